package org.localize.locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the merged JSON of a locale's files into a {@link LocaleData}, filling gaps from CLDR. */
final class LocaleDataBinder {

  private final String files;

  private LocaleDataBinder(String files) {
    this.files = files.isEmpty() ? "(no locale file)" : files;
  }

  static LocaleData bind(ULocale locale, JsonNode json, String files) {
    LocaleDataBinder b = new LocaleDataBinder(files);
    return new LocaleData(
        locale,
        b.quotes(locale, json.path("quotes")),
        b.typography(json.path("typography")),
        b.numbers(locale, json.path("numbers")),
        b.dates(json.path("dates")),
        b.names(json.path("names")),
        b.agreement(json.path("agreement")));
  }

  private LocaleData.Quotes quotes(ULocale locale, JsonNode q) {
    List<String> primary = strings(q, "primary", "/quotes/primary");
    List<String> secondary = strings(q, "secondary", "/quotes/secondary");
    // CLDR's delimiters only where the data gives none: opening ICU's locale data for them was
    // some milliseconds of every cold start, and the built-in data of the usual locales gives both
    com.ibm.icu.util.LocaleData cldr = primary.isEmpty() || secondary.isEmpty()
        ? com.ibm.icu.util.LocaleData.getInstance(locale) : null;
    return new LocaleData.Quotes(
        pick(primary, 0, cldr, com.ibm.icu.util.LocaleData.QUOTATION_START, "/quotes/primary"),
        pick(primary, 1, cldr, com.ibm.icu.util.LocaleData.QUOTATION_END, "/quotes/primary"),
        pick(secondary, 0, cldr, com.ibm.icu.util.LocaleData.ALT_QUOTATION_START, "/quotes/secondary"),
        pick(secondary, 1, cldr, com.ibm.icu.util.LocaleData.ALT_QUOTATION_END, "/quotes/secondary"));
  }

  /** {@code pair}'s item {@code i}, or CLDR's delimiter of that {@code type} when the pair is empty. */
  private String pick(List<String> pair, int i, com.ibm.icu.util.LocaleData cldr, int type, String where) {
    if (pair.isEmpty()) {
      return cldr.getDelimiter(type);
    }
    if (pair.size() != 2) {
      throw error(where, "must be a pair [open, close]");
    }
    return pair.get(i);
  }

  private LocaleData.Typography typography(JsonNode t) {
    return new LocaleData.Typography(
        t.path("dash").asText("—"), t.path("dashSpaced").asBoolean(true), t.path("noSpaceBefore").asText(",.;:!?"));
  }

  private LocaleData.Numbers numbers(ULocale locale, JsonNode n) {
    // CLDR's separators only where the data gives none (asText(null) is null exactly where
    // asText(default) gives the default): the built-in data of the usual locales gives both
    String decimal = n.path("decimal").asText(null);
    String grouping = n.path("grouping").asText(null);
    DecimalFormatSymbols dfs = decimal == null || grouping == null ? DecimalFormatSymbols.getInstance(locale) : null;
    if (decimal == null) {
      decimal = String.valueOf(dfs.getDecimalSeparator());
    }
    if (decimal.length() != 1) {
      throw error("/numbers/decimal", "must be one character");
    }
    if (grouping == null) {
      grouping = String.valueOf(dfs.getGroupingSeparator());
    }
    return new LocaleData.Numbers(decimal.charAt(0), grouping, n.path("groupingMinDigits").asInt(4),
        numberMap(n.path("words"), "/numbers/words"), numberMap(n.path("magnitudes"), "/numbers/magnitudes"),
        strings(n, "weakWords", "/numbers/weakWords"), n.path("counters").asText(""),
        strings(n, "clockWords", "/numbers/clockWords"), strings(n, "beforeUnit", "/numbers/beforeUnit"));
  }

