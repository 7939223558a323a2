package org.localize.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlTags} against the pattern it replaced (the oracle): at every '<' of fixed and random
 * strings, the same tag or none, with the same groups; asked in order, out of order, and through
 * {@link HtmlTags#find}.
 */
class HtmlTagsTest {
  /** InlineCodec's tag pattern before issue 18. */
  private static final Pattern TAG =
      Pattern.compile(
          "<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*(/?)>"
              + "|<!--.*?-->"
              + "|</(?![A-Za-z])[^>]*>",
          Pattern.DOTALL);

  /** What the pattern matches at i, in the scanner's terms. */
  private static String expected(String s, int i) {
    Matcher m = TAG.matcher(s);
    m.region(i, s.length());
    if (!m.lookingAt()) {
      return null;
    }
    if (m.group(2) == null) {
      return m.start() + "-" + m.end() + " comment";
    }
    return m.start() + "-" + m.end() + " " + !m.group(1).isEmpty() + " " + m.group(2) + " [" + m.group(3) + "] "
        + !m.group(4).isEmpty();
  }

  private static String actual(String s, HtmlTags.Tag t) {
    if (t == null) {
      return null;
    }
    if (t.name() == null) {
      return t.start() + "-" + t.end() + " comment";
    }
    return t.start() + "-" + t.end() + " " + t.closing() + " " + t.name() + " [" + t.attributes(s) + "] " + t.selfClosing();
  }

  private static void compare(String s, Random order) {
    List<Integer> lts = new ArrayList<>();
    for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
      lts.add(i);
    }
    HtmlTags inOrder = new HtmlTags(s);
    for (int i : lts) {
      assertEquals(expected(s, i), actual(s, inOrder.at(i)), () -> "at " + i + " of " + s);
    }
    if (order != null) {
      java.util.Collections.shuffle(lts, order);
      HtmlTags shuffled = new HtmlTags(s);
      for (int i : lts) {
        assertEquals(expected(s, i), actual(s, shuffled.at(i)), () -> "at " + i + " (out of order) of " + s);
      }
    }
    HtmlTags finder = new HtmlTags(s);
    Matcher m = TAG.matcher(s);
    int from = 0;
    while (true) {
      HtmlTags.Tag t = finder.find(from);
      if (!m.find(from)) {
        assertNull(t, s);
        break;
      }
      assertEquals(expected(s, m.start()), actual(s, t), s);
      from = m.end();
    }
  }

  @Test
  void examples() {
    List<String> cases = List.of(
        "a <a href=\"https://x.org/a?b=1&amp;c\">link</a> b",
        "<!-- c --> <!-- open <b>x</b> <!--> --> <!---->",
        "< a > <<b>> <a <b> > > < </ br> </> </é> </",
        "<br/> <br /> <a b/> <a b/c> <a b=c/> <a b = 'c' d> <a b=\"c\"d> <a b=> <a b='>'> <a/b>",
        "<a x <a x <a x <a y=\"<b>\"> <a x=' <b> '",
        "<a\u000Bb=1> <a\u00A0b> <a\fb> <A-1 B=x=y>",
        "<!--", "<", "</", "<a", "<a b=\"", "x</b", "<!-->");
    for (String s : cases) {
      compare(s, new Random(1));
    }
  }

  @Test
  void randomStrings() {
    String[] pieces = {"<", ">", "/", "!--", "-->", "-", "a", "B", "1", " ", "\n", "=", "\"", "'", "x=", "é", "\u000B",
        "\u00A0", "br", "<!--", "</", "/>", "<a ", "\t"};
    Random r = new Random(18);
    for (int n = 0; n < 40_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(24);
      for (int i = 0; i < len; i++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      compare(b.toString(), n % 4 == 0 ? r : null);
    }
  }
}
