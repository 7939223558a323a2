package org.localize.story;

import java.nio.charset.StandardCharsets;

/**
 * A line and column in a text file, both 1-based; the column counts characters (code points), as
 * editors do, not bytes.
 */
public record TextPosition(int line, int column) {

  /** Every this many bytes, the count of characters before is kept ({@link Index#characters}). */
  private static final int STEP = 256;

  /**
   * Where the lines of a file start, and how many characters (code points) lie before every
   * {@value #STEP}th byte, so that a column is counted from the nearest of those rather than from
   * the start of its line (a story written on one line is one line of 100 KB).
   */
  private record Index(byte[] utf8, int[] lineStarts, int[] characters) {}

  /**
   * The index of the file last asked about on this thread: a report places every finding of one
   * file in turn, and scanning from the start for each made placing quadratic.
   */
  private static final ThreadLocal<Index> LAST = new ThreadLocal<>();

  private static Index index(byte[] utf8) {
    Index last = LAST.get();
    if (last != null && last.utf8() == utf8) {
      return last;
    }
    int[] starts = new int[16];
    int n = 1; // starts[0] = 0
    int[] characters = new int[utf8.length / STEP + 1];
    int count = 0;
    for (int i = 0; i < utf8.length; i++) {
      if (i % STEP == 0) {
        characters[i / STEP] = count;
      }
      if ((utf8[i] & 0xC0) != 0x80) {
        count++;
      }
      if (utf8[i] == '\n' || utf8[i] == '\r' && (i + 1 >= utf8.length || utf8[i + 1] != '\n')) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    if (utf8.length % STEP == 0) {
      characters[utf8.length / STEP] = count;
    }
    Index index = new Index(utf8, java.util.Arrays.copyOf(starts, n), characters);
    LAST.set(index);
    return index;
  }

  /** The characters (code points starting) in bytes [0, offset). */
  private static int charactersBefore(Index index, int offset) {
    int count = index.characters()[offset / STEP];
    for (int i = offset - offset % STEP; i < offset; i++) {
      if ((index.utf8()[i] & 0xC0) != 0x80) {
        count++;
      }
    }
    return count;
  }

  /** The position of byte {@code offset} of a UTF-8 file (a leading BOM is not counted). */
  public static TextPosition of(byte[] utf8, int offset) {
    int limit = Math.max(0, Math.min(offset, utf8.length));
    Index index = index(utf8);
    int[] starts = index.lineStarts();
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
    int column = 1 + charactersBefore(index, limit) - charactersBefore(index, lineStart);
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
