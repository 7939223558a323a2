package org.localize.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.common.resource.TextFragmentUtil;
import org.localize.unit.Content;

/**
 * Reads the units of an XLIFF 1.2 file during {@link Xliff12Reader}'s first StAX pass, as long as
 * the file stays within what our writer writes and CAT tools keep: trans-units with
 * {@code xml:space="preserve"} directly in {@code <body>}, a source, then maybe a target, notes,
 * alt-trans and foreign elements; inline text, {@code <g>}, {@code <x/>}, {@code <bx/>} and
 * {@code <ex/>} with numeric ids. On the first thing outside that subset it gives up ({@link
 * #units} returns null) and the file is read by Okapi's XLIFF filter as before.
 *
 * <p>The result is the one the filter gives ({@code Xliff12FastPathTest} compares them): the
 * filter reads elements by local name whatever their namespace, so any element named as an XLIFF
 * element outside the XLIFF namespace gives up, and so does anything in the namespaces the filter
 * acts on (ITS, SDL, XTM, its own). Codes are built as the filter builds them, in an Okapi {@link
 * TextFragment} (same ids, types, and pairing of opening and closing codes).
 */
final class Xliff12FastPath {
  /** Local names the filter acts on, in any namespace: XLIFF 1.2's elements and its extensions'. */
  private static final Set<String> XLIFF_NAMES = Set.of("xliff", "file", "header", "skl", "internal-file",
      "external-file", "glossary", "reference", "count-group", "count", "prop-group", "prop", "note", "tool",
      "phase-group", "phase", "body", "group", "trans-unit", "source", "target", "context-group", "context",
      "alt-trans", "seg-source", "bin-unit", "bin-source", "bin-target", "g", "x", "bx", "ex", "ph", "bpt", "ept",
      "it", "sub", "mrk", "seg", "prev-origin", "rep", "segment-metadata", "markup-seg", "status", "seg-defs");
  /** Attributes read by the filter or by {@link Xliff12Reader}'s first pass (which takes any namespace). */
  private static final Set<String> READ_ATTRIBUTES = Set.of("id", "resname", "restype", "maxwidth", "size-unit",
      "approved", "state", "translate", "original", "source-language", "target-language", "ctype", "equiv-text",
      "rid", "mid", "mtype", "annotates", "space", "lang", "coord", "state-qualifier", "merged");
  private static final Set<String> SPECIAL_PREFIXES = Set.of("its", "sdl", "iws");

  private boolean abandoned;
  private boolean rootSeen;
  private boolean fileOk;
  private boolean headerOpen;
  private int bodyState; // 0 before <body>, 1 in it, 2 after it
  private int foreign; // depth inside elements of other namespaces
  private final List<Unit> units = new ArrayList<>();

  private Unit unit;
  private int stage; // in a unit: 0 before the source, 1 just after it, 2 after the target or anything else
  private boolean inNote;
  private boolean inAltTrans;
  private Inline inline; // the source or target being read
  private boolean inEmptyCode; // inside <x>, <bx> or <ex>, which must be empty
  /**
   * The code bookkeeping of the inline being read (one is read at a time), made once per file and
   * emptied when an inline that used it ends: a live blog's 40,000 sources and targets with a link
   * each made four collections apiece, a tenth of what reading its XLIFF allocated.
   */
  private Codes codes = new Codes();

  private static final class Codes {
    final ArrayDeque<Integer> open = new ArrayDeque<>();
    final Map<String, String> pairedTypes = new HashMap<>();
    final Map<Integer, String> openingTypes = new HashMap<>();
    final java.util.Set<Integer> ids = new java.util.HashSet<>();
  }

  private static final class Unit {
    String id;
    String resname;
    String restype;
    String maxwidth;
    String sizeUnit;
    String approved;
    Content source;
    Content target;
    String state;
    boolean hasTarget;
  }

