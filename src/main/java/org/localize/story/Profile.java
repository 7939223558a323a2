package org.localize.story;

import java.util.List;

/**
 * A description of one story JSON format, as data: where its translatable strings are and what
 * they are, and where the document keeps its locale, id and publication date.
 *
 * <p>{@code detect} (may be null) tells whether a document is of this format; {@code locale},
 * {@code id} and {@code published} are paths to single string values (may be null); {@code skip}
 * lists paths that are never extracted even when a rule selects them. {@code defaultLocale} (may
 * be null) is the locale of a document that does not say its own (a WordPress post); {@code ranges}
 * say where the format keeps character ranges over its strings (Apple News), which merge recomputes.
 */
public record Profile(
    String name,
    String title,
    String origin,
    Filter detect,
    Path locale,
    Path id,
    Path published,
    List<Rule> rules,
    List<Path> skip,
    String defaultLocale,
    List<RangeRule> ranges) {

  public Profile {
    rules = List.copyOf(rules);
    skip = List.copyOf(skip);
    ranges = ranges == null ? List.of() : List.copyOf(ranges);
  }

  public Profile(String name, String title, String origin, Filter detect, Path locale, Path id, Path published,
      List<Rule> rules, List<Path> skip) {
    this(name, title, origin, detect, locale, id, published, rules, skip, null, List.of());
  }

  /**
   * Where ranges over a string are kept: objects found by {@code path} from the object that holds
   * the string ({@code relative}, written {@code @.inlineTextStyles[*]}) or from the document
   * (written {@code $..anchor}; then only those whose member {@code target} equals the holder's
   * member {@code id}), each with a start and a length member (UTF-16 offsets into the string).
   */
  public record RangeRule(Path path, boolean relative, List<String> target, List<String> id, String start, String length,
      String where) {}

  /** The prefix of {@link #origin} for a profile that ships with the tool. */
  public static final String BUILT_IN_ORIGIN = "profile:";

  /** The file the profile was read from, as given; null for a built-in profile. */
  public String file() {
    return origin == null || origin.startsWith(BUILT_IN_ORIGIN) ? null : origin;
  }

  /** "ninjs-3", or "guardian from examples/profiles/guardian.json" for a profile file. */
  public String describe() {
    return file() == null ? name : name + " from " + file();
  }

  /**
   * Whether {@code root} looks like a document of this profile; a JSON array (a list response such
   * as WordPress's {@code ?slug=}) does when each of its elements does.
   */
  public boolean matches(JsonNode root) {
    if (detect == null) {
      return false;
    }
    if (root instanceof JsonNode.ArrayNode array) {
      if (array.elements().isEmpty()) {
        return false;
      }
      for (JsonNode e : array.elements()) {
        if (!(e instanceof JsonNode.ObjectNode) || !detect.test(e)) {
          return false;
        }
      }
      return true;
    }
    return detect.test(root);
  }
}
