package org.localize.check;

/**
 * A run of letters in a {@link Text}, with its offsets (into the raw string) and the ICU script
 * code of its first letter.
 */
public record Token(int start, int end, String text, int script) {

  public int length() {
    return end - start;
  }

  public boolean capitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }
}
