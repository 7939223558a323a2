package org.localize.xliff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextContainer;
import org.localize.Version;
import org.localize.unit.Content;
import org.localize.unit.Unit;
import org.localize.unit.XmlChars;

/**
 * Writes units as XLIFF 1.2 (strict schema), the XML written directly: the same bytes Okapi's
 * {@code XLIFFWriter} wrote for localize's units (placeholder mode, code attributes, no ITS),
 * without building Okapi text units, cloning them and escaping every string twice, which was over
 * half of a batch extract's CPU. Okapi's {@code XLIFFFilter} stays the reader of what this writes
 * (the tests read every written file back through it and validate it against the schema), and
 * Okapi's SRX segmenter still decides where sentences end.
 *
 * <p>Codes are written as {@code <g>}/{@code <x/>} with a {@code ctype} and an {@code equiv-text}
 * that shows the bare tag: the native markup (with its {@code href}s) never enters the file, and
 * merge takes it from the story. An opening or closing code without its partner in the same
 * text (a pair split by a sentence boundary) is a {@code <bx/>} or {@code <ex/>}. Every unit has
 * {@code xml:space="preserve"}, its JSON pointer in {@code resname}, its kind in {@code restype},
 * and its length limit as {@code maxwidth} in characters.
 *
 * <p>Escaping: in text {@code <}, {@code &}, {@code >} after {@code ]} (so never {@code ]]>}) and
 * CR (as {@code &#13;}, which XML would otherwise turn into LF); in attributes also {@code "} and,
 * so that attribute normalisation does not turn them into spaces, tab, LF and CR as character
 * references. Characters XML 1.0 cannot carry reach the content only as placeholder codes (the
 * inline codec sees to that; finding one here is a bug and throws); in notes and attributes, which
 * come from the profile and the story's keys and URLs, they become U+FFFD.
 */
public final class Xliff12Writer {
  /** The {@code datatype} of the {@code <file>}; merge checks it. */
  public static final String DATATYPE = "x-localize-story";
  /** Prefix of the header note that names the story, read back by {@link Xliff12Reader}. */
  static final String STORY_NOTE = "localize story: ";
  /** The header notes that record the profile the units were extracted with (see {@link TranslationFile}). */
  static final String PROFILE_NOTE = "localize profile: ";
  static final String PROFILE_FILE_NOTE = "localize profile file: ";

  /** The {@code restype} values XLIFF 1.2 defines; any other kind is written with "x-". */
  private static final Set<String> RESTYPES = Set.of("auto3state", "autocheckbox", "autoradiobutton", "bedit",
      "bitmap", "button", "caption", "cell", "checkbox", "checkboxmenuitem", "checkedlistbox", "colorchooser",
      "combobox", "comboboxexitem", "comboboxitem", "component", "contextmenu", "ctext", "cursor", "datetimepicker",
      "defpushbutton", "dialog", "dlginit", "edit", "file", "filechooser", "fn", "font", "footer", "frame", "grid",
      "groupbox", "header", "heading", "hedit", "hscrollbar", "icon", "iedit", "keywords", "label", "linklabel",
      "list", "listbox", "listitem", "ltext", "menu", "menubar", "menuitem", "menuseparator", "message",
      "monthcalendar", "numericupdown", "panel", "popupmenu", "pushbox", "pushbutton", "radio",
      "radiobuttonmenuitem", "rcdata", "row", "rtext", "scrollpane", "separator", "shortcut", "spinner", "splitter",
      "state3", "statusbar", "string", "tabcontrol", "table", "textbox", "togglebutton", "toolbar", "tooltip",
      "trackbar", "tree", "uri", "userbutton", "usercontrol", "var", "versioninfo", "vscrollbar", "window");
  /** The {@code ctype}s XLIFF 1.2 defines for {@code <x/>}, and for {@code <g>} and {@code <bx/>}. */
  private static final Set<String> PLACEHOLDER_CTYPES = Set.of("image", "pb", "lb");
  private static final Set<String> PAIRED_CTYPES = Set.of("bold", "italic", "underlined", "link");

