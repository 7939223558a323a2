package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * Glossary spellings marked wrong: forbidden variants (Пхеньянг, Ким Чон Ын) are errors,
 * non-house variants (Ким Чонъын) are warnings. One class, two ids: they share the match. A
 * surname in the other gender's form is {@link NameGenderCheck}'s.
 */
public final class NameSpellingCheck implements Check {

  private final TermIndex.Kind kind;
  private final String id;
  private final Severity severity;
  private final String title;

  private NameSpellingCheck(TermIndex.Kind kind, String id, Severity severity, String title) {
    this.kind = kind;
    this.id = id;
    this.severity = severity;
    this.title = title;
  }

  /** names.forbidden */
  public static NameSpellingCheck forbidden() {
    return new NameSpellingCheck(TermIndex.Kind.FORBIDDEN, "names.forbidden", Severity.ERROR,
        "A name is spelled in a way the glossary forbids");
  }

  /** names.variant */
  public static NameSpellingCheck variant() {
    return new NameSpellingCheck(TermIndex.Kind.VARIANT, "names.variant", Severity.WARNING,
        "A name is spelled in an accepted but non-house way");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    for (TermIndex.Match m : unit.targetNames()) {
      if (m.kind() != kind) {
        continue;
      }
      String written = unit.pair().target().substring(m.start(), m.end());
      String preferred = m.concept().preferred();
      String message = kind == TermIndex.Kind.FORBIDDEN ? written + " is a wrong spelling of " + preferred
          : written + " is not the house spelling of " + preferred;
      out.add(unit.finding(this, severity, m.start(), m.end(), message, preferred));
    }
  }
}
