package org.localize.report;

/**
 * Where a finding is in a file: 1-based line and column (0 when unknown), the text of that line
 * (may be null), and how many characters the span covers on it (at least 1 when known).
 */
public record Location(String file, int line, int column, String lineText, int width) {

  /** A location known only by file. */
  public static Location fileOnly(String file) {
    return new Location(file, 0, 0, null, 0);
  }
}
