package org.localize.check;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A weekday of the source is in the translation, as a weekday in any form (в среду, w środę,
 * Mittwochabend, 周三) or as a date that falls on it.
 *
 * <p>An error only for a contradiction: the translation names another weekday that no date or
 * weekday of the source gives; a date of the translation falls on another weekday by the calendar
 * (its year written, or the year of publication); or the translation puts another weekday on the
 * same date ("Sunday, July 26" → "понедельник, 26 июля", whatever the year). A missing weekday is
 * a warning; a date in its place whose weekday cannot be worked out (no year, no publication
 * date) is accepted; a weekday the translation adds is a warning.
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
    List<DateMention> src = unit.sourceDates();
    List<DateMention> tgt = unit.targetDates();
    if (!anyWeekday(src) && !anyWeekday(tgt)) {
      return;
    }
    DateVocabulary tv = story.targetTools().dates();
    Set<Integer> sourceDays = weekdays(src, story);
    // by identity: a mention of the translation reported once is not reported again
    Set<DateMention> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    // the same date with another weekday: provable whatever the year (where the calendar can tell,
    // dates.weekday-date reports the translation's weekday instead, once)
    for (DateMention s : src) {
      if (!s.hasWeekday() || !s.hasDay()) {
        continue;
      }
      for (DateMention t : tgt) {
        if (t.hasWeekday() && t.hasDay() && t.sure() && (t.month() == s.month() || DateFacts.dayAlone(t)) && t.day() == s.day()
            && (s.year() == 0 || t.year() == 0 || s.year() == t.year()) && t.weekday() != s.weekday()
            && resolved(t, story) == 0 && !reported.contains(t)) {
          reported.add(t);
          out.add(unit.finding(this, Severity.ERROR, t.weekdayStart(), t.weekdayEnd(), "the source has "
              + DateFacts.quote(unit.source(), s) + " but the translation has " + DateFacts.quote(unit.target(), t),
              tv.weekdayLike(s.weekday(), t.weekdayForms())));
        }
      }
    }
    Set<Integer> targetNamed = new HashSet<>();
    for (DateMention t : tgt) {
      if (t.hasWeekday()) {
        targetNamed.add(t.weekday());
      }
    }
    for (DateMention s : src) {
      if (!s.weekdayAlone() || !s.sure() || targetNamed.contains(s.weekday())) {
        continue;
      }
      if (tgt.stream().anyMatch(t -> resolved(t, story) == s.weekday())) {
        continue;
      }
      String was = DateFacts.quote(unit.source(), s);
      DateMention other = tgt.stream()
          .filter(t -> t.weekdayAlone() && t.sure() && !sourceDays.contains(t.weekday()) && !reported.contains(t))
          .findFirst().orElse(null);
      if (other != null) {
        reported.add(other);
        out.add(unit.finding(this, Severity.ERROR, other.start(), other.end(), "the source says " + was
            + " but the translation has " + DateFacts.quote(unit.target(), other),
            tv.weekdayLike(s.weekday(), other.weekdayForms())));
        continue;
      }
      DateMention wrongDate = tgt.stream()
          .filter(t -> t.sure() && resolved(t, story) > 0 && !sourceDays.contains(resolved(t, story)) && !reported.contains(t)
              && (!DateFacts.dayAlone(t) || noCandidateIs(t, s.weekday(), story)))
          .findFirst().orElse(null);
      if (wrongDate != null) {
        reported.add(wrongDate);
        LocalDate date = DateFacts.resolve(wrongDate, story);
        out.add(unit.finding(this, Severity.ERROR, wrongDate.start(), wrongDate.end(), "the source says " + was
            + " but the translation has " + DateFacts.quote(unit.target(), wrongDate) + ", a "
            + tv.weekdayName(DateFacts.weekday(date)) + (DateFacts.dayAlone(wrongDate) ? " (" + date + ")"
                : wrongDate.hasYear() ? "" : " in " + date.getYear()), null));
        continue;
      }
      if (tgt.stream().anyMatch(DateMention::hasDay)) {
        continue; // a date given for the weekday, whose weekday the calendar cannot tell without a year
      }
      out.add(unit.finding(this, Severity.WARNING, "the weekday " + was + " of the source is not in the translation",
          tv.weekdayName(s.weekday())));
    }
    // a day written alone in the source (ja 19日, a Wednesday by the publication date) translated as
    // another weekday (Thursday): the mirror of a weekday translated as a day
    for (DateMention s : src) {
      if (!DateFacts.dayAlone(s) || !s.sure() || s.dayTo() > 0 || resolved(s, story) == 0
          || targetNamed.contains(resolved(s, story)) || tgt.stream().anyMatch(t -> t.hasDay())) {
        continue;
      }
      DateMention other = tgt.stream()
          .filter(t -> t.weekdayAlone() && t.sure() && !sourceDays.contains(t.weekday()) && !reported.contains(t)
              && noCandidateIs(s, t.weekday(), story))
          .findFirst().orElse(null);
      if (other != null) {
        reported.add(other);
        LocalDate date = DateFacts.resolve(s, story);
        out.add(unit.finding(this, Severity.ERROR, other.start(), other.end(), "the source has "
            + DateFacts.quote(unit.source(), s) + ", a " + story.sourceTools().dates().weekdayName(DateFacts.weekday(date))
            + " (" + date + "), but the translation has " + DateFacts.quote(unit.target(), other),
            tv.weekdayLike(DateFacts.weekday(date), other.weekdayForms())));
      }
    }
    if (sourceDays.isEmpty()) {
      return; // nothing to compare with; dates.published looks at these
    }
    for (DateMention t : tgt) {
      if (t.weekdayAlone() && t.sure() && !sourceDays.contains(t.weekday()) && !reported.contains(t)) {
        out.add(unit.finding(this, Severity.WARNING, t.start(), t.end(),
            DateFacts.quote(unit.target(), t) + " is not a weekday of the source", null));
      }
    }
  }

  /**
   * Whether a day written alone (ja 20日) falls on another weekday than {@code weekday} in each
   * month it may belong to (the month of publication and those either side).
   */
  private static boolean noCandidateIs(DateMention t, int weekday, Story story) {
    return DateFacts.candidates(t.day(), story.publishedDate()).stream().noneMatch(c -> DateFacts.weekday(c) == weekday);
  }

  /** The weekday a date falls on (its year written, or the year of publication), or 0. */
  private static int resolved(DateMention d, Story story) {
    LocalDate date = DateFacts.resolve(d, story);
    return date == null ? 0 : DateFacts.weekday(date);
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

  /** Whether a mention has a weekday (a loop: asked of every unit, most of which have none). */
  private static boolean anyWeekday(List<DateMention> dates) {
    for (int i = 0; i < dates.size(); i++) {
      if (dates.get(i).hasWeekday()) {
        return true;
      }
    }
    return false;
  }
}