  /**
   * Content being read. Text gathers in {@code text}; each code is recorded as the append the
   * filter's fragment needs for its ids and pairing ({@code appends}), and the text before it in
   * {@code before}, since the filter's balancing and renumbering of codes look at the codes and
   * their order only, never at the text between them (which holds no marker: {@link #text} gives up
   * on one), and carrying the text through the fragment's passes was most of the time a large file
   * took to read. The fragment is built from the appends at the end ({@link #endInline}), and only
   * when the codes are not all {@code <g>} pairs and {@code <x/>} with ids of their own, which the
   * fragment gives back as they are. An alt-trans entry is checked, not kept.
   */
  private static final class Inline {
    final String element;
    final boolean target;
    final boolean keep;
    final StringBuilder text = new StringBuilder();
    /** The codes, as appends to the filter's fragment, in order; null before the first. */
    List<Append> appends;
    /** The text before each code, in order. */
    List<String> before;
    /** The ids of the {@code <g>} open; these and the maps below are the file's {@link Codes}, taken with the first code (most contents have none). */
    ArrayDeque<Integer> open;
    Map<String, String> pairedTypes;
    /** Per id, the type of the first opening code appended with it (asking the fragment rebalanced it each time). */
    Map<Integer, String> openingTypes;
    /** The ids of the {@code <g>} opened and the {@code <x/>} so far. */
    java.util.Set<Integer> ids;
    int codes;
    /** Whether every code is a {@code <g>} or an {@code <x/>} with an id no other has. */
    boolean plain = true;

    Inline(String element, boolean target, boolean keep) {
      this.element = element;
      this.target = target;
      this.keep = keep;
    }

    /** Records a code after the text so far; nothing when not kept. */
    void code(TagType tagType, String type, int id, boolean idAfter) {
      if (!keep) {
        return;
      }
      if (appends == null) {
        appends = new ArrayList<>();
        before = new ArrayList<>();
      }
      before.add(text.toString());
      text.setLength(0);
      appends.add(new Append(tagType, type, id, idAfter));
    }

    /** The filter's fragment of the codes: the appends made one after the other, as the filter makes them. */
    TextFragment fragment() {
      TextFragment f = new TextFragment();
      f.invalidate();
      for (Append a : appends) {
        if (a.idAfter()) {
          f.append(a.tagType(), a.type(), "").setId(a.id());
        } else {
          f.append(a.tagType(), a.type(), "", a.id());
        }
      }
      return f;
    }
  }

  /**
   * A code appended to the filter's fragment: {@code append(tagType, type, "", id)}, or, {@code
   * idAfter}, {@code append(tagType, type, "").setId(id)} (how the filter closes a {@code <g>}).
   */
  private record Append(TagType tagType, String type, int id, boolean idAfter) {}

  /** Takes the reader's current event (after the root element); false once the fast path is given up. */
  boolean event(XMLStreamReader r, int event) {
    if (abandoned) {
      return false;
    }
    boolean ok = switch (event) {
      case XMLStreamConstants.START_ELEMENT -> start(r);
      case XMLStreamConstants.END_ELEMENT -> end(r);
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> text(r, event);
      case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> inline == null && !inEmptyCode;
      case XMLStreamConstants.END_DOCUMENT -> true;
      default -> false; // entity references, DTD pieces
    };
    abandoned = !ok;
    return ok;
  }

