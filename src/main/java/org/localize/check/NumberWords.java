package org.localize.check;

import com.ibm.icu.number.Notation;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.localize.locale.LocaleData;

/**
 * The numbers a locale writes as words, and the words that scale a number (тыс., Mio., million, 万),
 * built once per locale from ICU's data.
 *
 * <p>Spelled numbers: every public spell-out rule set of ICU's {@link RuleBasedNumberFormat}
 * (cardinal and ordinal, every case and gender ICU has: 66 in Russian, 50 in Polish) formats a few
 * dozen values, and the words that come out are the lexicon: 0–20, the tens, the hundreds, and the
 * words for thousand, million and billion in each of their forms (тысяча, тысячи, тысяч). A run of
 * such words is then read by one small grammar (sums, with multipliers: сто двадцать четыре, two
 * hundred thousand, 二千三百万). Each rule set is checked against numbers it writes (21, 24, 99, 124,
 * 2024): where the grammar cannot read them (German vierundzwanzig, French soixante et onze, Spanish
 * veinticuatro), the words for 21–99 are added as whole phrases. Reading is a hash lookup per word,
 * with none of RBNF parsing's cost or prefix traps (it reads Ukrainian "двадцяти" as 2). Chinese,
 * Japanese and Korean numerals are read character by character with the same grammar.
 *
 * <p>Words are compared folded: lower case, soft hyphens (U+00AD, which ICU puts inside German
 * numbers) removed, ё as е, and every apostrophe (U+2019, U+02BC) as U+0027, as {@link Text} folds.
 *
 * <p>Magnitudes come from CLDR's compact decimal forms ({@link Notation#compactShort()} and {@link
 * Notation#compactLong()}: тыс., млн, Mio., Mrd., thousand, 万, 億), from the multiplier words of the
 * spell-out rules (тысяч, Millionen) and from the locale file ({@code numbers.magnitudes}: en "bn").
 *
 * <p>Immutable once built, so shared by every thread.
 */
final class NumberWords {

  static final int MULTIPLIER = 1;
  static final int BIG = 2;
  static final int ORDINAL = 4;
  /** An ordinary word too (one, ein, un, second): may answer a number, is never required. */
  static final int WEAK = 8;

  /** Case names found in ICU rule set names; a set without one is nominative. */
  static final List<String> CASES = List.of("nominative", "genitive", "dative", "accusative", "instrumental",
      "prepositional", "locative", "ablative", "vocative");

  /** One entry of the lexicon: a word (or, for irregular rule sets, a phrase of words). */
  record Atom(BigDecimal value, int flags, int cases) {
    boolean multiplier() {
      return (flags & MULTIPLIER) != 0;
    }

    boolean big() {
      return (flags & BIG) != 0;
    }
  }

  /** A scaling word: 10^k, and whether it is a one-letter abbreviation that may be a unit too (5m). */
  record Magnitude(BigDecimal factor, boolean ambiguous) {}

  /** A magnitude word found in a text, and the index after it. */
  record Found(Magnitude magnitude, int end) {}

  /** A spelled-out number in a text. */
  record Spelled(int start, int end, BigDecimal value, int flags, int cases) {}

