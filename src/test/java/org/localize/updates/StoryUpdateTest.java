package org.localize.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.JsonBytes;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;
import org.w3c.dom.Element;

/**
 * The update scenario of ISSUE #6: story v1 is extracted, translated (one paragraph signed off) and
 * merged into a memory; v2 has one caption edited, one photo added, one paragraph moved and the
 * headline unchanged. Extracting v2 with the previous XLIFF (or with the memory alone) leaves
 * exactly the edited and the new units to translate; translating those and merging gives v2 in
 * Russian with every earlier translation where it belongs.
 */
class StoryUpdateTest {
  static final Set<String> TO_TRANSLATE = Set.of("airport-workers.caption", "motorcade-night.caption", "motorcade-night.credit");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  static Path v1Translated;
  static Path memory;
  static byte[] v1Russian;
  @TempDir Path tmp;

  /** v1: extracted, translated, one paragraph signed off, merged with the checks and into the memory. */
  @BeforeAll
  static void translateVersionOne() {
    byte[] v1 = Steps.extract(Translator.V1, shared.resolve("v1.xlf"), List.of("--target", "ru"));
    byte[] translated = Translator.signOff(Translator.translate(v1), "p2.text");
    v1Translated = Steps.writeXliff(shared.resolve("v1.en-ru.xlf"), translated);
    memory = shared.resolve("memory.tmx");
    v1Russian = Steps.merge(Translator.V1, v1Translated, shared.resolve("v1.ru.json"), "--tm", memory.toString());
  }

  @Test
  void withThePreviousXliffOnlyTheEditedAndNewUnitsAreLeftToTranslate() throws Exception {
    byte[] v2 = Steps.extract(Translator.V2, tmp.resolve("v2.xlf"), List.of("--target", "ru", "--previous", v1Translated.toString()));
    assertReused(v2, "v1.en-ru.xlf");
    assertMergesToVersionTwo(v2); // with the checks of validate, as merge runs by default
  }

  @Test
  void withTheMemoryAloneTheSameUnitsAreLeftToTranslate() throws Exception {
    byte[] v2 = Steps.extract(Translator.V2, tmp.resolve("v2.xlf"), List.of("--target", "ru", "--tm", memory.toString()));
    assertReused(v2, "memory.tmx");
    assertMergesToVersionTwo(v2, "--no-checks"); // the checks ran on the same text in the test above
  }

  @Test
  void anApprovedTranslationKeepsItsApproval() {
    byte[] v2 = Steps.extract(Translator.V2, tmp.resolve("v2.xlf"), List.of("--target", "ru", "--previous", v1Translated.toString()));
    Element p2 = XliffEdit.of(v2).unit("p2.text");
    assertEquals("yes", p2.getAttribute("approved"));
    assertEquals("signed-off", XliffEdit.child(p2, "target").getAttribute("state"));
    Path v2File = TestFiles.write(tmp.resolve("v2.en-ru.xlf"), Translator.translateUpdates(v2));
    // the translator's new work is only "translated": --require reviewed names exactly those units
    var r = org.localize.testing.Cli.run("merge", Translator.V2.toString(), v2File.toString(), "-o", tmp.resolve("x.json").toString(),
        "--require", "reviewed", "--no-checks");
    assertEquals(1, r.exit(), r::toString);
    for (String id : TO_TRANSLATE) {
      assertTrue(r.stderr().contains("(" + id + ") is only translated"), id + "\n" + r);
    }
    assertTrue(r.stderr().contains("(p1.text) is only translated"), r::toString);
    assertFalse(r.stderr().contains("(p2.text)"), "the signed-off paragraph passes --require reviewed\n" + r);
  }

  @Test
  void sameSourceElsewhereIsAnExactMatchForReview() {
    // the v1 memory knows the Kristina Kormilitsyna credit as the unit airport-workers.credit; a new
    // story (another id) with that credit gets it pre-translated for review, not in context
    String other = TestFiles.readUtf8(Translator.V2).replace("2024-06-19-north-korea-welcomes-putin", "2024-06-20-another-story");
    Path story = TestFiles.write(tmp.resolve("other.en.json"), other);
    byte[] xliff = Steps.extract(story, tmp.resolve("other.xlf"), List.of("--target", "ru", "--tm", memory.toString()));
    Element credit = XliffEdit.child(XliffEdit.of(xliff).unit("airport-workers.credit"), "target");
    assertEquals("needs-review-translation", credit.getAttribute("state"));
    assertEquals("exact-match", credit.getAttribute("state-qualifier"));
    assertEquals("Кристина Кормилицына / Спутник / imago images / Scanpix / LETA", credit.getTextContent());
  }

