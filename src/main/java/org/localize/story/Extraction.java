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
 * believes them translated. {@code ranges} lists, by place, the character ranges over its string
 * that merge recomputes; {@code otherLocaleNodes} the locale strings of the other documents of a
 * story that is a list of documents (merge rewrites them too).
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
    List<Problem> left,
    Map<String, List<RangeBinding>> ranges,
    List<JsonNode.StringNode> otherLocaleNodes) {

  public Extraction {
    units = List.copyOf(units);
    strings = Map.copyOf(strings);
    derived = Map.copyOf(derived);
    left = List.copyOf(left);
    ranges = ranges == null ? Map.of() : Map.copyOf(ranges);
    otherLocaleNodes = otherLocaleNodes == null ? List.of() : List.copyOf(otherLocaleNodes);
  }

  public Extraction(
      StoryDocument document, Profile profile, List<Unit> units, Map<String, JsonNode.StringNode> strings,
      JsonNode.StringNode localeNode, String storyId, String published, Map<String, List<Derivation.Derived>> derived,
      List<Problem> left) {
    this(document, profile, units, strings, localeNode, storyId, published, derived, left, Map.of(), List.of());
  }

  public Extraction(
      StoryDocument document, Profile profile, List<Unit> units, Map<String, JsonNode.StringNode> strings,
      JsonNode.StringNode localeNode, String storyId, String published) {
    this(document, profile, units, strings, localeNode, storyId, published, Map.of(), List.of());
  }

  /**
   * A character range over the string at a unit's place, which merge recomputes from where the
   * translation puts its codes: the range object's pointer, its start and length numbers, and the
   * codes that mark its two ends in the unit's source (one placeholder for a point).
   */
  public record RangeBinding(String pointer, JsonNode.ScalarNode start, JsonNode.ScalarNode length,
      org.localize.unit.Content.Code startCode, org.localize.unit.Content.Code endCode) {}

  /** The ranges over the string at {@code pointer} (empty for most places). */
  public List<RangeBinding> rangesAt(String pointer) {
    return ranges.getOrDefault(pointer, List.of());
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
