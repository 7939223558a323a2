package org.localize.review;

import java.util.List;
import java.util.Objects;
import org.localize.diag.Finding;
import org.localize.story.Extraction;
import org.localize.unit.TextPair;

/**
 * What the review page shows: the source story as the profile reads it (story order, blocks,
 * photos), the translation as pairs by JSON pointer (from a translated story or from an XLIFF
 * file's units), the findings of the checks on those pairs, the two locales, the names of the two
 * files, and the publication time (may be null).
 */
public record Review(
    Extraction source,
    List<TextPair> pairs,
    List<Finding> findings,
    String sourceLocale,
    String targetLocale,
    String sourceFile,
    String targetFile,
    String published) {

  public Review {
    Objects.requireNonNull(source, "source");
    pairs = List.copyOf(pairs);
    findings = List.copyOf(findings);
    Objects.requireNonNull(sourceLocale, "sourceLocale");
    Objects.requireNonNull(targetLocale, "targetLocale");
  }
}
