package org.localize.check;

/**
 * A date found in a text: day (0 if none), month (1–12, 0 for a weekday alone), year (0 if none),
 * weekday (ICU day-of-week 1 = Sunday … 7, 0 if none), and the spans of its parts (-1 if absent).
 *
 * @param monthKind which spelling of the month was used
 * @param weekdayForms index of the weekday form list the weekday came from (for suggestions)
 */
public record DateMention(
    int start,
    int end,
    int day,
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
    int weekdayForms) {

  public boolean hasDay() {
    return day > 0;
  }

  public boolean hasWeekday() {
    return weekday > 0;
  }

  public boolean weekdayAlone() {
    return month == 0 && weekday > 0;
  }
}
