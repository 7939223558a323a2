package org.localize.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.util.ULocale;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.localize.Localizer;
import org.localize.story.Extraction;
import org.localize.story.JsonNode;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffSchema;
import org.localize.tm.Analysis;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;
import org.localize.xliff.XliffOptions;

/**
 * The acceptance set of issue 16: the 17 real newsroom documents in {@code ../shared/formats/real}
 * (read-only material beside the repository, not part of it; the test is skipped with a message
 * when it is absent, or read from {@code -Dlocalize.shared=DIR}). For each: the profile that reads
 * it (detected; the Guardian item among the example profiles, {@code --profile examples/profiles}), its units, places and words (the table in docs/formats.md), the units the issue names, a
 * strict-valid XLIFF 1.2 and a valid XLIFF 2.1 from {@code localize extract}, and
 * {@code localize pseudo} merging with only the translated strings (and recomputed ranges)
 * changed, the document still valid (NITF XML included); then the in-process round trip of every
 * other format test.
 */
class RealDocumentsTest {
  static final Path SHARED = Path.of(System.getProperty("localize.shared",
      TestFiles.PROJECT.resolve("../shared").normalize().toString()));
  static final Path REAL = SHARED.resolve("formats/real");
  /** The folder of example profiles: the Guardian item is detected among them. */
  static final String PROFILES = TestFiles.PROJECT.resolve("examples/profiles").toString();
  static final String GUARDIAN = TestFiles.PROJECT.resolve("examples/profiles/guardian.json").toString();

  /**
   * One document: the options it needs, the profile, its source locale, its counts (units, places,
   * words of the units, derived places, strings left as they are), units that must be there
   * ("pointer kind format") and places that must not be units.
   */
  record Doc(String file, List<String> options, String profile, String locale, int units, int places, int words,
      int derived, int left, List<String> present, List<String> absent) {
    @Override
    public String toString() {
      return file.length() > 60 ? file.substring(0, 60) + "…" : file;
    }
  }

