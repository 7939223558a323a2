package org.localize.report;

/**
 * Where a finding is in a file: 1-based line and column (0 when unknown); the text of that line
 * around the column (may be null), the column its first character is at and how many characters
 * the whole line has; and how many characters the span covers on the line (at least 1 when known).
 */
public record Location(String file, int line, int column, String lineText, int textColumn, int lineLength, int width) {

  /** A location known only by file. */
  public static Location fileOnly(String file) {
    return new Location(file, 0, 0, null, 0, 0, 0);
  }

  /** A location known by file and line. */
  public static Location line(String file, int line) {
    return new Location(file, line, 0, null, 0, 0, 0);
  }
}
