package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localize.check.Fixture.assertOne;
import static org.localize.check.Fixture.assertQuiet;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * Each date check in several languages, on newsroom sentences: it fires on a bad translation and
 * stays quiet on a good one. The story is dated Wednesday, 19 June 2024 (+03:00).
 */
class DatesByLocaleTest {

  private static CheckContext ctx(String source, String target) {
    return CheckContext.of(Fixture.LOCALES, source, target, Fixture.PUBLISHED, Fixture.GLOSSARY);
  }

  private static List<Finding> dates(CheckContext ctx, String source, String target) {
    return Fixture.VALIDATOR.validate(List.of(Fixture.pair(source, target)), ctx).stream()
        .filter(f -> f.check().startsWith("dates.")).collect(Collectors.toList());
  }

  private static void assertNoDateFinding(CheckContext ctx, String source, String target) {
    List<Finding> found = dates(ctx, source, target);
    assertTrue(found.isEmpty(), () -> "no dates finding expected on '" + target + "', got " + found);
  }

  // ---------------------------------------------------------------- Ukrainian

  @Test
  void ukrainian() {
    CheckContext c = ctx("en", "uk");
    assertNoDateFinding(c, "The summit opened on Wednesday, June 19, 2024.", "Саміт відкрився у середу, 19 червня 2024 року.");
    assertNoDateFinding(c, "The summit opened on June 19, 2024.", "Саміт відкрився 19 червня 2024 р.");
    assertNoDateFinding(c, "Talks are planned for June 18-19.", "Переговори заплановано на 18-19 червня.");
    Finding f = assertOne("dates.missing", Severity.ERROR, c, "The summit opened on June 19.", "Саміт відкрився 18 червня.",
        "18 червня", "June 19");
    assertEquals("19 червня", f.suggestion());
    assertOne("dates.missing", Severity.ERROR, c, "Prices rose in June.", "Ціни зросли у липні.", "липні", "June");
    assertQuiet("dates.missing", c, "Prices rose in June.", "Ціни зросли у червні.");
    assertOne("dates.missing", Severity.ERROR, c, "The law was passed in 2019.", "Закон ухвалили у 2018 році.", "2018 році",
        "2019");
    assertQuiet("dates.missing", c, "The law was passed in 2019.", "Закон ухвалили у 2019 році.");
    assertOne("dates.missing", Severity.WARNING, c, "The summit opened on June 19.", "Саміт відкрився.", null, "June 19");
  }

  @Test
  void ukrainianWeekdaysWithAnyApostrophe() {
    CheckContext c = ctx("en", "uk");
    for (String friday : List.of("п’ятницю", "п'ятницю", "пʼятницю")) {
      assertQuiet("dates.weekday", c, "Ministers met on Friday.", "Міністри зустрілися в " + friday + ".");
    }
    assertQuiet("dates.weekday", c, "Ministers met on Wednesday.", "Міністри зустрілися у середу.");
    assertOne("dates.weekday", Severity.ERROR, c, "Ministers met on Friday.", "Міністри зустрілися в четвер.", "четвер",
        "Friday");
    assertQuiet("dates.weekday", c, "Saturday's talks failed.", "Суботні переговори провалилися.");
    Finding f = assertOne("dates.weekday-date", Severity.ERROR, c, "on Wednesday, June 19, 2024",
        "у вівторок, 19 червня 2024 року", "вівторок", "2024-06-19");
    assertEquals("середу", f.suggestion());
    assertOne("dates.published", Severity.WARNING, c, "Ministers met today.", "Міністри зустрілися в понеділок.",
        "понеділок", "publication");
    assertQuiet("dates.published", c, "Ministers met today.", "Міністри зустрілися в середу.");
  }

  @Test
  void ukrainianMonthCaseAndStyle() {
    CheckContext c = ctx("en", "uk");
    Finding f = assertOne("dates.month-case", Severity.ERROR, c, "on June 19", "19 червень", "червень", "червня");
    assertEquals("червня", f.suggestion());
    assertOne("dates.month-case", Severity.ERROR, c, "on June 19", "19 червні", "червні", "червня");
    assertQuiet("dates.month-case", c, "on June 19", "19 червня");
    assertQuiet("dates.month-case", c, "in June", "у червні");
    assertOne("dates.style", Severity.WARNING, c, "on June 19", "19-го червня", "-го", "ordinal");
    assertQuiet("dates.style", c, "on June 19", "19 червня");
  }

