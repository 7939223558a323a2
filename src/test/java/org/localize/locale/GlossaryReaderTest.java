package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryReaderTest {

  private static Glossary read(String text) throws IOException {
    return GlossaryReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tbx");
  }

  private static final String TBX3 = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>Names</p></sourceDesc></fileDesc></tbxHeader>
        <text><body>
          <conceptEntry id="putin">
            <descrip type="subjectField">person</descrip>
            <langSec xml:lang="en"><termSec><term>Vladimir Putin</term>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
            <langSec xml:lang="ru">
              <termSec><term>Владимир Путин</term>
                <termNote type="grammaticalGender">masculine</termNote>
                <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
              <termSec><term>Путин</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
              <termSec><term>Путен</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
            </langSec>
          </conceptEntry>
          <conceptEntry id="kim">
            <langSec xml:lang="ru"><termSec><term>Ким Чен Ын</term>
              <note>forms: Ким Чен Ына; Ким Чен Ыном</note></termSec></langSec>
          </conceptEntry>
          <conceptEntry id="nk">
            <langSec xml:lang="ru"><termSec><term>Северная Корея</term></termSec></langSec>
          </conceptEntry>
        </body></text>
      </tbx>
      """;

  @Test
  void formsIterateInTheOrderTheyWereDerived() throws IOException {
    // the checks take the first of equally close forms: an order that changed from one JVM to the
    // next (Set.copyOf) made names.form's suggestion change between runs
    List<String> derived = new java.util.ArrayList<>();
    for (int i = 40; i > 0; i--) {
      derived.add("Форма" + i);
    }
    java.util.Set<String> given = new java.util.LinkedHashSet<>(derived);
    Concept c = new Concept("x", ConceptType.PLACE, Gender.FEMININE, false, java.util.Map.of(), "test");
    ConceptForms f = new ConceptForms(c, "ru", given, true, given, given, given, given, given, 0, given, "place", null);
    for (java.util.Set<String> s : List.of(f.accepted(), f.variants(), f.forbidden(), f.wrongGender(), f.related(),
        f.stems(), f.relatedStems())) {
      assertEquals(derived, List.copyOf(s));
    }
    ConceptForms putin = read(TBX3).forms(LocaleRepository.builtIn().forTag("ru")).stream()
        .filter(x -> x.concept().id().equals("putin")).findFirst().orElseThrow();
    assertEquals("Владимир Путин", putin.accepted().iterator().next(), putin::toString);
  }

  @Test
  void readsTbx3WithStatusesAndDerivesRussianForms() throws IOException {
    Glossary g = read(TBX3);
    Concept putin = g.concept("putin").orElseThrow();
    assertEquals(ConceptType.PERSON, putin.type());
    assertEquals(Gender.MASCULINE, putin.gender());
    Terms ru = putin.terms("ru").orElseThrow();
    assertEquals(List.of("Владимир Путин", "Путин"), ru.names());
    assertEquals(List.of("Путен"), ru.forbidden());
    ConceptForms forms = g.forms(LocaleRepository.builtIn().forTag("ru")).stream().filter(f -> f.concept().id().equals("putin")).findFirst().orElseThrow();
    assertTrue(forms.accepted().containsAll(List.of("Путина", "Владимира Путина", "Путиным")), forms::toString);
    assertTrue(forms.forbidden().contains("Путен"));
    ConceptForms nk = g.forms(LocaleRepository.builtIn().forTag("ru")).stream().filter(f -> f.concept().id().equals("nk")).findFirst().orElseThrow();
    assertTrue(nk.accepted().containsAll(List.of("Северной Кореи", "Северную Корею", "Северной Корее")), nk::toString);
    ConceptForms kim = g.forms(LocaleRepository.builtIn().forTag("ru")).stream().filter(f -> f.concept().id().equals("kim")).findFirst().orElseThrow();
    // no declension mode in TBX: a name of short words gets both readings, marked unsure
    assertTrue(kim.accepted().containsAll(List.of("Ким Чен Ына", "Ким Чен Ыну", "Ким Чен Ыном")), kim::toString);
    assertFalse(kim.confident());
  }

  @Test
  void readsTbx2Martif() throws IOException {
    Glossary g = read("""
        <?xml version="1.0"?>
        <martif type="TBX" xml:lang="en"><text><body>
          <termEntry id="pyongyang">
            <langSet xml:lang="en"><tig><term>Pyongyang</term></tig></langSet>
            <langSet xml:lang="ru-RU">
              <tig><term>Пхеньян</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
              <tig><term>Пхеньянг</term><termNote type="administrativeStatus">forbidden</termNote></tig>
            </langSet>
          </termEntry>
        </body></text></martif>
        """);
    Terms ru = g.concept("pyongyang").orElseThrow().terms("ru").orElseThrow();
    assertEquals("Пхеньян", ru.preferred());
    assertEquals(List.of("Пхеньянг"), ru.forbidden());
  }

  @Test
  void doctypeAndExternalEntitiesAreRejected() {
    LocaleDataException e = assertThrows(LocaleDataException.class, () -> read("""
        <?xml version="1.0"?>
        <!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <martif><text><body><termEntry id="x"><langSet xml:lang="en"><tig><term>&xxe;</term></tig></langSet>
        </termEntry></body></text></martif>
        """));
    assertTrue(e.getMessage().startsWith("test.tbx"), e.getMessage());
  }

  @Test
  void malformedTbxNamesLineAndColumn() {
    LocaleDataException e = assertThrows(LocaleDataException.class,
        () -> read("<tbx>\n<text><body><conceptEntry id=\"a\">\n</body></text></tbx>"));
    assertTrue(e.getMessage().matches("test\\.tbx:\\d+:\\d+: .*"), e.getMessage());
  }

  @Test
  void jsonErrorsNameTheEntry() {
    LocaleDataException e = assertThrows(LocaleDataException.class, () -> GlossaryReader.read(
        new ByteArrayInputStream("{\"concepts\": [{\"id\": \"x\", \"type\": \"planet\", \"terms\": {\"en\": {\"names\": [\"X\"]}}}]}"
            .getBytes(StandardCharsets.UTF_8)), "names.json"));
    assertTrue(e.getMessage().contains("names.json: concept 'x'") && e.getMessage().contains("person, place"), e.getMessage());
    LocaleDataException noNames = assertThrows(LocaleDataException.class, () -> GlossaryReader.read(
        new ByteArrayInputStream("{\"concepts\": [{\"id\": \"y\", \"terms\": {\"ru\": {}}}]}".getBytes(StandardCharsets.UTF_8)),
        "names.json"));
    assertTrue(noNames.getMessage().contains("concept 'y', language ru needs \"names\""), noNames.getMessage());
  }

  @Test
  void explicitCaseFormsWinOverDerivedOnes() throws IOException {
    Glossary g = GlossaryReader.read(new ByteArrayInputStream("""
        {"concepts": [{"id": "d", "type": "place", "gender": "masculine",
          "terms": {"ru": {"names": ["Дворец"], "forms": {"prepositional": ["Дворце"], "genitive": ["Дворца"]}}}}]}
        """.getBytes(StandardCharsets.UTF_8)), "g.json");
    ConceptForms f = g.forms(LocaleRepository.builtIn().forTag("ru")).get(0);
    assertTrue(f.accepted().contains("Дворце"));
    assertFalse(f.accepted().contains("Двореце"), f::toString);
  }

  @Test
  void tbxMergesOverTheBuiltInGlossaryById() throws IOException {
    Glossary builtIn = GlossaryReader.read(java.nio.file.Path.of("examples/newsroom-glossary.json"));
    Glossary tbx = read("""
        <tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="pyongyang">
        <langSec xml:lang="ru"><termSec><term>Пхеньян</term></termSec>
        <termSec><term>Пьонъян</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
        </langSec></conceptEntry></body></text></tbx>
        """);
    Glossary merged = Glossary.merge(List.of(builtIn, tbx));
    Concept p = merged.concept("pyongyang").orElseThrow();
    assertEquals(ConceptType.PLACE, p.type());
    assertEquals(List.of("Пьонъян"), p.terms("ru").orElseThrow().forbidden());
    assertTrue(p.terms("en").isPresent());
  }

  @Test
  void theCorpusTbxGivesEachPersonItsGender() {
    Glossary g = GlossaryReader.read(java.nio.file.Path.of("bench/accuracy-corpus/names.tbx"));
    assertEquals(Gender.FEMININE, g.concept("yelena-sokolova").orElseThrow().gender());
    assertEquals(Gender.FEMININE, g.concept("kristina-kormilitsyna").orElseThrow().gender());
    assertEquals(Gender.MASCULINE, g.concept("vladimir-putin").orElseThrow().gender());
    // her gender reaches the languages whose langSet does not state it (ja)
    LocaleData ja = LocaleRepository.builtIn().forTag("ja");
    ConceptForms sokolova = g.forms(ja).stream().filter(c -> c.concept().id().equals("yelena-sokolova")).findFirst()
        .orElseThrow();
    assertEquals("ソコロワ", sokolova.person().otherOnly().get("ソコロフ"));
  }
}
