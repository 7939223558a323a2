package org.localize.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number found in a text, in digits (24, 1,5 млн, 8pm, 417万8,000) or in words (twenty-four,
 * двадцати четырех, 十天).
 *
 * @param value the value read by the text's own locale (null when its separators make no sense
 *     there, e.g. "4.2" in Russian), scaled by a magnitude word (15 тыс. is 15000)
 * @param otherValue the value read the other way (by the other locale of the pair), which explains
 *     a number copied unchanged from the source; null for words
 * @param suffixed whether a hyphenated ending follows (2025-м, 24-летний, 27-foot)
 * @param integer whether the value is a whole number
 * @param flags {@link #WORD}, {@link #WEAK}, …
 * @param keys every value the mention may stand for, as comparison keys (see {@link #key}): both
 *     readings, the unscaled value after an ambiguous magnitude (5m), 8 and 20 for "8pm", 60 for
 *     "the 1960s", "t10:30" for a time
 * @param scale the magnitude that scaled it (1000 for тыс.), or null
 * @param cases for a number in words, the grammatical cases its form can have (a bit set over
 *     {@link NumberWords#CASES}); 0 when unknown
 */
public record NumberMention(int start, int end, String text, BigDecimal value, BigDecimal otherValue,
    boolean suffixed, boolean integer, int flags, List<String> keys, BigDecimal scale, int cases) {

  /** Written in words. */
  static final int WORD = 1;
  /** An ordinary word as well (one, ein, un, 一 in 一些): may answer a number, is never required. */
  static final int WEAK = 2;
  /** Part of a name or code (COVID-19, 0200, 24/7): may answer a number, is never required. */
  static final int CODE = 4;
  /** A clock time or an hour with am/pm: time zones and 12/24-hour clocks make a mismatch unsure. */
  static final int TIME = 8;
  /** Inside a date of the translation: answers the source's numbers, is never paired as a change. */
  static final int IN_DATE = 16;
  /** An ordinal (24th, двадцать четвертый, 12. in Polish). */
  static final int ORDINAL = 32;
  /** Four digits between 1000 and 2999 without grouping: likely a year. */
  static final int YEAR = 64;
  /** A decade (the 1960s, '60s): translations write it many ways, so a mismatch is unsure. */
  static final int DECADE = 128;

  public NumberMention {
    keys = List.copyOf(keys);
  }

  /** The value by this locale's conventions, else by the other locale's (4,1 billion in English text). */
  public BigDecimal anyValue() {
    return value != null ? value : otherValue;
  }

  public boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** Whether the translation must have this number (the source's words and codes are not required). */
  boolean required() {
    return (flags & (WEAK | CODE | IN_DATE)) == 0;
  }

  /** Whether either reading equals {@code v}. */
  public boolean mayBe(BigDecimal v) {
    return keys.contains(key(v));
  }

  /** The comparison key of a value: its plain digits without trailing zeros (1.50 → "1.5"). */
  static String key(BigDecimal v) {
    if (v.scale() == 0) {
      return v.toPlainString(); // a whole number as read from digits (the most common): no trailing zeros to strip
    }
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
