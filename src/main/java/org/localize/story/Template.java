package org.localize.story;

import java.util.ArrayList;
import java.util.List;
import org.localize.story.JsonNode.ScalarNode;
import org.localize.story.JsonNode.StringNode;

/**
 * Text with references to values of the story, for notes and unit ids: {@code {@.src}} is a member
 * of the object that holds the matched string, {@code {$.id}} a member of the document,
 * {@code {key}} the matched member's name, {@code {pointer}} its JSON pointer; {@code {{} and
 * {@code }}} are literal braces.
 */
public final class Template {
  private final String text;
  private final List<Object> parts; // String literals and Ref references

  private record Ref(boolean fromRoot, List<String> path, String special) {}

  private Template(String text, List<Object> parts) {
    this.text = text;
    this.parts = List.copyOf(parts);
  }

  /** Compiles a template; throws {@link PathSyntaxException} for an unclosed or unknown reference. */
  public static Template compile(String text) {
    List<Object> parts = new ArrayList<>();
    int i = 0;
    StringBuilder literal = new StringBuilder();
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
        literal.append(c); // {{ and }} stand for literal braces
        i += 2;
        continue;
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i);
      if (close < 0) {
        throw new PathSyntaxException(text, i, "unclosed '{'");
      }
      if (literal.length() > 0) {
        parts.add(literal.toString());
        literal.setLength(0);
      }
      parts.add(parseRef(text, i, text.substring(i + 1, close).trim()));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return new Template(text, parts);
  }

  private static Ref parseRef(String text, int at, String ref) {
    if (ref.equals("key") || ref.equals("pointer")) {
      return new Ref(false, List.of(), ref);
    }
    if (!(ref.startsWith("@.") || ref.startsWith("$."))) {
      throw new PathSyntaxException(text, at, "expected {@.member}, {$.member}, {key} or {pointer}");
    }
    List<String> path = List.of(ref.substring(2).split("\\."));
    for (String name : path) {
      if (name.isEmpty()) {
        throw new PathSyntaxException(text, at, "empty member name");
      }
    }
    return new Ref(ref.charAt(0) == '$', path, null);
  }

  /**
   * The text with its references filled in from a match, or null when a referenced value is
   * missing or not a string or number (so that a note about a photo's URL is left out when there is
   * no URL).
   */
  public String render(JsonNode root, Path.Match match) {
    StringBuilder sb = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof String s) {
        sb.append(s);
        continue;
      }
      Ref ref = (Ref) part;
      if ("pointer".equals(ref.special())) {
        sb.append(match.pointer());
        continue;
      }
      if ("key".equals(ref.special())) {
        String p = match.pointer();
        sb.append(p.substring(p.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~"));
        continue;
      }
      JsonNode base = ref.fromRoot() ? root : match.holder();
      JsonNode value = base == null ? null : Filter.resolve(base, ref.path());
      if (value instanceof StringNode s && !s.value().isEmpty()) {
        sb.append(s.value());
      } else if (value instanceof ScalarNode n && !n.isNull()) {
        sb.append(n.literal());
      } else {
        return null;
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
