package org.localize.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localize.unit.Content.Code;
import org.localize.unit.Content.CodeKind;
import org.localize.unit.InlineCodec.Options;
import org.localize.unit.InlineCodec.Parsed;
import org.localize.unit.InlineCodec.Span;

/**
 * The codec's readings for real newsroom markup: XML bodies (NITF), translatable HTML attributes
 * (alt, title), and spans (Apple News ranges) carried as codes.
 */
class InlineCodecMarkupTest {
  static final String NITF = """
      <?xml version="1.0" encoding="UTF-8"?>
      <nitf version="-//IPTC//DTD NITF 3.6//EN">
          <head>
              <title>Tour &amp; doping</title>
              <docdata>
                  <doc-id id-string="x"/>
              </docdata>
          </head>
          <body>
              <body.content>
                  <p class="lead">A <em>strong</em> lead &#8211; today.</p>
      <p>Second &nbsp; paragraph.</p>
              </body.content>
          </body>
      </nitf>
      """;

  @Test
  void xmlElementsWithTextPairAndMetadataIsOnePlaceholder() {
    Content c = InlineCodec.parse(NITF, TextFormat.XML);
    assertEquals("[PH x-xml-declaration][OPEN x-nitf][OPEN x-head][OPEN x-title]Tour & doping[CLOSE x-title]"
        + "[PH x-docdata][CLOSE x-head][OPEN x-body][OPEN x-body.content][OPEN x-p]A [OPEN x-em]strong[CLOSE x-em]"
        + " lead \u2013 today.[CLOSE x-p][OPEN x-p]Second [PH x-entity] paragraph.[CLOSE x-p][CLOSE x-body.content]"
        + "[CLOSE x-body][CLOSE x-nitf]", shape(c));
    // known references come back as characters (merge keeps the original bytes of unchanged strings)
    assertEquals(NITF.replace("&#8211;", "\u2013"), InlineCodec.render(c, TextFormat.XML));
    assertEquals("<docdata/>", c.codes().stream().filter(k -> k.type().equals("x-docdata")).findFirst().orElseThrow().display());
  }

