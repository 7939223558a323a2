package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localize.check.Fixture.assertOne;
import static org.localize.check.Fixture.assertQuiet;
import static org.localize.check.Fixture.ctx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.Glossary;
import org.localize.locale.GlossaryReader;

/**
 * The names checks in ru, uk, pl, de and en (and a language without declension data): correct
 * case forms, demonyms and agencies stay quiet; a wrong person or place, a misspelling, a form the
 * language does not have, a wrong gender form and a name in the wrong script fire.
 */
class NamesInEveryLocaleTest {

  /** No error of the names family on {@code target}. */
  private static void noNameErrors(CheckContext ctx, String source, String target) {
    List<Finding> errors = Fixture.VALIDATOR.validate(List.of(Fixture.pair(source, target)), ctx).stream()
        .filter(f -> f.check().startsWith("names.") && f.severity() != Severity.INFO)
        .collect(Collectors.toList());
    assertTrue(errors.isEmpty(), () -> "no names finding expected on '" + target + "', got " + errors);
  }

  // ---------------------------------------------------------------- Ukrainian

  @Test
  void ukrainianCaseFormsAreAccepted() {
    noNameErrors(ctx("en", "uk"), "Putin arrived in Pyongyang.", "Путін прибув до Пхеньяна.");
    noNameErrors(ctx("en", "uk"), "Kim Jong Un met Vladimir Putin in Pyongyang.",
        "Кім Чен Ин зустрівся з Володимиром Путіним у Пхеньяні.");
    noNameErrors(ctx("en", "uk"), "The Russian president in Kyiv", "Російський президент у Києві");
    noNameErrors(ctx("en", "uk"), "Photo: Kristina Kormilitsyna / AFP / Reuters", "Фото: Крістіна Кормиліцина / AFP / Reuters");
    noNameErrors(ctx("en", "uk"), "with Kristina Kormilitsyna", "з Крістіною Кормиліциною");
  }

  @Test
  void ukrainianMistakesFire() {
    assertOne("names.wrong", Severity.ERROR, ctx("en", "uk"), "Then Putin met Kim.", "Потім Медведєв зустрівся з Кімом.",
        "Медведєв", "different person");
    assertOne("names.gender", Severity.ERROR, ctx("en", "uk"), "Photo: Kristina Kormilitsyna",
        "Фото: Крістіна Кормиліцин", "Крістіна Кормиліцин", "feminine");
    assertOne("names.misspelt", Severity.ERROR, ctx("en", "uk"), "in Pyongyang", "у Пкеньяні", "Пкеньяні", "Пхеньяні");
    assertOne("names.form", Severity.ERROR, ctx("en", "uk"), "talks with Putin", "переговори з Путіном", "Путіном",
        "not a form of Володимир Путін");
    assertOne("names.script", Severity.ERROR, ctx("en", "uk"), "Putin in Pyongyang", "Путін у Pyongyang", "Pyongyang",
        "source's script");
  }

  @Test
  void polishCaseFormsAreAccepted() {
    noNameErrors(ctx("en", "pl"), "Kim Jong Un met Vladimir Putin in Pyongyang.",
        "Kim Dzong Un spotkał się z Władimirem Putinem w Pjongjangu.");
    noNameErrors(ctx("en", "pl"), "Talks in Kyiv and Moscow", "Rozmowy w Kijowie i Moskwie");
    noNameErrors(ctx("en", "pl"), "Russian troops in North Korea", "Rosyjskie wojska w Korei Północnej");
    noNameErrors(ctx("en", "pl"), "A photo by Kristina Kormilitsyna", "Zdjęcie Kristiny Kormilicynej");
  }

  @Test
  void polishMistakesFire() {
    assertOne("names.wrong", Severity.ERROR, ctx("en", "pl"), "Holidays in Spain", "Wakacje we Włoszech", "Włoszech",
        "different place");
    assertOne("names.gender", Severity.ERROR, ctx("en", "pl"), "Photo: Kristina Kormilitsyna",
        "Zdjęcie: Kristina Kormilicyn", "Kristina Kormilicyn", "feminine");
    assertOne("names.form", Severity.ERROR, ctx("en", "pl"), "talks with Putin", "rozmowy z Putinom", "Putinom",
        "not a form of Władimir Putin");
    assertOne("names.misspelt", Severity.ERROR, ctx("en", "pl"), "in Pyongyang", "w Pjonjangu", "Pjonjangu", "Pjongjangu");
  }

  // ---------------------------------------------------------------- German

  @Test
  void germanGenitivesAndCompoundsAreAccepted() {
    noNameErrors(ctx("en", "de"), "Putin's visit to Pyongyang", "Putins Besuch in Pjöngjang");
    noNameErrors(ctx("en", "de"), "Kim Jong Un's father", "Kim Jong Uns Vater");
    noNameErrors(ctx("en", "de"), "the Kremlin's plan", "der Plan des Kremls");
    noNameErrors(ctx("en", "de"), "on Kim Il Sung Square", "auf dem Kim-Il-Sung-Platz");
    noNameErrors(ctx("en", "de"), "the Russian president in Moscow", "der russische Präsident in Moskau");
    assertQuiet("names.missing", ctx("en", "de"), "the Russian president in Moscow", "der russische Präsident in Moskau");
  }

