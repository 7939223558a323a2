package org.localize.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.localize.Localizer;
import org.localize.diag.LocalizeException;
import org.localize.merge.MergeOptions;
import org.localize.merge.Merger;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.XliffOptions;

/** --segment: sentences with SRX, exact spaces between them, codes across sentence boundaries. */
class SegmentationTest {
  static final String STORY = """
      {"id": "seg", "locale": "en", "headline": "Floods cut off three towns",
       "lead": "<a href=\\"https://x.example/a?b=1&amp;c=2\\">First sentence here. Second one</a> ends.  Third  sentence?\\nYes: the fourth.",
       "blocks": [{"id": "p1", "type": "paragraph", "text": "Mr. Smith arrived at 9 a.m. on Jan. 5. The U.S. Army said so!"}]}
      """;
  static final String RUSSIAN = """
      {"id": "seg-ru", "locale": "ru", "headline": "Наводнение",
       "lead": "Г-н Иванов прибыл в 9 ч. утра.  Кто это был — проф. Петров? «Да», — сказала она.",
       "blocks": []}
      """;

  private static Extraction story(String json) {
    return Localizer.extract(StoryReader.parse("story.json", json.getBytes(StandardCharsets.UTF_8)), null);
  }

  private static String xliff(Extraction ex, XliffOptions.Version v, String target) {
    TranslationFile file = Localizer.translationFile(ex, Localizer.sourceLocale(ex, null), target);
    return new String(Localizer.toXliff(file, new XliffOptions(false, v, true)), StandardCharsets.UTF_8);
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void splitsIntoSentencesWithTheSourceLanguageRules() {
    String v12 = xliff(story(STORY), XliffOptions.Version.V1_2, "ru");
    Schemas.assertValid(v12.getBytes(StandardCharsets.UTF_8), false);
    // lead: 4 sentences, paragraph: 2 (the abbreviations Mr., a.m., Jan., U.S. do not split); headline: 1
    assertEquals(2 * (4 + 2), count(v12, "<mrk mid=\"[^\"]+\" mtype=\"seg\">"));
    // the link spans the first two sentences: isolated halves, not a broken pair
    assertTrue(v12.contains("<bx id=\"1\""), v12);
    assertTrue(v12.contains("<ex id=\"1\""), v12);

    String v21 = xliff(story(STORY), XliffOptions.Version.V2_1, "ru");
    Schemas.assertValid(v21.getBytes(StandardCharsets.UTF_8), true);
    assertEquals(1 + 4 + 2, count(v21, "<segment>"));
    assertEquals(3 + 1, count(v21, "<ignorable>"));
    assertTrue(v21.contains("<sc id=\"1\""), v21);
    assertTrue(v21.contains("<ec "), v21);
    assertTrue(v21.contains("<ignorable>\n<source xml:space=\"preserve\">  </source>"), "two spaces kept: " + v21);
    assertTrue(v21.contains("<source xml:space=\"preserve\">\n</source>"), "the line break kept: " + v21);
    assertTrue(v21.contains("Mr. Smith arrived at 9 a.m. on Jan. 5.</source>"), v21);
  }

  @Test
  void russianRulesSplitRussianText() {
    String v21 = xliff(story(RUSSIAN), XliffOptions.Version.V2_1, "en");
    assertTrue(v21.contains(">Г-н Иванов прибыл в 9 ч. утра.</source>"), v21);
    assertTrue(v21.contains(">Кто это был — проф. Петров?</source>"), v21);
  }

  @Test
  void segmentedTranslationsJoinBackExactly() {
    for (XliffOptions.Version v : XliffOptions.Version.values()) {
      RoundTrip.check(story(STORY), new XliffOptions(false, v, true), "ru");
      RoundTrip.check(story(RUSSIAN), new XliffOptions(false, v, true), "en");
    }
  }

  @Test
  void aSegmentWithoutTargetLeavesItsUnitUntranslated() {
    Extraction ex = story(STORY);
    TranslationFile file = RoundTrip.pseudoFile(ex, "ru");
    String v21 = new String(Localizer.toXliff(file, new XliffOptions(false, XliffOptions.Version.V2_1, true)), StandardCharsets.UTF_8);
    int lead = v21.indexOf("name=\"/lead\"");
    int t = v21.indexOf("<target", v21.indexOf("sentence?", lead)); // the third sentence: no codes in it
    String cut = v21.substring(0, t) + v21.substring(v21.indexOf("</target>", t) + "</target>".length());
    LocalizeException e = assertThrows(LocalizeException.class, () ->
        Merger.merge(ex, Localizer.parseXliff("cut.xlf", cut.getBytes(StandardCharsets.UTF_8)), null, MergeOptions.DEFAULTS));
    assertEquals(LocalizeException.Kind.REFUSED, e.kind(), e.getMessage());
    assertTrue(e.getMessage().contains("unit /lead (lead) is not translated"), e.getMessage());
  }
}
