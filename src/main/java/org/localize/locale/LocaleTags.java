package org.localize.locale;

import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Checks and normalises the locale tags users give (BCP 47, as ICU knows them). */
public final class LocaleTags {
  private static volatile Set<String> known;
  /** Tags already made canonical, and languages already read: a batch asks for the same few again and again. */
  private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
  private static final Map<String, String> LANGUAGES = new ConcurrentHashMap<>();
  /** Beyond this many different tags (hostile input), answers are computed and not kept. */
  private static final int KEEP = 1024;

  private LocaleTags() {}

  /**
   * The canonical BCP 47 form of {@code tag} ({@code ru_RU} → {@code ru-RU}); throws
   * {@link IllegalArgumentException} with a readable reason for a malformed tag or a language ICU
   * has no data for.
   */
  public static String canonical(String tag) {
    String done = tag == null ? null : CANONICAL.get(tag);
    if (done != null) {
      return done;
    }
    String canonical = canonicalOf(tag);
    if (CANONICAL.size() < KEEP) {
      CANONICAL.put(tag, canonical);
    }
    return canonical;
  }

  private static String canonicalOf(String tag) {
    String t = tag == null ? "" : tag.trim().replace('_', '-');
    if (t.isEmpty()) {
      throw new IllegalArgumentException("an empty locale; give a BCP 47 tag such as en, ru or pt-BR");
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(t).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "'" + tag + "' is not a well-formed locale tag (" + e.getMessage() + "); use BCP 47, such as en, ru or pt-BR");
    }
    String language = locale.getLanguage();
    if (!knownLanguages().contains(language)) {
      throw new IllegalArgumentException(
          "unknown language '" + language + "' in locale '" + tag + "'; use a language ICU has data for, such as en, ru, de, uk");
    }
    return locale.toLanguageTag();
  }

  /** The language part of a tag ({@code ru-RU} → {@code ru}). */
  public static String language(String tag) {
    String done = LANGUAGES.get(tag);
    if (done == null) {
      done = ULocale.forLanguageTag(tag).getLanguage();
      if (LANGUAGES.size() < KEEP) {
        LANGUAGES.put(tag, done);
      }
    }
    return done;
  }

  private static Set<String> knownLanguages() {
    Set<String> k = known;
    if (k == null) {
      k = listed(VersionInfo.ICU_VERSION.toString());
      if (k == null) {
        k = fromIcu();
      }
      known = k;
    }
    return k;
  }

  /** The list this class ships. */
  static final String LIST = "icu-languages.txt";

  /**
   * The languages listed in {@link #LIST} when it was made from ICU {@code icuVersion}; null if it
   * was made from another version (or is missing), when only ICU itself can tell. Listing ICU's
   * available locales builds some 900 ULocales from its resource index, about 40 ms of a cold
   * single-story extract, which needs nothing else from ICU's resource bundles.
   */
  static Set<String> listed(String icuVersion) {
    List<String> lines = IcuLists.lines(LIST, icuVersion);
    if (lines == null) {
      return null;
    }
    Set<String> k = new HashSet<>();
    for (String line : lines) {
      k.addAll(List.of(line.trim().split(" +")));
    }
    return k;
  }

  /** The language of each locale ICU has data for. */
  static Set<String> fromIcu() {
    Set<String> k = new HashSet<>();
    for (ULocale l : ULocale.getAvailableLocales()) {
      k.add(l.getLanguage());
    }
    return k;
  }
}
