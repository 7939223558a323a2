package org.localize.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.diag.LocalizeException;
import org.localize.story.JsonNode.ArrayNode;
import org.localize.story.JsonNode.Member;
import org.localize.story.JsonNode.ObjectNode;
import org.localize.story.JsonNode.ScalarNode;
import org.localize.story.JsonNode.StringNode;
import org.localize.unit.TextFormat;

/**
 * Reads profile files (the format is documented in docs/formats.md, "Writing a profile"). Every mistake
 * is reported with the file, the line and column, and the JSON pointer of the offending value.
 */
public final class ProfileLoader {
  /** The profiles that ship with the tool, in the order auto-detection tries them. */
  public static final List<String> BUILT_IN =
      List.of("story", "ans", "apple-news", "wordpress", "ninjs-3", "ninjs-2", "ninjs-1");

  private static final Set<String> TOP_KEYS =
      Set.of("$schema", "name", "title", "detect", "locale", "defaultLocale", "id", "published", "dedupe", "attributes",
          "ranges", "units", "skip");
  private static final Set<String> RULE_KEYS =
      Set.of("path", "kind", "format", "note", "notes", "maxLength", "id", "dedupe", "variants", "attributes");
  private static final Set<String> RANGE_KEYS = Set.of("path", "target", "id", "start", "length");
  private static final Set<String> FORMAT_KEYS = Set.of("from", "map", "default");
  private static final Set<String> VARIANTS_KEYS = Set.of("prefer", "derive", "otherwise");

  private final StoryDocument doc;

  private ProfileLoader(StoryDocument doc) {
    this.doc = doc;
  }

  /** Built-in profiles, parsed once per JVM (a batch reads thousands of stories with the same few). */
  private static final java.util.concurrent.ConcurrentHashMap<String, Profile> BUILT_IN_CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A built-in profile by name. */
  public static Profile builtIn(String name) {
    Profile cached = BUILT_IN_CACHE.get(name);
    if (cached != null) {
      return cached;
    }
    Profile p = parseBuiltIn(name);
    BUILT_IN_CACHE.putIfAbsent(name, p);
    return p;
  }

