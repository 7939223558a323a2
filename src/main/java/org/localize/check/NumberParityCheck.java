package org.localize.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.localize.diag.Finding;
import org.localize.diag.Severity;

/**
 * Every number of the source is in the translation with the same value, in whatever form: the
 * target locale's separators (4.2 ≡ 4,2; 1,200 ≡ 1 200), words (two-day ≡ три дня ≡ 2 дня; 24 ≡
 * двадцати четырех; 10 ≡ 十), a magnitude (60,000 ≡ 6 万; 15 тыс. ≡ 15,000), a 24-hour clock (8pm ≡
 * 20 Uhr ≡ 20:00), an ending (2025 ≡ 2025-м) or a compound (seven-month ≡ семимесячное). Numbers
 * inside the source's dates are the date checks'.
 *
 * <p>Severity follows proof. The source's numbers and the translation's are matched by value through
 * hash lookups (linear in the text). What is left is compared: when the source and the translation
 * each keep the same count of unmatched numbers, they are paired in order, and a pair is an error
 * (24 years → 25 лет) unless something explains it: a unit conversion (250 acres → 100 Hektar, 14
 * days → two weeks, read from CLDR's unit names, is no finding at all), a rounding (1.47 → 1,5), a
 * factor that a magnitude word would give (1.5 → 1500), a year against a count, a number in words
 * that does not count the same unit as its partner. Those are warnings, and so is a number the
 * translation simply leaves out (an omission is not a contradiction), a clock time or a decade
 * without its match (time zones, 12-hour clocks, "6、70 年代").
 */
public final class NumberParityCheck implements Check {

  @Override
  public String id() {
    return "numbers.missing";
  }

