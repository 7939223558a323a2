package org.localize.check;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.ConceptForms;
import org.localize.locale.ConceptType;

/**
 * A different glossary person or place where the source has one: the source names Spain and the
 * translation, without Spain, names Italy (Испании → Италии), or Kim becomes Moon Jae-in. That is
 * a contradiction the tool can prove, so it is an error; a name merely absent is {@code
 * names.missing}'s warning.
 *
 * <p>Only full forms count as evidence (a stem matched leniently does not), only a name the source
 * does not mention at all (not even by a related word such as "Syrian"), only one of the same type
 * (person for person) and, for places, of the same kind: a country for a country, a city for a
 * city ("Britain" may well become "London"). A glossary's own places (gulfs, streets, regions)
 * are too varied to tell a substitute from a neighbour (the Gulf of Finland and Kronstadt in one
 * sentence), so only those CLDR knows as countries or cities count. A one-word name at the start
 * of a sentence is left out: it may be a capitalised common word there (Того).
 */
public final class NameSubstitutionCheck implements Check {

  @Override
  public String id() {
    return "names.wrong";
  }

  @Override
  public String title() {
    return "The translation names a different person or place than the source";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    List<TermIndex.Match> source = unit.sourceNames();
    if (source.isEmpty()) {
      return;
    }
    Set<String> inTarget = new HashSet<>();
    unit.targetNames().forEach(m -> inTarget.add(m.concept().concept().id()));
    Map<String, TermIndex.Match> missing = new LinkedHashMap<>();
    for (TermIndex.Match m : source) {
      String id = m.concept().concept().id();
      if (m.kind() == TermIndex.Kind.ACCEPTED && !inTarget.contains(id) && substitutable(m.concept())) {
        missing.putIfAbsent(id, m);
      }
    }
    // a missing name written nearly right (Afganistánu) was translated, only misspelt: no substitute
    missing.keySet().removeIf(id -> nearlyThere(unit, story.targetNames(), id));
    if (missing.isEmpty()) {
      return;
    }
    Set<String> inSource = new HashSet<>(); // (only once a name is missing: most units miss none)
    source.forEach(m -> inSource.add(m.concept().concept().id()));
    Set<String> reported = new HashSet<>();
    for (TermIndex.Match m : unit.targetNames()) {
      ConceptForms extra = m.concept();
      String id = extra.concept().id();
      if (m.kind() != TermIndex.Kind.ACCEPTED || !m.entry().exact() || inSource.contains(id) || !substitutable(extra)
          || reported.contains(id)) {
        continue;
      }
      if (m.entry().words().size() == 1 && unit.target().sentenceStart(m.start())
          && Character.isUpperCase(unit.target().folded().codePointAt(m.start()))) {
        continue; // Того (Togo) or Jordan at a sentence start may be a common word (not so ソウル: kana has no case)
      }
      if (copiedFromSource(unit, m)) {
        continue; // "Fight Island" kept from the source is a name, not German Island (Iceland)
      }
      TermIndex.Match instead = null;
      for (TermIndex.Match s : missing.values()) {
        if (sameKind(s.concept(), extra)) {
          instead = s;
          break;
        }
      }
      if (instead == null) {
        continue;
      }
      reported.add(id);
      ConceptForms expected = story.targetNames().concept(instead.concept().concept().id());
      String sourceName = unit.pair().source().substring(instead.start(), instead.end());
      String written = unit.pair().target().substring(m.start(), m.end());
      String what = extra.concept().type() == ConceptType.PERSON ? "person" : "place";
      out.add(unit.finding(this, Severity.ERROR, m.start(), m.end(), written + " is a different " + what
          + " from the source's " + sourceName + (expected == null ? "" : " (" + expected.preferred() + ")")
          + ", which the translation does not name", expected == null ? null : expected.preferred()));
    }
  }

  /** Whether the target's words of {@code m} stand in the source as written, or with an ending added or taken off. */
  private static boolean copiedFromSource(Unit unit, TermIndex.Match m) {
    for (Token t : unit.target().tokens()) {
      if (t.start() < m.start() || t.end() > m.end()) {
        continue;
      }
      for (Token s : unit.source().tokens()) {
        if (s.length() >= 4 && t.text().startsWith(s.text()) && t.length() - s.length() <= 2) {
          return true; // Fight Island → Fight Islandu
        }
        if (t.length() >= 4 && s.text().startsWith(t.text()) && s.length() - t.length() <= 3) {
          return true; // Minská dohoda → the Minsk Agreement
        }
      }
    }
    return false;
  }

  /** Whether the translation has a word one or two letters from a word of {@code id}'s forms. */
  private static boolean nearlyThere(Unit unit, TermIndex index, String id) {
    ConceptForms c = index.concept(id);
    if (c == null) {
      return false;
    }
    Set<String> words = index.acceptedWords(c);
    for (Token t : unit.target().tokens()) {
      if (t.length() < 5 || !t.capitalised() || unit.target().sentenceStart(t.start())) {
        continue;
      }
      for (String w : words) {
        int max = w.length() >= 8 ? 2 : 1;
        if (w.length() >= 5 && w.charAt(0) == t.text().charAt(0) && Edits.distance(t.text(), w, max) <= max) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean substitutable(ConceptForms c) {
    ConceptType t = c.concept().type();
    return t == ConceptType.PERSON || t == ConceptType.PLACE;
  }

  private static boolean sameKind(ConceptForms a, ConceptForms b) {
    if (a.concept().type() != b.concept().type()) {
      return false;
    }
    return a.concept().type() != ConceptType.PLACE
        || (java.util.Objects.equals(a.kind(), b.kind()) && ("country".equals(a.kind()) || "city".equals(a.kind())));
  }
}
