package org.localize.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.story.Extraction;
import org.localize.story.JsonNode;
import org.localize.story.JsonPointer;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;
import org.localize.unit.Unit;

/**
 * The story in reading order, as groups of places: a string of the document's top level stands
 * alone (headline, lead); strings inside the same element of an array (a block: {@code /blocks/3/caption}
 * and {@code /blocks/3/credit}) form one group, which is a photo when the element names an image.
 * Works for any profile: it needs only the JSON pointers of the units and the source document.
 */
final class Layout {
  private static final Set<String> IMAGE_TYPES = Set.of("photo", "image", "picture", "img", "figure");
  private static final List<String> IMAGE_FIELDS = List.of("src", "url", "uri", "image", "imageUrl", "image_url", "href");
  private static final Pattern IMAGE_PATH = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif|svg)(\\?.*)?$");
  private static final Pattern NOTE_URL = Pattern.compile("https?://\\S+");

  /** One translatable place: the source string, the translation there (null if none), how each is read. */
  record Place(String pointer, String kind, TextFormat sourceFormat, String source, TextFormat targetFormat,
      String target, String sameAs) {}

  /** A photo: a safe http(s) URL (null when the story's is not one), its size and alternative text. */
  record Image(String src, String given, int width, int height, String alt) {}

  /** Places that belong together, with a title for the section and the group's type (may be null). */
  record Group(String key, String title, String type, Image image, List<Place> places) {}

  private Layout() {}

  /**
   * The groups of the story in reading order; then one group of the translated units the story does
   * not have (an XLIFF of another version), if any.
   */
  static List<Group> of(Review review) {
    Extraction ex = review.source();
    JsonNode root = ex.document().root();
    Map<String, TextPair> pairs = new LinkedHashMap<>();
    for (TextPair p : review.pairs()) {
      pairs.putIfAbsent(p.pointer(), p);
    }
    record Spot(Unit unit, String pointer, int offset) {}
    List<Spot> spots = new ArrayList<>();
    for (Unit u : ex.units()) {
      for (String pointer : u.pointers()) {
        JsonNode.StringNode node = ex.strings().get(pointer);
        spots.add(new Spot(u, pointer, node == null ? Integer.MAX_VALUE : node.start()));
      }
    }
    spots.sort(Comparator.comparingInt(Spot::offset));

    List<Group> groups = new ArrayList<>();
    Map<String, Boolean> used = new HashMap<>();
    String currentKey = null;
    List<Place> current = null;
    for (Spot s : spots) {
      Unit u = s.unit();
      TextPair pair = pairs.get(s.pointer());
      String sameAs = null;
      if (pair == null && !s.pointer().equals(u.pointer())) {
        pair = pairs.get(u.pointer()); // a string sent once for several places (XLIFF)
        sameAs = pair == null ? null : u.pointer();
      }
      if (pair != null) {
        used.put(pair.pointer(), true);
      }
      JsonNode.StringNode node = ex.strings().get(s.pointer());
      String source = node != null ? node.value() : pair != null ? pair.source() : "";
      Place place = new Place(s.pointer(), u.kind(), u.format(), source,
          pair == null ? u.format() : pair.format(), pair == null ? null : pair.target(), sameAs);
      String key = groupKey(root, s.pointer());
      if (current != null && key != null && key.equals(currentKey)) {
        current.add(place);
        continue;
      }
      current = new ArrayList<>();
      current.add(place);
      currentKey = key;
      groups.add(new Group(key == null ? s.pointer() : key, null, null, null, current));
    }
    List<Group> done = new ArrayList<>();
    for (Group g : groups) {
      done.add(describe(root, g, u -> findUnit(ex, u)));
    }
    List<Place> stray = new ArrayList<>();
    for (TextPair p : review.pairs()) {
      if (!used.containsKey(p.pointer())) {
        stray.add(new Place(p.pointer(), p.kind(), p.format(), p.source(), p.format(), p.target(), null));
        used.put(p.pointer(), true);
      }
    }
    if (!stray.isEmpty()) {
      done.add(new Group("(other)", "Units the source story does not have", null, null, stray));
    }
    return done;
  }

  private static Unit findUnit(Extraction ex, String pointer) {
    for (Unit u : ex.units()) {
      if (u.pointers().contains(pointer)) {
        return u;
      }
    }
    return null;
  }

  /** The pointer of the deepest object that is an element of an array and holds {@code pointer}, or null. */
  static String groupKey(JsonNode root, String pointer) {
    List<String> tokens = tokens(pointer);
    for (int k = tokens.size() - 1; k >= 1; k--) {
      if (!tokens.get(k - 1).chars().allMatch(Character::isDigit) || tokens.get(k - 1).isEmpty()) {
        continue;
      }
      String prefix = pointerOf(tokens.subList(0, k));
      String parent = pointerOf(tokens.subList(0, k - 1));
      if (JsonPointer.resolve(root, prefix) instanceof JsonNode.ObjectNode
          && JsonPointer.resolve(root, parent) instanceof JsonNode.ArrayNode) {
        return prefix;
      }
    }
    return null;
  }

  private static Group describe(JsonNode root, Group g, java.util.function.Function<String, Unit> units) {
    JsonNode node = JsonPointer.resolve(root, g.key()); // a string for a place that stands alone
    if (!(node instanceof JsonNode.ObjectNode block)) {
      return new Group(g.key(), human(g.places().get(0).kind()), null, null, g.places());
    }
    String type = string(block, "type");
    String id = string(block, "id");
    String title = (type != null ? human(type) : human(g.places().get(0).kind())) + (id != null ? " · " + id : "");
    Image image = image(block, type, g, units);
    return new Group(g.key(), title, type, image, g.places());
  }

  private static Image image(JsonNode.ObjectNode block, String type, Group g, java.util.function.Function<String, Unit> units) {
    boolean imageType = type != null && IMAGE_TYPES.contains(type.toLowerCase(Locale.ROOT));
    String given = null;
    for (String field : IMAGE_FIELDS) {
      String value = string(block, field);
      if (value != null && (imageType || (field.equals("src") && IMAGE_PATH.matcher(value).matches())
          || IMAGE_PATH.matcher(value).matches() && !field.equals("href"))) {
        given = value;
        break;
      }
    }
    if (given == null) {
      for (Place p : g.places()) {
        Unit u = units.apply(p.pointer());
        for (String note : u == null ? List.<String>of() : u.notes()) {
          Matcher m = NOTE_URL.matcher(note);
          if (m.find() && (IMAGE_PATH.matcher(m.group()).matches() || note.startsWith("Photo:") || note.startsWith("Image:"))) {
            given = m.group();
            break;
          }
        }
        if (given != null) {
          break;
        }
      }
    }
    if (given == null) {
      return null;
    }
    int width = size(block, "width");
    int height = size(block, "height");
    if (width == 0 || height == 0) {
      width = 1200;
      height = 800;
    }
    String alt = null;
    String caption = null;
    for (Place p : g.places()) {
      if (p.kind().equals("alt")) {
        alt = p.source();
      } else if (p.kind().equals("caption") && caption == null) {
        caption = p.source();
      }
    }
    if (alt == null) {
      alt = caption != null ? plain(caption) : "Photo";
    }
    return new Image(Html.safeUrl(given), given, width, height, alt);
  }

  private static String string(JsonNode.ObjectNode o, String name) {
    return o.get(name) instanceof JsonNode.StringNode s && !s.value().isBlank() ? s.value() : null;
  }

  private static int size(JsonNode.ObjectNode o, String name) {
    if (o.get(name) instanceof JsonNode.ScalarNode s) {
      try {
        double d = Double.parseDouble(s.literal());
        return d >= 1 && d <= 100_000 ? (int) Math.round(d) : 0;
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  /** The text of an inline-HTML string without its tags, for alternative text. */
  static String plain(String html) {
    return html.replaceAll("<[^>]*>", "").replace("&nbsp;", "\u00A0").replace("&amp;", "&").strip();
  }

  /** "appeal-title" → "Appeal title". */
  static String human(String kind) {
    String s = kind.replace('-', ' ').replace('_', ' ').strip();
    return s.isEmpty() ? "Unit" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  private static String pointerOf(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
