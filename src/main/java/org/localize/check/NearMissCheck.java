package org.localize.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.ConceptForms;
import org.localize.locale.Places;

/**
 * A word one letter away from a glossary name (Кормилицына for Кормильцына, Vladivostock for
 * Vladivostok) that is none of its forms.
 *
 * <p>Two checks share this class. {@code names.misspelt} is an error: the source unit names the
 * concept and the translation lacks it, so a word one edit from any of its forms is its misspelling
 * (see {@link #missing}), and a one-word slip inside a full name counts at any length (Доминик Раб
 * for Доминик Рааб). {@code names.near-miss} is a warning for the other glossary names (not the
 * built-in places, where "one letter away" is too often another place); there edits in the last
 * three letters are ignored where names decline, as case endings (Россиян is not a misspelt Россия).
 */
public final class NearMissCheck implements Check {

  private final boolean misspelt;

  private NearMissCheck(boolean misspelt) {
    this.misspelt = misspelt;
  }

  /** names.near-miss */
  public NearMissCheck() {
    this(false);
  }

  /** names.misspelt */
  public static NearMissCheck misspelt() {
    return new NearMissCheck(true);
  }

  @Override
  public String id() {
    return misspelt ? "names.misspelt" : "names.near-miss";
  }

  @Override
  public String title() {
    return misspelt ? "A name of the source is misspelt in the translation" : "A word looks like a misspelt glossary name";
  }

  @Override
  public Severity defaultSeverity() {
    return misspelt ? Severity.ERROR : Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    TermIndex index = story.targetNames();
    if (misspelt) {
      Set<String> named = named(unit);
      if (named.isEmpty()) {
        return;
      }
      Marks reported = new Marks(unit.pair().target().length());
      inNames(unit, index, named, reported, out);
      missing(unit, story, index, named, reported, out);
      return;
    }
    // the last letters of a word are its case ending where names decline; in English they are the name
    int tail = story.targetTools().data().names().inflector().kind().equals("none") ? 0 : 3;
    // (nothing is reported before a word here, so no marks; the source's names only once a word may need them)
    Set<String> named = null;
    NameTokens capitals = unit.targetCapitals();
    for (int c = 0, n = capitals.size(); c < n; c++) {
      Token t = capitals.token(c);
      if (t.length() < 6 || capitals.covered(c) || capitals.known(c) || !capitals.singleScript(c)) {
        continue;
      }
      List<TermIndex.Word> words = index.wordsStartingWith(t.charAt(0));
      if (words.isEmpty()) {
        continue; // (the word's text is cut, and the source's names listed, only for a word with candidates)
      }
      if (named == null) {
        named = named(unit);
      }
      String text = t.text();
      int length = text.length();
      int max = length >= 10 ? 2 : 1;
      // the closest spelling; of equally close ones, the glossary's first
      TermIndex.Word best = null;
      int bestDistance = max + 1;
      for (TermIndex.Word w : words) {
        if (Math.abs(w.text().length() - length) > max) {
          continue; // more than max edits away: Edits.distance would say max + 1 (the length first: it is cheaper)
        }
        String id = w.concept().concept().id();
        if (named.contains(id)) {
          continue; // a name of the source is names.misspelt's
        }
        int d = Edits.distance(text, w.text(), max);
        if (d < bestDistance && (tail == 0 ? !plural(text, w.text()) : Edits.differInStem(text, w.text(), tail))) {
          best = w;
          bestDistance = d;
        }
      }
      if (best != null) {
        out.add(unit.finding(this, Severity.WARNING, t.start(), t.end(), unit.pair().target().substring(t.start(), t.end())
            + " looks like a misspelling of " + best.text() + " (" + best.concept().preferred() + ")", best.text()));
      }
    }
  }

  /** The concepts the source unit names in an accepted spelling. */
  private static Set<String> named(Unit unit) {
    Set<String> named = null; // most units name nobody: no set made for them
    for (TermIndex.Match m : unit.sourceNames()) {
      if (m.kind() == TermIndex.Kind.ACCEPTED) {
        if (named == null) {
          named = new HashSet<>();
        }
        named.add(m.concept().concept().id());
      }
    }
    return named == null ? Set.of() : named;
  }

