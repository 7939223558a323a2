package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.locale.LocaleData;

/**
 * Shortcuts on the checks' hot paths must answer exactly what the plain formulation they replace
 * answers: each is compared with it on random input built from the characters where a shortcut
 * could go wrong (case pairs, letters whose case mapping leaves ASCII or Cyrillic, digits, marks).
 */
class HotPathEquivalenceTest {

  private static final String ALPHABET = "aAbBzZ09 .-'юЮяЯаАёЁеЕiIıİKkKſsSßµΜμ\u0301\u00AD\u00A0日月";

  private static String random(Random r, int max) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  @Test
  void matchesAtIsRegionMatchesIgnoringCase() {
    Random r = new Random(18);
    for (int k = 0; k < 200_000; k++) {
      String s = random(r, 8);
      String t = random(r, 3);
      int p = r.nextInt(s.length() + 4) - 2;
      assertEquals(s.regionMatches(true, p, t, 0, t.length()), Text.matchesAt(s, p, t),
          () -> "«" + s + "» at " + p + " «" + t + "»");
    }
    for (int a = 0; a < 0x500; a++) {
      for (char b : "aAzZ09-яЯаАёЁ".toCharArray()) {
        String s = String.valueOf((char) a);
        String t = String.valueOf(b);
        assertEquals(s.regionMatches(true, 0, t, 0, 1), Text.matchesAt(s, 0, t), () -> s + " " + t);
      }
    }
  }

