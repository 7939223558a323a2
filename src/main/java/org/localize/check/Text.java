package org.localize.check;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
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

  private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^<>]*>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"«»]+");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

  private final String raw;
  private final String masked;
  private final String folded;
  private final List<Token> tokens;

  private Text(String raw, String masked) {
    this.raw = raw;
    this.masked = masked;
    this.folded = fold(masked);
    this.tokens = tokenize(folded);
  }

  /** Prepares {@code raw}, read according to {@code format}. */
  public static Text of(String raw, TextFormat format) {
    char[] chars = raw.toCharArray();
    // each pattern runs only when its trigger character is there: most strings have no markup at all
    // MessageFormat strings may hold inline HTML in their literal text (the profile's appeals do)
    if (format == TextFormat.HTML || format == TextFormat.MESSAGEFORMAT) {
      if (raw.indexOf('<') >= 0) {
        blank(chars, TAG.matcher(raw));
      }
      if (raw.indexOf('&') >= 0) {
        blank(chars, ENTITY.matcher(raw));
      }
    }
    if (format == TextFormat.MESSAGEFORMAT && raw.indexOf('{') >= 0) {
      MessageFormatMask.apply(raw, chars);
    }
    if (raw.contains("://") || raw.contains("www.")) {
      blank(chars, URL.matcher(raw));
    }
    if (raw.indexOf('@') >= 0) {
      blank(chars, EMAIL.matcher(raw));
    }
    return new Text(raw, new String(chars));
  }

  private static void blank(char[] chars, Matcher m) {
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        chars[i] = ' ';
      }
    }
  }

  /** Folds characters that spelling does not distinguish; one char in, one char out. */
  static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      switch (c[i]) {
        case 'ё' -> c[i] = 'е';
        case 'Ё' -> c[i] = 'Е';
        case '\u00A0', '\u202F', '\u2009', '\u2007', '\t', '\n', '\r' -> c[i] = ' ';
        case '\u2019', '\u02BC' -> c[i] = '\'';
        default -> { }
      }
    }
    return new String(c);
  }

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        int c = s.codePointAt(i);
        int type = Character.getType(c);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        if (!Character.isLetter(c) && !mark) {
          break;
        }
        i += Character.charCount(c);
      }
      out.add(new Token(start, i, s.substring(start, i), UScript.getScript(cp)));
    }
    return List.copyOf(out);
  }

  public String raw() {
    return raw;
  }

  public String masked() {
    return masked;
  }

  public String folded() {
    return folded;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** Whether position {@code pos} begins a sentence (only spaces, quotes or dashes before it since a full stop). */
  public boolean sentenceStart(int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      char c = masked.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "«„“\"'‘(—–-".indexOf(c) >= 0) {
        continue;
      }
      return ".!?…:".indexOf(c) >= 0;
    }
    return true;
  }
}
