package org.localize.merge;

import java.util.List;

/**
 * The merged story and what happened: how many places got a translation, and the units that kept
 * their source text because they were not translated (only with {@code --allow-untranslated}).
 */
public record MergeResult(byte[] bytes, String targetLocale, int translatedPlaces, List<String> keptSource) {
  public MergeResult {
    keptSource = List.copyOf(keptSource);
  }
}
