package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * A capitalised word one letter away from a glossary name (Кормилицына for Кормильцына, Пхенъян for
 * Пхеньян) that is none of its forms. Edits in the last three letters are ignored: those are case
 * endings (Россиян is not a misspelt Россия).
 */
public final class NearMissCheck implements Check {

  @Override
  public String id() {
    return "names.near-miss";
  }

  @Override
  public String title() {
    return "A word looks like a misspelt glossary name";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    TermIndex index = story.targetNames();
    for (Token t : unit.target().tokens()) {
      if (t.length() < 6 || !t.capitalised() || TermIndex.covers(unit.targetNames(), t.start()) || index.knows(t)
          || !t.singleScript()) {
        continue;
      }
      int max = t.length() >= 10 ? 2 : 1;
      // the closest spelling; of equally close ones, the glossary's first
      TermIndex.Word best = null;
      int bestDistance = max + 1;
      for (TermIndex.Word w : index.wordsStartingWith(t.text().charAt(0))) {
        int d = Edits.distance(t.text(), w.text(), max);
        if (d < bestDistance && Edits.differInStem(t.text(), w.text(), 3)) {
          best = w;
          bestDistance = d;
        }
      }
      if (best != null) {
        out.add(unit.finding(this, Severity.WARNING, t.start(), t.end(),
            unit.pair().target().substring(t.start(), t.end()) + " looks like a misspelling of " + best.text()
                + " (" + best.concept().preferred() + ")", best.text()));
      }
    }
  }
}
