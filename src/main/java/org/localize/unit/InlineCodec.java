package org.localize.unit;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
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
 *       character references become characters, except unknown named ones, which are codes.
 *   <li>MessageFormat: simple arguments ({@code {amount}}, {@code {n, number}}) become
 *       placeholders; plural and select arguments stay text for the translator to adapt (Russian
 *       needs other plural categories than English); the literal text may hold inline HTML.
 *   <li>Every format: characters XML 1.0 cannot carry (C0 controls, lone surrogates) become
 *       placeholders, so they travel through XLIFF untouched.
 * </ul>
 */
public final class InlineCodec {
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
  private static final java.util.Set<String> MESSAGE_SYNTAX = java.util.Set.of("{", "}", "'");
  private static final java.util.Set<String> VOID_ELEMENTS =
      java.util.Set.of("br", "img", "hr", "wbr", "source", "input", "meta", "link", "area", "col", "embed", "track");

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
   * Parses {@code value} as {@code format}; throws {@link IllegalArgumentException} with a readable
   * reason when a MessageFormat string is not valid.
   */
  public static Content parse(String value, TextFormat format) {
    Builder b = new Builder();
    switch (format) {
      case TEXT -> b.text(value);
      case HTML -> parseHtml(value, b);
      case MESSAGEFORMAT -> {
        b.messageFormat = true;
        parseMessageFormat(value, b);
      }
    }
    return b.build();
  }

  private static void parseMessageFormat(String value, Builder b) {
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
    parseHtml(value, b, arguments);
  }

  private static void parseHtml(String value, Builder b) {
    parseHtml(value, b, List.of());
  }

