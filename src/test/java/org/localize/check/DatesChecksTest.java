package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.localize.check.Fixture.assertOne;
import static org.localize.check.Fixture.assertQuiet;
import static org.localize.check.Fixture.enRu;
import static org.localize.check.Fixture.ruEn;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextFormat;

class DatesChecksTest {

  private static List<DateMention> ruDates(String text) {
    Story s = Fixture.VALIDATOR.prepare(List.of(Fixture.pair("x", text)), enRu());
    return s.units().get(0).targetDates();
  }

  @Test
  void detectsRussianDatesAndSkipsTheTraps() {
    List<DateMention> found = ruDates("в среду, 19\u00A0июня 2024 года и в мае 2025 года");
    assertEquals(2, found.size(), found::toString);
    assertEquals(19, found.get(0).day());
    assertEquals(6, found.get(0).month());
    assertEquals(2024, found.get(0).year());
    assertEquals(4, found.get(0).weekday());
    assertEquals(5, found.get(1).month());
    for (String trap : List.of("Марта и Мая пришли", "заботиться об окружающую среду", "в этой среде", "в 2025-м",
        "около 24 лет", "в 1,5 раза", "2000 человек")) {
      assertEquals(List.of(), ruDates(trap), trap);
    }
    // a year with its year word is a date (a year alone); the number checks still see it in a translation
    List<DateMention> year = ruDates("пережила 2024 год");
    assertEquals(1, year.size(), year::toString);
    assertEquals(2024, year.get(0).year());
    assertEquals(0, year.get(0).month());
  }

  @Test
  void shiftedDayFiresOnTheTargetDate() {
    Finding f = assertOne("dates.missing", Severity.ERROR, enRu(), "He left on June 19.", "Он уехал в среду, 18 июня.",
        "среду, 18 июня", "June 19");
    assertEquals("19 июня", f.suggestion());
  }

  @Test
  void changedYearFires() {
    assertOne("dates.missing", Severity.ERROR, enRu(), "on June 19, 2024", "19 июня 2023 года", "19 июня 2023 года", "2024");
  }

  @Test
  void sameDateInTargetFormsIsQuiet() {
    assertQuiet("dates.missing", enRu(), "on June 19", "19 июня 2024 года");
    assertQuiet("dates.missing", enRu(), "on June 19", "19\u00A0июня");
    assertQuiet("dates.missing", enRu(), "on June 19, 2024", "в среду, 19 июня"); // year of publication dropped
    assertQuiet("dates.missing", enRu(), "Sept. 12", "12 сент.");
    assertQuiet("dates.missing", ruEn(), "19 июня 2024 года", "June 19, 2024");
  }

  @Test
  void monthCaseAfterDay() {
    Finding f = assertOne("dates.month-case", Severity.ERROR, enRu(), "June 19", "19 июнь", "июнь", "июня");
    assertEquals("июня", f.suggestion());
    assertOne("dates.month-case", Severity.ERROR, enRu(), "June 19", "19 июне", "июне", "июня");
    assertQuiet("dates.month-case", enRu(), "in June", "в июне");
    assertQuiet("dates.month-case", enRu(), "in May 2000", "В мае 2000 года");
    assertQuiet("dates.month-case", enRu(), "Jun 19", "19 июн.");
    assertQuiet("dates.month-case", enRu(), "June 2024", "июнь 2024 года");
  }

  @Test
  void weekdayNextToDateMustMatchTheCalendar() {
    Finding f = assertOne("dates.weekday-date", Severity.ERROR, enRu(), "on Wednesday, June 19",
        "во вторник, 19 июня 2024 года", "вторник", "среда");
    assertEquals("среду", f.suggestion());
    assertQuiet("dates.weekday-date", enRu(), "on Wednesday, June 19", "в среду, 19 июня");
    assertOne("dates.weekday-date", Severity.ERROR, ruEn(), "в среду, 19 июня", "on Tuesday, June 19, 2024",
        "Tuesday", "Wednesday");
    assertOne("dates.weekday-date", Severity.ERROR, enRu(), "June 31", "31 июня", "31 июня", "does not exist");
  }

