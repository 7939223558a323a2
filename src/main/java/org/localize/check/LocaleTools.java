package org.localize.check;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;
import org.localize.locale.LocaleData;

/**
 * The ICU objects and compiled patterns the checks need for one locale, built once and shared.
 *
 * <p>Thread safety: patterns, plural rules, the date vocabulary and the number tables are immutable
 * (each built on first use, once, by whichever thread asks first). Transliterators are not
 * documented as thread-safe, so their few uses (suggestions, rare fallbacks) synchronise on them
 * instead of rebuilding them per call.
 */
public final class LocaleTools {

  private final LocaleData data;
  // Each piece is built on first use, by the check that needs it or ahead of need by a background
  // thread (Validator#prefetch): a cold single-story run pays only for what its text calls for, and
  // on two cores the rest is ready by the time the checks reach it.
  private final Once<Integer> script;
  private final Once<DateVocabulary> dates;
  private final NumberReader numbers;
  private final Once<PluralRules> plurals;
  private final Once<Transliterator> latinKey;
  private final Once<Map<Integer, Transliterator>> into;
  private final Once<NumberNouns> nouns;
  private final Once<NumberUnits> units;
  private final Once<java.util.Set<String>> keepLatin;
  /**
   * Bits of the characters of the typography's noSpaceBefore, up to the largest: asked for every
   * character of every translation (typography.spacing), read from a final array with one bound test.
   */
  private final long[] noSpaceBefore;

  LocaleTools(LocaleData data) {
    this.data = data;
    this.script = new Once<>(() -> {
      int code = IcuAnswers.mainScript(data.locale());
      return code < 0 ? UScript.LATIN : code;
    });
    this.dates = new Once<>(() -> new DateVocabulary(data));
    this.numbers = new NumberReader(data);
    this.plurals = new Once<>(() -> IcuAnswers.pluralRules(data.locale()));
    this.latinKey = new Once<>(() -> Transliterator.getInstance(data.names().latinKey()));
    this.into = new Once<>(() -> {
      Map<Integer, Transliterator> m = new HashMap<>();
      data.names().transliterate().forEach((scriptCode, id) ->
          m.put(UScript.getCodeFromName(scriptCode), Transliterator.getInstance(id)));
      return m;
    });
    this.nouns = new Once<>(() -> new NumberNouns(data));
    this.units = new Once<>(() -> new NumberUnits(data.locale(), data.numbers().beforeUnit()));
    this.keepLatin = new Once<>(() -> java.util.Set.copyOf(data.names().keepLatin()));
    String punctuation = data.typography().noSpaceBefore();
    int max = punctuation.chars().max().orElse(0);
    long[] bits = new long[max / 64 + 1];
    for (int i = 0; i < punctuation.length(); i++) {
      char c = punctuation.charAt(i);
      bits[c >>> 6] |= 1L << c;
    }
    this.noSpaceBefore = bits;
  }

  /**
   * The pieces the checks of {@code families} (names, dates, numbers) need on this side of a
   * translation, the costliest first: of a target locale also those only the target's checks use
   * (transforms into its script, plural agreement). For {@link Validator#prefetch}.
   */
  java.util.List<Once<?>> pieces(boolean target, java.util.Set<String> families) {
    java.util.List<Once<?>> out = new java.util.ArrayList<>();
    if (families.contains("numbers")) {
      if (target) {
        out.add(nouns);
      }
      out.add(numbers.wordsOnce());
    }
    if (families.contains("dates")) {
      out.add(dates);
    }
    if (families.contains("names")) {
      out.add(script);
    }
    return out;
  }

  /**
   * The ICU transforms the name checks of {@code families} need on this side of a translation (of a
   * target locale also those into its script): in a cold run the longest chain of work (ICU's
   * transform registry, then each rule set compiled in turn), so {@link Validator#prefetch} starts
   * with them.
   */
  java.util.List<Once<?>> transforms(boolean target, java.util.Set<String> families) {
    if (!families.contains("names")) {
      return java.util.List.of();
    }
    return target ? java.util.List.of(into, latinKey) : java.util.List.of(latinKey);
  }

  /**
   * Loads ICU's transform registry (the class initialisation of {@link Transliterator}, which
   * registers every transform ICU ships): for a background thread with nothing else to do yet in a
   * cold single-story run, so that the transforms the checks build later need not wait for it.
   */
  public static void loadTransforms() {
    try {
      Class.forName("com.ibm.icu.text.Transliterator", true, LocaleTools.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e); // ICU4J is on the class path with this class
    }
  }