  // ---------------------------------------------------------------- Polish

  @Test
  void polish() {
    CheckContext c = ctx("en", "pl");
    assertNoDateFinding(c, "The summit opened on Wednesday, June 19, 2024.", "Szczyt rozpoczął się w środę 19 czerwca 2024 r.");
    assertNoDateFinding(c, "The summit opened on June 19, 2024.", "Szczyt rozpoczął się 19.06.2024.");
    assertOne("dates.missing", Severity.ERROR, c, "The summit opened on June 19.", "Szczyt rozpoczął się 18 czerwca.",
        "18 czerwca", "June 19");
    assertOne("dates.missing", Severity.ERROR, c, "Prices rose in June.", "Ceny wzrosły w lipcu.", "lipcu", "June");
    assertQuiet("dates.missing", c, "Prices rose in June.", "Ceny wzrosły w czerwcu.");
    assertOne("dates.weekday", Severity.ERROR, c, "Ministers met on Friday.", "Ministrowie spotkali się w czwartek.",
        "czwartek", "Friday");
    assertQuiet("dates.weekday", c, "Ministers met on Friday.", "Ministrowie spotkali się w piątek.");
    assertQuiet("dates.weekday", c, "Ministers met on Tuesday.", "Ministrowie spotkali się we wtorek.");
    assertQuiet("dates.weekday", c, "Wednesday's vote", "środowe głosowanie");
    Finding f = assertOne("dates.weekday-date", Severity.ERROR, c, "on Wednesday, June 19, 2024",
        "we wtorek 19 czerwca 2024 r.", "wtorek", "2024-06-19");
    assertEquals("środę", f.suggestion());
    assertOne("dates.published", Severity.WARNING, c, "Ministers met today.", "Ministrowie spotkali się w poniedziałek.",
        "poniedziałek", "publication");
    assertOne("dates.month-case", Severity.ERROR, c, "on June 19", "19 czerwiec", "czerwiec", "czerwca");
    assertQuiet("dates.month-case", c, "on June 19", "19 czerwca");
    assertOne("dates.style", Severity.WARNING, c, "on June 19", "Było to 19 Czerwca.", "Czerwca", "lower-case");
    assertQuiet("dates.style", c, "on June 19", "Było to 19 czerwca.");
  }

  // ---------------------------------------------------------------- German

  @Test
  void german() {
    CheckContext c = ctx("en", "de");
    assertNoDateFinding(c, "The summit opened on Wednesday, June 19, 2024.", "Der Gipfel begann am Mittwoch, dem 19. Juni 2024.");
    assertNoDateFinding(c, "The summit opened on Wednesday, June 19, 2024.", "Der Gipfel begann am Mittwoch, den 19.06.2024.");
    assertNoDateFinding(c, "Talks on June 19 and 20.", "Gespräche am 19. und 20. Juni.");
    assertNoDateFinding(c, "Talks from June 19 to 21.", "Gespräche vom 19. bis 21. Juni.");
    assertOne("dates.missing", Severity.ERROR, c, "The summit opened on June 19.", "Der Gipfel begann am 18. Juni.",
        "18. Juni", "June 19");
    assertOne("dates.missing", Severity.ERROR, c, "Prices rose in June.", "Die Preise stiegen im Juli.", "Juli", "June");
    assertQuiet("dates.missing", c, "Prices rose in June.", "Die Preise stiegen im Juni.");
    assertQuiet("dates.weekday", c, "The vote is on Wednesday evening.", "Die Abstimmung ist am Mittwochabend.");
    assertOne("dates.weekday", Severity.ERROR, c, "The vote is on Wednesday evening.", "Die Abstimmung ist am Dienstagabend.",
        "Dienstagabend", "Wednesday");
    // "mittwochs" is a habit, not a date: the weekday is missing, which is a warning
    assertOne("dates.weekday", Severity.WARNING, c, "The vote is on Wednesday.", "Abgestimmt wird mittwochs.", null,
        "Wednesday");
    assertOne("dates.weekday-date", Severity.ERROR, c, "on Wednesday, June 19, 2024", "am Dienstag, dem 19. Juni 2024",
        "Dienstag", "2024-06-19");
    assertOne("dates.published", Severity.WARNING, c, "Ministers met today.", "Die Minister trafen sich am Freitag.",
        "Freitag", "publication");
    assertQuiet("dates.month-case", c, "on June 19", "am 19. Juni");
    assertQuiet("dates.style", c, "on June 19", "am 19. Juni");
  }

