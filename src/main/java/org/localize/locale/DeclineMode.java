package org.localize.locale;

import java.util.Locale;

/** Which words of a multi-word name take case endings. */
public enum DeclineMode {
  /** Every word declines (Владимира Путина, Северной Кореи). */
  ALL,
  /** Only the last word declines (Ким Чен Ына), as with Korean and Vietnamese names in Russian. */
  LAST,
  /** The name never changes (Шойгу, КНДР, Sputnik). */
  NONE;

  public static DeclineMode parse(String label) {
    if (label == null || label.isBlank()) {
      return ALL;
    }
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
