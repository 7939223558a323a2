package org.localize.check;

import java.time.LocalDate;
import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/** A weekday next to a date must be that date's weekday (во вторник, 19 июня 2024 is wrong); the date must exist. */
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

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    DateVocabulary vocab = story.targetTools().dates();
    for (DateMention d : unit.targetDates()) {
      if (!d.hasDay()) {
        continue;
      }
      if (!DateFacts.possible(d)) {
        out.add(unit.finding(this, Severity.ERROR, d.start(), d.end(),
            DateFacts.quote(unit.target(), d) + " does not exist", null));
        continue;
      }
      LocalDate date = DateFacts.resolve(d, story);
      if (!d.hasWeekday() || date == null) {
        continue;
      }
      int actual = DateFacts.weekday(date);
      if (actual != d.weekday()) {
        out.add(unit.finding(this, Severity.ERROR, d.weekdayStart(), d.weekdayEnd(),
            date + " is a " + vocab.weekdayName(actual) + ", not " + vocab.weekdayName(d.weekday())
                + (d.year() == 0 ? " (year taken from the publication date)" : ""),
            vocab.weekdayLike(actual, d.weekdayForms())));
      }
    }
  }
}
