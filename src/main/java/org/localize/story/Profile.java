package org.localize.story;

import java.util.List;

/**
 * A description of one story JSON format, as data: where its translatable strings are and what
 * they are, and where the document keeps its locale, id and publication date.
 *
 * <p>{@code detect} (may be null) tells whether a document is of this format; {@code locale},
 * {@code id} and {@code published} are paths to single string values (may be null); {@code skip}
 * lists paths that are never extracted even when a rule selects them.
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
    List<Path> skip) {

  public Profile {
    rules = List.copyOf(rules);
    skip = List.copyOf(skip);
  }

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

  /** Whether {@code root} looks like a document of this profile. */
  public boolean matches(JsonNode root) {
    return detect != null && detect.test(root);
  }
}
