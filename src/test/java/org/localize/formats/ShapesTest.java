package org.localize.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localize.Localizer;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;
import org.localize.merge.MergeOptions;
import org.localize.merge.Merger;
import org.localize.story.Extraction;
import org.localize.story.JsonNode;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.testing.TestFiles;
import org.localize.unit.Content;
import org.localize.unit.Unit;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.XliffOptions;

/**
 * Small documents of each shape the real newsroom documents of issue 16 have (written for these
 * tests, in src/test/resources/formats/shapes/): the exact units each gives, what is derived and
 * what is left, and a pseudo-translation merged back in XLIFF 1.2 and 2.1, whole and segmented, with
 * only translated strings (and recomputed ranges) changed.
 */
class ShapesTest {
  static final String GUARDIAN = TestFiles.PROJECT.resolve("examples/profiles/guardian.json").toString();

  record Case(String file, String profile, String expectedProfile, List<String> units, List<String> derived, List<String> left) {
    @Override
    public String toString() {
      return file;
    }
  }

  static final List<Case> CASES = List.of(
      new Case("shapes/ninjs-3-nitf-body.json", null, "ninjs-3", List.of(
          "/headlines/0/value headline text",
          "/descriptions/0/value description text",
          // the NITF body is XML: its markup travels as codes
          "/bodies/0/value body xml",
          "/by byline text"),
          // its plain twin is the text of its paragraphs with the plain text's breaks: not sent twice
          List.of("/bodies/1/value <- /bodies/0/value STRIP_TAGS"),
          List.of()),
      new Case("shapes/ninjs-3-body-fragment.json", null, "ninjs-3", List.of(
          "/by byline text",
          "/headlines/0/value headline text",
          // the caption writer (role writer) is metadata
          "/descriptions/1/value description text",
          "/bodies/0/value body text",
          // <body>…</body> is a fragment, and a different text from the plain body
          "/bodies/1/value body html",
          "/copyrightNotice copyright text"),
          List.of(),
          List.of()),
      new Case("shapes/apple-news-ranges.json", null, "apple-news", List.of(
          "/title headline text",
          "/components/0/text paragraph text",
          "/components/1/text quote text",
          "/components/2/text paragraph html",
          "/components/3/text caption text",
          "/components/4/text paragraph text"),
          List.of(),
          List.of("/components/4/inlineTextStyles/0 lies outside its text")),
      new Case("shapes/ans-story-nested.json", null, "ans", List.of(
          "/headlines/basic headline text",
          "/credits/by/0/name byline text",
          "/credits/photos_by/0/name byline text",
          "/content_elements/0/content paragraph html",
          "/content_elements/1/items/0/content list-item html",
          "/content_elements/1/items/1/items/0/content list-item html",
          "/content_elements/2/content quote html",
          "/content_elements/3/content_elements/0/content paragraph html",
          "/content_elements/3/citation/content attribution html",
          "/content_elements/4/caption caption html",
          "/content_elements/4/location dateline text",
          "/content_elements/4/credits/by/0/name credit text",
          "/content_elements/5/endorsement label text"),
          List.of(),
          List.of()),
      new Case("shapes/ans-gallery.json", null, "ans", List.of(
          "/headlines/basic headline text",
          "/description/basic description text",
          "/content_elements/0/caption caption html",
          "/content_elements/0/credits/by/0/name + /content_elements/1/credits/by/0/name credit text",
          "/content_elements/0/credits/by/0/byline + /content_elements/1/credits/by/0/byline credit text",
          "/content_elements/1/caption caption html",
          "/content_elements/1/alt_text alt text"),
          List.of(),
          List.of()),
      new Case("shapes/guardian-item.json", GUARDIAN, "guardian", List.of(
          "/response/content/webTitle headline text",
          "/response/content/fields/headline headline text",
          "/response/content/fields/standfirst description html",
          "/response/content/fields/trailText description html",
          "/response/content/fields/byline byline text",
          "/response/content/fields/body body html",
          "/response/content/fields/main caption html",
          "/response/content/elements/0/assets/0/typeData/altText + /response/content/elements/0/assets/1/typeData/altText alt text",
          "/response/content/elements/0/assets/0/typeData/caption + /response/content/elements/0/assets/1/typeData/caption caption html",
          "/response/content/elements/0/assets/0/typeData/credit + /response/content/elements/0/assets/1/typeData/credit credit text"),
          List.of(),
          List.of()));