  @Test
  void pseudoTranslationKeepsAnXmlDocumentWellFormed() {
    Content c = InlineCodec.parse(NITF, TextFormat.XML);
    String pseudo = InlineCodec.render(Pseudo.translate(c, TextFormat.XML, "en-XA"), TextFormat.XML);
    assertTrue(pseudo.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf"), pseudo);
    assertTrue(pseudo.contains("<title>[Ţöûŕ &amp; ðöþîñĝ</title>"), pseudo);
    assertTrue(pseudo.endsWith("~]</p>\n        </body.content>\n    </body>\n</nitf>\n"), pseudo);
    assertNull(InlineCodec.broken(c, pseudo, TextFormat.XML));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<a><b>x</a></b>",
    "<a>x</a><b/>",
    "text <a/>",
    "<a>x",
    "<a>5 & 6</a>",
    "<a>1 < 2</a>",
    "<a x=1>y</a>",
    "",
  })
  void xmlThatIsNotWellFormedIsRefused(String s) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InlineCodec.parse(s, TextFormat.XML));
    assertTrue(e.getMessage().startsWith("not well-formed XML"), e.getMessage());
  }

  @Test
  void aTranslationThatBreaksTheXmlIsNamed() {
    Content source = InlineCodec.parse("<a>x <b>y</b></a>", TextFormat.XML);
    List<Content.Part> moved = new ArrayList<>(source.parts());
    moved.add(0, new Content.Text("outside "));
    String rendered = InlineCodec.render(new Content(moved), TextFormat.XML);
    assertTrue(InlineCodec.broken(source, rendered, TextFormat.XML).startsWith("makes the XML invalid"));
    assertNull(InlineCodec.broken(source, InlineCodec.render(source, TextFormat.XML), TextFormat.XML));
  }

  @Test
  void translatableAttributesBecomeTextInPairsAroundTheirValues() {
    String html = "<p><img class=\"left\" alt=\"A &amp; B\" src=\"x.jpg\"> and <a title='Go' href=\"u\">link</a>"
        + " <img alt=\"\" src=y></p>";
    Parsed p = InlineCodec.parse(html, TextFormat.HTML, new Options(Set.of("alt", "title"), List.of()));
    assertEquals("[OPEN x-p][OPEN x-attr-alt]A & B[CLOSE x-attr-alt][PH image] and [OPEN x-attr-title]Go"
        + "[CLOSE x-attr-title][OPEN link]link[CLOSE link] [PH image][CLOSE x-p]", shape(p.content()));
    assertEquals(html, InlineCodec.render(p.content(), TextFormat.HTML));
    assertEquals("<img class=\"left\" alt=\"", p.content().codes().get(1).data());
    assertEquals(" src=\"x.jpg\">", p.content().codes().get(3).data());

    // a translation with quotes is escaped for the attribute, and reads back the same
    List<Content.Part> parts = new ArrayList<>(p.content().parts());
    parts.set(2, new Content.Text("Say \"cheese\" & <smile>"));
    parts.set(7, new Content.Text("It's"));
    String rendered = InlineCodec.render(new Content(parts), TextFormat.HTML);
    assertTrue(rendered.contains("alt=\"Say &quot;cheese&quot; &amp; &lt;smile&gt;\""), rendered);
    assertTrue(rendered.contains("title='It&#39;s'"), rendered);
    assertNull(InlineCodec.broken(p.content(), rendered, TextFormat.HTML));

    // a tag's parts moved apart: named
    List<Content.Part> apart = new ArrayList<>(p.content().parts());
    Content.Part elementCode = apart.remove(4); // the <img>'s own code, after its alt pair
    apart.add(6, elementCode);
    assertNotNull(InlineCodec.broken(p.content(), InlineCodec.render(new Content(apart), TextFormat.HTML), TextFormat.HTML));
  }

  @Test
  void spansBecomePairsWhereTheyNestAndMarkersWhereTheyCross() {
    String text = "Hello brave new world";
    Parsed p = InlineCodec.parse(text, TextFormat.TEXT,
        new Options(Set.of(), List.of(new Span(6, 15), new Span(0, 5), new Span(12, 21), new Span(21, 21))));
    assertEquals("[OPEN x-range]Hello[CLOSE x-range] [OPEN x-range]brave [PH x-range]new[CLOSE x-range] world"
        + "[PH x-range][PH x-range]", shape(p.content()));
    // the third span crosses the first: two placeholders; the fourth is a point at the end
    Code[] crossing = {p.spans().get(2).start(), p.spans().get(2).end()};
    assertEquals(CodeKind.PLACEHOLDER, crossing[0].kind());
    assertEquals(CodeKind.PLACEHOLDER, crossing[1].kind());
    assertEquals(CodeKind.OPEN, p.spans().get(0).start().kind());
    assertEquals(p.spans().get(3).start(), p.spans().get(3).end());
    assertEquals(text, InlineCodec.render(p.content(), TextFormat.TEXT));

    StringBuilder out = new StringBuilder();
    Map<String, Integer> at = InlineCodec.offsets(p.content(), TextFormat.TEXT, out);
    assertEquals(6, at.get(key(p.spans().get(0).start())));
    assertEquals(15, at.get(key(p.spans().get(0).end())));
    assertEquals(12, at.get(key(p.spans().get(2).start())));
    assertEquals(21, at.get(key(p.spans().get(3).start())));
  }

  @Test
  void spansInHtmlLeaveTagsAndReferencesWhole() {
    String html = "a <b>bold</b> &amp; c";
    // 3 falls inside <b>: moved to after it; 15 falls inside &amp;: moved to after it
    Parsed p = InlineCodec.parse(html, TextFormat.HTML, new Options(Set.of(), List.of(new Span(3, 15))));
    assertEquals("a [OPEN bold][PH x-range]bold[CLOSE bold] &[PH x-range] c", shape(p.content()),
        "the span would cross the <b> pair: two placeholders");
    StringBuilder out = new StringBuilder();
    Map<String, Integer> at = InlineCodec.offsets(p.content(), TextFormat.HTML, out);
    assertEquals(html, out.toString());
    assertEquals(5, at.get(key(p.spans().get(0).start())));
    assertEquals(19, at.get(key(p.spans().get(0).end())));
  }

  private static String key(Code c) {
    return c.kind() + ":" + c.id();
  }

  static String shape(Content c) {
    StringBuilder sb = new StringBuilder();
    for (Content.Part p : c.parts()) {
      if (p instanceof Content.Text t) {
        sb.append(t.text());
      } else {
        Code k = (Code) p;
        sb.append('[').append(k.kind() == CodeKind.PLACEHOLDER ? "PH" : k.kind().name()).append(' ').append(k.type()).append(']');
      }
    }
    return sb.toString();
  }
}
