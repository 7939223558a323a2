package org.localize.check;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * Every date of the source (day and month, month and year, a month or a year alone) is in the
 * translation with the same values, in whatever form the target locale writes it (19 June ≡ 19
 * июня ≡ 19. Juni ≡ 6月19日; a year added is fine).
 *
 * <p>Severity follows what can be proved. An error: the translation has, in place of the source's
 * date, one with another day, month or year that no date of the source explains (June 19 → 18
 * июня; in 2019 → в 2018 году). A warning: the date is missing, or the translation gives less of
 * it (only the month; the year left out when it is not the year of publication), or the only
 * candidate is a word that is also something else.
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
    List<DateMention> src = unit.sourceDates();
    if (src.isEmpty()) {
      return;
    }
    List<DateMention> tgt = unit.targetDates();
    // by identity: a mention of the translation reported once is not reported again (made at the
    // first date the translation does not match: most units have none)
    Set<DateMention> reported = null;
    YearCandidates years = null; // made at the first date whose year a lone number may have replaced
    for (DateMention s : src) {
      boolean alone = DateFacts.dayAlone(s);
      if ((!s.hasMonth() && !s.hasYear() && !alone) || !s.sure()) {
        continue; // a weekday alone is for dates.weekday; a word that may be a name proves nothing
      }
      if (matched(s, tgt, unit, story)) {
        continue;
      }
      if (reported == null) {
        reported = Collections.newSetFromMap(new IdentityHashMap<>());
      }
      Set<DateMention> seen = reported;
      String was = DateFacts.quote(unit.source(), s);
      String expected = s.hasDay() && s.hasMonth() ? DateFacts.render(story.targetTools(), s.year(), s.month(), s.day()) : null;
      // a range of days with an end moved (18–19 June → 18–20 июня, 18. und 20. Juni, 18日から20日):
      // the two ranges share a day, so they render the same dates, and one end differs
      DateMention moved = tgt.stream()
          .filter(t -> t.sure() && movedEnd(s, t) && src.stream().noneMatch(o -> sameDays(o, t)) && !seen.contains(t))
          .findFirst().orElse(null);
      if (moved != null) {
        reported.add(moved);
        out.add(unit.finding(this, Severity.ERROR, moved.start(), moved.end(),
            "the source has " + was + " but the translation has " + DateFacts.quote(unit.target(), moved), expected));
        continue;
      }
      DateMention partial = tgt.stream().filter(t -> compatible(s, t)).findFirst().orElse(null);
      if (partial != null) {
        boolean yearLeftOut = s.hasYear() && !partial.hasYear() && (!s.hasDay() || partial.hasDay())
            && (!s.hasMonth() || partial.hasMonth());
        out.add(unit.finding(this, Severity.WARNING, partial.start(), partial.end(), yearLeftOut
            ? "the translation leaves out the year of " + was + (story.publishedDate() == null ? ""
                : " (the story is dated " + story.publishedDate().getYear() + ")")
            : "the source has " + was + " but the translation gives only " + DateFacts.quote(unit.target(), partial),
            expected));
        continue;
      }
      DateMention foreign = tgt.stream()
          .filter(t -> t.sure() && comparable(s, t) && src.stream().noneMatch(o -> compatible(o, t)))
          .findFirst().orElse(null);
      NumberMention year = null;
      if (foreign == null && s.hasYear()) {
        if (years == null) {
          years = YearCandidates.of(unit, story);
        }
        year = years.instead(s.year());
      }
      if (foreign != null) {
        if (!reported.contains(foreign)) {
          reported.add(foreign);
          out.add(unit.finding(this, Severity.ERROR, foreign.start(), foreign.end(),
              "the source has " + was + " but the translation has " + DateFacts.quote(unit.target(), foreign), expected));
        }
      } else if (year != null) {
        out.add(unit.finding(this, Severity.ERROR, year.start(), year.end(),
            "the source has " + was + " but the translation has " + year.text().trim(), Integer.toString(s.year())));
      } else if (!alone) {
        // a day written alone (ja 20日) is often translated as its weekday or "on Thursday": no omission to report
        out.add(unit.finding(this, Severity.WARNING,
            (s.hasDay() ? "the date " : "") + was + " of the source is not in the translation", expected));
      }
    }
  }

  /**
   * The year the translation writes as a plain number where the source writes {@code s}'s year as
   * a date ("пережила 2024 год" → "survived 2023", which English does not mark as a date): the one
   * number of the translation outside its dates that surely looks like a year (see {@link
   * NumberParityCheck#yearLike}) and that no number or date of the source explains; else null.
   */
  private record YearCandidates(NumberMention first, NumberMention otherValue, int count, Map<Integer, Integer> byValue) {

    /**
     * The translation's numbers that may stand for a source's year, each tested once for the unit:
     * a year-like number in no date whose value is no year of the source's dates and no number of
     * the source; with the first of them, the first of another value, and how many have each value.
     */
    static YearCandidates of(Unit unit, Story story) {
      NumberMention first = null;
      NumberMention other = null;
      int count = 0;
      Map<Integer, Integer> byValue = new HashMap<>();
      for (NumberMention t : unit.targetNumbers()) {
        if (t.has(NumberMention.IN_DATE) || t.value() == null
            || NumberParityCheck.yearLike(t, unit.target(), story.targetTools()) != NumberParityCheck.YearLike.YES) {
          continue;
        }
        int v = t.value().intValue();
        if (unit.sourceDates().stream().anyMatch(d -> d.year() == v)
            || unit.sourceNumbers().stream().anyMatch(n -> n.mayBe(t.value()))) {
          continue;
        }
        if (first == null) {
          first = t;
        } else if (other == null && v != first.value().intValue()) {
          other = t;
        }
        count++;
        byValue.merge(v, 1, Integer::sum);
      }
      return new YearCandidates(first, other, count, byValue);
    }

    /**
     * The one candidate whose value is not {@code year}, or null when there is none or more than
     * one (which stands for the source's year is then a guess). When exactly one is left, either
     * the first candidate is it, or the first has the year's value and the one left is the first
     * of another value.
     */
    NumberMention instead(int year) {
      if (count - byValue.getOrDefault(year, 0) != 1) {
        return null;
      }
      return first.value().intValue() != year ? first : otherValue;
    }
  }

  /**
   * Whether {@code t} renders the range of days {@code s} with one end moved: both are ranges of
   * days in the same month (or one is a day written alone, whose month is the story's), they share
   * a day, their years do not differ, and their first or last days do.
   */
  static boolean movedEnd(DateMention s, DateMention t) {
    return s.dayTo() > 0 && t.dayTo() > 0 && sameMonth(s, t) && overlap(s, t)
        && (s.year() == 0 || t.year() == 0 || s.year() == t.year())
        && (s.day() != t.day() || s.lastDay() != t.lastDay());
  }

  /** Whether both give the same days of the same month (or of a day written alone). */
  private static boolean sameDays(DateMention a, DateMention b) {
    return a.hasDay() && b.hasDay() && sameMonth(a, b) && a.day() == b.day() && a.lastDay() == b.lastDay();
  }

  /** Whether two mentions with days are in the same month, a day written alone (20日) being in any. */
  private static boolean sameMonth(DateMention a, DateMention b) {
    return a.hasDay() && b.hasDay() && (a.month() == b.month() || DateFacts.dayAlone(a) || DateFacts.dayAlone(b));
  }

  private static boolean overlap(DateMention a, DateMention b) {
    return a.day() <= b.lastDay() && b.day() <= a.lastDay();
  }

  /** Whether the translation has everything {@code s} says: its month and days, and its year (or the year is implied). */
  private static boolean matched(DateMention s, List<DateMention> tgt, Unit unit, Story story) {
    if (!s.hasMonth() && !s.hasDay()) {
      return tgt.stream().anyMatch(t -> t.year() == s.year()) || hasYear(unit.target(), s.year());
    }
    for (int day = s.hasDay() ? s.day() : 0; day <= (s.hasDay() ? s.lastDay() : 0); day++) {
      if (!covered(s, day, tgt, unit, story)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a mention of the translation covers day {@code d} of {@code s} (0: its month). A range
   * of the translation covers the source's days only when it stays inside the source's range
   * (18–19 June is not covered by 18–20 июня); a day written alone (20日) is in any month.
   */
  private static boolean covered(DateMention s, int d, List<DateMention> tgt, Unit unit, Story story) {
    for (int i = 0; i < tgt.size(); i++) {
      DateMention t = tgt.get(i);
      if ((d == 0 ? t.month() == s.month() : sameMonth(s, t))
          && (d == 0 || (t.hasDay() && t.day() <= d && d <= t.lastDay()))
          && (d == 0 || s.dayTo() == 0 || t.dayTo() == 0 || (t.day() >= s.day() && t.lastDay() <= s.lastDay()))
          && yearAgrees(s, t, unit, story)) {
        return true;
      }
    }
    return false;
  }

  private static boolean yearAgrees(DateMention s, DateMention t, Unit unit, Story story) {
    if (!s.hasYear() || t.year() == s.year()) {
      return true;
    }
    if (t.hasYear()) {
      return false;
    }
    // the year may be dropped when it is the year of publication, as house styles do, or said elsewhere in the unit
    return (story.publishedDate() != null && story.publishedDate().getYear() == s.year()) || hasYear(unit.target(), s.year());
  }

  /**
   * Whether {@code t} may denote the same date as {@code s}, less precisely: every part both have
   * agrees (days overlap), and they have a part in common.
   */
  static boolean compatible(DateMention s, DateMention t) {
    int shared = 0;
    if (s.hasMonth() && t.hasMonth()) {
      if (s.month() != t.month()) {
        return false;
      }
      shared++;
      if (s.hasDay() && t.hasDay()) {
        if (s.day() > t.lastDay() || t.day() > s.lastDay()) {
          return false;
        }
      }
    } else if (s.hasDay() && t.hasDay() && (DateFacts.dayAlone(s) || DateFacts.dayAlone(t))) {
      if (!overlap(s, t)) {
        return false; // 19 June and 20日
      }
      shared++;
    }
    if (s.hasYear() && t.hasYear()) {
      if (s.year() != t.year()) {
        return false;
      }
      shared++;
    }
    return shared > 0;
  }

  /** Whether {@code t} says something of the same kind as {@code s} (a month, or a year) that can contradict it. */
  private static boolean comparable(DateMention s, DateMention t) {
    return (s.hasMonth() && t.hasMonth()) || (s.hasYear() && t.hasYear())
        || (s.hasDay() && t.hasDay() && (DateFacts.dayAlone(s) || DateFacts.dayAlone(t)));
  }

  /** Whether the text has {@code year} as a number of its own (2020, not 12020 or 2020.5). */
  static boolean hasYear(Text text, int year) {
    if (text == null) {
      return false;
    }
    String s = text.masked();
    String y = Integer.toString(year);
    for (int i = s.indexOf(y); i >= 0; i = s.indexOf(y, i + 1)) {
      int e = i + y.length();
      if ((i == 0 || !Character.isDigit(s.charAt(i - 1))) && (e >= s.length() || !Character.isDigit(s.charAt(e)))) {
        return true;
      }
    }
    return false;
  }
}
