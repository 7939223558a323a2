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
      int first = NumberReader.firstDigit(s);
      assertEquals(first, NumberReader.firstDigit(s, tokens), () -> "«" + raw + "»");
      if (first < 0) {
        continue;
      }
      withDigits++;
      char[][] chars = new char[1][];
      int[] expected = runsByEveryChar(s, first, chars);
      NumberReader.Runs got = NumberReader.Runs.of(s, tokens, first);
      assertArrayEquals(expected, Arrays.copyOf(got.at, 2 * got.count), () -> "«" + raw + "»");
      assertArrayEquals(chars[0], got.chars, () -> "«" + raw + "»");
      converted += got.chars == null ? 0 : 1;
    }
    assertTrue(withDigits > 20_000 && converted > 5_000, withDigits + " texts with digits, " + converted + " converted");
  }
}
