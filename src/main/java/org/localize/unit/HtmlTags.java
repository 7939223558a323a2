package org.localize.unit;

/**
 * Finds the tags of an HTML string as localize reads them: a start or end tag
 * ({@code <a href="x">}, {@code </a>}, {@code <br/>}; attributes with double-quoted, single-quoted or
 * bare values), a comment ({@code <!-- … -->}), or a bogus comment ({@code </ br>}: "</" not
 * followed by a letter, up to the next ">"). Anything else starting with '<' is text.
 *
 * <p>It accepts exactly what this pattern (which it replaces) matches at a '<', groups included:
 *
 * <pre>
 *   &lt;(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=/&gt;]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'&gt;]+))?)*)\s*(/?)&gt;
 *   |&lt;!--.*?--&gt;
 *   |&lt;/(?![A-Za-z])[^&gt;]*&gt;
 * </pre>
 *
 * but in time linear in the string over all the tags asked for in increasing order. Tried at every
 * '<', the pattern ran on from each to the end of the string when no tag ended: 100 KB of
 * {@code <!--} or of {@code <a x } took minutes, and a long run of attributes overflowed the stack.
 * Here a start tag is read by a small automaton (the pattern never needs to backtrack: a greedy
 * reading decides), and every state in which the automaton failed at a position is remembered, so
 * that a later '<' whose reading reaches that state there stops at once; the next "-->" and ">" are
 * remembered as well.
 */
public final class HtmlTags {
  /**
   * A tag found: its span [start, end), whether it is an end tag ({@code </a>}), its name as written
   * (null for a comment or a bogus comment), where its attributes lie (from the end of the name
   * to the end of the last attribute; empty when it has none) and whether it ends with "/>".
   */
  public record Tag(int start, int end, boolean closing, String name, int attributesStart, int attributesEnd,
      boolean selfClosing) {

    /** The attributes as written, with the white space before each ("" when there are none, or for a comment). */
    public String attributes(String s) {
      return name == null ? "" : s.substring(attributesStart, attributesEnd);
    }
  }

  // The states of the start-tag automaton: where it is, before reading the character at a position.
  private static final int OPEN = 0; // after '<'
  private static final int SLASH = 1; // after "</"
  private static final int NAME = 2; // in the element name
  private static final int SPACE = 3; // white space after the name or after a value
  private static final int ATTRIBUTE = 4; // in an attribute name
  private static final int ATTRIBUTE_SPACE = 5; // white space after an attribute name
  private static final int EQUALS = 6; // after '=' (and white space)
  private static final int DOUBLE = 7; // in a "value"
  private static final int SINGLE = 8; // in a 'value'
  private static final int BARE = 9; // in a bare value
  private static final int QUOTED = 10; // just after a quoted value
  private static final int END_SLASH = 11; // after the '/' of "/>"
  private static final int ACCEPT = -1;
  private static final int FAIL = -2;

  private final String s;
  /** Per position, a bit per state from which reading a start tag there is known to fail; made on the first failure. */
  private short[] failed;
  private int commentFrom = Integer.MAX_VALUE;
  private int commentAt;
  private int closeFrom = Integer.MAX_VALUE;
  private int closeAt;

  public HtmlTags(String s) {
    this.s = s;
  }

