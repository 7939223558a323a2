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
 * Turns a string of a story into {@link Content} (text plus protected codes) according to its
 * format, and a translated content back into a string.
 *
 * <ul>
 *   <li>HTML: tags become codes (paired where they pair), attributes stay inside the code data;
 *       character references become characters, except unknown named ones, which are codes. The
 *       values of the attributes named in {@link Options#attributes} ({@code alt}, {@code title})
 *       are text: the tag is split around each value into a pair of codes holding it.
 *   <li>XML (a NITF body): elements become codes, paired where they hold text; an element whose
 *       whole subtree holds no text (metadata), the prolog, comments, processing instructions and
 *       CDATA sections are one placeholder each; white space with a line break between tags
 *       (indentation) belongs to the codes. Only the five predefined entities and numeric
 *       references are characters; other references are codes. A string that is not well-formed
 *       XML is refused.
 *   <li>MessageFormat: simple arguments ({@code {amount}}, {@code {n, number}}) become
 *       placeholders; plural and select arguments stay text for the translator to adapt (Russian
 *       needs other plural categories than English); the literal text may hold inline HTML.
 *   <li>Every format: characters XML 1.0 cannot carry (C0 controls, lone surrogates) become
 *       placeholders, so they travel through XLIFF untouched.
 *   <li>Spans ({@link Options#spans}, the styled ranges of an Apple News text) become codes with no
 *       characters of their own around the text they cover, so that merge can tell where each range
 *       lies in the translation ({@link #offsets}).
 * </ul>
 */
public final class InlineCodec {
  /** One attribute of a tag: group 1 the name, group 3 a double-quoted value, group 4 a single-quoted one. */
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s+([^\\s=/>]+)(?:\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|[^\\s\"'>]+))?");
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");
  /** The longest character reference {@link #REFERENCE} matches: "&", a name of 32 characters, ";". */
  private static final int MAX_REFERENCE = 34;
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
  /** The code type of a span's codes ({@link Options#spans}). */
  public static final String SPAN_TYPE = "x-range";

  /**
   * Deepest nesting of paired codes: tags opened inside this many open ones become placeholders, so
   * that the XLIFF written stays within the element depth every XML reader accepts (100,000 nested
   * tags made an XLIFF that localize itself then refused to read).
   */
  public static final int MAX_NESTING = 64;

  /**
   * Most codes one string may have to be translated: Okapi's {@code TextFragment}, which reads the
   * codes of a translated XLIFF, holds at most 6,127, so a string with more would extract into an
   * XLIFF that cannot be merged. The extractor leaves such a string as it is, with a note.
   */
  public static final int MAX_CODES = 5_000;

  private InlineCodec() {}

  /**
   * What to read beyond the format: the names of HTML attributes whose values are translated
   * (lower case), and spans of the string (offsets into it, UTF-16) to mark with codes.
   */
  public record Options(Set<String> attributes, List<Span> spans) {
    public static final Options NONE = new Options(Set.of(), List.of());

    public Options {
      attributes = attributes == null ? Set.of() : Set.copyOf(attributes);
      spans = spans == null ? List.of() : List.copyOf(spans);
    }
  }

  /** The characters [start, end) of the string; start == end marks a point. */
  public record Span(int start, int end) {}

  /**
   * The codes a span became: an OPEN and a CLOSE around its text, or two placeholders where a pair
   * would cross another pair (XLIFF codes must nest), or one placeholder for a point.
   */
  public record SpanCodes(Code start, Code end) {}

  /** A parsed string: its content, and per span of the options, in their order, its codes. */
  public record Parsed(Content content, List<SpanCodes> spans) {}

  /**
   * Parses {@code value} as {@code format}; throws {@link IllegalArgumentException} with a readable
   * reason when a MessageFormat string is not valid or an XML string is not well-formed.
   */
  public static Content parse(String value, TextFormat format) {
    return parse(value, format, Options.NONE).content();
  }

  /** Parses {@code value} as {@code format} with {@code options}. */
  public static Parsed parse(String value, TextFormat format, Options options) {
    Builder b = new Builder();
    List<Token> tokens = switch (format) {
      case TEXT -> {
        b.plain = true;
        yield List.of();
      }
      case HTML -> htmlTokens(value, List.of());
      case XML -> {
        b.xml = true;
        yield XmlMarkup.tokens(value);
      }
      case MESSAGEFORMAT -> {
        b.messageFormat = true;
        yield htmlTokens(value, messageFormatArguments(value));
      }
    };
    Set<String> attributes = format == TextFormat.HTML || format == TextFormat.XML ? options.attributes() : Set.of();
    List<SpanCodes> spans = new Emitter(value, tokens, attributes, options.spans(), b).run();
    return new Parsed(b.build(), spans);
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
    List<HtmlTags.Tag> tags = new ArrayList<>();
    HtmlTags scanner = new HtmlTags(value);
    int nextArgument = 0;
    int from = value.indexOf('<');
    while (from >= 0) {
      // a tag inside a simple argument (as in {n, x, <b>}, an argument style ICU accepts) is part
      // of the argument's placeholder, not a code of its own: look again after the argument. Found
      // by fuzzing: such a tag made the text between codes run backwards, and a comment starting
      // there swallowed a later one.
      while (nextArgument < arguments.size() && arguments.get(nextArgument)[1] <= from) {
        nextArgument++;
      }
      if (nextArgument < arguments.size() && from > arguments.get(nextArgument)[0]) {
        from = value.indexOf('<', arguments.get(nextArgument)[1]);
        continue;
      }
      HtmlTags.Tag tag = scanner.at(from);
      if (tag == null) {
        from = value.indexOf('<', from + 1);
        continue;
      }
      tags.add(tag);
      from = value.indexOf('<', tag.end());
    }
    // Pair opening and closing tags by name; whatever does not pair becomes a placeholder.
    int n = tags.size();
    String[] names = new String[n];
    CodeKind[] kinds = new CodeKind[n];
    int[] partner = new int[n];
    Deque<Integer> open = new ArrayDeque<>();
    Map<String, Integer> openByName = new HashMap<>(); // how many of the open elements have each name
    for (int i = 0; i < n; i++) {
      partner[i] = -1;
      HtmlTags.Tag tag = tags.get(i);
      if (tag.name() == null) {
        // a comment, or a bogus comment such as "</ br>" or "</é>": what the scanner matched
        // decides, not the character after "</" (an accented letter is a letter, but not a tag name)
        names[i] = "!--";
        kinds[i] = CodeKind.PLACEHOLDER;
        continue;
      }
      names[i] = tag.name().toLowerCase(Locale.ROOT);
      boolean closing = tag.closing();
      boolean selfClosing = tag.selfClosing() || VOID_ELEMENTS.contains(names[i]);
      if (selfClosing && !closing || !closing && open.size() >= MAX_NESTING) {
        kinds[i] = CodeKind.PLACEHOLDER; // deeper pairs travel as placeholders (their bytes come back all the same)
      } else if (!closing) {
        kinds[i] = CodeKind.OPEN;
        open.push(i);
        openByName.merge(names[i], 1, Integer::sum);
      } else {
        kinds[i] = CodeKind.PLACEHOLDER;
        if (openByName.getOrDefault(names[i], 0) > 0) { // closes the innermost open element of its name
          while (true) {
            int top = open.pop();
            openByName.merge(names[top], -1, Integer::sum);
            if (names[top].equals(names[i])) {
              kinds[i] = CodeKind.CLOSE;
              partner[i] = top;
              partner[top] = i;
              break;
            }
            kinds[top] = CodeKind.PLACEHOLDER; // an element left open inside this one
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
      int tagStart = i < n ? tags.get(i).start() : value.length();
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
      HtmlTags.Tag tag = tags.get(i);
      String data = value.substring(tag.start(), tag.end());
      Element known = ELEMENTS.get(names[i]);
      String display = switch (kinds[i]) {
        case OPEN -> known != null ? known.open() : "<" + names[i] + ">";
        case CLOSE -> known != null ? known.close() : "</" + names[i] + ">";
        case PLACEHOLDER -> display(names[i], data);
      };
      index[i] = tokens.size();
      boolean start = !tag.closing() && tag.name() != null;
      tokens.add(new Token(tag.start(), tag.end(), kinds[i], partner[i], codeType(names[i]), display, start ? names[i] : null));
      at = tag.end();
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.partner() >= 0) {
        tokens.set(i, new Token(t.start(), t.end(), t.kind(), index[t.partner()], t.type(), t.display(), t.element()));
      }
    }
    return tokens;
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

  /**
   * The displays and code type of the elements stories use most, made once: a live blog's 20,000
   * links each made "&lt;a&gt;", "&lt;/a&gt;" and kept them to the end of the run (the collector
   * copied them with the story), as did its XLIFF's codes.
   */
  private record Element(String open, String close, String type) {}

  private static final Map<String, Element> ELEMENTS = new HashMap<>();

  static {
    for (String n : new String[] {"a", "b", "strong", "i", "em", "u", "s", "span", "sup", "sub", "small", "mark", "q",
        "cite", "abbr", "code", "p", "div", "li", "ul", "ol", "br", "img", "h1", "h2", "h3", "h4", "blockquote", "figure",
        "figcaption", "time", "del", "ins"}) {
      ELEMENTS.put(n, new Element("<" + n + ">", "</" + n + ">", codeTypeOf(n)));
    }
  }

  /** XLIFF 1.2 {@code ctype}s where one fits (the writer prefixes others with "x-"). */
  static String codeType(String tag) {
    Element known = ELEMENTS.get(tag);
    return known != null ? known.type() : codeTypeOf(tag);
  }

  private static String codeTypeOf(String tag) {
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
    final List<Span> spans;
    final Builder b;
    /** Span boundaries in the order they are written: offset, then closing before opening. */
    final List<Mark> marks = new ArrayList<>();
    int nextMark;
    final Code[][] spanCodes;
    /** Per span: whether it is a point (empty once its ends are moved out of markup). */
    final boolean[] point;
    /** Per token, the token index of the innermost element pair around it (-1: none); made when first needed. */
    int[] parents;

    /** A span boundary: where, which span, whether it ends the span, and what code it becomes. */
    record Mark(int offset, int span, boolean end, CodeKind kind) {}

    Emitter(String value, List<Token> tokens, Set<String> attributes, List<Span> spans, Builder b) {
      this.value = value;
      this.tokens = tokens;
      this.attributes = attributes;
      this.spans = spans;
      this.b = b;
      this.spanCodes = new Code[spans.size()][2];
      this.point = new boolean[spans.size()];
    }

    List<SpanCodes> run() {
      planSpans();
      int at = 0;
      int[] ids = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        text(at, t.start());
        int length = t.end() - t.start();
        // a closing tag written as its display ("</a>") is that display's String, not a copy
        String data = t.kind() == CodeKind.CLOSE && t.display().length() == length
            && value.regionMatches(t.start(), t.display(), 0, length) ? t.display() : value.substring(t.start(), t.end());
        switch (t.kind()) {
          case OPEN -> ids[i] = element(t, data, true);
          case CLOSE -> b.close(ids[t.partner()], t.type(), data, t.display());
          case PLACEHOLDER -> element(t, data, false);
        }
        at = t.end();
      }
      text(at, value.length());
      List<SpanCodes> out = new ArrayList<>(spans.size());
      for (Code[] c : spanCodes) {
        out.add(new SpanCodes(c[0], c[1]));
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
        Span s = spans.get(i);
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
      int k = firstTokenFrom(offset) - 1; // the last token that starts before the offset
      if (k >= 0 && offset < tokens.get(k).end()) {
        return tokens.get(k).end();
      }
      // a reference is at most "&" and 33 more characters long: only a '&' that near can hold the offset
      for (int amp = offset - 1; amp >= 0 && amp > offset - MAX_REFERENCE; amp--) {
        if (value.charAt(amp) == '&') {
          Matcher r = REFERENCE.matcher(value);
          r.region(amp, value.length());
          return r.lookingAt() && r.end() > offset ? r.end() : offset;
        }
      }
      return offset;
    }

    /** The index of the first token that starts at or after {@code offset} (the tokens are in order and apart). */
    private int firstTokenFrom(int offset) {
      int lo = 0;
      int hi = tokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).start() < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /**
     * Whether a pair at [s, e) would cross an element pair: one end inside its text, the other
     * outside. Element pairs nest, so that is when the innermost element around each end differs.
     */
    private boolean crossesElement(int s, int e) {
      return innermostElement(s) != innermostElement(e);
    }

    /**
     * The token index of the innermost element pair whose text [end of its start tag, start of its
     * end tag] holds {@code offset} (an offset outside every token), or -1.
     */
    private int innermostElement(int offset) {
      if (parents == null) {
        parents = new int[tokens.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int k = 0; k < tokens.size(); k++) {
          if (tokens.get(k).kind() == CodeKind.CLOSE) {
            open.pop();
          }
          parents[k] = open.isEmpty() ? -1 : open.peek();
          if (tokens.get(k).kind() == CodeKind.OPEN) {
            open.push(k);
          }
        }
      }
      int after = firstTokenFrom(offset);
      int before = after - 1;
      if (before >= 0 && tokens.get(before).kind() == CodeKind.OPEN) {
        return before;
      }
      if (after < tokens.size() && tokens.get(after).kind() == CodeKind.CLOSE) {
        return tokens.get(after).partner();
      }
      return before >= 0 ? parents[before] : after < tokens.size() ? parents[after] : -1;
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

  /** The pattern of a character reference ({@code &amp;}, {@code &#171;}, {@code &#xAB;}). */
  public static Pattern referencePattern() {
    return REFERENCE;
  }

  /** The characters a character reference matched by {@link #referencePattern} stands for, or null if unknown. */
  public static String decodeReference(String reference) {
    Matcher m = REFERENCE.matcher(reference);
    return m.matches() ? decodeReference(m) : null;
  }

  /**
   * The characters of a reference, or null when it stands for none XML can carry: a reference to
   * NUL, a control character or a lone surrogate ({@code &#0;}, {@code &#1;}, {@code &#xD800;})
   * stays as written, a placeholder ({@link XmlChars}); decoded, it put a NUL or a lone surrogate
   * into the merged story, and {@code &#1;} came back as a raw control character.
   */
  private static String decodeReference(Matcher m) {
    String decoded;
    try {
      if (m.group(1) != null) {
        decoded = new String(Character.toChars(Integer.parseInt(m.group(1))));
      } else if (m.group(2) != null) {
        decoded = new String(Character.toChars(Integer.parseInt(m.group(2), 16)));
      } else {
        return ENTITIES.get(m.group(3));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return XmlChars.firstUnsafe(decoded) < 0 ? decoded : null;
  }

  /** A reference as XML reads it without a DTD: numeric ones and the five predefined entities. */
  private static String decodeXmlReference(Matcher m) {
    if (m.group(3) != null) {
      return XML_ENTITIES.get(m.group(3));
    }
    String s = decodeReference(m);
    // a reference to a character XML 1.0 does not allow stays a code, as written
    return s == null || !XmlChars.isXmlChar(s, 0) || (s.length() == 1 && Character.isSurrogate(s.charAt(0))) ? null : s;
  }

  /**
   * Writes {@code content} as a string of {@code format}: text is escaped for the format and codes
   * are written as their data. Text inside a translatable attribute's pair is escaped for the
   * attribute (its quote too).
   */
  public static String render(Content content, TextFormat format) {
    return render(content, format, null);
  }

  /**
   * As {@link #render(Content, TextFormat)}, and where each code was written: by
   * {@code kind:id} ({@code OPEN:3}), the UTF-16 offset in the result.
   */
  public static Map<String, Integer> offsets(Content content, TextFormat format, StringBuilder out) {
    Map<String, Integer> at = new HashMap<>();
    out.append(render(content, format, at));
    return at;
  }

  private static String render(Content content, TextFormat format, Map<String, Integer> offsets) {
    // sized for the parts as they are (escapes may add a little): a builder of the default size grew
    // five times for a paragraph, a third of what a live blog's merge allocated
    int size = 16;
    for (Part p : content.parts()) {
      size += p instanceof Code c ? c.data().length() : ((Text) p).text().length();
    }
    StringBuilder sb = new StringBuilder(size);
    char quote = 0; // inside a translatable attribute: its quote
    for (Part p : content.parts()) {
      if (p instanceof Code c) {
        if (offsets != null) {
          offsets.put(c.kind() + ":" + c.id(), sb.length());
        }
        sb.append(c.data());
        if (c.type().startsWith(ATTRIBUTE_TYPE) && !c.data().isEmpty()) {
          quote = c.kind() == CodeKind.OPEN ? c.data().charAt(c.data().length() - 1) : 0;
        }
      } else {
        String text = ((Text) p).text();
        if (format == TextFormat.TEXT) {
          sb.append(text);
        } else {
          // the characters between two escapes are appended as one run, not one by one
          int run = 0;
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
              case '&' -> "&amp;";
              case '<' -> "&lt;";
              case '>' -> "&gt;";
              case '"' -> quote == '"' ? "&quot;" : null;
              case '\'' -> quote == '\'' ? "&#39;" : null;
              default -> null;
            };
            if (escape != null) {
              sb.append(text, run, i).append(escape);
              run = i + 1;
            }
          }
          sb.append(text, run, text.length());
        }
      }
    }
    return sb.toString();
  }

  /**
   * What is wrong with a rendered translation whose markup a translator could break by moving codes
   * (a tag split around a translatable attribute, an XML document), or null when nothing is:
   * parsed again, it must hold the source's markup, and XML must still be well-formed.
   */
  public static String broken(Content source, String rendered, TextFormat format) {
    Set<String> attributes = new java.util.HashSet<>();
    for (Code c : source.codes()) {
      if (c.type().startsWith(ATTRIBUTE_TYPE)) {
        attributes.add(c.type().substring(ATTRIBUTE_TYPE.length()));
      }
    }
    if (format != TextFormat.XML && attributes.isEmpty()) {
      return null;
    }
    Content again;
    try {
      again = parse(rendered, format, new Options(attributes, List.of())).content();
    } catch (IllegalArgumentException e) {
      return "makes the XML invalid (" + e.getMessage() + "); keep the codes where the source has them";
    }
    List<String> want = markup(source);
    List<String> got = markup(again);
    if (!want.equals(got)) {
      return "breaks the markup: a tag's parts or the document's structure were moved apart"
          + " (an attribute's code pair must stay next to its tag's code, text must stay inside the document);"
          + " keep those codes together";
    }
    return null;
  }

  /** The data of a content's codes that hold characters, sorted: its markup regardless of order. */
  private static List<String> markup(Content c) {
    List<String> out = new ArrayList<>();
    for (Code code : c.codes()) {
      if (!code.data().isEmpty()) {
        out.add(code.data());
      }
    }
    out.sort(null);
    return out;
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
      while (i < s.length() && XmlChars.isXmlChar(s, i)) {
        i++;
      }
      text.append(s, 0, i);
      for (; i < s.length(); i++) {
        if (XmlChars.isXmlChar(s, i)) {
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
