package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The names checks' fast paths answer what the plain formulation they replaced answers, on random
 * words built from few letters (so that near misses are common) and on real names.
 */
class NamesHotPathOracleTest {

  /** The full table of Levenshtein distances, row by row: the formulation {@link Edits} replaced. */
  private static int[] lastRow(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev;
  }

  private static String word(Random r, String letters, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(max + 1); i > 0; i--) {
      b.append(letters.charAt(r.nextInt(letters.length())));
    }
    return b.toString();
  }

  /** A copy of {@code a} with a few letters changed, dropped or added: close pairs, which matter most. */
  private static String nearCopy(Random r, String a, String letters) {
    StringBuilder b = new StringBuilder(a);
    for (int e = r.nextInt(4); e > 0; e--) {
      int op = r.nextInt(3);
      if (op == 0 && b.length() > 0) {
        b.setCharAt(r.nextInt(b.length()), letters.charAt(r.nextInt(letters.length())));
      } else if (op == 1 && b.length() > 0) {
        b.deleteCharAt(r.nextInt(b.length()));
      } else {
        b.insert(r.nextInt(b.length() + 1), letters.charAt(r.nextInt(letters.length())));
      }
    }
    for (int e = r.nextInt(4); e > 0; e--) {
      b.append(letters.charAt(r.nextInt(letters.length())));
    }
    return b.toString();
  }

  private static void compare(String a, String b) {
    int[] row = lastRow(a, b);
    for (int max = 0; max <= 3; max++) {
      int d = row[b.length()];
      int expected = Math.abs(a.length() - b.length()) > max || d > max ? max + 1 : d;
      int m = max;
      assertEquals(expected, Edits.distance(a, b, max), () -> "distance " + a + " / " + b + " max " + m);
      for (int from = 0; from <= b.length() + 1; from++) {
        boolean near = false;
        for (int j = from; j <= b.length(); j++) {
          near |= row[j] <= max;
        }
        int f = from;
        assertEquals(near, Edits.nearPrefix(a, b, max, from), () -> "nearPrefix " + a + " / " + b + " max " + m + " from " + f);
      }
    }
  }

  @Test
  void bitParallelDistancesAreTheTable() {
    Random r = new Random(18);
    for (String letters : new String[] {"ab", "abcdeklmnoprstuvy", "аяеёиоАЯkK\u0301"}) {
      for (int k = 0; k < 60_000; k++) {
        String a = word(r, letters, 12);
        String b = r.nextBoolean() ? nearCopy(r, a, letters) : word(r, letters, 14);
        compare(a, b);
        compare(b, a);
      }
    }
    // the 64-letter word the bit vector holds, one longer (the table), and long near copies
    for (int k = 0; k < 2_000; k++) {
      String a = word(r, "abc", 70);
      compare(a, nearCopy(r, a, "abc"));
      compare(nearCopy(r, a, "abc"), a);
    }
    String[] names = {"kormiltsyna", "kormilitsyna", "kormiltsynoi", "grigorov", "grigorova", "zhuravlev", "shoigu",
        "shoygu", "pkhenian", "pyongyang", "kim", "", "a"};
    for (String a : names) {
      for (String b : names) {
        compare(a, b);
      }
    }
  }

  /** names.unknown's pairing: the distance to any cut of up to three letters (never to nothing). */
  @Test
  void closeIsTheDistanceToAnyCut() {
    Random r = new Random(7);
    String letters = "abcdeklmnoprstuvy";
    for (int k = 0; k < 200_000; k++) {
      String source = word(r, letters.substring(0, 6), 11);
      String target = r.nextBoolean() ? nearCopy(r, source, letters) : word(r, letters.substring(0, 6), 13);
      int max = source.length() >= 8 ? 2 : 1;
      int[] row = lastRow(source, target);
      boolean expected = false;
      for (int j = Math.max(1, target.length() - 3); j <= target.length(); j++) {
        expected |= row[j] <= max;
      }
      assertEquals(expected, UnknownNameCheck.close(source, target), () -> source + " / " + target);
    }
  }

  /**
   * {@link NameTokens} answers for each capitalised word what the checks asked of every word
   * themselves: the capitalised words in order, TermIndex.covers, sentenceStart, knows, singleScript.
   */
  @Test
  void capitalisedWordsAnswerAsTheWordsDid() {
    String[] en = {"Kim Jong Un met Vladimir Putin in Pyongyang. North Korea said", "The Kremlin: Dmitry Peskov",
        "Kristina Kormilitsyna / Sputnik / AFP", "“Russia” and Russian", "New York New York", "KIM JONG UN IN MOSCOW"};
    String[] ru = {"Ким Чен Ын встретил Владимира Путина в Пхеньяне. Северная Корея заявила", "Кремль: Дмитрий Песков",
        "Кристина Кормильцына / Sputnik / AFP", "«Россия» и российский", "Нью-Йорк Нью-Йорк", "КИМ ЧЕН ЫН В МОСКВЕ",
        "Путиным, Путину и Путіна — Москва!", "Kim Пхеньян Ssang Seoul Сеул"};
    Random r = new Random(5);
    List<String[]> pairs = new java.util.ArrayList<>();
    for (int k = 0; k < 400; k++) { // the pieces joined at random, so that words meet sentence ends and names
      StringBuilder s = new StringBuilder();
      StringBuilder t = new StringBuilder();
      for (int p = 1 + r.nextInt(4); p > 0; p--) {
        s.append(en[r.nextInt(en.length)]).append(r.nextBoolean() ? " " : ". ");
        t.append(ru[r.nextInt(ru.length)]).append(r.nextBoolean() ? " " : ". ");
      }
      pairs.add(new String[] {s.toString(), t.toString()});
    }
    for (String[] p : pairs) {
      Story story = Fixture.VALIDATOR.prepare(List.of(Fixture.pair(p[0], p[1])), Fixture.enRu());
      Unit unit = story.units().get(0);
      same(unit.source(), unit.sourceNames(), story.sourceNames(), unit.sourceCapitals());
      same(unit.target(), unit.targetNames(), story.targetNames(), unit.targetCapitals());
    }
  }

  /** names.misspelt's phrases of a concept, remembered by the index, are its accepted spellings of two words or more. */
  @Test
  void longPhrasesAreTheAcceptedSpellingsOfTwoWords() {
    Story story = Fixture.VALIDATOR.prepare(List.of(Fixture.pair("a", "б")), Fixture.enRu());
    int seen = 0;
    for (TermIndex index : List.of(story.sourceNames(), story.targetNames())) {
      for (org.localize.locale.ConceptForms c : index.concepts()) {
        if (index.concept(c.concept().id()) != c) {
          continue; // a second entry of the id: the index answers by the first
        }
        List<List<Token>> expected = new java.util.ArrayList<>();
        for (String phrase : c.accepted()) {
          List<Token> words = Text.of(phrase, org.localize.unit.TextFormat.TEXT).tokens();
          if (words.size() >= 2) {
            expected.add(words);
          }
        }
        assertEquals(expected, index.longPhrases(c), c.concept().id());
        assertEquals(expected, index.longPhrases(c), c.concept().id()); // remembered
        seen += expected.size();
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(seen > 100, "phrases of two words: " + seen);
  }

  /** {@link Text#sentenceStart} as it was before its fast path for a letter or digit before the word. */
  private static boolean sentenceStartAsItWas(String masked, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      char c = masked.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "«„“\"'‘(—–-".indexOf(c) >= 0) {
        continue;
      }
      return ".!?…:".indexOf(c) >= 0;
    }
    return true;
  }

  @Test
  void sentenceStartIsTheGeneralTest() {
    Random r = new Random(11);
    String letters = "aZz09 .!?…:,;«„“\"'‘(—–-\u00A0\t\nАЯаяЁёÉé\u0301ßΩ)»]@/";
    for (int k = 0; k < 20_000; k++) {
      String raw = word(r, letters, 12);
      Text text = Text.of(raw, org.localize.unit.TextFormat.TEXT);
      for (int pos = 0; pos <= text.masked().length(); pos++) {
        int p = pos;
        assertEquals(sentenceStartAsItWas(text.masked(), pos), text.sentenceStart(pos), () -> "«" + raw + "» @" + p);
      }
    }
    for (String raw : new String[] {"Ким Чен Ын встретил Владимира Путина в Пхеньяне. Северная Корея заявила",
        "“Russia” and Russian: Kim — Moscow! «Россия» (Путин) 2024 Seoul"}) {
      Text text = Text.of(raw, org.localize.unit.TextFormat.TEXT);
      for (int pos = 0; pos <= raw.length(); pos++) {
        assertEquals(sentenceStartAsItWas(text.masked(), pos), text.sentenceStart(pos), raw + " @" + pos);
      }
    }
  }

  /**
   * A token's Latin key, answered from the slots of recent tokens, is the key of its text: on many
   * random words (slots shared and overwritten) asked twice, and on real names of both sides.
   */
  @Test
  void latinKeyOfATokenIsTheKeyOfItsText() {
    Story story = Fixture.VALIDATOR.prepare(List.of(Fixture.pair("a", "б")), Fixture.enRu());
    Random r = new Random(23);
    for (LocaleTools tools : List.of(story.sourceTools(), story.targetTools())) {
      List<String> texts = new java.util.ArrayList<>();
      for (int k = 0; k < 3_000; k++) {
        texts.add(word(r, "Kkoрмиль цынаAbс ", 14));
      }
      texts.add("Kristina Kormilitsyna Кристина Кормильцына Ким Чен Ын Kim Jong Un Шойгу Shoigu Shoygu");
      for (int round = 0; round < 2; round++) {
        for (String raw : texts) { // tokens made anew, their text not yet cut when the key is asked
          for (Token t : Text.of(raw, org.localize.unit.TextFormat.TEXT).tokens()) {
            String key = tools.latinKey(t);
            assertEquals(tools.latinKey(t.text()), key, t.text());
          }
        }
      }
    }
  }

  /** names.unknown's suggestion, remembered by the target's tools, is ICU's transliteration kept in one script. */
  @Test
  void icuNameIsTheTransliterationInOneScript() {
    Story story = Fixture.VALIDATOR.prepare(List.of(Fixture.pair("a", "б")), Fixture.enRu());
    Random r = new Random(29);
    List<String> names = new java.util.ArrayList<>(List.of("Kristina Kormilitsyna", "Scanpix", "LETA", "Shoygu",
        "Grigorov", "São Paulo", "Ωmega", "O'Neill", "Kim Jong Un", ""));
    for (int k = 0; k < 2_000; k++) {
      names.add(word(r, "KkoAbsyhjé'- Ωß", 12));
    }
    int latin = story.sourceTools().script();
    for (int round = 0; round < 2; round++) { // computed, then remembered
      for (String name : names) {
        String expected = NameScriptCheck.inScript(story.targetTools().transliterate(name, latin), story.targetTools().script());
        assertEquals(expected, story.icuName(name), name);
        assertEquals(expected, story.targetTools().icuName(name, latin), name);
      }
    }
  }

  private static void same(Text text, List<TermIndex.Match> names, TermIndex index, NameTokens capitals) {
    int k = 0;
    List<Token> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.capitalised()) {
        continue;
      }
      String where = text.raw() + " @" + t.start();
      assertEquals(i, capitals.index(k), where);
      assertEquals(t, capitals.token(k), where);
      assertEquals(TermIndex.covers(names, t.start()), capitals.covered(k), where);
      assertEquals(text.sentenceStart(t.start()), capitals.sentenceStart(k), where);
      assertEquals(index.knows(t.text()), capitals.known(k), where); // the set itself, without the filters
      assertEquals(index.knows(t.text()), index.knows(t), where);
      assertEquals(t.singleScript(), capitals.singleScript(k), where);
      k++;
    }
    assertEquals(k, capitals.size(), text.raw());
  }
}
