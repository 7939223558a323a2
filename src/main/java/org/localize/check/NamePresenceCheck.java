package org.localize.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.ConceptForms;

/**
 * Every glossary concept named in the source is named in the translation by one of its accepted
 * target forms (Путина, с Ким Чен Ыном), or mentioned by a related word (российский for Russia).
 * Always a warning: a translation may drop a name (a caption that says "the leader"), and an
 * omission is not a contradiction the tool can prove. A different person or place in its stead is
 * {@code names.wrong}'s, a misspelling {@code names.misspelt}'s.
 */
public final class NamePresenceCheck implements Check {

  @Override
  public String id() {
    return "names.missing";
  }

  @Override
  public String title() {
    return "A name of the source is not in the translation in an accepted form";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    Map<String, TermIndex.Match> inSource = null; // most units name nobody: no map made for them
    for (TermIndex.Match m : unit.sourceNames()) {
      if (m.kind() != TermIndex.Kind.RELATED) { // "North Korean" does not oblige a translation to name the country
        if (inSource == null) {
          inSource = new LinkedHashMap<>();
        }
        inSource.putIfAbsent(m.concept().concept().id(), m);
      }
    }
    if (inSource == null) {
      return;
    }
    Set<String> inTarget = new java.util.HashSet<>(); // (a loop, not a stream per unit)
    for (TermIndex.Match m : unit.targetNames()) {
      inTarget.add(m.concept().concept().id());
    }
    for (Map.Entry<String, TermIndex.Match> e : inSource.entrySet()) {
      if (inTarget.contains(e.getKey())) {
        continue;
      }
      ConceptForms target = story.targetNames().concept(e.getKey());
      if (target == null) {
        continue; // the glossary has no name for it in the target language
      }
      String written = unit.pair().source().substring(e.getValue().start(), e.getValue().end());
      out.add(unit.finding(this, Severity.WARNING, written + " is in the source but the translation has no form of "
          + target.preferred() + (target.confident() ? "" : " (its derived forms are uncertain)"), target.preferred()));
    }
  }
}
