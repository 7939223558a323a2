package org.localize.check;

import java.util.List;
import java.util.Locale;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * After a day number the month takes the form CLDR calls "format" (Russian genitive: 19 июня,
 * Ukrainian 19 червня, Polish 19 czerwca, Czech 19. června), not the stand-alone nominative (19
 * июнь, 19 червень) or a case form of the locale data (19 июне, 19 червні). Silent for locales
 * whose forms coincide, such as English or German.
 */
public final class MonthCaseCheck implements Check {

  @Override
  public String id() {
    return "dates.month-case";
  }

  @Override
  public String title() {
    return "The month after a day number is in the wrong grammatical case";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    DateVocabulary v = story.targetTools().dates();
    Locale l = story.targetTools().data().locale().toLocale();
    for (DateMention d : unit.targetDates()) {
      if (!d.hasDay() || !d.sure() || d.monthKind() == null || d.monthStart() < 0) {
        continue;
      }
      // abbreviations are left alone: de "Sep" and "Sept." differ in style, not in case
      boolean wrongKind = d.monthKind() == DateVocabulary.MonthKind.STANDALONE || d.monthKind() == DateVocabulary.MonthKind.CASE;
      if (!wrongKind) {
        continue; // a format form or an abbreviation (most dates): nothing to read
      }
      String written = unit.target().folded().substring(d.monthStart(), d.monthEnd()).toLowerCase(l);
      boolean accepted = v.formatMonthForms(d.month()).stream().anyMatch(f -> f.toLowerCase(l).equals(written));
      if (!accepted) {
        out.add(unit.finding(this, Severity.ERROR, d.monthStart(), d.monthEnd(),
            "after a day number the month is written " + v.monthWithDay(d.month()),
            v.monthWithDay(d.month())));
      }
    }
  }
}
