package org.localize.check;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.localize.locale.LocaleData;

/**
 * Finds dates in running text for one locale, with a recogniser built from the locale's own CLDR
 * date patterns and names; immutable, built once per locale and shared by all threads.
 *
 * <p>What it knows comes from CLDR through ICU, for every locale ICU knows: the best patterns for
 * the skeletons of a date with day, month and year, with and without weekday, wide and abbreviated,
 * month and year, and numeric dates in the locale's order and separators (so "EEEE, d MMMM y 'г'.",
 * "d. MMMM y", "y年M月d日EEEE", "y년 MMMM d일"), taken from the locale and from its language's
 * world variety (en_001 writes "19 June 2024"); every month and weekday name CLDR has (format and
 * stand-alone, wide and abbreviated) in the Gregorian calendar. What CLDR lacks comes from the
 * locale's data file (see {@link LocaleData.Dates}): case forms after prepositions (в среду, у
 * червні, w środę), inflected forms (Icelandic laugardaginn), compounds (Mittwochabend), the words
 * after a year (року, roku) and before one (in 2024).
 *
 * <p>A mention is a date (day and month, perhaps year and weekday), a month with a year, a month
 * alone, a year alone with a year word or lead-in, or a weekday alone. Words are matched with a
 * character trie ({@link DateLexicon}) and only where a date can start (a digit run of the right
 * length, or a word whose first letter starts a month or weekday name), so most of a text costs
 * one bit test per word; patterns are tried only at those places.
 */
public final class DateVocabulary {

  /** Which spelling of a month a text used; the order is the preference when a spelling is several. */
  public enum MonthKind { HOUSE, FORMAT, FORMAT_ABBR, NUMERIC, STANDALONE, STANDALONE_ABBR, CASE }

  private static final String[] TEXT_SKELETONS = {
    "yMMMMEEEEd", "yMMMMd", "MMMMEEEEd", "MMMMd", "yMMMEd", "yMMMd", "MMMEd", "MMMd", "yMMMM", "yMMM"};
  private static final String[] NUMERIC_SKELETONS = {"yMEd", "yMd", "MEd", "Md"};
  /** Scripts written without spaces between words: a name may stand inside a longer run of letters. */
  private static final Set<String> UNSPACED = Set.of("Hans", "Hant", "Jpan", "Hani", "Hira", "Kana", "Thai", "Laoo",
      "Khmr", "Mymr", "Tibt", "Kore");
  private static final int LIST_FORMAT_ABBR = 0;
  private static final int LIST_STANDALONE = 1;
  private static final int LIST_FORMAT = 2;
  /** Where a form comes from, for the lead-in rule: CLDR, a data list with lead-in words, one without. */
  static final int CLDR = 0;
  static final int LEAD_IN = 1;
  static final int NO_LEAD_IN = 2;

  private final Locale javaLocale;
  private final DateLexicon lexicon;
  private final List<DatePattern> fromNumber = new ArrayList<>();
  private final List<DatePattern> fromMonth = new ArrayList<>();
  private final List<DatePattern> fromWeekday = new ArrayList<>();
  /** A day of the month without month or year (ja 19日, 21日（金）), where CLDR writes a word after a day. */
  private final List<DatePattern> dayAlone = new ArrayList<>();
  /** The locale's own words that may follow a day written alone to make it a date (ja 、, 早朝). */
  private final List<String> dayAloneData;
  private final ULocale greg;
  /** Those and CLDR's day periods (朝, 午後), built on the first day written alone. */
  private volatile List<String> dayAloneBefore;
  private final String[] formatMonths;
  private final String[] abbrMonths;
  private final List<String> houseMonths;
  private final List<List<String>> weekdayLists = new ArrayList<>();
  private final boolean lowercaseNames;
  private final boolean needsLeadIn;
  private final boolean abbreviationsAlone;
  private final boolean titleCase;
  private final List<String> compounds;
  private final String[] joiners;
  private final List<String> notAfter;
  private final List<String> forbiddenSuffixes;
  private final String[] allSuffixes;
  private final String[] yearWords;
  private final Set<String> yearLeadIns;
  private final Set<String> monthLeadIns;
  private final String[] rangeConnectors;
  private final String[] dayJoiners;
  /** The first characters of those words: a place none of them can start is not tried word by word. */
  private final FirstChars suffixStarts;
  private final FirstChars connectorStarts;
  private final FirstChars dayJoinerStarts;
  private final FirstChars yearWordStarts;
  private final boolean spaced;
  private final String cldrYearWord;
  /** Characters that may follow a day or month number (after spaces) in some date of this locale. */
  private final java.util.BitSet afterDay = new java.util.BitSet(1 << 16);
  private final List<String> dataYearWords;

