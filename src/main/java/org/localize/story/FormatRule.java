package org.localize.story;

import java.util.List;
import java.util.Map;
import org.localize.story.JsonNode.StringNode;
import org.localize.unit.TextFormat;

/**
 * How a rule decides the format of its strings: fixed, or read from a sibling field through a map
 * (ninjs {@code contentType}, Apple News {@code format}).
 */
public record FormatRule(TextFormat fixed, List<String> from, Map<String, TextFormat> map, TextFormat fallback) {

  public FormatRule {
    from = from == null ? List.of() : List.copyOf(from);
    map = map == null ? Map.of() : Map.copyOf(map);
  }

  public static FormatRule of(TextFormat format) {
    return new FormatRule(format, null, null, format);
  }

  /** The format of the string matched in {@code match}. */
  public TextFormat formatOf(Path.Match match) {
    if (fixed != null) {
      return fixed;
    }
    JsonNode value = match.holder() == null ? null : Filter.resolve(match.holder(), from);
    if (value instanceof StringNode s) {
      TextFormat mapped = map.get(s.value());
      if (mapped != null) {
        return mapped;
      }
    }
    return fallback;
  }
}
