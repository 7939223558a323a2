package org.localize.story;

import java.util.List;
import java.util.Map;
import org.localize.unit.Unit;

/**
 * What a profile finds in a story: the units in story order, the string node behind every pointer
 * of every unit (for merge), and the document's own metadata (any of which may be null).
 */
public record Extraction(
    StoryDocument document,
    Profile profile,
    List<Unit> units,
    Map<String, JsonNode.StringNode> strings,
    JsonNode.StringNode localeNode,
    String storyId,
    String published) {

  public Extraction {
    units = List.copyOf(units);
    strings = Map.copyOf(strings);
  }

  /** The locale the story declares, or null. */
  public String declaredLocale() {
    return localeNode == null ? null : localeNode.value();
  }
}
