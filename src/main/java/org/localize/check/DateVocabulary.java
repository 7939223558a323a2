package org.localize.check;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.localize.locale.LocaleData;

/**
 * Finds dates in running text with patterns built from ICU's month and weekday names plus the
 * locale's house forms; immutable and shared by all threads.
 *
 * <p>Design note: ICU's parser is a poor detector inside sentences (it accepts "19 июнь", stops
 * mid-word, ignores a contradicting weekday), so detection is a regex over the symbols and ICU is
 * only the source of the words. A weekday stands alone only after a lead-in word where the locale
 * needs one (Russian "среда" is also "environment"; "в среду" is the weekday).
 */
public final class DateVocabulary {

  /** Which spelling of a month a text used. */
  public enum MonthKind { FORMAT, FORMAT_ABBR, STANDALONE, STANDALONE_ABBR, PREPOSITIONAL, HOUSE }

  private record MonthForm(int month, MonthKind kind) {}

  private record WeekdayForm(int weekday, Set<String> leadIns, boolean alone, int list) {}

  private static final String SP = "[\\s\\u00A0\\u202F\\u2009]";

  private final Map<String, MonthForm> months = new HashMap<>();
  private final Map<String, WeekdayForm> weekdays = new HashMap<>();
  private final Set<String> monthSpellings = new HashSet<>();
  private final Set<String> weekdaySpellings = new HashSet<>();
  private final Set<String> abbreviations = new HashSet<>();
  private final List<List<String>> weekdayLists = new ArrayList<>();
  private final String[] formatMonths;
  private final String[] abbrMonths;
  private final List<String> houseMonths;
  private final boolean lowercaseNames;
  private final boolean needsLeadIn;
  private final Locale javaLocale;
  private final Pattern date;
  /** Bitmap by {@link #slot} of the first two letters of every month and weekday spelling; null: no prefilter. */
  private final boolean[] prefixes;

