package org.localize.check;

import java.util.ArrayList;
import java.util.List;

/**
 * One CLDR date pattern ("EEEE, d MMMM y 'г'.", "y年M月d日", "d 'de' MMMM 'de' y") turned into a
 * matcher for running text; immutable.
 *
 * <p>The matcher follows the pattern's fields and literals, with the tolerance of real text: any
 * spacing (none, several, no-break), an optional comma, an optional full stop after a day ("19
 * Juni" as well as "19. Juni"), the year words the locale writes after a year ("2024 года",
 * "2024 р.", "2024 roku") in place of CLDR's optional abbreviation, an ordinal ending on the day
 * (19th, 19-го, 1er), a day range (18–19 июня, 18 and 19 June), and a word between weekday and
 * date ("am Mittwoch, dem 19. Juni"). Month and weekday fields accept every form the lexicon
 * knows; which form is right is for the checks to say. A numeric pattern (19.06.2024, 6/19/2024)
 * requires its separators and is only tried with a year, or with full stops in a locale whose
 * decimal separator is not one (19.06 in German or Russian).
 */
final class DatePattern {

  enum Kind { DAY, MONTH_NUM, MONTH_TEXT, YEAR, WEEKDAY, SPACE, COMMA, DOT, SEP, TEXT, YEAR_WORD, OPEN, CLOSE }

  /** An element: a field (with the pattern's width: 2 for dd) or a literal (its text). */
  record El(Kind kind, String text, int width) {
    El(Kind kind, String text) {
      this(kind, text, 0);
    }
  }

  private final String source;
  private final El[] els;
  private final boolean numeric;
  private final boolean sure;
  /** A day without a month (ja "d日", ko "d일", from CLDR's "d" and "Ed" skeletons). */
  private final boolean dayAlone;

  /**
   * What the first element reads when it is a number field (day, month number, year): digits
   * from {@code firstMin} to {@code firstMax}, of a value from {@code firstLow} to {@code
   * firstHigh}; for {@link #firstReads}.
   */
  private final int firstMin;
  private final int firstMax;
  private final int firstLow;
  private final int firstHigh;

  private DatePattern(String source, El[] els, boolean numeric, boolean sure, boolean dayAlone) {
    this.source = source;
    this.els = els;
    this.numeric = numeric;
    this.sure = sure;
    this.dayAlone = dayAlone;
    El f = els[0];
    int min = f.text() != null ? f.width() : 1; // as match() reads DAY and MONTH_NUM
    switch (f.kind()) {
      case DAY -> {
        firstMin = min;
        firstMax = 2;
        firstLow = 1;
        firstHigh = 31;
      }
      case MONTH_NUM -> {
        firstMin = min;
        firstMax = 2;
        firstLow = 1;
        firstHigh = 12;
      }
      case YEAR -> {
        firstMin = 4;
        firstMax = 4;
        firstLow = 1000;
        firstHigh = 2999;
      }
      default -> {
        firstMin = 0;
        firstMax = Integer.MAX_VALUE;
        firstLow = Integer.MIN_VALUE;
        firstHigh = Integer.MAX_VALUE;
      }
    }
  }

  /**
   * Whether the first element may read the run of {@code length} digits of value {@code value}
   * (up to four digits) that starts where the pattern is tried: false where {@link #match} fails at
   * its first element, as the number it reads there is too long, too short or out of range.
   * Always true for a pattern that does not start with a number.
   */
  boolean firstReads(int length, int value) {
    return length >= firstMin && length <= firstMax && value >= firstLow && value <= firstHigh;
  }

  /** The literal texts of the pattern (de, 年, 日). */
  List<String> literals() {
    List<String> out = new ArrayList<>();
    for (El e : els) {
      if ((e.kind() == Kind.TEXT || e.kind() == Kind.YEAR_WORD) && e.text() != null) {
        out.add(e.text());
      }
    }
    return out;
  }

  /** The pattern's first element (what a date of this shape starts with). */
  Kind first() {
    return els[0].kind();
  }

