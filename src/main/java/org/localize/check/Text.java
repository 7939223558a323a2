package org.localize.check;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.unit.TextFormat;

/**
 * One side of a unit prepared for matching: markup masked and characters folded, with offsets
 * unchanged so that every position is a position in the raw string.
 *
 * <p>{@code masked}: HTML tags, entities, MessageFormat syntax and URLs replaced by spaces of the
 * same length, so numbers in an href or {@code {amount}} never reach a check. {@code folded}: the
 * masked text with ё→е, no-break and thin spaces → space, ’ → ' (one character for one, so
 * offsets stay offsets), for comparisons only.
 */
public final class Text {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

  private final String raw;
  private final String masked;
  private String folded;
  private char[] foldedChars;
  private List<Token> tokens;
  private Token[] tokenArray;

  private Text(String raw, String masked) {
    this.raw = raw;
    this.masked = masked;
  }

  /** Prepares {@code raw}, read according to {@code format}. */
  public static Text of(String raw, TextFormat format) {
    char[] chars = null;
    // each scanner runs only when its trigger character is there: most strings have no markup at all
    // MessageFormat strings may hold inline HTML in their literal text (the profile's appeals do)
    if (format == TextFormat.HTML || format == TextFormat.MESSAGEFORMAT) {
      if (raw.indexOf('<') >= 0) {
        chars = blankTags(raw, chars);
      }
      if (raw.indexOf('&') >= 0) {
        chars = blankEntities(raw, chars);
      }
    }
    if (format == TextFormat.MESSAGEFORMAT && raw.indexOf('{') >= 0) {
      chars = chars == null ? raw.toCharArray() : chars;
      MessageFormatMask.apply(raw, chars);
    }
    if (raw.contains("://") || raw.contains("www.")) {
      chars = blankUrls(raw, chars);
    }
    if (raw.indexOf('@') >= 0) {
      Matcher m = EMAIL.matcher(raw);
      while (m.find()) {
        chars = blank(raw, chars, m.start(), m.end());
      }
    }
    return new Text(raw, chars == null ? raw : new String(chars));
  }

  private static char[] blank(String raw, char[] chars, int from, int to) {
    char[] c = chars == null ? raw.toCharArray() : chars;
    java.util.Arrays.fill(c, from, to, ' ');
    return c;
  }

  /**
   * Blanks what {@code <!--.*?-->|<[^<>]*>} (dot matching all) finds: comments and tags. A tag ends
   * at the first '>' after its '<' unless a '<' comes first: both are found by indexOf (vectorised),
   * the next '<' is where the scan goes on and the first '>' is kept until passed.
   */
  static char[] blankTags(String s, char[] chars) {
    int i = s.indexOf('<');
    int gt = i < 0 ? -1 : s.indexOf('>', i + 1);
    // the first "-->" at or after the last comment's search: -2 before any, -1 when there is none, so
    // that a text of unclosed "<!--" (each a search to its end) is read once, not once per "<!--"
    int close = -2;
    while (i >= 0) {
      int lt = s.indexOf('<', i + 1);
      int end = -1;
      if (s.startsWith("<!--", i)) {
        if (close == -2 || close >= 0 && close < i + 4) {
          close = s.indexOf("-->", i + 4);
        }
        end = close < 0 ? -1 : close + 3;
      }
      if (end < 0) {
        if (gt >= 0 && gt <= i) {
          gt = s.indexOf('>', i + 1);
        }
        end = gt >= 0 && (lt < 0 || gt < lt) ? gt + 1 : -1;
      }
      if (end < 0) {
        i = lt;
      } else {
        chars = blank(s, chars, i, end);
        i = lt < 0 || lt >= end ? lt : s.indexOf('<', end);
      }
    }
    return chars;
  }

  /** Blanks what {@code &(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);} finds: character references. */
  private static char[] blankEntities(String s, char[] chars) {
    int n = s.length();
    int i = s.indexOf('&');
    while (i >= 0) {
      int j = i + 1;
      if (j < n && s.charAt(j) == '#') {
        j++;
        if (j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X')) {
          int k = j + 1;
          while (k < n && hex(s.charAt(k))) {
            k++;
          }
          j = k > j + 1 ? k : -1;
        } else {
          int k = j;
          while (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
          }
          j = k > j ? k : -1;
        }
      } else if (j < n && asciiLetter(s.charAt(j))) {
        j++;
        while (j < n && (asciiLetter(s.charAt(j)) || (s.charAt(j) >= '0' && s.charAt(j) <= '9'))) {
          j++;
        }
      } else {
        j = -1;
      }
      if (j >= 0 && j < n && s.charAt(j) == ';') {
        chars = blank(s, chars, i, j + 1);
        i = s.indexOf('&', j + 1);
      } else {
        i = s.indexOf('&', i + 1);
      }
    }
    return chars;
  }