  private static Profile parseBuiltIn(String name) {
    String resource = "/profiles/" + name + ".json";
    try (InputStream in = ProfileLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw LocalizeException.usage(
            "unknown profile '" + name + "'; built-in profiles: " + String.join(", ", BUILT_IN)
                + ", or give the path of a profile file");
      }
      return parse(Profile.BUILT_IN_ORIGIN + name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A profile named on the command line: a built-in name, or the path of a profile file. */
  public static Profile resolve(String nameOrPath) {
    if (BUILT_IN.contains(nameOrPath)) {
      return builtIn(nameOrPath);
    }
    Path path = Path.of(nameOrPath);
    if (!Files.exists(path) && !nameOrPath.contains("/") && !nameOrPath.endsWith(".json")) {
      return builtIn(nameOrPath);
    }
    return parse(path.toString(), StoryReader.read(path).bytes());
  }

  /** Parses profile bytes; {@code name} names the file in messages. */
  public static Profile parse(String name, byte[] bytes) {
    return new ProfileLoader(StoryReader.parse(name, bytes)).profile();
  }

  private Profile profile() {
    ObjectNode top = object(doc.root(), "");
    checkKeys(top, "", TOP_KEYS);
    String name = string(top, "", "name", true);
    String title = string(top, "", "title", false);
    boolean dedupe = bool(top, "", "dedupe", true);
    Set<String> attributes = attributes(top, "");
    String defaultLocale = string(top, "", "defaultLocale", false);
    if (defaultLocale != null) {
      try {
        defaultLocale = org.localize.locale.LocaleTags.canonical(defaultLocale);
      } catch (IllegalArgumentException e) {
        throw error(top.get("defaultLocale"), "/defaultLocale", e.getMessage());
      }
    }
    Filter detect = null;
    JsonNode detectNode = top.get("detect");
    if (detectNode != null) {
      String expr = ((StringNode) require(detectNode, "/detect", StringNode.class, "a filter expression")).value();
      try {
        detect = new PathParser(expr).parseStandaloneFilter();
      } catch (PathSyntaxException e) {
        throw error(detectNode, "/detect", e.getMessage());
      }
    }
    List<Rule> rules = new ArrayList<>();
    JsonNode units = top.get("units");
    if (units == null) {
      throw error(top, "", "a profile needs \"units\": a list of rules");
    }
    ArrayNode list = (ArrayNode) require(units, "/units", ArrayNode.class, "a list of rules");
    for (int i = 0; i < list.elements().size(); i++) {
      rules.add(rule(list.elements().get(i), "/units/" + i, dedupe, attributes));
    }
    List<org.localize.story.Path> skip = new ArrayList<>();
    JsonNode skipNode = top.get("skip");
    if (skipNode != null) {
      ArrayNode skips = (ArrayNode) require(skipNode, "/skip", ArrayNode.class, "a list of paths");
      for (int i = 0; i < skips.elements().size(); i++) {
        skip.add(path(skips.elements().get(i), "/skip/" + i));
      }
    }
    List<Profile.RangeRule> ranges = new ArrayList<>();
    JsonNode rangesNode = top.get("ranges");
    if (rangesNode != null) {
      ArrayNode arr = (ArrayNode) require(rangesNode, "/ranges", ArrayNode.class, "a list of range rules");
      for (int i = 0; i < arr.elements().size(); i++) {
        ranges.add(range(arr.elements().get(i), "/ranges/" + i));
      }
    }
    return new Profile(
        name,
        title == null ? name : title,
        doc.name(),
        detect,
        optionalPath(top, "locale"),
        optionalPath(top, "id"),
        optionalPath(top, "published"),
        rules,
        skip,
        defaultLocale,
        ranges);
  }

  /** A range rule: {"path": "@.inlineTextStyles[*]"}, or {"path": "$..anchor", "target": "@.x", "id": "@.y"}. */
  private Profile.RangeRule range(JsonNode node, String where) {
    ObjectNode obj = object(node, where);
    checkKeys(obj, where, RANGE_KEYS);
    String text = string(obj, where, "path", true);
    boolean relative = text.startsWith("@");
    org.localize.story.Path path;
    try {
      path = org.localize.story.Path.compile(relative ? "$" + text.substring(1) : text);
    } catch (PathSyntaxException e) {
      throw error(obj.get("path"), where + "/path", e.getMessage() + " (a range path starts with @, the object that"
          + " holds the string, or $, the document)");
    }
    String target = string(obj, where, "target", false);
    String id = string(obj, where, "id", false);
    if (relative != (target == null && id == null) || (target == null) != (id == null)) {
      throw error(obj, where, relative
          ? "a path from the string's object (@) needs no \"target\" and \"id\""
          : "a path from the document ($) needs \"target\" (the range's member naming the text) and \"id\""
              + " (the member of the string's object it must equal), such as \"@.targetComponentIdentifier\" and \"@.identifier\"");
    }
    return new Profile.RangeRule(path, relative, member(obj, where, "target"), member(obj, where, "id"),
        fieldName(obj, where, "start", "rangeStart"), fieldName(obj, where, "length", "rangeLength"), where);
  }

  private List<String> member(ObjectNode obj, String where, String key) {
    String s = string(obj, where, key, false);
    if (s == null) {
      return null;
    }
    if (!s.startsWith("@.") || s.length() < 3) {
      throw error(obj.get(key), where + "/" + key, "expected a member such as \"@.identifier\"");
    }
    return List.of(s.substring(2).split("\\."));
  }

  private String fieldName(ObjectNode obj, String where, String key, String fallback) {
    String s = string(obj, where, key, false);
    return s == null ? fallback : s;
  }

  /** "attributes": ["alt", "title"], or the profile's own list when the key is absent (null there: none). */
  private Set<String> attributes(ObjectNode obj, String where) {
    JsonNode node = obj.get("attributes");
    if (node == null) {
      return null;
    }
    ArrayNode arr = (ArrayNode) require(node, where + "/attributes", ArrayNode.class, "a list of attribute names, such as [\"alt\", \"title\"]");
    Set<String> names = new java.util.LinkedHashSet<>();
    for (int i = 0; i < arr.elements().size(); i++) {
      String w = where + "/attributes/" + i;
      String name = ((StringNode) require(arr.elements().get(i), w, StringNode.class, "an attribute name")).value();
      if (!name.matches("[A-Za-z_:][-A-Za-z0-9_:.]*")) {
        throw error(arr.elements().get(i), w, "\"" + name + "\" is no attribute name");
      }
      names.add(name.toLowerCase(java.util.Locale.ROOT));
    }
    return names;
  }

  private Rule rule(JsonNode node, String where, boolean defaultDedupe, Set<String> defaultAttributes) {
    ObjectNode obj = object(node, where);
    checkKeys(obj, where, RULE_KEYS);
    JsonNode pathNode = obj.get("path");
    if (pathNode == null) {
      throw error(obj, where, "a rule needs a \"path\", such as \"$.headline\"");
    }
    org.localize.story.Path path = path(pathNode, where + "/path");
    String kind = string(obj, where, "kind", true);
    if (!kind.matches("[a-z][a-z0-9-]*")) {
      throw error(obj.get("kind"), where + "/kind", "a kind is lower-case letters, digits and '-', such as \"caption\"");
    }
    FormatRule format = format(obj.get("format"), where + "/format");
    List<Template> notes = new ArrayList<>();
    String note = string(obj, where, "note", false);
    if (note != null) {
      notes.add(template(obj.get("note"), where + "/note"));
    }
    JsonNode notesNode = obj.get("notes");
    if (notesNode != null) {
      ArrayNode arr = (ArrayNode) require(notesNode, where + "/notes", ArrayNode.class, "a list of note templates");
      for (int i = 0; i < arr.elements().size(); i++) {
        notes.add(template(arr.elements().get(i), where + "/notes/" + i));
      }
    }
    int maxLength = 0;
    JsonNode max = obj.get("maxLength");
    if (max != null) {
      ScalarNode n = (ScalarNode) require(max, where + "/maxLength", ScalarNode.class, "a whole number");
      try {
        maxLength = Integer.parseInt(n.literal());
      } catch (NumberFormatException e) {
        maxLength = -1;
      }
      if (maxLength <= 0) {
        throw error(max, where + "/maxLength", "expected a whole number of characters above 0");
      }
    }
    Template id = obj.get("id") == null ? null : template(obj.get("id"), where + "/id");
    Variants variants = obj.get("variants") == null ? null : variants(obj.get("variants"), where + "/variants", path);
    Set<String> attributes = attributes(obj, where);
    return new Rule(path, kind, format, notes, maxLength, id, bool(obj, where, "dedupe", defaultDedupe), variants, where,
        attributes != null ? attributes : defaultAttributes);
  }

  private Variants variants(JsonNode node, String where, org.localize.story.Path path) {
    ObjectNode obj = object(node, where);
    checkKeys(obj, where, VARIANTS_KEYS);
    if (path.segmentsAfterLastChoice() < 0) {
      throw error(node, where, "variants are the strings that differ only at the path's last *, [*], name glob,"
          + " ['a','b'] union or filter, followed by fixed names; the path \"" + path + "\" has no such step");
    }
    List<TextFormat> prefer = new ArrayList<>();
    JsonNode preferNode = obj.get("prefer");
    if (preferNode != null) {
      ArrayNode arr = (ArrayNode) require(preferNode, where + "/prefer", ArrayNode.class, "a list of formats, such as [\"html\", \"text\"]");
      for (int i = 0; i < arr.elements().size(); i++) {
        String w = where + "/prefer/" + i;
        prefer.add(textFormat((StringNode) require(arr.elements().get(i), w, StringNode.class, "a format"), w));
      }
    }
    boolean stripTags = false;
    String derive = string(obj, where, "derive", false);
    if (derive != null) {
      if (!derive.equals("strip-tags")) {
        throw error(obj.get("derive"), where + "/derive", "unknown derivation \"" + derive
            + "\"; the one there is: strip-tags (plain text made from the translated HTML)");
      }
      stripTags = true;
    }
    String otherwise = string(obj, where, "otherwise", false);
    if (otherwise != null && !otherwise.equals("translate") && !otherwise.equals("keep")) {
      throw error(obj.get("otherwise"), where + "/otherwise", "expected \"translate\" (send it as a unit of its own)"
          + " or \"keep\" (leave it as it is and report it), not \"" + otherwise + "\"");
    }
    return new Variants(prefer, stripTags, "keep".equals(otherwise));
  }

  private FormatRule format(JsonNode node, String where) {
    if (node == null) {
      return FormatRule.of(TextFormat.TEXT);
    }
    if (node instanceof StringNode s) {
      return FormatRule.of(textFormat(s, where));
    }
    ObjectNode obj = object(node, where);
    checkKeys(obj, where, FORMAT_KEYS);
    String from = string(obj, where, "from", true);
    if (!from.startsWith("@.") && !from.equals(FormatRule.KEY)) {
      throw error(obj.get("from"), where + "/from",
          "expected a sibling field such as \"@.contentType\", or \"{key}\" for the field's own name");
    }
    Map<String, TextFormat> map = new LinkedHashMap<>();
    Set<String> skip = new java.util.HashSet<>();
    JsonNode mapNode = obj.get("map");
    if (mapNode != null) {
      for (Member m : object(mapNode, where + "/map").members()) {
        String w = JsonPointer.child(where + "/map", m.name());
        StringNode value = (StringNode) require(m.value(), w, StringNode.class, "a format");
        if (value.value().equals(FormatRule.SKIP)) {
          skip.add(m.name());
        } else {
          map.put(m.name(), textFormat(value, w));
        }
      }
    }
    JsonNode def = obj.get("default");
    StringNode defNode = def == null ? null : (StringNode) require(def, where + "/default", StringNode.class, "a format");
    boolean skipByDefault = defNode != null && defNode.value().equals(FormatRule.SKIP);
    TextFormat fallback = defNode == null || skipByDefault ? TextFormat.TEXT : textFormat(defNode, where + "/default");
    List<String> fromPath = from.equals(FormatRule.KEY) ? List.of(FormatRule.KEY) : List.of(from.substring(2).split("\\."));
    return new FormatRule(null, fromPath, map, fallback, skip, skipByDefault);
  }

  private TextFormat textFormat(StringNode s, String where) {
    try {
      return TextFormat.parse(s.value());
    } catch (IllegalArgumentException e) {
      throw error(s, where, "unknown format \"" + s.value() + "\"; use text, html, xml or messageformat"
          + (where.contains("/format/") ? " (or skip, for strings that are not to be translated)" : ""));
    }
  }

  private org.localize.story.Path path(JsonNode node, String where) {
    StringNode s = (StringNode) require(node, where, StringNode.class, "a path such as \"$.headline\"");
    try {
      return org.localize.story.Path.compile(s.value());
    } catch (PathSyntaxException e) {
      throw error(node, where, e.getMessage());
    }
  }

  private org.localize.story.Path optionalPath(ObjectNode obj, String key) {
    JsonNode node = obj.get(key);
    return node == null ? null : path(node, "/" + key);
  }

  private Template template(JsonNode node, String where) {
    StringNode s = (StringNode) require(node, where, StringNode.class, "a text");
    try {
      return Template.compile(s.value());
    } catch (PathSyntaxException e) {
      throw error(node, where, e.getMessage());
    }
  }

  private ObjectNode object(JsonNode node, String where) {
    return (ObjectNode) require(node, where, ObjectNode.class, "an object");
  }

  private String string(ObjectNode obj, String where, String key, boolean required) {
    JsonNode node = obj.get(key);
    if (node == null) {
      if (required) {
        throw error(obj, where, "missing \"" + key + "\"");
      }
      return null;
    }
    return ((StringNode) require(node, where + "/" + key, StringNode.class, "a string")).value();
  }

  private boolean bool(ObjectNode obj, String where, String key, boolean fallback) {
    JsonNode node = obj.get(key);
    if (node == null) {
      return fallback;
    }
    if (node instanceof ScalarNode s && (s.literal().equals("true") || s.literal().equals("false"))) {
      return s.literal().equals("true");
    }
    throw error(node, where + "/" + key, "expected true or false, found " + JsonNode.describe(node));
  }

  private JsonNode require(JsonNode node, String where, Class<? extends JsonNode> type, String expected) {
    if (!type.isInstance(node)) {
      throw error(node, where, "expected " + expected + ", found " + JsonNode.describe(node));
    }
    return node;
  }

  private void checkKeys(ObjectNode obj, String where, Set<String> allowed) {
    for (Member m : obj.members()) {
      if (!allowed.contains(m.name())) {
        throw error(
            m.value(),
            JsonPointer.child(where, m.name()),
            "unknown key \"" + m.name() + "\"; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  private LocalizeException error(JsonNode node, String pointer, String message) {
    String place = doc.position(node.start()) + " (" + (pointer.isEmpty() ? "/" : pointer) + ")";
    return LocalizeException.input(doc.name(), place, "invalid profile: " + message);
  }
}
