package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/**
 * {@code localize glossary export}: TBX that localize's own reader reads back as the same
 * glossary (every name, status, form, gender and note-borne field), the OmegaT TSV layout, what
 * the export includes by default (the user's glossaries; the CLDR places only with --places), and
 * its usage errors.
 */
class GlossaryExportTest {
  @TempDir Path tmp;

  private static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("newsroom-glossary.json");

  /** Everything a check takes from a concept, in one comparable line per language. */
  static List<String> describe(Glossary g) {
    List<String> out = new ArrayList<>();
    for (Concept c : g.concepts()) {
      out.add(c.id() + " " + c.type() + (c.anyScript() ? " any-script" : ""));
      Map<String, Terms> sorted = new TreeMap<>(c.terms());
      sorted.forEach((language, t) -> out.add("  " + language + ": names " + t.names() + ", cases " + t.caseForms()
          + ", forms " + t.extraForms() + ", variants " + t.variants() + ", forbidden " + t.forbidden()
          + ", related " + t.related() + ", decline " + t.decline() + ", gender " + GlossaryExport.gender(c, t)));
    }
    return out;
  }

  private Path export(String... args) {
    Path out = tmp.resolve("export.tbx");
    List<String> all = new ArrayList<>(List.of("glossary", "export", "-o", out.toString()));
    all.addAll(List.of(args));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r::toString);
    return out;
  }

  @Test
  void theExampleGlossaryComesBackFromTbxAsTheSameConcepts() {
    Path tbx = export("-g", EXAMPLE.toString());
    assertEquals(describe(GlossaryReader.read(EXAMPLE)), describe(GlossaryReader.read(tbx)));
    String text = TestFiles.readUtf8(tbx);
    assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"en\">"), text);
    assertTrue(text.contains("<termEntry id=\"kim-jong-un\">"), text);
    assertTrue(text.contains("<term>Ким Чон Ын</term>\n            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"), text);
  }

  @Test
  void everyFieldOfTheNativeFormatSurvivesTheTrip() {
    Path json = TestFiles.write(tmp.resolve("all.json"), """
        {"concepts": [
          {"id": "kristina-kormiltsyna", "type": "person", "gender": "feminine",
           "terms": {
             "en": {"names": ["Kristina Kormiltsyna", "Kormiltsyna"], "variants": ["Kristina Kormilitsyna"]},
             "ru": {"names": ["Кристина Кормильцына"], "forms": {"genitive": ["Кристины Кормильцыной"], "locative": ["Кристине Кормильцыной"]},
                    "forbidden": ["Кормилицына"]}}},
          {"id": "north-korea", "type": "place",
           "terms": {
             "en": {"names": ["North Korea", "DPRK"], "related": ["North Korean"]},
             "de": {"names": ["Nordkorea"], "gender": "neuter", "related": ["nordkoreanisch"]},
             "ru": {"names": ["КНДР", "Северная Корея"], "gender": "feminine", "decline": "none", "forms": ["Северной Кореи"]}}},
          {"id": "reuters", "type": "organisation", "anyScript": true,
           "terms": {"en": {"names": ["Reuters"]}, "ru": {"names": ["Рейтер"], "decline": "none"}}},
          {"id": "juche", "terms": {"en": {"names": ["Juche"]}, "ru": {"names": ["чучхе"], "variants": ["чучхэ"]}}}
        ]}
        """);
    Path tbx = export("-g", json.toString());
    List<String> before = describe(GlossaryReader.read(json));
    assertEquals(before, describe(GlossaryReader.read(tbx)));
    assertTrue(before.toString().contains("cases {GENITIVE=[Кристины Кормильцыной], PREPOSITIONAL=[Кристине Кормильцыной]}"), before::toString);
    String text = TestFiles.readUtf8(tbx);
    assertTrue(text.contains("<note>forms (genitive): Кристины Кормильцыной</note>"), text);
    assertTrue(text.contains("<note>decline: none</note>"), text);
    assertTrue(text.contains("<note>related: nordkoreanisch</note>"), text);
    assertTrue(text.contains("<termNote type=\"grammaticalGender\">neuter</termNote>"), text);
    assertTrue(text.contains("<note>any script:"), text);
    assertTrue(text.contains("<descrip type=\"subjectField\">organisation</descrip>"), text);
    assertFalse(text.contains("<descrip type=\"subjectField\">other</descrip>"), "no type, no subject field");
  }

  @Test
  void theTbxIsWellFormedTbxBasicStructure() throws Exception {
    Path tbx = export("-g", EXAMPLE.toString(), "--source", "en", "--target", "ru,uk");
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(TestFiles.read(tbx)));
    assertEquals("martif", doc.getDocumentElement().getTagName());
    org.w3c.dom.NodeList entries = doc.getElementsByTagName("termEntry");
    assertTrue(entries.getLength() > 10);
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
      org.w3c.dom.NodeList langs = e.getElementsByTagName("langSet");
      for (int j = 0; j < langs.getLength(); j++) {
        String lang = ((org.w3c.dom.Element) langs.item(j)).getAttribute("xml:lang");
        assertTrue(List.of("en", "ru", "uk").contains(lang), "only the languages asked for: " + lang);
        if (j == 0 && e.getAttribute("id").equals("vladimir-putin")) {
          assertEquals("en", lang, "the source language first");
        }
      }
    }
  }

  @Test
  void conceptIdsThatAreNoXmlIdsAreMadeOne() {
    assertEquals("vladimir-putin", GlossaryExport.xmlId("vladimir-putin"));
    assertEquals("cldr-region_KP", GlossaryExport.xmlId("cldr-region:KP"));
    assertEquals("_2024-visit", GlossaryExport.xmlId("2024-visit"));
    assertEquals("_", GlossaryExport.xmlId(""));
  }

  @Test
  void theOmegatGlossaryIsOneLinePerSourceNameWithThePreferredTarget() {
    Path tsv = tmp.resolve("newsroom.txt");
    Cli.Result r = Cli.run("glossary", "export", "-g", EXAMPLE.toString(), "--source", "en", "--target", "ru", "-o", tsv.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("OmegaT glossary, en → ru"), r::toString);
    List<String> lines = TestFiles.readUtf8(tsv).lines().toList();
    assertTrue(lines.get(0).startsWith("# Names glossary exported by localize"), lines.get(0));
    assertTrue(lines.contains("Putin\tВладимир Путин\tperson, masculine; also: Путин; forms: В. В. Путин, В. В. Путина, В. В. Путину,"
        + " В. В. Путиным, В. В. Путине"), lines::toString);
    assertTrue(lines.contains("Pyongyang\tПхеньян\tplace, masculine; never: Пхеньянг, Пхенян, Пьонгьянг"), lines::toString);
    for (String line : lines.subList(1, lines.size())) {
      assertEquals(3, line.split("\t", -1).length, line);
    }
    Cli.Result wrongName = Cli.run("glossary", "export", "-g", EXAMPLE.toString(), "-s", "en", "-t", "ru", "-o", tmp.resolve("g.tsv").toString());
    assertEquals(0, wrongName.exit(), wrongName::toString);
    assertTrue(wrongName.stderr().contains("OmegaT reads a UTF-8 glossary named *.txt or *.utf8"), wrongName::toString);
  }

  @Test
  void placesComeOnlyWithPlacesAndJoinTheGlossaryPlaceTheyName() {
    Cli.Result without = Cli.run("glossary", "export", "-g", EXAMPLE.toString(), "-s", "en", "-t", "ru", "--format", "tsv", "-o", "-");
    assertEquals(0, without.exit(), without::toString);
    assertFalse(without.stdout().contains("Москва"), "no built-in places by default");
    Cli.Result with = Cli.run("glossary", "export", "-g", EXAMPLE.toString(), "-s", "en", "-t", "ru", "--format", "tsv", "--places", "-o", "-");
    assertEquals(0, with.exit(), with::toString);
    assertTrue(with.stdout().contains("\nMoscow\tМосква\tplace"), "CLDR's cities");
    assertTrue(with.stdout().contains("\nNorth Korea\tКНДР\tplace"), "CLDR's countries");
    // Pyongyang is in the newsroom glossary and in CLDR: one entry, the glossary's, not two
    assertEquals(1, with.stdout().lines().filter(l -> l.startsWith("Pyongyang\t")).count(), with::stdout);
    assertTrue(with.stdout().contains("Pyongyang\tПхеньян\tplace, masculine; never:"), with::stdout);

    Path tbx = export("--places", "-s", "en", "-t", "uk");
    Glossary read = GlossaryReader.read(tbx);
    Concept kp = read.concept("cldr-region_KP").orElseThrow();
    assertEquals(ConceptType.PLACE, kp.type());
    assertTrue(kp.terms("uk").orElseThrow().names().contains("Північна Корея"), kp::toString);
  }

  @Test
  void aGlossaryOnStandardInputIsExportedToStandardOutput() {
    Cli.Result r = Cli.runWithInput(TestFiles.read(EXAMPLE), "glossary", "export", "-g", "-", "-o", "-");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().contains("Names glossary exported by localize") && r.stdout().contains("from &lt;stdin>"), r::toString);
    assertEquals("", r.stderr());
  }

  @Test
  void usageErrors() {
    Cli.Result none = Cli.run("glossary", "export", "-o", tmp.resolve("x.tbx").toString());
    assertEquals(2, none.exit(), none::toString);
    assertTrue(none.stderr().contains("the built-in glossary holds no names; give your glossaries with -g FILE, or add --places"), none::toString);
    Cli.Result pair = Cli.run("glossary", "export", "-g", EXAMPLE.toString(), "--format", "tsv", "-o", "-");
    assertEquals(2, pair.exit(), pair::toString);
    assertTrue(pair.stderr().contains("give --source LANG and one --target LANG"), pair::toString);
    Cli.Result format = Cli.run("glossary", "export", "-g", EXAMPLE.toString(), "--format", "csv", "-o", "-");
    assertEquals(2, format.exit(), format::toString);
    Cli.Result placesWhere = Cli.run("glossary", "export", "--places", "-o", "-");
    assertEquals(2, placesWhere.exit(), placesWhere::toString);
    assertTrue(placesWhere.stderr().contains("--places: say in which languages"), placesWhere::toString);
    Cli.Result overInput = Cli.run("glossary", "export", "-g", EXAMPLE.toString(), "-o", EXAMPLE.toString());
    assertEquals(2, overInput.exit(), overInput::toString);
    assertTrue(overInput.stderr().contains("is also an input"), overInput::toString);
    Cli.Result broken = Cli.run("glossary", "export", "-g", TestFiles.write(tmp.resolve("bad.json"), "{\"concepts\": [{}]}").toString(), "-o", "-");
    assertEquals(3, broken.exit(), broken::toString);
    assertTrue(broken.stderr().contains("bad.json: concept #0 has no \"id\""), broken::toString);
    Cli.Result bare = Cli.run("glossary");
    assertEquals(2, bare.exit(), bare::toString);
    assertTrue(bare.stderr().startsWith("Usage: localize glossary"), bare::toString);
  }
}