  /**
   * Parses inline HTML; {@code arguments} are spans of MessageFormat arguments, which become
   * placeholders unless they stand inside a tag (an argument in an attribute is part of the tag).
   */
  private static void parseHtml(String value, Builder b, List<int[]> arguments) {
    List<int[]> tags = new ArrayList<>(); // start, end, and from the match: 1 closing, 2 self-closing
    List<String> found = new ArrayList<>(); // the tag's name as written; null for a comment
    TagScanner scanner = new TagScanner(value);
    int from = value.indexOf('<');
    while (from >= 0) {
      // a tag starts at a '<': look there only, not at every character
      Tag t = scanner.tagAt(from);
      if (t == null) {
        from = value.indexOf('<', from + 1);
        continue;
      }
      int[] arg = argumentAround(t.start(), arguments);
      if (arg != null) {
        from = value.indexOf('<', arg[1]); // the tag belongs to the argument; look again after it, not after the tag
        continue;
      }
      tags.add(new int[] {t.start(), t.end(), t.closing() ? 1 : 0, t.selfClosing() ? 1 : 0});
      found.add(t.name());
      from = value.indexOf('<', t.end());
    }
    if (tags.isEmpty() && arguments.isEmpty()) {
      decodeText(value, b);
      return;
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
      names[i] = found.get(i).toLowerCase(java.util.Locale.ROOT);
      boolean closing = tags.get(i)[2] == 1;
      boolean selfClosing = tags.get(i)[3] == 1 || VOID_ELEMENTS.contains(names[i]);
      if (selfClosing && !closing || !closing && open.size() >= MAX_NESTING) {
        kinds[i] = CodeKind.PLACEHOLDER; // deeper pairs travel as placeholders (their bytes come back all the same)
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
    int[] ids = new int[n];
    int at = 0;
    int next = 0; // the next argument
    for (int i = 0; i <= n; i++) {
      int tagStart = i < n ? tags.get(i)[0] : value.length();
      for (; next < arguments.size() && arguments.get(next)[0] < tagStart; next++) {
        int[] arg = arguments.get(next);
        if (arg[0] < at) {
          continue; // inside the previous tag
        }
        decodeText(value.substring(at, arg[0]), b);
        String text = value.substring(arg[0], arg[1]);
        b.placeholder("x-icu-argument", text, text);
        at = arg[1];
      }
      if (i == n) {
        break;
      }
      int[] span = tags.get(i);
      decodeText(value.substring(at, span[0]), b);
      String data = value.substring(span[0], span[1]);
      String type = codeType(names[i]);
      switch (kinds[i]) {
        case OPEN -> ids[i] = b.open(type, data, "<" + names[i] + ">");
        case CLOSE -> b.close(ids[partner[i]], type, data, "</" + names[i] + ">");
        case PLACEHOLDER -> b.placeholder(type, data, display(names[i], data));
      }
      at = span[1];
    }
    decodeText(value.substring(at), b);
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
  private static String codeType(String tag) {
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
      String decoded = decodeReference(m);
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

  /**
   * A tag (or comment) as {@link #parse} recognises it in HTML strings: where it starts and ends,
   * whether it closes, its name as written (null for a comment), its attributes as written (with
   * the white space before them) and whether it closes itself ({@code <br/>}).
   */
  public record Tag(int start, int end, boolean closing, String name, String attributes, boolean selfClosing) {}

  /** The tags and comments of {@code s} in order, each search starting where the last one ended. */
  public static List<Tag> tags(String s) {
    List<Tag> out = new ArrayList<>();
    TagScanner scanner = new TagScanner(s);
    for (int at = s.indexOf('<'); at >= 0; ) {
      Tag t = scanner.tagAt(at);
      if (t == null) {
        at = s.indexOf('<', at + 1);
      } else {
        out.add(t);
        at = s.indexOf('<', t.end());
      }
    }
    return out;
  }

  /**
   * Finds tags and comments in one string, in time linear in its length whatever it holds. A tag is
   * {@code <(/?)NAME(\s+ATTR(\s*=\s*VALUE)?)*\s*(/?)>} with NAME {@code [A-Za-z][A-Za-z0-9-]*},
   * ATTR {@code [^\s=/>]+} and VALUE quoted or {@code [^\s"'>]+}; else a comment
   * {@code <!--…-->}, or "&lt;/" not followed by a letter up to the next '&gt;' ("&lt;/ br&gt;",
   * which HTML5 reads as a bogus comment: invisible markup). Read left to right, each step taking
   * the longest match, which is what the regular expression this replaced found (no shorter choice
   * at any step lets a later one succeed), without its recursion: it recursed once per attribute,
   * and a tag with a few thousand attributes ended every command in a StackOverflowError (issue 15).
   * Where a run of attributes ends is remembered per position where one starts, and a comment or a
   * tag is not looked for after the last "--&gt;" or '&gt;', so that 100,000 unclosed '&lt;' cost
   * one pass, not 100,000.
   */
  private static final class TagScanner {
    private final String s;
    private final int n;
    private final int lastGt;
    private final int lastArrow;
    /** Where the attributes that start at a position end, plus one; 0 while unknown. */
    private int[] attributesEnd;

    TagScanner(String s) {
      this.s = s;
      this.n = s.length();
      this.lastGt = s.lastIndexOf('>');
      this.lastArrow = s.lastIndexOf("-->");
    }

    /** The tag or comment that starts at {@code at} (a '&lt;'), or null. */
    Tag tagAt(int at) {
      if (at >= lastGt) {
        return null; // every tag and comment ends with '>'
      }
      int i = at + 1;
      boolean closing = i < n && s.charAt(i) == '/';
      if (closing) {
        i++;
      }
      int nameStart = i;
      if (i < n && isAsciiLetter(s.charAt(i))) {
        i++;
        while (i < n && (isAsciiLetter(s.charAt(i)) || s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == '-')) {
          i++;
        }
        int nameEnd = i;
        i = attributes(i);
        int attributesEndAt = i;
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        boolean selfClosing = i < n && s.charAt(i) == '/';
        if (selfClosing) {
          i++;
        }
        if (i < n && s.charAt(i) == '>') {
          return new Tag(at, i + 1, closing, s.substring(nameStart, nameEnd), s.substring(nameEnd, attributesEndAt), selfClosing);
        }
        return null; // "<" and a letter: not a comment either
      }
      if (s.startsWith("<!--", at)) {
        int end = at + 4 <= lastArrow ? s.indexOf("-->", at + 4) : -1;
        return end < 0 ? null : new Tag(at, end + 3, false, null, "", false);
      }
      if (closing) { // "</" and no letter
        int end = s.indexOf('>', at + 2);
        return end < 0 ? null : new Tag(at, end + 1, false, null, "", false);
      }
      return null;
    }

    /** Where the attributes starting at {@code from} end: white space, a name, maybe '=' and a value; repeated. */
    private int attributes(int from) {
      if (attributesEnd != null && attributesEnd[from] > 0) {
        return attributesEnd[from] - 1;
      }
      int i = from;
      List<Integer> starts = null;
      while (true) {
        int j = i;
        while (j < n && isSpace(s.charAt(j))) {
          j++;
        }
        if (j == i || j >= n || isNameStop(s.charAt(j))) {
          break;
        }
        if (attributesEnd != null && attributesEnd[i] > 0) {
          i = attributesEnd[i] - 1;
          break;
        }
        if (starts == null) {
          starts = new ArrayList<>();
        }
        starts.add(i);
        while (j < n && !isNameStop(s.charAt(j))) {
          j++;
        }
        i = j;
        int v = j;
        while (v < n && isSpace(s.charAt(v))) {
          v++;
        }
        if (v < n && s.charAt(v) == '=') {
          v++;
          while (v < n && isSpace(s.charAt(v))) {
            v++;
          }
          int valueEnd;
          if (v < n && (s.charAt(v) == '"' || s.charAt(v) == '\'')) {
            int close = s.indexOf(s.charAt(v), v + 1);
            valueEnd = close < 0 ? -1 : close + 1;
          } else {
            int e = v;
            while (e < n && !isSpace(s.charAt(e)) && s.charAt(e) != '"' && s.charAt(e) != '\'' && s.charAt(e) != '>') {
              e++;
            }
            valueEnd = e > v ? e : -1;
          }
          if (valueEnd > 0) {
            i = valueEnd;
          }
        }
      }
      if (starts != null && starts.size() > 1) {
        if (attributesEnd == null) {
          attributesEnd = new int[n + 1];
        }
        for (int start : starts) {
          attributesEnd[start] = i + 1;
        }
      }
      return i;
    }
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /** {@code \s} of a Java pattern without UNICODE_CHARACTER_CLASS. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** What ends an attribute name: white space, '=', '/' or '&gt;'. */
  private static boolean isNameStop(char c) {
    return isSpace(c) || c == '=' || c == '/' || c == '>';
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

  /**
   * Writes {@code content} as a string of {@code format}: text is escaped for the format and codes
   * are written as their data.
   */
  public static String render(Content content, TextFormat format) {
    StringBuilder sb = new StringBuilder();
    for (Part p : content.parts()) {
      if (p instanceof Code c) {
        sb.append(c.data());
      } else {
        String text = ((Text) p).text();
        if (format == TextFormat.TEXT) {
          sb.append(text);
        } else {
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
              case '&' -> sb.append("&amp;");
              case '<' -> sb.append("&lt;");
              case '>' -> sb.append("&gt;");
              default -> sb.append(c);
            }
          }
        }
      }
    }
    return sb.toString();
  }

  /** Whether XML 1.0 can carry the character at {@code i} ({@link XmlChars}). */
  static boolean isXmlChar(String s, int i) {
    return XmlChars.isXmlChar(s, i);
  }

  /** Collects parts, numbering codes 1..n and turning characters XML cannot carry into codes. */
  private static final class Builder {
    /** Whether the text is the literal text of a MessageFormat message. */
    boolean messageFormat;
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
      flush();
      int id = nextId++;
      parts.add(new Code(CodeKind.OPEN, id, type, data, display));
      return id;
    }

    void close(int id, String type, String data, String display) {
      flush();
      parts.add(new Code(CodeKind.CLOSE, id, type, data, display));
    }

    void placeholder(String type, String data, String display) {
      flush();
      parts.add(new Code(CodeKind.PLACEHOLDER, nextId++, type, data, display));
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
