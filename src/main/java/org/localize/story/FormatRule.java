package org.localize.story;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.story.JsonNode.StringNode;
import org.localize.unit.TextFormat;

/**
 * How a rule decides the format of its strings: fixed, or read from a sibling field through a map
 * (ninjs {@code contentType}, Apple News {@code format}). A value mapped to {@code "skip"} (or a
 * {@code "default": "skip"}) marks strings that are not translatable, such as an XML wire format
 * kept beside an HTML body: they are left as they are and reported.
 */
public record FormatRule(
    TextFormat fixed, List<String> from, Map<String, TextFormat> map, TextFormat fallback, Set<String> skip, boolean skipByDefault) {

  /** The word that marks a value as not translatable in a format map. */
  public static final String SKIP = "skip";

  public FormatRule {
    from = from == null ? List.of() : List.copyOf(from);
    map = map == null ? Map.of() : Map.copyOf(map);
    skip = skip == null ? Set.of() : Set.copyOf(skip);
  }

  public FormatRule(TextFormat fixed, List<String> from, Map<String, TextFormat> map, TextFormat fallback) {
    this(fixed, from, map, fallback, Set.of(), false);
  }

  public static FormatRule of(TextFormat format) {
    return new FormatRule(format, null, null, format);
  }

  /** The format of the string matched in {@code match}, or null when the profile says to skip it. */
  public TextFormat formatOf(Path.Match match) {
    if (fixed != null) {
      return fixed;
    }
    String value = sibling(match);
    if (value != null) {
      if (skip.contains(value)) {
        return null;
      }
      TextFormat mapped = map.get(value);
      if (mapped != null) {
        return mapped;
      }
    }
    return skipByDefault ? null : fallback;
  }

  /** {@code from} that names the matched member's own name, for formats told by key suffix (ninjs 1.x). */
  public static final String KEY = "{key}";

  /**
   * The value that chooses the format: the sibling field ({@code contentType}), or the matched
   * member's name when {@code from} is {@value #KEY}; null when there is none.
   */
  public String sibling(Path.Match match) {
    if (fixed != null) {
      return null;
    }
    if (from.size() == 1 && from.get(0).equals(KEY)) {
      String p = match.pointer();
      return p.substring(p.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
    if (match.holder() == null) {
      return null;
    }
    return Filter.resolve(match.holder(), from) instanceof StringNode s ? s.value() : null;
  }

  /** {@code @.contentType} or {@code {key}}, for messages. */
  public String fromText() {
    return from.size() == 1 && from.get(0).equals(KEY) ? "the field's name" : "@." + String.join(".", from);
  }
}
