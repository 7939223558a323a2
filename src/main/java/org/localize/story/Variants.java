package org.localize.story;

import java.util.List;
import org.localize.unit.TextFormat;

/**
 * A rule's {@code variants}: the strings the rule selects that differ only at its path's last
 * wildcard step (the elements of one ninjs {@code bodies} array, the {@code body_*} members of one
 * object) are representations of one text. One of them, the primary, is sent to the translator:
 * the first in document order with the most preferred format. Each other one is derived from the
 * primary's translation at merge when that reproduces it exactly from the primary's source now
 * ({@link Derivation}); otherwise it is sent as a unit of its own ({@code keep == false}) or left
 * as it is and reported ({@code keep == true}).
 */
public record Variants(List<TextFormat> prefer, boolean stripTags, boolean keep) {

  public Variants {
    prefer = List.copyOf(prefer);
  }

  /** The rank of a format in {@code prefer} (lower is better); formats not listed come last. */
  int rank(TextFormat format) {
    int i = prefer.indexOf(format);
    return i < 0 ? prefer.size() : i;
  }
}