  @Override
  public String title() {
    return "A number of the source is missing or changed in the translation";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    List<NumberMention> src = unit.sourceNumbers();
    if (src.isEmpty()) {
      return;
    }
    List<NumberMention> tgt = unit.targetNumbers();
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int j = 0; j < tgt.size(); j++) {
      for (String k : tgt.get(j).keys()) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(j);
      }
    }
    boolean[] answered = new boolean[tgt.size()];
    List<NumberMention> lost = new ArrayList<>();
    for (NumberMention s : src) {
      boolean found = false;
      for (String k : s.keys()) {
        List<Integer> hits = byKey.get(k);
        if (hits != null) {
          found = true;
          if (!hits.isEmpty()) {
            hits.forEach(j -> answered[j] = true);
            byKey.put(k, List.of()); // marked: a number the text repeats thousands of times is marked once
          }
        }
      }
      if (!found && s.required()) {
        lost.add(s);
      }
    }
    if (lost.isEmpty()) {
      return;
    }
    // compounds answer a number but are read only when one is missing: двухдневный, zweitägig
    String folded = unit.target().folded();
    NumberWords words = story.targetTools().numbers().words();
    // the compounds' values read once for the unit, not once for each number it lacks
    java.util.Set<java.math.BigDecimal> compounds = null;
    for (java.util.Iterator<NumberMention> it = lost.iterator(); it.hasNext(); ) {
      NumberMention s = it.next();
      if (s.integer() && s.value() != null && s.value().signum() > 0) {
        if (compounds == null) {
          compounds = words.compoundValues(folded);
        }
        if (compounds.contains(s.value())) {
          it.remove();
        }
      }
    }
    if (lost.isEmpty()) {
      return;
    }
    List<NumberMention> added = new ArrayList<>();
    for (int j = 0; j < tgt.size(); j++) {
      NumberMention t = tgt.get(j);
      if (!answered[j] && t.required() && !t.has(NumberMention.TIME) && !t.has(NumberMention.DECADE)
          && (t.value() != null || t.otherValue() != null) && !inSourceDate(t, unit.sourceDates())) {
        added.add(t);
      }
    }
    List<NumberMention> pairable = new ArrayList<>();
    for (NumberMention s : lost) {
      if (s.has(NumberMention.TIME) || s.has(NumberMention.DECADE) || s.value() == null && s.otherValue() == null) {
        omitted(unit, story, s, out);
      } else {
        pairable.add(s);
      }
    }
    if (pairable.size() != added.size()) {
      pairable.forEach(s -> omitted(unit, story, s, out));
      return;
    }
    for (int i = 0; i < pairable.size(); i++) {
      compare(unit, story, pairable.get(i), added.get(i), out);
    }
  }

  /**
   * Whether a number of the translation is a day or year of one of the source's dates, which the
   * date checks compare: "on the 24th" for 24日, "in '19" for 2019.
   */
  private static boolean inSourceDate(NumberMention t, List<DateMention> dates) {
    if (dates.isEmpty() || t.value() == null || t.value().stripTrailingZeros().scale() > 0) {
      return false;
    }
    int v = t.value().intValue();
    for (DateMention d : dates) {
      if (v > 0 && (v == d.day() || v == d.dayTo() || v == d.year())) {
        return true;
      }
    }
    return false;
  }

  private void omitted(Unit unit, Story story, NumberMention s, List<Finding> out) {
    BigDecimal v = s.anyValue();
    if (v != null && v.compareTo(BigDecimal.ONE) <= 0 && v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0) {
      return; // 1 and 0 become "an hour", "no one": a missing one is no news (a changed one still pairs)
    }
    out.add(unit.finding(this, Severity.WARNING, "the number " + s.text().trim() + " of the source is not in the translation",
        v == null ? null : story.targetTools().numbers().format(v)));
  }

  /** The source's {@code s} and the translation's {@code t}, both unmatched and in the same place. */
  private void compare(Unit unit, Story story, NumberMention s, NumberMention t, List<Finding> out) {
    BigDecimal sv = s.anyValue();
    BigDecimal tv = t.anyValue(); // 4,1 billion in English: read as written
    String said = "the source has " + s.text().trim() + " but the translation has " + t.text().trim();
    String suggestion = story.targetTools().numbers().format(sv);
    // the unit names are read on first need: only a number changed side by side gets here
    String su = story.sourceTools().units().unitAfter(unit.source().folded(), s.end());
    String tu = story.targetTools().units().unitAfter(unit.target().folded(), t.end());
    YearLike sy = yearLike(s, unit.source(), story.sourceTools());
    YearLike ty = yearLike(t, unit.target(), story.targetTools());
    if (sy == YearLike.YES || ty == YearLike.YES) {
      su = tu = null; // 2026年 is a year of the calendar, not a count of years
    }
    switch (NumberUnits.compare(sv.abs(), su, tv.abs(), tu)) {
      case RECOGNISED:
        return; // 250 acres → 100 hectares
      case UNSURE:
        out.add(unit.finding(this, Severity.WARNING, t.start(), t.end(),
            said + " (converted from " + su + " to " + tu + "? the numbers do not convert into each other)", null));
        return;
      case CONTRADICTED:
        // two decades → trente ans: 2 decades are exactly 20 years
        BigDecimal exact = NumberUnits.convert(sv.abs(), su, tu).round(new MathContext(12)).stripTrailingZeros();
        out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(), said + " (" + NumberMention.key(sv.abs()) + " "
            + NumberUnits.plural(su) + " = " + NumberMention.key(exact) + " " + NumberUnits.plural(tu) + ")",
            story.targetTools().numbers().format(exact)));
        return;
      default:
        break;
    }
    String doubt = null;
    if ((s.has(NumberMention.WORD) || t.has(NumberMention.WORD)) && (su == null || !su.equals(tu))) {
      // words are rephrased more freely (two decades → zwanzig Jahre, half-decade → pět let): proof
      // needs the same unit counted on both sides (two-day → три дня)
      doubt = "a number in words, not counting the same unit on both sides";
    } else if (magnitudeApart(sv, tv) && (s.scale() == null || t.scale() == null)) {
      // one side's magnitude word may be unread; 16 milionů against 16 billion reads both: an error
      doubt = "a factor of a magnitude word (thousand, million) apart";
    } else if (sy != YearLike.YES && ty != YearLike.YES && (rounds(sv, tv) || rounds(tv, sv))) {
      doubt = "one may be the other rounded";
    } else if (apart(sy, ty)) {
      doubt = "one looks like a year, the other does not";
    }
    if (doubt != null) {
      out.add(unit.finding(this, Severity.WARNING, t.start(), t.end(), said + " (" + doubt + ")", suggestion));
    } else {
      out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(), said, suggestion));
    }
  }

  /** Whether a number is a year by its looks: surely, surely not, or either. */
  enum YearLike { YES, NO, EITHER }

  /**
   * Whether {@code m} looks like a year: four digits from 1000 to 2999, ungrouped, are one where
   * the locale groups a count of four digits (en 2024 against 1,200) and writes a year without a
   * word, or where a year word or lead-in marks them (2024 года, in 2024, 2024年); elsewhere they
   * may be either (ru, pl, de 1300 Fahrgäste; ja 1300人).
   */
  static YearLike yearLike(NumberMention m, Text text, LocaleTools tools) {
    if (!m.has(NumberMention.YEAR)) {
      return YearLike.NO;
    }
    DateVocabulary dates = tools.dates();
    if (dates.markedAsYear(text.folded(), m.start(), m.end())) {
      return YearLike.YES;
    }
    return tools.numbers().groupsFourDigits() && !dates.marksYears() ? YearLike.YES : YearLike.EITHER;
  }

  /** Whether one number is surely a year and the other surely not one. */
  private static boolean apart(YearLike a, YearLike b) {
    return (a == YearLike.YES && b == YearLike.NO) || (a == YearLike.NO && b == YearLike.YES);
  }

  /** Whether a / b is 10^k for a k that magnitude words give (3 to 12). */
  private static boolean magnitudeApart(BigDecimal a, BigDecimal b) {
    if (a.signum() == 0 || b.signum() == 0) {
      return false;
    }
    BigDecimal big = a.abs().max(b.abs());
    BigDecimal small = a.abs().min(b.abs());
    BigDecimal ratio = big.divide(small, MathContext.DECIMAL64).stripTrailingZeros();
    return ratio.unscaledValue().equals(BigInteger.ONE) && ratio.scale() <= -3;
  }

  /** Whether {@code b} is {@code a} rounded to {@code b}'s precision (1.47 → 1.5, 799 → 800, 1.5 → 2). */
  static boolean rounds(BigDecimal a, BigDecimal b) {
    BigDecimal bs = b.stripTrailingZeros();
    BigDecimal as = a.stripTrailingZeros();
    if (bs.scale() >= as.scale()) {
      return false; // b is not coarser than a
    }
    return as.setScale(bs.scale(), RoundingMode.HALF_UP).compareTo(bs) == 0;
  }
}
