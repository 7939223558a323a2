package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * Every date of the source (day and month, or month and year) is in the translation with the same
 * values, in whatever form the target locale writes it (19 June ≡ 19 июня; a year added is fine).
 */
public final class DateParityCheck implements Check {

  @Override
  public String id() {
    return "dates.missing";
  }

  @Override
  public String title() {
    return "A date of the source is missing or has other values in the translation";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    for (DateMention s : unit.sourceDates()) {
      if (s.month() == 0 || unit.targetDates().stream().anyMatch(t -> same(s, t, story))) {
        continue;
      }
      String was = DateFacts.quote(unit.source(), s);
      String expected = s.hasDay() ? DateFacts.render(story.targetTools(), s.year(), s.month(), s.day()) : null;
      DateMention near = unit.targetDates().stream()
          .filter(t -> t.month() == s.month() || (s.hasDay() && t.day() == s.day())).findFirst().orElse(null);
      if (near != null) {
        out.add(unit.finding(this, Severity.ERROR, near.start(), near.end(),
            "the source has " + was + " but the translation has " + DateFacts.quote(unit.target(), near), expected));
      } else {
        out.add(unit.finding(this, Severity.ERROR, "the date " + was + " of the source is not in the translation", expected));
      }
    }
  }

  private static boolean same(DateMention s, DateMention t, Story story) {
    if (s.month() != t.month() || s.day() != t.day()) {
      return false;
    }
    if (s.year() == 0 || s.year() == t.year()) {
      return true;
    }
    // the year may be dropped when it is the year of publication, as both house styles do
    return t.year() == 0 && story.publishedDate() != null && story.publishedDate().getYear() == s.year();
  }
}