  DateVocabulary(LocaleData data) {
    ULocale loc = data.locale();
    this.javaLocale = loc.toLocale();
    DateFormatSymbols dfs = DateFormatSymbols.getInstance(loc);
    formatMonths = dfs.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    abbrMonths = dfs.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED);
    houseMonths = data.dates().monthsWithDay();
    lowercaseNames = formatMonths[0].equals(formatMonths[0].toLowerCase(javaLocale));
    needsLeadIn = data.dates().weekdayNeedsLeadIn();
    // later puts win: house and format forms override standalone ones that are spelled the same
    addMonths(data.dates().monthsPrepositional().toArray(String[]::new), MonthKind.PREPOSITIONAL);
    addMonths(dfs.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.ABBREVIATED), MonthKind.STANDALONE_ABBR);
    addMonths(dfs.getMonths(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE), MonthKind.STANDALONE);
    addMonths(abbrMonths, MonthKind.FORMAT_ABBR);
    addMonths(formatMonths, MonthKind.FORMAT);
    addMonths(houseMonths.toArray(String[]::new), MonthKind.HOUSE);
    addWeekdays(dfs.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED), false, Set.of());
    addWeekdays(dfs.getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE), !needsLeadIn, Set.of());
    addWeekdays(dfs.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE), !needsLeadIn, Set.of());
    for (LocaleData.WeekdayCase c : data.dates().weekdayCases()) {
      String[] forms = new String[8];
      for (int i = 0; i < 7; i++) {
        forms[i + 1] = c.forms().get(i);
      }
      addWeekdays(forms, true, Set.copyOf(c.after()));
    }
    int flags = lowercaseNames ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    Set<String> full = new HashSet<>(lowercaseNames ? months.keySet() : monthSpellings);
    full.removeAll(lowercaseNames ? abbreviations.stream().map(a -> a.toLowerCase(javaLocale)).toList() : abbreviations);
    Set<String> abbr = new HashSet<>(lowercaseNames ? months.keySet() : monthSpellings);
    abbr.removeAll(full);
    // full names first, so that "июня." keeps its full stop outside; abbreviations may carry a period (Sep., июн.)
    String mon = alternation(full) + "|(?:" + alternation(abbr) + ")\\.?";
    String wd = alternation(lowercaseNames ? weekdays.keySet() : weekdaySpellings);
    String ord = data.dates().dayOrdinalSuffixes().isEmpty() ? "(?!)" : alternation(Set.copyOf(data.dates().dayOrdinalSuffixes()));
    String yw = data.dates().yearWords().isEmpty() ? "(?!)" : alternation(Set.copyOf(data.dates().yearWords()));
    String year = "(?:,?" + SP + "+(?<y>[12]\\d{3})(?!\\d)(?:" + SP + "*(?:" + yw + ")(?!\\p{L}))?)?";
    date = Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:(?<wd>" + wd + ")(?!\\p{L})\\.?,?" + SP + "+)?"
            + "(?:(?<d1>\\d{1,2})(?<o1>" + ord + ")?" + SP + "*(?<m1>" + mon + ")(?!\\p{L})"
            + "|(?<m2>" + mon + ")(?!\\p{L})" + SP + "*(?<d2>\\d{1,2})(?<o2>" + ord + ")?(?![\\p{N}\\p{L}]))" + year
            + "|(?<![\\p{L}\\p{N}])(?<m3>" + mon + ")(?!\\p{L})" + SP + "+(?<y3>[12]\\d{3})(?!\\d)(?:" + SP
            + "*(?:" + yw + ")(?!\\p{L}))?",
        flags);
    String lang = javaLocale.getLanguage();
    if (lang.equals("tr") || lang.equals("az") || lang.equals("lt")) {
      prefixes = null; // their lower-casing of I and accented letters is not the letters' own
    } else {
      Set<String> keys = new HashSet<>(months.keySet());
      keys.addAll(weekdays.keySet());
      prefixes = new boolean[SLOTS];
      keys.stream().filter(k -> !k.isEmpty()).forEach(k -> prefixes[slot(k.charAt(0), k.length() > 1 ? k.charAt(1) : 0)] = true);
    }
  }

  private static final int SLOTS = 1 << 12;

  private static int slot(char first, char second) {
    return (first * 37 + second) & (SLOTS - 1);
  }

  /**
   * Whether {@code token} may be a month or weekday spelling: false when the first two letters of
   * its lower-case form start none, so most words are dismissed without a lower-case copy. Outside
   * Turkish, Azeri and Lithuanian, those two letters are the letters' own lower case, except for
   * İ (two characters) and Σ (final sigma), which go the long way.
   */
  private boolean maybeDateWord(Token token) {
    if (prefixes == null) {
      return true;
    }
    char c0 = token.charAt(0);
    char c1 = token.length() > 1 ? token.charAt(1) : 0;
    if (special(c0) || special(c1)) {
      return true;
    }
    return prefixes[slot(lower(c0), c1 == 0 ? 0 : lower(c1))];
  }

  private static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= '\u0430' && c <= '\u044F') {
      return c;
    }
    return c >= '\u0410' && c <= '\u042F' ? (char) (c + 32) : Character.toLowerCase(c);
  }

  private static boolean special(char c) {
    return c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c);
  }

  private void addMonths(String[] forms, MonthKind kind) {
    for (int m = 0; m < forms.length && m < 12; m++) {
      String f = forms[m].toLowerCase(javaLocale);
      months.put(f, new MonthForm(m + 1, kind));
      monthSpellings.add(forms[m]);
      boolean abbreviated = kind == MonthKind.FORMAT_ABBR || kind == MonthKind.STANDALONE_ABBR || f.endsWith(".");
      if (abbreviated && !monthSpellingsWide(forms[m])) {
        abbreviations.add(forms[m]);
        abbreviations.add(forms[m].endsWith(".") ? forms[m].substring(0, forms[m].length() - 1) : forms[m]);
      }
      if (f.endsWith(".") && !months.containsKey(f.substring(0, f.length() - 1))) {
        months.put(f.substring(0, f.length() - 1), new MonthForm(m + 1, kind));
        monthSpellings.add(forms[m].substring(0, forms[m].length() - 1));
      }
    }
  }

  /** Whether a spelling is also a full month name (May is both), which then never takes a period. */
  private boolean monthSpellingsWide(String form) {
    String f = form.toLowerCase(javaLocale);
    MonthForm known = months.get(f);
    return known != null && known.kind() != MonthKind.FORMAT_ABBR && known.kind() != MonthKind.STANDALONE_ABBR
        && !f.endsWith(".");
  }

  private void addWeekdays(String[] forms, boolean alone, Set<String> leadIns) {
    List<String> list = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      String f = forms[d].toLowerCase(javaLocale);
      list.add(forms[d]);
      weekdaySpellings.add(forms[d]);
      WeekdayForm before = weekdays.get(f);
      if (before != null && before.alone() && !alone) {
        continue; // keep the richer entry (вторник is both nominative and accusative)
      }
      Set<String> lead = new HashSet<>(leadIns);
      if (before != null && before.alone()) {
        lead.addAll(before.leadIns());
      }
      weekdays.put(f, new WeekdayForm(d, Set.copyOf(lead), alone, weekdayLists.size()));
    }
    weekdayLists.add(List.copyOf(list));
  }

  private static String alternation(Set<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /**
   * Every date and weekday in {@code text} (searched in its folded form), in text order.
   *
   * <p>The date pattern is tried only where a date can start (a digit run, or a word that is a
   * month or weekday name) instead of at every character: the big alternations are the cost.
   */
  public List<DateMention> find(Text text) {
    String s = text.folded();
    List<Token> tokens = text.tokens();
    List<DateMention> out = null;
    boolean digits = false;
    for (int i = 0; i < s.length() && !digits; i++) {
      digits = s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }
    int taken = 0;
    if (digits) {
      // a date starts at a digit run (between tokens, as tokens are letters) or at a month or weekday word
      Matcher m = null;
      int from = 0;
      for (int t = 0; t <= tokens.size(); t++) {
        int gapEnd = t < tokens.size() ? tokens.get(t).start() : s.length();
        for (int i = Math.max(from, taken); i < gapEnd; i++) {
          char c = s.charAt(i);
          if (c < '0' || c > '9' || (i > 0 && Character.isDigit(s.charAt(i - 1)))
              || (i + 2 < s.length() && isAsciiDigit(s.charAt(i + 1)) && isAsciiDigit(s.charAt(i + 2)))) {
            continue; // a date starts with a day of one or two digits (or a word); three digits cannot
          }
          m = m != null ? m : date.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
          m.region(i, s.length());
          if (i >= taken && m.lookingAt()) {
            out = out != null ? out : new ArrayList<>();
            out.add(toMention(m));
            taken = m.end();
          }
        }
        if (t < tokens.size()) {
          Token word = tokens.get(t);
          from = word.end();
          if (word.start() >= taken && dateWord(word)) {
            m = m != null ? m : date.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(word.start(), s.length());
            if (m.lookingAt()) {
              out = out != null ? out : new ArrayList<>();
              out.add(toMention(m));
              taken = m.end();
            }
          }
        }
      }
    }
    for (Token t : tokens) {
      if (!maybeDateWord(t)) {
        continue;
      }
      if (t.start() < taken && out.stream().anyMatch(d -> d.start() <= t.start() && t.start() < d.end())) {
        continue;
      }
      WeekdayForm f = weekdays.get(t.text().toLowerCase(javaLocale));
      if (f == null || !f.alone() || (!lowercaseNames && !weekdaySpellings.contains(t.text()))
          || (needsLeadIn && !leadInBefore(s, t.start(), f.leadIns()))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(new DateMention(t.start(), t.end(), 0, 0, 0, f.weekday(), -1, -1, null, -1, -1,
          t.start(), t.end(), f.list()));
    }
    if (out == null) {
      return List.of();
    }
    out.sort(Comparator.comparingInt(DateMention::start));
    return out;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean dateWord(Token token) {
    if (!maybeDateWord(token)) {
      return false;
    }
    String l = token.text().toLowerCase(javaLocale);
    return months.containsKey(l) || weekdays.containsKey(l);
  }

  private boolean leadInBefore(String s, int pos, Set<String> leadIns) {
    int i = pos - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Character.isLetter(s.charAt(i))) {
      i--;
    }
    return end > i + 1 && end < pos && leadIns.contains(s.substring(i + 1, end).toLowerCase(javaLocale));
  }

  private DateMention toMention(Matcher m) {
    String monthGroup = m.group("m1") != null ? "m1" : m.group("m2") != null ? "m2" : "m3";
    String monthText = m.group(monthGroup).toLowerCase(javaLocale);
    MonthForm mf = months.get(monthText);
    if (mf == null) { // "Sep." where CLDR has "Sep": the period is the writer's
      mf = months.get(monthText.substring(0, monthText.length() - 1));
    }
    String dayGroup = m.group("d1") != null ? "d1" : m.group("d2") != null ? "d2" : null;
    String ordGroup = dayGroup == null ? null : dayGroup.equals("d1") ? "o1" : "o2";
    String yearGroup = m.group("y") != null ? "y" : m.group("y3") != null ? "y3" : null;
    int weekday = 0;
    int list = -1;
    if (m.group("wd") != null) {
      WeekdayForm f = weekdays.get(m.group("wd").toLowerCase(javaLocale));
      weekday = f.weekday();
      list = f.list();
    }
    return new DateMention(m.start(), m.end(),
        dayGroup == null ? 0 : Integer.parseInt(m.group(dayGroup)),
        mf.month(),
        yearGroup == null ? 0 : Integer.parseInt(m.group(yearGroup)),
        weekday, m.start(monthGroup), m.end(monthGroup), mf.kind(),
        ordGroup == null || m.group(ordGroup) == null ? -1 : m.start(ordGroup),
        ordGroup == null || m.group(ordGroup) == null ? -1 : m.end(ordGroup),
        m.group("wd") == null ? -1 : m.start("wd"), m.group("wd") == null ? -1 : m.end("wd"), list);
  }

  /** The month name used with a day in this locale's house style (AP "Sept."; CLDR "июня"). */
  public String monthWithDay(int month) {
    return houseMonths.isEmpty() ? formatMonths[month - 1] : houseMonths.get(month - 1);
  }

  /** The same weekday written from the same form list (в среду → в пятницу), for suggestions. */
  public String weekdayLike(int weekday, int list) {
    List<String> l = weekdayLists.get(list < 0 ? weekdayLists.size() - 1 : list);
    return l.get(weekday - 1);
  }

  /** The plain name of a weekday (ICU FORMAT WIDE). */
  public String weekdayName(int weekday) {
    return weekdayLists.get(2).get(weekday - 1);
  }

  /** Whether month and weekday names are lower-case in this locale (ru) rather than capitalised (en). */
  public boolean lowercaseNames() {
    return lowercaseNames;
  }

  /** All spellings that house style accepts after a day number: format forms and house forms. */
  public Set<String> formatMonthForms(int month) {
    Set<String> s = new LinkedHashSet<>();
    s.add(formatMonths[month - 1]);
    s.add(abbrMonths[month - 1]);
    if (!houseMonths.isEmpty()) {
      s.add(houseMonths.get(month - 1));
    }
    return s;
  }
}
