package org.localize.xliff;

import java.util.List;

/**
 * A translated file as read: its name (for messages), the story it says it belongs to, its
 * locales and its units in file order; and the profile it was extracted with, as
 * {@link TranslationFile} records it (null when the file does not say).
 */
public record XliffDocument(
    String name, String original, String storyId, String sourceLocale, String targetLocale, List<XliffUnit> units,
    String profile, String profileFile) {

  public XliffDocument {
    units = List.copyOf(units);
  }

  public XliffDocument(String name, String original, String storyId, String sourceLocale, String targetLocale, List<XliffUnit> units) {
    this(name, original, storyId, sourceLocale, targetLocale, units, null, null);
  }

  /** {@code file:line} of a unit, or the file alone when the line is unknown. */
  public String where(XliffUnit unit) {
    return unit.line() > 0 ? Integer.toString(unit.line()) : "";
  }
}
