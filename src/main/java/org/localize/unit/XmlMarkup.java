package org.localize.unit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.unit.Content.CodeKind;
import org.localize.unit.InlineCodec.Token;

/**
 * The markup of an XML document held in a JSON string (a NITF body), as the tokens
 * {@link InlineCodec} turns into codes. The document is checked as it is read: tags must nest and
 * match, there must be one root element and no text outside it, and every {@code &} must start a
 * reference; anything else is refused with the offset where it goes wrong, so that a translation is
 * never built on markup the tool misread. No DTD is read and no entity is expanded: a named
 * reference other than the five XML predefines stays a code, as written.
 *
 * <p>Tokens: an element that holds text is a pair of codes; an element whose whole subtree holds
 * no text (NITF's {@code <docdata>}, {@code <tobject>}) is one placeholder, as are empty elements,
 * the XML declaration, processing instructions, comments, CDATA sections and a DOCTYPE. White space
 * between tags that holds a line break (indentation), and any white space outside the root
 * element, belongs to the code before it, so that the translator sees text only where there is
 * some.
 */
final class XmlMarkup {
  private static final String NAME = "[\\p{L}_:][\\p{L}\\p{N}_:.\\-\\u00B7]*";
  private static final Pattern START = Pattern.compile(
      "<(" + NAME + ")(?:\\s+" + NAME + "\\s*=\\s*(?:\"[^\"<]*\"|'[^'<]*'))*\\s*(/?)>");
  private static final Pattern END = Pattern.compile("</(" + NAME + ")\\s*>");

  private XmlMarkup() {}

  /** A piece of markup as read: its span, what it is, and for an element its name. */
  private record Item(int start, int end, Kind kind, String name, String type, String display) {}

  private enum Kind { START, END, EMPTY, OTHER }