  /** Blanks what {@code (?:https?://|www\.)[^\s<>"«»]+} finds: web addresses. */
  static char[] blankUrls(String s, char[] chars) {
    int n = s.length();
    int i = 0;
    // an address starts only where "http" or "www." does: the next of each is found by indexOf
    // (vectorised) and remembered until passed, rather than every character tested for h and w
    int http = s.indexOf("http");
    int www = s.indexOf("www.");
    while (i < n) {
      if (http >= 0 && http < i) {
        http = s.indexOf("http", i);
      }
      if (www >= 0 && www < i) {
        www = s.indexOf("www.", i);
      }
      if (http < 0 && www < 0) {
        break;
      }
      i = http < 0 ? www : www < 0 ? http : Math.min(http, www);
      int body = -1;
      if (s.startsWith("https://", i)) {
        body = i + 8;
      } else if (s.startsWith("http://", i)) {
        body = i + 7;
      } else if (s.startsWith("www.", i)) {
        body = i + 4;
      }
      int j = body;
      while (body >= 0 && j < n && urlChar(s.charAt(j))) {
        j++;
      }
      if (body >= 0 && j > body) {
        chars = blank(s, chars, i, j);
        i = j;
      } else {
        i++;
      }
    }
    return chars;
  }

  private static boolean urlChar(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r', '<', '>', '"', '«', '»' -> false;
      default -> true;
    };
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * {@link Character#isLetter(char)}, answered without Unicode's tables for ASCII and the basic
   * Russian letters (А–я), the bulk of the texts the checks read.
   */
  static boolean letter(char c) {
    if (c < 0x80) {
      return asciiLetter(c);
    }
    return c >= '\u0410' && c <= '\u044F' || Character.isLetter(c);
  }

  /**
   * The first character after ASCII that {@link Character#isDigit} takes for a digit (U+0660,
   * ARABIC-INDIC DIGIT ZERO): Latin-1, Greek and Cyrillic letters, below it, need no lookup in
   * Unicode's tables to be known as no digit.
   */
  static final char FIRST_OTHER_DIGIT = '\u0660';

  /**
   * {@link Character#isDigit(char)}, without Unicode's tables below {@link #FIRST_OTHER_DIGIT},
   * where only 0–9 are digits: the test the dates and numbers ask of most characters they read.
   */
  static boolean digit(char c) {
    return c <= '9' ? c >= '0' : c >= FIRST_OTHER_DIGIT && Character.isDigit(c);
  }

  /**
   * {@code s.regionMatches(true, p, t, 0, t.length())}, answered without case mapping when the
   * first characters are both ASCII or both basic Russian letters and differ in more than case:
   * the common answer, as the checks try many short words (suffixes, connectors) at each place.
   */
  static boolean matchesAt(String s, int p, String t) {
    int len = t.length();
    if (p < 0 || p > s.length() - len) {
      return false;
    }
    if (len > 0) {
      char a = s.charAt(p);
      char b = t.charAt(0);
      if (a != b && (a < 0x80 && b < 0x80 || basicRussian(a) && basicRussian(b)) && lowerBasic(a) != lowerBasic(b)) {
        return false;
      }
    }
    return s.regionMatches(true, p, t, 0, len);
  }

  private static boolean basicRussian(char c) {
    return c >= '\u0410' && c <= '\u044F';
  }

  /** Lower case of an ASCII or basic Russian letter (А–Я → а–я); any other character itself. */
  private static char lowerBasic(char c) {
    if (c >= 'A' && c <= 'Z' || c >= '\u0410' && c <= '\u042F') {
      return (char) (c + 32);
    }
    return c;
  }

  /** Folds characters that spelling does not distinguish; one char in, one char out ({@code s} itself when none). */
  static String fold(String s) {
    char[] c = foldedCopy(s);
    return c == null ? s : new String(c);
  }

  /** {@code s} folded ({@link #fold(char)} of each character) into a new array, or null when no character folds. */
  private static char[] foldedCopy(String s) {
    int first = firstFolded(s);
    if (first < 0) {
      return null;
    }
    char[] c = s.toCharArray();
    foldFrom(c, first);
    return c;
  }

  /** The index of the first character of {@code s} that {@link #fold(char)} changes, or -1. */
  private static int firstFolded(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < FOLDS_BELOW && (FOLDS[c >>> 6] & (1L << c)) != 0) {
        return i;
      }
    }
    return -1;
  }

  /** Folds the characters of {@code c} from {@code first} on, in place. */
  private static void foldFrom(char[] c, int first) {
    for (int i = first; i < c.length; i++) {
      char ch = c[i];
      if (ch < FOLDS_BELOW && (FOLDS[ch >>> 6] & (1L << ch)) != 0) {
        c[i] = fold(ch);
      }
    }
  }

  /** One past the last character that {@link #fold(char)} changes (U+202F). */
  private static final char FOLDS_BELOW = '\u2030';
  /**
   * Bits of the characters that {@link #fold(char)} changes: one test per character instead of a
   * switch. Made from fold(char) itself, so that the two cannot disagree.
   */
  private static final long[] FOLDS = new long[FOLDS_BELOW / 64 + 1];

  static {
    for (char c = 0; c < FOLDS_BELOW; c++) {
      if (fold(c) != c) {
        FOLDS[c >>> 6] |= 1L << c;
      }
    }
  }

  /** {@link #fold(String)} of one character. */
  static char fold(char c) {
    return switch (c) {
      case 'ё' -> 'е';
      case 'Ё' -> 'Е';
      case '\u00A0', '\u202F', '\u2009', '\u2007', '\t', '\n', '\r' -> ' ';
      case '\u2019', '\u02BC' -> '\'';
      default -> c;
    };
  }

  /**
   * The tokens of {@code s} (a folded text), in order. Written straight into an array, grown by half
   * when full and cut to size at the end: one copy at most, where a list and then its array took two
   * (the array the checks read is {@link #tokenArray}).
   */
  static Token[] tokenize(String s) {
    return tokenize(s, s.toCharArray());
  }

  /**
   * {@link #tokenize(String)}, reading {@code chars}, the characters of {@code s}: an array read is
   * one bounds test, where String.charAt also tests the string's coder, and the tokenizer reads
   * every character of every text (the array is the text's {@link #foldedChars}, which the dates
   * and numbers read as well).
   */
  static Token[] tokenize(String s, char[] chars) {
    Token[] out = null;
    int count = 0;
    int i = 0;
    int n = chars.length;
    while (i < n) {
      char ch = chars[i];
      if (ch < 0x80) { // ASCII: only a-z and A-Z are letters
        if (!asciiLetter(ch)) {
          i++;
          continue;
        }
      } else if ((ch < '\u0410' || ch > '\u044F') && !Character.isLetter(Character.codePointAt(chars, i))) { // А-я: letters, no table
        i += Character.charCount(Character.codePointAt(chars, i));
        continue;
      }
      int cp = Character.isSurrogate(ch) ? Character.codePointAt(chars, i) : ch;
      int start = i;
      boolean latin = true; // every letter so far is A-Z or a-z
      boolean russian = true; // every letter so far is А-я
      // a script written without spaces (Japanese, Chinese, Thai) ends a word where another begins:
      // プーチンPutin is two tokens, so that a Latin name in Japanese text is a word of its own
      boolean spaceless = cp >= 0x0E00 && spaceless(cp);
      boolean supplementary = false; // a letter or mark of two chars (NumberWords reads such words itself)
      // most words are all basic Latin or all basic Russian letters: their run is read by a tight
      // loop, and the loop below, which tells every other letter and mark, goes on from its end
      if (ch < 0x80) {
        do {
          i++;
        } while (i < n && asciiLetter(chars[i]));
        russian = false;
      } else if (ch >= '\u0410' && ch <= '\u044F') {
        char r;
        do {
          i++;
        } while (i < n && (r = chars[i]) >= '\u0410' && r <= '\u044F');
        latin = false;
      }
      while (i < n) {
        char c0 = chars[i];
        if (c0 < 0x80) {
          if (!asciiLetter(c0) || spaceless) {
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
        int c = Character.codePointAt(chars, i);
        if (!Character.isLetter(c)) {
          int type = Character.getType(c);
          if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
            break;
          }
        } else if ((c >= 0x0E00 && spaceless(c)) != spaceless) {
          break;
        }
        if (c > 0xFFFF) {
          supplementary = true;
        }
        i += Character.charCount(c);
      }
      if (out == null) {
        // sized for a word of every six characters left (news text has one of every seven or eight),
        // so that the array of a long text is not copied again and again as it grows
        out = new Token[Math.max(10, (n - start) / 6)];
      } else if (count == out.length) {
        out = java.util.Arrays.copyOf(out, count + (count >> 1) + 1);
      }
      out[count++] = Token.in(s, start, i, script(cp), (latin || russian ? Token.PLAIN : 0)
          | (supplementary ? Token.SUPPLEMENTARY : 0), ch);
    }
    return out == null ? NO_TOKENS : count == out.length ? out : java.util.Arrays.copyOf(out, count);
  }

  /**
   * Whether {@code cp} is a letter of a script written without spaces between words: Han, kana,
   * Bopomofo, Thai, Lao, Khmer, Myanmar. Names in such text are found as substrings, not tokens.
   */
  static boolean spaceless(int cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) // hiragana, katakana (with ー)
        || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFF) // Han
        || (cp >= 0x3005 && cp <= 0x3007) // 々 〆 〇
        || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F) // katakana extensions, half-width
        || (cp >= 0x3100 && cp <= 0x312F) || (cp >= 0x31A0 && cp <= 0x31BF) // bopomofo
        || (cp >= 0x0E00 && cp <= 0x0EFF) // Thai, Lao
        || (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x1000 && cp <= 0x109F); // Khmer, Myanmar
  }

  /** UScript.getScript, without the lookup for the letters of most news text. */
  private static int script(int cp) {
    if (cp < 0x80) {
      return UScript.LATIN; // callers pass letters only
    }
    if (cp >= 0x0410 && cp <= 0x044F) {
      return UScript.CYRILLIC;
    }
    return UScript.getScript(cp);
  }

  public String raw() {
    return raw;
  }

  public String masked() {
    return masked;
  }

  public String folded() {
    if (folded == null) {
      char[] c = foldedCopy(masked);
      if (c == null) {
        folded = masked;
      } else {
        folded = new String(c);
        foldedChars = c; // made here anyway: kept as foldedChars (the string copies them)
      }
    }
    return folded;
  }

  /**
   * The characters of {@link #folded()}, copied once on first use, for the scans that read a few
   * characters at many places of a text (around each token): an array read is one bounds test,
   * where {@link String#charAt} also tests the string's coder. Callers read it and never write to it.
   */
  char[] foldedChars() {
    if (foldedChars == null) {
      String f = folded(); // keeps the chars when it folded some
      if (foldedChars == null) {
        foldedChars = f.toCharArray();
      }
    }
    return foldedChars;
  }

  /** The runs of letters (with their combining marks) of {@link #folded()}, in order: a view of {@link #tokenArray}. */
  public List<Token> tokens() {
    if (tokens == null) {
      Token[] array = tokenArray();
      tokens = array.length == 0 ? List.of() : java.util.Collections.unmodifiableList(java.util.Arrays.asList(array));
    }
    return tokens;
  }

  private static final Token[] NO_TOKENS = {};

  /**
   * The tokens, made on first use and kept only here ({@link #tokens()} is a view of them), for the
   * loops that pass over every token of a text (the names checks make seven such passes over a
   * unit): reading the list costs a call through its unmodifiable view for each token, a call the
   * JIT cannot bind, as the view's own call site serves every kind of list in the program. Callers
   * read it and never write to it.
   */
  Token[] tokenArray() {
    if (tokenArray == null) {
      tokenArray = tokenize(folded(), foldedChars());
    }
    return tokenArray;
  }

  /** Whether position {@code pos} begins a sentence (only spaces, quotes or dashes before it since a full stop). */
  public boolean sentenceStart(int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      char c = masked.charAt(i);
      if (c == ' ') {
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= '\u0410' && c <= '\u044F')) {
        return false; // most words follow a letter: none of the characters below (as the general test finds)
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "«„“\"'‘(—–-".indexOf(c) >= 0) {
        continue;
      }
      return ".!?…:".indexOf(c) >= 0;
    }
    return true;
  }
}