  // ---------------------------------------------------------------- French

  @Test
  void french() {
    CheckContext c = ctx("en", "fr");
    assertNoDateFinding(c, "The summit opened on Wednesday, June 19, 2024.", "Le sommet s'est ouvert le mercredi 19 juin 2024.");
    assertNoDateFinding(c, "The law takes effect on July 1.", "La loi entre en vigueur le 1er juillet.");
    assertOne("dates.missing", Severity.ERROR, c, "The summit opened on June 19.", "Le sommet s'est ouvert le 18 juin.",
        "18 juin", "June 19");
    assertOne("dates.missing", Severity.ERROR, c, "Prices rose in June.", "Les prix ont augmenté en juillet.", "juillet",
        "June");
    assertOne("dates.weekday", Severity.ERROR, c, "Ministers met on Wednesday.", "Les ministres se sont réunis mardi.",
        "mardi", "Wednesday");
    assertQuiet("dates.weekday", c, "Ministers met on Wednesday.", "Les ministres se sont réunis mercredi.");
    assertOne("dates.weekday-date", Severity.ERROR, c, "on Wednesday, June 19, 2024", "le mardi 19 juin 2024", "mardi",
        "2024-06-19");
    assertOne("dates.style", Severity.WARNING, c, "on June 19", "C'était le 19 Juin.", "Juin", "lower-case");
    assertQuiet("dates.style", c, "on June 19", "C'était le 19 juin.");
    // the planet is not the month, nor is the mission
    assertQuiet("dates.missing", c, "The probe will reach Mars in June.", "La sonde atteindra Mars en juin.");
    assertNoDateFinding(c, "He is on the Mars 2020 team.", "Il fait partie de l'équipe Mars 2020.");
  }

  // ---------------------------------------------------------------- English (from Russian)

  @Test
  void english() {
    CheckContext c = ctx("ru", "en");
    assertNoDateFinding(c, "Саммит открылся в среду, 19 июня 2024 года.", "The summit opened on Wednesday, June 19, 2024.");
    assertNoDateFinding(c, "Саммит открылся 19 июня 2024 года.", "The summit opened on 19 June 2024.");
    assertNoDateFinding(c, "Переговоры пройдут 18 и 19 июня.", "Talks will be held on June 18-19.");
    assertOne("dates.missing", Severity.ERROR, c, "Саммит открылся 19 июня.", "The summit opened on June 18.", "June 18",
        "19 июня");
    assertOne("dates.missing", Severity.ERROR, c, "Цены выросли в июне.", "Prices rose in July.", "July", "июне");
    assertQuiet("dates.missing", c, "Цены выросли в июне.", "Prices rose in June.");
    // a name is not a month: Theresa May neither confirms nor contradicts
    assertOne("dates.missing", Severity.WARNING, c, "Цены выросли в июне.", "Theresa May said prices rose.", null, "июне");
    assertOne("dates.weekday", Severity.ERROR, c, "Министры встретились в среду.", "Ministers met on Tuesday.", "Tuesday",
        "среду");
    assertQuiet("dates.weekday", c, "Министры встретились в среду.", "Ministers met on Wednesday.");
    assertQuiet("dates.weekday", c, "Министры встретились в среду.", "Ministers met Wednesday's deadline.");
    assertOne("dates.weekday-date", Severity.ERROR, c, "в среду, 19 июня 2024 года", "on Tuesday, June 19, 2024", "Tuesday",
        "2024-06-19");
    assertOne("dates.style", Severity.WARNING, c, "19 июня", "on June 19th", "th", "ordinal");
    assertQuiet("dates.style", c, "19 июня", "on June 19");
  }