  /** The names.unknown pairing: one distance table for the four cuts of a case ending. */
  @Test
  void closeIsTheDistanceToAnyCut() {
    Random r = new Random(7);
    String letters = "abcdeklmnoprstuvy";
    for (int k = 0; k < 200_000; k++) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      int la = r.nextInt(12);
      for (int i = 0; i < la; i++) {
        a.append(letters.charAt(r.nextInt(6)));
      }
      // the target: often a near copy of the source with an ending, so that both answers occur
      if (r.nextBoolean()) {
        b.append(a);
        for (int e = r.nextInt(3); e > 0 && b.length() > 0; e--) {
          b.setCharAt(r.nextInt(b.length()), letters.charAt(r.nextInt(6)));
        }
        for (int e = r.nextInt(5); e > 0; e--) {
          b.append(letters.charAt(r.nextInt(letters.length())));
        }
      } else {
        for (int i = r.nextInt(14); i > 0; i--) {
          b.append(letters.charAt(r.nextInt(6)));
        }
      }
      String source = a.toString();
      String target = b.toString();
      int max = source.length() >= 8 ? 2 : 1;
      boolean expected = false;
      for (int cut = 0; cut <= 3 && cut < target.length(); cut++) {
        if (Edits.distance(source, target.substring(0, target.length() - cut), max) <= max) {
          expected = true;
        }
      }
      assertEquals(expected, UnknownNameCheck.close(source, target), () -> source + " / " + target);
    }
  }

  /** NumberWords reads no combining mark below U+0300 without asking Unicode's tables. */
  @Test
  void noCombiningMarkBeforeU0300() {
    for (int c = 0; c < 0x300; c++) {
      int t = Character.getType((char) c);
      assertFalse(t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK, "U+" + Integer.toHexString(c));
    }
  }

  /** NumberReader reads its patterns' groups by number: each number must be the group of that name. */
  @Test
  void numberGroupsByNumber() {
    String[][] groups = {{"int", "1"}, {"g", "2"}, {"lakh", "3"}, {"sep", "4"}, {"frac", "5"}, {"suffix", "6"}};
    for (String s : List.of("1,234,567.89-ти", "2,06,737", "12 345,5", "7", "1.200", "3,5-летний", "0200")) {
      java.util.regex.Matcher m = NumberReader.NUMBER.matcher(s);
      assertTrue(m.lookingAt(), s);
      for (String[] g : groups) {
        assertEquals(m.group(g[0]), m.group(Integer.parseInt(g[1])), s + " " + g[0]);
      }
    }
    assertEquals(NumberReader.INT, 1);
    assertEquals(NumberReader.GROUP, 2);
    assertEquals(NumberReader.LAKH, 3);
    assertEquals(NumberReader.SEP, 4);
    assertEquals(NumberReader.FRAC, 5);
    assertEquals(NumberReader.SUFFIX, 6);
    assertEquals(NumberReader.NUMBER.matcher("").groupCount(), 6);
    java.util.regex.Matcher t = NumberReader.TIME.matcher("10:30 10 h 45");
    assertTrue(t.find());
    assertEquals(t.group("h"), t.group(NumberReader.HOUR));
    assertEquals(t.group("m"), t.group(NumberReader.MINUTE));
    assertEquals(NumberReader.TIME.matcher("").groupCount(), 2);
  }

  /**
   * NumberWords skips a word whose first three letters (folded) no number word starts with: no
   * word of the lexicon, however written (capitals, soft hyphens, ё), may be skipped.
   */
  @Test
  void numberWordFilterSkipsNoNumberWord() {
    Random r = new Random(3);
    for (String tag : List.of("en", "ru", "uk", "de", "pl", "fr", "cs", "tr", "az", "lt", "el", "es", "it")) {
      NumberWords w = NumberWords.of(Fixture.LOCALES.forTag(tag));
      List<String> words = new java.util.ArrayList<>();
      for (String k : w.lexiconWords()) {
        if (k.isEmpty() || k.indexOf(' ') >= 0) {
          continue;
        }
        words.add(k);
        words.add(k.toUpperCase(java.util.Locale.ROOT));
        words.add(Character.toUpperCase(k.charAt(0)) + k.substring(1));
        words.add(k.replace('е', 'ё'));
        words.add(k.charAt(0) + "\u00AD" + k.substring(1));
        words.add(k.length() > 2 ? k.substring(0, 2) + "\u00AD\u00AD" + k.substring(2) : k);
        words.add(k.substring(0, Math.max(1, k.length() - 1)));
      }
      for (int i = 0; i < 20_000; i++) {
        words.add(random(r, 5).replace(" ", "").replace(".", "").replace("-", ""));
      }
      // the letters whose lower case depends on the locale or on the letters around them (Turkish,
      // Azeri and Lithuanian I and J, İ, final sigma), put into words of the lexicon and around them
      String odd = "IiJjİıÌÍĨĮΣσς\u0307\u0301";
      List<String> lexicon = new java.util.ArrayList<>(words.subList(0, Math.min(words.size(), 2_000)));
      for (int i = 0; i < 20_000 && !lexicon.isEmpty(); i++) {
        String k = lexicon.get(r.nextInt(lexicon.size()));
        int at = r.nextInt(k.length() + 1);
        String o = String.valueOf(odd.charAt(r.nextInt(odd.length())));
        words.add(switch (r.nextInt(3)) {
          case 0 -> k.substring(0, at) + o + k.substring(at);
          case 1 -> k.substring(0, at) + o + (at < k.length() ? k.substring(at + 1) : "");
          default -> k.replace('i', 'I').replace('j', 'J');
        });
      }
      for (String word : words) {
        if (word.isEmpty()) {
          continue;
        }
        boolean[] fl = w.filterAndLexicon(word);
        assertTrue(fl[0] || !fl[1], () -> tag + ": " + word + " is a number word the filter skips");
      }
    }
  }

  /**
   * NumberWords reads the words of a text from the text's tokens (joined where they touch or an
   * apostrophe or soft hyphen stands between them) instead of scanning every character itself:
   * the numbers found must be those its own scan finds, on text made of the lexicon's words and
   * of the characters where the two could part (apostrophes, soft hyphens, marks, surrogate pairs,
   * scripts written without spaces next to others).
   */
  @Test
  void numberWordsFromTokensAreThoseOfTheScan() {
    String[] pieces = {" ", " ", " ", "  ", "-", "'", "\u00AD", "\u0301", "\u0308", ", ", ". ", "\n", "\u00A0", "\u2011",
        "7", "12", "3,5", "1 000", "日", "本", "年", "三", "十", "カ", "ー", "ก", "\uD835\uDC00", "\uD840\uDC00",
        "\uD83D\uDE00", "\uD834\uDD65", "\uD800", "x", "A", "Zz", "я", "Ё", "ё", "İ", "ı", "Σ", "ß", "é", "ł", "č", "l'", "d'",
        "dell'", "п'", "'s", "\u02BC", "\u2019"};
    // half the texts without surrogate pairs, for which the tokens are always used
    String[] bmp = java.util.Arrays.stream(pieces).filter(p -> p.chars().noneMatch(c -> Character.isSurrogate((char) c))).toArray(String[]::new);
    Random r = new Random(18);
    for (String tag : List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "it", "es", "tr", "lt", "el", "ja", "zh")) {
      LocaleData data = Fixture.LOCALES.forTag(tag);
      NumberWords w = NumberWords.of(data);
      List<String> words = new java.util.ArrayList<>(w.lexiconWords());
      words.removeIf(String::isEmpty);
      java.util.Collections.sort(words);
      for (int k = 0; k < 20_000; k++) {
        String[] use = k % 2 == 0 ? bmp : pieces;
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(24); n > 0; n--) {
          if (r.nextInt(3) > 0 && !words.isEmpty()) {
            String word = words.get(r.nextInt(words.size()));
            switch (r.nextInt(6)) {
              case 0 -> word = word.toUpperCase(java.util.Locale.ROOT);
              case 1 -> word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
              case 2 -> {
                int at = r.nextInt(word.length() + 1);
                word = word.substring(0, at) + use[r.nextInt(use.length)] + word.substring(at);
              }
              default -> { }
            }
            b.append(word);
          } else {
            b.append(use[r.nextInt(use.length)]);
          }
          if (r.nextInt(4) > 0) {
            b.append(r.nextBoolean() ? " " : use[r.nextInt(use.length)]);
          }
        }
        String raw = b.toString();
        Text text = Text.of(raw, org.localize.unit.TextFormat.TEXT);
        assertEquals(w.find(text.folded()), w.find(text), () -> tag + ": «" + raw + "»");
      }
    }
  }

  /** QuotesCheck's test of a character, with its shortcut for letters and digits, is membership of its list. */
  @Test
  void quoteOfEveryCharacter() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      assertEquals("'\"«»„“”‚‘’‹›".indexOf(c) >= 0, QuotesCheck.quote(c), "U+" + Integer.toHexString(i));
    }
  }

  /** Text.fold, with its shortcuts for ASCII and Russian, folds every character as its table says. */
  @Test
  void foldOfEveryCharacter() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      char expected = switch (c) {
        case 'ё' -> 'е';
        case 'Ё' -> 'Е';
        case '\u00A0', '\u202F', '\u2009', '\u2007', '\t', '\n', '\r' -> ' ';
        case '\u2019', '\u02BC' -> '\'';
        default -> c;
      };
      assertEquals(expected, Text.fold(c), "U+" + Integer.toHexString(i));
      assertEquals(String.valueOf(expected), Text.fold("ab" + c).substring(2), "U+" + Integer.toHexString(i));
    }
  }

  /** The date lexicon's key of every character: lower case, any decimal digit as its ASCII digit. */
  @Test
  void dateKeyOfEveryCharacter() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      char expected = Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : Character.toLowerCase(c);
      assertEquals(expected, DateLexicon.key(c), "U+" + Integer.toHexString(i));
    }
  }

  /** Token.capitalised, with its shortcuts for ASCII and Russian, is Character.isUpperCase of the first letter. */
  @Test
  void capitalisedOfEveryCharacter() {
    for (int i = 0; i <= 0xFFFF; i++) {
      String s = "x" + (char) i + "y";
      assertEquals(Character.isUpperCase(s.codePointAt(1)), Token.in(s, 1, 3, 0, 0).capitalised(), "U+" + Integer.toHexString(i));
    }
    assertTrue(Token.in("a\uD835\uDC00", 1, 3, 0, 0).capitalised()); // MATHEMATICAL BOLD CAPITAL A
  }
}