  /**
   * A name of the source that the translation lacks, written one letter off one of its forms (two
   * in words of nine letters or more): Puttin, Путинна, Poutinne, プーチソ. The word must be no form
   * of any name, start with the same letter, and not merely add or drop letters at the end (Putins,
   * Sokolov: endings, which {@code names.form} and {@code names.gender} judge). Where names decline
   * it must also end like the form (Путины is another case, not a misspelling), and in a language
   * declined without data (lenient) differ before the last three letters. A spelling that is the
   * source's own word transliterated (Shoygu for Шойгу, where the glossary says Shoigu) is another
   * romanisation, not a slip: a warning, as is a misspelt built-in place (CLDR's spelling is one
   * convention among several).
   */
  private void missing(Unit unit, Story story, TermIndex index, Set<String> named, Marks reported, List<Finding> out) {
    Set<String> present = new HashSet<>();
    unit.targetNames().forEach(m -> present.add(m.concept().concept().id()));
    org.localize.locale.LocaleData.Names names = story.targetTools().data().names();
    String kind = names.inflector().kind();
    List<Token> words = null;
    for (String id : named) {
      ConceptForms c = index.concept(id);
      if (present.contains(id) || c == null) {
        continue;
      }
      if (words == null) {
        words = NameWords.words(unit.target());
      }
      Set<String> forms = index.acceptedWords(c);
      for (Token w : words) {
        String t = w.text();
        int first = t.codePointAt(0);
        boolean caseless = !Character.isUpperCase(first) && !Character.isLowerCase(first);
        if (reported.has(w.start()) || (!caseless && !Character.isUpperCase(first)) || t.length() < (caseless ? 4 : 5)
            || TermIndex.covers(unit.targetNames(), w.start()) || index.knows(t) || !w.singleScript()
            || c.person().otherOnly().containsKey(t) || NameWords.inSource(unit, t)
            || (c.concept().type() == org.localize.locale.ConceptType.PERSON && NameWords.foreignEnding(t, forms, names) != null)) {
          continue;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String f : forms) {
          if (f.length() < (caseless ? 4 : 5) || f.charAt(0) != t.charAt(0)) {
            continue;
          }
          int max = f.length() >= 9 && !caseless ? 2 : 1;
          int d = Edits.distance(t, f, max);
          if (d == 0 || d > max || d >= bestDistance || t.startsWith(f) || f.startsWith(t) || sameLetters(t, f)
              || NameWords.foreignLetter(t, f, names.inflector().letters()) >= 0) {
            continue;
          }
          if (!caseless && !kind.equals("none") && t.charAt(t.length() - 1) != f.charAt(f.length() - 1)) {
            continue; // another ending: a case form, or a form names.form judges
          }
          if (!caseless && kind.equals("lenient") && !Edits.differInStem(t, f, 3)) {
            continue;
          }
          best = f;
          bestDistance = d;
        }
        if (best == null) {
          continue;
        }
        reported.mark(w.start());
        String source = romanisedSource(unit, story, id, t);
        boolean sure = source == null && !Places.builtIn(id);
        String written = unit.pair().target().substring(w.start(), w.end());
        out.add(unit.finding(this, sure ? Severity.ERROR : Severity.WARNING, w.start(), w.end(), source != null
            ? written + " is the source's " + source + " transliterated, not the " + (Places.builtIn(id) ? "CLDR" : "glossary")
                + " spelling " + best + " (" + c.preferred() + ")"
            : written + " is a misspelling of " + best + " (" + c.preferred() + ")", best));
      }
    }
  }

  /**
   * The source's word for concept {@code id} in this unit when {@code word} is that word
   * transliterated into the target's script by the locales' own keys (Shoygu and Шойгу are both
   * "shoygu"), else null.
   */
  private static String romanisedSource(Unit unit, Story story, String id, String word) {
    String key = story.targetTools().latinKey(word);
    if (key.isEmpty()) {
      return null;
    }
    for (TermIndex.Match m : unit.sourceNames()) {
      if (!m.concept().concept().id().equals(id)) {
        continue;
      }
      for (Token s : unit.source().tokens()) {
        if (s.start() >= m.start() && s.end() <= m.end() && story.sourceTools().latinKey(s.text()).equals(key)) {
          return unit.pair().source().substring(s.start(), s.end());
        }
      }
    }
    // or a form of it the source declined (Журавлевым in the source, Zhuravlev = Журавлев)
    ConceptForms sc = story.sourceNames().concept(id);
    if (sc != null) {
      for (String w : story.sourceNames().acceptedWords(sc)) {
        if (story.sourceTools().latinKey(w).equals(key)) {
          return w;
        }
      }
    }
    return null;
  }

  /** Whether {@code word} is {@code name} with an English plural or possessive ending (Koreas). */
  private static boolean plural(String word, String name) {
    return word.startsWith(name) && (word.length() - name.length() <= 2) && word.endsWith("s");
  }

  /** Whether two words differ only in accents (São, Sao). */
  static boolean sameLetters(String a, String b) {
    return strip(a).equals(strip(b));
  }

