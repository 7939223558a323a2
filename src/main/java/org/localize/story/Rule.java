package org.localize.story;

import java.util.List;

/**
 * One unit rule of a profile: which strings it selects, what kind of unit they are, their format,
 * the notes for the translator, the layout's length limit (0 = none), an optional id template, and
 * whether identical strings of this rule are sent once, and its {@link Variants} (may be null);
 * the HTML attributes whose values are translated in its HTML strings ({@code alt}, {@code title}).
 *
 * <p>{@code where} is the rule's JSON pointer in the profile file, for error messages.
 */
public record Rule(
    Path path,
    String kind,
    FormatRule format,
    List<Template> notes,
    int maxLength,
    Template id,
    boolean dedupe,
    Variants variants,
    String where,
    java.util.Set<String> attributes) {

  public Rule {
    notes = List.copyOf(notes);
    attributes = attributes == null ? java.util.Set.of() : java.util.Set.copyOf(attributes);
  }

  public Rule(Path path, String kind, FormatRule format, List<Template> notes, int maxLength, Template id, boolean dedupe,
      Variants variants, String where) {
    this(path, kind, format, notes, maxLength, id, dedupe, variants, where, null);
  }

  public Rule(Path path, String kind, FormatRule format, List<Template> notes, int maxLength, Template id, boolean dedupe, String where) {
    this(path, kind, format, notes, maxLength, id, dedupe, null, where);
  }
}
