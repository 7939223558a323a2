package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.localize.testing.TestFiles;
import org.localize.unit.TextFormat;

/**
 * The number reader's shortcuts give what the work they stand for gives: the digit scan that reads
 * only the characters between a text's tokens finds the runs (and other scripts' digits) the scan
 * of every character found, on random text made of digits of several scripts, letters, marks and
 * surrogate pairs, and on real text (the WMT21 documents in ../shared, when present).
 */
class NumbersHotPathOracleTest {

  private static final String[] PIECES = {" ", " ", "  ", ".", ",", "-", "/", ":", "'", "\u00AD", "\u0301", "\u0308",
      "\u00A0", "\u202F", "0", "7", "19", "2024", "1 000", "3,5", "٣", "۴", "१२", "１２", "᠑", "²", "½", "Ⅻ",
      "\uD835\uDFCF", "\uD840\uDC00", "\uD800", "日", "年", "三", "x", "A", "Zz", "я", "Ё", "ї", "İ", "ß", "é", "ł", "G7",
      "MP3", "COVID-19", "10:30", "8pm", "тыс", "million", "abend", "\n"};

  /** Random texts of {@link #PIECES}, then the strings of the real documents. */
  private static List<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    Random r = new Random(61);
    for (int k = 0; k < 40_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(20); n > 0; n--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      out.add(b.toString());
    }
    out.addAll(realTexts());
    return out;
  }

  /** The JSON strings of the WMT21 documents beside the repository (none when they are absent). */
  static List<String> realTexts() throws IOException {
    Path dir = Path.of(System.getProperty("localize.shared", TestFiles.PROJECT.resolve("../shared").normalize().toString()))
        .resolve("eval/wmt21");
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (String piece : Files.readString(f).split("\"")) {
          if (piece.length() > 1) {
            out.add(piece);
          }
        }
      }
    }
    return out;
  }

  /** The digit scan as it was: every character from the first digit read. */
  private static int[] runsByEveryChar(String s, int firstDigit, char[][] chars) {
    int n = s.length();
    char[] c = null;
    int[] runs = new int[16];
    int count = 0;
    int runStart = -1;
    for (int i = firstDigit; i <= n; i++) {
      char ch = i < n ? s.charAt(i) : ' ';
      if (ch >= Text.FIRST_OTHER_DIGIT && Character.isDigit(ch)) {
        ch = (char) ('0' + Character.digit(ch, 10));
        if (c == null) {
          c = s.toCharArray();
        }
        c[i] = ch;
      }
      if (ch <= '9' && ch >= '0') {
        if (runStart < 0) {
          runStart = i;
        }
      } else if (runStart >= 0) {
        if (2 * count + 2 > runs.length) {
          runs = Arrays.copyOf(runs, runs.length * 2);
        }
        runs[2 * count] = runStart;
        runs[2 * count + 1] = i;
        count++;
        runStart = -1;
      }
    }
    chars[0] = c;
    return Arrays.copyOf(runs, 2 * count);
  }

  @Test
  void digitScanBetweenTokensIsTheScanOfEveryCharacter() throws IOException {
    int withDigits = 0;
    int converted = 0;
    for (String raw : texts()) {
      Text text = Text.of(raw, TextFormat.TEXT);
      String s = text.folded();
      Token[] tokens = text.tokenArray();
      int first = firstDigitOfEveryChar(s);
      assertEquals(first, NumberReader.firstDigit(s.toCharArray(), tokens), () -> "«" + raw + "»");
      if (first < 0) {
        continue;
      }
      withDigits++;
      char[][] chars = new char[1][];
      int[] expected = runsByEveryChar(s, first, chars);
      NumberReader.Runs got = NumberReader.Runs.of(s.toCharArray(), tokens, first);
      assertArrayEquals(expected, Arrays.copyOf(got.at, 2 * got.count), () -> "«" + raw + "»");
      assertArrayEquals(chars[0], got.chars, () -> "«" + raw + "»");
      converted += got.chars == null ? 0 : 1;
    }
    assertTrue(withDigits > 20_000 && converted > 5_000, withDigits + " texts with digits, " + converted + " converted");
  }

  /**
   * NumberWords.mayHaveWords, which hashes the first letters of a one-token word of basic letters as
   * they stand, answers as the walk of every word by eachWord and the general filters did: on each
   * word of the lexicon and its first letters alone (cased, cut, grown), on random text of them
   * with joiners (apostrophes, soft hyphens, marks, surrogates), and on real text, in locales whose
   * lower case is Character's and in those where it is the locale's (tr, lt).
   */
  @Test
  void mayHaveWordsIsTheWalkOfEveryWord() throws IOException {
    String[] pieces = {" ", " ", "-", "'", "\u2019", "\u00AD", "\u0301", "7", "\uD835\uDC00", "\uD840\uDC00", "x", "A", "Zz",
        "я", "Ё", "ё", "İ", "ı", "I", "i", "Σ", "ß", "é", "ł", "l'", "d'", "dell'", "п'", "日"};
    List<String> real = realTexts();
    Random r = new Random(62);
    int yes = 0;
    int no = 0;
    for (String tag : List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "it", "es", "tr", "lt", "el", "is", "ja")) {
      NumberWords w = NumberWords.of(Fixture.LOCALES.forTag(tag));
      List<String> words = new ArrayList<>(w.lexiconWords());
      words.removeIf(String::isEmpty);
      java.util.Collections.sort(words);
      if (words.isEmpty()) {
        words.addAll(List.of(pieces)); // a locale read character by character has no words
      }
      List<String> texts = new ArrayList<>();
      for (String word : words) {
        texts.add(word);
        texts.add(word.toUpperCase(java.util.Locale.ROOT));
        texts.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        for (int l = 1; l <= 3 && l < word.length(); l++) {
          texts.add(word.substring(0, l));
          texts.add(word.substring(0, l) + "z");
        }
      }
      for (int k = 0; k < 5_000; k++) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(8); n > 0; n--) {
          String word = words.get(r.nextInt(words.size()));
          switch (r.nextInt(6)) {
            case 0 -> word = word.toUpperCase(java.util.Locale.ROOT);
            case 1 -> word = word.substring(0, r.nextInt(word.length() + 1));
            case 2 -> {
              int at = r.nextInt(word.length() + 1);
              word = word.substring(0, at) + pieces[r.nextInt(pieces.length)] + word.substring(at);
            }
            default -> { }
          }
          b.append(word).append(r.nextInt(3) > 0 ? " " : pieces[r.nextInt(pieces.length)]);
        }
        texts.add(b.toString());
      }
      texts.addAll(real);
      for (String raw : texts) {
        Text text = Text.of(raw, TextFormat.TEXT);
        boolean expected = w.mayHaveWordsByVisitor(text.folded(), text.tokens());
        assertEquals(expected, w.mayHaveWords(text), () -> tag + ": «" + raw + "»");
        if (expected) {
          yes++;
        } else {
          no++;
        }
      }
    }
    assertTrue(yes > 10_000 && no > 10_000, yes + " texts that may have words, " + no + " that may not");
  }

  /**
   * A number inside a date that find drops is read only as far as its span: what find keeps of a
   * text is what it keeps reading every number fully (with keepInDates, which marks such numbers
   * rather than dropping them), less the numbers inside the dates. On random text of numbers,
   * month names, magnitudes and clock words, and on real text, in twelve locales.
   */
  @Test
  void numbersDroppedInDatesLeaveTheRestAsTheyWere() throws IOException {
    List<String> real = realTexts();
    Random r = new Random(63);
    int dropped = 0;
    int kept = 0;
    for (String tag : List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "es", "it", "tr", "el", "ja")) {
      LocaleTools tools = new LocaleTools(Fixture.LOCALES.forTag(tag));
      NumberReader other = new LocaleTools(Fixture.LOCALES.forTag(tag.equals("en") ? "ru" : "en")).numbers();
      List<String> pieces = new ArrayList<>(List.of(" ", " ", " ", ", ", ". ", "-", "–", "/", ":", "'", "s", "1", "7", "12", "14",
          "24", "30", "2019", "2024", "1,200", "3.5", "1 000", "4,5", "0200", "million", "bn", "млн", "тыс.", "Mio.", "万", "pm",
          "a.m.", "Uhr", "h", "o'clock", "de", "года", "г.", "году", "th", "-го", "x", "\u00A0"));
      com.ibm.icu.text.DateFormatSymbols symbols = com.ibm.icu.text.DateFormatSymbols.getInstance(
          com.ibm.icu.util.ULocale.forLanguageTag(tag));
      for (int context : new int[] {com.ibm.icu.text.DateFormatSymbols.FORMAT, com.ibm.icu.text.DateFormatSymbols.STANDALONE}) {
        for (int width : new int[] {com.ibm.icu.text.DateFormatSymbols.WIDE, com.ibm.icu.text.DateFormatSymbols.ABBREVIATED}) {
          pieces.addAll(List.of(symbols.getMonths(context, width)));
          pieces.addAll(List.of(symbols.getWeekdays(context, width)));
        }
      }
      pieces.removeIf(String::isEmpty);
      List<String> texts = new ArrayList<>();
      for (int k = 0; k < 6_000; k++) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(16); n > 0; n--) {
          b.append(pieces.get(r.nextInt(pieces.size())));
          if (r.nextBoolean()) {
            b.append(' ');
          }
        }
        texts.add(b.toString());
      }
      texts.addAll(real);
      for (String raw : texts) {
        Text text = Text.of(raw, TextFormat.TEXT);
        List<DateMention> dates = tools.dates().find(text);
        List<NumberMention> all = tools.numbers().find(text, dates, other, true);
        List<NumberMention> expected = new ArrayList<>();
        for (NumberMention m : all) {
          if (dates.stream().noneMatch(d -> m.start() >= d.start() && m.end() <= d.end())) {
            expected.add(m);
          }
        }
        assertEquals(expected, tools.numbers().find(text, dates, other, false), () -> tag + ": «" + raw + "» " + dates);
        dropped += all.size() - expected.size();
        kept += expected.size();
      }
    }
    assertTrue(dropped > 10_000 && kept > 10_000, dropped + " numbers dropped, " + kept + " kept");
  }

  /** Text.letter, which the number scanners ask in place of Character.isLetter, answers as it for every char. */
  @Test
  void letterIsCharactersLetter() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      assertEquals(Character.isLetter(c), Text.letter(c), () -> "U+" + Integer.toHexString(c));
    }
  }

  /** The first decimal digit (any script's) of {@code s}, or -1, by a test of every character: the scan as it was. */
  private static int firstDigitOfEveryChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
