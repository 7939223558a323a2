package org.localize.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The profile paths' matching against the naive algorithms it replaced (issue 18), on random
 * inputs: member-name globs against the regular expression they were compiled to, descendant steps
 * against a walk that repeats nodes (its repetitions removed), and the test for a whole HTML
 * document against its regular expression.
 */
class LinearMatchingTest {

  /** A glob as PathParser compiled it before: quoted pieces joined by ".*". */
  private static Pattern oldGlob(String name) {
    StringBuilder regex = new StringBuilder();
    String[] parts = name.split("\\*", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      if (!parts[i].isEmpty()) {
        regex.append(Pattern.quote(parts[i]));
      }
    }
    return Pattern.compile(regex.toString());
  }

  private static String random(Random r, String[] pieces, int max) {
    StringBuilder b = new StringBuilder();
    int len = r.nextInt(max + 1);
    for (int i = 0; i < len; i++) {
      b.append(pieces[r.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  @Test
  void globsMatchAsTheirRegularExpressions() {
    String[] patternPieces = {"a", "b", "ab", "*", "*", "\n", "é", "\\E", "."};
    String[] namePieces = {"a", "b", "ab", "\n", "\r", "\u2028", "é", "\\E", ".", "*"};
    Random r = new Random(18);
    for (int n = 0; n < 100_000; n++) {
      String pattern = random(r, patternPieces, 6);
      if (pattern.indexOf('*') < 0) {
        pattern += "*";
      }
      String name = random(r, namePieces, 10);
      String p = pattern;
      assertEquals(oldGlob(pattern).matcher(name).matches(), new Glob(pattern).matches(name), () -> p + " against " + name);
    }
    String long1 = "a".repeat(40_000) + "b";
    assertEquals(true, new Glob("a*a*a*a*b").matches(long1));
    assertEquals(false, new Glob("a*a*a*a*c").matches(long1));
  }

  /** The walk before issue 18: every route to a node, repetitions included. */
  private static void naive(Path path, int step, JsonNode node, Path.Pointer pointer, JsonNode.ObjectNode holder, List<String> out) {
    if (step == path.steps().size()) {
      out.add(pointer.text());
      return;
    }
    path.steps().get(step).apply(node, pointer, holder, (n, p, h) -> naive(path, step + 1, n, p, h, out));
  }

  /** A random tree of objects and arrays whose members are named a, b, c; about {@code size} nodes. */
  private static String tree(Random r, int depth) {
    int kind = depth > 4 ? 2 : r.nextInt(3);
    if (kind == 2) {
      return r.nextBoolean() ? "\"s\"" : "1";
    }
    int n = r.nextInt(4);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(kind == 0 ? "\"" + "abc".charAt(i % 3) + "\": " + tree(r, depth + 1) : tree(r, depth + 1));
    }
    return kind == 0 ? "{" + String.join(", ", items) + "}" : "[" + String.join(", ", items) + "]";
  }

  @Test
  void descendantStepsReachWhatTheNaiveWalkReachesOnce() {
    String[] steps = {"..*", "..a", "..b", ".*", ".a", "[*]", "[0]", "..[0]", "['a','b']", "[?(@.a)]", ".a*"};
    Random r = new Random(18);
    for (int n = 0; n < 3_000; n++) {
      JsonNode root = StoryReader.parse("t.json", ("{\"a\": " + tree(r, 0) + ", \"b\": " + tree(r, 0) + "}")
          .getBytes(StandardCharsets.UTF_8)).root();
      String text = "$" + random(r, steps, 4);
      Path path = Path.compile(text);
      List<String> all = new ArrayList<>();
      naive(path, 0, root, Path.Pointer.of(""), null, all);
      List<String> expected = new ArrayList<>(new LinkedHashSet<>(all));
      List<String> actual = path.evaluate(root).stream().map(Path.Match::pointer).toList();
      assertEquals(expected, actual, text);
    }
  }

  private static final Pattern HTML_DOCUMENT =
      Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype|html|head)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Test
  void wholeHtmlDocumentsAreToldAsByTheirPattern() {
    String[] pieces = {"<!--", "-->", "--", "-", ">", " ", "\n", "\u2003", "<html", "<HTML", "<head", "<!DOCTYPE", "<!doctype",
        "<body", "x", "_", "1", "\u0301", "é", "<", "!", "<htmlx", "<Head>"};
    Random r = new Random(18);
    for (int n = 0; n < 100_000; n++) {
      String s = random(r, pieces, 8);
      assertEquals(HTML_DOCUMENT.matcher(s).find(), Extractor.isHtmlDocument(s), () -> s);
    }
    assertEquals(false, Extractor.isHtmlDocument("<!---->".repeat(20_000)));
    assertEquals(true, Extractor.isHtmlDocument("<!---->".repeat(20_000) + "<html>"));
  }
}
