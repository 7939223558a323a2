package org.localize.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.localize.review.MarkedText.Mark;
import org.localize.unit.TextFormat;

/** The inline renderer: marks at raw offsets through markup, overlap, whole and point findings, and what it refuses to render. */
class MarkedTextTest {

  private static Mark mark(int n, int start, int end) {
    return new Mark(n, start, end, "sev-error", "data-finding=\"" + n + "\"");
  }

  private static Document render(String raw, TextFormat format, Mark... marks) {
    return Jsoup.parseBodyFragment("<p>" + MarkedText.render(raw, format, List.of(marks)) + "</p>");
  }

  /** The text of every mark element of finding {@code n}, joined. */
  private static String marked(Document d, int n) {
    StringBuilder sb = new StringBuilder();
    for (Element e : d.select("mark[data-finding=" + n + "]")) {
      sb.append(e.wholeText());
    }
    return sb.toString();
  }

  @Test
  void aMarkAfterALinkLandsOnTheTextItsRawOffsetsCover() {
    String raw = "See <a href=\"https://example.org/x?a=1&amp;b=2\">the deal</a> on вторник.";
    int start = raw.indexOf("вторник");
    Document d = render(raw, TextFormat.HTML, mark(1, start, start + 7));
    assertEquals("вторник", marked(d, 1));
    assertEquals("f1", d.selectFirst("mark").id());
    Element a = d.selectFirst("a");
    assertEquals("https://example.org/x?a=1&b=2", a.attr("href"));
    assertEquals("the deal", a.text());
    assertEquals("See the deal on вторник.", d.text());
  }

  @Test
  void aSpanAcrossATagIsSplitAndOnlyTheFirstPieceHasTheId() {
    String raw = "ab<b>cd</b>ef";
    Document d = render(raw, TextFormat.HTML, mark(1, 1, raw.indexOf("e") + 1)); // "b" .. "e"
    Elements pieces = d.select("mark[data-finding=1]");
    assertEquals(3, pieces.size(), d.body().html());
    assertEquals("bcde", marked(d, 1));
    assertEquals(1, d.select("[id=f1]").size());
    assertEquals("cd", d.selectFirst("b").text());
  }

  @Test
  void overlappingFindingsNestAndBothAreMarked() {
    String raw = "один два три";
    Document d = render(raw, TextFormat.TEXT, mark(1, 0, 8), mark(2, 5, 12));
    assertEquals("один два", marked(d, 1));
    assertEquals("два три", marked(d, 2));
    assertEquals(1, d.select("mark[data-finding=1] > mark[data-finding=2]").size(), d.body().html());
    assertEquals(raw, d.text());
  }

  @Test
  void aWholeUnitFindingWrapsTheStringAndAnEmptyOneIsAPoint() {
    Document d = render("a <i>b</i> c", TextFormat.HTML, mark(1, -1, -1), mark(2, 2, 2));
    Element whole = d.selectFirst("mark[data-finding=1]");
    assertTrue(whole.hasClass("whole"));
    assertEquals("a b c", whole.text());
    Element point = d.selectFirst("mark[data-finding=2]");
    assertTrue(point.hasClass("point"));
    assertEquals("", point.text());
  }

  @Test
  void aSpanInsideATagBecomesAPointBeforeTheText() {
    String raw = "<a href=\"https://x.org\">link</a> text";
    Document d = render(raw, TextFormat.HTML, mark(1, 3, 8));
    Element point = d.selectFirst("mark[data-finding=1]");
    assertTrue(point.hasClass("point"), d.body().html());
  }

  @Test
  void referencesAreOneCharacterWithTheirRawSpan() {
    String raw = "AT&amp;T &laquo;Медуза&raquo;";
    int start = raw.indexOf("&laquo;");
    Document d = render(raw, TextFormat.HTML, mark(1, start, start + 7), mark(2, 2, 7));
    assertEquals("«", marked(d, 1));
    assertEquals("&", marked(d, 2));
    assertEquals("AT&T «Медуза»", d.text());
  }

  @Test
  void plainTextIsNotReadAsMarkup() {
    Document d = render("x < y && <b>z</b>", TextFormat.TEXT, mark(1, 9, 12));
    assertEquals("x < y && <b>z</b>", d.text());
    assertTrue(d.select("b").isEmpty());
    assertEquals("<b>", marked(d, 1));
  }

  @Test
  void onlyTheSafeSubsetSurvivesAndNothingEscapesTheParagraph() {
    String raw = "<script>alert(1)</script><img src=x onerror=alert(2)><p onclick=\"x\">p</p>"
        + "<a href=\"javascript:alert(3)\">js</a><a href=' https://ok.org/\" onmouseover=x'>q</a>"
        + "<span style=\"color:red\" class=\"c\">s</span><em>open</strong></p></div><style>*{}</style>"
        + "<a href=\"https://a.org\">outer <a href=\"https://b.org\">inner</a></a><!-- c --><iframe src=https://x.org>";
    Document d = render(raw, TextFormat.HTML);
    assertTrue(d.select("script, img, iframe, style, div").isEmpty(), d.body().html());
    assertEquals(1, d.select("p").size(), d.body().html());
    for (Element e : d.getAllElements()) {
      for (var attr : e.attributes()) {
        String key = attr.getKey();
        assertTrue(key.equals("href") || key.equals("rel"), () -> "attribute " + key + " on " + e.tagName());
      }
    }
    for (Element a : d.select("a[href]")) {
      assertTrue(a.attr("href").startsWith("https://"), a::outerHtml);
    }
    assertEquals(0, d.select("a a").size());
    assertNull(d.selectFirst("a:contains(js)[href]"));
    assertFalse(d.body().html().contains("onerror"));
    assertTrue(d.text().contains("alert(1)"), "the text of a dropped tag stays, as text");
  }

  @Test
  void urlsAreLinksOnlyWhenAbsoluteHttp() {
    assertEquals("https://meduza.io/en?a=1&b=2", Html.safeUrl("https://meduza.io/en?a=1&b=2"));
    assertNull(Html.safeUrl("javascript:alert(1)"));
    assertNull(Html.safeUrl("//evil.org/x.jpg"));
    assertNull(Html.safeUrl("data:image/png;base64,AAAA"));
    assertNull(Html.safeUrl("https://user:pw@host.org/"));
    assertNull(Html.safeUrl("https://a.org/\"onerror=x"));
    assertNull(Html.safeUrl("file:///etc/passwd"));
    assertEquals("https://img.example.org:8443", Html.origin("https://IMG.example.org:8443/a.jpg"));
  }
}
