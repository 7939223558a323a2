package org.localize.story;

import java.util.List;
import org.localize.story.JsonNode.ObjectNode;
import org.localize.story.JsonNode.ScalarNode;
import org.localize.story.JsonNode.StringNode;

/** A filter expression of the path language, evaluated with {@code @} bound to a node. */
sealed interface Filter {
  boolean test(JsonNode current);

  /** {@code a || b}. */
  record Or(Filter left, Filter right) implements Filter {
    @Override
    public boolean test(JsonNode current) {
      return left.test(current) || right.test(current);
    }
  }

  /** {@code a && b}. */
  record And(Filter left, Filter right) implements Filter {
    @Override
    public boolean test(JsonNode current) {
      return left.test(current) && right.test(current);
    }
  }

  /** {@code !a}. */
  record Not(Filter inner) implements Filter {
    @Override
    public boolean test(JsonNode current) {
      return !inner.test(current);
    }
  }

  /** {@code @.x}: the member exists and is not null or false. */
  record Exists(List<String> path) implements Filter {
    @Override
    public boolean test(JsonNode current) {
      JsonNode n = resolve(current, path);
      return n != null && !(n instanceof ScalarNode s && (s.isNull() || s.literal().equals("false")));
    }
  }

  /** {@code @.x == 'v'}, {@code !=}, or {@code in [...]}: compares the literal value. */
  record Compare(List<String> path, List<String> values, boolean negate) implements Filter {
    @Override
    public boolean test(JsonNode current) {
      JsonNode n = resolve(current, path);
      boolean in = false;
      if (n instanceof StringNode s) {
        String v = s.value();
        // "s:text", compared without building the literal; indexes, not an iterator: a profile's
        // filters run for every element (a live blog's 20,000 posts, a dozen rules), and the launcher's
        // compiler (C1) allocates every iterator
        for (int i = 0, count = values.size(); i < count; i++) {
          String value = values.get(i);
          in |= value.length() == v.length() + 2 && value.startsWith("s:") && value.startsWith(v, 2);
        }
      } else if (n instanceof ScalarNode) {
        in = values.contains(literal(n));
      }
      return negate != in;
    }
  }

  /** The node at a relative path of member names, or null. */
  static JsonNode resolve(JsonNode node, List<String> path) {
    JsonNode n = node;
    for (int i = 0, size = path.size(); i < size; i++) { // (no iterator: see Compare)
      if (!(n instanceof ObjectNode obj)) {
        return null;
      }
      n = obj.get(path.get(i));
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /**
   * A comparable form of a value: strings as "s:text", scalars as their literal; objects and arrays
   * compare unequal to everything.
   */
  static String literal(JsonNode n) {
    if (n instanceof StringNode s) {
      return "s:" + s.value();
    } else if (n instanceof ScalarNode s) {
      return s.literal();
    }
    return null;
  }
}
