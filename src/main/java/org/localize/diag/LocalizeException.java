package org.localize.diag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a command cannot go on; carries every problem found and the kind of failure, which
 * decides the exit code (DESIGN §7).
 */
public final class LocalizeException extends RuntimeException {

  /** The kinds of failure, with their exit codes. */
  public enum Kind {
    /** The work was refused because of what the inputs say (untranslated units, findings): exit 1. */
    REFUSED(1),
    /** The command line is wrong: exit 2. */
    USAGE(2),
    /** An input is unreadable, malformed or stale, or an output cannot be written: exit 3. */
    INPUT(3);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  private final Kind kind;
  private final List<Problem> problems;

  public LocalizeException(Kind kind, List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public LocalizeException(Kind kind, Problem problem) {
    this(kind, List.of(problem));
  }

  /** An unreadable or invalid input. */
  public static LocalizeException input(String file, String place, String message) {
    return new LocalizeException(Kind.INPUT, new Problem(file, place, message));
  }

  /** A usage error. */
  public static LocalizeException usage(String message) {
    return new LocalizeException(Kind.USAGE, new Problem("", "", message));
  }

  public Kind kind() {
    return kind;
  }

  public List<Problem> problems() {
    return problems;
  }
}