  static final List<Doc> DOCS = List.of(
      new Doc("ans-0.10.12-video_washingtonpost-ans-schema_tests-fixtures-schema-0.10.12_video-fixture-nationals.json",
          List.of(), "ans", "en", 5, 6, 48, 0, 0,
          List.of("/transcript transcript text", "/promo_image/caption caption html", "/description/basic description text"),
          List.of("/youtube_content_id", "/streams/0/url")),
      new Doc("ans-0.10.12_washingtonpost-ans-schema_tests-fixtures-schema-0.10.12_story-fixture-good.json",
          List.of(), "ans", "en", 30, 36, 159, 0, 0,
          List.of("/content_elements/3/items/2/items/1/content list-item html", "/content_elements/4/content quote html",
              "/content_elements/13/endorsement label text", "/label/another_one/text label text"),
          List.of("/editor_note", "/content_elements/7/content", "/taxonomy/tags/0/text")),
      new Doc("ans-0.10.12_washingtonpost-ans-schema_tests-fixtures-schema-0.10.12_story-fixture-references.json",
          List.of(), "ans", "en", 17, 22, 62, 0, 0,
          List.of("/credits/additional reporting by/0/name byline text", "/content_elements/3/items/2/items/0/content list-item html"),
          List.of("/editor_note", "/content_elements/5/content")),
      new Doc("applenews_lonelyplanet-anf-schema_test-fixtures-valid_example-graphics-story-article.json",
          List.of(), "apple-news", "en", 20, 20, 604, 0, 0,
          List.of("/components/2/components/1/text credit text", "/components/8/components/1/text paragraph html"),
          List.of("/identifier", "/documentStyle/backgroundColor")),
      new Doc("applenews_lonelyplanet-anf-schema_test-fixtures-valid_example-longform-travel-article.json",
          List.of(), "apple-news", "en", 33, 33, 1380, 0, 0,
          List.of("/components/12/text paragraph text", "/components/5/items/0/caption caption text"),
          List.of("/metadata/canonicalURL")),
      new Doc("applenews_lonelyplanet-anf-schema_test-fixtures-valid_example-recipe-article.json",
          List.of(), "apple-news", "en", 21, 21, 460, 0, 0,
          List.of("/components/1/components/9/text paragraph html"),
          List.of("/metadata/generatorName")),
      new Doc("guardian-capi_guardian-content-api-scala-client_client-test-resources-templates_item-content.json",
          List.of("--profile", PROFILES), "guardian", "en", 12, 44, 909, 0, 0,
          List.of("/response/content/fields/body body html", "/response/content/fields/main caption html",
              "/response/content/elements/0/assets/0/typeData/caption caption html"),
          List.of("/response/content/sectionName", "/response/content/tags/0/webTitle")),
      new Doc("ninjs-1.4_iptc-newsinjson_examples-1.4_businesswire-newsml-20130731006140.json",
          List.of("--allow-duplicate-keys"), "ninjs-1", "en", 2, 2, 62, 0, 2,
          List.of("/headline headline text", "/body_xhtml body html"),
          List.of("/subject/0/name")),
      new Doc("ninjs-1.4_iptc-newsinjson_examples-1.4_ninjsExComplex2.json",
          List.of(), "ninjs-1", "en", 10, 13, 274, 2, 0,
          List.of("/body_xhtml body html", "/associations/mainpic/description_xhtml caption html"),
          List.of("/body_text", "/associations/mainpic/description_text", "/person/0/name")),
      new Doc("ninjs-2.1_iptc-newsinjson_examples-2.1_ap_image.json",
          List.of(), "ninjs-2", "en", 4, 4, 94, 0, 0,
          List.of("/descriptions/0/value credit text", "/descriptions/1/value description text"),
          List.of("/ednote", "/slugline", "/title")),
      new Doc("ninjs-2.1_iptc-newsinjson_examples-2.1_dpa_text.json",
          List.of(), "ninjs-2", "de", 4, 4, 465, 0, 0,
          List.of("/bodies/0/value body html", "/by byline text"),
          List.of()),
      new Doc("ninjs-3.0_iptc-newsinjson_examples-3.0_20231008-anti-doping-addb-ninjs-nitf.json",
          List.of(), "ninjs-3", "en", 5, 5, 569, 1, 0,
          List.of("/bodies/0/value body xml", "/descriptions/0/value description text"),
          List.of("/bodies/1/value", "/title")),
      new Doc("ninjs-3.0_iptc-newsinjson_examples-3.0_SIPA_image_3.json",
          List.of(), "ninjs-3", "en", 7, 7, 249, 0, 0,
          List.of("/bodies/1/value body html", "/bodies/0/value body text", "/descriptions/1/value description text"),
          List.of("/descriptions/0/value")),
      new Doc("ninjs-3.0_iptc-newsinjson_examples-3.0_ap_video.json",
          List.of(), "ninjs-3", "en", 5, 5, 94, 0, 0,
          List.of("/headlines/0/value headline text"),
          List.of("/title", "/edNote", "/renditions/0/title")),
      new Doc("ninjs-3.0_iptc-newsinjson_examples-3.0_ntb_text.json",
          List.of(), "ninjs-3", "nb-NO", 3, 3, 30, 0, 0,
          List.of("/descriptions/0/value description text"),
          List.of("/edNote", "/slugline")),
      new Doc("wordpress-array_10up-headstartwp_core-test-fixtures_posts-slug.json",
          List.of(), "wordpress", "en-US", 3, 3, 221, 0, 0,
          List.of("/0/content/rendered body html", "/0/title/rendered headline html"),
          List.of("/0/link")),
      new Doc("wordpress_frontity_wp-source-schemas-mocks_post-60.json",
          List.of(), "wordpress", "en-US", 4, 4, 478, 0, 0,
          List.of("/content/rendered body html", "/_embedded/wp:featuredmedia/0/alt_text alt text"),
          List.of("/yoast_meta/title", "/_embedded/author/0/description")));

  @TempDir Path tmp;

  static final String ABSENT = "skipped: the real documents are not at " + REAL
      + " (../shared/formats/real beside the repository; another place: -Dlocalize.shared=DIR)";

  @BeforeAll
  static void sayWhenSkipped() {
    if (!Files.isDirectory(REAL)) {
      System.out.println("RealDocumentsTest " + ABSENT);
    }
  }

  /** Each test is skipped, with the reason, when the shared material is absent. */
  static void requireShared() {
    assumeTrue(Files.isDirectory(REAL), ABSENT);
  }

  static Stream<Doc> docs() {
    return DOCS.stream();
  }