  /** The tokens of {@code value}; throws {@link IllegalArgumentException} when it is not well-formed XML. */
  static List<Token> tokens(String value) {
    List<Item> items = lex(value);
    int n = items.size();
    // nesting, one root, no text outside it
    int[] partner = new int[n];
    Deque<Integer> open = new ArrayDeque<>();
    int roots = 0;
    int at = 0;
    for (int i = 0; i < n; i++) {
      Item it = items.get(i);
      if (open.isEmpty() && !value.substring(at, it.start()).isBlank()) {
        throw notWellFormed(value, at, "text outside the root element");
      }
      partner[i] = -1;
      switch (it.kind()) {
        case START -> {
          if (open.isEmpty() && ++roots > 1) {
            throw notWellFormed(value, it.start(), "a second root element <" + it.name() + ">");
          }
          open.push(i);
        }
        case EMPTY -> {
          if (open.isEmpty() && ++roots > 1) {
            throw notWellFormed(value, it.start(), "a second root element <" + it.name() + "/>");
          }
        }
        case END -> {
          if (open.isEmpty()) {
            throw notWellFormed(value, it.start(), "</" + it.name() + "> closes no element");
          }
          int top = open.pop();
          if (!items.get(top).name().equals(it.name())) {
            throw notWellFormed(value, it.start(), "</" + it.name() + "> closes <" + items.get(top).name() + ">");
          }
          partner[i] = top;
          partner[top] = i;
        }
        case OTHER -> { }
      }
      at = it.end();
    }
    if (!open.isEmpty()) {
      throw notWellFormed(value, items.get(open.peek()).start(), "<" + items.get(open.peek()).name() + "> is never closed");
    }
    if (!value.substring(at).isBlank()) {
      throw notWellFormed(value, at, "text outside the root element");
    }
    if (roots == 0) {
      throw notWellFormed(value, 0, "no root element");
    }
    // whether the text before each item holds any non-white character: textBefore[i] counts the
    // chunks with text before item i
    int[] textBefore = new int[n + 1];
    at = 0;
    for (int i = 0; i < n; i++) {
      textBefore[i + 1] = textBefore[i] + (value.substring(at, items.get(i).start()).isBlank() ? 0 : 1);
      at = items.get(i).end();
    }
    // tokens: elements without text collapse into one placeholder
    List<Token> tokens = new ArrayList<>();
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      Item it = items.get(i);
      switch (it.kind()) {
        case START -> {
          int j = partner[i];
          if (textBefore[j + 1] - textBefore[i + 1] == 0) { // no text between its tags, at any depth
            tokens.add(new Token(it.start(), items.get(j).end(), CodeKind.PLACEHOLDER, -1, type(it.name()),
                "<" + it.name() + "/>", null));
            i = j;
          } else {
            index[i] = tokens.size();
            tokens.add(new Token(it.start(), it.end(), CodeKind.OPEN, j, type(it.name()), "<" + it.name() + ">", it.name()));
          }
        }
        case END -> {
          index[i] = tokens.size();
          tokens.add(new Token(it.start(), it.end(), CodeKind.CLOSE, partner[i], type(it.name()), "</" + it.name() + ">", null));
        }
        case EMPTY -> tokens.add(new Token(it.start(), it.end(), CodeKind.PLACEHOLDER, -1, type(it.name()),
            "<" + it.name() + "/>", it.name()));
        case OTHER -> tokens.add(new Token(it.start(), it.end(), CodeKind.PLACEHOLDER, -1, it.type(), it.display(), null));
      }
    }
    for (int k = 0; k < tokens.size(); k++) { // partners as token indexes
      Token t = tokens.get(k);
      if (t.partner() >= 0) {
        tokens.set(k, new Token(t.start(), t.end(), t.kind(), index[t.partner()], t.type(), t.display(), t.element()));
      }
    }
    return foldWhiteSpace(value, tokens);
  }

  /**
   * White space between tokens that holds a line break, and white space outside the root element,
   * joins the token before it (the first token, for white space at the start).
   */
  private static List<Token> foldWhiteSpace(String value, List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    int depth = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (k == 0 && t.start() > 0 && value.substring(0, t.start()).isBlank()) {
        t = new Token(0, t.end(), t.kind(), t.partner(), t.type(), t.display(), t.element());
      }
      depth += t.kind() == CodeKind.OPEN ? 1 : t.kind() == CodeKind.CLOSE ? -1 : 0;
      int next = k + 1 < tokens.size() ? tokens.get(k + 1).start() : value.length();
      String gap = value.substring(t.end(), next);
      if (!gap.isEmpty() && gap.isBlank() && (depth == 0 || gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0)) {
        t = new Token(t.start(), next, t.kind(), t.partner(), t.type(), t.display(), t.element());
      }
      out.add(t);
    }
    return out;
  }

  private static String type(String name) {
    return "x-" + name;
  }

  /** The markup of {@code value} in order, each item checked for its own syntax. */
  private static List<Item> lex(String value) {
    List<Item> items = new ArrayList<>();
    Matcher start = START.matcher(value);
    Matcher end = END.matcher(value);
    Matcher reference = InlineCodec.referencePattern().matcher(value);
    int i = 0;
    int amp = value.indexOf('&'); // the next '&' (found once, not again from every tag)
    while (i < value.length()) {
      int lt = value.indexOf('<', i);
      int textEnd = lt < 0 ? value.length() : lt;
      while (amp >= 0 && amp < i) { // inside the markup read since
        amp = value.indexOf('&', amp + 1);
      }
      for (; amp >= 0 && amp < textEnd; amp = value.indexOf('&', amp + 1)) {
        reference.region(amp, value.length());
        if (!reference.lookingAt()) {
          throw notWellFormed(value, amp, "a '&' that starts no reference (write &amp;)");
        }
      }
      if (lt < 0) {
        break;
      }
      i = lt;
      if (value.startsWith("<?", i)) {
        int e = value.indexOf("?>", i + 2);
        if (e < 0) {
          throw notWellFormed(value, i, "a processing instruction that is never closed");
        }
        items.add(new Item(i, e + 2, Kind.OTHER, null, value.startsWith("<?xml", i) ? "x-xml-declaration" : "x-pi", "<?…?>"));
        i = e + 2;
      } else if (value.startsWith("<!--", i)) {
        int e = value.indexOf("-->", i + 4);
        if (e < 0) {
          throw notWellFormed(value, i, "a comment that is never closed");
        }
        items.add(new Item(i, e + 3, Kind.OTHER, null, "x-comment", "<!---->"));
        i = e + 3;
      } else if (value.startsWith("<![CDATA[", i)) {
        int e = value.indexOf("]]>", i + 9);
        if (e < 0) {
          throw notWellFormed(value, i, "a CDATA section that is never closed");
        }
        items.add(new Item(i, e + 3, Kind.OTHER, null, "x-cdata", "<![CDATA[…]]>"));
        i = e + 3;
      } else if (value.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int e = doctypeEnd(value, i);
        if (e < 0) {
          throw notWellFormed(value, i, "a DOCTYPE that is never closed");
        }
        items.add(new Item(i, e, Kind.OTHER, null, "x-doctype", "<!DOCTYPE>"));
        i = e;
      } else if (value.startsWith("</", i)) {
        end.region(i, value.length());
        if (!end.lookingAt()) {
          throw notWellFormed(value, i, "a malformed end tag");
        }
        items.add(new Item(i, end.end(), Kind.END, end.group(1), null, null));
        i = end.end();
      } else {
        start.region(i, value.length());
        if (!start.lookingAt()) {
          throw notWellFormed(value, i, "a '<' that starts no tag (write &lt;), or a malformed tag");
        }
        boolean empty = !start.group(2).isEmpty();
        items.add(new Item(i, start.end(), empty ? Kind.EMPTY : Kind.START, start.group(1), null, null));
        i = start.end();
      }
    }
    return items;
  }

  /** The end of a DOCTYPE starting at {@code i}, past its internal subset; -1 if it never ends. */
  private static int doctypeEnd(String value, int i) {
    boolean subset = false;
    char quote = 0;
    for (int k = i + 9; k < value.length(); k++) {
      char c = value.charAt(k);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        subset = true;
      } else if (c == ']') {
        subset = false;
      } else if (c == '>' && !subset) {
        return k + 1;
      }
    }
    return -1;
  }

  private static IllegalArgumentException notWellFormed(String value, int at, String what) {
    int line = 1;
    int column = 1;
    for (int k = 0; k < at && k < value.length(); k++) {
      if (value.charAt(k) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new IllegalArgumentException("not well-formed XML (line " + line + ", column " + column + " of the string): " + what);
  }
}
