package org.localize.story;

import java.nio.charset.StandardCharsets;

/**
 * A line and column in a text file, both 1-based; the column counts characters (code points), as
 * editors do, not bytes.
 */
public record TextPosition(int line, int column) {

  /** The position of byte {@code offset} of a UTF-8 file (a leading BOM is not counted). */
  public static TextPosition of(byte[] utf8, int offset) {
    int line = 1;
    int lineStart = 0;
    int limit = Math.min(offset, utf8.length);
    for (int i = 0; i < limit; i++) {
      if (utf8[i] == '\n') {
        line++;
        lineStart = i + 1;
      } else if (utf8[i] == '\r' && (i + 1 >= utf8.length || utf8[i + 1] != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
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
