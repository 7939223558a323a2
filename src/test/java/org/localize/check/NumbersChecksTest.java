package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localize.check.Fixture.assertOne;
import static org.localize.check.Fixture.assertQuiet;
import static org.localize.check.Fixture.enRu;
import static org.localize.check.Fixture.ruEn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

class NumbersChecksTest {

  @Test
  void changedNumberFires() {
    Finding f = assertOne("numbers.missing", Severity.ERROR, enRu(), "his first visit in 24 years",
        "его первый визит за 25 лет", "25", "the source has 24 but the translation has 25");
    assertEquals("24", f.suggestion());
  }

  @Test
  void sameValueInTargetFormIsQuiet() {
    assertQuiet("numbers.missing", enRu(), "his first visit in 24 years", "его первый визит за 24 года");
    assertQuiet("numbers.missing", enRu(), "4.2 million people", "4,2 млн человек");
    assertQuiet("numbers.missing", enRu(), "1,200 people", "1\u00A0200 человек");
    assertQuiet("numbers.missing", enRu(), "Let’s stick together for 2025.", "Давайте держаться вместе и в 2025-м.");
    assertQuiet("numbers.missing", enRu(), "in 24 years", "за двадцать четыре года");
    assertQuiet("numbers.missing", enRu(), "about 3 days", "около трех дней");
    assertQuiet("numbers.missing", ruEn(), "1,5 года", "1.5 years");
    assertQuiet("numbers.missing", ruEn(), "15 000 человек", "15,000 people");
    assertQuiet("numbers.missing", enRu(), "at 03:00 on 6/19/2024", "в 3:00 19.06.2024");
  }

  @Test
  void changedYearInTextFires() {
    assertOne("numbers.missing", Severity.ERROR, enRu(), "Meduza survived 2024 thanks to its readers!",
        "«Медуза» пережила 2023 год благодаря читателям!", "2023", "2024");
  }

  @Test
  void foreignDecimalPointFires() {
    Finding f = assertOne("numbers.format", Severity.WARNING, enRu(), "1.5 years", "1.5 года", "1.5", "not a number");
    assertEquals("1,5", f.suggestion());
    assertQuiet("numbers.format", enRu(), "1.5 years", "1,5 года");
  }

  @Test
  void englishGroupingThatRussianReadsAsDecimalFires() {
    Finding f = assertOne("numbers.format", Severity.WARNING, enRu(), "1,234 people", "1,234 человека", "1,234",
        "reads as 1,234");
    assertEquals("1234", f.suggestion());
    assertQuiet("numbers.format", enRu(), "1,234 people", "1234 человека");
    assertQuiet("numbers.format", enRu(), "15,000 people", "15 000 человек");
  }

  @Test
  void pluralAgreementFires() {
    Finding f = assertOne("numbers.agreement", Severity.WARNING, enRu(), "in 24 years", "за 24 лет", "лет", "few");
    assertEquals("года", f.suggestion());
    for (String wrong : List.of("25 года", "21 лет", "1,5 лет", "5 фотографии", "24 фотографий", "2 день", "25 человека")) {
      assertEquals(1, Fixture.run("numbers.agreement", enRu(), "x", wrong).size(), wrong);
    }
  }

  @Test
  void pluralAgreementTrapsStayQuiet() {
    for (String right : List.of("за 24 года", "около 24 лет", "21 год", "более 21 года", "1,5 года", "25 человек",
        "около 24 человек", "11 лет", "за 24 дня", "2024 год", "в 2024 году", "19 июня 2024 года", "в 2025-м году",
        "21 фотографию", "24 года назад")) {
      assertQuiet("numbers.agreement", enRu(), "x", right);
    }
  }

  private static CheckContext ctx(String source, String target) {
    return CheckContext.of(Fixture.LOCALES, source, target, Fixture.PUBLISHED, Fixture.GLOSSARY);
  }

  private static Finding one(String check, Severity severity, String source, String target, String src, String tgt,
      String span) {
    return assertOne(check, severity, ctx(source, target), src, tgt, span, "");
  }

  /** Exactly one numbers.missing finding, a warning, wherever it is. */
  private static void oneMissingWarning(String source, String target, String src, String tgt) {
    List<Finding> found = Fixture.run("numbers.missing", ctx(source, target), src, tgt);
    assertEquals(1, found.size(), found::toString);
    assertEquals(Severity.WARNING, found.get(0).severity(), found::toString);
  }