  /** The Latin words conventional in this locale's non-Latin text (names.keepLatin), as a set. */
  java.util.Set<String> keepLatin() {
    return keepLatin.get();
  }

  /** Whether the locale's typography takes no space before {@code c} (one of {@code noSpaceBefore}). */
  boolean noSpaceBefore(char c) {
    int w = c >>> 6;
    return w < noSpaceBefore.length && (noSpaceBefore[w] & (1L << c)) != 0;
  }

  public LocaleData data() {
    return data;
  }

  /** The locale's main script (ICU UScript code). */
  public int script() {
    return script.get();
  }

  public DateVocabulary dates() {
    return dates.get();
  }

  NumberReader numbers() {
    return numbers;
  }

  PluralRules plurals() {
    return plurals.get();
  }

  /** Formatters of this locale by fraction digits (0–7), made on first use: each is immutable and reused. */
  private final java.util.concurrent.atomic.AtomicReferenceArray<com.ibm.icu.number.LocalizedNumberFormatter> byFraction =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(8);

  /**
   * The CLDR plural category of {@code value} written with {@code fraction} digits after the point
   * (1,5 and 1,0 are "other" in Russian, 1 is "one"): the rules applied to the number's {@link
   * #operands}, or for a number they cannot hold, to a formatted number.
   */
  String pluralCategory(java.math.BigDecimal value, int fraction) {
    PluralRules.IFixedDecimal operands = operands(value, fraction);
    if (operands != null) {
      return plurals().select(operands);
    }
    return pluralCategoryFormatted(value, fraction);
  }

  /** From this the operands are left to a formatter: FixedDecimal gives its integer operand as an int. */
  private static final java.math.BigDecimal OPERANDS_BELOW = java.math.BigDecimal.valueOf(1_000_000_000L);

  /**
   * The plural operands of {@code value} written with {@code fraction} digits after the point, as the
   * formatter of {@link #pluralCategoryFormatted} gives them to the rules (rounded half-even, the
   * sign dropped), or null from a billion (FixedDecimal's integer operand is an int) or for more than
   * six digits after the point: there the formatter answers. Without a formatter a cold run does not
   * build ICU's number formatting (its symbols, patterns and pipeline) for one plural category;
   * LocaleToolsTest checks the two give one category on random numbers in every built-in locale and
   * in others whose rules read the fraction digits.
   */
  @SuppressWarnings("deprecation") // FixedDecimal: ICU's own plural operands, what its rules read
  static PluralRules.IFixedDecimal operands(java.math.BigDecimal value, int fraction) {
    if (fraction < 0 || fraction > 6) {
      return null;
    }
    java.math.BigDecimal r = value.setScale(fraction, java.math.RoundingMode.HALF_EVEN).abs();
    if (r.compareTo(OPERANDS_BELOW) >= 0) {
      return null;
    }
    long unscaled = r.unscaledValue().longValueExact();
    long f = unscaled % POWERS[fraction];
    return new PluralRules.FixedDecimal(r.doubleValue(), fraction, f);
  }

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /**
   * {@link #pluralCategory} through a number formatter, as ICU documents it. The formatter for a
   * number of digits is made once: ICU builds much of a formatter on its first use.
   */
  String pluralCategoryFormatted(java.math.BigDecimal value, int fraction) {
    com.ibm.icu.number.LocalizedNumberFormatter f = fraction < byFraction.length() ? byFraction.get(fraction) : null;
    if (f == null) {
      f = com.ibm.icu.number.NumberFormatter.withLocale(data.locale())
          .precision(com.ibm.icu.number.Precision.fixedFraction(fraction));
      if (fraction < byFraction.length()) {
        byFraction.set(fraction, f);
      }
    }
    return plurals().select(f.format(value));
  }

  /** The counted nouns of the locale's agreement data, with their forms (built on first use). */
  NumberNouns nouns() {
    return nouns.get();
  }

  /** The measure units the locale names after numbers (built on first use, rarely needed). */
  NumberUnits units() {
    return units.get();
  }

