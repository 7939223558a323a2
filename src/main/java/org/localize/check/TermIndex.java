package org.localize.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.localize.locale.ConceptForms;

/**
 * Finds glossary spellings in a {@link Text} by whole tokens: a hash lookup on the first token,
 * then the rest of the phrase token by token, with the separators compared after folding.
 *
 * <p>Matching is case-sensitive, so the common noun "путина" (fishing season) is not Путин; a
 * token in capitals (a headline in caps) matches the capitalised phrase.
 */
final class TermIndex {

  /** How a spelling relates to its concept. */
  enum Kind { ACCEPTED, VARIANT, FORBIDDEN, WRONG_GENDER, RELATED }

  /** One spelling of one concept. */
  record Entry(ConceptForms concept, Kind kind, String phrase, List<String> words, List<String> separators) {}

  /** An occurrence of an entry in a text; offsets are into the raw string. */
  record Match(int start, int end, Entry entry) {
    ConceptForms concept() {
      return entry.concept();
    }

    Kind kind() {
      return entry.kind();
    }
  }

  /** A capitalised word of at least six letters from an accepted form, for near-miss spelling checks. */
  record Word(String text, ConceptForms concept) {}

  private final Map<String, List<Entry>> byFirstWord;
  private final Map<String, List<Entry>> byCapsFirstWord;
  private final Map<Character, List<Word>> words;
  private final java.util.Set<String> allWords;
  private final List<ConceptForms> concepts;

  private TermIndex(Map<String, List<Entry>> byFirstWord, List<ConceptForms> concepts) {
    this.byFirstWord = byFirstWord;
    Map<String, List<Entry>> caps = new HashMap<>();
    byFirstWord.forEach((k, v) -> caps.computeIfAbsent(k.toUpperCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
    this.byCapsFirstWord = Map.copyOf(caps);
    Map<Character, List<Word>> w = new HashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    byFirstWord.values().forEach(list -> list.stream().filter(e -> e.kind() == Kind.ACCEPTED).forEach(e -> {
      for (String word : e.words()) {
        if (word.length() >= 6 && Character.isUpperCase(word.charAt(0)) && seen.add(word)) {
          w.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(new Word(word, e.concept()));
        }
      }
    }));
    w.replaceAll((k, v) -> List.copyOf(v));
    this.words = Map.copyOf(w);
    java.util.Set<String> all = new java.util.HashSet<>();
    byFirstWord.values().forEach(list -> list.forEach(e -> all.addAll(e.words())));
    this.allWords = java.util.Set.copyOf(all);
    this.concepts = List.copyOf(concepts);
  }

  /**
   * An index of {@code concepts}; {@code extraAccepted} adds, per concept id, spellings accepted in
   * any script (an agency's Latin name in Russian text).
   */
  static TermIndex of(List<ConceptForms> concepts, Map<String, List<String>> extraAccepted) {
    Map<String, List<Entry>> map = new HashMap<>();
    for (ConceptForms c : concepts) {
      c.accepted().forEach(p -> add(map, c, Kind.ACCEPTED, p));
      extraAccepted.getOrDefault(c.concept().id(), List.of()).forEach(p -> add(map, c, Kind.ACCEPTED, p));
      c.variants().forEach(p -> add(map, c, Kind.VARIANT, p));
      c.forbidden().forEach(p -> add(map, c, Kind.FORBIDDEN, p));
      c.wrongGender().forEach(p -> add(map, c, Kind.WRONG_GENDER, p));
      c.related().forEach(p -> add(map, c, Kind.RELATED, p));
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return new TermIndex(Map.copyOf(map), concepts);
  }

  private static void add(Map<String, List<Entry>> map, ConceptForms c, Kind kind, String phrase) {
    Text t = Text.of(phrase, org.localize.unit.TextFormat.TEXT);
    List<Token> tokens = t.tokens();
    if (tokens.isEmpty()) {
      return;
    }
    List<String> words = new ArrayList<>();
    List<String> seps = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      words.add(tokens.get(i).text());
      if (i > 0) {
        seps.add(separator(t.folded(), tokens.get(i - 1).end(), tokens.get(i).start()));
      }
    }
    Entry e = new Entry(c, kind, phrase, List.copyOf(words), List.copyOf(seps));
    map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(e);
  }

  /** The text between two words with every run of spaces collapsed to one (folding already made them U+0020). */
  private static String separator(String folded, int from, int to) {
    if (to - from == 1) {
      return folded.substring(from, to);
    }
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = folded.charAt(i);
      if (c != ' ' || b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Accepted glossary words starting with {@code first}. */
  List<Word> wordsStartingWith(char first) {
    return words.getOrDefault(first, List.of());
  }

  /** Whether {@code word} occurs in any spelling of any concept (accepted, variant or forbidden). */
  boolean knows(String word) {
    return allWords.contains(word);
  }

  List<ConceptForms> concepts() {
    return concepts;
  }

  /** Every occurrence of every spelling in {@code text}, in text order, longest first at a position. */
  List<Match> find(Text text) {
    List<Token> tokens = text.tokens();
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token first = tokens.get(i);
      List<Entry> candidates = byFirstWord.get(first.text());
      if (candidates == null && isCaps(first.text())) {
        candidates = byCapsFirstWord.get(first.text());
      }
      if (candidates == null) {
        continue;
      }
      for (Entry e : candidates) {
        int end = matchAt(text, tokens, i, e);
        if (end >= 0) {
          out.add(new Match(first.start(), end, e));
        }
      }
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    return out;
  }

  private static int matchAt(Text text, List<Token> tokens, int i, Entry e) {
    if (i + e.words().size() > tokens.size()) {
      return -1;
    }
    for (int k = 0; k < e.words().size(); k++) {
      Token t = tokens.get(i + k);
      String w = e.words().get(k);
      if (!t.text().equals(w) && !(isCaps(t.text()) && t.text().equals(w.toUpperCase(Locale.ROOT)))) {
        return -1;
      }
      if (k > 0 && !separator(text.folded(), tokens.get(i + k - 1).end(), t.start()).equals(e.separators().get(k - 1))) {
        return -1;
      }
    }
    return tokens.get(i + e.words().size() - 1).end();
  }

  private static boolean isCaps(String s) {
    return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
  }
}
