package org.localize.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for {@link Path} and its filters. Its recursion, and that of evaluating
 * what it builds, is bounded by limits no real profile comes near, not by its input (a profile path
 * nested 100,000 deep ended in a StackOverflowError, issue 15).
 */
final class PathParser {
  /** Most steps in a path; a real one has a handful. */
  static final int MAX_STEPS = 256;
  /** Deepest nesting of parentheses and '!' in a filter. */
  static final int MAX_DEPTH = 64;
  /** Most comparisons joined by '&&' and '||' in one filter. */
  static final int MAX_TERMS = 256;

  private final String text;
  private int pos;
  private int depth;
  private int terms;

  PathParser(String text) {
    this.text = text;
  }

  Path parsePath() {
    skipSpace();
    expect('$');
    List<Path.Step> steps = new ArrayList<>();
    while (!atEnd()) {
      if (steps.size() == MAX_STEPS) {
        throw error("the path has more than " + MAX_STEPS + " steps; a profile path needs a handful");
      }
      if (peek("..")) {
        pos += 2;
        steps.add(new Path.DescendantStep(parseDotStep()));
      } else if (peek(".")) {
        pos++;
        steps.add(parseDotStep());
      } else if (peek("[")) {
        steps.add(parseBracket());
      } else {
        throw error("expected '.', '..' or '['");
      }
    }
    return Path.of(text, steps);
  }

  /** Parses a filter expression alone (used for a profile's {@code detect}). */
  Filter parseStandaloneFilter() {
    Filter f = parseOr();
    skipSpace();
    if (!atEnd()) {
      throw error("unexpected text after the expression");
    }
    return f;
  }

  private Path.Step parseDotStep() {
    if (peek("*")) {
      pos++;
      return new Path.WildcardStep();
    }
    if (peek("[")) {
      return parseBracket();
    }
    String name = parseName(true);
    return memberStep(name);
  }

  private Path.Step memberStep(String name) {
    return new Path.MemberStep(name, name.indexOf('*') < 0 ? null : new Glob(name));
  }

  private Path.Step parseBracket() {
    expect('[');
    skipSpace();
    Path.Step step;
    if (peek("*")) {
      pos++;
      step = new Path.WildcardStep();
    } else if (peek("?")) {
      pos++;
      skipSpace();
      step = new Path.FilterStep(parseOr());
    } else if (peek("'") || peek("\"")) {
      String first = parseString();
      skipSpace();
      if (!peek(",")) {
        step = memberStep(first);
      } else {
        List<String> names = new ArrayList<>(List.of(first));
        while (consume(',')) {
          skipSpace();
          if (!(peek("'") || peek("\""))) {
            throw error("expected a 'name' after ','");
          }
          names.add(parseString());
          skipSpace();
        }
        step = new Path.UnionStep(names);
      }
    } else {
      step = new Path.IndexStep(parseInt());
    }
    skipSpace();
    expect(']');
    return step;
  }

  private Filter parseOr() {
    Filter left = parseAnd();
    while (skipSpace() && peek("||")) {
      pos += 2;
      left = new Filter.Or(left, parseAnd());
    }
    return left;
  }

  private Filter parseAnd() {
    Filter left = parseUnary();
    while (skipSpace() && peek("&&")) {
      pos += 2;
      left = new Filter.And(left, parseUnary());
    }
    return left;
  }

  private Filter parseUnary() {
    skipSpace();
    if (++terms > MAX_TERMS) {
      throw error("the filter has more than " + MAX_TERMS + " terms; split it or simplify it");
    }
    if (peek("!") && !peek("!=") || peek("(")) {
      if (++depth > MAX_DEPTH) {
        throw error("the filter nests '(' and '!' deeper than " + MAX_DEPTH + " levels; simplify it");
      }
      Filter inner;
      if (peek("!")) {
        pos++;
        inner = new Filter.Not(parseUnary());
      } else {
        pos++;
        inner = parseOr();
        skipSpace();
        expect(')');
      }
      depth--;
      return inner;
    }
    List<String> path = parseRelative();
    skipSpace();
    if (peek("==") || peek("!=")) {
      boolean negate = text.charAt(pos) == '!';
      pos += 2;
      skipSpace();
      return new Filter.Compare(path, List.of(parseLiteral()), negate);
    }
    if (peek("in") && !Character.isLetterOrDigit(charAt(pos + 2))) {
      pos += 2;
      skipSpace();
      expect('[');
      List<String> values = new ArrayList<>();
      do {
        skipSpace();
        values.add(parseLiteral());
        skipSpace();
      } while (consume(','));
      expect(']');
      return new Filter.Compare(path, values, false);
    }
    return new Filter.Exists(path);
  }

  /** {@code @.a.b} or {@code @['a']}: the member names below the current node. */
  private List<String> parseRelative() {
    skipSpace();
    expect('@');
    List<String> names = new ArrayList<>();
    while (true) {
      if (peek(".")) {
        pos++;
        names.add(parseName(false));
      } else if (peek("['") || peek("[\"")) {
        pos++;
        names.add(parseString());
        expect(']');
      } else {
        return names;
      }
    }
  }

  /** A string, number, boolean or null literal, in the comparable form of {@link Filter#literal}. */
  private String parseLiteral() {
    if (peek("'") || peek("\"")) {
      return "s:" + parseString();
    }
    int start = pos;
    while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || "+-.".indexOf(text.charAt(pos)) >= 0)) {
      pos++;
    }
    if (start == pos) {
      throw error("expected a value ('text', a number, true, false or null)");
    }
    return text.substring(start, pos);
  }

  private String parseName(boolean allowGlob) {
    int start = pos;
    while (!atEnd()) {
      char c = text.charAt(pos);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$' || (allowGlob && c == '*')) {
        pos++;
      } else {
        break;
      }
    }
    if (start == pos) {
      throw error("expected a member name");
    }
    return text.substring(start, pos);
  }

  private String parseString() {
    char quote = text.charAt(pos++);
    StringBuilder sb = new StringBuilder();
    while (!atEnd() && text.charAt(pos) != quote) {
      char c = text.charAt(pos++);
      if (c == '\\' && !atEnd()) {
        c = text.charAt(pos++);
      }
      sb.append(c);
    }
    if (atEnd()) {
      throw error("unterminated string");
    }
    pos++;
    return sb.toString();
  }

  private int parseInt() {
    int start = pos;
    if (peek("-")) {
      pos++;
    }
    while (!atEnd() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    try {
      return Integer.parseInt(text.substring(start, pos));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("expected *, an index, a 'name' or a ?(filter)");
    }
  }

  private boolean skipSpace() {
    while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return true;
  }

  private boolean peek(String s) {
    return text.startsWith(s, pos);
  }

  private boolean consume(char c) {
    if (!atEnd() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private char charAt(int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private PathSyntaxException error(String message) {
    return new PathSyntaxException(text, pos, message);
  }
}