  @Test
  void germanMistakesFire() {
    assertOne("names.wrong", Severity.ERROR, ctx("en", "de"), "Then Putin said", "Dann sagte Medwedew", "Medwedew", "different person");
    assertOne("names.misspelt", Severity.ERROR, ctx("en", "de"), "in Pyongyang", "in Pjönjang", "Pjönjang", "Pjöngjang");
    assertOne("names.missing", Severity.WARNING, ctx("en", "de"), "Putin arrived", "Der Präsident kam an", null, "Putin");
  }

  // ---------------------------------------------------------------- English

  @Test
  void englishFromRussian() {
    noNameErrors(ctx("ru", "en"), "Встреча Путина и Ким Чен Ына в Пхеньяне", "Putin’s meeting with Kim Jong Un in Pyongyang");
    assertQuiet("names.missing", ctx("ru", "en"), "Президент России прилетел", "The Russian president arrived");
    assertOne("names.wrong", Severity.ERROR, ctx("ru", "en"), "Переговоры в Киеве", "Talks in Minsk", "Minsk", "Kyiv");
    assertOne("names.misspelt", Severity.ERROR, ctx("ru", "en"), "Фото: Кристина Кормилицына",
        "Photo: Kristina Kormilitzyna", "Kormilitzyna", "Kormilitsyna");
    // CLDR's spelling of a place is one convention among several: a warning
    assertOne("names.misspelt", Severity.WARNING, ctx("ru", "en"), "Во Владивостоке", "In Vladivostock", "Vladivostock",
        "Vladivostok");
    assertOne("names.script", Severity.ERROR, ctx("ru", "en"), "Путин в Пхеньяне", "Putin in Пхеньян", "Пхеньян",
        "source's script");
  }

  // ---------------------------------------------------------------- Russian

  @Test
  void russianMultiWordPlacesAndMeduzaCredits() {
    noNameErrors(ctx("en", "ru"), "to protect the UK", "для защиты Соединенного Королевства");
    noNameErrors(ctx("en", "ru"), "in the UK", "в Соединенном Королевстве");
    noNameErrors(ctx("en", "ru"), "Kristina Kormilitsyna / Sputnik", "Кристина Кормилицына / Спутник");
    noNameErrors(ctx("en", "ru"), "COVID-19 in North Korea, AFP reports", "COVID-19 в КНДР, сообщает AFP");
  }

  @Test
  void russianMistakesFire() {
    assertOne("names.form", Severity.ERROR, ctx("en", "ru"), "calling for South Korea to act",
        "призывая Южную Кореу действовать", "Кореу", "Корею");
    assertOne("names.wrong", Severity.ERROR, ctx("en", "ru"), "kits from Russia", "наборы от Китая", "Китая", "Россия");
    assertOne("names.misspelt", Severity.ERROR, ctx("en", "ru"), "Photo: Kristina Kormilitsyna",
        "Фото: Кристина Кормилецына", "Кормилецына", "Кормилицына");
  }

  @Test
  void tbxGenderDecidesWhetherASurnameDeclines() throws IOException {
    String tbx = """
        <martif type="TBX-Basic" xml:lang="en"><text><body>
        <termEntry id="sophy-ridge"><descrip type="subjectField">person</descrip>
          <langSet xml:lang="en"><tig><term>Sophy Ridge</term></tig></langSet>
          <langSet xml:lang="ru"><tig><term>Софи Ридж</term>%s</tig></langSet>
        </termEntry></body></text></martif>
        """;
    String sentence = "Парламентарий сказал Софи Риджу";
    Glossary feminine = GlossaryReader.read(new ByteArrayInputStream(
        tbx.formatted("<termNote type=\"grammaticalGender\">feminine</termNote>").getBytes(StandardCharsets.UTF_8)), "f.tbx");
    CheckContext withGender = CheckContext.of(Fixture.LOCALES, "en", "ru", Fixture.PUBLISHED, feminine);
    Finding f = assertOne("names.form", Severity.ERROR, withGender, "The MP told Sophy Ridge", sentence, "Риджу",
        "does not decline");
    assertEquals("Ридж", f.suggestion());
    // without a gender both are tried, and the masculine dative Риджу is a real form
    Glossary unknown = GlossaryReader.read(new ByteArrayInputStream(tbx.formatted("").getBytes(StandardCharsets.UTF_8)), "u.tbx");
    assertQuiet("names.form", CheckContext.of(Fixture.LOCALES, "en", "ru", Fixture.PUBLISHED, unknown),
        "The MP told Sophy Ridge", sentence);
  }

  // ---------------------------------------------------------------- no declension data

  @Test
  void aLanguageWithoutDeclensionDataMatchesByStem() {
    // Finnish declines, locales/ has no data for it: the stem plus an ending is a mention
    assertQuiet("names.missing", ctx("en", "fi"), "Putin arrived in Moscow", "Putin saapui Moskovaan");
    assertQuiet("names.missing", ctx("en", "fi"), "Putin's visit", "Putinin vierailu");
    assertOne("names.missing", Severity.WARNING, ctx("en", "fi"), "Putin arrived in Moscow", "Putin saapui",
        null, "Moscow");
  }
}
