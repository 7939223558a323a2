package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanners' shortcuts (tests that dismiss a place before the work they stand for) must give
 * what the work itself gives, at every position of random text made of the words they look for,
 * cut, cased and glued to the characters where a shortcut could go wrong, in several locales.
 */
class ScannerShortcutsOracleTest {

  private static final List<String> LOCALES = List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "ja", "zh", "ko", "el", "tr",
      "is", "lt", "ar", "th");

  private static final String[] PIECES = {" ", " ", "  ", ".", ",", "-", "–", "'", "\u2019", "\u00AD", "\u0301", "7", "19",
      "2024", "٣", "１２", "日", "月", "年", "x", "A", "Ё", "ё", "İ", "ı", "Σ", "ß", "é", "ł", "č", "ж", "Ж", "ї", "(", "）",
      "\uD840\uDC00", "\u200E", "abend", "morgen"};

  /** The month and weekday words ICU has for {@code tag}, in every context and width. */
  private static List<String> dateWords(String tag) {
    DateFormatSymbols d = DateFormatSymbols.getInstance(ULocale.forLanguageTag(tag));
    List<String> out = new ArrayList<>();
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED, DateFormatSymbols.NARROW}) {
        for (String m : d.getMonths(context, width)) {
          out.add(m);
        }
        for (String w : d.getWeekdays(context, width)) {
          out.add(w);
        }
      }
    }
    out.removeIf(w -> w == null || w.isBlank());
    return out;
  }

  /** Fewer than {@code bound} of {@code pieces} drawn at random and joined (r.nextInt(bound) of them). */
  private static String joined(Random r, String[] pieces, int bound) {
    StringBuilder b = new StringBuilder();
    for (int n = r.nextInt(bound); n > 0; n--) {
      b.append(pieces[r.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  private static String text(Random r, List<String> words) {
    StringBuilder b = new StringBuilder();
    for (int n = r.nextInt(16); n > 0; n--) {
      if (r.nextInt(3) > 0) {
        String w = words.get(r.nextInt(words.size()));
        switch (r.nextInt(7)) {
          case 0 -> w = w.toUpperCase(Locale.ROOT);
          case 1 -> w = w.toLowerCase(Locale.ROOT);
          case 2 -> w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
          case 3 -> w = w.substring(0, r.nextInt(w.length() + 1)); // a prefix, down to one letter or none
          case 4 -> w = w + (char) ('a' + r.nextInt(26)) + "ам".charAt(r.nextInt(2)); // longer: a case ending or another word
          default -> { }
        }
        b.append(w);
      } else {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      if (r.nextBoolean()) {
        b.append(r.nextInt(4) == 0 ? PIECES[r.nextInt(PIECES.length)] : " ");
      }
    }
    return Text.fold(b.toString());
  }

  /** DateLexicon.match dismisses a place by its first two characters only where the walk finds nothing. */
  @Test
  void dateWordPairTestIsTheWalk() {
    Random r = new Random(18);
    List<List<String>> compounds = List.of(List.of(), List.of("abend", "morgen", "nachmittag"));
    for (String tag : LOCALES) {
      DateVocabulary v = new DateVocabulary(Fixture.LOCALES.forTag(tag));
      DateLexicon lex = v.lexicon();
      java.util.BitSet starts = lex.starts();
      for (int ch = 0; ch <= 0xFFFF; ch++) { // the first-character bitmap is the BitSet it mirrors
        char x = (char) ch;
        if (!(x >= Text.FIRST_OTHER_DIGIT && Character.isDigit(x))) {
          assertEquals(starts.get(ch), lex.mayStart(x), tag + " U+" + Integer.toHexString(ch));
        }
      }
      List<String> words = dateWords(tag);
      int found = 0;
      for (int k = 0; k < 6_000; k++) {
        String s = text(r, words);
        List<String> c = compounds.get(k % 2);
        for (int p = 0; p <= s.length(); p++) {
          int at = p;
          // the match as it was: the first character's bit, then the walk
          DateLexicon.Match plain = p >= s.length() || !lex.mayStart(s.charAt(p)) ? null : lex.walk(s, p, c);
          assertEquals(plain, lex.match(s, p, c), () -> tag + " «" + s + "» at " + at);
          found += plain != null ? 1 : 0;
        }
      }
    }
  }

  private static final String[] DATE_PIECES = {" ", " ", " ", ", ", ". ", "–", "-", " - ", " и ", " and ", " bis ", " і ", " a ",
      " et ", " und ", " to ", " до ", " or ", " или ", "th", "st", "nd", "-го", "-е", "-ого", "er", ".", "日", "至", "月",
      "年", "から", "(", ")", "（", "）", " года", " г.", " р.", " roku", " de ", " the ", " of ", "1", "7", "9", "12", "18",
      "19", "21", "31", "32", "2024", "1999", "19.06.2024", "6/19/24", "1.5", "3,5", "10:30"};

  /** DatePattern: the patterns that start with a day share what they read after it, at one place, in one text. */
  @Test
  void dayReadOnceIsDayReadByEachPattern() {
    Random r = new Random(19);
    for (String tag : LOCALES) {
      DateVocabulary v = new DateVocabulary(Fixture.LOCALES.forTag(tag));
      List<String> words = dateWords(tag);
      int found = 0;
      for (int k = 0; k < 6_000; k++) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(20); n > 0; n--) {
          b.append(r.nextInt(3) == 0 ? words.get(r.nextInt(words.size())) : DATE_PIECES[r.nextInt(DATE_PIECES.length)]);
        }
        String s = b.toString();
        Text text = Text.of(s, org.localize.unit.TextFormat.TEXT);
        List<DateMention> plain = v.find(text, false);
        assertEquals(plain, v.find(text, true), () -> tag + " «" + s + "»");
        found += plain.size();
      }
      assertTrue(found > 1_000, tag + ": too few dates to compare (" + found + ")");
    }
  }

  /** Text.blankUrls jumps to each "http" and "www." by indexOf: it blanks what the pattern it documents finds. */
  @Test
  void blankUrlsIsThePattern() {
    java.util.regex.Pattern url = java.util.regex.Pattern.compile("(?:https?://|www\\.)[^\\s<>\"«»]+");
    String[] pieces = {"http", "https", "://", ":/", "www", ".", "w", "h", "ww", "hhttp", "x", " ", "\n", "<", ">", "\"", "«",
        "»", "/", "a", "é", "ж", "?q=1", "#", "\u00A0", "\t"};
    Random r = new Random(20);
    for (int k = 0; k < 200_000; k++) {
      String s = joined(r, pieces, 14);
      char[] expected = s.toCharArray();
      java.util.regex.Matcher m = url.matcher(s);
      boolean any = false;
      while (m.find()) {
        any = true;
        for (int i = m.start(); i < m.end(); i++) {
          expected[i] = ' ';
        }
      }
      char[] got = Text.blankUrls(s, null);
      char[] old = blankUrlsCharByChar(s);
      assertEquals(any ? new String(expected) : s, got == null ? s : new String(got), () -> "«" + s + "»");
      assertEquals(old == null ? s : new String(old), got == null ? s : new String(got), () -> "«" + s + "»");
    }
  }

  /**
   * Text.fold(String) finds the characters to fold by a bitmap: the string it returns is the
   * string with {@link Text#fold(char)} applied to each character, and the same instance when
   * that changes none.
   */
  @Test
  void foldIsFoldOfEachCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String s = "a" + (char) c + "b";
      String folded = Text.fold(s);
      assertEquals("a" + Text.fold((char) c) + "b", folded, "U+" + Integer.toHexString(c));
      assertEquals(Text.fold((char) c) == c, folded == s, "U+" + Integer.toHexString(c));
    }
    String alphabet = "aZ жЁё\u00A0\u202F\u2009\u2007\t\n\r\u2019\u02BC'日\u2030\u202E\u0451\u0401\u00A1";
    Random r = new Random(21);
    for (int k = 0; k < 100_000; k++) {
      StringBuilder b = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      for (int n = r.nextInt(12); n > 0; n--) {
        char c = alphabet.charAt(r.nextInt(alphabet.length()));
        b.append(c);
        expected.append(Text.fold(c));
      }
      assertEquals(expected.toString(), Text.fold(b.toString()));
    }
  }

  /**
   * A text's folded string is Text.fold of its masked string, and its folded chars are that
   * string's, whichever is asked first (folding keeps the chars it made) and in every format.
   */
  @Test
  void foldedCharsAreTheFoldedString() {
    String[] pieces = {"a", "Ж", "ё", "Ё", "\u00A0", "\t", "\u2019", " ", "<b>", "&amp;", "{n}", "https://x.ru/ё", "a@b.ru", "日"};
    Random r = new Random(23);
    for (int k = 0; k < 30_000; k++) {
      String raw = joined(r, pieces, 10);
      for (org.localize.unit.TextFormat format : org.localize.unit.TextFormat.values()) {
        Text charsFirst = Text.of(raw, format);
        char[] chars = charsFirst.foldedChars();
        Text stringFirst = Text.of(raw, format);
        String folded = stringFirst.folded();
        assertEquals(Text.fold(stringFirst.masked()), folded, () -> "«" + raw + "» " + format);
        assertEquals(folded, new String(chars), () -> "«" + raw + "» " + format);
        assertEquals(folded, new String(stringFirst.foldedChars()), () -> "«" + raw + "» " + format);
        assertEquals(folded, charsFirst.folded(), () -> "«" + raw + "» " + format);
      }
    }
  }

  /** Text.tokenize takes А–я for letters without Unicode's tables: its tokens are those of the tokenizer as it was. */
  @Test
  void tokensAreThoseOfTheTokenizerAsItWas() {
    for (char c = '\u0410'; c <= '\u044F'; c++) {
      assertTrue(Character.isLetter(c), "U+" + Integer.toHexString(c));
    }
    String[] pieces = {" ", " ", "-", "'", ".", "7", "«", "»", "—", "№", "\u0301", "\u0308", "\u093F", "\uD835\uDC00",
        "\uD800", "\uDC00", "\uD83D\uDE00", "Путин", "путина", "Ёж", "ї", "Київ", "Łódź", "Praha", "č", "ß", "Σ", "日本",
        "プーチン", "ー", "ก", "Putin", "Zürich", "Ж", "я", "А", "\u0400", "\u0450", "\u040F", "\u0460", "ω", "ا", "한"};
    Random r = new Random(22);
    for (int k = 0; k < 200_000; k++) {
      // a few long texts as well: their tokens outgrow the array sized for one word in six characters
      String s = joined(r, pieces, k % 1_000 == 0 ? 3_000 : 12);
      List<Token> expected = tokenizeAsItWas(s);
      List<Token> got = java.util.Arrays.asList(Text.tokenize(s));
      assertEquals(expected, got, () -> "«" + s + "»");
      for (int i = 0; i < got.size(); i++) {
        int at = i;
        assertEquals(expected.get(i).plain(), got.get(i).plain(), () -> "«" + s + "» " + at);
        assertEquals(expected.get(i).supplementary(), got.get(i).supplementary(), () -> "«" + s + "» " + at);
      }
    }
  }

  /** A text of one-letter words (one in two characters) grows the token array past its first guess, several times. */
  @Test
  void denseTokensOutgrowTheFirstArray() {
    for (String s : List.of("я ".repeat(5_000), "a".repeat(7) + " b".repeat(3_001), "x")) {
      assertEquals(tokenizeAsItWas(s), java.util.Arrays.asList(Text.tokenize(s)));
    }
    assertEquals(0, Text.tokenize("").length);
    assertEquals(0, Text.tokenize(" 12 — 34 ").length);
  }

  /** Text.tokenize as it was: Character.isLetter of the code point at every word start outside ASCII. */
  private static List<Token> tokenizeAsItWas(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z')) {
          i++;
          continue;
        }
      } else if (!Character.isLetter(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
        continue;
      }
      int cp = s.codePointAt(i);
      int start = i;
      boolean latin = true;
      boolean russian = true;
      boolean spaceless = cp >= 0x0E00 && Text.spaceless(cp);
      boolean supplementary = false;
      while (i < n) {
        char c0 = s.charAt(i);
        if (c0 < 0x80) {
          if (!(c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z') || spaceless) {
            break;
          }
          russian = false;
          i++;
          continue;
        }
        latin = false;
        if (c0 >= '\u0410' && c0 <= '\u044F') {
          if (spaceless) {
            break;
          }
          i++;
          continue;
        }
        russian = false;
        int c = s.codePointAt(i);
        if (!Character.isLetter(c)) {
          int type = Character.getType(c);
          if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
            break;
          }
        } else if ((c >= 0x0E00 && Text.spaceless(c)) != spaceless) {
          break;
        }
        if (c > 0xFFFF) {
          supplementary = true;
        }
        i += Character.charCount(c);
      }
      out.add(Token.in(s, start, i, com.ibm.icu.lang.UScript.getScript(cp), (latin || russian ? Token.PLAIN : 0)
          | (supplementary ? Token.SUPPLEMENTARY : 0)));
    }
    return out;
  }

  /**
   * NumberReader.Numbers tells digits alone by the characters around them and leaves the rest to
   * {@link NumberReader#NUMBER}: at every place of random text made of digits, the separators of
   * every grouping, suffixes and the characters \p{N} and \p{L} hold outside ASCII, whether it
   * matches and every group's bounds are the pattern's.
   */
  @Test
  void numberMatchIsThePattern() {
    String[] pieces = {"1", "7", "12", "123", "1234", "2024", "0", " ", " ", ",", ".", "-", "\u00A0", "\u202F", "\u2009",
        "a", "Я", "ж", "-го", "-летний", "-", "²", "½", "Ⅻ", "٣", "\uD835\uDFCF", "\uD840\uDC00", "\uD835\uDC00",
        "\uD800", "%", "/", ":", "'", "k", "млн", "\u0301", "日"};
    Random r = new Random(27);
    int matched = 0;
    for (int k = 0; k < 100_000; k++) {
      String s = joined(r, pieces, 12);
      java.util.regex.Matcher m = NumberReader.NUMBER.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
      NumberReader.Numbers got = new NumberReader.Numbers(s);
      for (int i = 0; i < s.length(); i++) {
        m.region(i, s.length());
        boolean expected = m.lookingAt();
        int at = i;
        assertEquals(expected, got.lookingAt(i), () -> "«" + s + "» at " + at);
        if (expected) {
          matched++;
          for (int g = 0; g <= NumberReader.SUFFIX; g++) {
            int group = g;
            assertEquals(m.start(g), got.start(g), () -> "«" + s + "» at " + at + " group " + group);
            assertEquals(m.end(g), got.end(g), () -> "«" + s + "» at " + at + " group " + group);
          }
        }
      }
    }
    assertTrue(matched > 50_000, "too few numbers to compare (" + matched + ")");
  }

  /** NumberWords.unsureLower tests ranges before characters: the same characters as the list it was. */
  @Test
  void unsureLowerIsTheListItWas() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      boolean was = c == 'I' || c == '\u0130' || c == '\u0131' || c == 'i' || c == '\u00CC' || c == '\u00CD' || c == '\u0128'
          || c == 'J' || c == '\u012E' || c == '\u03A3' || c > 0xD7FF && c < 0xE000;
      assertEquals(was, NumberWords.unsureLower(c), "U+" + Integer.toHexString(i));
    }
  }

  /** TermIndex.wordsStartingWith reads an array below U+0530: the words the map holds for every character. */
  @Test
  void nearMissWordsByArrayAreThoseOfTheMap() {
    for (String tag : List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "el", "ja", "zh")) {
      org.localize.locale.LocaleData data = Fixture.LOCALES.forTag(tag);
      TermIndex index = TermIndex.of(Fixture.GLOSSARY.forms(data), data.names().compounds());
      int words = 0;
      for (int c = 0; c <= 0xFFFF; c++) {
        List<TermIndex.Word> got = index.wordsStartingWith((char) c);
        assertEquals(index.wordsStartingWithByMap((char) c), got, tag + " U+" + Integer.toHexString(c));
        words += got.size();
      }
      if (!tag.equals("ja") && !tag.equals("zh")) {
        assertTrue(words > 0, tag + ": no words to compare");
      }
    }
  }

  /** NumberMention.key of a whole number of scale 0 is its plain digits: what stripping its trailing zeros gave. */
  @Test
  void numberKeyOfWholeNumbersIsTheStrippedKey() {
    Random r = new Random(23);
    for (int k = 0; k < 200_000; k++) {
      java.math.BigDecimal v = switch (k % 4) {
        case 0 -> java.math.BigDecimal.valueOf(r.nextInt(2_000_001) - 1_000_000);
        case 1 -> new java.math.BigDecimal(new java.math.BigInteger(90, r).subtract(java.math.BigInteger.ONE.shiftLeft(89)));
        case 2 -> java.math.BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(7) - 3); // scales -3..3: 1200, 12E+2, 1.50
        default -> java.math.BigDecimal.valueOf((long) r.nextInt(10) * (long) Math.pow(10, r.nextInt(12)));
      };
      java.math.BigDecimal stripped = v.stripTrailingZeros();
      String was = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
      assertEquals(was, NumberMention.key(v), v::toString);
    }
  }

  /** NumberWords.magnitudeAt dismisses a word by its first letter only where the lookup finds no magnitude. */
  @Test
  void magnitudeFirstLetterTestIsTheLookup() {
    String[] pieces = {" ", "", ".", "Tys", "тыс", "Тыс.", "ТЫС", "млн", "МЛН", "Млрд", "миллиона", "тысячи", "тысяч", "million",
        "Million", "MILLION", "billion", "bn", "m", "k", "Mrd", "Millionen", "milionów", "mln", "tis", "tisíc", "miliard",
        "millions", "milliard", "Milliarden", "万", "千", "億", "человек", "people", "İ", "ı", "I", "Σ", "ё", "Ё", "é", "ł", "ж",
        "a", "b", "x", "\u00AD", "\uD835\uDC00", "тис", "мільйона", "Мільярд", "milyon", "milyar", "bin",
        "İki", "εκατ", "εκατομμύρια", "δισ", "χιλ", "tūkst", "milijonų", "milijardų", "mlrd"};
    Random r = new Random(24);
    for (String tag : List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "tr", "lt", "el", "ja", "zh")) {
      NumberWords w = NumberWords.of(Fixture.LOCALES.forTag(tag));
      int found = 0;
      for (int k = 0; k < 20_000; k++) {
        StringBuilder b = new StringBuilder(r.nextBoolean() ? " " : "");
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
          String piece = pieces[r.nextInt(pieces.length)];
          b.append(switch (r.nextInt(4)) {
            case 0 -> piece.toUpperCase(Locale.ROOT);
            case 1 -> piece.isEmpty() ? piece : Character.toUpperCase(piece.charAt(0)) + piece.substring(1);
            default -> piece;
          });
        }
        String s = Text.fold(b.toString());
        NumberWords.Found plain = w.magnitudeAt(s, 0, false);
        assertEquals(plain, w.magnitudeAt(s, 0, true), () -> tag + " «" + s + "»");
        found += plain != null ? 1 : 0;
      }
      if (!tag.equals("ja") && !tag.equals("zh")) {
        assertTrue(found > 100, tag + ": too few magnitudes to compare (" + found + ")");
      }
    }
  }

  /** LocaleTools.noSpaceBefore reads a bitmap: true for exactly the characters of the locale's noSpaceBefore. */
  @Test
  void noSpaceBeforeIsTheLocalesCharacters() {
    for (String tag : List.of("en", "ru", "uk", "pl", "cs", "de", "fr", "ja", "zh", "be", "is")) {
      org.localize.locale.LocaleData data = Fixture.LOCALES.forTag(tag);
      LocaleTools tools = new LocaleTools(data);
      String chars = data.typography().noSpaceBefore();
      for (int c = 0; c <= 0xFFFF; c++) {
        assertEquals(chars.indexOf((char) c) >= 0, tools.noSpaceBefore((char) c), tag + " U+" + Integer.toHexString(c));
      }
    }
  }

  /** NumberWords.besideMonth dismisses a word by its first letter only where the lookup finds no month. */
  @Test
  void besideMonthFirstLetterTestIsTheLookup() {
    Random r = new Random(25);
    for (String tag : LOCALES) {
      NumberWords w = NumberWords.of(Fixture.LOCALES.forTag(tag));
      List<String> words = dateWords(tag);
      int beside = 0;
      for (int k = 0; k < 1_000; k++) {
        String s = text(r, words);
        for (int start = 0; start <= s.length(); start++) {
          for (int end = start; end <= Math.min(s.length(), start + 4); end++) {
            boolean plain = w.besideMonth(s, start, end, false);
            assertEquals(plain, w.besideMonth(s, start, end, true), tag + " «" + s + "» " + start + "-" + end);
            beside += plain ? 1 : 0;
          }
        }
      }
      if (!tag.equals("ja") && !tag.equals("zh") && !tag.equals("ko")) {
        assertTrue(beside > 100, tag + ": too few months to compare (" + beside + ")");
      }
    }
  }

  /** typography.spacing reads only the places after a space: the findings of the check that read every place. */
  @Test
  void spacingAfterSpacesIsSpacingEverywhere() {
    String[] pieces = {" ", " ", "  ", "   ", "\u00A0", "\u202F", "\u2009", "\n", ",", ".", "..", "...", "…", ":", ";", "!", "?",
        "%", ")", "»", "«", "<b>", "</b>", "<a href=\"x , y\">", "&nbsp;", "слово", "word", "7", "-"};
    Random r = new Random(26);
    for (String tag : List.of("ru", "en", "fr", "de", "ja")) {
      CheckContext ctx = Fixture.ctx("en", tag);
      int found = 0;
      for (int k = 0; k < 20_000; k++) {
        String target = joined(r, pieces, 12);
        String source = joined(r, pieces, 4);
        org.localize.unit.TextPair pair = Fixture.pair(source, target);
        Story story = Fixture.VALIDATOR.prepare(List.of(pair), ctx);
        Unit unit = new Unit(pair, 0, story);
        List<org.localize.diag.Finding> got = new ArrayList<>();
        new SpacingCheck().check(unit, story, got);
        List<String> was = spacingEverywhere(target, unit.target().masked(), story.targetTools(), source);
        List<String> now = got.stream().map(f -> f.start() + "-" + f.end() + " " + f.message() + " → " + f.suggestion()).toList();
        assertEquals(was, now, () -> tag + " «" + target + "»");
        found += now.size();
      }
      assertTrue(found > 1000, tag + ": too few findings to compare (" + found + ")");
    }
  }

  /** typography.spacing as it was: every character of the translation read. */
  private static List<String> spacingEverywhere(String raw, String masked, LocaleTools tools, String src) {
    List<String> out = new ArrayList<>();
    boolean spaceIsPunctuation = tools.noSpaceBefore(' ');
    for (int i = 1; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ') {
        if (raw.charAt(i - 1) != ' ' && !spaceIsPunctuation) {
          continue;
        }
      } else if (!tools.noSpaceBefore(c)) {
        continue;
      }
      if (masked.charAt(i) != raw.charAt(i)) {
        continue;
      }
      char prev = masked.charAt(i - 1) == raw.charAt(i - 1) ? raw.charAt(i - 1) : 'x';
      if (c == ' ' && raw.charAt(i - 1) == ' ' && (i < 2 || raw.charAt(i - 2) != ' ')) {
        int end = i;
        while (end < raw.length() && raw.charAt(end) == ' ') {
          end++;
        }
        if (end < raw.length() && i - 1 > 0) {
          out.add((i - 1) + "-" + end + " doubled space →  ");
        }
      } else if (tools.noSpaceBefore(c) && spaceChar(prev)
          && !(raw.startsWith("..", i) || raw.charAt(i) == '…' && i + 1 < raw.length() && spaceChar(raw.charAt(i + 1)))
          && !lineStart(raw, i - 1)) {
        int start = i - 1;
        while (start > 0 && spaceChar(raw.charAt(start - 1))) {
          start--;
        }
        out.add(start + "-" + (i + 1) + " space before '" + c + "' → " + c);
      }
    }
    if (!raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && !src.isEmpty() && !Character.isWhitespace(src.charAt(0))) {
      out.add("0-1 leading space that the source does not have → ");
    }
    int last = raw.length() - 1;
    if (last > 0 && Character.isWhitespace(raw.charAt(last)) && !src.isEmpty()
        && !Character.isWhitespace(src.charAt(src.length() - 1))) {
      out.add(last + "-" + (last + 1) + " trailing space that the source does not have → ");
    }
    return out;
  }

  private static boolean spaceChar(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static boolean lineStart(String s, int i) {
    for (int k = i; k >= 0; k--) {
      if (!spaceChar(s.charAt(k))) {
        return s.charAt(k) == '\n';
      }
    }
    return true;
  }

  /** NumberReader.plainDigits is the BigDecimal of the digits' string: the same value and scale, up to 40 digits. */
  @Test
  void plainDigitsAreTheParsedString() {
    Random r = new Random(27);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder("x");
      for (int n = 1 + r.nextInt(k % 10 == 0 ? 40 : 6); n > 0; n--) {
        b.append((char) ('0' + (r.nextInt(4) == 0 ? 0 : r.nextInt(10))));
      }
      String s = b.append('y').toString();
      java.math.BigDecimal was = new java.math.BigDecimal(s.substring(1, s.length() - 1));
      java.math.BigDecimal now = NumberReader.plainDigits(s, 1, s.length() - 1);
      assertEquals(was, now, s);
      assertEquals(was.scale(), now.scale(), s);
      assertEquals(was.precision(), now.precision(), s);
    }
  }

  /** QuotesCheck.quote reads a bitmap: true for exactly the characters of the switch it was. */
  @Test
  void quoteBitsAreTheSwitchItWas() {
    for (int i = 0; i <= 0xFFFF; i++) {
      char c = (char) i;
      boolean was = switch (c) {
        case '\'', '"', '«', '»', '„', '“', '”', '‚', '‘', '’', '‹', '›' -> true;
        default -> false;
      };
      assertEquals(was, QuotesCheck.quote(c), "U+" + Integer.toHexString(i));
    }
  }

  /** Text.blankUrls as it was: every character tested for h and w. */
  private static char[] blankUrlsCharByChar(String s) {
    char[] chars = null;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != 'h' && c != 'w') {
        i++;
        continue;
      }
      int body = -1;
      if (s.startsWith("https://", i)) {
        body = i + 8;
      } else if (s.startsWith("http://", i)) {
        body = i + 7;
      } else if (s.startsWith("www.", i)) {
        body = i + 4;
      }
      int j = body;
      while (body >= 0 && j < n && " \t\n\u000B\f\r<>\"«»".indexOf(s.charAt(j)) < 0) {
        j++;
      }
      if (body >= 0 && j > body) {
        chars = chars == null ? s.toCharArray() : chars;
        for (int k = i; k < j; k++) {
          chars[k] = ' ';
        }
        i = j;
      } else {
        i++;
      }
    }
    return chars;
  }
}
