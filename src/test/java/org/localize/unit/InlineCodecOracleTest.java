package org.localize.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link InlineCodec#parse} against its version before issue 18 ({@link InlineCodecBefore18}), which
 * found tags with a pattern tried at every '<', paired closing tags by searching the open ones and
 * placed spans by scanning every token: on random strings of markup, references, MessageFormat
 * arguments and spans, in every format, with and without translatable attributes, the same content
 * and span codes, or the same refusal.
 */
class InlineCodecOracleTest {
  private static final String[] PIECES = {"<a href=\"x\">", "</a>", "<b>", "</b>", "<i>", "</i>", "<B>", "<br/>", "<br>",
      "<img alt=\"pic\" src=x>", "<span title='t'>", "</span>", "<a x ", "<!--", "-->", "<!---->", "</ x>", "<", ">", "/",
      "=", "\"", "'", "&amp;", "&", "&#171;", "&nbsp;", "&foo;", "{n}", "{a, number}", "{n, plural, one {#} other {# <b>x</b>}}",
      "{n, x, <b>}", "{", "}", " ", "\n", "word", "é", "\u0001", "alt=\"a\"", "<p>", "</p>", "<?xml?>", "<![CDATA[x]]>", "<d/>"};

  private static String describe(InlineCodec.Parsed p) {
    return p.content().parts() + " " + p.spans();
  }

  private static String parse(boolean before, String s, TextFormat format, InlineCodec.Options options) {
    try {
      return describe(before ? InlineCodecBefore18.parse(s, format, options) : InlineCodec.parse(s, format, options));
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }

  @Test
  void randomStringsParseAsBefore() {
    Random r = new Random(18);
    int compared = 0;
    for (int n = 0; n < 10_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(14);
      for (int i = 0; i < len; i++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      if (r.nextInt(4) == 0) {
        s = "<p>" + s + "</p>"; // more often well-formed XML
      }
      List<InlineCodec.Span> spans = new ArrayList<>();
      int count = s.isEmpty() ? 0 : r.nextInt(5);
      for (int i = 0; i < count; i++) {
        int start = r.nextInt(s.length() + 1);
        int end = r.nextInt(3) == 0 ? start : start + r.nextInt(s.length() - start + 1);
        spans.add(new InlineCodec.Span(start, end));
      }
      Set<String> attributes = r.nextBoolean() ? Set.of("alt", "title") : Set.of();
      for (TextFormat format : TextFormat.values()) {
        InlineCodec.Options options = new InlineCodec.Options(attributes, spans);
        String string = s;
        assertEquals(parse(true, s, format, options), parse(false, s, format, options),
            () -> format + " " + attributes + " " + spans + ": " + string);
        compared++;
      }
    }
    assertEquals(40_000, compared);
  }
}