  /** A signature of the elements, to drop patterns that match alike (d and dd, MMM and MMMM). */
  String signature() {
    StringBuilder b = new StringBuilder();
    for (El e : els) {
      b.append(e.kind().name()).append(e.text() == null ? "" : ":" + e.text())
          .append(e.text() != null && e.width() > 0 ? e.width() : "").append(' ');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return source;
  }

  /**
   * Compiles a CLDR pattern; null when it has fields a date in text does not carry (era, quarter,
   * time) or no month (a weekday or year alone is found otherwise).
   *
   * @param decimalIsDot whether the locale's decimal separator is a full stop (then 19.06 is a number)
   */
  static DatePattern compile(String pattern, boolean decimalIsDot) {
    return compile(pattern, decimalIsDot, false);
  }

  /**
   * Compiles a CLDR pattern; with {@code dayAlone}, a pattern of a day without month or year is
   * kept when the locale writes a word after the day (ja "d日", "d日(EEE)"; ko "d일"), so that a
   * day of the month written alone is a date. A bare "d" (en, ru) is never one: it is any number.
   */
  static DatePattern compile(String pattern, boolean decimalIsDot, boolean dayAlone) {
    List<El> out = new ArrayList<>();
    int n = pattern.length();
    boolean textMonth = false;
    boolean hasMonth = false;
    boolean hasYear = false;
    boolean hasDay = false;
    boolean letterLiteral = false;
    for (int i = 0; i < n; ) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int j = i + 1;
        StringBuilder lit = new StringBuilder();
        while (j < n) {
          if (pattern.charAt(j) == '\'') {
            if (j + 1 < n && pattern.charAt(j + 1) == '\'') {
              lit.append('\'');
              j += 2;
              continue;
            }
            break;
          }
          lit.append(pattern.charAt(j++));
        }
        if (lit.length() == 0) {
          literal('\'', out); // '' is a quote
        } else {
          for (int k = 0; k < lit.length(); k++) {
            letterLiteral |= Character.isLetter(lit.charAt(k));
            literal(lit.charAt(k), out);
          }
        }
        i = j + 1;
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        int j = i;
        while (j < n && pattern.charAt(j) == c) {
          j++;
        }
        int count = j - i;
        Kind k = switch (c) {
          case 'd' -> Kind.DAY;
          case 'M', 'L' -> count >= 3 ? Kind.MONTH_TEXT : Kind.MONTH_NUM;
          case 'y', 'u' -> Kind.YEAR;
          case 'E', 'c', 'e' -> Kind.WEEKDAY;
          default -> null;
        };
        if (k == null) {
          return null;
        }
        textMonth |= k == Kind.MONTH_TEXT;
        hasMonth |= k == Kind.MONTH_TEXT || k == Kind.MONTH_NUM;
        hasYear |= k == Kind.YEAR;
        hasDay |= k == Kind.DAY;
        out.add(new El(k, null, count));
        i = j;
        continue;
      }
      letterLiteral |= Character.isLetter(c);
      literal(c, out);
      i++;
    }
    if (out.isEmpty()) {
      return null;
    }
    if (!hasMonth) {
      boolean dayWord = hasDay && out.size() > 1 && out.get(0).kind() == Kind.DAY && out.get(1).kind() == Kind.TEXT
          && Character.isLetter(out.get(1).text().charAt(0));
      if (!dayAlone || hasYear || !dayWord) {
        return null;
      }
      while (isPunctuation(out.get(out.size() - 1).kind())) {
        out.remove(out.size() - 1);
      }
      return new DatePattern(pattern, out.toArray(El[]::new), false, true, true);
    }
    boolean numeric = !textMonth && !letterLiteral;
    // letters after the year that end a pattern (г., р., թ.) are optional, and the locale's year words may stand there
    int y = -1;
    for (int k = 0; k < out.size(); k++) {
      if (out.get(k).kind() == Kind.YEAR) {
        y = k;
      }
    }
    if (y >= 0) {
      StringBuilder w = new StringBuilder();
      boolean tail = true;
      for (int k = y + 1; k < out.size() && tail; k++) {
        El el = out.get(k);
        switch (el.kind()) {
          case TEXT -> w.append(el.text());
          case DOT -> w.append(w.length() > 0 ? "." : "");
          case SPACE, COMMA -> { }
          default -> tail = false;
        }
      }
      if (tail) {
        while (out.size() > y + 1) {
          out.remove(out.size() - 1);
        }
        out.add(new El(Kind.YEAR_WORD, w.length() == 0 ? null : w.toString()));
      }
    }
    // trailing punctuation of a pattern (the full stop of "y." in Serbian) is not required, except
    // in a numeric date without a year: "19.6." is a date in German, "1.5" a number
    while (!out.isEmpty() && isPunctuation(out.get(out.size() - 1).kind()) && (!numeric || hasYear)) {
      out.remove(out.size() - 1);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).kind() == Kind.SPACE) {
      out.remove(out.size() - 1);
    }
    if (numeric) {
      for (int k = 0; k < out.size(); k++) {
        if (out.get(k).kind() == Kind.DOT) {
          out.set(k, new El(Kind.SEP, "."));
        }
      }
      boolean dots = out.stream().anyMatch(e -> e.kind() == Kind.SEP && e.text().equals("."));
      if (!hasYear && (!dots || decimalIsDot)) {
        return null; // 6/19 or 3/4 may be a fraction, 19.06 a decimal
      }
      if (!hasDay) {
        return null; // 06.2024 is too often something else
      }
    }
    boolean sure = !numeric || hasYear;
    if (numeric && !hasYear) {
      // without a year the digits must be as the pattern writes them: 19.06 (dd.MM), not 1.5
      for (int k = 0; k < out.size(); k++) {
        El el = out.get(k);
        if (el.kind() == Kind.DAY || el.kind() == Kind.MONTH_NUM) {
          out.set(k, new El(el.kind(), "strict", el.width()));
        }
      }
    }
    return new DatePattern(pattern, out.toArray(El[]::new), numeric, sure, false);
  }

  private static boolean isPunctuation(Kind k) {
    return k == Kind.SPACE || k == Kind.COMMA || k == Kind.DOT;
  }

  private static void literal(char c, List<El> out) {
    Kind k;
    String text = null;
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      k = Kind.SPACE;
    } else if (c == ',' || c == '،' || c == '，' || c == '、') {
      k = Kind.COMMA;
    } else if (c == '.') {
      k = Kind.DOT;
    } else if (c == '/' || c == '-' || c == '‐' || c == '‑' || c == '–') {
      k = Kind.SEP;
      text = c == '/' ? "/" : "-";
    } else if (c == '(' || c == '（') {
      k = Kind.OPEN;
    } else if (c == ')' || c == '）') {
      k = Kind.CLOSE;
    } else if (isMark(c)) {
      return; // bidi marks: optional, skipped in the text
    } else {
      k = Kind.TEXT;
      text = String.valueOf(c);
    }
    if (k == Kind.SPACE && !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.SPACE) {
      return;
    }
    if (k == Kind.TEXT && !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.TEXT) {
      out.set(out.size() - 1, new El(Kind.TEXT, out.get(out.size() - 1).text() + c));
      return;
    }
    out.add(new El(k, text));
  }

  /** What a match found; reused by one call of {@link DateVocabulary#find}. */
  static final class Found {
    int end;
    int day;
    int dayTo;
    int month;
    int monthStart;
    int monthEnd;
    DateVocabulary.MonthKind monthKind;
    int year;
    int yearStart;
    int yearEnd;
    int weekday;
    int weekdayStart;
    int weekdayEnd;
    int weekdayList;
    int ordinalStart;
    int ordinalEnd;
    boolean sure;
    // the last lexicon word looked up, kept across reset(): the patterns tried at one place look for
    // their month or weekday at the same position, and the lexicon walk was done once per pattern
    private String wordText;
    private DateVocabulary wordVocabulary;
    private int wordAt = -1;
    private DateLexicon.Match word;

    // what follows the last day number read (its ordinal ending and the end of a day range), kept
    // across reset() like the word above: every pattern starting with a day reads the same day at
    // the same place, and its ending and range were read once per pattern
    private final boolean memo;
    /** The chars of the text the patterns read, or null (tests): then {@link #match} copies the string each time. */
    final char[] chars;
    private String dayText;
    private DateVocabulary dayVocabulary;
    private int dayAt = -1;
    private int dayValue;
    private String dayUnit;
    private int daySuffixEnd;
    private int dayRangeEnd;
    private int dayRangeTo;
    private int dayOrdinalStart;
    private int dayOrdinalEnd;

    Found() {
      this(true);
    }

    /** @param memo whether what follows a day is remembered (false: read again each time, for tests) */
    Found(boolean memo) {
      this(memo, null);
    }

    /** {@link #Found(boolean)} for a text whose chars are {@code chars}. */
    Found(boolean memo, char[] chars) {
      this.memo = memo;
      this.chars = chars;
    }

    /**
     * After the day {@code day} whose digits end at {@code p}: its ordinal ending ({@link
     * DateVocabulary#daySuffix}) then a range ({@link DateVocabulary#dayRange}), recorded in {@code
     * this} as those do; the end of the ending, and the end of the range (or that of the ending).
     * Remembered for the last place asked while no day field has been set since {@link #reset}.
     */
    long afterDay(DateVocabulary v, String s, int p, int day, String unit) {
      boolean fresh = dayTo == 0 && ordinalStart == -1 && ordinalEnd == -1;
      if (memo && fresh && p == dayAt && day == dayValue && s == dayText && v == dayVocabulary
          && java.util.Objects.equals(unit, dayUnit)) {
        dayTo = dayRangeTo;
        ordinalStart = dayOrdinalStart;
        ordinalEnd = dayOrdinalEnd;
        return ((long) daySuffixEnd << 32) | dayRangeEnd;
      }
      int e = v.daySuffix(s, p, this);
      int q = v.dayRange(s, e, day, this, unit);
      if (memo && fresh) {
        dayText = s;
        dayVocabulary = v;
        dayAt = p;
        dayValue = day;
        dayUnit = unit;
        daySuffixEnd = e;
        dayRangeEnd = q;
        dayRangeTo = dayTo;
        dayOrdinalStart = ordinalStart;
        dayOrdinalEnd = ordinalEnd;
      }
      return ((long) e << 32) | q;
    }

    /** {@code v.word(s, c, p)} ({@code c}: the chars of {@code s}), remembered for the last place asked. */
    DateLexicon.Match word(DateVocabulary v, String s, char[] c, int p) {
      if (p != wordAt || s != wordText || v != wordVocabulary) {
        word = v.word(s, c, p);
        wordText = s;
        wordVocabulary = v;
        wordAt = p;
      }
      return word;
    }

    void reset() {
      end = 0;
      day = 0;
      dayTo = 0;
      month = 0;
      monthStart = -1;
      monthEnd = -1;
      monthKind = null;
      year = 0;
      yearStart = -1;
      yearEnd = -1;
      weekday = 0;
      weekdayStart = -1;
      weekdayEnd = -1;
      weekdayList = -1;
      ordinalStart = -1;
      ordinalEnd = -1;
      sure = true;
    }

    void copyFrom(Found o) {
      end = o.end;
      day = o.day;
      dayTo = o.dayTo;
      month = o.month;
      monthStart = o.monthStart;
      monthEnd = o.monthEnd;
      monthKind = o.monthKind;
      year = o.year;
      yearStart = o.yearStart;
      yearEnd = o.yearEnd;
      weekday = o.weekday;
      weekdayStart = o.weekdayStart;
      weekdayEnd = o.weekdayEnd;
      weekdayList = o.weekdayList;
      ordinalStart = o.ordinalStart;
      ordinalEnd = o.ordinalEnd;
      sure = o.sure;
    }
  }

  /**
   * Matches the pattern at {@code pos} of the folded text {@code s}; true and {@code f} filled, or
   * false. {@code firstWord} is the lexicon word at {@code pos} when the caller has it.
   */
  boolean match(String s, int pos, DateVocabulary v, DateLexicon.Match firstWord, Found f) {
    f.reset();
    f.sure = sure;
    // the chars of s, read by every step below: an array read, where String.charAt also tests the coder
    char[] c = f.chars != null ? f.chars : s.toCharArray();
    int p = pos;
    int n = c.length;
    int lastEnd = pos;
    for (int e = 0; e < els.length; e++) {
      El el = els[e];
      switch (el.kind()) {
        case SPACE -> p = skipSpaces(c, p);
        case COMMA -> {
          p = skipSpaces(c, p);
          if (p < n && (c[p] == ',' || c[p] == '،' || c[p] == '，' || c[p] == '、')) {
            p = skipSpaces(c, p + 1);
          }
        }
        case DOT -> {
          int q = skipSpaces(c, p);
          if (q < n && c[q] == '.') {
            p = q + 1;
            lastEnd = p;
          }
        }
        case SEP -> {
          int q = skipSpaces(c, p);
          if (q >= n || !separator(c[q], el.text())) {
            return false;
          }
          lastEnd = q + 1;
          p = skipSpaces(c, q + 1);
        }
        case OPEN, CLOSE -> {
          int q = skipSpaces(c, p);
          char k = q < n ? c[q] : 0;
          boolean ok = el.kind() == Kind.OPEN ? k == '(' || k == '（' : k == ')' || k == '）';
          if (!ok) {
            return false;
          }
          p = q + 1;
          lastEnd = p;
        }
        case TEXT -> {
          p = skipSpaces(c, p); // "7 月 19 日" as well as "7月19日"
          String t = el.text();
          if (!Text.matchesAt(s, p, t)) {
            return false;
          }
          p += t.length();
          lastEnd = p;
        }
        case DAY -> {
          p = skipSpaces(c, p); // "7 月 15 日"
          long read = read(c, p, el.text() != null ? el.width() : 1, 2);
          int d = (int) read;
          if (d <= 0 || d > 31) {
            return false;
          }
          f.day = d;
          p = (int) (read >>> 32);
          if (!numeric && p + 1 < n && (c[p] == '.' || c[p] == ',') && Text.digit(c[p + 1])) {
            return false; // 1.5 million, 19,5: a decimal, not a day
          }
          El next = e + 1 < els.length ? els[e + 1] : null;
          long after = f.afterDay(v, s, p, d, next != null && next.kind() == Kind.TEXT ? next.text() : null);
          p = (int) (after >>> 32);
          lastEnd = p;
          int q = (int) after;
          if (q > p) {
            p = q;
            lastEnd = p;
          }
          if (e + 1 < els.length) {
            p = v.dayJoiner(s, p); // the 20th of July
          }
        }
        case MONTH_NUM -> {
          p = skipSpaces(c, p); // "7 月 15 日"
          long read = read(c, p, el.text() != null ? el.width() : 1, 2);
          int m = (int) read;
          if (m < 1 || m > 12) {
            return false;
          }
          f.month = m;
          f.monthStart = p;
          p = (int) (read >>> 32);
          f.monthEnd = p;
          f.monthKind = DateVocabulary.MonthKind.NUMERIC;
          lastEnd = p;
        }
        case YEAR -> {
          p = skipSpaces(c, p); // "7 月 15 日"
          long read = read(c, p, 4, 4);
          int y = (int) read;
          if (y < 1000 || y > 2999) {
            return false;
          }
          f.year = y;
          f.yearStart = p;
          p = (int) (read >>> 32);
          f.yearEnd = p;
          lastEnd = p;
          if (p < n && (c[p] == '-' || c[p] == '–') && p + 1 < n && Character.isLetter(c[p + 1])) {
            return false; // 2025-м, 2020-21: not a plain year
          }
        }
        case YEAR_WORD -> {
          int q = v.yearWord(s, p, el.text());
          if (q > p) {
            p = q;
            lastEnd = p;
          }
        }
        case MONTH_TEXT -> {
          DateLexicon.Match m = p == pos && firstWord != null ? firstWord : f.word(v, s, c, p);
          DateLexicon.Sym sym = m == null || m.stem() ? null : m.month();
          if (sym == null || m.compoundEnd() >= 0) {
            return false;
          }
          f.month = sym.value();
          f.monthStart = m.start();
          f.monthEnd = m.end();
          f.monthKind = sym.kind();
          if (sym.abbreviation() && m.end() == m.wordEnd()) {
            f.sure = false; // a short abbreviation without its full stop may be a word: Czech "7 pro" is "7 for"
          }
          p = m.end();
          lastEnd = p;
        }
        case WEEKDAY -> {
          // a weekday after the date may stand in brackets where the pattern has none (zh M月d日EEE: 6月21日（周五）)
          boolean bracket = false;
          if (e > 0 && els[e - 1].kind() != Kind.OPEN) {
            int q = skipSpaces(c, p);
            if (q < n && (c[q] == '(' || c[q] == '（')) {
              bracket = true;
              p = skipSpaces(c, q + 1);
            }
          }
          DateLexicon.Match m = p == pos && firstWord != null ? firstWord : f.word(v, s, c, p);
          DateLexicon.Sym sym = m == null || m.stem() ? null : v.weekdaySym(s, m);
          if (sym == null || m.compoundEnd() >= 0) {
            return false;
          }
          f.weekday = sym.value();
          f.weekdayStart = m.start();
          f.weekdayEnd = m.wordEnd();
          f.weekdayList = sym.list();
          p = m.end();
          lastEnd = p;
          if (bracket) {
            int q = skipSpaces(c, p);
            if (q >= n || (c[q] != ')' && c[q] != '）')) {
              return false;
            }
            p = q + 1;
            lastEnd = p;
          } else {
            p = v.joiner(s, p);
          }
        }
        default -> throw new IllegalStateException(el.kind().name());
      }
    }
    if ((f.month == 0 && !dayAlone) || lastEnd <= pos) {
      return false;
    }
    if (numeric && f.day > 0 && !DateFacts.possible(f.month, f.day)) { // numeric first: possible() makes a LocalDate
      return false; // 31.06 is not a date but something else
    }
    f.end = lastEnd;
    return true;
  }

  private static boolean separator(char c, String sep) {
    return switch (sep) {
      case "." -> c == '.';
      case "/" -> c == '/';
      default -> c == '-' || c == '‐' || c == '‑' || c == '–';
    };
  }

  static int skipSpaces(String s, int p) {
    while (p < s.length() && (s.charAt(p) == ' ' || isMark(s.charAt(p)))) {
      p++;
    }
    return p;
  }

  /** {@link #skipSpaces(String, int)} of a text's chars. */
  static int skipSpaces(char[] s, int p) {
    while (p < s.length && (s[p] == ' ' || isMark(s[p]))) {
      p++;
    }
    return p;
  }

  /** The position before the spaces (and bidi marks) that end at {@code p}. */
  static int skipBack(String s, int p) {
    while (p > 0 && (s.charAt(p - 1) == ' ' || isMark(s.charAt(p - 1)))) {
      p--;
    }
    return p;
  }

  private static boolean isMark(char c) {
    return c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u200B';
  }

  /** {@code Character.digit(c, 10)} of a {@link #digit}. */
  static int value(char c) {
    return c <= '9' ? c - '0' : Character.digit(c, 10);
  }

  /** The value of a run of {@code min}–{@code max} decimal digits at {@code p} (any script's digits), or -1. */
  static int number(String s, int p, int min, int max) {
    return (int) read(s, p, min, max); // the low 32 bits: the value, or -1
  }

  /**
   * {@link #number} and where its digits end, in one reading: the value in the low 32 bits (-1 as
   * number gives it) and, when there is one, the end of the run in the high 32 bits.
   */
  static long read(String s, int p, int min, int max) {
    // the chars a reading can look at (its digits and the one after them), read by the one loop below
    char[] part = new char[Math.max(0, Math.min(s.length(), p + max + 1) - p)];
    if (part.length > 0) {
      s.getChars(p, p + part.length, part, 0);
    }
    long r = read(part, 0, min, max);
    return (int) r == -1 ? r : r + ((long) p << 32);
  }

  /** {@link #read(String, int, int, int)} of a text's chars. */
  static long read(char[] s, int p, int min, int max) {
    int v = 0;
    int i = p;
    char c;
    while (i < s.length && Text.digit(c = s[i])) {
      if (i - p == max) {
        return -1L & 0xFFFFFFFFL;
      }
      v = v * 10 + value(c);
      i++;
    }
    if (i - p < min) {
      return -1L & 0xFFFFFFFFL;
    }
    return ((long) i << 32) | (v & 0xFFFFFFFFL);
  }
}