  DateVocabulary(LocaleData data) {
    ULocale loc = data.locale();
    ULocale greg = gregorian(loc);
    this.greg = greg;
    this.javaLocale = loc.toLocale();
    LocaleData.Dates d = data.dates();
    String script = IcuAnswers.likelyScript(loc);
    this.spaced = !UNSPACED.contains(script);
    this.lexicon = new DateLexicon(spaced);
    formatMonths = IcuAnswers.months(greg, DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    abbrMonths = IcuAnswers.months(greg, DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED);
    houseMonths = d.monthsWithDay();
    lowercaseNames = formatMonths[0].equals(formatMonths[0].toLowerCase(javaLocale));
    needsLeadIn = d.weekdayNeedsLeadIn();
    abbreviationsAlone = d.weekdayAbbreviationsAlone();
    titleCase = d.titleCase();
    compounds = longestFirst(fold(d.weekdayCompounds()));
    joiners = longestFirst(fold(d.weekdayJoiners())).toArray(String[]::new);
    notAfter = longestFirst(fold(d.weekdayNotAfter()));
    forbiddenSuffixes = longestFirst(fold(d.dayOrdinalSuffixes()));
    List<String> suffixes = new ArrayList<>(forbiddenSuffixes);
    suffixes.addAll(fold(d.daySuffixes()));
    allSuffixes = longestFirst(suffixes).toArray(String[]::new);
    Set<String> ambiguous = new HashSet<>();
    for (String a : d.ambiguous()) {
      ambiguous.add(key(a));
    }

    // weekday form lists, for suggestions: CLDR's, then each case list of the data
    weekdayLists.add(names(IcuAnswers.weekdays(greg, DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED)));
    weekdayLists.add(names(IcuAnswers.weekdays(greg, DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)));
    weekdayLists.add(names(IcuAnswers.weekdays(greg, DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE)));
    List<ULocale> variants = variants(loc);
    for (ULocale v : variants) {
      ULocale s = v.equals(loc) ? greg : gregorian(v);
      addMonths(IcuAnswers.months(s, DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE), MonthKind.FORMAT, false, ambiguous);
      addMonths(IcuAnswers.months(s, DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED), MonthKind.FORMAT_ABBR, true,
          ambiguous);
      addMonths(IcuAnswers.months(s, DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE), MonthKind.STANDALONE, false,
          ambiguous);
      addMonths(IcuAnswers.months(s, DateFormatSymbols.STANDALONE, DateFormatSymbols.ABBREVIATED), MonthKind.STANDALONE_ABBR,
          true, ambiguous);
      addWeekdays(IcuAnswers.weekdays(s, DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE), false, Set.of(), LIST_FORMAT,
          ambiguous);
      addWeekdays(IcuAnswers.weekdays(s, DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE), false, Set.of(),
          LIST_STANDALONE, ambiguous);
      addWeekdays(IcuAnswers.weekdays(s, DateFormatSymbols.FORMAT, DateFormatSymbols.ABBREVIATED), true, Set.of(),
          LIST_FORMAT_ABBR, ambiguous);
      addWeekdays(IcuAnswers.weekdays(s, DateFormatSymbols.STANDALONE, DateFormatSymbols.ABBREVIATED), true, Set.of(),
          LIST_FORMAT_ABBR, ambiguous);
    }
    if (!houseMonths.isEmpty()) {
      addMonths(houseMonths.toArray(String[]::new), MonthKind.HOUSE, false, ambiguous);
    }
    if (!d.monthsPrepositional().isEmpty()) {
      addMonths(d.monthsPrepositional().toArray(String[]::new), MonthKind.CASE, false, ambiguous);
    }
    List<List<String>> monthForms = new ArrayList<>();
    monthForms.add(Arrays.asList(formatMonths).subList(0, 12));
    monthForms.add(Arrays.asList(IcuAnswers.months(greg, DateFormatSymbols.STANDALONE, DateFormatSymbols.WIDE)).subList(0, 12));
    for (LocaleData.MonthCase c : d.monthCases()) {
      Set<String> after = new HashSet<>(fold(c.after()).stream().map(DateVocabulary::key).toList());
      for (int m = 0; m < 12; m++) {
        for (String form : c.forms().get(m).split("\\|")) {
          if (!form.isBlank()) {
            lexicon.add(form, new DateLexicon.Sym(true, m + 1, MonthKind.CASE, false, ambiguous.contains(key(form)),
                Set.copyOf(after), -1, after.isEmpty() ? NO_LEAD_IN : LEAD_IN));
          }
        }
      }
      monthForms.add(c.forms());
    }
    for (LocaleData.WeekdayCase c : d.weekdayCases()) {
      Set<String> after = new HashSet<>(fold(c.after()).stream().map(DateVocabulary::key).toList());
      // a list of plain forms serves suggestions (в среду → в пятницу); one with stems or alternatives does not
      boolean plain = c.forms().stream().noneMatch(f -> f.contains("*") || f.contains("|") || f.isBlank());
      int list = -1;
      if (plain) {
        String[] forms = new String[8];
        forms[0] = "";
        for (int i = 0; i < 7; i++) {
          forms[i + 1] = c.forms().get(i);
        }
        weekdayLists.add(names(forms));
        list = weekdayLists.size() - 1;
      }
      for (int w = 1; w <= 7; w++) {
        for (String form : c.forms().get(w - 1).split("\\|")) {
          if (!form.isBlank()) {
            lexicon.add(form, new DateLexicon.Sym(false, w, null, false, ambiguous.contains(key(form)), Set.copyOf(after), list,
                after.isEmpty() ? NO_LEAD_IN : LEAD_IN));
          }
        }
      }
    }
    // inflection by ending (Icelandic laugardagur → laugardag, laugardags, laugardaginn …)
    List<List<String>> weekdayBases = List.copyOf(weekdayLists.subList(LIST_STANDALONE, weekdayLists.size()));
    d.endings().forEach((ending, replacements) -> {
      String e = key(ending);
      for (String r : replacements) {
        for (List<String> base : weekdayBases) {
          String[] forms = new String[8];
          forms[0] = "";
          boolean any = false;
          for (int i = 0; i < 7; i++) {
            String b = base.get(i);
            any |= key(b).endsWith(e);
            forms[i + 1] = key(b).endsWith(e) ? b.substring(0, b.length() - e.length()) + r : b;
          }
          if (any) {
            weekdayLists.add(names(forms));
            addWeekdays(forms, false, Set.of(), weekdayLists.size() - 1, ambiguous);
          }
        }
        for (List<String> base : monthForms) {
          for (int m = 0; m < 12; m++) {
            String b = base.get(m);
            if (key(b).endsWith(e)) {
              lexicon.add(b.substring(0, b.length() - e.length()) + r, new DateLexicon.Sym(true, m + 1, MonthKind.CASE,
                  false, ambiguous.contains(key(b)), Set.of(), -1, NO_LEAD_IN));
            }
          }
        }
      }
    });
    lexicon.freeze();

    // the words around dates
    // the patterns from ICU's pattern generator, through IcuAnswers: building one reads and
    // indexes all of a locale's date patterns, tens of milliseconds of a cold run per locale
    String tail = yearLiteral(IcuAnswers.bestPattern(greg, "yMMMMd"));
    cldrYearWord = tail != null ? tail : yearLiteral(IcuAnswers.bestPattern(greg, "y"));
    dataYearWords = fold(d.yearWords());
    Set<String> yw = new LinkedHashSet<>(dataYearWords);
    if (cldrYearWord != null) {
      yw.add(cldrYearWord);
    }
    yearWords = longestFirst(new ArrayList<>(yw)).toArray(String[]::new);
    yearLeadIns = keys(d.yearLeadIns());
    monthLeadIns = keys(d.monthLeadIns());
    List<String> connectors = new ArrayList<>(conjunctions(loc));
    String interval = intervalWord(greg);
    if (interval != null) {
      connectors.add(interval); // fa "۱۸ تا ۱۹", es_CO "18 a 19": CLDR's interval format for two days
    }
    connectors.addAll(d.rangeWords().stream().map(DateVocabulary::key).toList());
    rangeConnectors = longestFirst(connectors).toArray(String[]::new);
    dayJoiners = longestFirst(d.dayJoiners().stream().map(DateVocabulary::key).toList()).toArray(String[]::new);
    suffixStarts = new FirstChars(allSuffixes);
    connectorStarts = new FirstChars(rangeConnectors);
    dayJoinerStarts = new FirstChars(dayJoiners);
    yearWordStarts = new FirstChars(yearWords);

    // the patterns: text shapes from the language's varieties, numeric ones from the locale only
    boolean decimalIsDot = data.numbers().decimal() == '.';
    Map<String, DatePattern> patterns = new LinkedHashMap<>();
    for (ULocale v : variants) {
      ULocale g = v.equals(loc) ? greg : gregorian(v);
      for (String skeleton : TEXT_SKELETONS) {
        add(patterns, IcuAnswers.bestPattern(g, skeleton), decimalIsDot);
      }
    }
    for (String skeleton : NUMERIC_SKELETONS) {
      add(patterns, IcuAnswers.bestPattern(greg, skeleton), decimalIsDot);
    }
    // a day alone (ja "d日", "d日(EEE)"; ko "d일"): only where CLDR writes the day with a word of its own
    Map<String, DatePattern> days = new LinkedHashMap<>();
    for (String skeleton : new String[] {"Ed", "d"}) {
      DatePattern p = DatePattern.compile(IcuAnswers.bestPattern(greg, skeleton), decimalIsDot, true);
      if (p != null) {
        days.putIfAbsent(p.signature(), p);
      }
    }
    dayAlone.addAll(days.values());
    dayAloneData = d.dayAloneBefore();
    // what may follow a day or month number (spaces skipped): a month word, a suffix, a connector, a literal, a mark
    afterDay.or(lexicon.starts());
    for (String w : allSuffixes) {
      markFirst(w);
    }
    for (String w : rangeConnectors) {
      markFirst(w);
    }
    for (String w : dayJoiners) {
      markFirst(w);
    }
    for (String w : yearWords) {
      markFirst(w);
    }
    for (char c : ".,/-‐‑–—~～()（）:'’\u200E\u200F\u061C".toCharArray()) {
      afterDay.set(c);
    }
    for (char c : RANGE_MARKS.toCharArray()) {
      afterDay.set(c);
    }
    for (DatePattern p : patterns.values()) {
      p.literals().forEach(this::markFirst);
    }
    for (DatePattern p : dayAlone) {
      p.literals().forEach(this::markFirst);
    }
    for (DatePattern p : patterns.values()) {
      switch (p.first()) {
        case MONTH_TEXT -> fromMonth.add(p);
        case WEEKDAY -> fromWeekday.add(p);
        case DAY, MONTH_NUM, YEAR -> fromNumber.add(p);
        default -> { } // a pattern starting with a literal is not tried
      }
    }
  }

  private static void add(Map<String, DatePattern> into, String pattern, boolean decimalIsDot) {
    DatePattern p = DatePattern.compile(pattern, decimalIsDot);
    if (p != null) {
      into.putIfAbsent(p.signature(), p);
    }
  }

  /**
   * The words that show a day written alone is a day of the month: CLDR's day periods of the locale
   * (the am/pm markers and the flexible periods: ja 午前, 午後, 朝, 夜; zh 上午, 晚上), formatted for
   * every hour, and the locale's own words ({@code dates.dayAloneBefore}: ja 、, 早朝, 未明).
   */
  private static List<String> dayAloneWords(ULocale greg, List<String> data) {
    Set<String> out = new LinkedHashSet<>(fold(data));
    com.ibm.icu.util.GregorianCalendar cal = new com.ibm.icu.util.GregorianCalendar(com.ibm.icu.util.TimeZone.GMT_ZONE, greg);
    for (String pattern : new String[] {"a", "B", "BBBB"}) {
      com.ibm.icu.text.SimpleDateFormat f = new com.ibm.icu.text.SimpleDateFormat(pattern, greg);
      f.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
      for (int h = 0; h < 24; h++) {
        cal.clear();
        cal.set(2024, 0, 1, h, 0);
        String w = Text.fold(f.format(cal.getTime())).strip();
        if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
          out.add(w);
        }
      }
    }
    return new ArrayList<>(out);
  }