  // ---------------------------------------------------------------- Japanese and Chinese

  @Test
  void japanese() {
    CheckContext c = ctx("en", "ja");
    assertNoDateFinding(c, "The summit opened on Wednesday, June 19, 2024.", "サミットは2024年6月19日水曜日に開幕した。");
    assertNoDateFinding(c, "The summit opened on Wednesday, June 19.", "サミットは6月19日(水)に開幕した。");
    assertNoDateFinding(c, "Ministers met on Wednesday.", "閣僚は水曜に会談した。");
    assertOne("dates.missing", Severity.ERROR, c, "The summit opened on June 19.", "サミットは6月18日に開幕した。", "6月18日",
        "June 19");
    assertOne("dates.missing", Severity.ERROR, c, "Prices rose in June.", "物価は7月に上昇した。", "7月", "June");
    assertOne("dates.weekday", Severity.ERROR, c, "Ministers met on Wednesday.", "閣僚は火曜日に会談した。", "火曜日",
        "Wednesday");
    assertOne("dates.weekday-date", Severity.ERROR, c, "on Wednesday, June 19, 2024", "2024年6月19日火曜日", "火曜日",
        "2024-06-19");
    assertOne("dates.published", Severity.WARNING, c, "Ministers met today.", "閣僚は金曜日に会談した。", "金曜日",
        "publication");
  }

  @Test
  void chinese() {
    CheckContext c = ctx("en", "zh");
    assertNoDateFinding(c, "The summit opened on Wednesday, June 19, 2024.", "峰会于2024年6月19日星期三开幕。");
    assertNoDateFinding(c, "Ministers met on Wednesday.", "部长们周三举行了会谈。");
    assertNoDateFinding(c, "Talks from July 25 to July 31.", "会谈时间为 7 月 25 日至 7 月 31 日。");
    assertOne("dates.weekday", Severity.ERROR, c, "Ministers met on Wednesday.", "部长们周二举行了会谈。", "周二", "Wednesday");
    // 一周一次 is "once a week", not Monday
    assertQuiet("dates.published", c, "The paper appears weekly.", "该报一周一次出版。");
    assertOne("dates.missing", Severity.ERROR, c, "The summit opened on June 19.", "峰会于 6 月 18 日开幕。", "6 月 18 日",
        "June 19");
  }

  // ---------------------------------------------------------------- Czech and Icelandic (WMT21 false alarms)

  @Test
  void czechAndIcelandicForms() {
    CheckContext cs = ctx("en", "cs");
    assertNoDateFinding(cs, "The bank said on Saturday.", "Banka to oznámila v sobotu.");
    assertNoDateFinding(cs, "Saturday's announcement", "sobotní oznámení");
    assertNoDateFinding(cs, "The resignation on July 15 came as a surprise.", "Rezignace 15. července byla překvapením.");
    assertOne("dates.weekday", Severity.ERROR, cs, "The bank said on Saturday.", "Banka to oznámila v neděli.", "neděli",
        "Saturday");
    // "ve středu města" is "in the city centre": never a contradiction of a weekday
    assertOne("dates.weekday", Severity.WARNING, cs, "Police said on Friday.", "Policie ve středu města uvedla.", null,
        "Friday");
    CheckContext friday = CheckContext.of(Fixture.LOCALES, "en", "cs", java.time.OffsetDateTime.parse("2024-06-21T12:00:00+02:00"),
        Fixture.GLOSSARY);
    assertQuiet("dates.published", friday, "Police said today.", "Policie ve středu města uvedla.");
    assertOne("dates.published", Severity.WARNING, friday, "Police said today.", "Policie to uvedla v pondělí.", "pondělí",
        "publication");
    CheckContext is = ctx("en", "is");
    assertNoDateFinding(is, "It happened on Saturday.", "Það gerðist á laugardaginn.");
    assertNoDateFinding(is, "It happened on Saturday evening.", "Það gerðist á laugardagskvöld.");
    assertNoDateFinding(is, "It happened on Friday, July 26.", "Það gerðist föstudaginn 26. júlí.");
    // a weekday the calendar contradicts in the source as well is the source's, not the translator's
    assertOne("dates.weekday-date", Severity.WARNING, is, "It happened on Sunday, July 26.",
        "Það gerðist sunnudaginn 26. júlí.", "sunnudaginn", "the source has the same");
    assertOne("dates.weekday", Severity.ERROR, is, "It happened on Tuesday.", "Það gerðist á fimmtudaginn.",
        "fimmtudaginn", "Tuesday");
  }

