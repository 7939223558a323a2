package org.localize.check;

import java.time.LocalDate;
import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A weekday that the translation introduces (the source has no weekday or date to compare with,
 * e.g. it says "today") must be within a day of the publication date in the story's time zone; the
 * day of slack covers events in other time zones (Wednesday 03:00 in Pyongyang is Tuesday in Moscow).
 */
public final class PublishedWeekdayCheck implements Check {

  @Override
  public String id() {
    return "dates.published";
  }

  @Override
  public String title() {
    return "A weekday the source does not give is more than a day from the publication date";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    LocalDate published = story.publishedDate();
    if (published == null || !WeekdayParityCheck.weekdays(unit.sourceDates(), story).isEmpty()) {
      return;
    }
    DateVocabulary tv = story.targetTools().dates();
    for (DateMention t : unit.targetDates()) {
      if (!t.weekdayAlone() || !t.sure()) {
        continue; // "Fox News Sunday", "ve středu města": maybe no weekday at all
      }
      boolean near = false;
      for (int delta = -1; delta <= 1; delta++) {
        near |= DateFacts.weekday(published.plusDays(delta)) == t.weekday();
      }
      if (!near) {
        out.add(unit.finding(this, Severity.WARNING, t.start(), t.end(),
            DateFacts.quote(unit.target(), t) + " is not within a day of publication (" + published + ", a "
                + tv.weekdayName(DateFacts.weekday(published)) + ", " + story.context().published().getOffset() + ")",
            tv.weekdayLike(DateFacts.weekday(published), t.weekdayForms())));
      }
    }
  }
}