  static ULocale gregorian(ULocale l) {
    return l.setKeywordValue("calendar", "gregorian");
  }

  /**
   * The locale, its fallback chain, and its language's world variety where CLDR has one (en_001,
   * es_419 for Spanish), in the same script: the varieties whose text a story in this locale may
   * follow (a British "19 June 2024" in an "en" story).
   */
  private static List<ULocale> variants(ULocale loc) {
    List<ULocale> out = new ArrayList<>();
    for (ULocale l = loc; l != null && !l.getBaseName().isEmpty(); l = l.getFallback()) {
      out.add(l);
    }
    if (out.isEmpty()) {
      out.add(loc);
    }
    if (loc.getLanguage().isEmpty()) {
      return out;
    }
    String script = IcuAnswers.likelyScript(loc);
    for (String region : List.of("001", "419")) {
      ULocale v = new ULocale(loc.getLanguage() + "_" + region);
      // CLDR has the variety when ICU finds data under its own name (ru_001 falls back to ru)
      String actual = IcuAnswers.symbolsLocale(gregorian(v));
      if (actual != null && actual.equals(v.getBaseName()) && !out.contains(v)
          && IcuAnswers.likelyScript(v).equals(script)) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The word CLDR's interval format writes between the two days of a range of days (fa تا, es_CO
   * "a"), or null where it writes a dash or a tilde, which every locale reads.
   */
  private static String intervalWord(ULocale greg) {
    try {
      // the interval pattern's first part is the day pattern and what stands before the second day:
      // "d.–" (de), "d日～" (ja), "d تا " (fa)
      String first = IcuAnswers.dayIntervalFirstPart(greg);
      String day = IcuAnswers.bestPattern(greg, "d");
      if (first == null || !first.startsWith(day)) {
        return null;
      }
      String between = Text.fold(first.substring(day.length()).replace("'", "").replace(".", "")).strip();
      return !between.isEmpty() && Character.isLetter(between.charAt(0)) ? key(between) : null;
    } catch (RuntimeException e) {
      return null; // no interval data: dashes and the list words still read ranges
    }
  }

  /** The words "and" and "or" between two items of a list in this locale (18 и 19 июня, 18. und 19. Juni). */
  private static List<String> conjunctions(ULocale loc) {
    Set<String> out = new LinkedHashSet<>();
    for (ListFormatter.Type t : List.of(ListFormatter.Type.AND, ListFormatter.Type.OR)) {
      String two = IcuAnswers.listOfTwo(loc, t);
      if (two != null) {
        int a = two.indexOf('1');
        int b = two.indexOf('2');
        if (a >= 0 && b > a) {
          String between = Text.fold(two.substring(a + 1, b)).strip();
          if (!between.isEmpty() && Character.isLetter(between.charAt(0))) {
            out.add(key(between));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The letters CLDR writes after a year at the end of a pattern ("d MMMM y 'г'." → г., "y年" →
   * 年), or null when the year is not followed only by a literal.
   */
  static String yearLiteral(String pattern) {
    int y = pattern.lastIndexOf('y');
    if (y < 0) {
      return null;
    }
    StringBuilder tail = new StringBuilder();
    boolean quoted = false;
    for (int i = y + 1; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return null;
      } else {
        tail.append(c);
      }
    }
    String t = Text.fold(tail.toString()).strip();
    return t.isEmpty() || !Character.isLetter(t.charAt(0)) ? null : t;
  }

  private void addMonths(String[] forms, MonthKind kind, boolean abbreviation, Set<String> ambiguous) {
    for (int m = 0; m < forms.length && m < 12; m++) {
      if (forms[m] == null || forms[m].isBlank()) {
        continue;
      }
      // 7月 (Chinese abbreviated) is as plain as 七月: a form with a digit is no abbreviation of a word
      boolean abbr = abbreviation && !forms[m].equals(formatMonths[m]) && forms[m].chars().noneMatch(Character::isDigit);
      lexicon.add(forms[m], new DateLexicon.Sym(true, m + 1, kind, abbr || (kind == MonthKind.HOUSE && forms[m].endsWith(".")),
          ambiguous.contains(key(forms[m])), Set.of(), -1, CLDR));
    }
  }

  private void addWeekdays(String[] forms, boolean abbreviation, Set<String> leadIns, int list, Set<String> ambiguous) {
    for (int w = 1; w <= 7 && w < forms.length; w++) {
      if (forms[w] == null || forms[w].isBlank()) {
        continue;
      }
      lexicon.add(forms[w], new DateLexicon.Sym(false, w, null, abbreviation, ambiguous.contains(key(forms[w])),
          Set.copyOf(leadIns), list, leadIns.isEmpty() ? CLDR : LEAD_IN));
    }
  }

  private static List<String> names(String[] icuWeekdays) {
    return List.of(Arrays.copyOfRange(icuWeekdays, 1, 8));
  }

  /** Folded, lower-cased as the lexicon keys are (character by character). */
  static String key(String s) {
    String f = Text.fold(s.strip());
    StringBuilder b = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      b.append(DateLexicon.key(f.charAt(i)));
    }
    return b.toString();
  }

  private static List<String> fold(List<String> words) {
    return words.stream().map(w -> Text.fold(w.strip())).filter(w -> !w.isEmpty()).toList();
  }

  private static Set<String> keys(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (!w.isBlank()) {
        out.add(key(w));
      }
    }
    return Set.copyOf(out);
  }

  private static List<String> longestFirst(List<String> words) {
    List<String> l = new ArrayList<>(new LinkedHashSet<>(words));
    l.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(l);
  }

  // ---------------------------------------------------------------- finding

  /**
   * Every date, month, year and weekday mention in {@code text} (its folded form), in text order.
   *
   * <p>Only places where a date can start are tried: in a spaced script, the text's tokens (a
   * word start: one bit test of its first letter) and the digit runs between them; in Chinese,
   * Japanese or Thai every character (one bit test). A digit run is tried only when it has the
   * length of a day, month or year and what follows it can continue a date.
   */
  public List<DateMention> find(Text text) {
    return find(text, true);
  }

  /** {@link #find(Text)}; {@code memo}: whether the patterns share what they read after a day (false for tests). */
  List<DateMention> find(Text text, boolean memo) {
    String s = text.folded();
    Scan scan = new Scan(text, s, memo);
    if (spaced) {
      Token[] tokens = text.tokenArray(); // the array: no call through the list's view per token
      // the gaps between words are read from the text's chars: String.charAt tests the coder too
      char[] chars = scan.chars;
      int gap = 0;
      for (Token word : tokens) {
        int i = word.start();
        if (i > gap) {
          digits(scan, chars, gap, i);
        }
        gap = word.end();
        if (i >= scan.covered && lexicon.mayStart(word.charAt(0)) && (i == 0 || !Text.digit(chars[i - 1]))) {
          word(scan, i);
        }
      }
      digits(scan, chars, gap, chars.length);
    } else {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (i < scan.covered) {
          continue;
        }
        if (Text.digit(c)) {
          i = number(scan, i);
        } else if (lexicon.mayStart(c)) {
          word(scan, i);
        }
      }
    }
    return scan.out == null ? List.of() : List.copyOf(scan.out);
  }

  /** The state of one {@link #find}: the mentions so far and where the last one ends. */
  private static final class Scan {
    final Text text;
    final String s;
    /** The chars of {@code s} (the text's {@link Text#foldedChars}), for the lexicon's walks. */
    final char[] chars;
    List<DateMention> out;
    int covered;
    final boolean memo;
    DatePattern.Found f;
    DatePattern.Found best;

    Scan(Text text, String s, boolean memo) {
      this.text = text;
      this.s = s;
      this.chars = text.foldedChars();
      this.memo = memo;
    }

    DatePattern.Found f() {
      if (f == null) {
        f = new DatePattern.Found(memo, chars);
        best = new DatePattern.Found();
      }
      return f;
    }

    void add(DateMention m, DateMention first) {
      if (out == null) {
        out = new ArrayList<>();
      }
      if (first != null && (out.isEmpty() || out.get(out.size() - 1).end() <= first.start())) {
        out.add(first);
      }
      out.add(m);
      covered = m.end();
    }
  }

  /** Tries a date at each digit run that starts in [from, to) and after the last date found (between two words). */
  private void digits(Scan scan, char[] chars, int from, int to) {
    for (int i = Math.max(from, scan.covered); i < to; i++) {
      if (Text.digit(chars[i])) {
        i = number(scan, i);
      }
    }
  }

  /** Tries a date at the digit run starting at {@code i}; the position to go on from (minus one). */
  private int number(Scan scan, int i) {
    String s = scan.s;
    char[] c = scan.chars;
    int n = c.length;
    if (i > 0) {
      char p = c[i - 1];
      if (Text.digit(p) || (spaced && Text.letter(p))
          || (i > 1 && (p == ':' || p == '/' || p == '.' || p == ',') && Text.digit(c[i - 2]))) {
        return i; // inside a number, a score or a word (A320, 1.19, 8:7)
      }
    }
    int e = i;
    int value = 0; // of a run of up to four digits, all that is read further
    char d;
    while (e < n && Text.digit(d = c[e])) {
      value = value * 10 + DatePattern.value(d);
      e++;
    }
    int length = e - i;
    if (length == 3 || length > 4 || (length < 4 && !mayFollowDay(c, e))) {
      return e - 1; // no day, month or year has this shape or is followed so
    }
    DateLexicon.Match word = lexicon.mayStart(c[i]) ? lexicon.match(s, c, i, compounds) : null;
    DateMention m = longest(fromNumber, s, i, word, scan, length, value);
    if (m == null && !dayAlone.isEmpty() && length <= 2) {
      m = dayAlone(s, i, scan);
    }
    if (m == null && word != null) {
      m = longest(fromMonth, s, i, word, scan, 0, 0); // ja/zh/ko months are words that start with a digit (7月)
      if (m == null) {
        m = alone(scan.text, s, i, word);
      }
    }
    if (m == null && length == 4) {
      m = yearAlone(s, i);
    }
    if (m == null) {
      return e - 1;
    }
    scan.add(m, m.monthAlone() ? monthRangeStart(s, m) : null);
    return m.end() - 1;
  }

  /** Tries a date at the word starting at {@code i}, whose first character {@link DateLexicon#mayStart}. */
  private void word(Scan scan, int i) {
    String s = scan.s;
    DateLexicon.Match word = lexicon.matchStarted(s, scan.chars, i, compounds);
    if (word == null) {
      return;
    }
    DateMention m = null;
    if (word.month() != null && word.compoundEnd() < 0) {
      m = longest(fromMonth, s, i, word, scan, 0, 0);
    }
    if (m == null && word.weekday() != null && word.compoundEnd() < 0) {
      m = longest(fromWeekday, s, i, word, scan, 0, 0);
    }
    if (m == null) {
      m = alone(scan.text, s, i, word);
    }
    if (m != null) {
      scan.add(m, m.monthAlone() ? monthRangeStart(s, m) : null);
    }
  }

  /** Whether the text after a day-sized number (spaces skipped) can go on as a date: a month word, a literal, a mark. */
  private boolean mayFollowDay(char[] s, int e) {
    int q = DatePattern.skipSpaces(s, e);
    return q < s.length && afterDay.get(s[q]);
  }

  /**
   * The longest match at {@code i} of {@code patterns}; with {@code length} > 0, the patterns start
   * with a number and the digit run at {@code i} has that length and {@code value}: a pattern whose
   * first field cannot read it ({@link DatePattern#firstReads}) is not tried.
   */
  private DateMention longest(List<DatePattern> patterns, String s, int i, DateLexicon.Match word, Scan scan, int length,
      int value) {
    DatePattern.Found f = scan.f();
    DatePattern.Found best = scan.best;
    boolean found = false;
    for (int k = 0, np = patterns.size(); k < np; k++) {
      DatePattern p = patterns.get(k);
      if ((length == 0 || p.firstReads(length, value)) && p.match(s, i, this, word, f) && (!found || f.end > best.end)) {
        best.copyFrom(f);
        found = true;
      }
    }
    if (!found) {
      return null;
    }
    boolean sure = best.sure;
    if (lowercaseNames && best.day == 0 && best.monthStart >= 0 && best.monthKind != MonthKind.NUMERIC
        && Character.isUpperCase(s.charAt(best.monthStart)) && !scan.text.sentenceStart(best.monthStart)) {
      sure = false; // a capital mid-sentence where months are lower case: a name (the Mars 2020 mission), not March
    }
    return new DateMention(i, best.end, best.day, best.dayTo, best.month, best.year, best.weekday, best.monthStart,
        best.monthEnd, best.monthKind, best.ordinalStart, best.ordinalEnd, best.weekdayStart, best.weekdayEnd,
        best.weekdayList, best.yearStart, best.yearEnd, sure);
  }

  /**
   * A day of the month written alone (ja 19日), which Japanese, Chinese and Korean news write for a
   * day of the current month: a date only with its weekday (21日（金）), as a range (18日から19日),
   * or followed by a day period or one of the locale's words (19日早朝, 20日、); else, like 2日間
   * (two days), it is a number.
   */
  private DateMention dayAlone(String s, int i, Scan scan) {
    DateMention m = longest(dayAlone, s, i, null, scan, 0, 0);
    if (m == null || m.hasMonth()) {
      return m;
    }
    if (m.hasWeekday() || m.dayTo() > 0) {
      return m;
    }
    int q = DatePattern.skipSpaces(s, m.end());
    List<String> words = dayAloneBefore;
    if (words == null) {
      words = longestFirst(dayAloneWords(greg, dayAloneData));
      dayAloneBefore = words; // the same list whichever thread builds it
    }
    for (String w : words) {
      if (Text.matchesAt(s, q, w)) {
        return m;
      }
    }
    return null;
  }

  /** A month or weekday standing alone, where the locale's rules let it count. */
  private DateMention alone(Text text, String s, int i, DateLexicon.Match w) {
    boolean sentenceStart = w.capitalised() && lowercaseNames && text.sentenceStart(i);
    boolean caseOk = lowercaseNames ? !w.capitalised() || sentenceStart : w.capitalised();
    if (!caseOk) {
      return null;
    }
    // a weekday: wide forms (or abbreviations where they stand alone), after a lead-in where needed
    for (DateLexicon.Sym sym : w.syms()) {
      if (!sym.weekday() || (sym.abbreviation() && !abbreviationsAlone)) {
        continue;
      }
      // where a lone weekday needs a lead-in (ru среда is also "environment"), CLDR's forms never stand
      // alone, case forms need one of their lead-ins, and data forms without lead-ins (adjectives) need none
      if (needsLeadIn && (sym.origin() == CLDR || (sym.origin() == LEAD_IN && !precededBy(s, i, sym.leadIns())))
          && !coordinated(s, text.foldedChars(), i)) {
        continue;
      }
      if (!notAfter.isEmpty() && endsBefore(s, i, notAfter)) {
        return null;
      }
      DateLexicon.Sym best = needsLeadIn ? sym : weekdaySym(s, w);
      return DateMention.weekday(i, w.end(), best.value(), w.wordEnd(), best.list(),
          !sym.ambiguous() && !inTitle(text, s, i, w.end()));
    }
    if (w.compoundEnd() >= 0) {
      return null;
    }
    // a month: a full name, in the locale's case, after a lead-in where the locale asks for one
    DateLexicon.Sym month = null;
    boolean standalone = false;
    for (DateLexicon.Sym sym : w.syms()) {
      if (!sym.month() || sym.abbreviation() || sym.kind() == MonthKind.HOUSE && sym.abbreviation()) {
        continue;
      }
      if (!sym.leadIns().isEmpty() && !precededBy(s, i, sym.leadIns())) {
        continue;
      }
      standalone |= sym.kind() != MonthKind.FORMAT && sym.kind() != MonthKind.FORMAT_ABBR;
      if (month == null || sym.kind().ordinal() < month.kind().ordinal()) {
        month = sym;
      }
    }
    if (month == null || (sentenceStart && !standalone)) {
      return null; // "Марта и Мая пришли": a genitive without a day starting a sentence is a name
    }
    // without a lead-in where the locale wants one, a month is a guess (May, August are names too):
    // it may confirm a month of the other side, never contradict one
    boolean led = monthLeadIns.isEmpty() || !month.leadIns().isEmpty() || precededBy(s, i, monthLeadIns);
    return DateMention.month(i, w.end(), month.value(), month.kind(), w.end(),
        led && !month.ambiguous() && !inTitle(text, s, i, w.end()));
  }

  /**
   * Whether a capitalised name at [start, end) stands next to another capitalised word, not at a
   * sentence start, in a language that capitalises titles: Fox News Sunday, The Sunday Times.
   */
  private boolean inTitle(Text text, String s, int start, int end) {
    if (!titleCase) {
      return false;
    }
    int p = start;
    while (p > 0 && s.charAt(p - 1) == ' ') {
      p--;
    }
    if (p < start && p > 0 && Character.isLetter(s.charAt(p - 1))) {
      int b = p;
      while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
        b--;
      }
      if (Character.isUpperCase(s.charAt(b)) && !text.sentenceStart(b)) {
        return true;
      }
    }
    int q = end;
    while (q < s.length() && s.charAt(q) == ' ') {
      q++;
    }
    if (q > end && q < s.length() && Character.isUpperCase(s.charAt(q))) {
      DateLexicon.Match next = lexicon.match(s, text.foldedChars(), q, compounds);
      return next == null; // Sunday July 26 is a date; Sunday Times a name
    }
    return false;
  }

  /**
   * The first month of a range written with one month word (Japanese and Chinese 1～6月,
   * Korean 1~6월): a month number, a range mark, then the numeric month word {@code m}; or null.
   */
  private DateMention monthRangeStart(String s, DateMention m) {
    if (m.monthStart() < 0 || !Character.isDigit(s.charAt(m.monthStart()))) {
      return null;
    }
    int i = DatePattern.skipBack(s, m.start());
    if (i <= 0 || RANGE_MARKS.indexOf(s.charAt(i - 1)) < 0) {
      return null;
    }
    int e = DatePattern.skipBack(s, i - 1);
    int b = e;
    while (b > 0 && Character.isDigit(s.charAt(b - 1))) {
      b--;
    }
    if (e - b < 1 || e - b > 2 || (b > 0 && (Character.isLetterOrDigit(s.charAt(b - 1)) && spaced))) {
      return null;
    }
    int month = DatePattern.number(s, b, 1, 2);
    if (month < 1 || month >= m.month()) {
      return null;
    }
    return DateMention.month(b, e, month, MonthKind.NUMERIC, e, m.sure());
  }

  /** Marks that join the two ends of a range: dashes, tildes, wave dashes, Chinese 至 and 到. */
  static final String RANGE_MARKS = "-‐‑–—~～〜至到";

  /** A year standing alone: four digits with a year word after them or a lead-in before them. */
  private DateMention yearAlone(String s, int i) {
    int y = DatePattern.number(s, i, 4, 4);
    if (y < 1000 || y > 2199) {
      return null;
    }
    int e = i + 4;
    int n = s.length();
    if (e < n) {
      char c = s.charAt(e);
      if (c == '%' || Character.isDigit(c) || (spaced && Character.isLetter(c))
          || ((c == '.' || c == ',' || c == '/' || c == '-' || c == '–') && e + 1 < n
              && (Character.isLetterOrDigit(s.charAt(e + 1))))) {
        return null; // 2024%, 2024.5, 2025-м, 2019/20
      }
    }
    int after = yearWord(s, e, null);
    if (after > e) {
      return DateMention.year(i, after, y, i, e);
    }
    if (!yearLeadIns.isEmpty() && precededBy(s, i, yearLeadIns)) {
      return DateMention.year(i, e, y, i, e);
    }
    return null;
  }

  /** Whether the word (or the two words) before {@code pos} is one of {@code words} (keys). */
  private boolean precededBy(String s, int pos, Set<String> words) {
    int i = pos - 1;
    while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '-' || s.charAt(i) == '‐')) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\'')) {
      i--;
    }
    if (end <= i + 1) {
      return false;
    }
    String w1 = key(s.substring(i + 1, end));
    if (words.contains(w1)) {
      return true;
    }
    if (!spaced) {
      for (String w : words) {
        if (w1.endsWith(w)) {
          return true; // 在2020年: lead-ins are not separated by spaces
        }
      }
    }
    int j = i;
    while (j >= 0 && s.charAt(j) == ' ') {
      j--;
    }
    int end2 = j + 1;
    while (j >= 0 && Character.isLetter(s.charAt(j))) {
      j--;
    }
    return end2 > j + 1 && end2 < i + 1 && words.contains(key(s.substring(j + 1, end2)) + " " + w1);
  }

  /**
   * Whether the word at {@code pos} follows "and"/"or" after another weekday (во вторник и среду):
   * coordinated weekdays share their lead-in.
   */
  private boolean coordinated(String s, char[] chars, int pos) {
    int e = DatePattern.skipBack(s, pos);
    int b = e;
    while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
      b--;
    }
    if (b == e || b == pos || !Arrays.asList(rangeConnectors).contains(key(s.substring(b, e)))) {
      return false;
    }
    int e2 = DatePattern.skipBack(s, b);
    if (e2 > 0 && s.charAt(e2 - 1) == ',') {
      e2 = DatePattern.skipBack(s, e2 - 1);
    }
    int b2 = e2;
    while (b2 > 0 && (Character.isLetter(s.charAt(b2 - 1)) || s.charAt(b2 - 1) == '\'')) {
      b2--;
    }
    if (b2 == e2) {
      return false;
    }
    DateLexicon.Match before = lexicon.match(s, chars, b2, compounds);
    return before != null && before.wordEnd() == e2 && before.weekday() != null;
  }

  /** Whether the text before {@code pos} (spaces skipped) ends with one of {@code words}. */
  private static boolean endsBefore(String s, int pos, List<String> words) {
    int e = pos;
    while (e > 0 && s.charAt(e - 1) == ' ') {
      e--;
    }
    for (String w : words) {
      if (e >= w.length() && Text.matchesAt(s, e - w.length(), w)) {
        return true;
      }
    }
    return false;
  }

  /** Marks the first character of {@code w}, in every case, as one that may follow a day. */
  private void markFirst(String w) {
    if (w == null || w.isEmpty()) {
      return;
    }
    char c = w.charAt(0);
    afterDay.set(c);
    afterDay.set(Character.toLowerCase(c));
    afterDay.set(Character.toUpperCase(c));
  }

  // ---------------------------------------------------------------- used by DatePattern

  /**
   * The reading of a weekday word to report: the case form whose lead-in stands before it (во
   * вторник: the accusative list, so that a suggestion reads "среду"), else the first.
   */
  DateLexicon.Sym weekdaySym(String s, DateLexicon.Match m) {
    DateLexicon.Sym first = null;
    for (DateLexicon.Sym sym : m.syms()) {
      if (!sym.weekday()) {
        continue;
      }
      if (first == null) {
        first = sym;
      }
      if (!sym.leadIns().isEmpty() && precededBy(s, m.start(), sym.leadIns())) {
        return sym;
      }
    }
    return first;
  }

  /** The lexicon of month and weekday words (for tests). */
  DateLexicon lexicon() {
    return lexicon;
  }

  /** The month or weekday word at {@code p} of {@code s}, whose chars are {@code chars}, or null. */
  DateLexicon.Match word(String s, char[] chars, int p) {
    return lexicon.match(s, chars, p, compounds);
  }

  /** After a day number: an ordinal ending (19th, 19-го, 1er), recorded in {@code f} when house style forbids it. */
  int daySuffix(String s, int p, DatePattern.Found f) {
    if (p >= s.length() || !suffixStarts.may(s.charAt(p))) {
      return p; // no suffix starts here (none is empty)
    }
    for (String suffix : allSuffixes) {
      int e = p + suffix.length();
      if (Text.matchesAt(s, p, suffix) && (e >= s.length() || !Text.letter(s.charAt(e)))) {
        if (forbiddenSuffixes.contains(suffix)) {
          f.ordinalStart = p;
          f.ordinalEnd = e;
        }
        return e;
      }
    }
    return p;
  }

  /**
   * After a day: "–19", "-19", " and 19", " bis 19" ending a range of days; the end of the range,
   * or {@code p}. {@code unit} is the literal that follows a day in the pattern (日, 일), which may
   * follow both days (9日至10日, 9日と10日).
   */
  int dayRange(String s, int p, int day, DatePattern.Found f, String unit) {
    int n = s.length();
    int q = p < n && s.charAt(p) == '.' ? p + 1 : p;
    q = DatePattern.skipSpaces(s, q);
    if (unit != null && Text.matchesAt(s, q, unit)) {
      q = DatePattern.skipSpaces(s, q + unit.length());
    }
    if (q >= n) {
      return p;
    }
    char c = s.charAt(q);
    if (RANGE_MARKS.indexOf(c) >= 0) {
      q = DatePattern.skipSpaces(s, q + 1);
    } else {
      if (!connectorStarts.may(c)) {
        return p;
      }
      boolean joined = false;
      for (String conj : rangeConnectors) {
        int e = q + conj.length();
        if (Text.matchesAt(s, q, conj) && e < n
            && (s.charAt(e) == ' ' || !spaced || Text.digit(s.charAt(e)))) {
          q = DatePattern.skipSpaces(s, e);
          joined = true;
          break;
        }
      }
      if (!joined) {
        return p;
      }
    }
    int d2 = DatePattern.number(s, q, 1, 2);
    if (d2 <= day || d2 > 31) {
      return p;
    }
    int e = q;
    while (e < n && Text.digit(s.charAt(e))) {
      e++;
    }
    if (e + 1 < n && (s.charAt(e) == '.' || s.charAt(e) == ',' || s.charAt(e) == ':') && Text.digit(s.charAt(e + 1))) {
      return p;
    }
    f.dayTo = d2;
    return daySuffix(s, e, f);
  }

  /** After a day: a word between it and the month (en "the 20th of July"); the position after it, or {@code p}. */
  int dayJoiner(String s, int p) {
    if (dayJoiners.length == 0) {
      return p;
    }
    int q = DatePattern.skipSpaces(s, p);
    if (q >= s.length() || !dayJoinerStarts.may(s.charAt(q))) {
      return p;
    }
    for (String j : dayJoiners) {
      int e = q + j.length();
      if (q > p && Text.matchesAt(s, q, j) && e < s.length() && s.charAt(e) == ' ') {
        return e;
      }
    }
    return p;
  }

  /** After a year: one of the locale's year words (года, р., roku, 年); the position after it, or {@code p}. */
  int yearWord(String s, int p, String cldrLiteral) {
    int q = DatePattern.skipSpaces(s, p);
    boolean mayStart = q < s.length() && yearWordStarts.may(s.charAt(q)); // else no year word starts here
    for (int k = 0; mayStart && k < yearWords.length; k++) {
      String w = yearWords[k];
      int e = q + w.length();
      if (Text.matchesAt(s, q, w)
          && (!spaced || e >= s.length() || !Character.isLetter(w.charAt(w.length() - 1)) || !Text.letter(s.charAt(e)))) {
        return e;
      }
    }
    if (cldrLiteral != null) {
      int e = q + cldrLiteral.length();
      if (Text.matchesAt(s, q, cldrLiteral)
          && (!spaced || e >= s.length() || !Text.letter(s.charAt(e)))) {
        return e;
      }
    }
    return p;
  }

  /** After a weekday: ", dem" / ", den" before the date (am Mittwoch, dem 19. Juni); the position after it, or {@code p}. */
  int joiner(String s, int p) {
    if (joiners.length == 0) {
      return p;
    }
    int q = DatePattern.skipSpaces(s, p);
    if (q < s.length() && s.charAt(q) == ',') {
      q = DatePattern.skipSpaces(s, q + 1);
    }
    for (String j : joiners) {
      int e = q + j.length();
      if (Text.matchesAt(s, q, j) && e < s.length() && s.charAt(e) == ' ') {
        return e;
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- for the checks and messages

  /** The month name used with a day in this locale's house style (AP "Sept."; CLDR "июня"). */
  public String monthWithDay(int month) {
    return houseMonths.isEmpty() ? formatMonths[month - 1] : houseMonths.get(month - 1);
  }

  /** The same weekday written from the same form list (в среду → в пятницу), for suggestions. */
  public String weekdayLike(int weekday, int list) {
    List<String> l = weekdayLists.get(list < 0 || list >= weekdayLists.size() ? LIST_FORMAT : list);
    return l.get(weekday - 1);
  }

  /** The plain name of a weekday (ICU FORMAT WIDE). */
  public String weekdayName(int weekday) {
    return weekdayLists.get(LIST_FORMAT).get(weekday - 1);
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

  /**
   * Whether the number at [start, end) of the folded text is marked as a year: one of the locale's
   * year words follows it (2024 года, 2024年) or a year lead-in precedes it (in 2024, im Jahr 2024).
   */
  boolean markedAsYear(String s, int start, int end) {
    return yearWord(s, end, null) > end || (!yearLeadIns.isEmpty() && precededBy(s, start, yearLeadIns));
  }

  /**
   * Whether the language writes a word with a year (года, року, roku, 年): there, four digits
   * without one are a count as often as a year.
   */
  boolean marksYears() {
    return yearWords.length > 0;
  }

  /** The year word CLDR writes after a year (ru г., uk р., ja 年), or null. */
  String cldrYearWord() {
    return cldrYearWord;
  }

  /** The first year word of the locale's data (года, року), or null: how prose writes a year in a date. */
  String proseYearWord() {
    return dataYearWords.stream().filter(w -> !w.endsWith(".")).findFirst().orElse(null);
  }
}