  // ---------------------------------------------------------------- relative dates, years and numbers

  @Test
  void partialAndRelativeMatchesAreNoErrors() {
    CheckContext c = ctx("en", "ru");
    // the translation gives only the weekday of the date: not an error
    assertTrue(dates(c, "The summit opened on June 19.", "Саммит открылся в среду.").stream()
        .noneMatch(f -> f.severity() == Severity.ERROR));
    // only the month of the date
    assertOne("dates.missing", Severity.WARNING, c, "The summit opened on June 19.", "Саммит открылся в июне.", "июне",
        "gives only");
    // the year left out in a story of another year
    assertOne("dates.missing", Severity.WARNING, c, "on June 19, 2023", "19 июня", "19 июня", "leaves out the year");
  }

  @Test
  void anotherWeekdayOnTheSameDateIsReportedOnce() {
    CheckContext c = ctx("en", "ru");
    // the calendar can tell: dates.weekday-date
    List<Finding> found = dates(c, "on Wednesday, June 19, 2024", "во вторник, 19 июня 2024 года");
    assertEquals(1, found.size(), found::toString);
    assertEquals("dates.weekday-date", found.get(0).check());
    assertEquals(Severity.ERROR, found.get(0).severity());
    // no year and no publication date: only the source can tell, whatever the year
    CheckContext undated = CheckContext.of(Fixture.LOCALES, "en", "ru", null, Fixture.GLOSSARY);
    found = dates(undated, "on Sunday, July 26", "в понедельник, 26 июля");
    assertEquals(1, found.size(), found::toString);
    assertEquals("dates.weekday", found.get(0).check());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertNoDateFinding(undated, "on Sunday, July 26", "в воскресенье, 26 июля");
  }

  @Test
  void aYearAloneIsReportedOnce() {
    CheckContext c = ctx("en", "uk");
    List<Finding> found = Fixture.VALIDATOR.validate(List.of(Fixture.pair("The law was passed in 2019.",
        "Закон ухвалили у 2018 році.")), c).stream()
        .filter(f -> f.check().startsWith("dates.") || f.check().startsWith("numbers.")).collect(Collectors.toList());
    assertEquals(1, found.size(), found::toString);
    assertEquals("dates.missing", found.get(0).check());
    // a year of the source written as a plain number is found inside a date of the translation
    assertTrue(Fixture.run("numbers.missing", c, "The 2019 budget", "Бюджет, ухвалений у червні 2019 року").isEmpty());
  }

  // ---------------------------------------------------------------- ranges of days, compared day by day