  // numbers.missing: the same value in whatever form, in every locale

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | uk | About 15,000 people fled the city.          | Близько 15 тис. людей залишили місто.
      en | uk | Five people were injured.                   | П’ять людей поранено.
      en | uk | Five people were injured.                   | Пʼять людей поранено.
      en | uk | Five people were injured.                   | П'ять людей поранено.
      en | uk | He was held for five years.                 | Його утримували протягом п'яти років.
      en | uk | The talks lasted two days.                  | Переговори тривали два дні.
      en | uk | a two-day visit                             | дводенний візит
      en | pl | The rescue took 12 hours.                   | Akcja ratunkowa trwała dwanaście godzin.
      en | pl | 1.5 million people                          | 1,5 mln osób
      en | de | twenty-four people                          | vierundzwanzig Menschen
      en | de | twenty-four people                          | vier­und­zwanzig Menschen
      en | de | 4.2 million people                          | 4,2 Mio. Menschen
      en | de | The fire destroyed 250 acres.               | Das Feuer zerstörte rund 100 Hektar.
      en | de | The monument is 80 feet tall.               | Das Denkmal ist 25 Meter hoch.
      en | de | Police were called at about 8pm.            | Die Polizei wurde gegen 20 Uhr gerufen.
      en | de | between 2 and 3 million people              | zwischen 2 und 3 Millionen Menschen
      en | fr | seventy-one people                          | soixante et onze personnes
      en | fr | a programme worth nearly one billion dollars | un programme de près d'un milliard de dollars
      en | fr | $6bn a year                                 | 6 milliards de dollars par an
      en | ja | in the last 24 hours                        | この24時間で
      en | ja | revenue was $169.4 million                  | 収益は1億6,940万ドルだった
      en | ja | 41.78 lakh cases                            | 417万8,000人
      en | ja | a ten-day trip                              | 十日間の旅
      en | zh | Israel's cases top 60,000                   | 以色列感染人数超 6 万
      en | zh | 300 people                                  | 三百人
      en | zh | 10 days                                     | 十天
      ru | en | 15 тыс. человек                             | 15,000 people
      ru | en | полтора года                                | 1.5 years
      ru | en | около 1,5 млн человек                       | about 1.5 million people
      en | ru | in 14 days                                  | через две недели
      en | ru | from 2 to 3 million                         | от 2 до 3 млн
      en | ru | two of us                                   | мы вдвоем
      en | en | at 10 a.m. (0200GMT) Monday                 | at 10:00 (02:00 GMT) on Monday
      """)
  void sameNumberInAnyFormIsQuiet(String source, String target, String src, String tgt) {
    assertQuiet("numbers.missing", ctx(source, target), src, tgt);
  }

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | uk | Russia launched 25 missiles overnight.      | Уночі Росія випустила 24 ракети.     | 24
      en | uk | The talks lasted two days.                  | Переговори йшли три дні.             | три
      en | pl | The rescue took 12 hours.                   | Akcja ratunkowa trwała 13 godzin.    | 13
      en | de | 4.2 million people                          | 4,5 Mio. Menschen                    | 4,5 Mio.
      en | de | The 46-year-old lawyer                      | Der 47-jährige Anwalt                | 47
      en | fr | 1,300 people                                | 1 200 personnes                      | 1 200
      en | ja | revenue was $169.4 million                  | 収益は1億6,950万ドルだった            | 1億6,950万
      en | zh | Israel's cases top 60,000                   | 以色列感染人数超 7 万                  | 7 万
      ru | en | 30 кораблей                                 | 13 ships                             | 13
      cs | en | Protesty trvají již téměř tři týdny.        | Protests have lasted almost four weeks. | four
      """)
  void changedNumberIsAnError(String source, String target, String src, String tgt, String span) {
    Finding f = one("numbers.missing", Severity.ERROR, source, target, src, tgt, span);
    assertTrue(f.message().contains("the source has"), f::message);
  }

  /**
   * A number in words is compared like digits when both sides count the same CLDR unit, read in every
   * plural form and case, written straight after the number in Chinese and Japanese (7時間), or after
   * a word the locale lets stand between (два с лишним десятилетия); units one converts exactly into
   * the other (2 decades are 20 years, 14 days 2 weeks) are compared through ICU's converter.
   */
  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | ja | power was out for up to six hours           | 最大7時間にわたって停電した               | 7
      en | fr | his first visit in over two decades         | sa première visite en plus de trente ans | trente
      en | ja | his first visit in over two decades         | 30年余りぶりの訪問                        | 30
      en | ru | his first visit in over two decades         | его первый визит за три с лишним десятилетия | три
      ru | en | его первый визит за два с лишним десятилетия | his first visit in over three decades  | three
      en | uk | his first visit in over two decades         | його перший візит за три з лишком десятиліття | три
      en | de | two decades ago                             | vor dreißig Jahren                       | dreißig
      en | cs | within 14 days                              | do tří týdnů                             | tří
      en | pl | The talks lasted two days.                  | Rozmowy trwały trzy dni.                 | trzy
      """)
  void aNumberCountingTheSameUnitChangedIsAnError(String source, String target, String src, String tgt, String span) {
    one("numbers.missing", Severity.ERROR, source, target, src, tgt, span);
  }

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | ja | power was out for up to six hours           | 最大6時間にわたって停電した
      en | fr | his first visit in over two decades         | sa première visite en plus de vingt ans
      en | ja | his first visit in over two decades         | 20年余りぶりの訪問
      en | ru | his first visit in over two decades         | его первый визит за два с лишним десятилетия
      ru | en | его первый визит за два с лишним десятилетия | his first visit in over two decades
      en | cs | within 14 days                              | do dvou týdnů
      """)
  void aNumberCountingTheSameUnitKeptIsQuiet(String source, String target, String src, String tgt) {
    assertQuiet("numbers.missing", ctx(source, target), src, tgt);
  }

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | de | for three months                            | für 100 Tage
      en | ru | the 27-foot monument                        | памятник высотой 10 метров
      en | ja | the plant will close in two decades         | 工場は2026年に閉鎖される
      """)
  void unitsThatConvertOnlyRoughlyStayAWarning(String source, String target, String src, String tgt) {
    oneMissingWarning(source, target, src, tgt);
  }

  /**
   * Four digits without grouping are a year only where the locale groups a count of four digits and
   * writes a year without a word (en), or where a year word or lead-in marks them: in ru, uk, pl
   * (year words), de (Duden groups from five digits) and ja (年), "1300" is a count as often as a year.
   */
  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | ru | Storm strands 1,200 train passengers        | Буря оставила 1300 пассажиров поезда | 1300
      en | uk | Storm strands 1,200 train passengers        | Буря залишила 1300 пасажирів поїзда  | 1300
      en | pl | Storm strands 1,200 train passengers        | Burza uwięziła 1300 pasażerów pociągu | 1300
      en | de | Storm strands 1,200 train passengers        | Sturm: 1300 Bahnreisende stecken fest | 1300
      en | ja | Storm strands 1,200 train passengers        | 乗客1300人が足止め                     | 1300
      ru | en | Буря оставила 1200 пассажиров поезда        | Storm strands 1,300 train passengers | 1,300
      pl | en | Burza uwięziła 1200 pasażerów pociągu       | Storm strands 1,300 train passengers | 1,300
      en | ru | Meduza survived 2024 thanks to its readers  | «Медуза» пережила 2023 год благодаря читателям | 2023
      """)
  void aFourDigitCountChangedIsAnError(String source, String target, String src, String tgt, String span) {
    one("numbers.missing", Severity.ERROR, source, target, src, tgt, span);
  }

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | ru | Storm strands 1,200 train passengers        | Буря оставила 1200 пассажиров поезда
      en | de | Storm strands 1,200 train passengers        | Sturm: 1200 Bahnreisende stecken fest
      en | ja | Storm strands 1,200 train passengers        | 乗客1200人が足止め
      ru | en | Буря оставила 1200 пассажиров поезда        | Storm strands 1,200 train passengers
      """)
  void aFourDigitCountKeptIsQuiet(String source, String target, String src, String tgt) {
    assertQuiet("numbers.missing", ctx(source, target), src, tgt);
  }

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | ru | The 2019 budget                             | Бюджет на 1,5 года
      en | pl | The 2019 budget                             | Budżet na 1,5 roku
      en | ru | 1,247 passengers                            | около 1200 пассажиров
      en | de | 1,247 passengers                            | rund 1200 Fahrgäste
      """)
  void aYearAgainstACountOrARoundingStaysAWarning(String source, String target, String src, String tgt) {
    oneMissingWarning(source, target, src, tgt);
  }

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | de | The 46-year-old lawyer resigned.            | Der Anwalt trat zurück.
      en | uk | Five people were injured.                   | Людей поранено.
      en | ja | 12,000 patients                             | 多くの患者
      en | fr | Temperatures hit 90 degrees.                | Les températures ont atteint des sommets.
      """)
  void omittedNumberIsAWarning(String source, String target, String src, String tgt) {
    assertOne("numbers.missing", Severity.WARNING, ctx(source, target), src, tgt, null, "is not in the translation");
  }

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | de | two decades ago                             | vor zwanzig Jahren                   | zwanzig
      en | zh | 300 people                                  | 四百人                                | 四百
      en | de | 1.47 million people                         | 1,5 Millionen Menschen               | 1,5 Millionen
      """)
  void unsureDifferenceIsAWarning(String source, String target, String src, String tgt, String span) {
    List<Finding> found = Fixture.run("numbers.missing", ctx(source, target), src, tgt);
    assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARNING), found::toString);
  }

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | uk | Five Eyes countries                         | країни альянсу «П’ять очей»
      en | de | the Five Eyes alliance                      | die Allianz der Five Eyes
      en | en | one of them                                 | a member
      en | de | She finished third.                         | Sie wurde Dritte.
      en | de | Covid-19 patients                           | Coronavirus-Patienten
      """)
  void wordsThatNeedNotBeNumbersAreNotRequired(String source, String target, String src, String tgt) {
    assertQuiet("numbers.missing", ctx(source, target), src, tgt);
  }

  // numbers.format

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | uk | 1.5 years                                   | 1.5 року                              | 1.5
      en | pl | 2.5 million                                 | 2.5 mln                               | 2.5 mln
      en | de | 4.2 million people                          | 4.2 Millionen Menschen                | 4.2 Millionen
      en | fr | 1,200 people                                | 1,200 personnes                       | 1,200
      en | ru | 1,234 people                                | 1,234 человека                        | 1,234
      """)
  void otherLocalesSeparatorsWarn(String source, String target, String src, String tgt, String span) {
    assertOne("numbers.format", Severity.WARNING, ctx(source, target), src, tgt, span, "");
  }

  @ParameterizedTest(name = "{0}→{1}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      en | uk | 1.5 years                                   | 1,5 року
      en | pl | 2.5 million                                 | 2,5 mln
      en | de | 4.2 million people                          | 4,2 Millionen Menschen
      en | fr | 1,200 people                                | 1 200 personnes
      en | ja | 12,000 patients                             | 患者12,000人
      """)
  void ownSeparatorsAreQuiet(String source, String target, String src, String tgt) {
    assertQuiet("numbers.format", ctx(source, target), src, tgt);
  }

  // numbers.agreement: forms by case and plural category (uk, pl, cs, ru have data)

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      uk | Він чекав 5 роки.                          | роки   | ERROR
      uk | Перемовини тривали 3 днів.                 | днів   | WARNING
      uk | Минуло 24 років.                           | років  | WARNING
      uk | Поранено 5 людини.                         | людини | ERROR
      pl | Akcja ratunkowa trwała 12 godziny.         | godziny | ERROR
      pl | Minęło 5 lata.                             | lata   | ERROR
      cs | Trvalo to 5 roky.                          | roky   | ERROR
      ru | Прошло 25 года.                            | года   | ERROR
      ru | Прошло три лет.                            | лет    | ERROR
      ru | Уже 5 тысячи участников.                   | тысячи | ERROR
      """)
  void wrongNounFormFires(String target, String text, String span, Severity severity) {
    assertOne("numbers.agreement", severity, ctx("en", target), "x", text, span, "");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      uk | 24 роки тому, 1,5 року, близько 24 років, 21 рік, 5 років, у 2024 році, за 24 роки, 2024 рік, понад 2 тисячі людей
      uk | За 12 годин до вибуху, після 5 днів, о 5 годині, 2 тис. осіб, 3 гривні, 15 тис. гривень, 2 тисячі доларів
      pl | 12 godzin, 21 lat, 22 lata, 1,5 roku, od 5 lat, w 2024 roku, 2 godziny, przez 5 lat, 5 tysięcy osób, 12. rocznica
      cs | 5 let, 2 roky, 1,5 roku, před 5 lety, 21 let, 3 dny
      ru | трех лет, три года, пяти лет, 2 тысячи человек, 21 тыс. человек, 1 триллион долларов, 600,000 человек
      de | 5 Jahr-Plan, nach 5 Jahren
      en | a 5 year plan, 1 year, 5 years
      fr | 5 ans, 1 an
      ja | 五年間の任期
      """)
  void rightNounFormIsQuiet(String target, String text) {
    assertQuiet("numbers.agreement", ctx("en", target), "x", text);
  }
}
