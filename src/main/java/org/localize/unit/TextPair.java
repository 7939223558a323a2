package org.localize.unit;

import java.util.Objects;

/**
 * A source string and its translation at one place of a story, as the checks see them.
 *
 * <p>{@code pointer} is the JSON pointer of the string in the (target) story, {@code kind} the unit
 * kind from the profile (headline, caption, credit, ...). {@code source} and {@code target} are the
 * decoded string values, markup included; {@code target} is null when the place has no translation.
 * {@code maxLength} is the layout's limit in characters, or 0 for none.
 */
public record TextPair(
    String pointer, String kind, TextFormat format, String source, String target, int maxLength) {

  public TextPair {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
  }
}
