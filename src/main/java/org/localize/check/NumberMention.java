package org.localize.check;

import java.math.BigDecimal;

/**
 * A number written in digits: its span, its value read by the text's own locale (null when the
 * separators make no sense there, e.g. "4.2" in Russian), and its value read the other way
 * (by the other locale of the pair), which explains a number copied unchanged from the source.
 *
 * @param suffixed whether a hyphenated ending follows (2025-м, 24-летний)
 */
public record NumberMention(int start, int end, String text, BigDecimal value, BigDecimal otherValue,
    boolean suffixed, boolean integer) {

  /** Whether either reading equals {@code v}. */
  public boolean mayBe(BigDecimal v) {
    return (value != null && value.compareTo(v) == 0) || (otherValue != null && otherValue.compareTo(v) == 0);
  }
}