  @Test
  void weekdayParity() {
    assertOne("dates.weekday", Severity.ERROR, enRu(), "arrived early Wednesday morning", "прилетел во вторник утром",
        "вторник", "Wednesday");
    assertQuiet("dates.weekday", enRu(), "arrived early Wednesday morning", "прилетел рано утром в среду");
    assertQuiet("dates.weekday", enRu(), "arrived early Wednesday morning", "прилетел рано утром 19 июня");
    assertOne("dates.weekday", Severity.ERROR, enRu(), "arrived early Wednesday morning", "прилетел рано утром 18 июня",
        "18 июня", "Wednesday");
    // a weekday left out is an omission, not a contradiction: a warning
    assertOne("dates.weekday", Severity.WARNING, enRu(), "arrived on Wednesday", "прилетел утром", null, "Wednesday");
  }

  @Test
  void environmentIsNotWednesday() {
    assertQuiet("dates.weekday", enRu(), "care for the environment", "забота об окружающую среду");
    assertQuiet("dates.published", enRu(), "care for the environment", "в этой среде все иначе");
  }

  @Test
  void tuesdayInMoscowIsWednesdayInPyongyang() {
    // 03:00 on Wednesday in Pyongyang is 21:00 on Tuesday in Moscow, where the story is dated
    CheckContext ctx = CheckContext.of(Fixture.LOCALES, "ru", "en",
        OffsetDateTime.parse("2024-06-18T21:30:00+03:00"), Fixture.GLOSSARY);
    for (String id : List.of("dates.weekday", "dates.published", "dates.weekday-date")) {
      assertQuiet(id, ctx, "Путин прилетел в Пхеньян в среду ночью", "Putin arrived in Pyongyang on Wednesday night");
      assertQuiet(id, ctx, "Путин прилетел в Пхеньян сегодня ночью", "Putin arrived in Pyongyang early Wednesday");
    }
  }

  @Test
  void weekdayTheSourceDoesNotGiveIsCheckedAgainstPublication() {
    Finding f = assertOne("dates.published", Severity.WARNING, enRu(), "Putin arrived today", "Путин прилетел в пятницу",
        "пятницу", "publication");
    assertEquals("среду", f.suggestion());
    assertQuiet("dates.published", enRu(), "Putin arrived today", "Путин прилетел в среду");
  }

  @Test
  void houseStyle() {
    assertOne("dates.style", Severity.WARNING, ruEn(), "19 июня", "June 19th", "th", "ordinal");
    Finding f = assertOne("dates.style", Severity.WARNING, ruEn(), "19 сентября", "Sep. 19", "Sep.", "Sept.");
    assertEquals("Sept.", f.suggestion());
    assertOne("dates.style", Severity.WARNING, ruEn(), "19 сентября", "September 19", "September", "Sept.");
    assertQuiet("dates.style", ruEn(), "19 сентября", "Sept. 19");
    assertQuiet("dates.style", ruEn(), "19 июня", "June 19");
    assertQuiet("dates.style", ruEn(), "в июне 2024 года", "in June 2024");
    assertOne("dates.style", Severity.WARNING, enRu(), "June 19", "Это было 19 Июня", "Июня", "lower-case");
    assertOne("dates.style", Severity.WARNING, enRu(), "June 19", "Это было 19-го июня", "-го", "ordinal");
    assertQuiet("dates.style", enRu(), "June 19", "Июнь выдался жарким, а 19 июня");
  }

  @Test
  void datesInsideMarkupAreIgnored() {
    List<Finding> found = Fixture.VALIDATOR.validate(List.of(new org.localize.unit.TextPair("/lead", "lead",
        TextFormat.HTML, "<a href=\"https://x.org/2024/06/18/a\">deal</a> on June 19",
        "<a href=\"https://x.org/2024/06/17/a\">сделка</a> 19 июня", 0)), enRu());
    assertTrue(found.stream().noneMatch(f -> f.check().startsWith("dates.") || f.check().startsWith("numbers.")),
        found::toString);
  }
}
