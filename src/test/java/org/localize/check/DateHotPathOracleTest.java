package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Shortcuts on the path that finds dates answer exactly what the plain formulation they replace
 * answers, in the date vocabularies of sixteen locales (the walk itself against the first-character
 * pre-tests is ScannerShortcutsOracleTest's).
 */
class DateHotPathOracleTest {

  private static final List<String> LOCALES = List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "ja", "zh", "ko", "el", "tr",
      "is", "lt", "ar", "th");

  /** The root's table gives, for every key, the child the root's own search finds. */
  @Test
  void firstStepByTableIsTheRootsSearch() {
    for (String tag : LOCALES) {
      DateLexicon lex = new DateVocabulary(Fixture.LOCALES.forTag(tag)).lexicon();
      int found = 0;
      for (int k = 0; k <= 0xFFFF; k++) {
        Object bySearch = lex.firstStep((char) k, true);
        assertSame(bySearch, lex.firstStep((char) k, false), tag + " U+" + Integer.toHexString(k));
        found += bySearch != null ? 1 : 0;
      }
      assertTrue(found > 5, tag + ": too few first keys (" + found + ")");
    }
  }

  /** The tests of single characters the date reader uses instead of Character's: the same answer for every character. */
  @Test
  void digitValueAndLetterOfEveryCharacter() {
    for (int k = 0; k <= 0xFFFF; k++) {
      char c = (char) k;
      assertEquals(Character.isDigit(c), Text.digit(c), () -> "digit U+" + Integer.toHexString(c));
      assertEquals(Character.isLetter(c), Text.letter(c), () -> "letter U+" + Integer.toHexString(c));
      if (Character.isDigit(c)) {
        assertEquals(Character.digit(c, 10), DatePattern.value(c), () -> "value U+" + Integer.toHexString(c));
      }
    }
  }

  private static final String[] PIECES = {" ", " ", ". ", ", ", ".", "/", "-", "–", "th", "-го", "日", "月", "年", "(", "）",
      "0", "1", "7", "9", "01", "12", "13", "19", "29", "31", "32", "99", "100", "999", "1000", "2024", "2999", "3000",
      "20245", "٣", "١٩", "１２", "२०२४", "x", "Ж", "é"};

  /**
   * A pattern that starts with a number is not tried where its first field cannot read the digit
   * run (DatePattern.firstReads): there, its match fails; on random text of digit runs of every
   * length and value (ASCII and other scripts) and the words around dates, with every such pattern
   * of sixteen locales.
   */
  @Test
  void firstReadsFalseOnlyWhereTheMatchFails() throws Exception {
    Random r = new Random(31);
    Field fromNumber = DateVocabulary.class.getDeclaredField("fromNumber");
    fromNumber.setAccessible(true);
    int refused = 0;
    for (String tag : LOCALES) {
      DateVocabulary v = new DateVocabulary(Fixture.LOCALES.forTag(tag));
      @SuppressWarnings("unchecked")
      List<DatePattern> patterns = new ArrayList<>((List<DatePattern>) fromNumber.get(v));
      for (String p : new String[] {"d.M.y", "dd.MM", "d/M", "M/d/y", "y-MM-dd", "y年M月d日", "dd.MM.y"}) {
        DatePattern c = DatePattern.compile(p, false);
        if (c != null) {
          patterns.add(c);
        }
      }
      for (int k = 0; k < 4_000; k++) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + r.nextInt(6); n > 0; n--) {
          b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        String s = Text.fold(b.toString());
        for (int i = 0; i < s.length(); i++) {
          if (!Text.digit(s.charAt(i)) || (i > 0 && Text.digit(s.charAt(i - 1)))) {
            continue; // the number reader tries a run where it starts
          }
          int e = i;
          int value = 0;
          while (e < s.length() && Text.digit(s.charAt(e))) {
            value = value * 10 + DatePattern.value(s.charAt(e));
            e++;
          }
          if (e - i > 4) {
            continue; // no day, month or year: the reader tries no pattern
          }
          for (DatePattern p : patterns) {
            if (!p.firstReads(e - i, value)) {
              refused++;
              int at = i;
              assertFalse(p.match(s, i, v, null, new DatePattern.Found(false)), () -> tag + " " + p + " «" + s + "» at " + at);
            }
          }
        }
      }
    }
    assertTrue(refused > 10_000, "too few refusals to compare (" + refused + ")");
  }

  /**
   * DateLexicon.matchStarted, for a place whose first character the caller has tested, is match
   * there; both are the walk wherever they are not null (random text of ICU's month and weekday
   * words, whole, cut, cased and joined, with and without compounds).
   */
  @Test
  void matchStartedIsMatch() {
    Random r = new Random(32);
    String[] pieces = {" ", " ", ".", ",", "-", "'", "7", "19", "日", "月", "x", "ж", "Ж", "é", "abend", "\u0301"};
    int found = 0;
    for (String tag : LOCALES) {
      DateLexicon lex = new DateVocabulary(Fixture.LOCALES.forTag(tag)).lexicon();
      com.ibm.icu.text.DateFormatSymbols d = com.ibm.icu.text.DateFormatSymbols.getInstance(com.ibm.icu.util.ULocale.forLanguageTag(tag));
      List<String> words = new ArrayList<>();
      for (String[] list : new String[][] {d.getMonths(), d.getShortMonths(), d.getWeekdays(), d.getShortWeekdays()}) {
        for (String w : list) {
          if (w != null && !w.isBlank()) {
            words.add(w);
          }
        }
      }
      for (int k = 0; k < 3_000; k++) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(8); n > 0; n--) {
          String w = r.nextBoolean() ? words.get(r.nextInt(words.size())) : pieces[r.nextInt(pieces.length)];
          switch (r.nextInt(4)) {
            case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
            case 1 -> w = w.substring(0, r.nextInt(w.length() + 1));
            default -> { }
          }
          b.append(w);
        }
        String s = Text.fold(b.toString());
        List<String> compounds = k % 2 == 0 ? List.of() : List.of("abend", "morgen");
        for (int p = 0; p < s.length(); p++) {
          if (lex.mayStart(s.charAt(p))) {
            DateLexicon.Match m = lex.match(s, p, compounds);
            int at = p;
            assertEquals(m, lex.matchStarted(s, p, compounds), () -> tag + " «" + s + "» at " + at);
            assertEquals(lex.walk(s, p, compounds), m, () -> tag + " «" + s + "» at " + at);
            found += m != null ? 1 : 0;
          }
        }
      }
    }
    assertTrue(found > 5_000, "too few words to compare (" + found + ")");
  }

  /**
   * DatePattern.read is DatePattern.number and the end of the digit run, at every place of random
   * digit runs and bounds; read and skipSpaces of a text's chars answer as those of its string.
   */
  @Test
  void readIsNumberAndTheEndOfItsDigits() {
    Random r = new Random(33);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(5); n > 0; n--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      String s = Text.fold(b.toString());
      int min = r.nextInt(5);
      int max = r.nextInt(5);
      for (int p = 0; p <= s.length(); p++) {
        int number = DatePattern.number(s, p, min, max);
        int end = p;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
          end++;
        }
        long read = DatePattern.read(s, p, min, max);
        int at = p;
        assertEquals(read, DatePattern.read(s.toCharArray(), p, min, max), () -> "chars «" + s + "» at " + at);
        assertEquals(DatePattern.skipSpaces(s, p), DatePattern.skipSpaces(s.toCharArray(), p), () -> "spaces «" + s + "» at " + at);
        assertEquals(number, (int) read, () -> "«" + s + "» at " + at + " " + min + ".." + max);
        if (number >= 0) {
          assertEquals(end, (int) (read >>> 32), () -> "«" + s + "» at " + at + " " + min + ".." + max);
        }
      }
    }
  }
}
