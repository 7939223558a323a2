package org.localize.diag;

import java.util.Objects;

/**
 * One thing a check found in a translation.
 *
 * <p>{@code unit} is the JSON pointer (RFC 6901) of the target string in the story; {@code start}
 * and {@code end} are UTF-16 offsets into that string's decoded value (end exclusive), or -1 when
 * the finding concerns the whole unit. {@code suggestion} may be null.
 */
public record Finding(
    String check,
    Severity severity,
    String unit,
    String message,
    int start,
    int end,
    String suggestion) {

  public Finding {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(message, "message");
    if (start > end) {
      throw new IllegalArgumentException("start " + start + " after end " + end);
    }
  }

  /** A finding about the unit as a whole, with no span. */
  public static Finding whole(String check, Severity severity, String unit, String message) {
    return new Finding(check, severity, unit, message, -1, -1, null);
  }

  public boolean hasSpan() {
    return start >= 0;
  }
}
