package org.localize.story;

import java.util.List;
import java.util.Map;
import org.localize.diag.Problem;
import org.localize.unit.Unit;

/**
 * What a profile finds in a story: the units in story order, the string node behind every pointer
 * of every unit (for merge), and the document's own metadata (any of which may be null).
 *
 * <p>{@code derived} lists, by the pointer of a unit's place, the places whose strings merge
 * regenerates from that place's translation (other representations of the same text);
 * {@code left} reports the strings the profile selects but that are left as they are (whole HTML
 * documents, formats marked {@code skip}, representations that cannot be derived), so that nobody
 * believes them translated.
 */
public record Extraction(
    StoryDocument document,
    Profile profile,
    List<Unit> units,
    Map<String, JsonNode.StringNode> strings,
    JsonNode.StringNode localeNode,
    String storyId,
    String published,
    Map<String, List<Derivation.Derived>> derived,
    List<Problem> left) {

  public Extraction {
    units = List.copyOf(units);
    strings = Map.copyOf(strings);
    derived = Map.copyOf(derived);
    left = List.copyOf(left);
  }

  public Extraction(
      StoryDocument document, Profile profile, List<Unit> units, Map<String, JsonNode.StringNode> strings,
      JsonNode.StringNode localeNode, String storyId, String published) {
    this(document, profile, units, strings, localeNode, storyId, published, Map.of(), List.of());
  }

  /** The places derived from the translation at {@code pointer} (empty for most places). */
  public List<Derivation.Derived> derivedFrom(String pointer) {
    return derived.getOrDefault(pointer, List.of());
  }

  /** The JSON pointer of the string that holds the story's locale (merge rewrites it), or null. */
  public String localePointer() {
    if (localeNode == null || profile.locale() == null) {
      return null;
    }
    for (Path.Match m : profile.locale().evaluate(document.root())) {
      if (m.node() == localeNode) {
        return m.pointer();
      }
    }
    return null;
  }

  /** The locale the story declares, or null. */
  public String declaredLocale() {
    return localeNode == null ? null : localeNode.value();
  }
}
