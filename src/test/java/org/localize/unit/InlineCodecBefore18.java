package org.localize.unit;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.unit.Content.Code;
import org.localize.unit.Content.CodeKind;
import org.localize.unit.Content.Part;
import org.localize.unit.Content.Text;

/**
 * {@link InlineCodec#parse} as it was before issue 18 (tags found by a pattern tried at every '<',
 * closing tags paired by a search of the open ones, spans placed by scanning every token): the
 * oracle of {@link InlineCodecOracleTest}. Only parsing is kept; the records are InlineCodec's.
 */
final class InlineCodecBefore18 {
  private static final Pattern TAG =
      Pattern.compile(
          "<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*(/?)>"
              + "|<!--.*?-->"
              // "</" not followed by a letter ("</ br>") is a bogus comment in HTML5: invisible markup
              + "|</(?![A-Za-z])[^>]*>",
          Pattern.DOTALL);
  /** One attribute of a tag: group 1 the name, group 3 a double-quoted value, group 4 a single-quoted one. */
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s+([^\\s=/>]+)(?:\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|[^\\s\"'>]+))?");
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");
  private static final Map<String, String> ENTITIES =
      Map.ofEntries(
          Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
          Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"), Map.entry("bdquo", "\u201E"),
          Map.entry("sbquo", "\u201A"), Map.entry("shy", "\u00AD"), Map.entry("thinsp", "\u2009"),
          Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"), Map.entry("zwj", "\u200D"),
          Map.entry("zwnj", "\u200C"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
          Map.entry("trade", "\u2122"), Map.entry("deg", "\u00B0"), Map.entry("times", "\u00D7"),
          Map.entry("minus", "\u2212"), Map.entry("euro", "\u20AC"), Map.entry("middot", "\u00B7"),
          Map.entry("bull", "\u2022"), Map.entry("numero", "\u2116"));
  /** The entities XML defines without a DTD. */
  private static final Map<String, String> XML_ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");
  private static final java.util.Set<String> MESSAGE_SYNTAX = java.util.Set.of("{", "}", "'");
  private static final java.util.Set<String> VOID_ELEMENTS =
      java.util.Set.of("br", "img", "hr", "wbr", "source", "input", "meta", "link", "area", "col", "embed", "track");

  /** The code type of the pair around a translatable attribute's value: {@code x-attr-alt}. */
  public static final String ATTRIBUTE_TYPE = "x-attr-";
  /** The code type of a span's codes ({@link InlineCodec.Options#spans}). */
  public static final String SPAN_TYPE = "x-range";

  private InlineCodecBefore18() {}

  /**
   * Parses {@code value} as {@code format}; throws {@link IllegalArgumentException} with a readable
   * reason when a MessageFormat string is not valid or an XML string is not well-formed.
   */
  public static Content parse(String value, TextFormat format) {
    return parse(value, format, InlineCodec.Options.NONE).content();
  }

  /** Parses {@code value} as {@code format} with {@code options}. */
  public static InlineCodec.Parsed parse(String value, TextFormat format, InlineCodec.Options options) {
    Builder b = new Builder();
    List<Token> tokens = switch (format) {
      case TEXT -> {
        b.plain = true;
        yield List.of();
      }
      case HTML -> htmlTokens(value, List.of());
      case XML -> {
        b.xml = true;
        List<Token> xml = new ArrayList<>();
        for (InlineCodec.Token t : XmlMarkupBefore18.tokens(value)) {
          xml.add(new Token(t.start(), t.end(), t.kind(), t.partner(), t.type(), t.display(), t.element()));
        }
        yield xml;
      }
      case MESSAGEFORMAT -> {
        b.messageFormat = true;
        yield htmlTokens(value, messageFormatArguments(value));
      }
    };
    Set<String> attributes = format == TextFormat.HTML || format == TextFormat.XML ? options.attributes() : Set.of();
    List<InlineCodec.SpanCodes> spans = new Emitter(value, tokens, attributes, options.spans(), b).run();
    return new InlineCodec.Parsed(b.build(), spans);
  }

  /** The spans of the simple arguments of a MessageFormat string; refuses a string ICU cannot read. */
  private static List<int[]> messageFormatArguments(String value) {
    MessagePattern pattern;
    try {
      pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(value);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("not valid ICU MessageFormat: " + e.getMessage(), e);
    }
    List<int[]> arguments = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      MessagePattern.Part.Type type = part.getType();
      if (type == MessagePattern.Part.Type.MSG_START) {
        depth++;
      } else if (type == MessagePattern.Part.Type.MSG_LIMIT) {
        depth--;
      } else if (type == MessagePattern.Part.Type.ARG_START && depth == 1) {
        MessagePattern.ArgType argType = part.getArgType();
        int limitIndex = pattern.getLimitPartIndex(i);
        if (argType == MessagePattern.ArgType.NONE || argType == MessagePattern.ArgType.SIMPLE) {
          arguments.add(new int[] {part.getIndex(), pattern.getPart(limitIndex).getLimit()});
        }
        i = limitIndex;
      }
    }
    return arguments;
  }

  /**
   * A piece of markup of a string: its span [start, end), its role, the index of its partner (the
   * other tag of a pair; -1), its code type and what a translator is shown, and for a start tag its
   * name (null for other markup), whose attributes may be translatable.
   */
  record Token(int start, int end, CodeKind kind, int partner, String type, String display, String element) {}

  /**
   * The tags (and MessageFormat arguments) of an HTML string, in order. {@code arguments} are spans
   * of MessageFormat arguments, which become placeholders unless they stand inside a tag (an
   * argument in an attribute is part of the tag).
   */
  private static List<Token> htmlTokens(String value, List<int[]> arguments) {
    List<int[]> tags = new ArrayList<>(); // start, end, and from the match: 1 closing, 2 self-closing
    List<String> found = new ArrayList<>(); // the tag's name as written; null for a comment
    Matcher m = TAG.matcher(value);
    int from = value.indexOf('<');
    while (from >= 0) {
      // a tag starts at a '<': try the pattern there only, not at every character
      m.region(from, value.length());
      if (!m.lookingAt()) {
        from = value.indexOf('<', from + 1);
        continue;
      }
      int[] arg = argumentAround(m.start(), arguments);
      if (arg != null) {
        from = value.indexOf('<', arg[1]); // the tag belongs to the argument; look again after it, not after the tag
        continue;
      }
      tags.add(new int[] {m.start(), m.end(), m.group(1) != null && !m.group(1).isEmpty() ? 1 : 0,
          m.group(4) != null && !m.group(4).isEmpty() ? 1 : 0});
      found.add(m.group(2));
      from = value.indexOf('<', m.end());
    }
    // Pair opening and closing tags by name; whatever does not pair becomes a placeholder.
    int n = tags.size();
    String[] names = new String[n];
    CodeKind[] kinds = new CodeKind[n];
    int[] partner = new int[n];
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      partner[i] = -1;
      if (found.get(i) == null) {
        // a comment, or a bogus comment such as "</ br>" or "</é>": the alternative that matched
        // decides, not the character after "</" (an accented letter is a letter, but not a tag name)
        names[i] = "!--";
        kinds[i] = CodeKind.PLACEHOLDER;
        continue;
      }
      names[i] = found.get(i).toLowerCase(Locale.ROOT);
      boolean closing = tags.get(i)[2] == 1;
      boolean selfClosing = tags.get(i)[3] == 1 || VOID_ELEMENTS.contains(names[i]);
      if (selfClosing && !closing) {
        kinds[i] = CodeKind.PLACEHOLDER;
      } else if (!closing) {
        kinds[i] = CodeKind.OPEN;
        open.push(i);
      } else {
        kinds[i] = CodeKind.PLACEHOLDER;
        for (Integer candidate : open) {
          if (names[candidate].equals(names[i])) {
            while (true) {
              int top = open.pop();
              if (top == candidate) {
                break;
              }
              kinds[top] = CodeKind.PLACEHOLDER; // an element left open inside this one
            }
            kinds[i] = CodeKind.CLOSE;
            partner[i] = candidate;
            partner[candidate] = i;
            break;
          }
        }
      }
    }
    for (Integer unclosed : open) {
      kinds[unclosed] = CodeKind.PLACEHOLDER;
      partner[unclosed] = -1;
    }
    // The tags and the arguments outside them, in order; partners renumbered to token indexes.
    List<Token> tokens = new ArrayList<>(n + arguments.size());
    int[] index = new int[n];
    int next = 0;
    int at = 0;
    for (int i = 0; i <= n; i++) {
      int tagStart = i < n ? tags.get(i)[0] : value.length();
      for (; next < arguments.size() && arguments.get(next)[0] < tagStart; next++) {
        int[] arg = arguments.get(next);
        if (arg[0] < at) {
          continue; // inside the previous tag
        }
        String text = value.substring(arg[0], arg[1]);
        tokens.add(new Token(arg[0], arg[1], CodeKind.PLACEHOLDER, -1, "x-icu-argument", text, null));
        at = arg[1];
      }
      if (i == n) {
        break;
      }
      int[] span = tags.get(i);
      String data = value.substring(span[0], span[1]);
      String display = switch (kinds[i]) {
        case OPEN -> "<" + names[i] + ">";
        case CLOSE -> "</" + names[i] + ">";
        case PLACEHOLDER -> display(names[i], data);
      };
      index[i] = tokens.size();
      boolean start = span[2] == 0 && found.get(i) != null;
      tokens.add(new Token(span[0], span[1], kinds[i], partner[i], codeType(names[i]), display, start ? names[i] : null));
      at = span[1];
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.partner() >= 0) {
        tokens.set(i, new Token(t.start(), t.end(), t.kind(), index[t.partner()], t.type(), t.display(), t.element()));
      }
    }
    return tokens;
  }

  /**
   * The simple argument {@code at} lies inside, or null: a tag there (as in {@code {n, x, <b>}}, an
   * argument style ICU accepts) is part of the argument's placeholder, not a code of its own, and
   * the search for tags goes on after the argument. Found by fuzzing: such a tag made the text
   * between codes run backwards, and a comment starting there swallowed a later one.
   */
  private static int[] argumentAround(int at, List<int[]> arguments) {
    for (int[] arg : arguments) {
      if (at > arg[0] && at < arg[1]) {
        return arg;
      }
    }
    return null;
  }

  private static String display(String name, String data) {
    if (name.equals("!--")) {
      return data.startsWith("<!--") ? "<!---->" : data;
    }
    if (data.startsWith("</")) {
      return "</" + name + ">";
    }
    boolean empty = data.endsWith("/>") || VOID_ELEMENTS.contains(name);
    return empty ? "<" + name + "/>" : "<" + name + ">"; // an opening tag left unclosed
  }

  /** XLIFF 1.2 {@code ctype}s where one fits (the writer prefixes others with "x-"). */
  static String codeType(String tag) {
    return switch (tag) {
      case "a" -> "link";
      case "b", "strong" -> "bold";
      case "i", "em" -> "italic";
      case "u" -> "underlined";
      case "br" -> "lb";
      case "img" -> "image";
      case "!--" -> "x-comment";
      default -> "x-" + tag;
    };
  }

  /**
   * Writes the content of a string: the text between tokens decoded, each token as its code(s) (a
   * start tag with translatable attributes as pairs around their values), and the codes of spans
   * where they fall.
   */
  private static final class Emitter {
    final String value;
    final List<Token> tokens;
    final Set<String> attributes;
    final List<InlineCodec.Span> spans;
    final Builder b;
    /** Span boundaries in the order they are written: offset, then closing before opening. */
    final List<Mark> marks = new ArrayList<>();
    int nextMark;
    final Code[][] spanCodes;
    /** Per span: whether it is a point (empty once its ends are moved out of markup). */
    final boolean[] point;

    /** A span boundary: where, which span, whether it ends the span, and what code it becomes. */
    record Mark(int offset, int span, boolean end, CodeKind kind) {}

    Emitter(String value, List<Token> tokens, Set<String> attributes, List<InlineCodec.Span> spans, Builder b) {
      this.value = value;
      this.tokens = tokens;
      this.attributes = attributes;
      this.spans = spans;
      this.b = b;
      this.spanCodes = new Code[spans.size()][2];
      this.point = new boolean[spans.size()];
    }

    List<InlineCodec.SpanCodes> run() {
      planSpans();
      int at = 0;
      int[] ids = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        text(at, t.start());
        String data = value.substring(t.start(), t.end());
        switch (t.kind()) {
          case OPEN -> ids[i] = element(t, data, true);
          case CLOSE -> b.close(ids[t.partner()], t.type(), data, t.display());
          case PLACEHOLDER -> element(t, data, false);
        }
        at = t.end();
      }
      text(at, value.length());
      List<InlineCodec.SpanCodes> out = new ArrayList<>(spans.size());
      for (Code[] c : spanCodes) {
        out.add(new InlineCodec.SpanCodes(c[0], c[1]));
      }
      return out;
    }

    /** A start tag or placeholder; the values of translatable attributes become text in pairs. Returns the id. */
    private int element(Token t, String data, boolean open) {
      int split = t.element() != null && !attributes.isEmpty() ? 0 : -1;
      if (split == 0) {
        Matcher a = ATTRIBUTE.matcher(data);
        int from = 1 + t.element().length();
        while (from < data.length() && a.find(from)) {
          if (a.start() != from) {
            break;
          }
          int group = a.group(3) != null ? 3 : a.group(4) != null ? 4 : -1;
          String name = a.group(1).toLowerCase(Locale.ROOT);
          if (group > 0 && attributes.contains(name) && !a.group(group).isBlank()) {
            int id = b.open(ATTRIBUTE_TYPE + name, data.substring(split, a.start(group)), "<" + t.element() + " " + name + "=\"");
            decode(a.group(group));
            b.close(id, ATTRIBUTE_TYPE + name, String.valueOf(data.charAt(a.end(group))), "\">");
            split = a.end(group) + 1;
          }
          from = a.end();
        }
        if (split > 0) {
          data = data.substring(split);
        }
      }
      return open ? b.open(t.type(), data, t.display()) : b.placeholder(t.type(), data, t.display());
    }

    /** The text between two tokens, [from, to), with the codes of the spans that start or end in it. */
    private void text(int from, int to) {
      int at = from;
      while (nextMark < marks.size() && marks.get(nextMark).offset() <= to) {
        Mark m = marks.get(nextMark++);
        if (m.offset() > at) {
          decode(value.substring(at, m.offset()));
          at = m.offset();
        }
        mark(m);
      }
      if (to > at) {
        decode(value.substring(at, to));
      }
    }

    /** The code of a span boundary; a translator sees {@code <range>} and {@code </range>}. */
    private void mark(Mark m) {
      Code[] codes = spanCodes[m.span()];
      if (m.kind() == CodeKind.CLOSE) {
        codes[1] = b.closeCode(codes[0].id(), SPAN_TYPE, "", "</range>");
      } else if (m.kind() == CodeKind.OPEN) {
        codes[0] = b.openCode(SPAN_TYPE, "", "<range>");
      } else if (point[m.span()]) {
        codes[0] = codes[1] = b.placeholderCode(SPAN_TYPE, "", "<range/>");
      } else {
        codes[m.end() ? 1 : 0] = b.placeholderCode(SPAN_TYPE, "", m.end() ? "</range>" : "<range>");
      }
    }

    private void decode(String s) {
      if (b.plain) {
        b.text(s);
      } else {
        decodeText(s, b);
      }
    }

    /**
     * Where each span's codes go: its boundaries moved out of any markup token or character
     * reference they fall in (to its end), a pair where it nests with the element pairs and the
     * other spans, two placeholders where it would cross one, a placeholder for a point.
     */
    private void planSpans() {
      if (spans.isEmpty()) {
        return;
      }
      int n = spans.size();
      int[] start = new int[n];
      int[] end = new int[n];
      for (int i = 0; i < n; i++) {
        InlineCodec.Span s = spans.get(i);
        if (s.start() < 0 || s.end() < s.start() || s.end() > value.length()) {
          throw new IllegalArgumentException("the range " + s.start() + "+" + (s.end() - s.start())
              + " lies outside the text (" + value.length() + " characters)");
        }
        start[i] = snap(s.start());
        end[i] = Math.max(start[i], snap(s.end()));
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> start[i]).thenComparingInt(i -> -end[i]));
      boolean[] paired = new boolean[n];
      Deque<Integer> stack = new ArrayDeque<>();
      for (int i : order) {
        while (!stack.isEmpty() && end[stack.peek()] <= start[i]) {
          stack.pop();
        }
        boolean nests = start[i] < end[i] && (stack.isEmpty() || end[i] <= end[stack.peek()]) && !crossesElement(start[i], end[i]);
        if (nests) {
          paired[i] = true;
          stack.push(i);
        }
      }
      for (int i = 0; i < n; i++) {
        if (paired[i]) {
          marks.add(new Mark(start[i], i, false, CodeKind.OPEN));
          marks.add(new Mark(end[i], i, true, CodeKind.CLOSE));
        } else if (start[i] == end[i]) {
          point[i] = true;
          marks.add(new Mark(start[i], i, false, CodeKind.PLACEHOLDER));
        } else {
          marks.add(new Mark(start[i], i, false, CodeKind.PLACEHOLDER));
          marks.add(new Mark(end[i], i, true, CodeKind.PLACEHOLDER));
        }
      }
      // at one offset: ends first (the inner span first), then starts (the outer span first)
      marks.sort(Comparator.<Mark>comparingInt(Mark::offset)
          .thenComparing(m -> m.end() ? 0 : 1)
          .thenComparingInt(m -> m.end() ? -start[m.span()] : -end[m.span()])
          .thenComparingInt(m -> m.end() ? -m.span() : m.span()));
    }

    /** The offset moved past the markup token or character reference it falls strictly inside. */
    private int snap(int offset) {
      for (Token t : tokens) {
        if (offset > t.start() && offset < t.end()) {
          return t.end();
        }
        if (t.start() >= offset) {
          break;
        }
      }
      int amp = value.lastIndexOf('&', offset - 1);
      if (amp >= 0 && amp < offset) {
        Matcher r = REFERENCE.matcher(value);
        r.region(amp, value.length());
        if (r.lookingAt() && r.end() > offset) {
          return r.end();
        }
      }
      return offset;
    }

    /** Whether a pair at [s, e) would cross an element pair: one end inside its text, the other outside. */
    private boolean crossesElement(int s, int e) {
      for (Token t : tokens) {
        if (t.kind() != CodeKind.OPEN) {
          continue;
        }
        Token close = tokens.get(t.partner());
        boolean in1 = s >= t.end() && s <= close.start();
        boolean in2 = e >= t.end() && e <= close.start();
        if (in1 != in2) {
          return true;
        }
      }
      return false;
    }
  }

  private static void decodeText(String s, Builder b) {
    if (s.indexOf('&') < 0) {
      b.text(s);
      return;
    }
    Matcher m = REFERENCE.matcher(s);
    int at = 0;
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      text.append(s, at, m.start());
      String decoded = b.xml ? decodeXmlReference(m) : decodeReference(m);
      // In MessageFormat a reference to a brace or an apostrophe stands for a character that the
      // syntax would read: it stays as written, protected, or merge would change the message.
      if (decoded == null || (b.messageFormat && MESSAGE_SYNTAX.contains(decoded))) {
        b.text(text.toString());
        text.setLength(0);
        b.placeholder("x-entity", m.group(), m.group());
      } else {
        text.append(decoded);
      }
      at = m.end();
    }
    text.append(s.substring(at));
    b.text(text.toString());
  }

  private static String decodeReference(Matcher m) {
    try {
      if (m.group(1) != null) {
        return new String(Character.toChars(Integer.parseInt(m.group(1))));
      } else if (m.group(2) != null) {
        return new String(Character.toChars(Integer.parseInt(m.group(2), 16)));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return ENTITIES.get(m.group(3));
  }

  /** A reference as XML reads it without a DTD: numeric ones and the five predefined entities. */
  private static String decodeXmlReference(Matcher m) {
    if (m.group(3) != null) {
      return XML_ENTITIES.get(m.group(3));
    }
    String s = decodeReference(m);
    // a reference to a character XML 1.0 does not allow stays a code, as written
    return s == null || !isXmlChar(s, 0) || (s.length() == 1 && Character.isSurrogate(s.charAt(0))) ? null : s;
  }

  /** Whether XML 1.0 can carry {@code c} (a lone surrogate cannot). */
  static boolean isXmlChar(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c != 0xFFFE && c != 0xFFFF;
  }

  /** Collects parts, numbering codes 1..n and turning characters XML cannot carry into codes. */
  private static final class Builder {
    /** Whether the text is the literal text of a MessageFormat message. */
    boolean messageFormat;
    /** Whether references are read as XML reads them. */
    boolean xml;
    /** Whether the string is plain text: no references at all. */
    boolean plain;
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int nextId = 1;

    void text(String s) {
      int i = 0;
      while (i < s.length() && isXmlChar(s, i)) {
        i++;
      }
      text.append(s, 0, i);
      for (; i < s.length(); i++) {
        if (isXmlChar(s, i)) {
          text.append(s.charAt(i));
        } else {
          String ch = String.valueOf(s.charAt(i));
          placeholder("x-char", ch, String.format("U+%04X", (int) s.charAt(i)));
        }
      }
    }

    int open(String type, String data, String display) {
      return openCode(type, data, display).id();
    }

    Code openCode(String type, String data, String display) {
      flush();
      Code c = new Code(CodeKind.OPEN, nextId++, type, data, display);
      parts.add(c);
      return c;
    }

    void close(int id, String type, String data, String display) {
      closeCode(id, type, data, display);
    }

    Code closeCode(int id, String type, String data, String display) {
      flush();
      Code c = new Code(CodeKind.CLOSE, id, type, data, display);
      parts.add(c);
      return c;
    }

    int placeholder(String type, String data, String display) {
      return placeholderCode(type, data, display).id();
    }

    Code placeholderCode(String type, String data, String display) {
      flush();
      Code c = new Code(CodeKind.PLACEHOLDER, nextId++, type, data, display);
      parts.add(c);
      return c;
    }

    private void flush() {
      if (text.length() > 0) {
        parts.add(new Text(text.toString()));
        text.setLength(0);
      }
    }

    Content build() {
      flush();
      return new Content(parts);
    }
  }
}
