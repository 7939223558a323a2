package org.localize.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localize.unit.Content.Code;
import org.localize.unit.Content.CodeKind;

/** Parsing story strings into text and protected codes, and rendering them back. */
class InlineCodecTest {
  static String shape(Content c) {
    StringBuilder sb = new StringBuilder();
    for (Content.Part p : c.parts()) {
      if (p instanceof Content.Text t) {
        sb.append(t.text());
      } else {
        Code k = (Code) p;
        sb.append('[').append(k.kind()).append(' ').append(k.id()).append(' ').append(k.type()).append(']');
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "plain",
    "Read <a href=\"https://e.org/?a=1&amp;b=2\" title='t'>the report</a> now.",
    "<em><strong>nested</strong></em><br>line<br/>line<BR >",
    "An <b>unclosed tag and a stray </i> close",
    "Mis-nested <em>a <strong>b</em> c</strong>",
    "A <!-- comment --> and <img src=\"a.png\" alt=\"\"/> and <span class=x>s</span>",
    "&unknown; and &amp; and &lt;b&gt; stay escaped",
    "5 < 6 and a & b",
    "",
  })
  void htmlRendersBackToTheSameString(String s) {
    String expected = s.replace("5 < 6 and a & b", "5 &lt; 6 and a &amp; b");
    assertEquals(expected, InlineCodec.render(InlineCodec.parse(s, TextFormat.HTML), TextFormat.HTML));
  }

  @Test
  void tagsBecomeCodesWithTheirExactData() {
    Content c = InlineCodec.parse("Read <a href=\"u?a=1&amp;b=2\">it</a><br>", TextFormat.HTML);
    assertEquals("Read [OPEN 1 link]it[CLOSE 1 link][PLACEHOLDER 2 lb]", shape(c));
    Code open = c.codes().get(0);
    assertEquals("<a href=\"u?a=1&amp;b=2\">", open.data());
    assertEquals("<a>", open.display(), "the href is never shown to the translator");
  }

  @Test
  void nestedPairsGetTheirOwnIds() {
    assertEquals("[OPEN 1 italic][OPEN 2 bold]x[CLOSE 2 bold][CLOSE 1 italic]",
        shape(InlineCodec.parse("<em><strong>x</strong></em>", TextFormat.HTML)));
  }

  @Test
  void unpairedTagsArePlaceholders() {
    assertEquals("[PLACEHOLDER 1 bold]x", shape(InlineCodec.parse("<b>x", TextFormat.HTML)));
    assertEquals("x[PLACEHOLDER 1 italic]", shape(InlineCodec.parse("x</i>", TextFormat.HTML)));
    assertEquals("[OPEN 1 italic]a [PLACEHOLDER 2 bold]b[CLOSE 1 italic] c[PLACEHOLDER 3 bold]",
        shape(InlineCodec.parse("<em>a <strong>b</em> c</strong>", TextFormat.HTML)));
  }

  @Test
  void knownEntitiesBecomeCharactersAndUnknownOnesCodes() {
    Content c = InlineCodec.parse("&amp; &lt; &gt; &quot; &mdash; &#8212; &#x2014; &nbsp;&unknown;", TextFormat.HTML);
    assertEquals("& < > \" \u2014 \u2014 \u2014 \u00A0[PLACEHOLDER 1 x-entity]", shape(c));
    assertEquals("&unknown;", c.codes().get(0).data());
    assertEquals("&amp; &lt; &gt; \" \u2014 \u2014 \u2014 \u00A0&unknown;", InlineCodec.render(c, TextFormat.HTML),
        "known references come back as characters (merge keeps the original bytes of unchanged strings)");
  }

  @Test
  void textFormatKeepsMarkupAsText() {
    Content c = InlineCodec.parse("<b>not a tag</b> &amp;", TextFormat.TEXT);
    assertEquals("<b>not a tag</b> &amp;", shape(c));
    assertEquals("<b>not a tag</b> &amp;", InlineCodec.render(c, TextFormat.TEXT));
  }

  @Test
  void messageFormatArgumentsArePlaceholdersAndPluralsStayText() {
    String s = "Give {amount} to {n, number} people: {n, plural, one {# reader} other {# readers}} <b>now</b>";
    Content c = InlineCodec.parse(s, TextFormat.MESSAGEFORMAT);
    assertEquals("Give [PLACEHOLDER 1 x-icu-argument] to [PLACEHOLDER 2 x-icu-argument] people: "
        + "{n, plural, one {# reader} other {# readers}} [OPEN 3 bold]now[CLOSE 3 bold]", shape(c));
    assertEquals(List.of("{amount}", "{n, number}"), c.codes().subList(0, 2).stream().map(Code::data).toList());
    assertEquals(s, InlineCodec.render(c, TextFormat.MESSAGEFORMAT));
  }

  @Test
  void brokenMessageFormatIsRefusedWithAReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InlineCodec.parse("Give {amount", TextFormat.MESSAGEFORMAT));
    assertTrue(e.getMessage().startsWith("not valid ICU MessageFormat"), e.getMessage());
  }

  @Test
  void charactersXmlCannotCarryBecomePlaceholders() {
    Content c = InlineCodec.parse("a\u0007b\uD800c\tok", TextFormat.TEXT);
    assertEquals("a[PLACEHOLDER 1 x-char]b[PLACEHOLDER 2 x-char]c\tok", shape(c));
    assertEquals("U+0007", c.codes().get(0).display());
    assertEquals("a\u0007b\uD800c\tok", InlineCodec.render(c, TextFormat.TEXT));
    assertEquals("😀", shape(InlineCodec.parse("😀", TextFormat.TEXT)), "a surrogate pair is a character");
  }

  @Test
  void originalAndPlainTextViews() {
    Content c = InlineCodec.parse("a <em>b</em> &amp; c", TextFormat.HTML);
    assertEquals("a b & c", c.plainText());
    assertEquals("a <em>b</em> & c", c.toOriginal());
    assertEquals(CodeKind.OPEN, c.codes().get(0).kind());
  }

  @Test
  void aReferenceToABraceInAMessageStaysAsWrittenSoTheMessageSurvivesMerge() {
    String value = "Give &#123;what you can&#125; &#39;{amount}&#39; <b>now</b>";
    Content c = InlineCodec.parse(value, TextFormat.MESSAGEFORMAT);
    assertEquals(value, InlineCodec.render(c, TextFormat.MESSAGEFORMAT));
    assertEquals(c.signature(), InlineCodec.parse(InlineCodec.render(c, TextFormat.MESSAGEFORMAT), TextFormat.MESSAGEFORMAT).signature());
    assertEquals("Give what you can  now", c.plainText());
  }
}
