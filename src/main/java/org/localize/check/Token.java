package org.localize.check;

import com.ibm.icu.lang.UScript;

/**
 * A run of letters in a {@link Text}, with its offsets (into the raw string) and the ICU script
 * code of its first letter.
 *
 * <p>The token's text is cut from the folded string only when a check asks for it: most words are
 * dismissed by their first letter and length (see {@link TermIndex}) and never need a copy.
 */
public final class Token {

  /** Flag: every letter is basic Latin (A–z), or every letter basic Russian (А–я); so one script, no marks. */
  static final int PLAIN = 1;
  /** Flag: a letter or mark of the token is outside the BMP (a surrogate pair). */
  static final int SUPPLEMENTARY = 2;

  private final String folded; // null when the text was given
  private final int start;
  private final int end;
  private final int script;
  private final int flags;
  /** The first character, read by most checks of most tokens (one field read; no room lost to it in the object). */
  private final char first;
  private String text;

  /** A token with its text. */
  public Token(int start, int end, String text, int script) {
    this.folded = null;
    this.start = start;
    this.end = end;
    this.text = text;
    this.script = script;
    this.flags = 0;
    this.first = text.isEmpty() ? 0 : text.charAt(0);
  }

  private Token(String folded, int start, int end, int script, int flags, char first) {
    this.folded = folded;
    this.start = start;
    this.end = end;
    this.script = script;
    this.flags = flags;
    this.first = first;
  }

  /** The token {@code folded[start, end)}, its text cut on first use. */
  static Token in(String folded, int start, int end, int script, int flags) {
    return new Token(folded, start, end, script, flags, start < end ? folded.charAt(start) : 0);
  }

  /** {@link #in(String, int, int, int, int)} with its first character, which the tokenizer has read. */
  static Token in(String folded, int start, int end, int script, int flags, char first) {
    return new Token(folded, start, end, script, flags, first);
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public String text() {
    if (text == null) {
      text = folded.substring(start, end);
    }
    return text;
  }

  /** The ICU script code of the first letter. */
  public int script() {
    return script;
  }

  public int length() {
    return end - start;
  }

  /** The {@code i}th character of the token's text. */
  char charAt(int i) {
    if (i == 0 && end > start) {
      return first;
    }
    return folded != null ? folded.charAt(start + i) : text.charAt(i);
  }

  /** {@code text().hashCode()}, computed in place, without cutting the text from its string. */
  int textHash() {
    if (folded == null) {
      return text.hashCode();
    }
    int h = 0;
    for (int i = start; i < end; i++) { // the string's own characters (the first among them), not charAt's tests
      h = 31 * h + folded.charAt(i);
    }
    return h;
  }

  /** Whether the letters are all basic Latin or all basic Russian ones (one script, no marks). */
  boolean plain() {
    return (flags & PLAIN) != 0;
  }

  /** Whether a letter or mark of the token is a surrogate pair (outside the BMP). */
  boolean supplementary() {
    return (flags & SUPPLEMENTARY) != 0;
  }

  /** Whether every letter is in the script of the first (mixed words are names.mixed-script's). */
  public boolean singleScript() {
    if (plain()) {
      return true;
    }
    for (int i = 0; i < length(); i++) {
      int s = script(charAt(i));
      if (s != script && s != UScript.COMMON && s != UScript.INHERITED) {
        return false;
      }
    }
    return true;
  }

  public boolean capitalised() {
    char c = charAt(0);
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    if (c >= '\u0410' && c <= '\u044F') {
      return c <= '\u042F'; // basic Russian: А–Я upper, а–я lower, no table needed
    }
    return Character.isUpperCase(folded != null ? folded.codePointAt(start) : text.codePointAt(0));
  }

  /** {@code UScript.getScript(c)}, without the lookup for basic Latin and Russian letters. */
  static int script(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return UScript.LATIN;
    }
    if (c >= '\u0410' && c <= '\u044F') {
      return UScript.CYRILLIC;
    }
    return UScript.getScript(c);
  }

  /** Whether this token's text equals {@code s}, compared in place. */
  boolean is(String s) {
    if (text != null) {
      return text.equals(s);
    }
    return s.length() == end - start && folded.regionMatches(start, s, 0, s.length());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && t.start == start && t.end == end && t.script == script && t.text().equals(text());
  }

  @Override
  public int hashCode() {
    return (start * 31 + end) * 31 + text().hashCode();
  }

  @Override
  public String toString() {
    return "Token[start=" + start + ", end=" + end + ", text=" + text() + ", script=" + script + "]";
  }
}
