package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A translation identical to its source although the source has words that need translating,
 * i.e. words that are not glossary names allowed in any script (a credit "Sputnik / AFP" is fine).
 */
public final class UntranslatedCheck implements Check {

  @Override
  public String id() {
    return "completeness.untranslated";
  }

  @Override
  public String title() {
    return "The translation is a copy of the source";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    if (unit.target().raw().isBlank() || !unit.target().folded().strip().equals(unit.source().folded().strip())) {
      return;
    }
    boolean[] covered = new boolean[unit.source().raw().length()];
    for (TermIndex.Match m : unit.sourceNames()) {
      for (int i = m.start(); i < m.end(); i++) {
        covered[i] = true;
      }
    }
    for (TermIndex.Match m : unit.targetNames()) { // names accepted in the target as written
      for (int i = m.start(); i < m.end() && i < covered.length; i++) {
        covered[i] = m.kind() == TermIndex.Kind.ACCEPTED || covered[i];
      }
    }
    boolean words = unit.source().tokens().stream()
        .anyMatch(t -> t.length() > 1 && !covered[t.start()]);
    boolean sameScript = story.sourceTools().script() == story.targetTools().script();
    if (words && (!sameScript || unit.source().tokens().size() > 1)) {
      out.add(unit.finding(this, Severity.WARNING, 0, unit.pair().target().length(),
          "the translation is identical to the source", null));
    }
  }
}
