package dev.keel.processor.validate;

import dev.keel.processor.entity.SourcePositions;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;

/**
 * The only class that talks to {@link Messager}: re-anchors problems from the pure stages to the
 * most precise source position known (element + annotation + value, else element + annotation, else
 * element), and remembers whether an error was reported.
 */
public final class Reporter {

  private final Messager messager;
  private boolean errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports every problem, in order. */
  public void report(List<Problem> problems, SourcePositions positions) {
    for (Problem p : problems) {
      report(p, positions);
    }
  }

  /** Reports one problem at its position, or with no element when the position is unknown. */
  public void report(Problem problem, SourcePositions positions) {
    errors |= problem.isError();
    String message = problem.message();
    SourcePositions.Position at = positions.find(problem.position()).orElse(null);
    if (at == null) {
      messager.printMessage(problem.diagnostic().kind(), message);
    } else if (at.value() != null) {
      messager.printMessage(
          problem.diagnostic().kind(), message, at.element(), at.annotation(), at.value());
    } else if (at.annotation() != null) {
      messager.printMessage(problem.diagnostic().kind(), message, at.element(), at.annotation());
    } else {
      messager.printMessage(problem.diagnostic().kind(), message, at.element());
    }
  }

  /** Reports a problem on an element directly (used for failures outside the pure stages). */
  public void report(Diagnostics diagnostic, Element element, Object... args) {
    errors |= diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR;
    if (element == null) {
      messager.printMessage(diagnostic.kind(), diagnostic.format(args));
    } else {
      messager.printMessage(diagnostic.kind(), diagnostic.format(args), element);
    }
  }

  /** Whether any error was reported so far. */
  public boolean hasErrors() {
    return errors;
  }
}
