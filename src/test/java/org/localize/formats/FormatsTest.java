package org.localize.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localize.diag.Problem;
import org.localize.story.Extraction;
import org.localize.unit.Unit;
import org.localize.xliff.XliffOptions;

/**
 * Each real newsroom document: the profile detection picks, the exact units it yields (pointer,
 * kind, format; places of one deduplicated unit joined by "+"), the places derived from another
 * representation and the strings left as they are; then extract → pseudo-translate → merge in
 * XLIFF 1.2 and 2.1, whole and segmented.
 */
class FormatsTest {

  record Case(String file, String profile, List<String> units, List<String> derived, List<String> left) {
    @Override
    public String toString() {
      return file;
    }
  }

  static final List<Case> CASES = List.of(
      new Case("ninjs-3.1_iptc-newsinjson_007_multimedia.json", "ninjs-3", List.of(
          "/copyrightNotice copyright text",
          "/by byline text",
          "/located dateline text",
          "/headlines/0/value headline text",
          "/bodies/1/value body html",
          "/associations/0/copyrightNotice + /associations/1/copyrightNotice copyright text",
          "/associations/0/by + /associations/1/by credit text",
          "/associations/0/headlines/0/value photo-title text",
          // the plain caption differs from the XHTML one by more than tags (two spaces, a trailing
          // space), so it cannot be derived and is translated on its own
          "/associations/0/descriptions/0/value caption text",
          "/associations/0/descriptions/1/value caption html",
          "/associations/1/headlines/0/value photo-title text",
          "/associations/1/descriptions/0/value caption text"),
          List.of("/bodies/0/value <- /bodies/1/value STRIP_TAGS"),
          List.of()),
      new Case("ninjs-2.2_derived-from-3.1_007_multimedia.json", "ninjs-2", List.of(
          "/copyrightnotice copyright text",
          "/by byline text",
          "/located dateline text",
          "/headlines/0/value headline text",
          "/bodies/1/value body html",
          "/associations/0/copyrightnotice + /associations/1/copyrightnotice copyright text",
          "/associations/0/by + /associations/1/by credit text",
          "/associations/0/headlines/0/value photo-title text",
          "/associations/0/descriptions/0/value caption text",
          "/associations/0/descriptions/1/value caption html",
          "/associations/1/headlines/0/value photo-title text",
          "/associations/1/descriptions/0/value caption text"),
          List.of("/bodies/0/value <- /bodies/1/value STRIP_TAGS"),
          List.of()),
      new Case("ninjs-3.0_iptc-newsinjson_tt_text_image_3.json", "ninjs-3", List.of(
          "/headlines/0/value headline text",
          "/descriptions/0/value description text",
          "/bodies/0/value body text",
          "/associations/0/by credit text",
          "/associations/0/descriptions/0/value caption text"),
          List.of(),
          // html5 and richhtml5 are whole HTML documents, ttnitf an XML wire format; slugline is internal
          List.of("/bodies/1/value whole HTML document", "/bodies/2/value not translatable", "/bodies/3/value whole HTML document")),
      new Case("ninjs-1.6_iptc-newsinjson_007_multimedia.json", "ninjs-1", List.of(
          "/copyrightnotice copyright text",
          "/byline byline text",
          "/located dateline text",
          "/headline headline text",
          "/body_richtext body html",
          "/associations/mainpic/copyrightnotice + /associations/portrait/copyrightnotice copyright text",
          "/associations/mainpic/byline + /associations/portrait/byline credit text",
          "/associations/mainpic/headline photo-title text",
          "/associations/mainpic/description_text caption text",
          "/associations/mainpic/description_richtext caption html",
          "/associations/portrait/headline_main photo-title text",
          "/associations/portrait/description_main caption text"),
          List.of("/body_text <- /body_richtext STRIP_TAGS"),
          List.of()),
      new Case("ans-0.10.12_washingtonpost-ans-schema_story-fixture-tiny-house.json", "ans", List.of(
          "/credits/by/0/name + /credits/by/0/byline byline text",
          "/vanity_credits/by/0/name + /vanity_credits/by/0/byline byline text",
          "/location dateline text",
          "/copyright copyright text",
          "/headlines/basic headline text",
          "/description/basic description text",
          // the promo image repeats the body image: its caption and credit are sent once
          "/promo_items/basic/credits/by/0/name + /promo_items/basic/credits/by/0/byline"
              + " + /content_elements/5/credits/by/0/name + /content_elements/5/credits/by/0/byline credit text",
          "/promo_items/basic/caption + /content_elements/5/caption caption html",
          "/content_elements/0/content paragraph html",
          "/content_elements/1/content paragraph html",
          "/content_elements/3/content paragraph html",
          "/content_elements/4/title heading text",
          "/content_elements/4/items/0/content link html",
          "/content_elements/4/items/0/description/content link-description html",
          "/content_elements/4/items/1/content link html",
          "/content_elements/6/content paragraph html"),
          List.of(),
          List.of()),
      new Case("applenews_lonelyplanet-anf-schema_example-news-article.json", "apple-news", List.of(
          "/title headline text",
          "/subtitle subheadline text",
          "/metadata/authors/0 byline text",
          "/metadata/keywords/0 keyword text",
          "/metadata/keywords/1 keyword text",
          "/metadata/keywords/2 keyword text",
          "/metadata/keywords/3 keyword text",
          "/metadata/excerpt description text",
          "/components/1/text caption text",
          "/components/3/text headline text",
          "/components/4/text byline text",
          "/components/5/text paragraph html",
          "/components/6/text paragraph html",
          "/components/7/text paragraph text",
          "/components/8/items/0/caption caption text",
          "/components/8/items/1/caption caption text",
          "/components/8/items/2/caption caption text",
          "/components/9/text paragraph html",
          "/components/11/text paragraph text"),
          List.of(),
          List.of()),
      new Case("wordpress-rest-post_synthetic_edit-context.json", "wordpress", List.of(
          "/title/raw headline html",
          "/content/raw body html",
          "/excerpt/rendered description html"),
          List.of("/title/rendered <- /title/raw COPY"),
          // WordPress renders content.rendered from content.raw (block markers, wpautop): kept and reported
          List.of("/content/rendered cannot be made from its translation")));

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void detectsTheProfileAndFindsExactlyTheExpectedUnits(Case c) {
    Extraction ex = RoundTrip.extract(c.file());
    assertEquals(c.profile(), ex.profile().name());
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
      String pointer = expected.substring(0, expected.indexOf(' '));
      assertTrue(p.place().endsWith("(" + pointer + ")"), p.toString());
      assertTrue(p.message().contains(expected.substring(expected.indexOf(' ') + 1)), p.toString());
    }
    assertTrue(ex.declaredLocale() != null && ex.published() != null, "language and date are found");
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
    Extraction ex = RoundTrip.extract(c.file());
    XliffOptions options = new XliffOptions(false, version, segment);
    Schemas.assertValid(org.localize.Localizer.toXliff(RoundTrip.pseudoFile(ex, "ru"), options), version == XliffOptions.Version.V2_1);
    RoundTrip.check(ex, options);
  }
}
