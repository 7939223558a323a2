package org.localize.check;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A weekday of the source must be in the translation, as a weekday in any case form (в среду) or as
 * a date falling on it; a weekday the translation adds must come from the source (its weekdays or
 * the weekdays of its dates).
 */
public final class WeekdayParityCheck implements Check {

  @Override
  public String id() {
    return "dates.weekday";
  }

  @Override
  public String title() {
    return "A weekday differs between source and translation";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    DateVocabulary tv = story.targetTools().dates();
    Set<Integer> sourceDays = weekdays(unit.sourceDates(), story);
    Set<Integer> targetDays = weekdays(unit.targetDates(), story);
    Set<Integer> reported = new HashSet<>();
    for (DateMention s : unit.sourceDates()) {
      if (!s.weekdayAlone() || targetDays.contains(s.weekday())) {
        continue;
      }
      String was = DateFacts.quote(unit.source(), s);
      DateMention wrong = unit.targetDates().stream()
          .filter(t -> t.hasWeekday() || t.hasDay()).findFirst().orElse(null);
      if (wrong != null) {
        reported.add(wrong.start());
        out.add(unit.finding(this, Severity.ERROR, wrong.start(), wrong.end(), "the source says " + was
            + " but the translation has " + DateFacts.quote(unit.target(), wrong),
            wrong.weekdayAlone() ? tv.weekdayLike(s.weekday(), wrong.weekdayForms()) : null));
      } else {
        out.add(unit.finding(this, Severity.ERROR, "the weekday " + was + " of the source is not in the translation",
            tv.weekdayName(s.weekday())));
      }
    }
    if (sourceDays.isEmpty()) {
      return; // nothing to compare with; dates.published looks at these
    }
    for (DateMention t : unit.targetDates()) {
      if (t.weekdayAlone() && !sourceDays.contains(t.weekday()) && !reported.contains(t.start())) {
        out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(),
            DateFacts.quote(unit.target(), t) + " is not a weekday of the source", null));
      }
    }
  }

  /** Weekdays a text names or implies through its dates. */
  static Set<Integer> weekdays(List<DateMention> mentions, Story story) {
    Set<Integer> days = new HashSet<>();
    for (DateMention d : mentions) {
      if (d.hasWeekday()) {
        days.add(d.weekday());
      }
      LocalDate date = DateFacts.resolve(d, story);
      if (date != null) {
        days.add(DateFacts.weekday(date));
      }
    }
    return days;
  }
}