  @Test
  void everyRealDocumentHasACase() throws IOException {
    requireShared();
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(REAL)) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(files::add);
    }
    Set<String> cases = new TreeSet<>();
    DOCS.forEach(d -> cases.add(d.file()));
    assertEquals(files, cases);
    assertEquals(17, cases.size());
  }

  static Extraction extract(Doc d) {
    StoryDocument doc = StoryReader.parse(d.file(), TestFiles.read(REAL.resolve(d.file())),
        d.options().contains("--allow-duplicate-keys") ? StoryReader.DuplicateKeys.LAST : StoryReader.DuplicateKeys.REFUSE);
    int p = d.options().indexOf("--profile");
    return Localizer.extract(doc, p < 0 ? null : d.options().get(p + 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("docs")
  void readByItsProfileWithTheUnitsATranslatorShouldSee(Doc d) {
    requireShared();
    Extraction ex = extract(d);
    assertEquals(d.profile(), ex.profile().name());
    String source = Localizer.sourceLocale(ex, null);
    assertEquals(d.locale(), source);
    List<String> units = new ArrayList<>();
    List<String> places = new ArrayList<>();
    int words = 0;
    for (Unit u : ex.units()) {
      units.add(u.pointer() + " " + u.kind() + " " + u.format().label());
      places.addAll(u.pointers());
      words += Analysis.words(u.source(), ULocale.forLanguageTag(source));
    }
    List<String> derived = new ArrayList<>();
    ex.derived().values().forEach(ds -> ds.forEach(x -> derived.add(x.pointer())));
    String counts = ex.units().size() + " units, " + places.size() + " places, " + words + " words, " + derived.size()
        + " derived, " + ex.left().size() + " left";
    assertEquals(d.units() + " units, " + d.places() + " places, " + d.words() + " words, " + d.derived() + " derived, "
        + d.left() + " left", counts, units::toString);
    for (String want : d.present()) {
      assertTrue(units.contains(want), () -> want + " is not a unit: " + units);
    }
    for (String not : d.absent()) {
      assertTrue(!places.contains(not) && !units.stream().anyMatch(u -> u.startsWith(not + " ")), () -> not + " is extracted");
    }
    for (String p : derived) {
      assertTrue(d.absent().contains(p), "a derived place is named among those that are no units: " + p);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("docs")
  void extractWritesValidXliffAndPseudoMergesWithOnlyTranslatedStringsChanged(Doc d) throws Exception {
    requireShared();
    Path story = Files.copy(REAL.resolve(d.file()), tmp.resolve(d.file()));
    for (String version : List.of("1.2", "2.1")) {
      Path xliff = tmp.resolve("story-" + version + ".xlf");
      List<String> args = new ArrayList<>(List.of("extract", story.toString(), "--target", "fr", "-o", xliff.toString(),
          "--xliff", version));
      args.addAll(d.options());
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.stderr().contains("; profile " + d.profile()), r.stderr());
      if (version.equals("1.2")) {
        XliffSchema.assertValid(Files.readAllBytes(xliff), d.file());
      } else {
        Schemas.assertValid(Files.readAllBytes(xliff), true);
      }
    }
    Path out = tmp.resolve("pseudo.json");
    List<String> args = new ArrayList<>(List.of("pseudo", story.toString(), "-o", out.toString()));
    args.addAll(d.options());
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r::toString);
    StoryDocument merged = StoryReader.parse("pseudo.json", Files.readAllBytes(out),
        d.options().contains("--allow-duplicate-keys") ? StoryReader.DuplicateKeys.LAST : StoryReader.DuplicateKeys.REFUSE);
    Extraction ex = extract(d);
    RoundTrip.assertOnlyTranslatedPlacesChanged(ex, merged, (u, range) -> { });
    // the document stays valid: XML bodies parse, every string reads as it did
    for (Unit u : ex.units()) {
      if (u.format() == TextFormat.XML) {
        String xml = RoundTrip.strings(merged.root()).get(u.pointer()).value();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      }
    }
    Extraction again = Localizer.extract(merged, d.options().contains("--profile") ? GUARDIAN : null);
    assertEquals(RoundTrip.pointers(ex), RoundTrip.pointers(again));
    JsonNode.StringNode lang = again.localeNode();
    assertEquals(ex.localeNode() == null ? null : "en-XA", lang == null ? null : lang.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("docs")
  void roundTripsInEveryXliffVersion(Doc d) {
    requireShared();
    Extraction ex = extract(d);
    for (XliffOptions.Version v : XliffOptions.Version.values()) {
      for (boolean segment : new boolean[] {false, true}) {
        RoundTrip.check(ex, new XliffOptions(false, v, segment), d.locale().startsWith("fr") ? "de" : "fr");
      }
    }
  }
}
