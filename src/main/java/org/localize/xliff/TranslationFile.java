package org.localize.xliff;

import java.util.List;
import org.localize.unit.Content;
import org.localize.unit.Unit;

/**
 * A translation file's content, whichever XLIFF version carries it: the story it belongs to, the
 * locales, and per unit an optional translation with its state ({@code null} target: not yet
 * translated).
 */
public record TranslationFile(
    String original, String storyId, String sourceLocale, String targetLocale, List<Entry> entries) {

  public TranslationFile {
    entries = List.copyOf(entries);
  }

  /** A unit with its translation, if any. */
  public record Entry(Unit unit, Content target, String state) {}
}
