package org.localize.xliff;

import java.util.List;
import org.localize.unit.Content;
import org.localize.unit.Unit;

/**
 * A translation file's content, whichever XLIFF version carries it: the story it belongs to, the
 * locales, and per unit an optional translation with its state ({@code null} target: not yet
 * translated).
 *
 * <p>{@code profile} names the profile the units were extracted with and {@code profileFile}, for
 * a profile read from a file, where that file is (relative to the XLIFF's folder, or absolute), so
 * that merge reads the story the same way; both may be null.
 */
public record TranslationFile(
    String original, String storyId, String sourceLocale, String targetLocale, List<Entry> entries,
    String profile, String profileFile) {

  public TranslationFile {
    entries = List.copyOf(entries);
  }

  public TranslationFile(String original, String storyId, String sourceLocale, String targetLocale, List<Entry> entries) {
    this(original, storyId, sourceLocale, targetLocale, entries, null, null);
  }

  /** This file with the profile it was extracted with recorded (see the class comment). */
  public TranslationFile withProfile(String name, String file) {
    return new TranslationFile(original, storyId, sourceLocale, targetLocale, entries, name, file);
  }

  /**
   * A unit with its translation, if any. A translation reused from an earlier version or a
   * translation memory says how it was found ({@code qualifier}: an XLIFF 1.2
   * {@code state-qualifier} such as {@code id-match} or {@code exact-match}; null for none) and
   * whether it was approved; {@code notes} are added to the unit's own, and {@code suggestions}
   * are fuzzy matches for the translator ({@code <alt-trans>} in XLIFF 1.2).
   */
  public record Entry(
      Unit unit, Content target, String state, String qualifier, boolean approved, List<String> notes,
      List<Suggestion> suggestions) {

    public Entry {
      notes = notes == null ? List.of() : List.copyOf(notes);
      suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public Entry(Unit unit, Content target, String state) {
      this(unit, target, state, null, false, List.of(), List.of());
    }
  }

  /**
   * An earlier translation of a similar source: {@code score} 0–100 (the XLIFF 1.2
   * {@code match-quality}), {@code origin} where it comes from (a file name).
   */
  public record Suggestion(Content source, Content target, int score, String origin) {}
}
