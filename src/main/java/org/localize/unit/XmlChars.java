package org.localize.unit;

import java.util.Locale;

/**
 * The one policy for characters that XML 1.0 cannot carry: C0 controls other than tab, line feed
 * and carriage return (NUL included), lone surrogates (which no UTF encoding can write either),
 * U+FFFE and U+FFFF.
 *
 * <ul>
 *   <li>In a story's text they travel as placeholders ({@code x-char}) and come back byte for byte
 *       ({@link InlineCodec}).
 *   <li>Written as a character reference in HTML ({@code &#0;}, {@code &#1;}, {@code &#xD800;})
 *       they stay as written: a placeholder holding the reference, never the character.
 *   <li>In a translation they are refused, with the file, the unit and the character named: they
 *       can only arrive there by a tool's escape (XLIFF 2 {@code <cp hex="D800"/>}), and a story
 *       would then hold a NUL or a lone surrogate its source never had.
 *   <li>In the TMX memory, a placeholder's character is written as {@code \\uXXXX} and read back.
 * </ul>
 */
public final class XmlChars {
  private XmlChars() {}

  /** Whether XML 1.0 can carry the character at {@code i} (a surrogate only as half of a pair). */
  public static boolean isXmlChar(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c != 0xFFFE && c != 0xFFFF;
  }

  /** The index of the first character XML 1.0 cannot carry, or -1. */
  public static int firstUnsafe(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isXmlChar(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The first character of {@code content}'s text (not its codes) that XML 1.0 cannot carry, described; or null. */
  public static String firstUnsafeText(Content content) {
    for (Content.Part p : content.parts()) {
      if (p instanceof Content.Text t) {
        int i = firstUnsafe(t.text());
        if (i >= 0) {
          return describe(t.text().charAt(i));
        }
      }
    }
    return null;
  }

  /** {@code U+D800 (a lone surrogate)}, {@code U+0000 (NUL)}, {@code U+0001 (a control character)}. */
  public static String describe(char c) {
    String code = String.format(Locale.ROOT, "U+%04X", (int) c);
    if (Character.isSurrogate(c)) {
      return code + " (a lone surrogate)";
    }
    if (c == 0) {
      return code + " (NUL)";
    }
    return code + (c < 0x20 ? " (a control character)" : " (a noncharacter)");
  }
}