  /** An object of word → number ({"полтора": 1.5}); a magnitude may be written 1e9. */
  private Map<String, java.math.BigDecimal> numberMap(JsonNode node, String where) {
    Map<String, java.math.BigDecimal> m = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return m;
    }
    if (!node.isObject()) {
      throw error(where, "must be an object of word → number, e.g. {\"полтора\": 1.5}");
    }
    node.properties().forEach(e -> {
      if (!e.getValue().isNumber() || e.getValue().decimalValue().signum() <= 0) {
        throw error(where + "/" + e.getKey(), "must be a positive number");
      }
      if (e.getKey().isBlank()) {
        throw error(where, "has an empty word");
      }
      m.put(e.getKey(), e.getValue().decimalValue());
    });
    return m;
  }

  private LocaleData.Dates dates(JsonNode d) {
    List<String> withDay = strings(d, "monthsWithDay", "/dates/monthsWithDay");
    List<String> prepositional = strings(d, "monthsPrepositional", "/dates/monthsPrepositional");
    requireSize(withDay, 12, "/dates/monthsWithDay");
    requireSize(prepositional, 12, "/dates/monthsPrepositional");
    List<LocaleData.WeekdayCase> cases = new ArrayList<>();
    int i = 0;
    for (JsonNode c : array(d, "weekdayCases", "/dates/weekdayCases")) {
      String where = "/dates/weekdayCases/" + i++;
      List<String> forms = strings(c, "forms", where + "/forms");
      if (forms.size() != 7) {
        throw error(where + "/forms", "must have 7 entries, Sunday first (found " + forms.size() + ")");
      }
      cases.add(new LocaleData.WeekdayCase(strings(c, "after", where + "/after"), forms));
    }
    List<LocaleData.MonthCase> monthCases = new ArrayList<>();
    i = 0;
    for (JsonNode c : array(d, "monthCases", "/dates/monthCases")) {
      String where = "/dates/monthCases/" + i++;
      List<String> forms = strings(c, "forms", where + "/forms");
      if (forms.size() != 12) {
        throw error(where + "/forms", "must have 12 entries, January first (found " + forms.size() + ")");
      }
      monthCases.add(new LocaleData.MonthCase(strings(c, "after", where + "/after"), forms));
    }
    Map<String, List<String>> endings = new LinkedHashMap<>();
    JsonNode e = d.path("endings");
    if (!e.isMissingNode() && !e.isNull() && !e.isObject()) {
      throw error("/dates/endings", "must be an object: {\"ending\": [\"replacement\", ...]}");
    }
    e.properties().forEach(p -> endings.put(p.getKey(), strings(e, p.getKey(), "/dates/endings/" + p.getKey())));
    return new LocaleData.Dates(withDay, prepositional, strings(d, "dayOrdinalSuffixes", "/dates/dayOrdinalSuffixes"),
        cases, bool(d, "weekdayNeedsLeadIn", "/dates/weekdayNeedsLeadIn"), strings(d, "yearWords", "/dates/yearWords"),
        monthCases, endings,
        strings(d, "weekdayCompounds", "/dates/weekdayCompounds"),
        strings(d, "weekdayJoiners", "/dates/weekdayJoiners"),
        bool(d, "weekdayAbbreviationsAlone", "/dates/weekdayAbbreviationsAlone"),
        strings(d, "weekdayNotAfter", "/dates/weekdayNotAfter"),
        strings(d, "daySuffixes", "/dates/daySuffixes"),
        strings(d, "yearLeadIns", "/dates/yearLeadIns"),
        strings(d, "monthLeadIns", "/dates/monthLeadIns"),
        strings(d, "ambiguous", "/dates/ambiguous"),
        strings(d, "rangeWords", "/dates/rangeWords"),
        strings(d, "dayJoiners", "/dates/dayJoiners"),
        bool(d, "titleCase", "/dates/titleCase"),
        strings(d, "dayAloneBefore", "/dates/dayAloneBefore"));
  }

  private JsonNode array(JsonNode parent, String field, String where) {
    JsonNode node = parent.path(field);
    if (!node.isMissingNode() && !node.isNull() && !node.isArray()) {
      throw error(where, "must be an array");
    }
    return node;
  }

  private boolean bool(JsonNode parent, String field, String where) {
    JsonNode node = parent.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw error(where, "must be true or false");
    }
    return node.asBoolean();
  }

  private LocaleData.Names names(JsonNode n) {
    Map<String, String> translit = new LinkedHashMap<>();
    n.path("transliterate").properties().forEach(e -> translit.put(e.getKey(), e.getValue().asText()));
    String inflection = n.path("inflection").asText("none");
    List<List<String>> pairs = Paradigm.pairs(n.path("genderPairs"), files, "/names/genderPairs");
    NameInflector inflector = switch (inflection) {
      case "paradigm" -> {
        if (!n.path("declension").isObject()) {
          throw error("/names/inflection", "is \"paradigm\" but /names/declension is missing");
        }
        yield Paradigm.parse(n.path("declension"), files, pairs);
      }
      case "lenient" -> NameInflector.lenient(n.path("lenient").path("vowels").asText("aeiouy"),
          n.path("lenient").path("maxEnding").asInt(4), pairs);
      case "none" -> NameInflector.none(pairs);
      default -> throw error("/names/inflection", "is '" + inflection + "'; use paradigm, lenient or none");
    };
    return new LocaleData.Names(
        inflection,
        n.path("latinKey").asText("Any-Latin; Latin-ASCII; Lower"),
        translit,
        strings(n, "stemEndings", "/names/stemEndings"),
        inflector,
        strings(n, "keepLatin", "/names/keepLatin"),
        stringMap(n.path("places"), "/names/places"),
        stringMap(n.path("demonyms"), "/names/demonyms"),
        n.path("compounds").asBoolean(false),
        strings(n, "foreignEndings", "/names/foreignEndings"),
        governors(n.path("governors")),
        fingerprint(n));
  }

  /**
   * A 64-bit digest (FNV-1a) of a JSON value's structure and text, field order included, written in
   * hex: cheap enough for every run (no serialiser, no security provider), and any edit of the
   * value changes it but for an accidental collision.
   */
  static String fingerprint(JsonNode node) {
    long[] h = {0xcbf29ce484222325L};
    digest(node, h);
    return Long.toHexString(h[0]);
  }

  private static void digest(JsonNode node, long[] h) {
    if (node.isObject()) {
      mix(h, "{");
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        mix(h, e.getKey());
        digest(e.getValue(), h);
      }
      mix(h, "}");
    } else if (node.isArray()) {
      mix(h, "[");
      for (JsonNode v : node) {
        digest(v, h);
      }
      mix(h, "]");
    } else {
      mix(h, node.getNodeType().name());
      mix(h, node.asText());
    }
  }

  /** Adds {@code s} and its length to the digest, so that "ab","c" and "a","bc" differ. */
  private static void mix(long[] h, String s) {
    long x = h[0];
    for (int i = 0; i < s.length(); i++) {
      x = (x ^ s.charAt(i)) * 0x100000001b3L;
    }
    x = (x ^ (s.length() | 0x10000)) * 0x100000001b3L;
    h[0] = x;
  }

  /**
   * {@code names.governors}, by case like {@code agreement.governors}: {"genitive": ["у", "по словам"],
   * "instrumental": ["с", "за"]}; read into the cases each word or phrase allows (с: genitive,
   * accusative, instrumental).
   */
  private Map<String, java.util.Set<GrammaticalCase>> governors(JsonNode node) {
    Map<String, java.util.Set<GrammaticalCase>> m = new LinkedHashMap<>();
    if (!node.isMissingNode() && !node.isNull() && !node.isObject()) {
      throw error("/names/governors", "must be an object of word lists by case: {\"genitive\": [\"у\", \"по словам\"], ...}");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String where = "/names/governors/" + e.getKey();
      GrammaticalCase c;
      try {
        c = GrammaticalCase.parse(e.getKey());
      } catch (IllegalArgumentException x) {
        throw error(where, "is not a case (use nominative, genitive, dative, accusative, instrumental, prepositional"
            + " or locative, vocative)");
      }
      for (String w : strings(node, e.getKey(), where)) {
        m.computeIfAbsent(w.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "),
            k -> java.util.EnumSet.noneOf(GrammaticalCase.class)).add(c);
      }
    }
    return m;
  }

  private Map<String, List<String>> stringMap(JsonNode node, String where) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    if (!node.isMissingNode() && !node.isObject()) {
      throw error(where, "must be an object of string arrays");
    }
    node.properties().forEach(e -> m.put(e.getKey(), strings(node, e.getKey(), where + "/" + e.getKey())));
    return m;
  }

  private static final java.util.Set<String> CATEGORIES = java.util.Set.of("zero", "one", "two", "few", "many", "other");

  private LocaleData.Agreement agreement(JsonNode a) {
    List<String> cases = strings(a, "cases", "/agreement/cases");
    List<String> unmarked = strings(a, "unmarked", "/agreement/unmarked");
    for (String c : unmarked) {
      if (!cases.contains(c)) {
        throw error("/agreement/unmarked", "names the case \"" + c + "\", which is not in /agreement/cases");
      }
    }
    Map<String, List<String>> governors = new LinkedHashMap<>();
    JsonNode g = a.path("governors");
    if (!g.isMissingNode() && !g.isObject()) {
      throw error("/agreement/governors", "must be an object of case → words, e.g. {\"genitive\": [\"около\"]}");
    }
    g.properties().forEach(e -> {
      if (!cases.contains(e.getKey())) {
        throw error("/agreement/governors/" + e.getKey(), "is not a case listed in /agreement/cases");
      }
      governors.put(e.getKey(), strings(g, e.getKey(), "/agreement/governors/" + e.getKey()));
    });
    List<LocaleData.Noun> nouns = new ArrayList<>();
    int i = 0;
    for (JsonNode noun : a.path("nouns")) {
      String where = "/agreement/nouns/" + i++;
      String unit = noun.path("unit").isTextual() ? noun.path("unit").asText() : null;
      if (unit != null && !knownUnit(unit)) {
        try {
          com.ibm.icu.util.MeasureUnit.forIdentifier(unit);
        } catch (IllegalArgumentException e) {
          throw error(where + "/unit", "\"" + unit + "\" is not an ICU unit identifier (e.g. \"year\", \"percent\", \"kilometer\")");
        }
      }
      Map<String, Map<String, List<String>>> forms = new LinkedHashMap<>();
      JsonNode f = noun.path("forms");
      f.properties().forEach(byCase -> {
        String at = where + "/forms/" + byCase.getKey();
        if (!cases.contains(byCase.getKey())) {
          throw error(at, "is not a case listed in /agreement/cases");
        }
        if (!byCase.getValue().isObject()) {
          throw error(at, "must be an object of plural category → form, e.g. {\"one\": \"год\", \"few\": \"года\"}");
        }
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        byCase.getValue().properties().forEach(e -> {
          if (!CATEGORIES.contains(e.getKey())) {
            throw error(at + "/" + e.getKey(), "is not a CLDR plural category (zero, one, two, few, many, other)");
          }
          byCategory.put(e.getKey(), e.getValue().isTextual() ? List.of(e.getValue().asText())
              : strings(byCase.getValue(), e.getKey(), at + "/" + e.getKey()));
        });
        forms.put(byCase.getKey(), byCategory);
      });
      if (unit == null && forms.isEmpty()) {
        throw error(where, "needs \"unit\" (an ICU unit such as \"year\") or \"forms\" by case and plural category, "
            + "e.g. {\"nominative\": {\"one\": \"год\", \"few\": \"года\", \"many\": \"лет\", \"other\": \"года\"}}");
      }
      boolean year = noun.path("year").asBoolean(false);
      nouns.add(new LocaleData.Noun(unit, forms, year, noun.path("ordinal").asBoolean(false)));
    }
    LocaleData.Dictionary dictionary = dictionary(a.path("dictionary"), cases);
    if ((!nouns.isEmpty() || dictionary != null) && (cases.isEmpty() || unmarked.isEmpty())) {
      throw error("/agreement", "needs \"cases\" and \"unmarked\" (the cases of a number no word governs) when it lists "
          + (nouns.isEmpty() ? "a dictionary" : "nouns"));
    }
    return new LocaleData.Agreement(cases, unmarked, governors, nouns, dictionary);
  }

  /** The features a dictionary's tags map to that the check itself reads. */
  private static final java.util.Set<String> WORD_CLASSES = java.util.Set.of("noun", "adjective", "other", "stop", "preposition", "name", "invariable");

  private LocaleData.Dictionary dictionary(JsonNode d, List<String> cases) {
    if (d.isMissingNode() || d.isNull()) {
      return null;
    }
    if (!d.isObject()) {
      throw error("/agreement/dictionary", "must be an object with \"resource\", \"tags\" and \"noun\"");
    }
    String resource = d.path("resource").asText("");
    if (resource.isEmpty()) {
      throw error("/agreement/dictionary/resource", "is missing: the class-path resource of a Morfologik .dict file, "
          + "e.g. \"morfologik/stemming/polish/polish.dict\"");
    }
    String info = resource.replaceFirst("\\.dict$", ".info");
    ClassLoader loader = LocaleDataBinder.class.getClassLoader();
    if (!resource.endsWith(".dict") || loader.getResource(resource) == null || loader.getResource(info) == null) {
      throw error("/agreement/dictionary/resource", "\"" + resource + "\" is not a .dict file with its .info beside it "
          + "on the class path (docs/third-party.md lists the dictionaries localize ships)");
    }
    JsonNode t = d.path("tags");
    if (!t.isObject() || t.isEmpty()) {
      throw error("/agreement/dictionary/tags", "must map features to the tag tokens that carry them, "
          + "e.g. {\"noun\": [\"subst\"], \"genitive\": [\"gen\"], \"plural\": [\"pl\"]}");
    }
    Map<String, List<String>> tags = new LinkedHashMap<>();
    t.properties().forEach(e -> tags.put(e.getKey(), strings(t, e.getKey(), "/agreement/dictionary/tags/" + e.getKey())));
    if (!tags.containsKey("noun")) {
      throw error("/agreement/dictionary/tags", "must say which tags mark a noun (\"noun\": [...])");
    }
    if (tags.keySet().stream().filter(f -> !WORD_CLASSES.contains(f)).count() > 60) {
      throw error("/agreement/dictionary/tags", "defines more than 60 features; the check reads cases, numbers and "
          + "genders: leave out the rest");
    }
    Map<String, Map<String, List<String>>> noun = requirements(d, "noun", cases, tags);
    if (noun.isEmpty()) {
      throw error("/agreement/dictionary/noun", "is missing: by case and plural category, the readings a counted noun "
          + "may have, e.g. {\"nominative\": {\"one\": \"nominative singular\", \"many\": \"genitive plural\"}}");
    }
    Map<String, Map<String, List<String>>> adjective = requirements(d, "adjective", cases, tags);
    return new LocaleData.Dictionary(resource, tags, noun, adjective, d.path("adjectivesAfter").asBoolean(false),
        d.path("errors").asBoolean(true), d.path("bareOrdinals").asBoolean(false), d.path("attributive").asBoolean(false),
        strings(d, "uncounted", "/agreement/dictionary/uncounted"));
  }

  /** case → category → readings, each a space-separated list of features named in {@code tags}. */
  private Map<String, Map<String, List<String>>> requirements(JsonNode d, String field, List<String> cases,
      Map<String, List<String>> tags) {
    Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
    JsonNode r = d.path(field);
    if (r.isMissingNode()) {
      return out;
    }
    String where = "/agreement/dictionary/" + field;
    if (!r.isObject()) {
      throw error(where, "must be an object of case → plural category → readings");
    }
    r.properties().forEach(byCase -> {
      String at = where + "/" + byCase.getKey();
      if (!cases.contains(byCase.getKey())) {
        throw error(at, "is not a case listed in /agreement/cases");
      }
      if (!byCase.getValue().isObject()) {
        throw error(at, "must be an object of plural category → readings, e.g. {\"one\": \"nominative singular\"}");
      }
      Map<String, List<String>> byCategory = new LinkedHashMap<>();
      byCase.getValue().properties().forEach(e -> {
        if (!CATEGORIES.contains(e.getKey())) {
          throw error(at + "/" + e.getKey(), "is not a CLDR plural category (zero, one, two, few, many, other)");
        }
        List<String> readings = e.getValue().isTextual() ? List.of(e.getValue().asText())
            : strings(byCase.getValue(), e.getKey(), at + "/" + e.getKey());
        for (String reading : readings) {
          for (String feature : reading.trim().split(" +")) {
            if (!tags.containsKey(feature) || WORD_CLASSES.contains(feature)) {
              throw error(at + "/" + e.getKey(), "names the feature \"" + feature + "\", which /agreement/dictionary/tags "
                  + "does not define (a reading lists cases, numbers and genders, e.g. \"genitive plural\")");
            }
          }
        }
        byCategory.put(e.getKey(), readings);
      });
      out.put(byCase.getKey(), byCategory);
    });
    return out;
  }

  private List<String> strings(JsonNode parent, String field, String where) {
    JsonNode node = parent.path(field);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw error(where, "must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : node) {
      if (!s.isTextual()) {
        throw error(where, "must contain only strings, found " + s.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      }
      out.add(s.asText());
    }
    return out;
  }

  private void requireSize(List<String> list, int size, String where) {
    if (!list.isEmpty() && list.size() != size) {
      throw error(where, "must have " + size + " entries (found " + list.size() + ")");
    }
  }

  private LocaleDataException error(String where, String what) {
    return new LocaleDataException(files + ": " + where + " " + what);
  }

  /** {@link #knownUnit}'s list: unit identifiers this ICU version parses. */
  static final String UNITS = "icu-units.txt";
  private static volatile java.util.Set<String> knownUnits;

  /**
   * Whether {@code unit} is listed in {@link #UNITS} as an identifier ICU parses, for the ICU
   * version in use: asking ICU (MeasureUnit.forIdentifier) first loads its unit parser, ~30 ms of a
   * cold run, for locale data that names the same dozen units every time. An identifier not
   * listed, or a list made from another ICU, is asked of ICU.
   */
  static boolean knownUnit(String unit) {
    java.util.Set<String> k = knownUnits;
    if (k == null) {
      knownUnits = k = listedUnits(com.ibm.icu.util.VersionInfo.ICU_VERSION.toString());
    }
    return k.contains(unit);
  }

  /** The identifiers of {@link #UNITS} when it was made from ICU {@code icuVersion}, else none. */
  static java.util.Set<String> listedUnits(String icuVersion) {
    List<String> lines = IcuLists.lines(UNITS, icuVersion);
    java.util.Set<String> out = new java.util.HashSet<>();
    if (lines != null) {
      for (String line : lines) {
        if (line.startsWith("units ")) {
          out.addAll(List.of(line.substring("units ".length()).trim().split(" +")));
        }
      }
    }
    return java.util.Set.copyOf(out);
  }
}
