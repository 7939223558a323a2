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
    com.ibm.icu.util.LocaleData cldr = com.ibm.icu.util.LocaleData.getInstance(locale);
    List<String> primary = strings(q, "primary", "/quotes/primary");
    List<String> secondary = strings(q, "secondary", "/quotes/secondary");
    return new LocaleData.Quotes(
        pick(primary, 0, cldr.getDelimiter(com.ibm.icu.util.LocaleData.QUOTATION_START), "/quotes/primary"),
        pick(primary, 1, cldr.getDelimiter(com.ibm.icu.util.LocaleData.QUOTATION_END), "/quotes/primary"),
        pick(secondary, 0, cldr.getDelimiter(com.ibm.icu.util.LocaleData.ALT_QUOTATION_START), "/quotes/secondary"),
        pick(secondary, 1, cldr.getDelimiter(com.ibm.icu.util.LocaleData.ALT_QUOTATION_END), "/quotes/secondary"));
  }

  private String pick(List<String> pair, int i, String fallback, String where) {
    if (pair.isEmpty()) {
      return fallback;
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
    DecimalFormatSymbols dfs = DecimalFormatSymbols.getInstance(locale);
    String decimal = n.path("decimal").asText(String.valueOf(dfs.getDecimalSeparator()));
    if (decimal.length() != 1) {
      throw error("/numbers/decimal", "must be one character");
    }
    String grouping = n.path("grouping").asText(String.valueOf(dfs.getGroupingSeparator()));
    return new LocaleData.Numbers(decimal.charAt(0), grouping, n.path("groupingMinDigits").asInt(4));
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
        bool(d, "titleCase", "/dates/titleCase"));
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
    return new LocaleData.Names(
        n.path("inflection").asText("none"),
        n.path("latinKey").asText("Any-Latin; Latin-ASCII; Lower"),
        translit,
        strings(n, "stemEndings", "/names/stemEndings"));
  }

  private LocaleData.Agreement agreement(JsonNode a) {
    List<LocaleData.Noun> nouns = new ArrayList<>();
    int i = 0;
    for (JsonNode noun : a.path("nouns")) {
      String where = "/agreement/nouns/" + i++;
      Map<String, String> forms = new LinkedHashMap<>();
      noun.path("forms").properties().forEach(e -> forms.put(e.getKey(), e.getValue().asText()));
      if (forms.isEmpty()) {
        throw error(where, "needs \"forms\", e.g. {\"nomSg\": \"год\", \"genSg\": \"года\", \"genPl\": \"лет\"}");
      }
      nouns.add(new LocaleData.Noun(forms, noun.path("year").asBoolean(false)));
    }
    return new LocaleData.Agreement(categoryMap(a.path("allowed"), "/agreement/allowed"),
        categoryMap(a.path("allowedAfterGovernor"), "/agreement/allowedAfterGovernor"),
        strings(a, "governors", "/agreement/governors"), nouns);
  }

  private Map<String, List<String>> categoryMap(JsonNode node, String where) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    node.properties().forEach(e -> m.put(e.getKey(), strings(node, e.getKey(), where + "/" + e.getKey())));
    return m;
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
}
