package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocaleRepositoryTest {

  private final LocaleRepository repo = LocaleRepository.builtIn();

  @Test
  void regionalLocaleFallsBackToLanguageFile() {
    LocaleData ruRu = repo.forTag("ru-RU");
    assertEquals(new ULocale("ru_RU"), ruRu.locale());
    assertEquals("«", ruRu.quotes().primaryOpen());
    assertEquals("„", ruRu.quotes().secondaryOpen());
    assertEquals(',', ruRu.numbers().decimal());
    assertEquals(5, ruRu.numbers().groupingMinDigits());
    assertEquals("paradigm", ruRu.names().inflection());
    assertEquals(12, ruRu.dates().monthsPrepositional().size());
  }

  @Test
  void englishHouseStyleIsAp() {
    LocaleData en = repo.forTag("en-US");
    assertEquals("Sept.", en.dates().monthsWithDay().get(8));
    assertEquals("“", en.quotes().primaryOpen());
    assertEquals('.', en.numbers().decimal());
  }

  @Test
  void localeWithoutFileUsesCldr() {
    LocaleData de = repo.forTag("de");
    assertEquals("„", de.quotes().primaryOpen());
    assertEquals("“", de.quotes().primaryClose());
    assertEquals(',', de.numbers().decimal());
    LocaleData uk = repo.forTag("uk");
    assertEquals("«", uk.quotes().primaryOpen());
    LocaleData fi = repo.forTag("fi");
    assertEquals("lenient", fi.names().inflection()); // root.json: names take endings, no data says which
  }

  @Test
  void userDirectoryOverridesAndAddsLocales(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ru-RU.json"), "{\"quotes\": {\"primary\": [\"„\", \"“\"]}}");
    Files.writeString(dir.resolve("uk.json"), "{\"numbers\": {\"groupingMinDigits\": 5}}");
    LocaleRepository r = LocaleRepository.withDirectory(dir);
    assertEquals("„", r.forTag("ru-RU").quotes().primaryOpen());
    assertEquals(',', r.forTag("ru-RU").numbers().decimal()); // the rest still from ru.json
    assertEquals("«", r.forTag("ru").quotes().primaryOpen());
    assertEquals(5, r.forTag("uk").numbers().groupingMinDigits());
  }

  @Test
  void aValuePastJacksonsLimitsSaysWhereAndWhatToCheck(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ru.json"), "{\"names\": {\"x\": " + "1".repeat(1_200) + "}}");
    LocaleDataException e = assertThrows(LocaleDataException.class, () -> LocaleRepository.withDirectory(dir).forTag("ru"));
    assertTrue(e.getMessage().contains("ru.json:1:") && e.getMessage().contains("exceeds a limit"), e.getMessage());
    assertTrue(e.getMessage().contains("check that this is the file you meant"), e.getMessage());
    assertTrue(!e.getMessage().contains("StreamReadConstraints"), "no Jackson internals: " + e.getMessage());
  }

  @Test
  void unknownTransformInUserDataNamesFileAndKey(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ru.json"), "{\"names\": {\"transliterate\": {\"Latn\": \"Latin-Klingon\"}}}");
    LocaleDataException e = assertThrows(LocaleDataException.class, () -> LocaleRepository.withDirectory(dir).forTag("ru"));
    assertTrue(e.getMessage().contains(dir.resolve("ru.json").toString()), e.getMessage());
    assertTrue(e.getMessage().contains("names.transliterate.Latn") && e.getMessage().contains("Latin-Klingon"), e.getMessage());
    // a valid ID passes, and the built-in data is not checked on every run (its IDs are tested)
    Files.writeString(dir.resolve("ru.json"), "{\"names\": {\"latinKey\": \"Any-Latin; Latin-ASCII; Lower\"}}");
    assertEquals("Any-Latin; Latin-ASCII; Lower", LocaleRepository.withDirectory(dir).forTag("ru").names().latinKey());
  }

  @Test
  void badLocaleFileNamesFileAndField(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fr.json"), "{\"dates\": {\"monthsWithDay\": [\"janv.\"]}}");
    LocaleDataException e = assertThrows(LocaleDataException.class,
        () -> LocaleRepository.withDirectory(dir).forTag("fr"));
    assertTrue(e.getMessage().contains("fr.json") && e.getMessage().contains("/dates/monthsWithDay")
        && e.getMessage().contains("12 entries"), e.getMessage());
    Files.writeString(dir.resolve("it.json"), "{\"quotes\": [1,\n}");
    LocaleDataException syntax = assertThrows(LocaleDataException.class,
        () -> LocaleRepository.withDirectory(dir).forTag("it"));
    assertTrue(syntax.getMessage().contains("it.json:2:"), syntax.getMessage());
  }

  @Test
  void badNumberAndAgreementDataNamesThePath(@TempDir Path dir) throws IOException {
    String base = "{\"agreement\": {\"cases\": [\"nominative\", \"genitive\"], \"unmarked\": [\"nominative\"], "
        + "\"nouns\": [%s]}}";
    String[][] cases = {
      {"{\"forms\": {\"nominative\": {\"several\": \"lat\"}}}", "/agreement/nouns/0/forms/nominative/several",
          "plural category"},
      {"{\"forms\": {\"dative\": {\"one\": \"rokowi\"}}}", "/agreement/nouns/0/forms/dative", "not a case listed"},
      {"{\"unit\": \"parsec-per-fortnight-ish\"}", "/agreement/nouns/0/unit", "ICU unit"},
      {"{\"year\": true}", "/agreement/nouns/0", "needs \"unit\""},
    };
    for (String[] c : cases) {
      Files.writeString(dir.resolve("pl.json"), String.format(base, c[0]));
      LocaleDataException e = assertThrows(LocaleDataException.class, () -> LocaleRepository.withDirectory(dir).forTag("pl"));
      assertTrue(e.getMessage().contains("pl.json") && e.getMessage().contains(c[1]) && e.getMessage().contains(c[2]),
          e.getMessage());
    }
    Files.writeString(dir.resolve("de.json"), "{\"numbers\": {\"words\": {\"anderthalb\": \"1.5\"}}}");
    LocaleDataException e = assertThrows(LocaleDataException.class, () -> LocaleRepository.withDirectory(dir).forTag("de"));
    assertTrue(e.getMessage().contains("/numbers/words/anderthalb") && e.getMessage().contains("positive number"),
        e.getMessage());
  }

  @Test
  void agreementDataIsLanguageNeutral() {
    for (String tag : new String[] {"ru", "uk", "pl", "cs"}) {
      LocaleData d = repo.forTag(tag);
      assertTrue(d.agreement().nouns().size() >= 10, tag);
      assertTrue(d.agreement().cases().containsAll(d.agreement().unmarked()), tag);
      assertTrue(d.agreement().nouns().stream().anyMatch(n -> "year".equals(n.unit()) && n.yearNoun()), tag);
    }
    // de, en and fr have no noun tables: a morphological dictionary gives every word's readings
    for (String tag : new String[] {"ru", "uk", "pl", "de", "en", "fr"}) {
      LocaleData.Dictionary d = repo.forTag(tag).agreement().dictionary();
      assertTrue(d != null && !d.noun().isEmpty() && d.tags().containsKey("noun"), tag);
      assertTrue(repo.forTag(tag).agreement().cases().containsAll(d.noun().keySet()), tag);
    }
    assertTrue(repo.forTag("de").agreement().nouns().isEmpty());
    assertTrue(repo.forTag("ja").agreement().isEmpty()); // no tables, no dictionary: nothing to check with
  }

  @Test
  void badDictionaryDataNamesThePath(@TempDir Path dir) throws IOException {
    String base = "{\"agreement\": {\"cases\": [\"common\"], \"unmarked\": [\"common\"], \"dictionary\": %s}}";
    String tags = "\"tags\": {\"noun\": [\"N\"], \"singular\": [\"s\"], \"plural\": [\"p\"]}";
    String noun = "\"noun\": {\"common\": {\"one\": \"singular\", \"other\": \"plural\"}}";
    String[][] cases = {
      {"{" + tags + ", " + noun + "}", "/agreement/dictionary/resource", "is missing"},
      {"{\"resource\": \"no/such/file.dict\", " + tags + ", " + noun + "}", "/agreement/dictionary/resource",
          "not a .dict file"},
      {"{\"resource\": \"org/languagetool/resource/fr/french.dict\", " + noun + "}", "/agreement/dictionary/tags",
          "must map features"},
      {"{\"resource\": \"org/languagetool/resource/fr/french.dict\", " + tags + "}", "/agreement/dictionary/noun",
          "is missing"},
      {"{\"resource\": \"org/languagetool/resource/fr/french.dict\", " + tags
          + ", \"noun\": {\"common\": {\"one\": \"singular\", \"other\": \"plurals\"}}}",
          "/agreement/dictionary/noun/common/other", "feature \"plurals\""},
      {"{\"resource\": \"org/languagetool/resource/fr/french.dict\", " + tags
          + ", \"noun\": {\"genitive\": {\"one\": \"singular\"}}}", "/agreement/dictionary/noun/genitive",
          "not a case listed"},
      {"{\"resource\": \"org/languagetool/resource/fr/french.dict\", " + tags
          + ", \"noun\": {\"common\": {\"several\": \"plural\"}}}", "/agreement/dictionary/noun/common/several",
          "plural category"},
    };
    for (String[] c : cases) {
      Files.writeString(dir.resolve("it.json"), String.format(base, c[0]));
      LocaleDataException e = assertThrows(LocaleDataException.class, () -> LocaleRepository.withDirectory(dir).forTag("it"));
      assertTrue(e.getMessage().contains("it.json") && e.getMessage().contains(c[1]) && e.getMessage().contains(c[2]),
          e.getMessage());
    }
  }

  @Test
  void builtInGlossaryHoldsNoNewsroomNamesButEveryLocaleHasItsPlaces() {
    Glossary g = repo.glossary();
    assertTrue(g.isEmpty(), () -> g.concepts().toString()); // people and agencies are a newsroom's own
    for (String[] p : new String[][] {{"uk", "Київ", "cldr-city:Europe/Kiev"}, {"pl", "Kijów", "cldr-city:Europe/Kiev"},
        {"en", "Kyiv", "cldr-city:Europe/Kiev"}, {"de", "Nordkorea", "cldr-region:KP"}, {"ru", "КНДР", "cldr-region:KP"},
        {"fr", "Corée du Nord", "cldr-region:KP"}, {"ja", "平壌", "cldr-city:Asia/Pyongyang"}}) {
      assertTrue(g.forms(repo.forTag(p[0])).stream()
          .anyMatch(f -> f.concept().id().equals(p[2]) && f.accepted().contains(p[1])), () -> String.join(" ", p));
    }
  }

  @Test
  void badDeclensionDataNamesFileAndPath(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("sk.json"),
        "{\"names\": {\"inflection\": \"paradigm\", \"declension\": {\"cases\": [\"genitive\"],"
        + " \"rules\": [{\"ending\": \"(a\", \"forms\": {\"genitive\": \"y\"}}]}}}");
    LocaleDataException e = assertThrows(LocaleDataException.class, () -> LocaleRepository.withDirectory(dir).forTag("sk"));
    assertTrue(e.getMessage().contains("sk.json") && e.getMessage().contains("/names/declension/rules/0/ending"),
        e.getMessage());
  }

  @Test
  void badNamesGenderPairsAndGovernorsNameThePath(@TempDir Path dir) throws IOException {
    String[][] cases = {
        {"{\"names\": {\"genderPairs\": [[\"ov\"]]}}", "/names/genderPairs/0"},
        {"{\"names\": {\"genderPairs\": {\"ov\": \"ova\"}}}", "/names/genderPairs"},
        {"{\"names\": {\"governors\": {\"ablative\": [\"ab\"]}}}", "/names/governors/ablative"},
        {"{\"names\": {\"governors\": [\"u\"]}}", "/names/governors"},
        {"{\"names\": {\"governors\": {\"genitive\": \"u\"}}}", "/names/governors/genitive"}};
    for (String[] c : cases) {
      Files.writeString(dir.resolve("sk.json"), c[0]);
      LocaleDataException e = assertThrows(LocaleDataException.class, () -> LocaleRepository.withDirectory(dir).forTag("sk"),
          c[0]);
      assertTrue(e.getMessage().contains("sk.json") && e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Test
  void governorsAreReadByCaseIntoTheCasesEachWordAllows() {
    java.util.Map<String, java.util.Set<GrammaticalCase>> g = LocaleRepository.builtIn().forTag("ru").names().governors();
    assertTrue(g.get("с").containsAll(java.util.Set.of(GrammaticalCase.GENITIVE, GrammaticalCase.ACCUSATIVE,
        GrammaticalCase.INSTRUMENTAL)), g::toString);
    assertEquals(java.util.Set.of(GrammaticalCase.GENITIVE), g.get("по словам"));
  }

  /** The jar's files are read into the same trees as ObjectMapper.readTree makes (node types included). */
  @Test
  void readTreeMakesObjectMappersTreeOfEveryLocaleFile() throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.List<java.nio.file.Path> files;
    try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(java.nio.file.Path.of("locales"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertTrue(files.size() > 10, files::toString);
    for (java.nio.file.Path f : files) {
      byte[] bytes = java.nio.file.Files.readAllBytes(f);
      assertEquals(mapper.readTree(bytes), LocaleRepository.readTree(new java.io.ByteArrayInputStream(bytes)), f.toString());
    }
    String odd = "{\"a\": [1, 2147483648, 9223372036854775808, 1.5, 1e9, -0.0, true, false, null, \"x\"], \"b\": {}, \"a\": 2}";
    byte[] bytes = odd.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    com.fasterxml.jackson.databind.JsonNode expected = mapper.readTree(bytes);
    com.fasterxml.jackson.databind.JsonNode actual = LocaleRepository.readTree(new java.io.ByteArrayInputStream(bytes));
    assertEquals(expected, actual);
    assertEquals(expected.toString(), actual.toString());
    assertTrue(LocaleRepository.readTree(new java.io.ByteArrayInputStream(new byte[0])).isMissingNode());
  }

}
