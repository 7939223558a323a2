package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/** A unit with text in the source and no translation (null, empty or only spaces). */
public final class MissingTranslationCheck implements Check {

  @Override
  public String id() {
    return "completeness.missing";
  }

  @Override
  public String title() {
    return "A source string has no translation";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public boolean needsTarget() {
    return false;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    if (unit.source().tokens().isEmpty() && unit.source().masked().chars().noneMatch(Character::isDigit)) {
      return; // nothing to translate: markup or punctuation only
    }
    String target = unit.pair().target();
    if (target == null) {
      out.add(unit.finding(this, Severity.ERROR, "no translation", null));
    } else if (target.isBlank()) {
      out.add(unit.finding(this, Severity.ERROR, "the translation is empty", null));
    }
  }
}
