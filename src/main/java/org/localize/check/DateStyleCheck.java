package org.localize.check;

import java.util.List;
import java.util.Locale;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * House date style of the target locale: no ordinal suffix on the day (June 19th, 19-го июня), the
 * house spelling of a month next to a day (AP: Sept. 19, June 19), and month and weekday names in
 * the locale's capitalisation (19 Июня is wrong mid-sentence).
 */
public final class DateStyleCheck implements Check {

  @Override
  public String id() {
    return "dates.style";
  }

  @Override
  public String title() {
    return "A date does not follow the target locale's house style";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    DateVocabulary v = story.targetTools().dates();
    Locale l = story.targetTools().data().locale().toLocale();
    boolean house = !story.targetTools().data().dates().monthsWithDay().isEmpty();
    String raw = unit.pair().target();
    for (DateMention d : unit.targetDates()) {
      if (!d.sure()) {
        continue; // may not be a date at all (Mars 2020)
      }
      if (d.ordinalStart() >= 0) {
        out.add(unit.finding(this, Severity.WARNING, d.ordinalStart(), d.ordinalEnd(),
            "no ordinal suffix after the day in " + language(story) + " dates", ""));
      }
      if (d.month() > 0 && d.monthStart() >= 0 && d.monthKind() != DateVocabulary.MonthKind.NUMERIC) {
        String month = raw.substring(d.monthStart(), d.monthEnd());
        boolean monthCaseIssue = d.monthKind() != DateVocabulary.MonthKind.FORMAT
            && d.monthKind() != DateVocabulary.MonthKind.FORMAT_ABBR && d.monthKind() != DateVocabulary.MonthKind.HOUSE;
        if (house && d.hasDay() && !monthCaseIssue && !month.equals(v.monthWithDay(d.month()))
            && !month.toLowerCase(l).equals(v.monthWithDay(d.month()).toLowerCase(l))) {
          out.add(unit.finding(this, Severity.WARNING, d.monthStart(), d.monthEnd(),
              "house style writes this month as " + v.monthWithDay(d.month()) + " next to a day", v.monthWithDay(d.month())));
        }
        capitalisation(unit, d.monthStart(), d.monthEnd(), v, l, out);
      }
      if (d.weekdayStart() >= 0) {
        capitalisation(unit, d.weekdayStart(), d.weekdayEnd(), v, l, out);
      }
    }
  }

  private void capitalisation(Unit unit, int start, int end, DateVocabulary v, Locale l, List<Finding> out) {
    String word = unit.pair().target().substring(start, end);
    if (word.isEmpty()) {
      return;
    }
    boolean upper = Character.isUpperCase(word.charAt(0));
    if (v.lowercaseNames() && upper && !unit.target().sentenceStart(start)) {
      out.add(unit.finding(this, Severity.WARNING, start, end, "month and weekday names are lower-case here",
          word.toLowerCase(l)));
    }
  }

  private static String language(Story story) {
    return story.context().targetLocale().getDisplayLanguage(com.ibm.icu.util.ULocale.ENGLISH);
  }
}
