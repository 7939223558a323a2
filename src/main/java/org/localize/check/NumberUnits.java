package org.localize.check;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The measure units a locale names after a number (80 feet, 25 Meter, 100 Hektar, 90 °F), from
 * CLDR's unit names through ICU, and the conversions between them: a translation that turns 250
 * acres into 100 hectares changed no number.
 *
 * <p>Built per locale on first use, which is rare: only when a number of the source and one of the
 * translation are left unmatched side by side.
 */
final class NumberUnits {

  /** Units news converts between, by ICU identifier. */
  static final List<String> UNITS = List.of(
      "foot", "inch", "yard", "mile", "nautical-mile", "meter", "kilometer", "centimeter", "millimeter",
      "acre", "hectare", "square-mile", "square-foot", "square-kilometer", "square-meter",
      "pound", "ounce", "stone", "ton", "kilogram", "gram", "tonne",
      "fahrenheit", "celsius", "degree",
      "gallon", "gallon-imperial", "liter", "barrel", "cubic-meter",
      "mile-per-hour", "kilometer-per-hour", "knot",
      "year", "month", "week", "day", "hour", "minute", "decade", "century", "fortnight");

  private static final Map<String, Object> CONVERTERS = new ConcurrentHashMap<>();

  private final Map<String, String> names = new HashMap<>();
  private int longestWords = 1;
  private int longestName = 1;
  private final List<String> beforeUnit;

  /**
   * The names of {@link #UNITS} in {@code locale}: full, short and narrow, for several plural forms,
   * and the full names in each grammatical case ICU knows for the locale.
   */
  @SuppressWarnings("deprecation") // unitDisplayCase: ICU's (stable in 78) case-inflected unit names
  NumberUnits(ULocale locale, List<String> beforeUnit) {
    List<String> gaps = new java.util.ArrayList<>();
    for (String w : beforeUnit) {
      String k = Text.fold(w).strip().toLowerCase(java.util.Locale.ROOT);
      if (!k.isEmpty()) {
        gaps.add(k);
      }
    }
    gaps.sort(java.util.Comparator.comparingInt(String::length).reversed());
    this.beforeUnit = List.copyOf(gaps);
    for (String id : UNITS) {
      MeasureUnit unit = MeasureUnit.forIdentifier(id);
      for (NumberFormatter.UnitWidth width : new NumberFormatter.UnitWidth[] {
          NumberFormatter.UnitWidth.FULL_NAME, NumberFormatter.UnitWidth.SHORT, NumberFormatter.UnitWidth.NARROW}) {
        LocalizedNumberFormatter f = NumberFormatter.withLocale(locale).unit(unit).unitWidth(width);
        List<String> inCases = new java.util.ArrayList<>();
        inCases.add("");
        if (width == NumberFormatter.UnitWidth.FULL_NAME) {
          inCases.addAll(NumberWords.CASES); // CLDR's case forms where the language has them (25 Metern, 80 футов)
        }
        for (String c : inCases) {
          LocalizedNumberFormatter fc = c.isEmpty() ? f : f.unitDisplayCase(c);
          for (double sample : c.isEmpty() ? new double[] {1, 2, 5, 1.5} : new double[] {1, 2, 5}) {
            add(strip(fc.format(sample).toString()), id);
          }
        }
      }
    }
  }

