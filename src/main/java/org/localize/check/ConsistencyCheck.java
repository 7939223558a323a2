package org.localize.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * One name spelled two ways across the translated story (Кормильцына in one credit, Кормилицыной in
 * another; Kormilitsyna and Kormiltsyna). Words are compared by their stems, with the target
 * locale's case endings removed, so declension is not a second spelling; the rarer spelling is
 * reported where it first occurs.
 */
public final class ConsistencyCheck implements StoryCheck {

  private record Spelling(String word, Set<String> stems, List<Unit> units, List<Token> tokens) {}

  @Override
  public String id() {
    return "names.consistency";
  }

  @Override
  public String title() {
    return "The same name is spelled two ways in one story";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void checkStory(Story story, List<Finding> out) {
    Locale l = story.targetTools().data().locale().toLocale();
    List<String> endings = story.targetTools().data().names().stemEndings();
    Map<String, Spelling> spellings = new LinkedHashMap<>();
    for (Unit u : story.units()) {
      if (u.target() == null) {
        continue;
      }
      boolean[] known = new boolean[u.pair().target().length() + 1];
      u.targetNames().forEach(m -> {
        for (int i = m.start(); i < m.end(); i++) {
          known[i] = true;
        }
      });
      for (Token t : u.target().tokens()) {
        if (t.length() < 6 || !t.capitalised() || known[t.start()] || u.target().sentenceStart(t.start())) {
          continue;
        }
        Spelling s = spellings.computeIfAbsent(t.text(),
            w -> new Spelling(w, stems(w.toLowerCase(l), endings), new ArrayList<>(), new ArrayList<>()));
        s.units().add(u);
        s.tokens().add(t);
      }
    }
    List<Spelling> all = new ArrayList<>(spellings.values());
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Spelling a = all.get(i);
        Spelling b = all.get(j);
        if (a.word().charAt(0) != b.word().charAt(0) || !twoSpellings(a, b)) {
          continue;
        }
        Spelling rare = b.tokens().size() <= a.tokens().size() ? b : a;
        Spelling common = rare == b ? a : b;
        if (reported.add(rare.word())) {
          Token t = rare.tokens().get(0);
          out.add(rare.units().get(0).finding(this, Severity.WARNING, t.start(), t.end(),
              rare.word() + " is spelled " + common.word() + " in " + common.units().get(0).pair().pointer(),
              common.word()));
        }
      }
    }
  }

  private static boolean twoSpellings(Spelling a, Spelling b) {
    for (String x : a.stems()) {
      if (b.stems().contains(x)) {
        return false; // the same word in two cases
      }
    }
    for (String x : a.stems()) {
      for (String y : b.stems()) {
        if (x.length() >= 5 && y.length() >= 5 && Edits.distance(x, y, 1) == 1 && Edits.differInStem(x, y, 2)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word itself and the word minus each case ending it carries, keeping at least four letters. */
  private static Set<String> stems(String word, List<String> endings) {
    Set<String> stems = new HashSet<>();
    stems.add(word);
    for (String e : endings) {
      if (word.endsWith(e) && word.length() - e.length() >= 4) {
        stems.add(word.substring(0, word.length() - e.length()));
      }
    }
    return stems;
  }
}
