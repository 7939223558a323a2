package org.localize.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.ConceptForms;

/**
 * A form the language does not have: a name of the source written in the translation as its stem
 * plus a case ending that its paradigm never gives it (Кореу for Корею; Риджу for a woman whose
 * surname does not decline). An error, but only where the paradigm data was sure of the name's
 * forms (its gender known or irrelevant), only for names the source unit mentions, and never at
 * the start of a sentence, where a capitalised word may be an unrelated one.
 */
public final class NameFormCheck implements Check {

  @Override
  public String id() {
    return "names.form";
  }

  @Override
  public String title() {
    return "A name is in a form its language does not have";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    Set<String> endings = story.targetTools().data().names().inflector().endings();
    if (endings.isEmpty() || unit.sourceNames().isEmpty()) {
      return;
    }
    TermIndex index = story.targetNames();
    Set<String> seen = new HashSet<>();
    for (TermIndex.Match m : unit.sourceNames()) {
      if (m.kind() != TermIndex.Kind.ACCEPTED || !seen.add(m.concept().concept().id())) {
        continue;
      }
      ConceptForms target = index.concept(m.concept().concept().id());
      if (target == null || !target.confident() || !target.stems().isEmpty()) {
        continue;
      }
      Set<String> words = index.acceptedWords(target);
      for (Token t : unit.target().tokens()) {
        if (t.length() < 3 || !t.capitalised() || !t.singleScript() || TermIndex.covers(unit.targetNames(), t.start())
            || index.knows(t) || unit.target().sentenceStart(t.start())) {
          continue;
        }
        String form = closest(t.text(), words, endings);
        if (form != null) {
          out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(), unit.pair().target().substring(t.start(), t.end())
              + " is not a form of " + target.preferred() + (indeclinable(form, words) ? " (it does not decline)" : "")
              + "; its forms include " + form, form));
        }
      }
    }
  }

  /** The accepted word that {@code word} wrongly inflects (its stem plus a foreign ending), or null. */
  private static String closest(String word, Set<String> words, Set<String> endings) {
    String best = null;
    int bestPrefix = 0;
    for (String f : words) {
      if (f.length() < 3 || f.charAt(0) != word.charAt(0)) {
        continue;
      }
      int p = 0;
      while (p < f.length() && p < word.length() && f.charAt(p) == word.charAt(p)) {
        p++;
      }
      int rest = word.length() - p;
      if (p >= 3 && p >= f.length() - 2 && rest >= 1 && rest <= 3
          && endings.contains(word.substring(p).toLowerCase(java.util.Locale.ROOT)) && p > bestPrefix) {
        best = f;
        bestPrefix = p;
      }
    }
    return best;
  }

  private static boolean indeclinable(String form, Set<String> words) {
    String head = form.substring(0, 3);
    return words.stream().filter(w -> w.startsWith(head)).allMatch(w -> w.equals(form));
  }
}
