package org.localize.tm;

import java.time.Instant;
import java.util.Objects;
import org.localize.unit.Content;

/**
 * One translation in a translation memory: a source and its target with their locales, the story
 * and unit it was made for (either may be null for a translation from elsewhere), the state it
 * had when it was approved (may be null) and when it was first made and last confirmed.
 */
public record TmUnit(
    String sourceLocale, String targetLocale, Content source, Content target, String story, String unit,
    String state, Instant created, Instant changed) {

  public TmUnit {
    Objects.requireNonNull(sourceLocale, "sourceLocale");
    Objects.requireNonNull(targetLocale, "targetLocale");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (changed == null) {
      changed = created;
    }
    if (created == null) {
      created = changed;
    }
  }

  /**
   * What makes two translations the same: the locales, and source and target with the native data
   * of their codes (so the same words with another link are a translation of their own).
   */
  String key() {
    return sourceLocale + "\u0000" + targetLocale + "\u0000" + exact(source) + "\u0000" + exact(target);
  }

  static String exact(Content c) {
    StringBuilder sb = new StringBuilder();
    for (Content.Part p : c.parts()) {
      if (p instanceof Content.Text t) {
        sb.append(t.text());
      } else {
        Content.Code code = (Content.Code) p;
        sb.append('\uE000').append(code.kind().ordinal()).append(':').append(code.id()).append(':')
            .append(code.data()).append('\uE001');
      }
    }
    return sb.toString();
  }
}
