package org.localize.story;

import org.localize.unit.InlineCodec;
import org.localize.unit.TextFormat;

/**
 * How a secondary representation of a text is made from its primary: an identical copy, or the
 * plain text of an HTML primary (tags removed, character references decoded). Used only where it
 * reproduces the secondary exactly from the primary's source, so that merge can regenerate it from
 * the translation instead of asking the translator twice.
 */
public enum Derivation {
  /** The same string in the same format. */
  COPY("copied"),
  /** The plain text of HTML: tags dropped, character references decoded. */
  STRIP_TAGS("tags stripped");

  private final String label;

  Derivation(String label) {
    this.label = label;
  }

  /** A few words for notes: "tags stripped". */
  public String label() {
    return label;
  }

  /** The secondary string made from a primary string of {@code primaryFormat}. */
  public String apply(String primary, TextFormat primaryFormat) {
    return switch (this) {
      case COPY -> primary;
      case STRIP_TAGS -> InlineCodec.parse(primary, primaryFormat).plainText();
    };
  }

  /**
   * The derivation that reproduces {@code secondary} exactly from {@code primary}, or null.
   * {@code stripTags} says whether the profile allows tag stripping.
   */
  static Derivation find(String primary, TextFormat primaryFormat, String secondary, TextFormat secondaryFormat, boolean stripTags) {
    if (primaryFormat == secondaryFormat && primary.equals(secondary)) {
      return COPY;
    }
    if (stripTags && primaryFormat == TextFormat.HTML && secondaryFormat == TextFormat.TEXT) {
      try {
        if (STRIP_TAGS.apply(primary, primaryFormat).equals(secondary)) {
          return STRIP_TAGS;
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** A place whose string is derived at merge from the translation of the unit at a primary place. */
  public record Derived(String pointer, Derivation how) {}
}
