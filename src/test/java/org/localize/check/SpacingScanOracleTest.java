package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextPair;

/**
 * typography.spacing skips its per-space scan when {@link SpacingCheck#mayFind} says no doubled space
 * and no space before the locale's punctuation exists; the check as it was without that pre-test is
 * the oracle: the same findings in the same order, on random texts of spaces of every kind,
 * punctuation, ellipses, line breaks and tags (en, ru, fr, de targets), and on the example story in
 * both directions.
 */
class SpacingScanOracleTest {
  private static final String[] PIECES = {" ", "  ", "   ", "\u00A0", "\u202F", "\u2009", ",", ".", "..", "...", "…",
      ";", ":", "!", "?", "\n", "слово", "word", "<b>", "</b>", "<br/>", "&nbsp;", "a", "—", "-", "x y", "(", ")"};

  @Test
  void sameFindingsAsTheFormerScan() {
    Random random = new Random(17);
    SpacingCheck check = new SpacingCheck();
    int found = 0;
    for (String[] pair : new String[][] {{"en", "ru"}, {"ru", "en"}, {"en", "fr"}, {"en", "de"}}) {
      CheckContext ctx = Fixture.ctx(pair[0], pair[1]);
      for (int n = 0; n < 8_000; n++) {
        String source = joined(random, 8);
        String target = joined(random, 14);
        found += compare(check, ctx, List.of(Fixture.pair(source, target)));
      }
    }
    found += compare(check, Fixture.enRu(), Fixture.story());
    found += compare(check, Fixture.ruEn(), Fixture.reversed(Fixture.story()));
    assertTrue(found > 5_000, found + " findings");
  }

  private static int compare(SpacingCheck check, CheckContext ctx, List<TextPair> pairs) {
    Story story = Fixture.VALIDATOR.prepare(pairs, ctx);
    int found = 0;
    for (int k = 0; k < pairs.size(); k++) {
      if (pairs.get(k).target() == null) {
        continue;
      }
      Unit unit = new Unit(pairs.get(k), k, story);
      List<Finding> now = new ArrayList<>();
      check.check(unit, story, now);
      List<Finding> before = new ArrayList<>();
      former(check, unit, story, before);
      String target = pairs.get(k).target();
      assertEquals(before, now, () -> "«" + target + "»");
      found += now.size();
    }
    return found;
  }

  private static String joined(Random random, int max) {
    StringBuilder sb = new StringBuilder();
    for (int k = random.nextInt(max); k > 0; k--) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /** The check as it was before the pre-test (main at 72c7887). */
  static void former(Check self, Unit unit, Story story, List<Finding> out) {
    String raw = unit.pair().target();
    String masked = unit.target().masked();
    LocaleTools tools = story.targetTools();
    boolean spaceIsPunctuation = tools.noSpaceBefore(' ');
    boolean otherSpaces = raw.indexOf('\u00A0') >= 0 || raw.indexOf('\u202F') >= 0 || raw.indexOf('\u2009') >= 0;
    for (int j = nextSpace(raw, 0, otherSpaces); j >= 0 && j + 1 < raw.length(); j = nextSpace(raw, j + 1, otherSpaces)) {
      int i = j + 1;
      char c = raw.charAt(i);
      if (c == ' ') {
        if (raw.charAt(i - 1) != ' ' && !spaceIsPunctuation) {
          continue;
        }
      } else if (!tools.noSpaceBefore(c)) {
        continue;
      }
      boolean markup = masked.charAt(i) != raw.charAt(i);
      if (markup) {
        continue;
      }
      char prev = masked.charAt(i - 1) == raw.charAt(i - 1) ? raw.charAt(i - 1) : 'x';
      if (c == ' ' && raw.charAt(i - 1) == ' ' && (i < 2 || raw.charAt(i - 2) != ' ')) {
        int end = i;
        while (end < raw.length() && raw.charAt(end) == ' ') {
          end++;
        }
        if (end < raw.length() && i - 1 > 0) {
          out.add(unit.finding(self, Severity.WARNING, i - 1, end, "doubled space", " "));
        }
      } else if (tools.noSpaceBefore(c) && isSpace(prev) && !ellipsis(raw, i) && !lineStart(raw, i - 1)) {
        int start = i - 1;
        while (start > 0 && isSpace(raw.charAt(start - 1))) {
          start--;
        }
        out.add(unit.finding(self, Severity.WARNING, start, i + 1, "space before '" + c + "'", String.valueOf(c)));
      }
    }
    String src = unit.pair().source();
    if (!raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && !src.isEmpty() && !Character.isWhitespace(src.charAt(0))) {
      out.add(unit.finding(self, Severity.WARNING, 0, 1, "leading space that the source does not have", ""));
    }
    int last = raw.length() - 1;
    if (last > 0 && Character.isWhitespace(raw.charAt(last)) && !src.isEmpty()
        && !Character.isWhitespace(src.charAt(src.length() - 1))) {
      out.add(unit.finding(self, Severity.WARNING, last, last + 1, "trailing space that the source does not have", ""));
    }
  }

  private static int nextSpace(String s, int from, boolean otherSpaces) {
    if (!otherSpaces) {
      return s.indexOf(' ', from);
    }
    for (int i = from; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static boolean ellipsis(String s, int i) {
    return s.startsWith("..", i) || s.charAt(i) == '…' && i + 1 < s.length() && isSpace(s.charAt(i + 1));
  }

  private static boolean lineStart(String s, int i) {
    for (int k = i; k >= 0; k--) {
      if (!isSpace(s.charAt(k))) {
        return s.charAt(k) == '\n';
      }
    }
    return true;
  }
}
