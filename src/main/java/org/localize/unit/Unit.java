package org.localize.unit;

import java.util.List;

/**
 * One translatable string of a story, as a translator receives it.
 *
 * <p>{@code id} is stable and a valid XML NMTOKEN; {@code pointers} are the JSON pointers of every
 * place the string stands (more than one when identical strings are sent once), the first being
 * the unit's identity ({@code resname} in XLIFF). {@code maxLength} is 0 when the layout sets no
 * limit.
 */
public record Unit(
    String id,
    String kind,
    TextFormat format,
    Content source,
    List<String> pointers,
    List<String> notes,
    int maxLength) {

  public Unit {
    pointers = List.copyOf(pointers);
    notes = List.copyOf(notes);
    if (pointers.isEmpty()) {
      throw new IllegalArgumentException("a unit needs a place");
    }
  }

  /** The JSON pointer of the unit's first place, its identity. */
  public String pointer() {
    return pointers.get(0);
  }
}