  private static final long[] WORD_VALUES = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90,
    100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 2000, 5000,
    1_000_000, 2_000_000, 5_000_000, 1_000_000_000, 2_000_000_000, 5_000_000_000L};
  private static final long[] CHAR_VALUES = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000, 10_000, 100_000_000, 1_000_000_000_000L};
  private static final long[] PROBES = {21, 24, 37, 71, 99, 124, 2024};

  private final Locale lower;
  /** Whether String.toLowerCase(lower) lowers I and J by the locale's own rules (tr, az, lt; as the JDK decides). */
  private final boolean caseByLocale;
  private final boolean charMode;
  /** Word mode: folded word or phrase (words joined by one space) → atom. */
  private final Map<String, Atom> atoms = new HashMap<>();
  private final Set<String> glue = new HashSet<>();
  /** First words of the multi-word entries (soixante et onze). */
  private final Set<String> phraseStarts = new HashSet<>();
  private int longestPhrase = 1;
  /** Char mode: numeral character → atom. */
  private final Map<Character, Atom> chars = new HashMap<>();
  private final String counters;
  private final Map<String, Magnitude> magnitudes = new HashMap<>();
  private int longestMagnitude;
  /** Folded am/pm markers → true for pm. */
  private final Map<String, Boolean> dayPeriods = new HashMap<>();
  /** {@link #dayPeriods} as arrays in the map's order: asked after every number, most often of none. */
  private final String[] dayPeriodMarks;
  private final boolean[] dayPeriodPm;
  /** Whether the locale writes ordinals as "2." (German, Polish, Czech). */
  private final boolean dotOrdinal;
  /** Words that make a number an hour of the clock: 20 Uhr, 16 h, 8時, nine o'clock, kl. 15 (folded). */
  private final Set<String> clockWords = new HashSet<>();
  /** {@link #clockWords} as an array in the set's order: asked after most small numbers. */
  private final String[] clockWordList;
  /** The locale's names of the hour as a duration (時間), which a clock word must not begin. */
  private final Set<String> hourNames = new HashSet<>();
  /** Month names, folded (june, июня, juli, czerwca; 月 for 8月), for numbers that are days of a date. */
  private final Set<String> months = new HashSet<>();
  /** {@link #months} as an array: walking a hash set's table for each word was a cost of reading numbers. */
  private final String[] monthList;
  private final Set<String> monthAbbreviations = new HashSet<>();
  private final Set<String> monthSuffixes = new HashSet<>();
  /** {@link #monthSuffixes} as an array in the set's order. */
  private final String[] monthSuffixList;
  /**
   * The first letters of {@link #months} and {@link #monthAbbreviations}: a word starting with none
   * of them is no month, so it is not cut and folded to be looked up.
   */
  private final String monthInitials;
  /** Char mode: the marker after a year (年) and after minutes (分), or null. */
  private String yearMarker;
  private String minuteMarker;

  private NumberWords(ULocale locale, LocaleData.Numbers data) {
    this.lower = locale.toLocale();
    String language = lower.getLanguage();
    this.caseByLocale = language.equals("tr") || language.equals("az") || language.equals("lt");
    this.counters = data.counters();
    Spellout rbnf = new Spellout(locale);
    List<String> sets = new ArrayList<>();
    for (String s : rbnf.getRuleSetNames()) {
      if (!s.contains("year")) { // years as words (nineteen eighty-four, 元) are not counts
        sets.add(s);
      }
    }
    String numbering = sets.contains("%spellout-numbering") ? "%spellout-numbering" : sets.get(0);
    String ten = rbnf.format(10, numbering);
    String twentyFour = rbnf.format(24, numbering);
    this.charMode = ten.codePointCount(0, ten.length()) == 1 && twentyFour.codePointCount(0, twentyFour.length()) > 1
        && twentyFour.codePoints().allMatch(Character::isLetter);
    if (charMode) {
      buildChars(rbnf, sets);
    } else {
      buildWords(rbnf, sets);
    }
    Set<String> weak = new HashSet<>();
    data.weakWords().forEach(w -> weak.add(fold(w)));
    data.words().forEach((w, v) -> {
      String k = fold(w);
      Atom old = atoms.get(k);
      atoms.put(k, new Atom(v, (old == null ? 0 : old.flags()) | (v.compareTo(BigDecimal.ONE) <= 0 ? WEAK : 0),
          old == null ? 0 : old.cases()));
      if (charMode && w.length() == 1) {
        chars.put(w.charAt(0), new Atom(v, 0, 0));
      }
      longestPhrase = Math.max(longestPhrase, k.split(" ").length);
    });
    for (String w : weak) {
      Atom a = atoms.get(w);
      if (a != null) {
        atoms.put(w, new Atom(a.value(), a.flags() | WEAK, a.cases()));
      }
    }
    buildMagnitudes(locale, data);
    buildClockAndMonths(locale, data);
    this.dotOrdinal = IcuAnswers.ask(locale, "ordinal " + locale + " 2",
        () -> new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.ORDINAL).format(2)).equals("2.");
    // the filters the scanners ask first, made once from the complete lexicon
    this.monthList = months.toArray(new String[0]);
    this.clockWordList = clockWords.toArray(new String[0]);
    this.monthSuffixList = monthSuffixes.toArray(new String[0]);
    this.dayPeriodMarks = new String[dayPeriods.size()];
    this.dayPeriodPm = new boolean[dayPeriods.size()];
    int period = 0;
    for (Map.Entry<String, Boolean> e : dayPeriods.entrySet()) {
      dayPeriodMarks[period] = e.getKey();
      dayPeriodPm[period++] = e.getValue();
    }
    StringBuilder initials = new StringBuilder();
    for (Set<String> set : List.of(months, monthAbbreviations)) {
      for (String m : set) {
        if (initials.indexOf(m.substring(0, 1)) < 0) {
          initials.append(m.charAt(0));
        }
      }
    }
    this.monthInitials = initials.toString();
    this.starts = new long[1 << 11]; // 2^17 bits
    this.wholes = HashBits.empty();
    for (String k : atoms.keySet()) {
      mark(starts, k);
      HashBits.mark(wholes, k.hashCode());
    }
    for (String k : phraseStarts) {
      mark(starts, k);
      HashBits.mark(wholes, k.hashCode());
    }
    this.magnitudeFirsts = new long[1 << 10];
    for (String k : magnitudes.keySet()) {
      if (!k.isEmpty()) {
        char f = k.charAt(0);
        magnitudeFirsts[f >>> 6] |= 1L << f;
      }
    }
  }

  /**
   * A locale's spelled-out numbers (ICU's RuleBasedNumberFormat), answered through {@link
   * IcuAnswers}: building the formatter parses the locale's rules, and the words are read from a
   * few thousand numbers of every rule set; the formatter is built only for a question not shipped.
   */
  private static final class Spellout {
    private final ULocale locale;
    private RuleBasedNumberFormat rbnf;

    Spellout(ULocale locale) {
      this.locale = locale;
    }

    private RuleBasedNumberFormat icu() {
      if (rbnf == null) {
        rbnf = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
      }
      return rbnf;
    }

    String[] getRuleSetNames() {
      String names = IcuAnswers.ask(locale, "spellout-sets " + locale, () -> String.join(" ", icu().getRuleSetNames()));
      return names.isEmpty() ? new String[0] : names.split(" ");
    }

    String format(long v, String set) {
      return IcuAnswers.ask(locale, "spellout " + locale + " " + set + " " + v, () -> icu().format(v, set));
    }
  }

  /** The lexicon of {@code data}'s locale (built in tens of milliseconds; callers keep it). */
  static NumberWords of(LocaleData data) {
    return new NumberWords(data.locale(), data.numbers());
  }

  /** Clock words, month names and am/pm markers, from the locale's date patterns ({@link IcuAnswers}) and date symbols. */
  private void buildClockAndMonths(ULocale locale, LocaleData.Numbers data) {
    // the literal CLDR writes beside the hour: de "HH 'Uhr'", fr "HH 'h'", ja "H時"
    String literal = IcuAnswers.bestPattern(locale, "H").replaceAll("[Hh]+", " ").replace("'", " ").trim();
    if (!literal.isEmpty() && literal.codePoints().allMatch(Character::isLetter)) {
      clockWords.add(fold(literal));
    }
    if (charMode) {
      // ja/zh/ko: the year's marker (１８年 is 2018) and the minute's (１３時５７分 is 13:57)
      String year = IcuAnswers.bestPattern(locale, "y").replaceAll("y+", " ").replace("'", " ").trim();
      yearMarker = !year.isEmpty() && year.codePoints().allMatch(Character::isLetter) ? year : null;
      String minute = NumberFormatter.withLocale(locale).unit(com.ibm.icu.util.MeasureUnit.MINUTE)
          .unitWidth(NumberFormatter.UnitWidth.NARROW).format(5).toString().replaceAll("[\\d\\s\u00A0\u202F]", "");
      minuteMarker = minute.isEmpty() ? null : minute;
    }
    data.clockWords().forEach(w -> clockWords.add(fold(w)));
    // 時間 (hours) begins with the clock word 時; languages with spaces need no such guard
    for (NumberFormatter.UnitWidth width : !charMode ? new NumberFormatter.UnitWidth[0] : new NumberFormatter.UnitWidth[] {
        NumberFormatter.UnitWidth.FULL_NAME, NumberFormatter.UnitWidth.SHORT}) {
      String name = NumberFormatter.withLocale(locale).unit(com.ibm.icu.util.MeasureUnit.HOUR).unitWidth(width)
          .format(5).toString().replaceAll("[\\d\\s\u00A0\u202F]", "");
      if (!name.isEmpty()) {
        hourNames.add(fold(name));
      }
    }
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
        for (String m : IcuAnswers.months(locale, context, width)) {
          String f = fold(m).replace(".", "").trim();
          if (f.chars().anyMatch(Character::isDigit)) {
            String suffix = f.replaceAll("\\d", "").trim();
            if (!suffix.isEmpty()) {
              monthSuffixes.add(suffix); // 8月
            }
          } else if (f.length() >= 3) {
            (width == DateFormatSymbols.WIDE ? months : monthAbbreviations).add(f);
          }
        }
      }
    }
    // am/pm markers, where the locale writes a 12-hour clock or the marker is no ordinary word
    // (de "AM" would make "am" a marker)
    String hour = IcuAnswers.bestPattern(locale, "j");
    boolean twelve = hour.indexOf('h') >= 0 || hour.indexOf('K') >= 0;
    String[] ampm = IcuAnswers.amPm(locale);
    for (int i = 0; i < 2 && i < ampm.length; i++) {
      String m = fold(ampm[i]);
      if (!twelve && m.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        continue;
      }
      dayPeriods.put(m, i == 1);
      if (m.length() == 2 && m.chars().allMatch(c -> c >= 'a' && c <= 'z')) { // AM → a.m.
        dayPeriods.put(m.charAt(0) + "." + m.charAt(1) + ".", i == 1);
      }
    }
  }

  /** Whether a clock word stands right before {@code start} or right after {@code end} of the folded text. */
  boolean clockAround(String s, int start, int end) {
    if (clockWordList.length == 0) {
      return false;
    }
    int i = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
    for (String w : clockWordList) {
      if (Text.matchesAt(s, i, w)
          && (i + w.length() >= s.length() || !Character.isLetter(s.charAt(i + w.length())) || charMode)) {
        boolean duration = false;
        for (String h : hourNames) {
          duration |= h.length() > w.length() && Text.matchesAt(s, i, h); // 24時間: hours
        }
        if (!duration) {
          return true;
        }
      }
      int j = start > 0 && s.charAt(start - 1) == ' ' ? start - 1 : start;
      if (j - w.length() >= 0 && Text.matchesAt(s, j - w.length(), w)
          && (j - w.length() == 0 || !Character.isLetter(s.charAt(j - w.length() - 1)))) {
        return true; // kl. 15, klukkan 21
      }
    }
    return false;
  }

  /**
   * Whether the number at [{@code start}, {@code end}) of the folded text stands next to a month
   * name (24 июня, 10. August, June 24, 8月): a day of a date, which the date checks own.
   */
  boolean besideMonth(String s, int start, int end) {
    return besideMonth(s, start, end, true);
  }

  /** {@link #besideMonth(String, int, int)}; {@code filter}: whether words are first tested by their first letter (false for tests). */
  boolean besideMonth(String s, int start, int end, boolean filter) {
    for (String suffix : monthSuffixList) {
      if (s.startsWith(suffix, end)) {
        return true;
      }
    }
    if (months.isEmpty()) {
      return false;
    }
    int i = end;
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (longestMonthMatch(s, i, filter) > 0) {
      return true;
    }
    int j = start - 1;
    while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '.')) {
      j--;
    }
    int k = j;
    while (k >= 0 && Text.letter(s.charAt(k))) {
      k--;
    }
    int m = j > k && j - k >= 3 ? longestMonthMatch(s, k + 1, filter) : 0;
    return m > 0 && k + 1 + m > j;
  }

  private int longestMonthMatch(String s, int i, boolean filter) {
    int j = i;
    while (j < s.length() && Text.letter(s.charAt(j))) {
      j++;
    }
    if (j - i < 3) {
      return 0;
    }
    char first = s.charAt(i);
    if (filter && !unsure(first) && monthInitials.indexOf(lower(first)) < 0) {
      return 0; // the folded word would start with a letter no month starts with
    }
    String word = fold(s.substring(i, j));
    if (monthAbbreviations.contains(word)) {
      return j - i;
    }
    for (String m : monthList) {
      if (word.startsWith(m) && word.length() - m.length() <= 2) { // Juni, Junis; declined forms are CLDR's own
        return j - i;
      }
    }
    return 0;
  }

  /** Whether {@code s} has the year marker (年) at {@code pos}: a two-digit number before it is a year. */
  boolean yearMarkerAt(String s, int pos) {
    return yearMarker != null && s.startsWith(yearMarker, pos);
  }

  /** The minute marker (分) of char-mode locales, or null. */
  String minuteMarker() {
    return minuteMarker;
  }

  /** The clock word (時, Uhr) right after {@code end}, its length, or 0. */
  int clockAfter(String s, int end) {
    for (String w : clockWordList) {
      if (Text.matchesAt(s, end, w) && clockAround(s, end, end)) {
        return w.length();
      }
    }
    return 0;
  }

  boolean dotOrdinal() {
    return dotOrdinal;
  }

  boolean charMode() {
    return charMode;
  }

  /** Lower case, no soft hyphens, and {@link Text#fold} (ё → е, apostrophes → '). */
  String fold(String s) {
    return Text.fold(s.replace("\u00AD", "")).toLowerCase(lower);
  }

  private static int caseBits(String ruleSet) {
    int bits = 0;
    for (String part : ruleSet.substring(1).split("-")) {
      int i = CASES.indexOf(part);
      if (i >= 0) {
        bits |= 1 << i;
      }
    }
    return bits == 0 ? 1 : bits; // nominative
  }

  /** The case names of a bit set from {@link #caseBits}. */
  static Set<String> caseNames(int bits) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < CASES.size(); i++) {
      if ((bits & (1 << i)) != 0) {
        out.add(CASES.get(i));
      }
    }
    return out;
  }

  private static boolean powerOfTen(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.unscaledValue().equals(java.math.BigInteger.ONE) && s.scale() <= -1;
  }

  private void add(String key, BigDecimal value, int flags, int cases) {
    Atom old = atoms.get(key);
    if (old == null) {
      atoms.put(key, new Atom(value, flags, cases));
      if (key.indexOf(' ') > 0) {
        phraseStarts.add(key.substring(0, key.indexOf(' ')));
      }
      return;
    }
    if (old.value().compareTo(value) != 0) {
      return; // one spelling, two values: the first rule set's reading stays
    }
    // a multiplier or weak reading in any rule set holds for all; ordinal only if never a cardinal
    int f = ((old.flags() | flags) & ~ORDINAL) | (old.flags() & flags & ORDINAL);
    atoms.put(key, new Atom(value, f, old.cases() | cases));
  }

  private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s\\-\u2010\u2011]+");

  private static List<String> words(String folded) {
    List<String> out = new ArrayList<>();
    for (String w : WORD_BREAK.split(folded)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private void buildWords(Spellout rbnf, List<String> sets) {
    // Many rule sets write the same words (Russian ablative and instrumental, locative and
    // prepositional): a set whose fingerprint was seen adds its case to the words already read.
    Map<String, List<String>> byPrint = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    for (String set : sets) {
      int flags = set.contains("ordinal") ? ORDINAL : 0;
      int cases = caseBits(set);
      String print = rbnf.format(1, set) + "|" + rbnf.format(2, set) + "|" + rbnf.format(5, set) + "|"
          + rbnf.format(40, set) + "|" + rbnf.format(2_000_000, set) + "|" + flags;
      List<String> seen = byPrint.get(print);
      if (seen != null) {
        for (String k : seen) {
          Atom a = atoms.get(k);
          atoms.put(k, new Atom(a.value(), a.flags(), a.cases() | cases));
        }
        continue;
      }
      List<String> keys = new ArrayList<>();
      byPrint.put(print, keys);
      distinct.add(set);
      for (long v : WORD_VALUES) {
        if (flags == ORDINAL && v > 1000) {
          break; // ordinals stop at the thousandth
        }
        String out = fold(rbnf.format(v, set));
        if (out.chars().anyMatch(Character::isDigit)) {
          continue;
        }
        List<String> ws = words(out);
        BigDecimal value = BigDecimal.valueOf(v);
        if (ws.size() == 1) {
          add(ws.get(0), value, flags | (v <= 1 ? WEAK : 0), cases);
          keys.add(ws.get(0));
          continue;
        }
        // "two thousand", "две тысячи", "one hundred": the last word multiplies what the others say
        BigDecimal before = compose(ws.subList(0, ws.size() - 1));
        String last = ws.get(ws.size() - 1);
        if (before != null && before.signum() > 0 && value.remainder(before).signum() == 0) {
          BigDecimal m = value.divide(before);
          if (powerOfTen(m) && m.compareTo(BigDecimal.valueOf(100)) >= 0) {
            add(last, m, MULTIPLIER | (m.compareTo(BigDecimal.valueOf(1000)) >= 0 ? BIG : 0) | flags, cases);
            keys.add(last);
          }
        }
      }
    }
    // check the grammar against numbers ICU writes; learn the joining words (and, et, y); where it
    // still fails, take the rule set's 21–99 as whole phrases
    for (String set : distinct) {
      int flags = set.contains("ordinal") ? ORDINAL : 0;
      int cases = caseBits(set);
      boolean regular = true;
      for (long p : PROBES) {
        if (flags == ORDINAL && p > 1000) {
          continue;
        }
        String out = fold(rbnf.format(p, set));
        List<String> ws = words(out);
        List<String> unknown = new ArrayList<>();
        for (String w : ws) {
          if (!atoms.containsKey(w)) {
            unknown.add(w);
          }
        }
        if (!unknown.isEmpty() && unknown.size() < ws.size() && unknown.stream().allMatch(w -> w.length() <= 3)) {
          glue.addAll(unknown);
        }
        BigDecimal read = compose(ws);
        if (read == null || read.compareTo(BigDecimal.valueOf(p)) != 0) {
          regular = false;
          break;
        }
      }
      if (!regular) {
        for (long v = 21; v < 100; v++) {
          String phrase = String.join(" ", words(fold(rbnf.format(v, set))));
          if (!phrase.isEmpty() && phrase.chars().noneMatch(Character::isDigit)) {
            add(phrase, BigDecimal.valueOf(v), flags, cases);
            longestPhrase = Math.max(longestPhrase, phrase.split(" ").length);
          }
        }
      }
    }
  }

  private void buildChars(Spellout rbnf, List<String> sets) {
    for (String set : sets) {
      if (set.contains("ordinal")) {
        continue;
      }
      for (long v : CHAR_VALUES) {
        String out = rbnf.format(v, set);
        if (out.isEmpty() || out.chars().anyMatch(c -> c < 0x80)) {
          continue;
        }
        BigDecimal value = BigDecimal.valueOf(v);
        boolean mult = v >= 10 && powerOfTen(value);
        int flags = mult ? MULTIPLIER | (v >= 10_000 ? BIG : 0) : 0;
        if (out.length() == 1) {
          chars.putIfAbsent(out.charAt(0), new Atom(value, flags, 0));
        } else if (mult) { // 一百, 一万: the last character is the multiplier
          Atom first = chars.get(out.charAt(0));
          if (first != null && first.value().compareTo(BigDecimal.ONE) == 0 && out.length() == 2) {
            chars.putIfAbsent(out.charAt(1), new Atom(value, flags, 0));
          }
        }
      }
    }
  }

  private void buildMagnitudes(ULocale locale, LocaleData.Numbers data) {
    // through IcuAnswers: DecimalFormatSymbols reads the locale's number data for this one character
    char decimal = IcuAnswers.ask(locale, "decimal " + locale,
        () -> String.valueOf(com.ibm.icu.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator())).charAt(0);
    for (boolean shortForm : new boolean[] {true, false}) {
      Notation n = shortForm ? Notation.compactShort() : Notation.compactLong();
      String width = shortForm ? "short" : "long";
      for (int e = 3; e <= 12; e++) {
        // whole and fractional samples: the forms differ (2 миллиона, 5 миллионов, 1,5 миллиона; cs 1,5 milionu)
        for (String sample : new String[] {"1", "2", "5", "21", "1.5"}) {
          BigDecimal v = new BigDecimal(sample).scaleByPowerOfTen(e);
          // through IcuAnswers: a hundred formats, the first of each formatter building much of ICU's
          String out = IcuAnswers.ask(locale, "compact " + locale + " " + width + " " + v,
              () -> NumberFormatter.withLocale(locale).notation(n).format(v).toString());
          int i = 0;
          while (i < out.length() && (Character.isDigit(out.charAt(i)) || ".,'\u00A0\u202F \u2009".indexOf(out.charAt(i)) >= 0)) {
            i++;
          }
          if (i == 0 || i == out.length()) {
            continue; // a prefix, or no word at all (de writes 1000 as 1000)
          }
          BigDecimal shown = shown(out.substring(0, i), decimal);
          String word = out.substring(i).trim();
          if (shown == null || shown.signum() == 0 || word.isEmpty()) {
            continue;
          }
          BigDecimal factor = v.divide(shown, java.math.MathContext.DECIMAL64).stripTrailingZeros();
          if (powerOfTen(factor)) {
            putMagnitude(word, factor);
          }
        }
      }
    }
    if (!charMode) {
      atoms.forEach((w, a) -> {
        if (a.big() && w.indexOf(' ') < 0 && (a.flags() & ORDINAL) == 0) {
          putMagnitude(w, a.value());
        }
      });
    } else {
      chars.forEach((c, a) -> {
        if (a.multiplier()) {
          putMagnitude(String.valueOf(c), a.value()); // 3千, 5万
        }
      });
    }
    data.magnitudes().forEach(this::putMagnitude);
    if (!charMode) {
      // CLDR's compact names are words too: Czech "šest miliard" where the spell-out rules write miliardů
      magnitudes.forEach((w, m) -> {
        if (w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !atoms.containsKey(w)
            && m.factor().compareTo(BigDecimal.valueOf(1000)) >= 0) {
          atoms.put(w, new Atom(m.factor(), MULTIPLIER | BIG, 0));
        }
      });
    }
  }

  /** The number a compact form shows ("1,5 " → 1.5 where the decimal is a comma), or null. */
  private static BigDecimal shown(String s, char decimal) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        b.append(Character.digit(c, 10));
      } else if (c == decimal) {
        b.append('.');
      }
    }
    try {
      return b.length() == 0 ? null : new BigDecimal(b.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void putMagnitude(String word, BigDecimal factor) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (w.isEmpty()) {
      return;
    }
    boolean letterShort = w.length() == 1 && Character.isLetter(w.charAt(0)) && !Character.isIdeographic(w.charAt(0));
    String key = letterShort ? w : fold(w);
    magnitudes.putIfAbsent(key, new Magnitude(factor.stripTrailingZeros(), letterShort));
    longestMagnitude = Math.max(longestMagnitude, key.length());
  }

  /**
   * The magnitude word at {@code pos} of the folded text {@code s} ("тыс.", " million", "万"), with
   * the index after it (a following full stop included), or null. One space may come first.
   */
  Found magnitudeAt(String s, int pos) {
    return magnitudeAt(s, pos, true);
  }

  /**
   * Bits (by the first character, folded) of every magnitude word: a word of two letters or more
   * whose first letter's bit is clear is none (15 человек, 2 people), so it is not cut, folded
   * and looked up.
   */
  private final long[] magnitudeFirsts;

  /** {@link #magnitudeAt(String, int)}; {@code filter}: whether the first-letter test may answer first (false for tests). */
  Found magnitudeAt(String s, int pos, boolean filter) {
    int i = pos;
    if (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i >= s.length() || !Text.letter(s.charAt(i))) {
      return null;
    }
    if (charMode && Character.isIdeographic(s.charAt(i))) {
      for (int len = Math.min(longestMagnitude, s.length() - i); len >= 1; len--) {
        Magnitude m = magnitudes.get(s.substring(i, i + len));
        if (m != null) {
          return new Found(m, i + len);
        }
      }
      return null;
    }
    if (filter && i + 1 < s.length() && Text.letter(s.charAt(i + 1)) && !unsure(s.charAt(i))) {
      // a word of two letters or more, tested before its letters are scanned: fold(w) starts with
      // lower(first letter), since folding maps a letter to one letter, and lower case is
      // Character's for every letter but the unsure ones (see unsure)
      char f = lower(s.charAt(i));
      if ((magnitudeFirsts[f >>> 6] & (1L << f)) == 0) {
        return null;
      }
    }
    int j = i;
    while (j < s.length() && Text.letter(s.charAt(j))) {
      j++;
    }
    if (j - i > longestMagnitude) {
      return null;
    }
    String w = s.substring(i, j);
    Magnitude m = w.length() == 1 ? magnitudes.get(w) : magnitudes.get(fold(w));
    if (m == null) {
      return null;
    }
    return new Found(m, j < s.length() && s.charAt(j) == '.' ? j + 1 : j);
  }

  /**
   * Whether an am/pm marker follows {@code pos} (one space allowed): null if none, else whether it
   * is pm.
   */
  Boolean dayPeriodAfter(String s, int pos) {
    int i = pos;
    if (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    for (int k = 0; k < dayPeriodMarks.length; k++) {
      String m = dayPeriodMarks[k];
      if (Text.matchesAt(s, i, m)
          && (i + m.length() >= s.length() || !Character.isLetter(s.charAt(i + m.length())) || charMode)) {
        return dayPeriodPm[k];
      }
    }
    return null;
  }

  /** Whether an am/pm marker ends just before {@code pos} (午後8時): null if none, else whether it is pm. */
  Boolean dayPeriodBefore(String s, int pos) {
    for (int k = 0; k < dayPeriodMarks.length; k++) {
      String m = dayPeriodMarks[k];
      int at = pos - m.length();
      if (at >= 0 && Text.matchesAt(s, at, m) && charMode) {
        return dayPeriodPm[k];
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- reading

  /** Reads a sequence of lexicon words; null unless every word is a number word in a valid order. */
  private BigDecimal compose(List<String> ws) {
    List<Atom> units = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      Atom a = atoms.get(ws.get(i));
      if (a == null) {
        if (glue.contains(ws.get(i)) && i > 0 && i < ws.size() - 1) {
          continue;
        }
        return null;
      }
      units.add(a);
    }
    Grammar g = new Grammar();
    for (Atom a : units) {
      if (!g.accept(a)) {
        return null;
      }
    }
    return g.value();
  }

  /**
   * Sums with multipliers: an additive word must be smaller than the place of the one before
   * (twenty, four; not four, twenty); a small multiplier (hundred, 十, 百) multiplies the word before
   * it; a big one (thousand, million, 万) multiplies the group so far.
   */
  static final class Grammar {
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal group = BigDecimal.ZERO;
    private BigDecimal last = BigDecimal.ZERO;
    private BigDecimal allowed = null; // additive words must be below this (null: any)
    private BigDecimal lastSmall = null;
    private BigDecimal lastBig = null;
    int count;
    int flags;
    int cases = -1;

    boolean accept(Atom a) {
      BigDecimal v = a.value();
      if (a.multiplier() && count > 0) {
        if (a.big()) {
          if (lastBig != null && v.compareTo(lastBig) >= 0) {
            return false;
          }
          total = total.add((group.signum() == 0 ? BigDecimal.ONE : group).multiply(v));
          group = BigDecimal.ZERO;
          last = BigDecimal.ZERO;
          lastBig = v;
          lastSmall = null;
          allowed = v;
        } else {
          if (lastSmall != null && v.compareTo(lastSmall) >= 0) {
            return false;
          }
          if (last.signum() == 0) {
            group = group.add(v);
          } else {
            group = group.subtract(last).add(last.multiply(v));
          }
          last = BigDecimal.ZERO;
          lastSmall = v;
          allowed = v;
        }
      } else {
        if (a.multiplier()) { // a multiplier first: 十 (10), hundred (100), тысяча
          group = v;
          last = BigDecimal.ZERO;
          allowed = v;
          if (a.big()) {
            total = v;
            group = BigDecimal.ZERO;
            lastBig = v;
          } else {
            lastSmall = v;
          }
          count++;
          flags = a.flags();
          cases = cases & a.cases();
          return true;
        }
        if (allowed != null && v.compareTo(allowed) >= 0) {
          return false;
        }
        if (count > 0 && v.signum() == 0) {
          return false;
        }
        group = group.add(v);
        last = v;
        allowed = place(v);
      }
      count++;
      flags = a.flags();
      cases = cases & a.cases();
      return true;
    }

    BigDecimal value() {
      return total.add(group);
    }

    /** The largest power of ten dividing {@code v} (20 → 10, 200 → 100), or 1 (15 → 1). */
    private static BigDecimal place(BigDecimal v) {
      if (v.signum() == 0) {
        return BigDecimal.ZERO;
      }
      BigDecimal p = BigDecimal.ONE;
      BigDecimal ten = BigDecimal.TEN;
      while (v.remainder(p.multiply(ten)).signum() == 0) {
        p = p.multiply(ten);
      }
      return p;
    }
  }

  /**
   * The spelled-out numbers of the folded text {@code s}, in order. Words are letters joined by
   * apostrophes and soft hyphens (п'ять, vier­und­zwanzig); a number's words are separated by
   * spaces or hyphens (twenty-four); a hyphenated compound ends at its first non-number word
   * (two-day: 2).
   */
  List<Spelled> find(String s) {
    return charMode ? findChars(s) : findWords(s, scanWords(s));
  }

  /**
   * {@link #find(String)} of {@code text}'s folded string, its words taken from the text's tokens
   * (made once for every scanner) rather than from a scan of every character of its own.
   */
  List<Spelled> find(Text text) {
    String s = text.folded();
    if (charMode) {
      return findChars(s);
    }
    if (!mayHaveWords(s, text.foldedChars(), text.tokenArray())) {
      return List.of(); // no word passes the filters findWords asks first: it would find none
    }
    List<Token> tokens = text.tokens();
    Spans spans = wordsOf(s, tokens);
    return findWords(s, spans == null ? scanWords(s) : spans);
  }

  /**
   * Whether a word of {@link #wordsOf} (the same joins, the same elided starts) passes the filters
   * {@link #findWords} asks of each word before anything else ({@link #mayStart}, {@link #mayBe});
   * true too where wordsOf gives up (a surrogate pair). Most texts have no such word: for them the
   * words are not stored and walked a second time.
   */
  private boolean mayHaveWords(String s, char[] chars, Token[] tokens) {
    // the words of eachWord, made here without its visitor: most words of most texts are one token
    // of basic Latin or basic Russian letters, whose first letters are hashed as they stand
    int count = tokens.length;
    int t = 0;
    while (t < count) {
      Token first = tokens[t++];
      if (first.supplementary()) {
        return true;
      }
      int start = first.start();
      int end = first.end();
      int apostrophe = -1; // the word's last apostrophe (only where two tokens join)
      boolean single = true;
      while (t < count) {
        Token next = tokens[t];
        int at = next.start();
        if (at != end && (at != end + 1 || chars[end] != '\'' && chars[end] != '\u00AD')) {
          break;
        }
        if (next.supplementary()) {
          return true;
        }
        if (at != end && chars[end] == '\'') {
          apostrophe = end;
        }
        end = next.end();
        single = false;
        t++;
      }
      if (single && first.plain() && !caseByLocale) {
        if (mayStartPlain(chars, start, end) && mayBePlain(chars, start, end)) {
          return true;
        }
      } else {
        int from = apostrophe > start ? elided(s, start, apostrophe, end) : start;
        if (mayStart(s, from, end) && mayBe(s, from, end)) {
          return true;
        }
      }
    }
    return false;
  }

  /** For tests: {@link #mayHaveWords} as it was, by {@link #eachWord} and its visitor. */
  boolean mayHaveWordsByVisitor(String s, List<Token> tokens) {
    return eachWord(s, tokens, (from, end) -> !(mayStart(s, from, end) && mayBe(s, from, end))) != ALL;
  }

  /** For tests: {@link #mayHaveWords} of a text's tokens. */
  boolean mayHaveWords(Text text) {
    return mayHaveWords(text.folded(), text.foldedChars(), text.tokenArray());
  }

  /**
   * The words of {@code s}: runs of letters and combining marks, with apostrophes and soft hyphens
   * between letters (п'ять, vier­und­zwanzig), each with what {@link #elided} leaves of it.
   */
  private Spans scanWords(String s) {
    Spans spans = new Spans();
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!Text.letter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Text.letter(s.charAt(i)) || isMark(s.charAt(i))
          || ((s.charAt(i) == '\'' || s.charAt(i) == '\u00AD') && i + 1 < n && Text.letter(s.charAt(i + 1))))) {
        i++;
      }
      int apostrophe = i - 1; // the word's last apostrophe: looked for inside the word only, so that a long text stays linear
      while (apostrophe > start && s.charAt(apostrophe) != '\'') {
        apostrophe--;
      }
      spans.add(elided(s, start, apostrophe, i), i);
    }
    return spans;
  }

  /**
   * The words {@link #scanWords} finds, made from the text's tokens ({@link #eachWord}). Null when a
   * token holds a surrogate pair, which the scan, reading chars, does not take for a letter (the
   * caller scans then).
   */
  private Spans wordsOf(String s, List<Token> tokens) {
    Spans spans = new Spans(tokens.size());
    return eachWord(s, tokens, (from, end) -> {
      spans.add(from, end);
      return true;
    }) == ALL ? spans : null;
  }

  /** What a word is given to: its span from where it is read ({@link #elided}); false to stop. */
  private interface WordVisitor {
    boolean visit(int from, int end);
  }

  /** {@link #eachWord} gave every word; it stopped where the visitor asked; a token holds a surrogate pair. */
  private static final int ALL = 0;
  private static final int STOPPED = 1;
  private static final int SURROGATE = 2;

  /**
   * Gives {@code visitor} the words {@link #scanWords} finds, made from the text's tokens: a token is
   * a run of letters and marks that ends where a letter of a script written without spaces meets
   * another letter, so the words are the tokens joined where they touch or where one apostrophe or
   * soft hyphen stands between them. Stops at a token holding a surrogate pair, which the scan,
   * reading chars, does not take for a letter.
   */
  private int eachWord(String s, List<Token> tokens, WordVisitor visitor) {
    int count = tokens.size();
    int t = 0;
    while (t < count) {
      Token first = tokens.get(t++);
      if (first.supplementary()) {
        return SURROGATE;
      }
      int start = first.start();
      int end = first.end();
      int apostrophe = -1; // the word's last apostrophe (only where two tokens join)
      while (t < count) {
        Token next = tokens.get(t);
        int at = next.start();
        if (at != end && (at != end + 1 || s.charAt(end) != '\'' && s.charAt(end) != '\u00AD')) {
          break;
        }
        if (next.supplementary()) {
          return SURROGATE;
        }
        if (at != end && s.charAt(end) == '\'') {
          apostrophe = end;
        }
        end = next.end();
        t++;
      }
      if (!visitor.visit(apostrophe > start ? elided(s, start, apostrophe, end) : start, end)) {
        return STOPPED;
      }
    }
    return ALL;
  }

  /**
   * Where the word {@code s[start, end)}, whose last apostrophe is at {@code apostrophe} (none if
   * not after {@code start}), is read from: after an elided article or preposition before the
   * number (d'un, l'une, dell'uno), unless the whole word is a number word (п'ять, дев'ять).
   */
  private int elided(String s, int start, int apostrophe, int end) {
    if (apostrophe > start) {
      String whole = fold(s.substring(start, end));
      if (!atoms.containsKey(whole) && atoms.containsKey(fold(s.substring(apostrophe + 1, end)))) {
        return apostrophe + 1;
      }
    }
    return start;
  }

  private List<Spelled> findWords(String s, Spans spans) {
    List<Spelled> out = null;
    int w = 0;
    while (w < spans.size()) {
      if (!mayStart(s, spans.start(w), spans.end(w)) || !mayBe(s, spans.start(w), spans.end(w))) {
        w++; // no number word or phrase starts with its first letters, or none is this word: not cut, folded and looked up
        continue;
      }
      Atom first = lookup(s, spans, w, 1);
      if (first == null && (longestPhrase == 1 || !phraseStarts.contains(key(s, spans, w)))) {
        w++;
        continue;
      }
      // a number: the longest run of lexicon entries joined by spaces or hyphens
      Grammar g = new Grammar();
      int end = spans.start(w);
      int k = w;
      int taken = 0;
      while (k < spans.size()) {
        if (k > w && !joined(s, spans.end(k - 1), spans.start(k))) {
          break;
        }
        Atom a = null;
        int len = 0;
        for (int l = Math.min(longestPhrase, spans.size() - k); l >= 1 && a == null; l--) {
          if (l > 1 && !joinedRun(s, spans, k, l)) {
            continue;
          }
          a = lookup(s, spans, k, l);
          len = l;
        }
        if (a == null) {
          String word = key(s, spans, k);
          if (g.count > 0 && glue.contains(word) && k + 1 < spans.size() && joined(s, spans.end(k), spans.start(k + 1))
              && lookup(s, spans, k + 1, 1) != null) {
            k++;
            continue;
          }
          break;
        }
        if (!g.accept(a)) {
          break;
        }
        k += len;
        taken = k;
        end = spans.end(k - 1);
      }
      if (taken == 0) {
        w++;
        continue;
      }
      int flags = g.flags & ORDINAL;
      if (g.value().compareTo(BigDecimal.ONE) <= 0 || (g.count == 1 && (g.flags & WEAK) != 0)
          || (g.count == 1 && (g.flags & MULTIPLIER) != 0)) {
        flags |= WEAK; // one, ein, un, first; a lone "million" or "тысячи" (thousands of)
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(new Spelled(spans.start(w), end, g.value(), flags, g.cases < 0 ? 0 : g.cases));
      w = taken;
    }
    return out == null ? List.of() : out;
  }

  private static boolean isMark(char c) {
    if (c < '\u0300') {
      return false; // the first combining mark: spaces, punctuation and Latin need no lookup
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** Whether only spaces or one hyphen separate {@code a} and {@code b}. */
  private static boolean joined(String s, int a, int b) {
    if (b <= a || b - a > 3) {
      return false;
    }
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '-' && c != '\u2010' && c != '\u2011') {
        return false;
      }
    }
    return true;
  }

  private static boolean joinedRun(String s, Spans spans, int k, int l) {
    for (int j = k + 1; j < k + l; j++) {
      if (!joined(s, spans.end(j - 1), spans.start(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Bits (by a hash of the first three letters, folded; of fewer for a shorter word) of every number
   * word and first word of a phrase: a word whose bit is clear is none of them. Most words of a
   * text are no number, and cutting and folding each to look it up was the largest cost of reading
   * numbers (two letters let through every "по", "со", "th" word).
   */
  private final long[] starts;

  private boolean mayStart(String s, int from, int to) {
    long[] bits = starts;
    char a = s.charAt(from);
    int j = from + 1;
    while (j < to && s.charAt(j) == '\u00AD') {
      j++; // fold drops soft hyphens
    }
    char b = j < to && s.charAt(j) != ' ' ? s.charAt(j) : 0;
    char c = 0;
    if (b != 0) {
      j++;
      while (j < to && s.charAt(j) == '\u00AD') {
        j++;
      }
      c = j < to && s.charAt(j) != ' ' ? s.charAt(j) : 0;
    }
    if (unsure(a) || unsure(b) || unsure(c)) {
      return true; // letters whose lower case depends on the locale (Turkish I): look it up
    }
    int h = prefixHash(lower(a), lower(b), lower(c));
    return (bits[h >>> 6] & (1L << (h & 63))) != 0;
  }

  /**
   * {@link #mayStart} of a word of basic Latin or basic Russian letters only ({@link Token#plain}),
   * in a locale whose lower case is Character's ({@code !caseByLocale}): no soft hyphen or space
   * inside, no letter unsure, and each letter lowered by {@link #lowerPlain}.
   */
  private boolean mayStartPlain(char[] s, int from, int to) {
    int len = to - from;
    char a = lowerPlain(s[from]);
    char b = len > 1 ? lowerPlain(s[from + 1]) : 0;
    char c = len > 2 ? lowerPlain(s[from + 2]) : 0;
    int h = prefixHash(a, b, c);
    return (starts[h >>> 6] & (1L << (h & 63))) != 0;
  }

  /** {@link #mayBe} of a word as {@link #mayStartPlain} takes it: each letter lowered by {@link #lowerPlain}. */
  private boolean mayBePlain(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lowerPlain(s[i]);
    }
    return HashBits.has(wholes, h);
  }

  /** {@link #lower} of a basic Latin (A–z) or basic Russian (А–я) letter: A–Z and А–Я moved down by 32. */
  private static char lowerPlain(char c) {
    if (c < 0x80) {
      return (char) (c | 0x20); // a-z have the bit, A-Z do not
    }
    return c < '\u0430' ? (char) (c + 32) : c;
  }

  /**
   * Bits (by the hash of the folded word) of every number word and first word of a phrase: a word
   * whose bit is clear is none of them, so it is not cut, folded and looked up. Most words the
   * first-letters filter lets through (сто: столица, стоит; сем: семья) end here.
   */
  private final long[] wholes;

  /**
   * Whether the word {@code s[from, to)} may be a number word or the first word of a phrase: false
   * only when {@code fold(s.substring(from, to))}'s hash, computed in place, is none of theirs.
   */
  private boolean mayBe(String s, int from, int to) {
    long[] bits = wholes;
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\u00AD') {
        continue; // fold drops soft hyphens
      }
      if (unsure(c)) {
        return true; // lower case by the locale (Turkish I, final sigma) or a surrogate pair: look it up
      }
      h = 31 * h + lower(c);
    }
    return HashBits.has(bits, h);
  }

  /** One character as {@link #fold} makes it, where no character around it matters (see unsure). */
  private static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= '\u0410' && c <= '\u044F') {
      return c <= '\u042F' ? (char) (c + 32) : c; // basic Russian: no table needed
    }
    return Character.toLowerCase(Text.fold(c));
  }

  private static void mark(long[] bits, String key) {
    if (key.isEmpty()) {
      return;
    }
    char b = key.length() > 1 && key.charAt(1) != ' ' ? key.charAt(1) : 0;
    char c = b != 0 && key.length() > 2 && key.charAt(2) != ' ' ? key.charAt(2) : 0;
    int h = prefixHash(key.charAt(0), b, c);
    bits[h >>> 6] |= 1L << (h & 63);
  }

  private static int prefixHash(char a, char b, char c) {
    return ((a * 31 + b) * 31 + c) & 0x1FFFF;
  }

  /** For tests: whether the bit filter lets {@code word} through, and whether the lexicon has it. */
  boolean[] filterAndLexicon(String word) {
    String k = fold(word);
    return new boolean[] {mayStart(word, 0, word.length()) && mayBe(word, 0, word.length()),
        atoms.containsKey(k) || phraseStarts.contains(k)};
  }

  /** For tests: the words of the lexicon and the first words of its phrases. */
  java.util.List<String> lexiconWords() {
    java.util.List<String> all = new ArrayList<>(atoms.keySet());
    all.addAll(phraseStarts);
    return all;
  }

  /**
   * {@link #unsureLower} for this locale's {@link #fold}: String.toLowerCase lowers I, J and their
   * accented forms by the locale's rules only in Turkish, Azeri and Lithuanian; in any other locale
   * only İ (two chars), Σ (final sigma) and surrogate pairs differ from Character.toLowerCase. So
   * an English "million" or "airport" is filtered by its letters rather than looked up for its i.
   */
  private boolean unsure(char c) {
    if (caseByLocale) {
      return unsureLower(c);
    }
    return c >= '\u0130' && (c == '\u0130' || c == '\u03A3' || c > 0xD7FF && c < 0xE000);
  }

  /** Letters that String.toLowerCase(locale) may lower differently from Character.toLowerCase. */
  static boolean unsureLower(char c) {
    // by ranges first: a Cyrillic, CJK or most Latin letter is answered by two comparisons, not eleven
    if (c < 0x80) {
      return c == 'I' || c == 'i' || c == 'J';
    }
    if (c > '\u03A3') {
      return c > 0xD7FF && c < 0xE000; // surrogates
    }
    return c == '\u0130' || c == '\u0131' || c == '\u00CC' || c == '\u00CD' || c == '\u0128' || c == '\u012E'
        || c == '\u03A3';
  }

  private String key(String s, Spans spans, int k) {
    String key = spans.key(k);
    if (key == null) {
      key = fold(s.substring(spans.start(k), spans.end(k)));
      spans.key(k, key);
    }
    return key;
  }

  /** The words of a text: where each starts and ends, and its folded text once cut. */
  private static final class Spans {
    private int[] bounds;
    private String[] keys; // made for the first word cut (most texts have none that passes the filters)
    private int size;

    Spans() {
      this(32);
    }

    /** Room for {@code words} words (a text's token count: it has no more words than tokens). */
    Spans(int words) {
      bounds = new int[2 * Math.max(words, 1)];
    }

    void add(int start, int end) {
      if (2 * size + 2 > bounds.length) {
        bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * size] = start;
      bounds[2 * size + 1] = end;
      size++;
    }

    int size() {
      return size;
    }

    int start(int k) {
      return bounds[2 * k];
    }

    int end(int k) {
      return bounds[2 * k + 1];
    }

    String key(int k) {
      return keys != null && k < keys.length ? keys[k] : null;
    }

    void key(int k, String key) {
      if (keys == null) {
        keys = new String[Math.max(size, k + 1)];
      } else if (k >= keys.length) {
        keys = java.util.Arrays.copyOf(keys, Math.max(keys.length * 2, k + 1));
      }
      keys[k] = key;
    }
  }

  private Atom lookup(String s, Spans spans, int k, int l) {
    if (l == 1) {
      return atoms.get(key(s, spans, k));
    }
    StringBuilder b = new StringBuilder();
    for (int j = k; j < k + l; j++) {
      if (j > k) {
        b.append(' ');
      }
      b.append(key(s, spans, j));
    }
    return atoms.get(b.toString());
  }

  private List<Spelled> findChars(String s) {
    List<Spelled> out = null;
    int n = s.length();
    int i = 0;
    while (i < n) {
      Atom a = chars.get(s.charAt(i));
      if (a == null) {
        i++;
        continue;
      }
      int start = i;
      Grammar g = new Grammar();
      int end = i;
      while (end < n) {
        Atom b = chars.get(s.charAt(end));
        if (b == null || !g.accept(b)) {
          break;
        }
        end++;
      }
      if (end == start) { // a character the grammar rejects first (a second 零 …)
        i++;
        continue;
      }
      int flags = 0;
      boolean single = end - start == 1;
      boolean digit = false;
      for (int k = start; k < end; k++) {
        digit |= !chars.get(s.charAt(k)).multiplier();
      }
      if (g.value().compareTo(BigDecimal.ONE) <= 0 || a.big() || (!single && !digit)
          || (single && (end >= n || counters.indexOf(s.charAt(end)) < 0))) {
        flags |= WEAK; // 一 in 一些, 三 in 三星, 万一, 千万: ordinary words; 十天, 十五 and 三百 are counts
      }
      if (start > 0 && s.charAt(start - 1) == '第') {
        flags |= ORDINAL;
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(new Spelled(start, end, g.value(), flags, 0));
      i = end;
    }
    return out == null ? List.of() : out;
  }

  /**
   * The values of the number words that begin a longer word of the folded text {@code s} and go on
   * (двухдневный, zweitägig, семимесячное, dwuletni), compared by {@code compareTo}: read only to
   * answer a number the other side has, never to require one. All in one reading of the text: a
   * check asks about every number the translation lacks, and reading the text again for each made a
   * text of thousands of them quadratic.
   */
  java.util.NavigableSet<BigDecimal> compoundValues(String s) {
    java.util.TreeSet<BigDecimal> out = new java.util.TreeSet<>();
    if (charMode) {
      return out;
    }
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i - start < 6) {
        continue;
      }
      String word = fold(s.substring(start, i));
      for (int len = Math.min(word.length() - 3, 12); len >= 3; len--) {
        Atom a = atoms.get(word.substring(0, len));
        if (a != null) {
          out.add(a.value());
        }
      }
    }
    return out;
  }
}
