package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;

/**
 * The sixth round's shortcuts in the names checks answer what the formulations they replaced
 * answered, on random text (letters of several scripts, marks, surrogates, markup) and on the
 * example story.
 */
class NamesPassesOracleTest {

  private static final String PIECES = "aZkéß Ωω Кк ёЁ Ѣ\u0301 金正恩 プーチン 𝐀 ’'-.<b>&amp;  \u00A0Ivan Путин";

  private static String text(Random r, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(max + 1); i > 0; i--) {
      int at = r.nextInt(PIECES.length());
      b.append(PIECES, at, Math.min(PIECES.length(), at + 1 + r.nextInt(4)));
    }
    return b.toString();
  }

  private static List<String> texts() {
    Random r = new Random(18);
    List<String> all = new ArrayList<>();
    for (int k = 0; k < 5_000; k++) {
      all.add(text(r, 40));
    }
    for (TextPair p : Fixture.story()) {
      all.add(p.source());
      if (p.target() != null) {
        all.add(p.target());
      }
    }
    return all;
  }

  /** The token array the names passes read is the token list, token for token. */
  @Test
  void tokenArrayIsTheTokenList() {
    for (String s : texts()) {
      for (TextFormat f : List.of(TextFormat.TEXT, TextFormat.HTML)) {
        Text t = Text.of(s, f);
        assertArrayEquals(t.tokens().toArray(new Token[0]), t.tokenArray(), s);
        Text u = Text.of(s, f); // the array first, the list after
        assertEquals(List.of(u.tokenArray()), u.tokens(), s);
      }
    }
  }

  /** The key letters' formula, written out as names.unknown had it. */
  private static long lettersAsWritten(String key) {
    long bits = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      bits |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : 63 - (c & 31));
    }
    return bits;
  }

  /** names.unknown's letters of a key, read from a table for ASCII, are the formula's: every character, random keys. */
  @Test
  void keyLettersFromTheTableAreTheFormulas() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      assertEquals(lettersAsWritten(one), UnknownNameCheck.letters(one), "U+" + Integer.toHexString(c));
    }
    Random r = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      String key = text(r, 12) + (char) r.nextInt(0x500);
      assertEquals(lettersAsWritten(key), UnknownNameCheck.letters(key), key);
    }
  }

  /** ICU's name, remembered per script written from, is the transliteration kept in one script, from each script. */
  @Test
  void icuNameFromEachScriptIsTheTransliteration() {
    Story story = Fixture.VALIDATOR.prepare(List.of(Fixture.pair("a", "б")), Fixture.enRu());
    Random r = new Random(31);
    List<String> names = new ArrayList<>(List.of("Kristina Kormilitsyna", "Кристина", "Ωmega", "金正恩", ""));
    for (int k = 0; k < 1_000; k++) {
      names.add(text(r, 6));
    }
    int[] scripts = {com.ibm.icu.lang.UScript.LATIN, com.ibm.icu.lang.UScript.GREEK, com.ibm.icu.lang.UScript.HAN,
        com.ibm.icu.lang.UScript.LATIN};
    for (LocaleTools tools : List.of(story.targetTools(), story.sourceTools())) {
      for (int round = 0; round < 2; round++) { // computed, then remembered; the scripts interleaved
        for (String name : names) {
          for (int script : scripts) {
            String expected = NameScriptCheck.inScript(tools.transliterate(name, script), tools.script());
            assertEquals(expected, tools.icuName(name, script), name + " from " + script);
          }
        }
      }
    }
  }

  /**
   * names.form's first-letter test skips only words {@link NameFormCheck#closest} finds nothing for:
   * every Russian concept's accepted words against its own words with endings changed and random words.
   */
  @Test
  void firstLetterTestSkipsOnlyWordsWithNoClosestForm() {
    Story story = Fixture.VALIDATOR.prepare(List.of(Fixture.pair("a", "б")), Fixture.enRu());
    TermIndex index = story.targetNames();
    java.util.Set<String> endings = story.targetTools().data().names().inflector().endings();
    Random r = new Random(11);
    int skipped = 0;
    int found = 0;
    for (org.localize.locale.ConceptForms c : index.concepts()) {
      java.util.Set<String> words = index.acceptedWords(c);
      long firsts = NameFormCheck.firstLetters(words);
      List<String> tries = new ArrayList<>();
      for (String w : words) {
        tries.add(w);
        tries.add(w.substring(0, Math.max(1, w.length() - 1)) + "у");
        tries.add(w + "ом");
        tries.add(Character.toLowerCase(w.charAt(0)) + w.substring(1) + "а");
      }
      for (int k = 0; k < 20; k++) {
        tries.add((char) ('А' + r.nextInt(32)) + text(r, 6));
        tries.add((char) r.nextInt(0x600) + "ова");
      }
      for (String t : tries) {
        if (t.isEmpty()) {
          continue;
        }
        String closest = NameFormCheck.closest(t, words, endings);
        found += closest == null ? 0 : 1;
        if ((firsts & NameFormCheck.firstLetter(t.charAt(0))) == 0) {
          skipped++;
          assertEquals(null, closest, t + " / " + words);
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(skipped > 1_000 && found > 100, skipped + " skipped, " + found + " found");
  }

  /** The governor's token, found by halves, is the one the walk from the first token found, at every position. */
  @Test
  void firstTokenEndingAfterIsTheWalks() {
    for (String s : texts()) {
      Text t = Text.of(s, TextFormat.HTML);
      List<Token> tokens = t.tokens();
      for (int pos = -1; pos <= s.length() + 1; pos++) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= pos) {
          i++;
        }
        assertEquals(i, NameWords.firstEndingAfter(t.tokenArray(), pos), s + " @" + pos);
      }
    }
  }

  /** A token's hash, read from its string in place, is its text's hash: tokenized tokens and tokens made with their text. */
  @Test
  void tokenHashIsItsTextsHash() {
    for (String s : texts()) {
      for (Token t : Text.of(s, TextFormat.TEXT).tokens()) {
        assertEquals(t.text().hashCode(), t.textHash(), s);
        assertEquals(t.text().hashCode(), new Token(t.start(), t.end(), t.text(), t.script()).textHash(), s);
      }
    }
  }
}
