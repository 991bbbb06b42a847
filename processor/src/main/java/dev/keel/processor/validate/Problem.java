package dev.keel.processor.validate;

import java.util.List;

/**
 * A problem a pure stage found, anchored to a source position by key (see {@code SourcePositions})
 * so that the stage never touches javac elements.
 *
 * @param diagnostic the catalog entry
 * @param position the key of the source position to report at, or empty for none
 * @param args the message arguments
 */
public record Problem(Diagnostics diagnostic, String position, List<Object> args) {

  public Problem {
    args = List.copyOf(args);
  }

  /** A problem at {@code position} with these message arguments. */
  public static Problem at(String position, Diagnostics diagnostic, Object... args) {
    return new Problem(diagnostic, position, List.of(args));
  }

  /** The formatted message. */
  public String message() {
    return diagnostic.format(args.toArray());
  }

  /** Whether this problem stops generation. */
  public boolean isError() {
    return diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR;
  }
}
