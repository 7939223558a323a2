package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * Glossary spellings marked wrong: forbidden variants (Пхеньянг, Ким Чон Ын) are errors,
 * non-house variants (Ким Чонъын) are warnings, and a surname in the other gender's form next
 * to the given name (Кристина Кормильцын) is an error. One class, three ids: they share the match.
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

  /** names.gender */
  public static NameSpellingCheck gender() {
    return new NameSpellingCheck(TermIndex.Kind.WRONG_GENDER, "names.gender", Severity.ERROR,
        "A surname has the other gender's ending");
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
      String message = switch (kind) {
        case FORBIDDEN -> written + " is a wrong spelling of " + preferred;
        case VARIANT -> written + " is not the house spelling of " + preferred;
        default -> written + ": " + preferred + " is " + m.concept().concept().gender().name().toLowerCase(java.util.Locale.ROOT)
            + ", the surname takes the " + m.concept().concept().gender().name().toLowerCase(java.util.Locale.ROOT) + " ending";
      };
      out.add(unit.finding(this, severity, m.start(), m.end(), message, preferred));
    }
  }
}
