package org.localize.story;

import java.nio.charset.StandardCharsets;

/**
 * A line and column in a text file, both 1-based; the column counts characters (code points), as
 * editors do, not bytes.
 */
public record TextPosition(int line, int column) {

  /**
   * The line starts of the file last asked about on this thread: a report places every finding of
   * one file in turn, and scanning from the start for each made placing quadratic.
   */
  private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

  private static int[] lineStarts(byte[] utf8) {
    Object[] last = LAST.get();
    if (last != null && last[0] == utf8) {
      return (int[]) last[1];
    }
    int[] starts = new int[16];
    int n = 1; // starts[0] = 0
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == '\n' || utf8[i] == '\r' && (i + 1 >= utf8.length || utf8[i + 1] != '\n')) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    starts = java.util.Arrays.copyOf(starts, n);
    LAST.set(new Object[] {utf8, starts});
    return starts;
  }

  /** The position of byte {@code offset} of a UTF-8 file (a leading BOM is not counted). */
  public static TextPosition of(byte[] utf8, int offset) {
    int limit = Math.max(0, Math.min(offset, utf8.length));
    int[] starts = lineStarts(utf8);
    // the last line start at or before limit
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= limit) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int line = lo + 1;
    int lineStart = starts[lo];
    if (line == 1 && hasBom(utf8)) {
      lineStart = Math.min(3, limit);
    }
    int column = 1;
    for (int i = lineStart; i < limit; i++) {
      if ((utf8[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new TextPosition(line, column);
  }

  /** The text of the line that holds byte {@code offset}, without its line break. */
  public static String lineText(byte[] utf8, int offset) {
    int from = Math.min(offset, utf8.length);
    while (from > 0 && utf8[from - 1] != '\n' && utf8[from - 1] != '\r') {
      from--;
    }
    if (from == 0 && hasBom(utf8)) {
      from = 3;
    }
    int to = Math.max(from, Math.min(offset, utf8.length));
    while (to < utf8.length && utf8[to] != '\n' && utf8[to] != '\r') {
      to++;
    }
    return new String(utf8, from, to - from, StandardCharsets.UTF_8);
  }

  static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
