package org.localize.check;

/**
 * A run of letters in a {@link Text}, with its offsets (into the raw string) and the ICU script
 * code of its first letter.
 */
public record Token(int start, int end, String text, int script) {

  public int length() {
    return end - start;
  }

  /** Whether every letter is in the script of the first (mixed words are names.mixed-script's). */
  public boolean singleScript() {
    for (int i = 0; i < text.length(); i++) {
      int s = com.ibm.icu.lang.UScript.getScript(text.charAt(i));
      if (s != script && s != com.ibm.icu.lang.UScript.COMMON && s != com.ibm.icu.lang.UScript.INHERITED) {
        return false;
      }
    }
    return true;
  }

  public boolean capitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }
}
