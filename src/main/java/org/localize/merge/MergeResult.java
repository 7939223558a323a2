package org.localize.merge;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.localize.unit.Content;
import org.localize.unit.Unit;

/**
 * The merged story and what happened: how many places got a translation, the units that kept
 * their source text because they were not translated (only with {@code --allow-untranslated}),
 * and the translations merge accepted (for the translation memory).
 */
public record MergeResult(
    byte[] bytes, String targetLocale, int translatedPlaces, List<String> keptSource, List<Translated> translations,
    Map<String, String> texts) {
  public MergeResult {
    keptSource = List.copyOf(keptSource);
    translations = translations == null ? List.of() : List.copyOf(translations);
    texts = texts == null ? Map.of() : Collections.unmodifiableMap(texts);
  }

  public MergeResult(byte[] bytes, String targetLocale, int translatedPlaces, List<String> keptSource) {
    this(bytes, targetLocale, translatedPlaces, keptSource, List.of(), Map.of());
  }

  /**
   * The string now at {@code pointer} of the merged story, for every place of a unit: what reading
   * {@link #bytes()} again would give there, without reading them.
   */
  public String textAt(String pointer) {
    return texts.get(pointer);
  }

  /**
   * A translation merge accepted: the unit, the XLIFF's unit, the state the XLIFF gave it, and its
   * level (1 translated, 2 reviewed, 3 final).
   */
  public record Translated(Unit unit, org.localize.xliff.XliffUnit from, String state, int level) {
    /**
     * The target with the codes' native data taken from the source, made when asked (by the memory's
     * update): held for every unit to the end of a merge, it was a tenth of a live blog's merge.
     */
    public Content target() {
      return Merger.withSourceCodes(from.target(), unit.source());
    }
  }
}
