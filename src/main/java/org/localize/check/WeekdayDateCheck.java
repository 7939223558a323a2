package org.localize.check;

import java.time.LocalDate;
import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A weekday next to a date must be that date's weekday (во вторник, 19 июня 2024 is wrong); the
 * date must exist (31 June). The year is the one written; without one, the year of publication:
 * a weekday that fits neither that year nor the one before or after is an error, one that fits
 * only a neighbouring year a warning (the story may look back over New Year). Without a year and a
 * publication date the calendar cannot tell.
 */
public final class WeekdayDateCheck implements Check {

  @Override
  public String id() {
    return "dates.weekday-date";
  }

  @Override
  public String title() {
    return "A weekday next to a date is not that date's weekday, or the date does not exist";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  /**
   * Whether the source gives the same day, month and weekday in another year: then the weekday is
   * the source's and the year is what changed, which dates.missing reports (Saturday, 25 July 2020
   * translated "Saturday, 25 July 2019").
   */
  private static boolean sameDayOtherYear(Unit unit, DateMention d) {
    return unit.sourceDates().stream().anyMatch(s -> s.day() == d.day() && s.month() == d.month()
        && s.weekday() == d.weekday() && s.hasYear() && d.hasYear() && s.year() != d.year());
  }

  /** Whether the source gives the same date with the same weekday. */
  private static boolean sourceSays(Unit unit, DateMention d) {
    return unit.sourceDates().stream().anyMatch(s -> s.day() == d.day() && (s.month() == d.month() || d.month() == 0)
        && s.weekday() == d.weekday() && (s.year() == d.year() || s.year() == 0 || d.year() == 0));
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    DateVocabulary vocab = story.targetTools().dates();
    for (DateMention d : unit.targetDates()) {
      if (!d.hasDay()) {
        continue;
      }
      if (!DateFacts.possible(d)) {
        if (d.sure()) {
          out.add(unit.finding(this, Severity.ERROR, d.start(), d.end(),
              DateFacts.quote(unit.target(), d) + " does not exist", null));
        }
        continue;
      }
      LocalDate date = DateFacts.resolve(d, story);
      if (!d.hasWeekday() || date == null) {
        continue;
      }
      int actual = DateFacts.weekday(date);
      if (actual == d.weekday() || sameDayOtherYear(unit, d)) {
        continue;
      }
      boolean asInSource = sourceSays(unit, d);
      Severity severity = Severity.ERROR;
      String note = "";
      if (DateFacts.dayAlone(d)) {
        // 21日（木）: the month is the one nearest publication; a weekday that fits the month before
        // or after may be a story looking back or ahead
        boolean neighbour = DateFacts.candidates(d.day(), story.publishedDate()).stream()
            .anyMatch(c -> DateFacts.weekday(c) == d.weekday());
        severity = neighbour || !d.sure() ? Severity.WARNING : Severity.ERROR;
        note = " (the month taken from the publication date)";
      } else if (!d.hasYear()) {
        boolean neighbour = false;
        for (int delta : new int[] {-1, 1}) {
          LocalDate other = DateFacts.date(date.getYear() + delta, d.month(), d.day());
          neighbour |= other != null && DateFacts.weekday(other) == d.weekday();
        }
        severity = neighbour || !d.sure() ? Severity.WARNING : Severity.ERROR;
        note = " (year taken from the publication date)";
      } else if (!d.sure()) {
        severity = Severity.WARNING;
      }
      if (asInSource) {
        severity = Severity.WARNING; // the translation says what its source says: the source is the one to check
        note += " (the source has the same date and weekday)";
      }
      out.add(unit.finding(this, severity, d.weekdayStart(), d.weekdayEnd(),
          date + " is a " + vocab.weekdayName(actual) + ", not " + vocab.weekdayName(d.weekday()) + note,
          vocab.weekdayLike(actual, d.weekdayForms())));
    }
  }
}