  private Xliff12Writer() {}

  /** The XLIFF document for {@code file}, as UTF-8 bytes. */
  public static byte[] write(TranslationFile file, XliffOptions options) {
    String source = xmlLang(file.sourceLocale());
    String target = xmlLang(file.targetLocale());
    StringBuilder out = new StringBuilder(estimate(file));
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\""
        + " xmlns:okp=\"okapi-framework:xliff-extensions\">\n");
    out.append("<file");
    attribute(out, "original", file.original() == null ? "unknown" : file.original());
    out.append(" source-language=\"").append(source).append("\" target-language=\"").append(target).append('"');
    attribute(out, "datatype", DATATYPE);
    out.append(">\n<header><tool tool-id=\"localize\" tool-name=\"localize\"");
    attribute(out, "tool-version", Version.VERSION);
    out.append("></tool>");
    if (file.storyId() != null) {
      out.append("<note from=\"localize\">").append(escapeXml(STORY_NOTE + quoteStoryId(file.storyId()))).append("</note>");
    }
    if (file.profile() != null) {
      out.append("<note from=\"localize\">").append(escapeXml(PROFILE_NOTE + quoteStoryId(file.profile()))).append("</note>");
    }
    if (file.profileFile() != null) {
      out.append("<note from=\"localize\">").append(escapeXml(PROFILE_FILE_NOTE + quoteStoryId(file.profileFile()))).append("</note>");
    }
    out.append("</header>\n<body>\n");
    Sentences sentences = options.segment() ? Sentences.of(file.sourceLocale()) : null;
    for (TranslationFile.Entry entry : file.entries()) {
      unit(out, entry, source, target, options, sentences);
    }
    out.append("</body>\n</file>\n</xliff>\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * About the length of the document: the text twice (source and target) and the markup and notes
   * of a unit, so that a live blog's 20 MB are not grown by doubling and copying.
   */
  private static int estimate(TranslationFile file) {
    long chars = 2048;
    for (TranslationFile.Entry entry : file.entries()) {
      chars += 640;
      for (Content.Part part : entry.unit().source().parts()) {
        chars += part instanceof Content.Text t ? 2L * t.text().length() : 64;
      }
    }
    return (int) Math.min(chars, Integer.MAX_VALUE - 16);
  }

  private static void unit(StringBuilder out, TranslationFile.Entry entry, String source, String target,
      XliffOptions options, Sentences sentences) {
    Unit unit = entry.unit();
    out.append("<trans-unit");
    attribute(out, "id", unit.id());
    if (unit.pointer() != null && !unit.pointer().isEmpty()) {
      attribute(out, "resname", unit.pointer());
    }
    if (unit.maxLength() > 0) {
      out.append(" maxwidth=\"").append(unit.maxLength()).append("\" size-unit=\"char\"");
    }
    String kind = unit.kind();
    if (kind != null && !kind.isEmpty()) {
      attribute(out, "restype", kind.startsWith("x-") || RESTYPES.contains(kind) ? kind : "x-" + kind);
    }
    if (entry.target() != null && entry.approved()) {
      out.append(" approved=\"yes\"");
    }
    out.append(" xml:space=\"preserve\">\n");

    Content targetContent = entry.target() != null ? entry.target()
        : options.emptyTargets() ? Content.text("") : unit.source();
    List<Sentences.Piece> sourcePieces = null;
    List<Sentences.Piece> targetPieces = null;
    if (sentences != null) {
      // a unit of one sentence, or whose target does not split into as many sentences as its
      // source, stays whole; an empty target stays empty and whole
      TextContainer split = sentences.split(unit.source());
      if (split != null) {
        sourcePieces = Sentences.pieces(split, unit.source());
        if (!isEmpty(targetContent)) {
          TextContainer splitTarget = entry.target() == null ? split : sentences.split(targetContent);
          if (splitTarget == null || splitTarget.getSegments().count() != split.getSegments().count()) {
            sourcePieces = null;
          } else {
            targetPieces = splitTarget == split ? sourcePieces
                : sameIds(Sentences.pieces(splitTarget, targetContent), sourcePieces);
          }
        }
      }
    }

    out.append("<source xml:lang=\"").append(source).append("\">");
    if (sourcePieces == null) {
      content(out, unit.source());
    } else {
      pieces(out, sourcePieces, false);
    }
    out.append("</source>\n");
    if (sourcePieces != null) {
      out.append("<seg-source>");
      pieces(out, sourcePieces, true);
      out.append("</seg-source>\n");
    }

    out.append("<target xml:lang=\"").append(target).append('"');
    if (entry.target() != null) {
      attribute(out, "state", entry.state() == null ? "" : entry.state()); // (as Okapi wrote a null state)
      if (entry.qualifier() != null) {
        attribute(out, "state-qualifier", entry.qualifier());
      }
    } else {
      out.append(" state=\"needs-translation\"");
    }
    out.append('>');
    if (targetPieces == null) {
      content(out, targetContent);
    } else {
      pieces(out, targetPieces, true);
    }
    out.append("</target>\n");

    // (as with Okapi's writer before: a target split into sentences loses the unit's suggestions)
    if (targetPieces == null) {
      for (TranslationFile.Suggestion s : entry.suggestions()) {
        suggestion(out, s, source, target);
      }
    }
    for (String note : unit.notes()) {
      note(out, note);
    }
    for (String note : entry.notes()) {
      note(out, note);
    }
    out.append("</trans-unit>\n");
  }

  /**
   * {@code <alt-trans match-quality="87" origin="...">} for a fuzzy suggestion. No match type:
   * Okapi's extension attribute for it is refused by the strict schema.
   */
  private static void suggestion(StringBuilder out, TranslationFile.Suggestion s, String source, String target) {
    out.append("<alt-trans");
    if (s.score() > 0) {
      out.append(" match-quality=\"").append(s.score()).append('"');
    }
    if (s.origin() != null && !s.origin().isEmpty()) {
      attribute(out, "origin", s.origin());
    }
    out.append('>');
    if (!isEmpty(s.source())) {
      out.append("<source xml:lang=\"").append(source).append("\">");
      content(out, s.source());
      out.append("</source>\n");
    }
    out.append("<target xml:lang=\"").append(target).append("\">");
    content(out, s.target());
    out.append("</target>\n</alt-trans>\n");
  }

  /**
   * The target's sentences with the ids of the source's, in order: a target split anew numbers its
   * parts by where its own spaces fall, and a {@code mid} that the {@code <seg-source>} lacks is
   * invalid XLIFF (Okapi's writer wrote it so).
   */
  private static List<Sentences.Piece> sameIds(List<Sentences.Piece> target, List<Sentences.Piece> source) {
    List<String> ids = new ArrayList<>();
    for (Sentences.Piece p : source) {
      if (p.sentence()) {
        ids.add(p.id());
      }
    }
    List<Sentences.Piece> renumbered = new ArrayList<>(target.size());
    int k = 0;
    for (Sentences.Piece p : target) {
      renumbered.add(p.sentence() ? new Sentences.Piece(ids.get(k++), p.content(), true) : p);
    }
    return renumbered;
  }

  /**
   * Sentences and what lies between them; sentences as {@code <mrk mtype="seg">} when marked. A
   * piece that starts with {@code >} after two {@code ]} that end the one before escapes it (the
   * segmenter may split {@code ]]>}, and Okapi's writer then wrote it as it is).
   */
  private static void pieces(StringBuilder out, List<Sentences.Piece> pieces, boolean marked) {
    for (Sentences.Piece piece : pieces) {
      boolean mrk = marked && piece.sentence();
      if (mrk) {
        out.append("<mrk mid=\"");
        text(out, piece.id(), ATTRIBUTE);
        out.append("\" mtype=\"seg\">");
      }
      int n = out.length();
      boolean brackets = n >= 2 && out.charAt(n - 1) == ']' && out.charAt(n - 2) == ']';
      content(out, piece.content(), brackets ? ']' : 0);
      if (mrk) {
        out.append("</mrk>");
      }
    }
  }

  private static void content(StringBuilder out, Content content) {
    content(out, content, (char) 0);
  }

  /**
   * Text and inline codes; {@code last} is the character written just before (a {@code >} after a
   * {@code ]} is escaped, also across two adjacent texts); returns the last character written.
   */
  private static char content(StringBuilder out, Content content, char last) {
    List<Content.Part> parts = content.parts();
    boolean[] paired = pairs(parts);
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof Content.Text t) {
        last = escapeText(out, t.text(), last);
        continue;
      }
      last = 0;
      Content.Code c = (Content.Code) parts.get(i);
      switch (c.kind()) {
        case OPEN -> {
          code(out, paired[i] ? "g" : "bx", c, PAIRED_CTYPES);
          out.append(paired[i] ? ">" : "/>");
        }
        case CLOSE -> {
          if (paired[i]) {
            out.append("</g>");
          } else {
            code(out, "ex", c, null);
            out.append("/>");
          }
        }
        case PLACEHOLDER -> {
          code(out, "x", c, PLACEHOLDER_CTYPES);
          out.append("/>");
        }
      }
    }
    return last;
  }

  /** Whether there is nothing to write: no code and no character. */
  private static boolean isEmpty(Content content) {
    for (Content.Part p : content.parts()) {
      if (!(p instanceof Content.Text t) || !t.text().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which codes have their partner: an opening code and the first later closing code of its id
   * that no earlier opening code took. In one pass: a closing code goes to the first opening code of
   * its id still waiting (deeply nested pairs searched forward from each opening code cost the
   * square of their number).
   */
  static boolean[] pairs(List<Content.Part> parts) {
    boolean[] paired = new boolean[parts.size()];
    Map<Integer, ArrayDeque<Integer>> waiting = new HashMap<>(); // per id, its opening codes not yet paired
    for (int i = 0; i < parts.size(); i++) {
      if (!(parts.get(i) instanceof Content.Code c)) {
        continue;
      }
      if (c.kind() == Content.CodeKind.OPEN) {
        waiting.computeIfAbsent(c.id(), k -> new ArrayDeque<>()).add(i);
      } else if (c.kind() == Content.CodeKind.CLOSE) {
        ArrayDeque<Integer> open = waiting.get(c.id());
        if (open != null && !open.isEmpty()) {
          paired[open.poll()] = true;
          paired[i] = true;
        }
      }
    }
    return paired;
  }

  /**
   * The start of an inline code element, left open: {@code <g id="1" ctype="link" equiv-text="<a>"}.
   * A {@code ctype} that XLIFF does not define for the element gets "x-" ({@code ctypes} null: the
   * element has none).
   */
  private static void code(StringBuilder out, String element, Content.Code c, Set<String> ctypes) {
    out.append('<').append(element).append(" id=\"").append(c.id()).append('"');
    if (ctypes != null && !c.type().equals("null")) {
      String type = c.type();
      out.append(" ctype=\"");
      if (!ctypes.contains(type) && !type.startsWith("x-")) {
        out.append("x-");
      }
      text(out, type.isEmpty() ? "empty" : type.replace(' ', '_'), CODE_ATTRIBUTE);
      out.append('"');
    }
    if (!c.display().isEmpty()) {
      out.append(" equiv-text=\"");
      text(out, c.display(), CODE_ATTRIBUTE);
      out.append('"');
    }
  }

  private static void note(StringBuilder out, String text) {
    out.append("<note from=\"localize\">");
    // line breaks as LF, as XML reads them anyway
    text(out, text.replace("\r\n", "\n").replace('\r', '\n'), NOTE);
    out.append("</note>\n");
  }

  /** Locales as Okapi spells them in BCP 47 (en_GB becomes en-GB), escaped; ICU is slow at it. */
  private static final Map<String, String> XML_LANG = new ConcurrentHashMap<>();

  private static String xmlLang(String locale) {
    return XML_LANG.computeIfAbsent(locale, l -> {
      StringBuilder sb = new StringBuilder();
      text(sb, LocaleId.fromBCP47(l).toBCP47(), ATTRIBUTE);
      return sb.toString();
    });
  }

  private static void attribute(StringBuilder out, String name, String value) {
    out.append(' ').append(name).append("=\"");
    text(out, value, ATTRIBUTE);
    out.append('"');
  }

  /**
   * Escapes translatable text, copying the runs that need nothing in one go. Characters XML 1.0
   * cannot carry never get here (the codec makes placeholders of them): finding one is a bug, not
   * something to write silently.
   */
  private static char escapeText(StringBuilder out, String s, char last) {
    int n = s.length();
    int run = 0; // start of the run not yet copied
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0xD800 && c != '<' && c != '&' && c != '>' || c == '\t' || c == '\n'
          || c >= 0xE000 && c < 0xFFFE) {
        continue;
      }
      out.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '<' -> out.append("&lt;");
        case '&' -> out.append("&amp;");
        case '>' -> out.append((i > 0 ? s.charAt(i - 1) : last) == ']' ? "&gt;" : ">");
        case '\r' -> out.append("&#13;");
        default -> {
          if (!XmlChars.isXmlChar(s, i)) {
            throw new IllegalStateException(String.format("U+%04X cannot be written to XML 1.0 as text", (int) c));
          }
          out.append(c).append(s.charAt(++i)); // a surrogate pair
          run = i + 1;
        }
      }
    }
    out.append(s, run, n);
    return n > 0 ? s.charAt(n - 1) : last;
  }

  /** What {@link #text} escapes for: a note, an attribute, an attribute of an inline code. */
  private static final int NOTE = 0;
  private static final int ATTRIBUTE = 1;
  private static final int CODE_ATTRIBUTE = 2;

  /**
   * Escapes a note's text or an attribute value; characters XML 1.0 cannot carry become U+FFFD.
   * (The apostrophe is escaped in the attributes of inline codes only, as Okapi did.)
   */
  private static void text(StringBuilder out, String s, int where) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '&' -> out.append("&amp;");
        case '>' -> out.append(i > 0 && s.charAt(i - 1) == ']' ? "&gt;" : ">");
        case '"' -> out.append(where == NOTE ? "\"" : "&quot;");
        case '\'' -> out.append(where == CODE_ATTRIBUTE ? "&apos;" : "'");
        case '\t' -> out.append(where == NOTE ? "\t" : "&#9;");
        case '\n' -> out.append(where == NOTE ? "\n" : "&#10;");
        case '\r' -> out.append("&#13;");
        default -> {
          if (!XmlChars.isXmlChar(s, i)) {
            out.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)) {
            out.append(c).append(s.charAt(++i));
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /**
   * The story id as the header note carries it: as it is when XML keeps it exactly, else quoted
   * as a JSON string with {@code \\uXXXX} escapes. XML turns CR into LF, cannot carry control
   * characters or lone surrogates, and the reader trims the note; an id with any of these (the
   * fuzzer found one with a CR) would not match its story at merge.
   */
  static String quoteStoryId(String id) {
    boolean plain = !id.isEmpty() && id.charAt(0) != '"' && !Character.isWhitespace(id.charAt(0))
        && !Character.isWhitespace(id.charAt(id.length() - 1));
    for (int i = 0; i < id.length() && plain; i++) {
      char c = id.charAt(i);
      plain = c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c)
          || Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(++i));
    }
    if (plain) {
      return id;
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7F) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** The story id from the text after {@link #STORY_NOTE}: the inverse of {@link #quoteStoryId}. */
  static String unquoteStoryId(String text) {
    String t = text.trim();
    if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
      return t;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length() - 1) {
        char next = t.charAt(++i);
        if (next == 'u' && i + 4 < t.length() - 1) {
          try {
            sb.append((char) Integer.parseInt(t.substring(i + 1, i + 5), 16));
            i += 4;
            continue;
          } catch (NumberFormatException e) {
            sb.append("\\u");
            continue;
          }
        }
        sb.append(next);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String escapeXml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