  /**
   * Results of the transforms and of date rendering, kept per locale: a batch meets the same names
   * and dates in story after story, and the transliterators (synchronised, slow) and ICU date
   * formatters (built per call) showed at the top of the profile. Bounded: cleared when full.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, String> latinKeys = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<String>> transliterated =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** {@link #icuName}'s answers by the name, one map per script it is written in (a story's source has one). */
  private final java.util.concurrent.ConcurrentHashMap<Integer, java.util.concurrent.ConcurrentHashMap<String,
      java.util.Optional<String>>> icuNames = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentHashMap<Long, String> renderedDates = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MEMO_LIMIT = 50_000;

  /** {@code map}'s value for {@code key}, computed and kept on a miss; the map is cleared when it is full. */
  static <K, V> V memo(java.util.concurrent.ConcurrentHashMap<K, V> map, K key, java.util.function.Supplier<V> compute) {
    V v = map.get(key);
    if (v == null) {
      v = compute.get();
      if (map.size() >= MEMO_LIMIT) {
        map.clear();
      }
      map.put(key, v);
    }
    return v;
  }

  /** A date as the locale writes it with a day ({@link DateFacts#render}), remembered. */
  String renderedDate(int year, int month, int day, java.util.function.Supplier<String> render) {
    return memo(renderedDates, ((long) year << 16) | (month << 8) | day, render);
  }

  /** A token's {@link #latinKey(String)} with its letters, the last to land in its slot by their hash. */
  private record RecentKey(int hash, String name, String key) {}

  private static final int RECENT_KEYS = 1 << 12;
  /**
   * {@link #latinKey(Token)}'s answers by a hash of the token's letters, one per slot, the last
   * stored winning. Units of a long story may be checked on several threads: a slot is read and
   * written without a lock, which a record's final fields make safe (a thread sees a whole answer,
   * an older one or none, and every answer is right).
   */
  private final RecentKey[] recentKeys = new RecentKey[RECENT_KEYS];

  /**
   * {@link #latinKey(String)} of a token's text, without cutting the text from its string and
   * looking it up in the memo when a recent token had the same letters: names.unknown asks for the
   * key of most capitalised words of both sides, and a story names the same people again and again.
   */
  String latinKey(Token t) {
    int h = t.textHash();
    int slot = (h ^ (h >>> 12)) & (RECENT_KEYS - 1);
    RecentKey recent = recentKeys[slot];
    if (recent != null && recent.hash() == h && t.is(recent.name())) {
      return recent.key();
    }
    String name = t.text();
    String key = latinKey(name);
    recentKeys[slot] = new RecentKey(h, name, key);
    return key;
  }

  /** A lower-case ASCII key for comparing a name across scripts (Кормильцына → kormiltsyna). */
  String latinKey(String name) {
    return memo(latinKeys, name, () -> {
      Transliterator t = latinKey.get();
      synchronized (t) {
        return t.transliterate(name);
      }
    });
  }

  /**
   * ICU's transliteration of {@code name} (written in {@code fromScript}) into this locale's script,
   * or null when there is none or it would mix scripts ({@link NameScriptCheck#inScript}): the
   * suggestion of names.unknown and names.script, remembered for the locale, since stories name the
   * same people again and again.
   */
  String icuName(String name, int fromScript) {
    // keyed by the name in the script's own map: names.unknown asks for every note it writes, and a
    // key of script and name was a string built, hashed and compared for each
    java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<String>> names = icuNames.get(fromScript);
    if (names == null) {
      names = icuNames.computeIfAbsent(fromScript, k -> new java.util.concurrent.ConcurrentHashMap<>());
    }
    return memo(names, name,
        () -> java.util.Optional.ofNullable(NameScriptCheck.inScript(transliterate(name, fromScript), script()))).orElse(null);
  }

  /** {@code name} (written in {@code fromScript}) in this locale's script, or null if no transform is known. */
  String transliterate(String name, int fromScript) {
    return memo(transliterated, fromScript + ":" + name, () -> java.util.Optional.ofNullable(transliterateNow(name, fromScript)))
        .orElse(null);
  }

  private String transliterateNow(String name, int fromScript) {
    Transliterator t = into.get().get(fromScript);
    if (t == null) {
      String id = "Any-" + UScript.getName(script());
      try {
        t = Transliterator.getInstance(id);
      } catch (IllegalArgumentException e) {
        return null;
      }
      synchronized (t) {
        return t.transliterate(name);
      }
    }
    synchronized (t) {
      return t.transliterate(name);
    }
  }
}