  @Test
  void aRangeWithAnEndMovedIsAnError() {
    String src = "A two-day storm swept the north on 18–19 June.";
    // every way a locale writes a range: a dash, CLDR's "and", its range words, a CJK day word on both ends
    String[][] ok = {
      {"ru", "Двухдневная буря прошла по северу 18–19 июня.", "Двухдневная буря прошла по северу 18–20 июня.", "18–20 июня"},
      {"uk", "Дводенна буря пройшла північчю 18–19 червня.", "Дводенна буря пройшла північчю 18–20 червня.", "18–20 червня"},
      {"pl", "Dwudniowa burza przeszła 18–19 czerwca.", "Dwudniowa burza przeszła 18–20 czerwca.", "18–20 czerwca"},
      {"de", "Ein Sturm fegte am 18. und 19. Juni über den Norden.", "Ein Sturm fegte am 18. und 20. Juni über den Norden.",
          "18. und 20. Juni"},
      {"fr", "Une tempête a balayé le nord les 18 et 19 juin.", "Une tempête a balayé le nord les 18 et 20 juin.",
          "18 et 20 juin"},
      {"ja", "嵐は6月18日から19日にかけて北部を襲った。", "嵐は6月18日から20日にかけて北部を襲った。", "6月18日から20日"},
      {"zh", "风暴于6月18日至19日袭击北部。", "风暴于6月18日至20日袭击北部。", "6月18日至20日"},
      // no data file: the word of CLDR's interval format (۱۸ تا ۱۹)
      {"fa", "طوفان ۱۸ تا ۱۹ ژوئن شمال را درنوردید.", "طوفان ۱۸ تا ۲۰ ژوئن شمال را درنوردید.", "۱۸ تا ۲۰ ژوئن"},
    };
    for (String[] t : ok) {
      CheckContext c = ctx("en", t[0]);
      assertNoDateFinding(c, src, t[1]);
      assertOne("dates.missing", Severity.ERROR, c, src, t[2], t[3], "18–19 June");
    }
    // the first day moved, and English as the target
    assertOne("dates.missing", Severity.ERROR, ctx("en", "ru"), src, "Буря прошла 17–19 июня.", "17–19 июня", "18–19 June");
    assertOne("dates.missing", Severity.ERROR, ctx("ru", "en"), "Буря прошла 18–19 июня.", "The storm hit on 18–20 June.",
        "18–20 June", "18–19 июня");
    // a range given as one of its days is less, not another date; a second range of the source explains the wider one
    assertOne("dates.missing", Severity.WARNING, ctx("en", "ru"), src, "Буря прошла 18 июня.", "18 июня", "gives only");
    assertNoDateFinding(ctx("en", "de"), "The fair runs on 18–20 June; the storm came on 18–19 June.",
        "Die Messe läuft vom 18. bis 20. Juni; der Sturm kam am 18. und 19. Juni.");
    // a single day inside a range of the translation is still covered, as before
    assertNoDateFinding(ctx("en", "ru"), "The talks on 19 June", "Переговоры 18–20 июня, в том числе 19 июня");
  }

  // ---------------------------------------------------------------- a day of the month written alone (CJK)

  @Test
  void aDayWrittenAloneInJapaneseIsADate() {
    CheckContext c = ctx("en", "ja"); // published Wednesday, 19 June 2024
    // a range of days without the month, as Japanese news writes the current month
    assertNoDateFinding(c, "A storm hit the north on 18–19 June.", "嵐は18日から19日にかけて北部を襲った。");
    assertOne("dates.missing", Severity.ERROR, c, "A storm hit the north on 18–19 June.", "嵐は18日から20日にかけて北部を襲った。",
        "18日から20日", "18–19 June");
    // the weekday in brackets after a day: checked against the calendar of the month of publication
    assertNoDateFinding(c, "The train was due in Moscow on Friday, 21 June.", "列車は21日（金）にモスクワに到着する予定だった。");
    assertOne("dates.weekday-date", Severity.ERROR, c, "The train was due in Moscow on Friday, 21 June.",
        "列車は21日（木）にモスクワに到着する予定だった。", "木", "2024-06-21");
    // a weekday of the source written as the day of the month (19日早朝 for early Wednesday morning)
    assertNoDateFinding(c, "Putin arrived early Wednesday morning.", "プーチン大統領は19日早朝、到着した。");
    assertOne("dates.weekday", Severity.ERROR, c, "Putin arrived early Wednesday morning.", "プーチン大統領は20日早朝、到着した。",
        "20日", "Wednesday");
    // a day with another day of the source's date
    assertNoDateFinding(c, "The company said on 19 June.", "同社は19日、発表した。");
    assertOne("dates.missing", Severity.ERROR, c, "The company said on 19 June.", "同社は20日、発表した。", "20日", "19 June");
    // a number of days is no date: 2日間, 3日に1回
    assertQuiet("dates.missing", c, "A storm hit the north on 18–19 June.", "2日間の嵐は18日から19日にかけて北部を襲った。");
    assertTrue(dates(c, "Ministers met on Wednesday; they meet every three days.", "閣僚は水曜に会談した。3日に1回会合する。")
        .isEmpty());
    // without a publication date the calendar cannot tell which month: only the source can
    CheckContext undated = CheckContext.of(Fixture.LOCALES, "en", "ja", null, Fixture.GLOSSARY);
    assertNoDateFinding(undated, "Putin arrived early Wednesday morning.", "プーチン大統領は20日早朝、到着した。");
    assertOne("dates.weekday", Severity.ERROR, undated, "on Friday, 21 June", "21日（木）", "木", "Friday");
  }

