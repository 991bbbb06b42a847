package dev.keel.runtime.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line's arguments: a command, its operands, and {@code --option value}, {@code
 * --option=value} or {@code --flag} anywhere among them.
 */
public final class CliArgs {

  /** A wrong argument; the command line prints it with the usage and exits with 2. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A usage error saying {@code message}. */
    public UsageException(String message) {
      super(message);
    }
  }

  private static final Set<String> WITH_VALUE =
      Set.of(
          "url",
          "user",
          "password",
          "schema",
          "table",
          "lock-timeout",
          "index",
          "pg-bin",
          "target",
          "backup-dir",
          "to",
          "dir",
          "package");
  private static final Set<String> FLAGS =
      Set.of("dry-run", "out-of-order", "ignore-validation", "help");

  private final List<String> operands;
  private final Map<String, String> options;

  private CliArgs(List<String> operands, Map<String, String> options) {
    this.operands = operands;
    this.options = options;
  }

  /** Parses {@code args}. */
  public static CliArgs parse(String[] args) throws UsageException {
    List<String> operands = new ArrayList<>();
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h")) {
        arg = "--help";
      }
      if (!arg.startsWith("--")) {
        operands.add(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      if (FLAGS.contains(name) && eq < 0) {
        options.put(name, "true");
      } else if (WITH_VALUE.contains(name)) {
        if (eq >= 0) {
          options.put(name, arg.substring(eq + 1));
        } else if (i + 1 < args.length) {
          options.put(name, args[++i]);
        } else {
          throw new UsageException("--" + name + " needs a value");
        }
      } else {
        throw new UsageException("unknown option " + arg);
      }
    }
    return new CliArgs(List.copyOf(operands), options);
  }

  /** The command, or null when none was given. */
  public String command() {
    return operands.isEmpty() ? null : operands.get(0);
  }

  /** The operands after the command. */
  public List<String> operands() {
    return operands.isEmpty() ? List.of() : operands.subList(1, operands.size());
  }

  /** An option's value, or null. */
  public String option(String name) {
    return options.get(name);
  }

  /** Whether a flag was given. */
  public boolean flag(String name) {
    return options.containsKey(name);
  }

  /** A numeric option's value, or {@code fallback} when absent. */
  public long number(String name, long fallback) throws UsageException {
    String value = options.get(name);
    return value == null ? fallback : number(value, "--" + name);
  }

  /** {@code value} as a number 0 or more; {@code what} names it in the error. */
  public static long number(String value, String what) throws UsageException {
    try {
      long n = Long.parseLong(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(what + " must be a number, 0 or more: '" + value + "'");
  }

  /** Fails unless the command got between {@code min} and {@code max} operands. */
  public void expectOperands(int min, int max) throws UsageException {
    int n = operands().size();
    if (n < min || n > max) {
      throw new UsageException(
          command()
              + " takes "
              + (min == max ? "" + min : min + " to " + max)
              + " argument(s), got "
              + n);
    }
  }
}
