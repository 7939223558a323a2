package org.localize.check;

/**
 * A date found in a text: day (0 if none; {@code dayTo} the last day of a range such as 18–19
 * June, else 0), month (1–12, 0 if none), year (0 if none), weekday (ICU day-of-week 1 = Sunday …
 * 7, 0 if none), and the spans of its parts (-1 if absent).
 *
 * <p>A mention has at least one of these: day and month (19 June), month and year (June 2024), a
 * month alone (in June), a year alone (in 2024, 2024 року, 2024年), a weekday alone (в среду).
 *
 * @param monthKind which spelling of the month was used
 * @param weekdayForms index of the weekday form list the weekday came from (for suggestions)
 * @param sure false when a word of it is also a common word (Czech "ve středu" is also "in the
 *     centre") or its shape is also something else (19.06 may be a time): such a mention confirms a
 *     date of the other side but never contradicts one
 */
public record DateMention(
    int start,
    int end,
    int day,
    int dayTo,
    int month,
    int year,
    int weekday,
    int monthStart,
    int monthEnd,
    DateVocabulary.MonthKind monthKind,
    int ordinalStart,
    int ordinalEnd,
    int weekdayStart,
    int weekdayEnd,
    int weekdayForms,
    int yearStart,
    int yearEnd,
    boolean sure) {

  /** A weekday standing alone (в среду, on Wednesday, Mittwochabend). */
  static DateMention weekday(int start, int end, int weekday, int weekdayEnd, int list, boolean sure) {
    return new DateMention(start, end, 0, 0, 0, 0, weekday, -1, -1, null, -1, -1, start, weekdayEnd, list, -1, -1, sure);
  }

  /** A month standing alone (in June, в июне, 7月). */
  static DateMention month(int start, int end, int month, DateVocabulary.MonthKind kind, int monthEnd, boolean sure) {
    return new DateMention(start, end, 0, 0, month, 0, 0, start, monthEnd, kind, -1, -1, -1, -1, -1, -1, -1, sure);
  }

  /** A year standing alone, with its marker (in 2024, 2024 року, 2024年). */
  static DateMention year(int start, int end, int year, int yearStart, int yearEnd) {
    return new DateMention(start, end, 0, 0, 0, year, 0, -1, -1, null, -1, -1, -1, -1, -1, yearStart, yearEnd, true);
  }

  /** A span that holds no date values (the part of a date the number reader must not read). */
  static DateMention span(int start, int end) {
    return new DateMention(start, end, 0, 0, 0, 0, 0, -1, -1, null, -1, -1, -1, -1, -1, -1, -1, false);
  }

  public boolean hasDay() {
    return day > 0;
  }

  public boolean hasMonth() {
    return month > 0;
  }

  public boolean hasYear() {
    return year > 0;
  }

  public boolean hasWeekday() {
    return weekday > 0;
  }

  /** The last day of the mention: {@code dayTo} for a range, else {@code day}. */
  public int lastDay() {
    return dayTo > 0 ? dayTo : day;
  }

  /** A weekday with no date (в среду). */
  public boolean weekdayAlone() {
    return weekday > 0 && month == 0 && year == 0 && day == 0;
  }

  /** A month with no day and no year (in June). */
  public boolean monthAlone() {
    return month > 0 && day == 0 && year == 0;
  }

  /** A year with no month (in 2024). */
  public boolean yearAlone() {
    return year > 0 && month == 0;
  }
}