  @Test
  void aDayWrittenAloneInChineseAndKoreanAndAsASource() {
    CheckContext zh = ctx("en", "zh");
    assertNoDateFinding(zh, "Ministers met on Wednesday evening.", "部长们19日晚举行了会谈。");
    assertOne("dates.weekday", Severity.ERROR, zh, "Ministers met on Wednesday evening.", "部长们18日晚举行了会谈。", "18日",
        "Wednesday");
    assertOne("dates.missing", Severity.ERROR, zh, "A storm hit on 18–19 June.", "风暴18日至20日袭击北部。", "18日至20日",
        "18–19 June");
    // a weekday in brackets after a date where CLDR's pattern has none (M月d日EEE): the date's weekday
    assertNoDateFinding(zh, "due in Moscow on Friday, 21 June", "6月21日（星期五）抵达莫斯科");
    assertOne("dates.weekday-date", Severity.ERROR, zh, "due in Moscow on Friday, 21 June", "6月21日（周四）抵达莫斯科", "周四",
        "2024-06-21");
    assertOne("dates.weekday-date", Severity.ERROR, zh, "due in Moscow on Friday, 21 June", "21日（周四）抵达莫斯科", "周四",
        "2024-06-21");
    CheckContext ko = ctx("en", "ko"); // no data file: CLDR's d일 and its day periods
    assertNoDateFinding(ko, "Ministers met on Wednesday afternoon.", "장관들은 19일 오후 회담했다.");
    assertOne("dates.weekday", Severity.ERROR, ko, "Ministers met on Wednesday afternoon.", "장관들은 20일 오후 회담했다.",
        "20일", "Wednesday");
    // Japanese as the source: its day is a Wednesday by the publication date
    CheckContext jaEn = ctx("ja", "en");
    assertNoDateFinding(jaEn, "同社は19日、発表した。", "The company said on Wednesday.");
    assertOne("dates.weekday", Severity.ERROR, jaEn, "同社は19日、発表した。", "The company said on Thursday.", "Thursday",
        "19日");
    assertOne("dates.missing", Severity.ERROR, jaEn, "嵐は18日から19日にかけて続いた。", "The storm lasted from 18 to 20 June.",
        "18 to 20 June", "18日から19日");
  }

  @Test
  void aYearOfTheSourceGivenAsAPlainNumberIsCompared() {
    // Russian, Ukrainian and Polish mark a year with a word (2024 год), English writes it bare
    String[][] cases = {
      {"ru", "«Медуза» пережила 2024 год благодаря читателям!"},
      {"uk", "«Медуза» пережила 2024 рік завдяки читачам!"},
      {"pl", "„Meduza” przetrwała rok 2024 dzięki czytelnikom!"},
    };
    for (String[] c : cases) {
      CheckContext ctx = ctx(c[0], "en");
      assertOne("dates.missing", Severity.ERROR, ctx, c[1], "Meduza survived 2023 thanks to its readers!", "2023", "2024");
      assertNoDateFinding(ctx, c[1], "Meduza survived 2024 thanks to its readers!");
      assertOne("dates.missing", Severity.WARNING, ctx, c[1], "Meduza survived the year thanks to its readers!", null,
          "not in the translation");
    }
    // the same change the other way is numbers.missing's: 2024 is a plain number in English
    assertOne("numbers.missing", Severity.ERROR, ctx("en", "ru"), "Meduza survived 2024 thanks to its readers!",
        "«Медуза» пережила 2023 год благодаря читателям!", "2023", "2024");
    // German writes both years and counts of four digits bare: 2018 may be either, so only a warning
    List<Finding> found = dates(ctx("ru", "de"), "В 2019 году закон приняли.", "Das Gesetz wurde 2018 verabschiedet.");
    assertEquals(1, found.size(), found::toString);
    assertEquals(Severity.WARNING, found.get(0).severity());
  }
}