  private static String strip(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /** An accepted phrase of two words or more of a named concept, as words. */
  record NamePhrase(String id, ConceptForms concept, List<Token> words) {}

  /** The accepted phrases of two words or more of the concepts {@code named}, in order. */
  static List<NamePhrase> phrases(TermIndex index, Set<String> named) {
    List<NamePhrase> out = new java.util.ArrayList<>();
    for (String id : named) {
      ConceptForms c = index.concept(id);
      if (c == null) {
        continue;
      }
      for (List<Token> words : index.longPhrases(c)) {
        out.add(new NamePhrase(id, c, words));
      }
    }
    return out;
  }

  /**
   * Where each word of the names' phrases of two words or more ({@link #inNames} looks up no
   * other) stands among {@code tokens}, in order. A token whose first letter and length no such
   * word has is not cut from the text: indexing every word of the target was most of the cost.
   */
  static java.util.Map<String, List<Integer>> positions(Token[] tokens, NameTokens capitals, List<NamePhrase> phrases) {
    Wanted wanted = Wanted.of(phrases);
    if (!wanted.allCapitalised()) {
      return everyToken(tokens, wanted);
    }
    // a token with a phrase word's text has its first letter, so is capitalised too: only the
    // capitalised words (a quarter of a text, listed already) are read, not every token
    java.util.Map<String, List<Integer>> at = new java.util.HashMap<>();
    for (int k = 0, n = capitals.size(); k < n; k++) {
      Token t = capitals.token(k);
      if (wanted.has(t)) {
        at.computeIfAbsent(t.text(), x -> new java.util.ArrayList<>()).add(capitals.index(k));
      }
    }
    return at;
  }

  /** {@link #positions} from every token, as it was before the capitalised words were read alone (for tests). */
  static java.util.Map<String, List<Integer>> positionsOfAll(Token[] tokens, List<NamePhrase> phrases) {
    return everyToken(tokens, Wanted.of(phrases));
  }

  private static java.util.Map<String, List<Integer>> everyToken(Token[] tokens, Wanted wanted) {
    java.util.Map<String, List<Integer>> at = new java.util.HashMap<>();
    for (int p = 0; p < tokens.length; p++) {
      Token t = tokens[p];
      if (wanted.has(t)) {
        at.computeIfAbsent(t.text(), x -> new java.util.ArrayList<>()).add(p);
      }
    }
    return at;
  }

  /**
   * The distinct words of the phrases, with a bitmap by first letter and length that rules out most
   * tokens without cutting their text, and whether every word is capitalised.
   */
  private record Wanted(Set<String> words, boolean[] slots, boolean allCapitalised) {
    static Wanted of(List<NamePhrase> phrases) {
      Set<String> words = new HashSet<>();
      boolean[] slots = new boolean[256];
      boolean allCapitalised = true;
      for (NamePhrase phrase : phrases) {
        for (Token w : phrase.words()) {
          if (words.add(w.text())) {
            slots[slot(w.charAt(0), w.length())] = true;
            allCapitalised &= w.capitalised();
          }
        }
      }
      return new Wanted(words, slots, allCapitalised);
    }

    boolean has(Token t) {
      return slots[slot(t.charAt(0), t.length())] && words.contains(t.text());
    }
  }

  private static int slot(char first, int length) {
    return (first * 31 + length) & 255;
  }

  /**
   * A full name of the source with one of its words slightly off (Доминик Раб): every other word of
   * an accepted form is there, in order, and the odd one differs by one letter in its stem (two
   * in long words).
   */
  private void inNames(Unit unit, TermIndex index, Set<String> named, Marks reported, List<Finding> out) {
    List<NamePhrase> phrases = phrases(index, named);
    if (phrases.isEmpty()) {
      return;
    }
    Token[] tokens = unit.target().tokenArray();
    java.util.Map<String, List<Integer>> at = positions(tokens, unit.targetCapitals(), phrases); // where each word of the phrases is in the target
    for (NamePhrase phrase : phrases) {
      String id = phrase.id();
      ConceptForms c = phrase.concept();
      List<Token> words = phrase.words();
      // all words but one are written exactly: only where one of them is can the phrase start
      java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
      for (int k = 0; k < words.size(); k++) {
        for (int p : at.getOrDefault(words.get(k).text(), List.of())) {
          if (p - k >= 0 && p - k + words.size() <= tokens.length) {
            starts.add(p - k);
          }
        }
      }
      for (int i : starts) {
        int odd = -1;
        boolean ok = true;
        for (int k = 0; k < words.size() && ok; k++) {
          Token t = tokens[i + k];
          if (t.text().equals(words.get(k).text())) {
            continue;
          }
          String w = words.get(k).text();
          int max = w.length() >= 10 ? 2 : 1;
          if (odd < 0 && t.capitalised() && !index.knows(t) && Edits.distance(t.text(), w, max) <= max
              && !t.text().startsWith(w) && !w.startsWith(t.text()) && !sameLetters(t.text(), w)
              && (w.length() <= 4 || Edits.differInStem(t.text(), w, 3))) {
            odd = k;
          } else {
            ok = false;
          }
        }
        if (ok && odd >= 0) {
          Token t = tokens[i + odd];
          if (!reported.has(t.start()) && !TermIndex.covers(unit.targetNames(), t.start())) {
            reported.mark(t.start());
            out.add(unit.finding(this, Places.builtIn(id) ? Severity.WARNING : Severity.ERROR, t.start(), t.end(), unit.pair().target().substring(t.start(), t.end())
                + " is a misspelling of " + words.get(odd).text() + " (" + c.preferred() + ")", words.get(odd).text()));
          }
        }
      }
    }
  }
}
