package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * FirstChars, the pre-test before the loops over a few words (ordinal endings, range words, year
 * words, day joiners), says no only where no word matches: on every character, on random words made
 * of characters whose case is tricky (ſ, K, İ, ı, ß, Σ, surrogates), and on the word lists of the
 * date vocabularies of sixteen locales, at every place of random text.
 */
class FirstCharsOracleTest {

  private static final List<String> LOCALES = List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "ja", "zh", "ko", "el", "tr",
      "is", "lt", "ar", "th");

  private static final String[] PIECES = {"a", "s", "S", "k", "K", "ſ", "\u212A", "i", "I", "İ", "ı", "ß", "ss", "σ", "Σ",
      "ς", "ж", "Ж", "ё", "е", "ї", "-", ".", " ", "'", "го", "th", "и", "日", "年", "\uD801\uDC00", "\uD801\uDC28", "é", "É"};

  /** Whether some word matches at {@code p} of {@code s}: the loop the pre-test stands before. */
  private static boolean anyMatches(String s, int p, String[] words) {
    for (String w : words) {
      if (Text.matchesAt(s, p, w)) {
        return true;
      }
    }
    return false;
  }

  private static void check(String[] words, Random r) {
    FirstChars starts = new FirstChars(words);
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!starts.may((char) c)) {
        for (String w : words) {
          String s = (char) c + w.substring(1); // the word with its first character replaced
          assertFalse(Text.matchesAt(s, 0, w), () -> "U+" + Integer.toHexString(s.charAt(0)) + " «" + w + "»");
        }
      }
    }
    for (int k = 0; k < 300; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(12); n > 0; n--) {
        b.append(r.nextInt(3) == 0 && words.length > 0 ? words[r.nextInt(words.length)] : PIECES[r.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      for (int p = 0; p < s.length(); p++) {
        if (!starts.may(s.charAt(p))) {
          int at = p;
          assertFalse(anyMatches(s, p, words), () -> "«" + s + "» at " + at);
        }
      }
    }
  }

  @Test
  void saysNoOnlyWhereNoRandomWordMatches() {
    Random r = new Random(23);
    for (int k = 0; k < 300; k++) {
      String[] words = new String[r.nextInt(5)];
      for (int i = 0; i < words.length; i++) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(4); n > 0; n--) {
          b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        words[i] = b.toString();
      }
      check(words, r);
    }
  }

  @Test
  void saysNoOnlyWhereNoWordOfTheDateVocabulariesMatches() throws Exception {
    Random r = new Random(24);
    int lists = 0;
    int refused = 0;
    for (String tag : LOCALES) {
      DateVocabulary v = new DateVocabulary(Fixture.LOCALES.forTag(tag));
      for (String name : new String[] {"allSuffixes", "rangeConnectors", "dayJoiners", "yearWords"}) {
        Field f = DateVocabulary.class.getDeclaredField(name);
        f.setAccessible(true);
        String[] words = (String[]) f.get(v);
        check(words, r);
        lists++;
        FirstChars starts = new FirstChars(words);
        for (char c = 'a'; c <= 'z'; c++) {
          refused += starts.may(c) ? 0 : 1;
        }
      }
    }
    assertTrue(lists == 4 * LOCALES.size());
    assertTrue(refused > 1000, "the pre-test refuses too little to be tested: " + refused);
  }

  @Test
  void emptyOrSurrogateWordTurnsItOff() {
    for (String[] words : List.of(new String[] {"th", ""}, new String[] {"\uD801\uDC00x"})) {
      FirstChars starts = new FirstChars(words);
      List<Character> refused = new ArrayList<>();
      for (int c = 0; c <= 0xFFFF; c++) {
        if (!starts.may((char) c)) {
          refused.add((char) c);
        }
      }
      assertTrue(refused.isEmpty(), refused.toString());
    }
  }
}
