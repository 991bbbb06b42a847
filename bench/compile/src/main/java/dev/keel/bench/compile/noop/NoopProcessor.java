package dev.keel.bench.compile.noop;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Takes part in every round for every annotation, as Keel does ({@code "*"}), and does nothing. The
 * benchmark names it with {@code -processor}, so it needs no service registration and is never
 * discovered by accident.
 */
public final class NoopProcessor extends AbstractProcessor {

  /** Creates the processor; javac calls this. */
  public NoopProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
