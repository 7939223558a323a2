package org.localize.unit;

import java.util.Locale;

/** How the characters of a translatable string are to be read. */
public enum TextFormat {
  /** Plain text: every character is text. */
  TEXT,
  /** Inline HTML: tags are protected codes, entities are characters. */
  HTML,
  /**
   * ICU MessageFormat: arguments such as {@code {amount}} are protected placeholders; the literal
   * text may hold inline HTML, read as in {@link #HTML}.
   */
  MESSAGEFORMAT,
  /**
   * An XML document (a NITF body): elements are protected codes, only the five predefined entities
   * and numeric references are characters; it must be well-formed.
   */
  XML;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TextFormat parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