  static Extraction extract(Case c) {
    return Localizer.extract(StoryReader.parse(c.file(), RoundTrip.resource(c.file())), c.profile());
  }

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsExactlyTheExpectedUnits(Case c) {
    Extraction ex = extract(c);
    assertEquals(c.expectedProfile(), ex.profile().name());
    List<String> units = new ArrayList<>();
    for (Unit u : ex.units()) {
      units.add(String.join(" + ", u.pointers()) + " " + u.kind() + " " + u.format().label());
    }
    assertEquals(c.units(), units);
    List<String> derived = new ArrayList<>();
    ex.derived().forEach((from, ds) -> ds.forEach(d -> derived.add(d.pointer() + " <- " + from + " " + d.how())));
    assertEquals(c.derived(), derived);
    assertEquals(c.left().size(), ex.left().size(), ex.left().toString());
    for (int i = 0; i < c.left().size(); i++) {
      String expected = c.left().get(i);
      Problem p = ex.left().get(i);
      assertTrue(p.place().endsWith("(" + expected.substring(0, expected.indexOf(' ')) + ")"), p.toString());
      assertTrue(p.message().contains(expected.substring(expected.indexOf(' ') + 1)), p.toString());
    }
  }

  static Stream<Arguments> roundTrips() {
    List<Arguments> out = new ArrayList<>();
    for (Case c : CASES) {
      for (XliffOptions.Version v : XliffOptions.Version.values()) {
        out.add(Arguments.of(c, v, false));
        out.add(Arguments.of(c, v, true));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} XLIFF {1} segmented={2}")
  @MethodSource("roundTrips")
  void pseudoTranslationRoundTrips(Case c, XliffOptions.Version version, boolean segment) {
    Extraction ex = extract(c);
    XliffOptions options = new XliffOptions(false, version, segment);
    Schemas.assertValid(Localizer.toXliff(RoundTrip.pseudoFile(ex, "ru"), options), version == XliffOptions.Version.V2_1);
    RoundTrip.check(ex, options);
  }

  @Test
  void theTranslatedNitfBodyIsStillWellFormedXmlAndItsPlainTwinFollows() throws Exception {
    Case c = CASES.get(0);
    StoryDocument merged = RoundTrip.check(extract(c), XliffOptions.DEFAULTS);
    String nitf = value(merged, "bodies", 0);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.newDocumentBuilder().parse(new ByteArrayInputStream(nitf.getBytes(StandardCharsets.UTF_8)));
    assertTrue(nitf.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf"), nitf);
    assertTrue(nitf.contains("<title>‹Hárbóúr réópéns áftér thé stórm</title>"), nitf);
    assertTrue(nitf.contains("<p>Físhérs &amp; férry créws:</p>"), nitf);
    assertEquals("Shíps léft thé pórt át dáwn, thé fírst ín síx dáys.\n\nFíshérs & férry créws:\n\n"
        + "    Wórk résúmés át nóón – thé máyór sáíd.›", value(merged, "bodies", 1));
  }

  @Test
  void aTranslationThatPutsTextOutsideTheXmlRootIsRefused() {
    Extraction ex = extract(CASES.get(0));
    TranslationFile file = RoundTrip.pseudoFile(ex, "ru");
    List<TranslationFile.Entry> entries = new ArrayList<>();
    for (TranslationFile.Entry e : file.entries()) {
      Content target = e.target();
      if (e.unit().pointer().equals("/bodies/0/value")) {
        List<Content.Part> parts = new ArrayList<>(e.unit().source().parts());
        parts.add(0, new Content.Text("Before the prolog "));
        target = new Content(parts);
      }
      entries.add(new TranslationFile.Entry(e.unit(), target, "translated"));
    }
    byte[] xliff = Localizer.toXliff(new TranslationFile(file.original(), file.storyId(), file.sourceLocale(),
        file.targetLocale(), entries), XliffOptions.DEFAULTS);
    LocalizeException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizeException.class,
        () -> Merger.merge(ex, Localizer.parseXliff("t.xlf", xliff), null, MergeOptions.DEFAULTS));
    assertTrue(e.problems().get(0).message().contains("unit /bodies/0/value (bodies.0.value): the translation makes the XML invalid"),
        e.problems().toString());
  }

  @Test
  void appleRangesFollowTheTranslatorsCodes() {
    Extraction ex = extract(CASES.get(2));
    Unit intro = ex.units().get(1);
    assertEquals("/components/0/text", intro.pointer());
    // "Hello brave new world, said the poet." translated with its words reordered: the italic range
    // (Hello) moves to the end, the link (the poet) to the start
    List<Content.Part> source = intro.source().parts();
    List<Content.Code> codes = intro.source().codes();
    assertEquals(List.of("OPEN", "CLOSE", "OPEN", "PLACEHOLDER", "CLOSE", "PLACEHOLDER", "OPEN", "CLOSE", "OPEN", "CLOSE"),
        codes.stream().map(k -> k.kind().name()).toList(), source.toString());
    List<Content.Part> t = List.of(
        codes.get(8), new Content.Text("Le poète"), codes.get(9), new Content.Text(" dit: "),
        codes.get(2), new Content.Text("brave "), codes.get(3), new Content.Text("nouveau"), codes.get(4),
        new Content.Text(" monde"), codes.get(5), codes.get(6), new Content.Text(","), codes.get(7),
        new Content.Text(" "), codes.get(0), new Content.Text("bonjour"), codes.get(1), new Content.Text("."));
    TranslationFile file = RoundTrip.pseudoFile(ex, "fr");
    List<TranslationFile.Entry> entries = new ArrayList<>();
    for (TranslationFile.Entry e : file.entries()) {
      entries.add(e.unit() == intro ? new TranslationFile.Entry(intro, new Content(t), "translated") : e);
    }
    byte[] xliff = Localizer.toXliff(new TranslationFile(file.original(), file.storyId(), file.sourceLocale(),
        file.targetLocale(), entries), XliffOptions.DEFAULTS);
    byte[] merged = Merger.merge(ex, Localizer.parseXliff("t.xlf", xliff), null, MergeOptions.DEFAULTS).bytes();
    String json = new String(merged, StandardCharsets.UTF_8);
    String text = "Le poète dit: brave nouveau monde, bonjour.";
    assertTrue(json.contains("\"text\": \"" + text + "\""), json);
    assertTrue(json.contains("{\"rangeStart\": 14, \"rangeLength\": 13, \"textStyle\": \"bold\"}"), json); // brave nouveau
    assertTrue(json.contains("{\"rangeStart\": 35, \"rangeLength\": 7, \"textStyle\": \"italic\"}"), json); // bonjour
    assertTrue(json.contains("{\"rangeStart\": 20, \"rangeLength\": 13, \"textStyle\": \"red\"}"), json); // nouveau monde
    assertTrue(json.contains("\"rangeStart\": 0, \"rangeLength\": 8}"), json); // the link: Le poète
    assertTrue(json.contains("\"rangeStart\": 33, \"rangeLength\": 1}"), json); // the anchor: the comma
    assertEquals("bonjour", text.substring(35, 42));
  }

  @Test
  void aRangeEndBeforeItsStartIsRefused() {
    Extraction ex = extract(CASES.get(2));
    Unit intro = ex.units().get(1);
    List<Content.Code> codes = intro.source().codes();
    // the crossing range's two markers swapped
    List<Content.Part> t = new ArrayList<>();
    for (Content.Part p : intro.source().parts()) {
      t.add(p == codes.get(3) ? codes.get(5) : p == codes.get(5) ? codes.get(3) : p);
    }
    TranslationFile file = RoundTrip.pseudoFile(ex, "fr");
    List<TranslationFile.Entry> entries = new ArrayList<>();
    for (TranslationFile.Entry e : file.entries()) {
      entries.add(e.unit() == intro ? new TranslationFile.Entry(intro, new Content(t), "translated") : e);
    }
    byte[] xliff = Localizer.toXliff(new TranslationFile(file.original(), file.storyId(), file.sourceLocale(),
        file.targetLocale(), entries), XliffOptions.DEFAULTS);
    LocalizeException e = org.junit.jupiter.api.Assertions.assertThrows(LocalizeException.class,
        () -> Merger.merge(ex, Localizer.parseXliff("t.xlf", xliff), null, MergeOptions.DEFAULTS));
    assertTrue(e.problems().get(0).message().contains("puts the end of the range /components/0/inlineTextStyles/2 before its start"),
        e.problems().toString());
  }

  @Test
  void anAnchorIntoTwoTextsWithOneIdentifierIsRecomputedForTheFirstAndReported() {
    String article = """
        {"identifier": "a", "title": "T", "language": "en", "layout": {}, "components": [
          {"role": "body", "identifier": "x", "text": "First text here."},
          {"role": "body", "identifier": "x", "text": "Second text."},
          {"role": "pullquote", "text": "Q", "anchor": {"targetComponentIdentifier": "x", "rangeStart": 6, "rangeLength": 4}}]}
        """;
    Extraction ex = Localizer.extract(StoryReader.parse("a.json", article.getBytes(StandardCharsets.UTF_8)), null);
    assertEquals(1, ex.rangesAt("/components/0/text").size());
    assertEquals(0, ex.rangesAt("/components/1/text").size());
    assertEquals(1, ex.left().size(), ex.left().toString());
    assertTrue(ex.left().get(0).message().contains("it would be a range over two texts, /components/0/text and /components/1/text"),
        ex.left().toString());
    RoundTrip.check(ex, XliffOptions.DEFAULTS);
  }

  private static String value(StoryDocument doc, String array, int i) {
    JsonNode.ObjectNode root = (JsonNode.ObjectNode) doc.root();
    JsonNode.ObjectNode e = (JsonNode.ObjectNode) ((JsonNode.ArrayNode) root.get(array)).elements().get(i);
    return ((JsonNode.StringNode) e.get("value")).value();
  }

  static Path resourcePath(String name) {
    return TestFiles.TEST_RESOURCES.resolve("formats").resolve(name);
  }
}
