package org.localize.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The excerpt under a finding is the one the report printed when it turned the line's text into an
 * array of code points (a tab as a space) and cut the window from that: on random windows of lines
 * with tabs, multi-byte, supplementary and lone surrogate characters, short and long.
 */
class TextReportTest {

  @Test
  void excerptIsTheCodePointArrays() {
    Random rnd = new Random(18);
    String[] pieces = {"a", " ", "\t", "é", "ж", "€", "😀", "\uD83D", "\uDE00", "xyz "};
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(round % 5 == 0 ? 260 : 30);
      for (int i = 0; i < len; i++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      int count = text.codePointCount(0, text.length());
      int textColumn = 1 + (rnd.nextBoolean() ? 0 : rnd.nextInt(400));
      int column = textColumn + rnd.nextInt(count + 2);
      int lineLength = textColumn - 1 + count + (rnd.nextBoolean() ? 0 : rnd.nextInt(400));
      Location loc = new Location("s.json", 1, column, text, textColumn, lineLength, 1 + rnd.nextInt(150));
      int width = Math.max(1, loc.width());
      StringBuilder now = new StringBuilder();
      TextReport.excerpt(now, loc, width);
      StringBuilder before = new StringBuilder();
      oldExcerpt(before, loc, width);
      assertEquals(before.toString(), now.toString(), () -> "excerpt of " + loc);
    }
  }

  /** The excerpt as it was made before, from an array of the line's code points. */
  private static void oldExcerpt(StringBuilder sb, Location loc, int width) {
    int[] cps = loc.lineText().replace('\t', ' ').codePoints().toArray();
    int base = Math.max(0, loc.textColumn() - 1);
    int length = Math.max(loc.lineLength(), base + cps.length);
    int column = loc.column() - 1;
    int from = 0;
    int to = length;
    if (length > 100) {
      from = Math.max(0, Math.min(column - 40, length - 100));
      to = Math.min(length, Math.max(from + 100, column + Math.min(width, 100 - 40)));
    }
    int shownFrom = Math.max(from, base);
    int shownTo = Math.max(shownFrom, Math.min(to, base + cps.length));
    String prefix = from > 0 ? "…" : "";
    sb.append("    ").append(prefix).append(new String(cps, shownFrom - base, shownTo - shownFrom))
        .append(to < length ? "…" : "").append('\n');
    int caretAt = Math.max(0, Math.min(column, length) - from) + prefix.length();
    int caretWidth = Math.max(1, Math.min(width, to - Math.min(column, to)));
    sb.append("    ").append(" ".repeat(caretAt)).append('^').append("~".repeat(caretWidth - 1)).append('\n');
  }
}
