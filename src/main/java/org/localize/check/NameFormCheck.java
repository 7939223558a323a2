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
 * forms (its gender known or irrelevant) or the name's other word stands right before it in an
 * accepted form (Южную Кореу), only for names the source unit mentions, and never at the start
 * of a sentence, where a capitalised word may be an unrelated one.
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
    List<Token> tokens = unit.target().tokens();
    // per token: the first concept it wrongly inflects, or better one whose full name it continues
    java.util.Map<Integer, Object[]> found = new java.util.TreeMap<>();
    for (TermIndex.Match m : unit.sourceNames()) {
      if (m.kind() != TermIndex.Kind.ACCEPTED || !seen.add(m.concept().concept().id())) {
        continue;
      }
      ConceptForms target = index.concept(m.concept().concept().id());
      if (target == null || !target.stems().isEmpty()) {
        continue;
      }
      Set<String> words = index.acceptedWords(target);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.length() < 3 || !t.capitalised() || !t.singleScript() || TermIndex.covers(unit.targetNames(), t.start())
            || index.knows(t) || unit.target().sentenceStart(t.start())) {
          continue;
        }
        String form = closest(t.text(), words, endings);
        if (form == null) {
          continue;
        }
        String previous = i > 0 ? tokens.get(i - 1).text() : null;
        String agreeing = agreeing(form, previous, target);
        if (!target.confident() && agreeing == null) {
          continue; // unsure forms prove nothing, unless the name's own other word shows the case
        }
        Object[] before = found.get(i);
        if (before == null || (before[2] == null && agreeing != null)) {
          found.put(i, new Object[] {target, agreeing != null ? agreeing : form, agreeing, indeclinable(form, words)});
        }
      }
    }
    for (java.util.Map.Entry<Integer, Object[]> e : found.entrySet()) {
      Token t = tokens.get(e.getKey());
      ConceptForms target = (ConceptForms) e.getValue()[0];
      String form = (String) e.getValue()[1];
      out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(), unit.pair().target().substring(t.start(), t.end())
          + " is not a form of " + target.preferred() + ((Boolean) e.getValue()[3] ? " (it does not decline)" : "")
          + "; its forms include " + form, form));
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

  /**
   * The form in the case of the word before it when that word is part of the same name (Южную Кореу:
   * the accusative Южную asks for Корею), else null.
   */
  private static String agreeing(String form, String previous, ConceptForms c) {
    if (previous == null) {
      return null;
    }
    String head = form.substring(0, Math.min(3, form.length()));
    for (String phrase : c.accepted()) {
      int at = phrase.indexOf(previous + " " + head);
      if (at >= 0 && (at == 0 || phrase.charAt(at - 1) == ' ')) {
        String rest = phrase.substring(at + previous.length() + 1);
        int end = rest.indexOf(' ');
        return end < 0 ? rest : rest.substring(0, end);
      }
    }
    return null;
  }

  private static boolean indeclinable(String form, Set<String> words) {
    String head = form.substring(0, 3);
    return words.stream().filter(w -> w.startsWith(head)).allMatch(w -> w.equals(form));
  }
}