  /** The unit's name without the number: "5 feet" → "feet", "90 °F" → "°f". */
  private static String strip(String formatted) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < formatted.length(); i++) {
      char c = formatted.charAt(i);
      if (Character.isDigit(c) || ((c == ',' || c == '.') && i + 1 < formatted.length()
          && Character.isDigit(formatted.charAt(i + 1)) && i > 0 && Character.isDigit(formatted.charAt(i - 1)))) {
        continue;
      }
      b.append(c);
    }
    return Text.fold(b.toString()).trim().replaceAll(" +", " ");
  }

  private void add(String name, String id) {
    if (name.isEmpty()) {
      return;
    }
    String key = name.toLowerCase(java.util.Locale.ROOT);
    names.putIfAbsent(key, id);
    longestWords = Math.max(longestWords, key.split(" ").length);
    longestName = Math.max(longestName, key.length());
  }

  /**
   * The unit named after the number that ends at {@code end} of the folded text {@code s}, or null.
   * A hyphen may join it (27-foot), and a range may come between (5-10 acres, 2 bis 4 Hektar).
   */
  String unitAfter(String s, int end) {
    int i = skipRange(s, end);
    if (i < s.length() && s.charAt(i) == '-') {
      i++;
    }
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    // a word that may stand between a number and its unit: два с лишним десятилетия
    for (String gap : beforeUnit) {
      int e = i + gap.length();
      if (Text.matchesAt(s, i, gap) && e < s.length() && s.charAt(e) == ' ') {
        i = e;
        while (i < s.length() && s.charAt(i) == ' ') {
          i++;
        }
        break;
      }
    }
    if (i < s.length() && unspaced(s.charAt(i))) {
      // Chinese and Japanese write the unit straight after the number and the next word after it (7時間にわたって)
      for (int e = Math.min(s.length(), i + longestName); e > i; e--) {
        String id = names.get(s.substring(i, e).toLowerCase(java.util.Locale.ROOT));
        if (id != null) {
          return id;
        }
      }
      return null;
    }
    // up to longestWords space-separated words, longest first
    int[] ends = new int[longestWords];
    int count = 0;
    int j = i;
    while (count < longestWords && j < s.length()) {
      int k = j;
      while (k < s.length() && s.charAt(k) != ' ') {
        k++;
      }
      int e = k;
      while (e > j && ",.;:!?)»”\"".indexOf(s.charAt(e - 1)) >= 0) {
        e--;
      }
      if (e == j) {
        break;
      }
      ends[count++] = e;
      if (e < k) {
        break;
      }
      j = k + 1;
    }
    for (int c = count - 1; c >= 0; c--) {
      String id = names.get(s.substring(i, ends[c]).toLowerCase(java.util.Locale.ROOT));
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  private static boolean unspaced(char c) {
    Character.UnicodeScript sc = Character.UnicodeScript.of(c);
    return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI;
  }

  /** After "5", the index after "-10" or " bis 4" when a range follows; else {@code end}. */
  private static int skipRange(String s, int end) {
    int i = end;
    int limit = Math.min(s.length(), end + 8);
    while (i < limit && !Character.isDigit(s.charAt(i))) {
      if (s.charAt(i) == '.' || s.charAt(i) == ',') {
        return end;
      }
      i++;
    }
    if (i >= limit || i == end) {
      return end;
    }
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ',')) {
      i++;
    }
    return i;
  }

  /** A unit's identifier in the plural, for messages (decades, feet, centuries). */
  static String plural(String id) {
    return switch (id) {
      case "foot" -> "feet";
      case "inch" -> "inches";
      case "century" -> "centuries";
      case "celsius", "fahrenheit" -> "degrees " + id;
      default -> id.contains("-per-") ? id.replace("-per-", "s per ") : id + "s";
    };
  }

  /** The type of a unit (length, area, …), with "degree" counted as a temperature too. */
  static String type(String id) {
    return MeasureUnit.forIdentifier(id).getType();
  }

  /** {@code value} in {@code from} converted to {@code to}, or null when ICU cannot convert. */
  static BigDecimal convert(BigDecimal value, String from, String to) {
    Object c = CONVERTERS.computeIfAbsent(from + ">" + to, k -> {
      try {
        return new com.ibm.icu.impl.units.UnitsConverter(from, to);
      } catch (RuntimeException e) {
        return Boolean.FALSE; // not convertible (or ICU's internal API changed: then no conversion is recognised)
      }
    });
    if (!(c instanceof com.ibm.icu.impl.units.UnitsConverter u)) {
      return null;
    }
    try {
      return u.convert(value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Whether {@code written} is {@code exact} as a translator would round it: to one, two or three
   * significant digits (24 or 20 for 24.38; 100 for 101.2), or within 3 %.
   */
  static boolean fits(BigDecimal written, BigDecimal exact) {
    if (exact == null || exact.signum() <= 0 || written.signum() <= 0) {
      return false;
    }
    if (written.subtract(exact).abs().compareTo(exact.multiply(new BigDecimal("0.03"))) <= 0) {
      return true;
    }
    for (int digits = 1; digits <= 3; digits++) {
      if (exact.round(new MathContext(digits, java.math.RoundingMode.HALF_UP)).compareTo(written) == 0) {
        return true;
      }
    }
    return false;
  }

  /** What a unit conversion says about a source number and a translation's different number. */
  enum Conversion {
    /** The units name no conversion that explains the difference. */
    NONE,
    /** A conversion between the named units gives the translation's number. */
    RECOGNISED,
    /** Different units of one quantity named on both sides, but the numbers do not convert into each other. */
    UNSURE,
    /**
     * Units named on both sides that convert exactly, by a whole factor (2 decades are 20 years, a
     * week 7 days, an hour 60 minutes), and the numbers do not: a changed number, whatever the words.
     */
    CONTRADICTED
  }

  /**
   * Source value {@code sv} with unit {@code su} against the translation's {@code tv} with unit
   * {@code tu}; either unit may be null (unread), not both. A unit read on one side only is
   * converted into every unit of its quantity.
   */
  static Conversion compare(BigDecimal sv, String su, BigDecimal tv, String tu) {
    if (sv == null || tv == null || (su == null && tu == null) || sv.signum() <= 0 || tv.signum() <= 0) {
      return Conversion.NONE;
    }
    for (String a : su != null ? List.of(su) : UNITS) {
      for (String b : tu != null ? List.of(tu) : UNITS) {
        boolean degrees = a.equals("degree") || b.equals("degree"); // 90 degrees → 32 Grad: the scales differ
        if ((!a.equals(b) || degrees) && compatible(a, b)
            && fits(tv, convert(sv, a.equals("degree") ? "fahrenheit" : a, b.equals("degree") ? "celsius" : b))) {
          return Conversion.RECOGNISED;
        }
      }
    }
    if (su == null || tu == null || su.equals(tu) || !compatible(su, tu)) {
      return Conversion.NONE;
    }
    return exact(su, tu) ? Conversion.CONTRADICTED : Conversion.UNSURE;
  }

  /**
   * Whether one unit is a whole number of the other (decade and year, week and day, kilometre and
   * metre): no rounding stands between them, unlike feet and metres or months and days.
   */
  static boolean exact(String a, String b) {
    if (a.equals("degree") || b.equals("degree") || type(a).equals("temperature")) {
      return false;
    }
    for (String[] p : new String[][] {{a, b}, {b, a}}) {
      BigDecimal f = convert(BigDecimal.ONE, p[0], p[1]);
      if (f != null && f.compareTo(BigDecimal.ONE) > 0) {
        BigDecimal r = f.round(new MathContext(12));
        if (r.stripTrailingZeros().scale() <= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean compatible(String a, String b) {
    String ta = a.equals("degree") ? "temperature" : type(a);
    String tb = b.equals("degree") ? "temperature" : type(b);
    return ta.equals(tb);
  }
}
