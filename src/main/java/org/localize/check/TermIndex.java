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

  /**
   * One spelling of one concept. With {@code maxEnding} above zero the last word is a stem that may
   * take that many more letters (a lenient form, or a demonym: российск-ий); {@code anyCaseFirst}
   * lets its first letter be either case (a demonym starting a sentence).
   */
  record Entry(ConceptForms concept, Kind kind, String phrase, List<String> words, List<String> separators,
      List<String> capsWords, int maxEnding, boolean anyCaseFirst) {

    /** Whether the spelling is a full form rather than a stem that was matched leniently. */
    boolean exact() {
      return maxEnding == 0;
    }
  }

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
  /**
   * Spellings in a script written without spaces (金正恩, プーチン, ウラジーミル・プーチン) by their
   * first character, each with its folded phrase: such text is searched for them as substrings.
   */
  private final Map<Character, List<Spaceless>> bySpaceless;

  private record Spaceless(Entry entry, String folded) {}
  /** Single-word stems (lenient forms, demonyms) by their first three letters, in both cases of the first. */
  private final Map<String, List<Entry>> byPrefix;
  private final boolean[] prefixFirst = new boolean[SLOTS];
  /**
   * For a first character below {@link #LOW_FIRST}: bit {@code min(length, 63)} set for every length
   * a word starting with it may have to be a first word ({@code firstLengths}) or to take a stem
   * ({@code stemLengths}, from the stem's length to it plus its ending). Exact where {@link #firstWords}
   * and {@link #prefixFirst} share slots among characters: most words of a text (lower-case ones,
   * above all) are dismissed by one array read, with neither the hash nor the stem's letters read.
   */
  private final long[] firstLengths = new long[LOW_FIRST];
  private final long[] stemLengths = new long[LOW_FIRST];
  private static final int LOW_FIRST = 0x530;
  /** Bits by a hash of the first three letters of the keys of byPrefix: a word whose bit is clear starts no stem. */
  private final long[] prefixThree = new long[1 << 10];
  /** Whether a space in a name may also be a hyphen (German Kim-Il-Sung-Platz). */
  private final boolean compounds;
  private final Map<String, List<Entry>> byCapsFirstWord;
  private final Map<Character, List<Word>> words;
  /**
   * {@link #words} by first character for the Latin, Greek and Cyrillic letters (below U+0530):
   * an array read, not a boxed key hashed and probed, for every capitalised word names.near-miss reads.
   */
  private final List<Word>[] lowWords;
  private static final int LOW_WORDS = 0x530;
  private final java.util.Set<String> allWords;
  private final List<ConceptForms> concepts;
  /** Bitmaps by {@link #slot} of a word's first character and length: of first words (both spellings), of all words. */
  private final boolean[] firstWords = new boolean[SLOTS];
  private final boolean[] anyWords = new boolean[SLOTS];
  private static final int SLOTS = 1 << 12;
  /**
   * Bits by the hash of every first word (both spellings): a word whose bit is clear is no key, and
   * is neither cut from the text nor looked up (most words the slot bitmap lets through end here).
   */
  private final long[] firstWordHashes = HashBits.empty();
  /**
   * Bits by the hash of every word of every spelling ({@link #allWords}): the names checks ask
   * {@link #knows(Token)} of most capitalised words, and most are no glossary word, which the bit
   * says without probing the set of thousands of words (built-in places among them).
   */
  private final long[] allWordHashes = HashBits.empty();

  private TermIndex(Map<String, List<Entry>> entries, Map<String, List<Entry>> byPrefix, List<ConceptForms> concepts,
      boolean compounds) {
    // spellings in a script without spaces are searched as substrings, the others by their first word
    Map<Character, List<Spaceless>> spaceless = new HashMap<>();
    Map<String, List<Entry>> spaced = new java.util.LinkedHashMap<>();
    entries.forEach((k, list) -> {
      if (Text.spaceless(k.codePointAt(0))) {
        for (Entry e : list) {
          String f = Text.fold(e.phrase().trim());
          spaceless.computeIfAbsent(f.charAt(0), x -> new ArrayList<>()).add(new Spaceless(e, f));
        }
      } else {
        spaced.put(k, list);
      }
    });
    spaceless.replaceAll((k, v) -> List.copyOf(v));
    this.bySpaceless = Map.copyOf(spaceless);
    Map<String, List<Entry>> byFirstWord = java.util.Collections.unmodifiableMap(spaced);
    this.byFirstWord = byFirstWord;
    this.byPrefix = byPrefix;
    this.compounds = compounds;
    byPrefix.keySet().forEach(k -> prefixFirst[k.charAt(0) & (SLOTS - 1)] = true);
    byPrefix.forEach((k, list) -> {
      for (Entry e : list) {
        int stem = e.words().get(0).length();
        for (int length = stem; length <= stem + e.maxEnding(); length++) {
          markLength(stemLengths, k.charAt(0), length);
        }
      }
    });
    byPrefix.keySet().forEach(k -> {
      int h = three(k.charAt(0), k.charAt(1), k.charAt(2));
      prefixThree[h >>> 6] |= 1L << (h & 63);
    });
    Map<String, List<Entry>> caps = new HashMap<>();
    byFirstWord.forEach((k, v) -> caps.computeIfAbsent(k.toUpperCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
    this.byCapsFirstWord = Map.copyOf(caps);
    Map<Character, List<Word>> w = new HashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    // loops, not a stream per first word: thousands of them, in a cold JVM's interpreter
    for (List<Entry> list : byFirstWord.values()) {
      for (Entry e : list) {
        if (e.kind() != Kind.ACCEPTED || !e.exact()) {
          continue;
        }
        for (String word : e.words()) {
          if (word.length() >= 6 && Character.isUpperCase(word.charAt(0)) && seen.add(word)) {
            w.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(new Word(word, e.concept()));
          }
        }
      }
    }
    // built-in places are left out here, not in the loop above, so that a word a place and a glossary
    // name share stays the place's (skipped) as it always was: names.near-miss skips places, and
    // there are thousands of them, which every capitalised word was compared with
    w.replaceAll((k, v) -> v.stream().filter(x -> !org.localize.locale.Places.builtIn(x.concept().concept().id())).toList());
    w.values().removeIf(List::isEmpty);
    this.words = Map.copyOf(w);
    @SuppressWarnings("unchecked")
    List<Word>[] low = new List[LOW_WORDS];
    w.forEach((c, list) -> {
      if (c < LOW_WORDS) {
        low[c] = list;
      }
    });
    this.lowWords = low;
    java.util.Set<String> all = new java.util.HashSet<>();
    entries.values().forEach(list -> list.forEach(e -> all.addAll(e.words())));
    this.allWords = java.util.Set.copyOf(all);
    this.concepts = List.copyOf(concepts);
    byFirstWord.keySet().forEach(k -> firstWords[slot(k.charAt(0), k.length())] = true);
    byCapsFirstWord.keySet().forEach(k -> firstWords[slot(k.charAt(0), k.length())] = true);
    byFirstWord.keySet().forEach(k -> markLength(firstLengths, k.charAt(0), k.length()));
    byCapsFirstWord.keySet().forEach(k -> markLength(firstLengths, k.charAt(0), k.length()));
    byFirstWord.keySet().forEach(k -> HashBits.mark(firstWordHashes, k.hashCode()));
    byCapsFirstWord.keySet().forEach(k -> HashBits.mark(firstWordHashes, k.hashCode()));
    allWords.forEach(k -> anyWords[slot(k.charAt(0), k.length())] = true);
    allWords.forEach(k -> HashBits.mark(allWordHashes, k.hashCode()));
  }

  /** Marks a word of {@code first} and {@code length} in one of the per-character length tables (a first character below {@link #LOW_FIRST}). */
  private static void markLength(long[] lengths, char first, int length) {
    if (first < LOW_FIRST) {
      lengths[first] |= 1L << Math.min(length, 63);
    }
  }

  /** Whether a stem's first three letters may be those of the word at {@code chars[start]}. */
  private boolean mayStartStem(char[] chars, int start) {
    int h = three(chars[start], chars[start + 1], chars[start + 2]);
    return (prefixThree[h >>> 6] & (1L << (h & 63))) != 0;
  }

  /** {@code String.hashCode} of {@code chars[start, end)}: a token's {@link Token#textHash}, read from the array. */
  private static int hash(char[] chars, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  private static int three(char a, char b, char c) {
    return ((a * 31 + b) * 31 + c) & 0xFFFF;
  }

  /**
   * A word's place in the bitmaps: a word can be a key only if the bitmap is set at the slot of its
   * first character and length, which rules out most words of a text without cutting or hashing them.
   */
  private static int slot(char first, int length) {
    return (first * 31 + length) & (SLOTS - 1);
  }

  /** The names index of {@code glossary} (with CLDR's places) in the language of {@code data}. */
  static TermIndex of(org.localize.locale.Glossary glossary, org.localize.locale.LocaleData data) {
    return of(glossary.forms(data), data.names().compounds());
  }

  /**
   * An index of {@code concepts}; {@code compounds}: a space in a name also matches a hyphen.
   */
  static TermIndex of(List<ConceptForms> concepts, boolean compounds) {
    // in glossary order, kept: what is built from it (the near-miss candidates) must not depend on
    // a hash order that changes from one JVM to the next
    Map<String, List<Entry>> map = new java.util.LinkedHashMap<>();
    Map<String, List<Entry>> prefixes = new java.util.LinkedHashMap<>();
    for (ConceptForms c : concepts) {
      c.accepted().forEach(p -> add(map, prefixes, c, Kind.ACCEPTED, p, 0, false));
      c.stems().forEach(p -> add(map, prefixes, c, Kind.ACCEPTED, p, c.maxEnding(), false));
      c.variants().forEach(p -> add(map, prefixes, c, Kind.VARIANT, p, 0, false));
      c.forbidden().forEach(p -> add(map, prefixes, c, Kind.FORBIDDEN, p, 0, false));
      c.wrongGender().forEach(p -> add(map, prefixes, c, Kind.WRONG_GENDER, p, 0, false));
      c.related().forEach(p -> add(map, prefixes, c, Kind.RELATED, p, 0, false));
      c.relatedStems().forEach(p -> add(map, prefixes, c, Kind.RELATED, p, 4, true));
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    prefixes.replaceAll((k, v) -> List.copyOf(v));
    return new TermIndex(java.util.Collections.unmodifiableMap(map), java.util.Collections.unmodifiableMap(prefixes),
        concepts, compounds);
  }

  private static void add(Map<String, List<Entry>> map, Map<String, List<Entry>> prefixes, ConceptForms c, Kind kind,
      String phrase, int maxEnding, boolean anyCaseFirst) {
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
    String[] capitals = new String[words.size()];
    for (int i = 0; i < capitals.length; i++) {
      capitals[i] = words.get(i).toUpperCase(Locale.ROOT);
    }
    List<String> caps = List.of(capitals); // (not a stream per spelling: thousands of them when a run starts)
    Entry e = new Entry(c, kind, phrase, List.copyOf(words), List.copyOf(seps), caps, maxEnding, anyCaseFirst);
    String first = words.get(0);
    if (maxEnding > 0 && words.size() == 1 && !Text.spaceless(first.codePointAt(0))) {
      if (first.length() < 3) {
        return;
      }
      prefixes.computeIfAbsent(first.substring(0, 3), k -> new ArrayList<>()).add(e);
      if (anyCaseFirst) {
        String flipped = flip(first.charAt(0)) + first.substring(1, 3);
        if (!flipped.equals(first.substring(0, 3))) {
          prefixes.computeIfAbsent(flipped, k -> new ArrayList<>()).add(e);
        }
      }
      return;
    }
    map.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
  }

  private static char flip(char c) {
    return Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
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

  /** Whether one of {@code matches} covers position {@code pos} of its text. */
  static boolean covers(List<Match> matches, int pos) {
    for (Match m : matches) {
      if (m.start() <= pos && pos < m.end()) {
        return true;
      }
    }
    return false;
  }

  private final java.util.concurrent.ConcurrentHashMap<String, List<Token>> phraseWords = new java.util.concurrent.ConcurrentHashMap<>();

  /** The words of a spelling ({@code Доминик Рааб}), as the checks' tokenizer cuts them; remembered. */
  List<Token> phraseWords(String phrase) {
    List<Token> w = phraseWords.get(phrase);
    if (w == null) {
      w = List.copyOf(Text.of(phrase, org.localize.unit.TextFormat.TEXT).tokens());
      if (phraseWords.size() < 100_000) {
        phraseWords.put(phrase, w);
      }
    }
    return w;
  }

  private final java.util.concurrent.ConcurrentHashMap<String, List<List<Token>>> longPhrases =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The accepted spellings of two words or more of {@code c} (one of this index's concepts), each
   * as its {@link #phraseWords}, in the concept's order; remembered by concept, since names.misspelt
   * asks for them for every unit that names it.
   */
  List<List<Token>> longPhrases(ConceptForms c) {
    return LocaleTools.memo(longPhrases, c.concept().id(), () -> {
      List<List<Token>> list = new ArrayList<>();
      for (String phrase : c.accepted()) {
        List<Token> words = phraseWords(phrase);
        if (words.size() >= 2) {
          list.add(words);
        }
      }
      return List.copyOf(list);
    });
  }

  /** Accepted glossary words of six letters or more starting with {@code first}, not those of built-in places. */
  List<Word> wordsStartingWith(char first) {
    if (first < LOW_WORDS) {
      List<Word> w = lowWords[first];
      return w == null ? List.of() : w;
    }
    return words.getOrDefault(first, List.of());
  }

  /** {@link #wordsStartingWith} from the map alone (for tests). */
  List<Word> wordsStartingWithByMap(char first) {
    return words.getOrDefault(first, List.of());
  }

  /** Whether {@code word} occurs in any spelling of any concept (accepted, variant or forbidden). */
  boolean knows(String word) {
    return allWords.contains(word);
  }

  /** {@link #knows(String)} for a token. */
  boolean knows(Token t) {
    return anyWords[slot(t.charAt(0), t.length())] && HashBits.has(allWordHashes, t.textHash()) && allWords.contains(t.text());
  }

  List<ConceptForms> concepts() {
    return concepts;
  }

  private volatile Map<String, ConceptForms> byId;

  /** The forms of concept {@code id}, or null when it has none in this language. */
  ConceptForms concept(String id) {
    Map<String, ConceptForms> m = byId;
    if (m == null) {
      Map<String, ConceptForms> built = new HashMap<>();
      concepts.forEach(c -> built.putIfAbsent(c.concept().id(), c));
      byId = m = Map.copyOf(built);
    }
    return m.get(id);
  }

  /** The {@link #foreignScripts} index with the script it was built for. */
  private record Foreign(int script, TermIndex index) {}

  private volatile Foreign foreign;

  /**
   * The glossary's names in other languages written in a script other than {@code script} (the
   * target's): Ким Чен Ын and Путин in a German translation. A name is matched as written or, in a
   * script with case, as its last word's stem plus up to three letters (Путина). Any-script
   * concepts (agencies) are left out. Built on first use.
   */
  TermIndex foreignScripts(int script) {
    Foreign f = foreign;
    if (f != null && f.script() == script) {
      return f.index();
    }
    List<ConceptForms> list = new ArrayList<>();
    for (ConceptForms c : concepts) {
      if (c.concept().anyScript()) {
        continue;
      }
      java.util.Set<String> names = new java.util.LinkedHashSet<>();
      java.util.Set<String> stems = new java.util.LinkedHashSet<>();
      c.concept().terms().forEach((lang, t) -> {
        if (lang.equals(c.language())) {
          return;
        }
        for (String n : t.names()) {
          int s = scriptOf(n);
          if (s == script || s == com.ibm.icu.lang.UScript.COMMON || c.accepted().contains(n)) {
            continue;
          }
          names.add(n.trim());
          String last = n.trim().substring(n.trim().lastIndexOf(' ') + 1);
          if (Character.isUpperCase(last.codePointAt(0)) && last.length() >= 4 && !TermIndex.isCaps(last)) {
            String stem = "aeiouyаеёиоуыэюяіїє".indexOf(Character.toLowerCase(last.charAt(last.length() - 1))) >= 0
                ? n.trim().substring(0, n.trim().length() - 1) : n.trim();
            stems.add(stem);
          }
        }
      });
      if (!names.isEmpty()) {
        list.add(new ConceptForms(c.concept(), c.language(), names, true, java.util.Set.of(), java.util.Set.of(),
            java.util.Set.of(), java.util.Set.of(), stems, 3, java.util.Set.of(), c.kind(), null));
      }
    }
    TermIndex built = TermIndex.of(list, false);
    foreign = new Foreign(script, built);
    return built;
  }

  /** The ICU script of the first letter of {@code s} that has one, or COMMON. */
  static int scriptOf(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int sc = com.ibm.icu.lang.UScript.getScript(cp);
      if (sc != com.ibm.icu.lang.UScript.COMMON && sc != com.ibm.icu.lang.UScript.INHERITED) {
        return sc;
      }
      i += Character.charCount(cp);
    }
    return com.ibm.icu.lang.UScript.COMMON;
  }

  /** The accepted single words of every form of a concept (Путина, Владимиру, Путину...), built on demand. */
  private final Map<String, java.util.Set<String>> wordsOf = new java.util.concurrent.ConcurrentHashMap<>();

  java.util.Set<String> acceptedWords(ConceptForms c) {
    return wordsOf.computeIfAbsent(c.concept().id(), k -> {
      java.util.Set<String> w = new java.util.LinkedHashSet<>();
      for (String p : c.accepted()) {
        Text.of(p, org.localize.unit.TextFormat.TEXT).tokens().forEach(t -> w.add(t.text()));
      }
      return java.util.Collections.unmodifiableSet(w); // in the forms' order: the checks take the first of equals
    });
  }

  /** Every occurrence of every spelling in {@code text}, in text order, longest first at a position. */
  List<Match> find(Text text) {
    Token[] tokens = text.tokenArray();
    char[] chars = text.foldedChars(); // (made with the tokens) the gates read the words' letters from the array
    List<Match> out = null;
    for (int i = 0; i < tokens.length; i++) {
      Token first = tokens[i];
      char c = first.charAt(0);
      int length = first.length();
      boolean mayStem;
      boolean mayFirst;
      if (c < LOW_FIRST) { // the length tables: one read says no for most words
        long bit = 1L << Math.min(length, 63);
        mayStem = (stemLengths[c] & bit) != 0;
        mayFirst = (firstLengths[c] & bit) != 0;
        if (!mayStem && !mayFirst) {
          continue;
        }
      } else {
        if (c >= 0x0E00 && Text.spaceless(first.text().codePointAt(0))) {
          if (!bySpaceless.isEmpty()) {
            out = inSpaceless(text.folded(), first, out);
          }
          continue;
        }
        mayStem = prefixFirst[c & (SLOTS - 1)];
        mayFirst = firstWords[slot(c, length)];
      }
      if (mayStem && length >= 3 && mayStartStem(chars, first.start())) {
        List<Entry> stems = byPrefix.get(first.text().substring(0, 3));
        if (stems != null) {
          for (Entry e : stems) {
            if (stemMatches(first.text(), e.words().get(0), e.maxEnding(), e.anyCaseFirst())) {
              if (out == null) {
                out = new ArrayList<>();
              }
              out.add(new Match(first.start(), first.end(), e));
            }
          }
        }
      }
      if (!mayFirst || !HashBits.has(firstWordHashes, hash(chars, first.start(), first.end()))) {
        continue;
      }
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
          if (out == null) {
            out = new ArrayList<>();
          }
          out.add(new Match(first.start(), end, e));
        }
      }
    }
    if (out == null) {
      return List.of();
    }
    if (!ordered(out)) { // found in text order, mostly ordered already: a stable sort would leave them as they are
      out.sort(TermIndex::compareMatches);
    }
    return out;
  }

  /**
   * {@link #find} as plainly as it can be said, with none of its gates (the bitmaps, the length
   * tables, the hash bits): every word cut and looked up. For the oracle tests.
   */
  List<Match> findPlainly(Text text) {
    Token[] tokens = text.tokenArray();
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      Token first = tokens[i];
      String word = first.text();
      if (Text.spaceless(word.codePointAt(0))) {
        if (!bySpaceless.isEmpty()) {
          out = inSpaceless(text.folded(), first, out);
        }
        continue;
      }
      List<Entry> stems = word.length() >= 3 ? byPrefix.get(word.substring(0, 3)) : null;
      if (stems != null) {
        for (Entry e : stems) {
          if (stemMatches(word, e.words().get(0), e.maxEnding(), e.anyCaseFirst())) {
            out.add(new Match(first.start(), first.end(), e));
          }
        }
      }
      List<Entry> candidates = byFirstWord.get(word);
      if (candidates == null && isCaps(word)) {
        candidates = byCapsFirstWord.get(word);
      }
      if (candidates != null) {
        for (Entry e : candidates) {
          int end = matchAt(text, tokens, i, e);
          if (end >= 0) {
            out.add(new Match(first.start(), end, e));
          }
        }
      }
    }
    out.sort(TermIndex::compareMatches);
    return out;
  }

  /** Text order, the longest first at a position. */
  static int compareMatches(Match a, Match b) {
    return a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());
  }

  /** Whether {@code matches} are in the order {@link #compareMatches} sorts them in. */
  private static boolean ordered(List<Match> matches) {
    for (int k = 1; k < matches.size(); k++) {
      if (compareMatches(matches.get(k - 1), matches.get(k)) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the spellings found inside {@code token}, a run of a script written without spaces, as
   * substrings (a spelling may run on past the token: ウラジーミル・プーチン). A katakana spelling
   * must not continue a longer katakana word (ロシア is not in ロシアン); of two spellings that cross
   * (東京 and 京都 in 東京都), the first is kept.
   */
  private List<Match> inSpaceless(String folded, Token token, List<Match> out) {
    List<Match> found = null;
    for (int p = token.start(); p < token.end(); p++) {
      List<Spaceless> candidates = bySpaceless.get(folded.charAt(p));
      if (candidates == null) {
        continue;
      }
      for (Spaceless c : candidates) {
        String f = c.folded();
        int end = p + f.length();
        if (end > folded.length() || !folded.regionMatches(p, f, 0, f.length())) {
          continue;
        }
        if ((kana(f.charAt(0)) && p > 0 && kana(folded.charAt(p - 1)))
            || (kana(f.charAt(f.length() - 1)) && end < folded.length() && kana(folded.charAt(end)))) {
          continue;
        }
        if (found == null) {
          found = new ArrayList<>();
        }
        found.add(new Match(p, end, c.entry()));
      }
    }
    if (found == null) {
      return out;
    }
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Match> kept = new ArrayList<>();
    for (Match m : found) {
      boolean crosses = false;
      for (Match k : kept) {
        if (m.start() > k.start() && m.start() < k.end() && m.end() > k.end()) {
          crosses = true;
          break;
        }
      }
      if (!crosses) {
        kept.add(m);
      }
    }
    if (out == null) {
      out = new ArrayList<>();
    }
    out.addAll(kept);
    return out;
  }

  /** Katakana, with the prolonged sound mark and the half-width forms. */
  static boolean kana(char c) {
    return (c >= '\u30A0' && c <= '\u30FF') || (c >= '\u31F0' && c <= '\u31FF') || (c >= '\uFF66' && c <= '\uFF9F');
  }

  /** Whether {@code word} is {@code stem} plus at most {@code max} letters (the first letter in either case). */
  private static boolean stemMatches(String word, String stem, int max, boolean anyCaseFirst) {
    int extra = word.length() - stem.length();
    if (extra < 0 || extra > max) {
      return false;
    }
    if (word.startsWith(stem)) {
      return true;
    }
    return anyCaseFirst && Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(stem.charAt(0))
        && word.regionMatches(1, stem, 1, stem.length() - 1);
  }

  private int matchAt(Text text, Token[] tokens, int i, Entry e) {
    int size = e.words().size();
    if (i + size > tokens.length) {
      return -1;
    }
    for (int k = 0; k < size; k++) {
      Token t = tokens[i + k];
      boolean stem = k == size - 1 && e.maxEnding() > 0;
      if (stem ? !stemMatches(t.text(), e.words().get(k), e.maxEnding(), false)
          : !t.is(e.words().get(k)) && !(t.is(e.capsWords().get(k)) && isCaps(t.text()))) {
        return -1;
      }
      if (k > 0 && !separatorIs(text.folded(), tokens[i + k - 1].end(), t.start(), e.separators().get(k - 1))
          && !(compounds && hyphenForSpace(text.folded(), tokens[i + k - 1].end(), t.start(), e.separators().get(k - 1)))) {
        return -1;
      }
    }
    return tokens[i + size - 1].end();
  }

  /** A hyphen where the name has a space, or the other way round (Kim-Il-Sung-Platz for Kim Il Sung). */
  private static boolean hyphenForSpace(String folded, int from, int to, String expected) {
    if (to - from != 1 || expected.length() != 1) {
      return false;
    }
    char c = folded.charAt(from);
    char x = expected.charAt(0);
    return (c == '-' && x == ' ') || (c == ' ' && x == '-');
  }

  /** Whether {@link #separator} of {@code folded[from, to)} equals {@code expected}, without building it. */
  private static boolean separatorIs(String folded, int from, int to, String expected) {
    int k = 0;
    char last = 0;
    for (int i = from; i < to; i++) {
      char c = folded.charAt(i);
      if (to - from > 1 && c == ' ' && k > 0 && last == ' ') {
        continue; // a run of spaces counts once
      }
      if (k >= expected.length() || expected.charAt(k) != c) {
        return false;
      }
      k++;
      last = c;
    }
    return k == expected.length();
  }

  /**
   * Whether a word is written in capitals: longer than one letter, unchanged by upper-casing and
   * changed by lower-casing. Most words have a letter that upper-casing changes, which settles it
   * without building the upper- and lower-case copies.
   */
  static boolean isCaps(String s) {
    if (s.length() <= 1) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.toUpperCase(c) != c && !Character.isSurrogate(c)) {
        return false; // its upper-case form differs, so the upper-case string differs
      }
    }
    return s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
  }
}
