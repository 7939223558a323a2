package org.localize.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.locale.LocaleData;

/**
 * Finds the numbers of a text and reads them by a locale's conventions: digits with its separators
 * (1,200 and 4.2 in English; 1 200 and 4,2 in Russian), scaled by a magnitude word (15 тыс., 1,5
 * млн, $6bn, 417万8,000), hours with am/pm (8pm), clock times (10:30), and numbers written as words
 * ({@link NumberWords}). Offsets are offsets in the raw string.
 *
 * <p>Every pattern is tried only where a digit run starts, and words are looked up once each, so a
 * text is read in one pass.
 */
final class NumberReader {

  static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{N}.,])(?<int>\\d{1,3}(?:(?<g>[,.\\u00A0\\u202F\\u2009 ])\\d{3}(?!\\d))(?:\\k<g>\\d{3}(?!\\d))*"
          + "|(?<lakh>\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d))|\\d+)"
          + "(?:(?<sep>[.,])(?<frac>\\d+))?(?!\\p{N})(?<suffix>-\\p{L}+)?");
  /**
   * The groups of {@link #NUMBER} and {@link #TIME} by number (in the order their brackets open):
   * Matcher.group(String) looks the name up in a map at every call, several per number.
   */
  static final int INT = 1;
  static final int GROUP = 2;
  static final int LAKH = 3;
  static final int SEP = 4;
  static final int FRAC = 5;
  static final int SUFFIX = 6;
  static final int HOUR = 1;
  static final int MINUTE = 2;
  /** Numeric dates are the date checks' (19.06.2024, 6/19/24). */
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<![\\p{N}])\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}(?!\\p{N})");
  /** Clock times: 03:00, 10:30, French 10h30 and 10 h 30. */
  static final Pattern TIME = Pattern.compile(
      "(?<![\\p{N}:])(?<h>\\d{1,2})(?::| ?h ?)(?<m>[0-5]\\d)(?![\\p{N}:])");

  private static final Comparator<NumberMention> BY_START = Comparator.comparingInt(NumberMention::start);

  private final LocaleData.Numbers own;
  private final Once<NumberWords> words;
  private final Once<Boolean> groupsFourDigits;

  NumberReader(LocaleData data) {
    this.own = data.numbers();
    this.words = new Once<>(() -> NumberWords.of(data));
    this.groupsFourDigits = new Once<>(() -> own.groupingMinDigits() <= 4
        && com.ibm.icu.number.NumberFormatter.withLocale(data.locale()).format(1000).toString().chars()
            .anyMatch(c -> !Character.isDigit(c)));
  }

  /** The locale's number words and magnitudes, built on first use. */
  NumberWords words() {
    return words.get();
  }

  /** The number words, to be built ahead of need ({@link Validator#prefetch}). */
  Once<NumberWords> wordsOnce() {
    return words;
  }

  /**
   * Whether this locale groups a count of four digits (en 1,200; de 1.200 by CLDR): false where
   * CLDR's minimum grouping digits leave four digits whole (pl, es: 1200) or the locale's data
   * groups only from five digits (ru, de newsroom style). There, four digits without grouping are
   * no sign of a year.
   */
  boolean groupsFourDigits() {
    return groupsFourDigits.get();
  }

  /**
   * The numbers of {@code text} in order, read by this locale and by {@code other}. Numbers inside
   * {@code dates} are skipped, or, with {@code keepInDates}, kept with {@link NumberMention#IN_DATE}
   * (so that a translation's "Windows 10 May 2020" still answers the source's "Windows 10").
   */
  List<NumberMention> find(Text text, List<DateMention> dates, NumberReader other, boolean keepInDates) {
    String s = text.folded();
    NumberWords w = words();
    List<NumberMention> out = new ArrayList<>();
    Token[] tokens = text.tokenArray();
    // the chars, read by the walks over the tokens below (the digits between them, the first
    // letters of the words) as an array: String.charAt tests the string's coder and bounds each time
    char[] chars = text.foldedChars();
    int firstDigit = firstDigit(chars, tokens);
    Spans inDates = Spans.of(dates); // asked of every number: a text of thousands of dates was quadratic
    if (firstDigit >= 0) {
      digits(s, chars, tokens, firstDigit, w, other, out, keepInDates ? Spans.NONE : inDates);
    }
    int digitMentions = out.size(); // the numbers in digits come first in out; the spelled ones are added after them
    int d = 0;
    for (NumberWords.Spelled sp : w.find(text)) {
      while (d < digitMentions && out.get(d).end() <= sp.start()) {
        d++;
      }
      if (d < digitMentions && out.get(d).start() < sp.end()) {
        continue; // a magnitude word of a number in digits (15 тысяч, 3千)
      }
      BigDecimal v = sp.value();
      int flags = NumberMention.WORD | ((sp.flags() & NumberWords.WEAK) != 0 ? NumberMention.WEAK : 0)
          | ((sp.flags() & NumberWords.ORDINAL) != 0 ? NumberMention.ORDINAL : 0);
      if (!w.charMode() && Character.isUpperCase(s.codePointAt(sp.start())) && !text.sentenceStart(sp.start())) {
        flags |= NumberMention.WEAK; // a name: Five Eyes, die Sparsamen Vier
      }
      if ((flags & NumberMention.ORDINAL) != 0) {
        flags |= NumberMention.WEAK; // third place, a third, the second plan: rephrased too often to require
      }
      List<String> keys = List.of(NumberMention.key(v));
      if (v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(24)) <= 0 && w.clockAround(s, sp.start(), sp.end())) {
        keys = hourKeys(v.intValue());
        flags |= NumberMention.TIME; // nine o'clock
      }
      out.add(new NumberMention(sp.start(), sp.end(), text.raw().substring(sp.start(), sp.end()), v, null, false,
          v.stripTrailingZeros().scale() <= 0, flags, keys, null, sp.cases()));
    }
    if (out.isEmpty()) {
      return List.of();
    }
    out.sort(BY_START);
    rangeScales(s, out);
    if (dates.isEmpty()) {
      for (int i = 0; i < out.size(); i++) {
        out.set(i, besideMonth(out.get(i), s, w));
      }
      return out;
    }
    // a number inside a date is dropped or marked in a date whatever is beside it: the month
    // words around it are looked for only outside the dates
    List<NumberMention> kept = new ArrayList<>(out.size());
    for (NumberMention m : out) {
      if (!inDates.contain(m.start(), m.end())) {
        kept.add(besideMonth(m, s, w));
      } else if (keepInDates) {
        kept.add(with(m, m.flags() | NumberMention.IN_DATE, m.keys()));
      }
    }
    return kept;
  }

  /** {@code m}, marked in a date when it stands beside a month name (26. července the date checks have not read). */
  private static NumberMention besideMonth(NumberMention m, String s, NumberWords w) {
    if (!m.has(NumberMention.IN_DATE) && w.besideMonth(s, m.start(), m.end())) {
      return with(m, m.flags() | NumberMention.IN_DATE, m.keys());
    }
    return m;
  }

  /**
   * Spans of the text (the dates'), asked whether one of them holds {@code [start, end)} in log
   * time: their starts in order and, at each, the furthest end of the spans up to it. A span that
   * holds the range starts at or before its start, so it is among those up to the last such start,
   * and one of those reaching its end holds it.
   */
  static final class Spans {
    static final Spans NONE = new Spans(new int[0], new int[0]);
    private final int[] starts;
    private final int[] reach;

    private Spans(int[] starts, int[] reach) {
      this.starts = starts;
      this.reach = reach;
    }

    static Spans of(List<DateMention> dates) {
      if (dates.isEmpty()) {
        return NONE;
      }
      List<DateMention> sorted = new ArrayList<>(dates);
      sorted.sort(Comparator.comparingInt(DateMention::start));
      int[] starts = new int[sorted.size()];
      int[] reach = new int[sorted.size()];
      int furthest = Integer.MIN_VALUE;
      for (int k = 0; k < starts.length; k++) {
        starts[k] = sorted.get(k).start();
        furthest = Math.max(furthest, sorted.get(k).end());
        reach[k] = furthest;
      }
      return new Spans(starts, reach);
    }

    boolean isEmpty() {
      return starts.length == 0;
    }

    /** Whether a span starts at or before {@code start} and ends at or after {@code end}. */
    boolean contain(int start, int end) {
      int lo = 0;
      int hi = starts.length - 1;
      int last = -1; // the last span starting at or before start
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] <= start) {
          last = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return last >= 0 && reach[last] >= end;
    }
  }

  private static NumberMention with(NumberMention m, int flags, List<String> keys) {
    return new NumberMention(m.start(), m.end(), m.text(), m.value(), m.otherValue(), m.suffixed(), m.integer(),
        flags, keys, m.scale(), m.cases());
  }

  /** "2–3 million", "от 2 до 3 млн": the first number may carry the second's magnitude too. */
  private static void rangeScales(String s, List<NumberMention> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      NumberMention a = out.get(i);
      NumberMention b = out.get(i + 1);
      if (a.scale() != null || b.scale() == null || a.value() == null || b.start() - a.end() > 8) {
        continue;
      }
      String gap = s.substring(a.end(), b.start()).trim();
      if (gap.length() > 5 || gap.chars().anyMatch(Character::isDigit)) {
        continue;
      }
      Set<String> keys = new LinkedHashSet<>(a.keys());
      keys.add(NumberMention.key(a.value().multiply(b.scale())));
      if (a.otherValue() != null) {
        keys.add(NumberMention.key(a.otherValue().multiply(b.scale())));
      }
      out.set(i, with(a, a.flags(), List.copyOf(keys)));
    }
  }

  /**
   * The index of the first decimal digit (any script's) of the chars {@code s}, or -1. Its tokens
   * (runs of letters and marks, of which no character is a digit) are {@code tokens}: only the
   * characters between them are read, about one in seven of a text's.
   */
  static int firstDigit(char[] s, Token[] tokens) {
    int i = 0;
    for (Token t : tokens) {
      for (int gapEnd = t.start(); i < gapEnd; i++) {
        if (Text.digit(s[i])) {
          return i;
        }
      }
      i = t.end();
    }
    for (int n = s.length; i < n; i++) {
      if (Text.digit(s[i])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The numbers in digits of {@code s}, whose first digit is at {@code firstDigit}: the text before
   * it has no digit to convert and starts no run, so the scan below starts there. A number inside
   * one of {@code dropped} (the dates whose numbers {@link #find} drops) is only marked ({@link #read}).
   */
  private void digits(String s, char[] chars, Token[] tokens, int firstDigit, NumberWords w, NumberReader other, List<NumberMention> out,
      Spans dropped) {
    int n = s.length();
    // the text with other scripts' digits made ASCII and dates and times blanked: copied only when
    // one of them is there (most texts have neither), else s itself
    Runs scan = Runs.of(chars, tokens, firstDigit);
    char[] c = scan.chars;
    int[] runs = scan.at;
    int count = scan.count;
    boolean converted = c != null;
    String plain = converted ? new String(c) : s;
    // numeric dates are blanked; clock times become times
    Matcher nd = null;
    Matcher tm = null;
    int next = 0; // the first position not yet passed over
    for (int r = 0; r < count; r++) {
      int i = runs[2 * r];
      int e = runs[2 * r + 1];
      if (i < next) {
        continue;
      }
      // what each pattern needs after its first digits: a date 1-4 digits and [./-]; a time 1-2 digits and ':' or h
      char after = e < n ? at(c, s, e) : 0;
      boolean date = e - i <= 4 && (after == '.' || after == '/' || after == '-');
      boolean time = e - i <= 2 && (after == ':' || after == 'h' || after == ' ' && e + 1 < n && at(c, s, e + 1) == 'h');
      if (date) {
        if (nd == null) {
          nd = NUMERIC_DATE.matcher(plain).useTransparentBounds(true).useAnchoringBounds(false);
        }
        nd.region(i, n);
        if (nd.lookingAt()) {
          if (c == null) {
            c = s.toCharArray();
          }
          for (int k = nd.start(); k < nd.end(); k++) {
            c[k] = ' ';
          }
          next = nd.end() + 1;
          continue;
        }
      }
      if (!time) {
        continue;
      }
      if (tm == null) {
        tm = TIME.matcher(plain).useTransparentBounds(true).useAnchoringBounds(false);
      }
      tm.region(i, n);
      if (tm.lookingAt() && Integer.parseInt(tm.group(HOUR)) < 24) {
        int h = Integer.parseInt(tm.group(HOUR));
        String mm = tm.group(MINUTE);
        List<String> keys = new ArrayList<>();
        keys.add("t" + h + ":" + mm);
        if (mm.equals("00")) {
          keys.add(Integer.toString(h));
        }
        Boolean pm = w.dayPeriodAfter(s, tm.end());
        if (pm != null) {
          keys.add("t" + (h % 12 + (pm ? 12 : 0)) + ":" + mm);
        }
        out.add(new NumberMention(tm.start(), tm.end(), s.substring(tm.start(), tm.end()), null, null, false, false,
            NumberMention.TIME, keys, null, 0));
        if (c == null) {
          c = s.toCharArray();
        }
        for (int k = tm.start(); k < tm.end(); k++) {
          c[k] = ' ';
        }
        next = tm.end() + 1;
      }
    }
    String clean = c == null ? s : new String(c);
    Numbers m = new Numbers(clean);
    next = 0;
    for (int r = 0; r < count; r++) {
      int i = runs[2 * r];
      // a run blanked above as a date or time starts no number; blanking makes no new run (both patterns end before a non-digit)
      if (i < next || c != null && c[i] == ' ') {
        continue;
      }
      if (i > 0 && Text.letter(clean.charAt(i - 1)) && !cjk(clean.charAt(i - 1))) {
        continue; // G7, A4, MP3: part of a word
      }
      if (!m.lookingAt(i)) {
        continue;
      }
      NumberMention mention = read(s, clean, m, w, other, dropped);
      if (mention != null) {
        out.add(mention);
        next = Math.max(i, mention.end() - 1) + 1;
      } else {
        next = m.end();
      }
    }
  }

  /**
   * The runs of decimal digits of a text, other scripts' digits (full-width, Arabic-Indic...) made
   * ASCII in a copy of its chars (null when it has none), found in one pass so that the passes of
   * {@link #digits} start only where a run starts (a digit after no digit).
   */
  static final class Runs {
    /** Start and end of each run, in pairs. */
    int[] at = new int[16];
    int count;
    /** The text with its other scripts' digits made ASCII, or null when it has none. */
    char[] chars;

    private void add(int start, int end) {
      if (2 * count + 2 > at.length) {
        at = java.util.Arrays.copyOf(at, at.length * 2);
      }
      at[2 * count] = start;
      at[2 * count + 1] = end;
      count++;
    }

    /**
     * The runs of {@code s} from {@code firstDigit} (the text before it has no digit), whose tokens
     * are {@code tokens}: only the characters between the tokens are read, as a token's letters and
     * marks are no digits (a run ends where a token starts).
     */
    static Runs of(char[] s, Token[] tokens, int firstDigit) {
      Runs r = new Runs();
      int n = s.length;
      int runStart = -1;
      int t = 0;
      while (t < tokens.length && tokens[t].end() <= firstDigit) {
        t++;
      }
      int i = firstDigit;
      while (true) {
        int gapEnd = t < tokens.length ? tokens[t].start() : n;
        for (; i < gapEnd; i++) {
          char ch = s[i];
          if (ch >= Text.FIRST_OTHER_DIGIT && Character.isDigit(ch)) {
            ch = (char) ('0' + Character.digit(ch, 10));
            if (r.chars == null) {
              r.chars = s.clone();
            }
            r.chars[i] = ch;
          }
          if (ch <= '9' && ch >= '0') {
            if (runStart < 0) {
              runStart = i;
            }
          } else if (runStart >= 0) {
            r.add(runStart, i);
            runStart = -1;
          }
        }
        if (runStart >= 0) { // at a token's first letter or the end of the text
          r.add(runStart, i);
          runStart = -1;
        }
        if (t >= tokens.length) {
          return r;
        }
        i = tokens[t++].end();
      }
    }
  }

  /** {@code c[i]} where the text has been copied, else {@code s.charAt(i)} (the same char). */
  private static char at(char[] c, String s, int i) {
    return c != null ? c[i] : s.charAt(i);
  }

  private static boolean cjk(char ch) {
    Character.UnicodeScript sc = Character.UnicodeScript.of(ch);
    return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
  }

  /**
   * The number {@code m} matched, or null when neither locale reads it. One inside a date of {@code
   * dropped}, which {@link #find} drops, is read only as far as its span (its value, then a
   * magnitude word after it): where it ends there, a mention of that span with no value or keys
   * stands for it, as find asks of a dropped mention only its span (for the runs after it, the
   * spelled words over it and, having no scale, for no range).
   */
  private NumberMention read(String s, String clean, Numbers m, NumberWords w, NumberReader other,
      Spans dropped) {
    int start = m.start();
    int end = m.start(SUFFIX) < 0 ? m.end() : m.start(SUFFIX);
    BigDecimal value;
    BigDecimal otherValue;
    if (m.start(GROUP) < 0 && m.start(LAKH) < 0 && m.start(FRAC) < 0) {
      // digits alone (most numbers: days, counts, years) read the same by any locale's conventions
      value = plainDigits(clean, m.start(INT), m.end(INT));
      otherValue = other == null ? null : value;
    } else {
      value = read(m, own);
      otherValue = other == null ? null : read(m, other.own);
    }
    boolean integer = value != null && value.scale() <= 0;
    String intPart = m.group(INT);
    int flags = 0;
    Keys keys = new Keys();
    int n = s.length();
    // codes: 0200, COVID-19, 24/7, 3/4
    if ((intPart.length() > 1 && intPart.charAt(0) == '0' && m.start(SEP) < 0)
        || (start >= 2 && clean.charAt(start - 1) == '-' && Character.isLetter(clean.charAt(start - 2)))
        || (start >= 1 && clean.charAt(start - 1) == '/') || (end < n && clean.charAt(end) == '/')) {
      flags |= NumberMention.CODE;
    }
    if (intPart.length() == 4 && m.start(GROUP) < 0 && m.start(SEP) < 0 && value != null
        && value.compareTo(BigDecimal.valueOf(1000)) >= 0 && value.compareTo(BigDecimal.valueOf(2999)) <= 0) {
      flags |= NumberMention.YEAR;
    }
    if (intPart.length() == 4 && intPart.charAt(0) == '0' && m.start(SEP) < 0
        && Integer.parseInt(intPart.substring(0, 2)) < 24 && Integer.parseInt(intPart.substring(2)) < 60) {
      keys.add("t" + Integer.parseInt(intPart.substring(0, 2)) + ":" + intPart.substring(2)); // 0200GMT
    }
    BigDecimal scale = null;
    int spanEnd = end;
    if (m.start(SUFFIX) < 0) {
      NumberWords.Found mag = w.magnitudeAt(s, end);
      if (mag != null) {
        NumberWords.Magnitude mg = mag.magnitude();
        if (mg.ambiguous()) {
          addKeys(keys, value, otherValue);
        }
        scale = mg.factor();
        value = value == null ? null : value.multiply(scale);
        otherValue = otherValue == null ? null : otherValue.multiply(scale);
        spanEnd = mag.end();
        integer = value != null && value.stripTrailingZeros().scale() <= 0;
        flags &= ~NumberMention.YEAR;
        // 417万8,000 and 1億6,940万: a smaller amount written straight after the magnitude adds to it
        while (w.charMode() && spanEnd < n && Character.isDigit(clean.charAt(spanEnd)) && value != null) {
          Numbers next = new Numbers(clean);
          if (!next.lookingAt(spanEnd) || next.start(SUFFIX) >= 0) {
            break;
          }
          BigDecimal add = read(next, own);
          int after = next.end();
          NumberWords.Found mag2 = w.magnitudeAt(s, after);
          if (mag2 != null) {
            add = add == null ? null : add.multiply(mag2.magnitude().factor());
            after = mag2.end();
          }
          if (add == null || add.compareTo(scale) >= 0) {
            break;
          }
          value = value.add(add);
          otherValue = null;
          spanEnd = after;
        }
      }
    }
    if (scale == null && value != null && !dropped.isEmpty() && !w.charMode() && dropped.contain(start, end)) {
      // read fully, it would span [start, end) (only a magnitude, or in char mode a clock's minutes,
      // goes further), have a key (its value's) and be dropped
      return new NumberMention(start, end, "", null, null, false, false, 0, List.of(), null, 0);
    }
    addKeys(keys, value, otherValue);
    if (scale == null && integer && value != null && value.signum() > 0) {
      Boolean pm = w.dayPeriodAfter(s, end);
      if (pm == null && w.charMode()) {
        pm = w.dayPeriodBefore(s, start);
      }
      if (pm != null && value.compareTo(BigDecimal.valueOf(12)) <= 0) {
        int h = value.intValue() % 12 + (pm ? 12 : 0);
        keys.add(Integer.toString(h));
        keys.add("t" + h + ":00");
        flags |= NumberMention.TIME;
      } else if (value.compareTo(BigDecimal.valueOf(24)) <= 0 && w.clockAround(s, start, end)) {
        for (String k : hourKeys(value.intValue())) { // 20 Uhr, kl. 15, 8時
          keys.add(k);
        }
        flags |= NumberMention.TIME;
        int clock = w.charMode() ? w.clockAfter(s, end) : 0;
        if (clock > 0 && w.minuteMarker() != null) { // １３時５７分: one time, 13:57
          int i = end + clock;
          int j = i;
          while (j < n && Character.isDigit(clean.charAt(j))) {
            j++;
          }
          if (j > i && j - i <= 2 && s.startsWith(w.minuteMarker(), j)) {
            String mm = String.format("%02d", Integer.parseInt(clean.substring(i, j)));
            int h = value.intValue();
            keys.add("t" + h + ":" + mm);
            keys.add("t" + (h < 12 ? h + 12 : h - 12) + ":" + mm);
            spanEnd = j + w.minuteMarker().length();
          }
        }
      }
      if (w.charMode() && intPart.length() == 2 && w.yearMarkerAt(s, end)) {
        keys.add(Integer.toString(2000 + value.intValue())); // １８年: 2018 (or 1918)
        keys.add(Integer.toString(1900 + value.intValue()));
      }
      // the 1960s, 1960's, the '60s: the sixties
      boolean plural = end < n && (s.charAt(end) == 's' || (s.charAt(end) == '\'' && end + 1 < n && s.charAt(end + 1) == 's'));
      if (plural && intPart.endsWith("0") && (intPart.length() == 4
          || (intPart.length() == 2 && start > 0 && s.charAt(start - 1) == '\''))) {
        keys.add(Integer.toString(value.intValue() % 100));
        flags |= NumberMention.DECADE;
      }
    }
    // 10.30 (a British or German time), 11.00 PM
    if (m.start(FRAC) >= 0 && m.group(FRAC).length() == 2 && m.start(GROUP) < 0
        && intPart.length() <= 2 && Integer.parseInt(intPart) < 24 && Integer.parseInt(m.group(FRAC)) < 60) {
      int h = Integer.parseInt(intPart);
      keys.add("t" + h + ":" + m.group(FRAC));
      Boolean pm = w.dayPeriodAfter(s, end);
      if (pm != null && h <= 12) {
        int h24 = h % 12 + (pm ? 12 : 0);
        keys.add("t" + h24 + ":" + m.group(FRAC));
        if (m.group(FRAC).equals("00")) {
          keys.add(Integer.toString(h24));
        }
        flags |= NumberMention.TIME;
      }
    }
    if (w.dotOrdinal() && end < n && s.charAt(end) == '.' && end + 2 < n && s.charAt(end + 1) == ' '
        && Character.isLowerCase(s.charAt(end + 2))) {
      flags |= NumberMention.ORDINAL; // Polish, German, Czech: 12. rocznica
    }
    if (keys.isEmpty()) {
      return null;
    }
    String literal = s.substring(start, spanEnd);
    return new NumberMention(start, spanEnd, literal, value, otherValue, m.start(SUFFIX) >= 0, integer, flags,
        keys.list(), scale, 0);
  }

  /**
   * What {@link #NUMBER} matches at a place of one text, by the positions of its groups. Most numbers
   * are digits alone (a day, a year, a count) followed by a space, a letter or punctuation that
   * cannot go on as a number: for those the match is the digit run with no other group, told by the
   * characters around it ({@link #lookingAt}); anything else is left to the pattern.
   */
  static final class Numbers {
    private final String s;
    private final int[] bounds = new int[2 * (SUFFIX + 1)];
    private Matcher matcher;

    Numbers(String s) {
      this.s = s;
    }

    /**
     * Whether {@link #NUMBER} matches at {@code i} ({@code lookingAt} with transparent bounds over
     * the whole text); if so, this holds its groups.
     */
    boolean lookingAt(int i) {
      int n = s.length();
      if (i > 0) {
        char p = s.charAt(i - 1);
        if (Character.isSurrogate(p)) {
          return byPattern(i);
        }
        if (p == '.' || p == ',' || numeric(p)) {
          return false; // (?<![\p{N}.,])
        }
      }
      int e = i;
      while (e < n && s.charAt(e) <= '9' && s.charAt(e) >= '0') {
        e++;
      }
      if (e == i) {
        return byPattern(i);
      }
      if (e < n) {
        char a = s.charAt(e);
        if (Character.isSurrogate(a) || numeric(a)) {
          return byPattern(i); // (?!\p{N}) fails after the run: the pattern backtracks
        }
        if (e + 1 < n) {
          char b = s.charAt(e + 1);
          boolean separator = a == ',' || a == '.' || a == ' ' || a == '\u00A0' || a == '\u202F' || a == '\u2009';
          if (separator && b <= '9' && b >= '0' || a == '-' && (Character.isSurrogate(b) || Text.letter(b))) {
            return byPattern(i); // a group, a fraction or a suffix may follow
          }
        }
      }
      java.util.Arrays.fill(bounds, -1);
      bounds[0] = i;
      bounds[1] = e;
      bounds[2 * INT] = i;
      bounds[2 * INT + 1] = e;
      return true;
    }

    /** {@code \p{N}} of a char that is no surrogate: a digit, letter number or other number (², ½, Ⅻ). */
    private static boolean numeric(char c) {
      if (c < 0x80) {
        return c <= '9' && c >= '0';
      }
      int t = Character.getType(c);
      return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private boolean byPattern(int i) {
      if (matcher == null) {
        matcher = NUMBER.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
      }
      matcher.region(i, s.length());
      if (!matcher.lookingAt()) {
        return false;
      }
      of(matcher);
      return true;
    }

    /** The groups of {@code m}, a match of {@link #NUMBER} in this text. */
    private Numbers of(Matcher m) {
      for (int g = 0; g <= SUFFIX; g++) {
        bounds[2 * g] = m.start(g);
        bounds[2 * g + 1] = m.end(g);
      }
      return this;
    }

    int start() {
      return bounds[0];
    }

    int end() {
      return bounds[1];
    }

    int start(int group) {
      return bounds[2 * group];
    }

    int end(int group) {
      return bounds[2 * group + 1];
    }

    String group(int group) {
      return bounds[2 * group] < 0 ? null : s.substring(bounds[2 * group], bounds[2 * group + 1]);
    }
  }

  /** An hour on a 12- or 24-hour clock: 9 → 9, 21, t9:00, t21:00. */
  private static List<String> hourKeys(int h) {
    List<String> keys = new ArrayList<>();
    keys.add(Integer.toString(h));
    keys.add("t" + h + ":00");
    int other = h < 12 ? h + 12 : h - 12;
    if (h != 0 && h != 24) {
      keys.add(Integer.toString(other));
      keys.add("t" + other + ":00");
    }
    return keys;
  }

  /**
   * The value of the ASCII digits {@code s[from, to)}: {@code new BigDecimal(s.substring(from, to))}
   * (scale 0), without the copy and the parse of a string where a long holds it.
   */
  static BigDecimal plainDigits(String s, int from, int to) {
    if (to - from > 18) {
      return new BigDecimal(s.substring(from, to));
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return BigDecimal.valueOf(v);
  }

  /**
   * The keys of one number in the order first added, each once: what a LinkedHashSet gave, in an
   * array searched by equals (a number has one to six keys; the set's table and nodes cost more
   * than the search).
   */
  private static final class Keys {
    private String[] keys = new String[4];
    private int size;

    void add(String key) {
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return;
        }
      }
      if (size == keys.length) {
        keys = java.util.Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = key;
    }

    boolean isEmpty() {
      return size == 0;
    }

    List<String> list() {
      return List.of(java.util.Arrays.copyOf(keys, size));
    }
  }

  private static void addKeys(Keys keys, BigDecimal value, BigDecimal otherValue) {
    if (value != null) {
      keys.add(NumberMention.key(value));
    }
    if (otherValue != null && otherValue != value) { // one value read by both locales: its key is there
      keys.add(NumberMention.key(otherValue));
    }
  }

  /** The value under {@code n}'s conventions, or null when they cannot produce this spelling. */
  static BigDecimal read(Numbers m, LocaleData.Numbers n) {
    String intPart = m.group(INT);
    String g = m.group(GROUP);
    String frac = m.group(FRAC);
    String sep = m.group(SEP);
    String digits;
    if (m.start(LAKH) >= 0) { // Indian grouping, 2,06,737
      if (n.grouping().indexOf(',') < 0) {
        return null;
      }
      digits = intPart.replace(",", "");
    } else if (g == null) {
      digits = intPart;
    } else if (n.grouping().indexOf(g.charAt(0)) >= 0 || (isSpace(g.charAt(0)) && hasSpace(n.grouping()))) {
      digits = intPart.replace(g, "");
    } else if (g.charAt(0) == n.decimal() && frac == null && intPart.indexOf(g) == intPart.lastIndexOf(g)) {
      return new BigDecimal(intPart.replace(g.charAt(0), '.')); // "1,200" in Russian is 1.2
    } else {
      return null;
    }
    if (frac == null) {
      return new BigDecimal(digits);
    }
    if (sep.charAt(0) == n.decimal()) {
      return new BigDecimal(digits + "." + frac);
    }
    if (n.grouping().indexOf(sep.charAt(0)) >= 0 && frac.length() == 3) {
      return new BigDecimal(digits + frac);
    }
    return null;
  }

  /** {@code v} written with this locale's separators (grouping only from groupingMinDigits digits). */
  String format(BigDecimal v) {
    BigDecimal a = v.abs();
    String plain = (a.stripTrailingZeros().scale() <= 0 ? a.setScale(0, java.math.RoundingMode.UNNECESSARY) : a).toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder b = new StringBuilder();
    char group = own.grouping().isEmpty() ? ',' : own.grouping().charAt(0);
    for (int i = 0; i < intPart.length(); i++) {
      if (i > 0 && (intPart.length() - i) % 3 == 0 && intPart.length() >= own.groupingMinDigits()) {
        b.append(group);
      }
      b.append(intPart.charAt(i));
    }
    if (dot >= 0) {
      b.append(own.decimal()).append(plain.substring(dot + 1));
    }
    return (v.signum() < 0 ? "-" : "") + b;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static boolean hasSpace(String s) {
    return s.chars().anyMatch(ch -> isSpace((char) ch));
  }
}
