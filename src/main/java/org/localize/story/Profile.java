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

  /** Whether {@code root} looks like a document of this profile. */
  public boolean matches(JsonNode root) {
    return detect != null && detect.test(root);
  }
}
