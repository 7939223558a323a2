package org.localize.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextPosition#of} (columns counted from an index, issue 18) against the count from the
 * start of the line it replaced, at every offset of random UTF-8 files with every kind of line
 * break, multi-byte characters and a BOM, long lines included.
 */
class TextPositionTest {

  /** The position as it was computed before: lines counted, then the column from the line's start. */
  private static String before(byte[] utf8, int offset) {
    int limit = Math.max(0, Math.min(offset, utf8.length));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < limit; i++) {
      if (utf8[i] == '\n' || utf8[i] == '\r' && (i + 1 >= utf8.length || utf8[i + 1] != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    if (line == 1 && TextPosition.hasBom(utf8)) {
      lineStart = Math.min(3, limit);
    }
    int column = 1;
    for (int i = lineStart; i < limit; i++) {
      if ((utf8[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return line + ":" + column;
  }

  @Test
  void everyOffsetIsPlacedAsBefore() {
    String[] pieces = {"a", "{\"k\": \"v\"}", "\n", "\r", "\r\n", "é", "Путин", "😀", " ", "x".repeat(300)};
    Random r = new Random(18);
    for (int n = 0; n < 400; n++) {
      StringBuilder b = new StringBuilder(r.nextInt(4) == 0 ? "\uFEFF" : "");
      int len = r.nextInt(60);
      for (int i = 0; i < len; i++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      byte[] utf8 = b.toString().getBytes(StandardCharsets.UTF_8);
      for (int offset = -1; offset <= utf8.length + 1; offset++) {
        int at = offset;
        assertEquals(before(utf8, offset), TextPosition.of(utf8, offset).toString(), () -> "offset " + at + " of " + b);
      }
    }
  }
}
