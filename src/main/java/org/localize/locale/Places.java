package org.localize.locale;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.VersionInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The places every newsroom shares, in one language, from CLDR through ICU: countries and
 * territories (their display name, short name and CLDR's "variant" name: Türkiye, Turkey) and
 * the exemplar cities of time zones (Pyongyang, Київ, Kijów).
 *
 * <p>Built lazily, once per language, and shared: a run asks only for its source and target
 * languages. Time zones are read by canonical id, so Kyiv comes from {@code Europe/Kiev} in every
 * language ({@code Europe/Kyiv} is an alias, and asking ICU for it returns the English "Kyiv" in
 * every locale).
 */
public final class Places {

  /** Identifier prefixes of the concepts made from CLDR; the kind (country, city) is part of the id. */
  public static final String REGION = "cldr-region:";
  public static final String CITY = "cldr-city:";

  /** A place and its names in one language, preferred first. */
  public record Place(String id, List<String> names) {
    public boolean city() {
      return id.startsWith(CITY);
    }
  }

  private static final Map<String, List<Place>> CACHE = new ConcurrentHashMap<>();
  private static volatile Set<String> territories;
  private static volatile Set<String> zones;

  private Places() {}

  /** The places named in {@code language} (a language subtag such as "uk"). */
  public static List<Place> of(String language) {
    return CACHE.computeIfAbsent(language, Places::build);
  }

  /** Whether {@code id} is a built-in place's. */
  public static boolean builtIn(String id) {
    return id.startsWith(REGION) || id.startsWith(CITY);
  }

  private static List<Place> build(String language) {
    List<Place> shipped = shipped(language, VersionInfo.ICU_VERSION.toString());
    return shipped != null ? shipped : fromIcu(language);
  }

  /** The folder of the shipped place names: one file per language, {@code <language>.txt}. */
  static final String NAMES = "place-names/";

  /**
   * The places of {@code language} as {@link #fromIcu} gave them when the shipped file was made
   * ({@code place-names/<language>.txt}, one place a line: its id, then its names, tab-separated),
   * or null when no file ships for the language or it was made from another ICU than {@code
   * icuVersion}. Asking ICU for them reads its display names of regions and its time zone names,
   * the largest part of a cold single-story validate's first name check (60–100 ms), and only
   * this class asks ICU for those. PlacesTest keeps the files equal to what ICU says.
   */
  static List<Place> shipped(String language, String icuVersion) {
    List<String> lines = IcuLists.ofLanguage(IcuLists.class, NAMES, language, icuVersion);
    return lines == null ? null : parse(lines);
  }

  /** The places of a shipped file's lines, or null when one is garbled. */
  static List<Place> parse(List<String> lines) {
    List<Place> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 2 || !builtIn(f[0])) {
        return null; // garbled: ICU says it again
      }
      out.add(new Place(f[0], List.of(java.util.Arrays.copyOfRange(f, 1, f.length))));
    }
    return List.copyOf(out);
  }

  /** The lines of {@link #shipped}'s file for {@code places} (without its ICU version line). */
  static String lines(List<Place> places) {
    StringBuilder b = new StringBuilder();
    for (Place p : places) {
      b.append(p.id());
      p.names().forEach(n -> b.append('\t').append(n));
      b.append('\n');
    }
    return b.toString();
  }

  /** The places of {@code language} as ICU names them (what {@link #shipped} lists, when it ships). */
  static List<Place> fromIcu(String language) {
    ULocale locale = new ULocale(language);
    LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale, DisplayContext.NO_SUBSTITUTE);
    LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(locale, DisplayContext.NO_SUBSTITUTE,
        DisplayContext.LENGTH_SHORT);
    UResourceBundle variants = variants(locale);
    List<Place> out = new ArrayList<>();
    Set<String> regionNames = new java.util.HashSet<>();
    for (String code : territories()) {
      Set<String> names = new LinkedHashSet<>();
      add(names, full.regionDisplayName(code), code);
      add(names, shortNames.regionDisplayName(code), code);
      if (variants != null) {
        try {
          add(names, variants.getString(code), code);
        } catch (java.util.MissingResourceException e) {
          // most regions have no variant name
        }
      }
      if (!names.isEmpty()) {
        regionNames.addAll(names);
        out.add(new Place(REGION + code, List.copyOf(names)));
      }
    }
    TimeZoneNames tz = TimeZoneNames.getInstance(locale);
    for (String zone : zones()) {
      String city = tz.getExemplarLocationName(zone);
      // a city named like its country (Kuwait, Singapore) is left to the country
      if (city != null && !city.isBlank() && !regionNames.contains(city)) {
        out.add(new Place(CITY + zone, List.of(city)));
      }
    }
    return List.copyOf(out);
  }

  private static void add(Set<String> names, String name, String code) {
    if (name != null && !name.isBlank() && !name.equals(code) && name.indexOf('(') < 0) {
      names.add(name.trim());
    }
  }

  /** CLDR's alternative country names (Countries%variant), read from ICU's region data. */
  private static UResourceBundle variants(ULocale locale) {
    try {
      return UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, locale).get("Countries%variant");
    } catch (RuntimeException e) {
      return null; // the internal layout changed or the locale has none: the display names suffice
    }
  }

  private static Set<String> territories() {
    Set<String> t = territories;
    if (t == null) {
      Listed l = listed(VersionInfo.ICU_VERSION.toString());
      territories = t = l != null ? l.territories() : territoriesFromIcu();
    }
    return t;
  }

  private static Set<String> zones() {
    Set<String> z = zones;
    if (z == null) {
      Listed l = listed(VersionInfo.ICU_VERSION.toString());
      zones = z = l != null ? l.zones() : zonesFromIcu();
    }
    return z;
  }

  /** The two-letter territories ICU knows, in code order. */
  static Set<String> territoriesFromIcu() {
    Set<String> s = new TreeSet<>();
    for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
      String code = r.toString();
      if (code.length() == 2 && !code.equals("ZZ") && !code.startsWith("X") || code.equals("XK")) {
        s.add(code);
      }
    }
    return java.util.Collections.unmodifiableSet(s);
  }

  /** ICU's canonical time zones of a location, each by its canonical id, in id order. */
  static Set<String> zonesFromIcu() {
    Set<String> s = new TreeSet<>();
    for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String canonical = TimeZone.getCanonicalID(id); // Europe/Kyiv → Europe/Kiev: see the class note
      s.add(canonical == null ? id : canonical);
    }
    return java.util.Collections.unmodifiableSet(s);
  }

  /** The list this class ships: {@link #territoriesFromIcu} and {@link #zonesFromIcu} of one ICU version. */
  static final String LIST = "icu-places.txt";

  /** The territories and zones of {@link #LIST}. */
  record Listed(Set<String> territories, Set<String> zones) {}

  /**
   * The territories and zones listed in {@link #LIST} when it was made from ICU {@code icuVersion};
   * null if it was made from another version, is missing or is incomplete, when only ICU can tell.
   * Asking ICU for them reads its region containment and time zone tables, some 40 ms each of a
   * cold validate or merge, which needs nothing else from them.
   */
  static Listed listed(String icuVersion) {
    List<String> lines = IcuLists.lines(LIST, icuVersion);
    if (lines == null) {
      return null;
    }
    Set<String> territories = null;
    Set<String> zones = null;
    for (String line : lines) {
      if (line.startsWith("territories ")) {
        territories = words(line.substring("territories ".length()));
      } else if (line.startsWith("zones ")) {
        zones = words(line.substring("zones ".length()));
      }
    }
    return territories == null || zones == null || territories.isEmpty() || zones.isEmpty() ? null
        : new Listed(territories, zones);
  }

  private static Set<String> words(String line) {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(List.of(line.trim().split(" +"))));
  }

  /** The region or zone part of a built-in id (cldr-region:KR → KR). */
  public static String key(String id) {
    return id.substring(id.indexOf(':') + 1);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
