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
    int lo = lineOf(starts, limit);
    int line = lo + 1;
    int lineStart = starts[lo];
    if (line == 1 && hasBom(utf8)) {
      lineStart = Math.min(3, limit);
    }
    int column = 1 + charactersBefore(index, limit) - charactersBefore(index, lineStart);
    return new TextPosition(line, column);
  }

  /**
   * Part of the line that holds a byte: its text up to {@code radius} characters (code points) either
   * side of the byte, the 1-based column of the first of them, and how many characters the whole
   * line has (without its line break).
   */
  public record Excerpt(String text, int firstColumn, int lineLength) {}

  /**
   * The line that holds byte {@code offset} of a UTF-8 file, cut to {@code radius} characters either
   * side of it: a report shows a window of a long line, and copying a 100 KB line for each of
   * thousands of findings on it made placing them quadratic. Costs the radius, not the line.
   */
  public static Excerpt excerpt(byte[] utf8, int offset, int radius) {
    int limit = Math.max(0, Math.min(offset, utf8.length));
    Index index = index(utf8);
    int[] starts = index.lineStarts();
    int lo = lineOf(starts, limit);
    int lineStart = starts[lo];
    if (lo == 0 && hasBom(utf8)) {
      lineStart = Math.min(3, limit);
    }
    int lineEnd = utf8.length;
    if (lo + 1 < starts.length) {
      lineEnd = starts[lo + 1] - 1; // the '\n' or lone '\r'
      if (utf8[lineEnd] == '\n' && lineEnd > lineStart && utf8[lineEnd - 1] == '\r') {
        lineEnd--;
      }
    }
    limit = Math.min(limit, lineEnd);
    int from = limit;
    int back = 0;
    while (from > lineStart && back < radius) {
      from--;
      while (from > lineStart && (utf8[from] & 0xC0) == 0x80) {
        from--;
      }
      back++;
    }
    int to = limit;
    for (int ahead = 0; to < lineEnd && ahead < radius; ahead++) {
      to++;
      while (to < lineEnd && (utf8[to] & 0xC0) == 0x80) {
        to++;
      }
    }
    int before = charactersBefore(index, lineStart);
    return new Excerpt(new String(utf8, from, to - from, StandardCharsets.UTF_8),
        1 + charactersBefore(index, limit) - before - back, charactersBefore(index, lineEnd) - before);
  }

  /** The index of the last line start at or before {@code limit}. */
  private static int lineOf(int[] starts, int limit) {
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
    return lo;
  }

  static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
