package org.localize.tm;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.unit.Content;
import org.localize.unit.Unit;

/**
 * What a translator's quote is based on: words (ICU word boundaries of the source locale, counting
 * the segments that hold letters, numbers or ideographs) and characters (code points of the text,
 * spaces included, codes left out), per category and per unit kind.
 *
 * <p>Categories: {@code new}; {@code changed} (the previous version had this unit with another
 * source); {@code exact} (in context: same unit, same source); {@code tm-exact} (the same source
 * elsewhere); fuzzy bands {@code fuzzy-95-99}, {@code fuzzy-85-94}, {@code fuzzy-75-84} (and
 * {@code fuzzy-N-74} when the threshold is lower); {@code translated} (already translated in the
 * XLIFF analysed); {@code repeated} (the second and later places of a string sent once, and a unit
 * whose source an earlier unit already has).
 */
public final class Analysis {
  /** Units (or places, for repetitions), words and characters. */
  public record Counts(int units, int words, int characters) {
    Counts plus(int u, int w, int c) {
      return new Counts(units + u, words + w, characters + c);
    }
  }

  /** One unit as analysed. */
  public record Row(String id, String kind, String category, int score, int places, int words, int characters) {}

  /** The analysis: categories in a fixed order (empty ones included), kinds in story order. */
  public record Report(Map<String, Counts> categories, Map<String, Counts> kinds, Counts total, List<Row> units) {}

  private Analysis() {}

  /**
   * The reports of several files added up: categories in report order, kinds in the order first
   * seen, no unit rows. Repetitions stay those found inside each file (each goes out as its own
   * XLIFF).
   */
  public static Report sum(List<Report> reports) {
    Map<String, Counts> categories = new java.util.LinkedHashMap<>();
    Map<String, Counts> kinds = new java.util.LinkedHashMap<>();
    Counts total = new Counts(0, 0, 0);
    for (Report r : reports) {
      r.categories().forEach((k, c) -> categories.merge(k, c, (a, b) -> a.plus(b.units(), b.words(), b.characters())));
      r.kinds().forEach((k, c) -> kinds.merge(k, c, (a, b) -> a.plus(b.units(), b.words(), b.characters())));
      total = total.plus(r.total().units(), r.total().words(), r.total().characters());
    }
    return new Report(categories, kinds, total, List.of());
  }

  /** The category names in report order for a fuzzy threshold. */
  public static List<String> categories(int threshold) {
    List<String> names = new ArrayList<>(List.of("new", "changed", "exact", "tm-exact", "fuzzy-95-99", "fuzzy-85-94", "fuzzy-75-84"));
    if (threshold < 75) {
      names.add("fuzzy-" + threshold + "-74");
    }
    names.add("translated");
    names.add("repeated");
    return names;
  }

  /**
   * Analyses {@code units}; {@code results} (may be null: everything is new) are what
   * {@link Leverage} found for them, in the same order; {@code translated} (may be null) names
   * units already translated in the file analysed.
   */
  public static Report analyse(List<Unit> units, List<Leverage.Result> results, Set<String> translated,
      String sourceLocale, int threshold) {
    ULocale locale = ULocale.forLanguageTag(sourceLocale);
    Map<String, Counts> categories = new LinkedHashMap<>();
    for (String name : categories(threshold)) {
      categories.put(name, new Counts(0, 0, 0));
    }
    Map<String, Counts> kinds = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Counts total = new Counts(0, 0, 0);
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      int words = words(u.source(), locale);
      int chars = characters(u.source());
      String category;
      int score = 0;
      if (!seen.add(u.source().signature())) {
        category = "repeated";
      } else if (translated != null && translated.contains(u.id())) {
        category = "translated";
      } else if (results == null) {
        category = "new";
      } else {
        Leverage.Result r = results.get(i);
        score = r.score();
        category = switch (r.category()) {
          case NEW -> "new";
          case CHANGED -> "changed";
          case IN_CONTEXT -> "exact";
          case EXACT -> "tm-exact";
          case FUZZY -> band(r.score(), threshold);
        };
      }
      int places = u.pointers().size();
      categories.merge(category, new Counts(1, words, chars), (a, b) -> a.plus(b.units(), b.words(), b.characters()));
      if (places > 1) {
        int extra = places - 1;
        categories.merge("repeated", new Counts(extra, words * extra, chars * extra),
            (a, b) -> a.plus(b.units(), b.words(), b.characters()));
      }
      kinds.merge(u.kind(), new Counts(1, words, chars), (a, b) -> a.plus(b.units(), b.words(), b.characters()));
      total = total.plus(places, words * places, chars * places);
      rows.add(new Row(u.id(), u.kind(), category, score, places, words, chars));
    }
    return new Report(categories, kinds, total, rows);
  }

  private static String band(int score, int threshold) {
    if (score >= 95) {
      return "fuzzy-95-99";
    }
    if (score >= 85) {
      return "fuzzy-85-94";
    }
    if (score >= 75) {
      return "fuzzy-75-84";
    }
    return "fuzzy-" + threshold + "-74";
  }

  /** The words of a content's text for {@code locale}. */
  public static int words(Content content, ULocale locale) {
    String text = content.plainText();
    BreakIterator it = BreakIterator.getWordInstance(locale);
    it.setText(text);
    int n = 0;
    it.first();
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
        n++;
      }
    }
    return n;
  }

  /** The characters (code points) of a content's text. */
  public static int characters(Content content) {
    String text = content.plainText();
    return text.codePointCount(0, text.length());
  }
}