  @Test
  void xliff21KeepsTheStatesAndStaysValid() throws Exception {
    Path out = tmp.resolve("v2.xlf");
    var r = org.localize.testing.Cli.run("extract", Translator.V2.toString(), "--target", "ru", "--xliff", "2.1",
        "--previous", v1Translated.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    String xml = TestFiles.readUtf8(out);
    assertTrue(xml.contains("state=\"reviewed\" subState=\"localize:id-match\""), xml);
    assertTrue(xml.contains("state=\"translated\" subState=\"localize:id-match\""), xml);
    org.localize.updates.Xliff2Schema.assertValid(TestFiles.read(out));
  }

  /** Every unit but the three is pre-translated in context with v1's target; the three are untranslated. */
  private void assertReused(byte[] v2, String origin) {
    XliffEdit v1 = XliffEdit.of(TestFiles.read(v1Translated));
    Set<String> untranslated = new TreeSet<>();
    for (Element unit : XliffEdit.of(v2).units()) {
      String id = unit.getAttribute("id");
      Element target = XliffEdit.child(unit, "target");
      if (target.getAttribute("state").equals("needs-translation")) {
        untranslated.add(id);
        continue;
      }
      assertEquals("id-match", target.getAttribute("state-qualifier"), id);
      assertEquals(XliffEdit.child(v1.unit(id), "target").getTextContent(), target.getTextContent(), id);
      assertTrue(XliffEdit.child(unit, "note") != null);
    }
    assertEquals(new TreeSet<>(TO_TRANSLATE), untranslated);
    // the edited caption offers its earlier translation, the new credit similar credits
    Element caption = XliffEdit.of(v2).unit("airport-workers.caption");
    Element alt = XliffEdit.child(caption, "alt-trans");
    assertEquals(origin, alt.getAttribute("origin"));
    assertEquals("Рабочие и охранник в аэропорту Пхеньяна", XliffEdit.child(alt, "target").getTextContent());
    Element credit = XliffEdit.child(XliffEdit.of(v2).unit("motorcade-night.credit"), "alt-trans");
    assertTrue(Integer.parseInt(credit.getAttribute("match-quality")) >= 75, "a fuzzy credit suggestion");
    assertEquals(null, XliffEdit.child(XliffEdit.of(v2).unit("motorcade-night.caption"), "alt-trans"), "nothing like the new caption");
  }

  /** Translating the three units and merging gives v2 with v1's translations at their new places. */
  private void assertMergesToVersionTwo(byte[] v2, String... mergeArgs) throws Exception {
    Path v2File = Steps.writeXliff(tmp.resolve("v2.en-ru.xlf"), Translator.translateUpdates(v2));
    byte[] merged = Steps.merge(Translator.V2, v2File, tmp.resolve("v2.ru.json"), mergeArgs);
    assertEquals(JsonBytes.outsideStringValues(TestFiles.read(Translator.V2)), JsonBytes.outsideStringValues(merged),
        "only string values change");
    JsonNode ru1 = JSON.readTree(v1Russian);
    JsonNode en1 = JSON.readTree(TestFiles.read(Translator.V1));
    JsonNode en2 = JSON.readTree(TestFiles.read(Translator.V2));
    JsonNode ru2 = JSON.readTree(merged);
    assertEquals("ru", ru2.get("locale").asText());
    assertEquals(ru1.get("headline"), ru2.get("headline"));
    assertEquals(ru1.get("lead"), ru2.get("lead"));
    Map<String, Integer> v1Index = new HashMap<>();
    for (int i = 0; i < en1.get("blocks").size(); i++) {
      v1Index.put(en1.get("blocks").get(i).get("id").asText(), i);
    }
    int checked = 0;
    for (int i = 0; i < en2.get("blocks").size(); i++) {
      JsonNode block = en2.get("blocks").get(i);
      String id = block.get("id").asText();
      for (String field : List.of("caption", "credit", "text", "title", "subtitle", "cta")) {
        if (!block.has(field)) {
          continue;
        }
        String got = ru2.get("blocks").get(i).get(field).asText();
        Integer old = v1Index.get(id);
        String unitId = id + "." + field;
        if (TO_TRANSLATE.contains(unitId)) {
          assertEquals(Translator.UPDATED.get(unitId), got, unitId);
        } else {
          assertEquals(en1.get("blocks").get(old).get(field), block.get(field), "unchanged source " + unitId);
          assertEquals(ru1.get("blocks").get(old).get(field).asText(), got, unitId);
        }
        checked++;
      }
    }
    assertEquals(29, checked, "strings checked in the blocks");
  }
}