  /** The first tag that starts at or after {@code from}, or null. */
  public Tag find(int from) {
    for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
      Tag t = at(i);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** The tag that starts at {@code i}, or null when none does. */
  public Tag at(int i) {
    if (i < 0 || i >= s.length() || s.charAt(i) != '<') {
      return null;
    }
    Tag t = element(i);
    if (t != null) {
      return t;
    }
    if (s.startsWith("<!--", i)) {
      int e = next("-->", i + 4);
      return e < 0 ? null : new Tag(i, e + 3, false, null, i, i, false);
    }
    if (s.startsWith("</", i) && !(i + 2 < s.length() && letter(s.charAt(i + 2)))) {
      int e = next(">", i + 2);
      return e < 0 ? null : new Tag(i, e + 1, false, null, i, i, false);
    }
    return null;
  }

  /** A start or end tag at {@code i}, or null. */
  private Tag element(int i) {
    int state = OPEN;
    int nameStart = -1;
    int nameEnd = -1;
    int attributesEnd = -1;
    int p = i + 1;
    for (; p < s.length(); p++) {
      if (failed != null && (failed[p] & (1 << state)) != 0) {
        break; // an earlier tag failed from here in this state
      }
      int next = step(state, s.charAt(p));
      if (next == FAIL) {
        break;
      }
      if (next == NAME && state != NAME) {
        nameStart = p;
      } else if (state == NAME && next != NAME) {
        nameEnd = p;
      }
      if (state == ATTRIBUTE && next != ATTRIBUTE || state == BARE && next != BARE) {
        attributesEnd = p;
      } else if (next == QUOTED) {
        attributesEnd = p + 1;
      }
      if (next == ACCEPT) {
        return new Tag(i, p + 1, nameStart == i + 2, s.substring(nameStart, nameEnd), nameEnd,
            attributesEnd < 0 ? nameEnd : attributesEnd, state == END_SLASH);
      }
      state = next;
    }
    remember(i, p);
    return null;
  }

  /** Marks every state the reading from {@code i} passed through before it failed at {@code stop}. */
  private void remember(int i, int stop) {
    if (failed == null) {
      failed = new short[s.length()];
    }
    int state = OPEN;
    for (int p = i + 1; p < stop; p++) {
      failed[p] |= (short) (1 << state);
      state = step(state, s.charAt(p));
    }
    if (stop < s.length()) {
      failed[stop] |= (short) (1 << state);
    }
  }

  /** The start-tag automaton: the state after reading {@code c} in {@code state}. */
  private static int step(int state, char c) {
    switch (state) {
      case OPEN:
        return c == '/' ? SLASH : letter(c) ? NAME : FAIL;
      case SLASH:
        return letter(c) ? NAME : FAIL;
      case NAME:
        return letter(c) || c >= '0' && c <= '9' || c == '-' ? NAME : space(c) ? SPACE : end(c);
      case SPACE:
        return space(c) ? SPACE : c == '=' ? FAIL : c == '/' || c == '>' ? end(c) : ATTRIBUTE;
      case ATTRIBUTE:
      case ATTRIBUTE_SPACE:
        if (space(c)) {
          return ATTRIBUTE_SPACE;
        }
        if (c == '=') {
          return EQUALS;
        }
        if (c == '/' || c == '>') {
          return end(c);
        }
        return ATTRIBUTE;
      case EQUALS:
        return space(c) ? EQUALS : c == '"' ? DOUBLE : c == '\'' ? SINGLE : c == '>' ? FAIL : BARE;
      case DOUBLE:
        return c == '"' ? QUOTED : DOUBLE;
      case SINGLE:
        return c == '\'' ? QUOTED : SINGLE;
      case BARE:
        return space(c) ? SPACE : c == '>' ? ACCEPT : c == '"' || c == '\'' ? FAIL : BARE;
      case QUOTED:
        return space(c) ? SPACE : end(c);
      case END_SLASH:
        return c == '>' ? ACCEPT : FAIL;
      default:
        throw new IllegalStateException("state " + state);
    }
  }

  /** After the name or an attribute: "/>" or ">" end the tag, anything else is not a tag. */
  private static int end(char c) {
    return c == '/' ? END_SLASH : c == '>' ? ACCEPT : FAIL;
  }

  /** The first {@code what} ("-->" or ">") at or after {@code from}; remembered, as tags are asked for in order. */
  private int next(String what, int from) {
    boolean comment = what.length() > 1;
    int known = comment ? commentFrom : closeFrom;
    int at = comment ? commentAt : closeAt;
    if (known <= from && (at < 0 || at >= from)) {
      return at;
    }
    at = s.indexOf(what, from);
    if (comment) {
      commentFrom = from;
      commentAt = at;
    } else {
      closeFrom = from;
      closeAt = at;
    }
    return at;
  }

  /** White space as the pattern's {@code \s}: ASCII only. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean letter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
