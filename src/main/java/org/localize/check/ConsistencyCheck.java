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

  /** A word as the story spells it: where it first occurs and how often (the units themselves are not kept). */
  private static final class Spelling {
    final String word;
    /** The word's stems ({@link ConsistencyCheck#stems}), made when a word of the same first letter needs them. */
    Set<String> stems;
    final String firstUnit;
    final int firstStart;
    final int firstEnd;
    int count;

    Spelling(String word, String firstUnit, int firstStart, int firstEnd) {
      this.word = word;
      this.firstUnit = firstUnit;
      this.firstStart = firstStart;
      this.firstEnd = firstEnd;
    }
  }

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
  public Pass begin(Story story) {
    Locale l = story.targetTools().data().locale().toLocale();
    List<String> endings = story.targetTools().data().names().stemEndings();
    Map<String, Spelling> spellings = new LinkedHashMap<>();
    return new Pass() {
      @Override
      public void accept(Unit u) {
        if (u.pair().target() == null) {
          return;
        }
        NameTokens capitals = u.targetCapitals();
        for (int c = 0, n = capitals.size(); c < n; c++) {
          Token t = capitals.token(c);
          if (t.length() < 6 || capitals.covered(c) || capitals.sentenceStart(c)) {
            continue;
          }
          Spelling s = spellings.get(t.text());
          if (s == null) {
            s = new Spelling(t.text(), u.pair().pointer(), t.start(), t.end());
            spellings.put(t.text(), s);
          }
          s.count++;
        }
      }

      @Override
      public void finish(List<Finding> out) {
        report(spellings, l, endings, out);
      }
    };
  }

  private void report(Map<String, Spelling> spellings, Locale l, List<String> endings, List<Finding> out) {
    // only words with the same first letter can be two spellings of one name: compare within those groups
    Map<Character, List<Spelling>> byFirst = new LinkedHashMap<>();
    for (Spelling s : spellings.values()) {
      byFirst.computeIfAbsent(s.word.charAt(0), k -> new ArrayList<>()).add(s);
    }
    Set<String> reported = new HashSet<>();
    for (List<Spelling> all : byFirst.values()) {
      if (all.size() < 2) {
        continue; // a word alone with its first letter is compared with nothing: its stems are never made
      }
      for (Spelling s : all) {
        s.stems = stems(s.word.toLowerCase(l), endings);
      }
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          Spelling a = all.get(i);
          Spelling b = all.get(j);
          if (!twoSpellings(a, b)) {
            continue;
          }
          Spelling rare = b.count <= a.count ? b : a;
          Spelling common = rare == b ? a : b;
          if (reported.add(rare.word)) {
            out.add(new Finding(id(), Severity.WARNING, rare.firstUnit,
                rare.word + " is spelled " + common.word + " in " + common.firstUnit, rare.firstStart, rare.firstEnd,
                common.word));
          }
        }
      }
    }
  }

  private static boolean twoSpellings(Spelling a, Spelling b) {
    for (String x : a.stems) {
      if (b.stems.contains(x)) {
        return false; // the same word in two cases
      }
    }
    for (String x : a.stems) {
      for (String y : b.stems) {
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