  /** The units read, or null if the file left the subset. */
  List<XliffUnit> units(Map<String, Integer> lines) {
    if (abandoned || bodyState != 2 || !fileOk) {
      return null;
    }
    List<XliffUnit> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      Integer line = lines.get(u.id);
      String kind = u.restype == null || !u.restype.startsWith("x-") ? u.restype : u.restype.substring(2);
      out.add(new XliffUnit(u.id, u.resname, u.source, u.target, u.state,
          u.hasTarget && "yes".equals(u.approved), line == null ? 0 : line, kind,
          Xliff12Reader.maxWidth(u.maxwidth, u.sizeUnit)));
    }
    return out;
  }

  private boolean start(XMLStreamReader r) {
    if (!namespacesAndAttributesOk(r)) {
      return false;
    }
    if (!rootSeen) {
      rootSeen = true;
      return true; // Xliff12Reader checks the root element
    }
    String local = r.getLocalName();
    String ns = r.getNamespaceURI();
    if (ns == null || ns.isEmpty()) {
      return false; // the filter fails on an element without namespace in a unit
    }
    if (foreign > 0 || !Xliff12Reader.NS.equals(ns)) {
      if (XLIFF_NAMES.contains(local) || inline != null || inEmptyCode || inNote) {
        return false;
      }
      if (foreign == 0 && unit != null) {
        if (stage == 0) {
          return false; // the filter wants the source first
        }
        stage = 2;
      }
      foreign++;
      return true;
    }
    if (inEmptyCode || inNote) {
      return false;
    }
    if (inline != null) {
      return code(r, local);
    }
    if (bodyState == 0) {
      return switch (local) {
        case "file" -> {
          fileOk = attr(r, "original") != null && attr(r, "source-language") != null;
          yield true;
        }
        case "header" -> {
          headerOpen = true;
          yield true;
        }
        case "body" -> {
          bodyState = 1;
          yield fileOk && !headerOpen;
        }
        case "trans-unit", "group", "bin-unit", "source", "target", "seg-source", "alt-trans" -> false;
        default -> true;
      };
    }
    if (bodyState == 2) {
      return false;
    }
    if (unit == null) {
      return local.equals("trans-unit") && startUnit(r);
    }
    if (inAltTrans) {
      return switch (local) {
        case "source", "target" -> startInline(r, local, false);
        case "note" -> startNote(r);
        default -> false;
      };
    }
    return switch (local) {
      case "source" -> stage == 0 && startInline(r, local, true);
      case "target" -> stage == 1 && startInline(r, local, true);
      case "note" -> stage > 0 && startNote(r);
      case "alt-trans" -> {
        inAltTrans = true;
        stage = 2;
        yield unit.hasTarget && attr(r, "mid") == null;
      }
      default -> false;
    };
  }

  private boolean startUnit(XMLStreamReader r) {
    if (!"preserve".equals(r.getAttributeValue(XMLConstants.XML_NS_URI, "space"))) {
      return false; // without it the filter collapses white space
    }
    unit = new Unit();
    unit.id = attr(r, "id");
    unit.resname = attr(r, "resname");
    unit.restype = attr(r, "restype");
    unit.maxwidth = attr(r, "maxwidth");
    unit.sizeUnit = attr(r, "size-unit");
    unit.approved = attr(r, "approved");
    stage = 0;
    return unit.id != null;
  }

  private boolean startNote(XMLStreamReader r) {
    inNote = true;
    stage = 2;
    // a note about a target the unit lacks makes the filter create an empty one
    return unit.hasTarget || !"target".equals(attr(r, "annotates"));
  }

  private boolean startInline(XMLStreamReader r, String element, boolean main) {
    String space = r.getAttributeValue(XMLConstants.XML_NS_URI, "space");
    if (space != null && !space.equals("preserve")) {
      return false;
    }
    if (!main) {
      String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
      if (lang != null && !lang.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
        return false;
      }
    }
    boolean target = element.equals("target");
    if (main && target) {
      unit.state = same(attr(r, "state"));
    }
    inline = new Inline(element, target, main);
    return true;
  }

  private boolean code(XMLStreamReader r, String local) {
    Inline in = inline;
    String idText = attr(r, "id");
    if (!numericId(idText) || attr(r, "rid") != null
        || ++in.codes >= TextFragmentUtil.MAX_INLINE_CODES) {
      return false;
    }
    int id = Integer.parseInt(idText);
    String ctype = same(attr(r, "ctype"));
    if (in.open == null) {
      in.open = codes.open;
      in.pairedTypes = codes.pairedTypes;
      in.openingTypes = codes.openingTypes;
      in.ids = codes.ids;
    }
    switch (local) {
      case "g" -> {
        in.open.push(id);
        String type = ctype != null ? ctype : "g";
        in.plain &= in.ids.add(id);
        in.openingTypes.putIfAbsent(id, type);
        in.code(TagType.OPENING, type, id, false);
        return true;
      }
      case "x" -> {
        in.plain &= in.ids.add(id);
        in.code(TagType.PLACEHOLDER, ctype != null ? ctype : "x", id, false);
      }
      case "bx" -> {
        String type = ctype != null && !ctype.trim().isEmpty() ? ctype : "Xpt";
        in.pairedTypes.put(idText, type);
        in.plain = false;
        in.openingTypes.putIfAbsent(id, type);
        in.code(TagType.OPENING, type, id, false);
      }
      case "ex" -> {
        in.plain = false;
        in.code(TagType.CLOSING, in.pairedTypes.getOrDefault(idText, "Xpt"), id, false);
      }
      default -> {
        return false;
      }
    }
    inEmptyCode = true;
    return true;
  }

  private boolean end(XMLStreamReader r) {
    if (foreign > 0) {
      foreign--;
      return true;
    }
    String local = r.getLocalName();
    if (inEmptyCode) {
      inEmptyCode = false;
      return true;
    }
    if (inline != null) {
      if (local.equals("g")) {
        int id = inline.open.pop();
        // the closing code takes the type of the first opening code with its id, as in the filter
        inline.code(TagType.CLOSING, inline.openingTypes.get(id), id, true);
        return true;
      }
      return local.equals(inline.element) && endInline();
    }
    if (inNote) {
      inNote = false;
      return true;
    }
    if (inAltTrans) {
      inAltTrans = false;
      return true;
    }
    if (unit != null) {
      if (unit.source == null) {
        return false;
      }
      units.add(unit);
      unit = null;
      return true;
    }
    switch (local) {
      case "header" -> headerOpen = false;
      case "body" -> bodyState = 2;
      default -> { }
    }
    return true;
  }

  private boolean endInline() {
    Inline in = inline;
    inline = null;
    if (in.open != null) {
      if (in.ids.size() > 64 || in.openingTypes.size() > 64) {
        codes = new Codes(); // emptying a large table would cost its size for every later inline
      } else {
        in.open.clear();
        in.pairedTypes.clear();
        in.openingTypes.clear();
        in.ids.clear();
      }
    }
    if (!in.keep) {
      return true;
    }
    Content content;
    if (in.appends == null) {
      content = Content.text(in.text.toString());
    } else if (in.plain) {
      content = plainCodes(in);
    } else {
      // as the filter: the fragment becomes the content of a container, read back un-segmented
      TextContainer container = new TextContainer();
      container.append(in.fragment(), true, false);
      content = OkapiContent.fromCodes(container.getUnSegmentedContentCopy(), in.before, in.text.toString());
    }
    if (in.target) {
      unit.target = content;
      unit.hasTarget = true;
      stage = 2;
    } else {
      unit.source = content;
      stage = 1;
    }
    return true;
  }

  /**
   * The content of codes that are all {@code <g>} pairs and {@code <x/>} with ids of their own, as
   * the filter's fragment gives it back ({@link OkapiContent#fromCodes}): each {@code <g>} an opening
   * and a closing code of its type, each {@code <x/>} a placeholder, with their ids, no data.
   * Xliff12FastPathTest compares both ways on every file of its tests.
   */
  private static Content plainCodes(Inline in) {
    List<Content.Part> parts = new ArrayList<>(2 * in.appends.size() + 1);
    for (int k = 0; k < in.appends.size(); k++) {
      if (!in.before.get(k).isEmpty()) {
        parts.add(new Content.Text(in.before.get(k)));
      }
      Append a = in.appends.get(k);
      Content.CodeKind kind = switch (a.tagType()) {
        case OPENING -> Content.CodeKind.OPEN;
        case CLOSING -> Content.CodeKind.CLOSE;
        default -> Content.CodeKind.PLACEHOLDER;
      };
      parts.add(new Content.Code(kind, a.id(), a.type(), "", ""));
    }
    String after = in.text.toString();
    if (!after.isEmpty()) {
      parts.add(new Content.Text(after));
    }
    return new Content(parts);
  }

  private boolean text(XMLStreamReader r, int event) {
    if (inline != null) {
      if (inEmptyCode) {
        return false;
      }
      // the parser's own characters, not a String of them for each event
      char[] chars = r.getTextCharacters();
      int start = r.getTextStart();
      int end = start + r.getTextLength();
      for (int i = start; i < end; i++) {
        if (TextFragment.isMarker(chars[i])) {
          return false; // the filter masks these as codes
        }
      }
      if (inline.keep) {
        inline.text.append(chars, start, end - start);
      }
      return true;
    }
    if (unit == null || foreign > 0 || inNote || inAltTrans) {
      return true;
    }
    if (event == XMLStreamConstants.CDATA) {
      return false;
    }
    // text between a unit's elements: the filter takes anything but white space for the end of the source
    int start = r.getTextStart();
    char[] chars = r.getTextCharacters();
    for (int i = start; i < start + r.getTextLength(); i++) {
      char c = chars[i];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** 0 or a number without leading zero of at most 9 digits: the filter's code id is then its value. */
  private static boolean numericId(String id) {
    if (id == null || id.isEmpty() || id.length() > 9 || (id.charAt(0) == '0' && id.length() > 1)) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** No namespace the filter acts on, and no attribute it reads in a namespace other than none. */
  private static boolean namespacesAndAttributesOk(XMLStreamReader r) {
    String prefix = r.getPrefix();
    if (prefix != null && SPECIAL_PREFIXES.contains(prefix)) {
      return false;
    }
    for (int i = 0; i < r.getNamespaceCount(); i++) {
      if (specialNamespace(r.getNamespaceURI(i)) && !Xliff12Reader.NS.equals(r.getNamespaceURI(i))
          && !"okapi-framework:xliff-extensions".equals(r.getNamespaceURI(i))) {
        return false;
      }
    }
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      if (ns == null || ns.isEmpty()) {
        continue;
      }
      String name = r.getAttributeLocalName(i);
      if (ns.equals(XMLConstants.XML_NS_URI) ? !name.equals("space") && !name.equals("lang")
          : specialNamespace(ns) || READ_ATTRIBUTES.contains(name)) {
        return false;
      }
    }
    return true;
  }

  private static boolean specialNamespace(String ns) {
    return ns != null && (ns.startsWith("urn:oasis:names:tc:xliff") || ns.startsWith("http://www.w3.org/2005/11/its")
        || ns.startsWith("http://www.w3.org/ns/its-xliff") || ns.equals("okapi-framework:xliff-extensions")
        || ns.startsWith("http://sdl.com/") || ns.equals("urn:xliff-xtm-extensions"));
  }

  /**
   * The file's first String equal to {@code value} (null for null): a live blog's 20,000 states
   * and 40,000 code types are a handful of values, each read as a new String and kept to the end.
   */
  private String same(String value) {
    if (value == null) {
      return null;
    }
    String first = repeated.putIfAbsent(value, value);
    return first != null ? first : value;
  }

  private final Map<String, String> repeated = new HashMap<>();

  /** An attribute without namespace, as the filter reads the attributes of XLIFF elements. */
  private static String attr(XMLStreamReader r, String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      if ((ns == null || ns.isEmpty()) && r.getAttributeLocalName(i).equals(name)) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }
}
