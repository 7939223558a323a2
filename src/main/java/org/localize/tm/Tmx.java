package org.localize.tm;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.localize.Version;
import org.localize.diag.LocalizeException;
import org.localize.io.InputFiles;
import org.localize.io.TextDecoding;
import org.localize.locale.LocaleTags;
import org.localize.unit.Content;
import org.localize.unit.Content.CodeKind;

/**
 * Reads and writes TMX 1.4b, the project translation memory.
 *
 * <p>Written: one {@code <tu>} per translation with {@code srclang}, {@code creationdate} and
 * {@code changedate}, the story, unit and state as {@code <prop type="x-localize-…">}, and the
 * inline codes as {@code <bpt>}/{@code <ept>} (a pair), {@code <it>} (half a pair) and
 * {@code <ph>}, each holding its native markup ({@code <a href="…">}) and its id in {@code x}, so
 * that Okapi, Trados and memoQ see real tags. {@link Flavor#OMEGAT} writes the codes as OmegaT's
 * tag shortcuts in the text instead ({@code <g0>…</g0>}, {@code <x1/>}), the only form OmegaT 3.6
 * matches from {@code tm/auto}.
 *
 * <p>Read: any TMX 1.4 (a StAX pass with DTDs off): {@code <seg>} text, {@code bpt/ept/it/ph/ut}
 * as codes (ids from {@code x}, else in order), {@code <hi>} and {@code <sub>} as their text. Each
 * other {@code <tuv>} of a {@code <tu>} is a translation of the source one. Errors name the file
 * and line.
 */
public final class Tmx {
  static final String PROP_STORY = "x-localize-story";
  static final String PROP_UNIT = "x-localize-unit";
  static final String PROP_STATE = "x-localize-state";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** How codes are written. */
  public enum Flavor {
    /** TMX 1.4b level 2: codes as bpt/ept/it/ph with their native data. */
    STANDARD,
    /** OmegaT's tag shortcuts as text ({@code <g0>}, {@code </g0>}, {@code <x1/>}). */
    OMEGAT
  }

  private Tmx() {}

  /** Largest memory read: 1 GiB (a memory of 10,000 translations is about 7 MB). */
  public static final long MAX_FILE = 1L << 30;

  /** Reads the TMX at {@code path}. */
  public static Memory read(Path path) {
    byte[] bytes = InputFiles.read(path, "a TMX file", MAX_FILE,
        "memories larger than " + (MAX_FILE >> 20) + " MiB are refused (is this a translation memory?)");
    return parse(path.toString(), bytes);
  }

  /**
   * Reads TMX bytes in the encoding they declare (a byte order mark, else the XML declaration,
   * else UTF-8); {@code name} is used in messages. Bytes that are not valid in that encoding are
   * refused, never turned into U+FFFD. A DOCTYPE is skipped, not read: DTDs and external entities
   * are off, so an entity only a DTD declares is refused with what to write instead.
   */
  public static Memory parse(String name, byte[] bytes) {
    String text = decode(name, bytes);
    List<TmUnit> units = new ArrayList<>();
    XMLStreamReader r = null;
    boolean doctype = false;
    String headerSource = null;
    try {
      r = FACTORY.createXMLStreamReader(new StringReader(text));
      boolean root = true;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          doctype = true; // TMX 1.4b files often name tmx14.dtd; it is not needed to read them
          continue;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (root) {
          root = false;
          if (!r.getLocalName().equals("tmx")) {
            throw LocalizeException.input(name, line(r), "this is not TMX (the root element is <" + r.getLocalName() + ">)");
          }
          continue;
        }
        switch (r.getLocalName()) {
          case "header" -> {
            headerSource = r.getAttributeValue(null, "srclang");
            if (headerSource == null) {
              throw LocalizeException.input(name, line(r),
                  "the TMX has no <header srclang=\"…\">; it cannot tell which language is the source");
            }
          }
          case "tu" -> tu(name, r, headerSource, units);
          default -> { }
        }
      }
      if (root) {
        throw LocalizeException.input(name, "", "holds no XML element; expected a TMX memory");
      }
      if (headerSource == null) {
        throw LocalizeException.input(name, "", "the TMX has no <header srclang=\"…\">; it cannot tell which language is the source");
      }
    } catch (XMLStreamException e) {
      throw malformed(name, e, doctype);
    } catch (LocalizeException e) {
      throw e;
    } catch (RuntimeException e) {
      // the parser may read text lazily: an error in it comes unchecked, from getText()
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof XMLStreamException x) {
          throw malformed(name, x, doctype);
        }
      }
      throw e;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the string reader
        }
      }
    }
    return new Memory(units, headerSource.equals("*all*") ? null : headerSource);
  }

  /** One factory for the process, configured once: no DTDs, no external entities, coalesced text. */
  private static final XMLInputFactory FACTORY = factory();

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  private static final java.util.regex.Pattern UNDECLARED =
      java.util.regex.Pattern.compile("Undeclared general entity \"([^\"]+)\"");

  private static LocalizeException malformed(String name, XMLStreamException e, boolean doctype) {
    String where = e.getLocation() == null ? "" : e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
    String message = e.getMessage() == null ? "malformed XML"
        : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    int nl = message.indexOf('\n');
    message = (nl < 0 ? message : message.substring(0, nl)).trim();
    java.util.regex.Matcher entity = UNDECLARED.matcher(message);
    if (entity.find()) {
      String decoded = org.localize.unit.InlineCodec.decodeReference("&" + entity.group(1) + ";");
      String instead = decoded == null ? "the character itself or a character reference (&#NNN;)"
          : "&#" + decoded.codePointAt(0) + "; (or the character itself)";
      return LocalizeException.input(name, where, "the TMX uses the entity &" + entity.group(1) + ";, which "
          + (doctype ? "only its DOCTYPE could declare" : "XML does not know")
          + "; localize reads TMX without DTDs (they can hide entity attacks): write " + instead + " instead");
    }
    java.util.regex.Matcher c = BAD_CHAR.matcher(message);
    if (c.find()) {
      int code = Integer.parseInt(c.group(1) != null ? c.group(1) : c.group(2), c.group(1) != null ? 16 : 10);
      return LocalizeException.input(name, where, "malformed TMX: " + (c.group(1) != null ? "a character reference to " : "the character ")
          + String.format("U+%04X", code) + ", which XML 1.0 cannot carry; remove it");
    }
    return LocalizeException.input(name, where, "malformed TMX: " + message);
  }

  /** Woodstox's words for a character XML 1.0 cannot carry: referenced (hex) or written raw (decimal). */
  private static final java.util.regex.Pattern BAD_CHAR =
      java.util.regex.Pattern.compile("expansion character \\(code 0x([0-9a-fA-F]+)|Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

  private static void tu(String name, XMLStreamReader r, String headerSource, List<TmUnit> out) throws XMLStreamException {
    String where = line(r);
    String source = r.getAttributeValue(null, "srclang");
    if (source == null || source.equals("*all*")) {
      source = headerSource == null || headerSource.equals("*all*") ? null : headerSource;
    }
    Instant created = date(name, r, "creationdate");
    Instant changed = date(name, r, "changedate");
    Map<String, String> props = new HashMap<>();
    Map<String, Content> tuvs = new LinkedHashMap<>();
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("tu")) {
        break;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (r.getLocalName().equals("prop")) {
        String type = r.getAttributeValue(null, "type");
        props.put(type == null ? "" : type, r.getElementText().trim());
      } else if (r.getLocalName().equals("tuv")) {
        String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (lang == null) {
          lang = r.getAttributeValue(null, "lang"); // TMX 1.1
        }
        if (lang == null) {
          throw LocalizeException.input(name, line(r), "a <tuv> has no xml:lang");
        }
        Content seg = null;
        while (r.hasNext()) {
          int e = r.next();
          if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("seg")) {
            seg = seg(r);
          } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("tuv")) {
            break;
          } else if (e == XMLStreamConstants.START_ELEMENT) {
            skip(r);
          }
        }
        if (seg == null) {
          throw LocalizeException.input(name, line(r), "the <tuv xml:lang=\"" + lang + "\"> has no <seg>");
        }
        tuvs.put(lang, seg);
      } else {
        skip(r);
      }
    }
    String sourceKey = null;
    for (String lang : tuvs.keySet()) {
      if (source == null ? sourceKey == null : sameLanguage(lang, source) && (sourceKey == null || lang.equalsIgnoreCase(source))) {
        sourceKey = lang;
      }
    }
    if (sourceKey == null) {
      throw LocalizeException.input(name, where, "the <tu> has no <tuv> in its source language " + source);
    }
    Content src = tuvs.get(sourceKey);
    for (Map.Entry<String, Content> e : tuvs.entrySet()) {
      if (e.getKey().equals(sourceKey) || e.getValue().parts().isEmpty()) {
        continue;
      }
      out.add(new TmUnit(canonical(sourceKey), canonical(e.getKey()), src, e.getValue(),
          props.get(PROP_STORY), props.get(PROP_UNIT), props.get(PROP_STATE), created, changed));
    }
  }

  private static boolean sameLanguage(String a, String b) {
    return a.equalsIgnoreCase(b) || a.toLowerCase(java.util.Locale.ROOT).replace('_', '-').split("-")[0]
        .equals(b.toLowerCase(java.util.Locale.ROOT).replace('_', '-').split("-")[0]);
  }

  private static String canonical(String tag) {
    try {
      return LocaleTags.canonical(tag);
    } catch (IllegalArgumentException e) {
      return tag;
    }
  }

  private static Instant date(String name, XMLStreamReader r, String attribute) {
    String v = r.getAttributeValue(null, attribute);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Instant.from(DATE.parse(v.trim()));
    } catch (DateTimeParseException e) {
      throw LocalizeException.input(name, line(r), "the " + attribute + " \"" + v + "\" is not a TMX date (YYYYMMDDThhmmssZ)");
    }
  }

  /** Reads a {@code <seg>}; returns at its end tag. */
  private static Content seg(XMLStreamReader r) throws XMLStreamException {
    List<Content.Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Map<String, Integer> pairs = new HashMap<>();
    Map<Integer, String> pairTypes = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    int[] next = {0};
    int depth = 0; // inside a code element
    String element = null;
    StringBuilder data = new StringBuilder();
    String i = null;
    String x = null;
    String type = null;
    String pos = null;
    while (r.hasNext()) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            (depth > 0 ? data : text).append(r.getText());
        case XMLStreamConstants.START_ELEMENT -> {
          String local = r.getLocalName();
          if (depth > 0) {
            depth++; // <sub> inside a code: its text is part of the code
          } else if (List.of("bpt", "ept", "it", "ph", "ut").contains(local)) {
            depth = 1;
            element = local;
            data.setLength(0);
            i = r.getAttributeValue(null, "i");
            x = r.getAttributeValue(null, "x");
            type = r.getAttributeValue(null, "type");
            pos = r.getAttributeValue(null, "pos");
          }
          // <hi> and unknown elements: their text is text
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth > 1) {
            depth--;
          } else if (depth == 1) {
            depth = 0;
            if (text.length() > 0) {
              parts.add(new Content.Text(text.toString()));
              text.setLength(0);
            }
            CodeKind kind = switch (element) {
              case "bpt" -> CodeKind.OPEN;
              case "ept" -> CodeKind.CLOSE;
              case "it" -> "end".equals(pos) ? CodeKind.CLOSE : CodeKind.OPEN;
              default -> CodeKind.PLACEHOLDER;
            };
            int id;
            String t = type == null ? "" : type;
            if (element.equals("ept") && i != null && pairs.containsKey(i)) {
              id = pairs.remove(i);
              t = pairTypes.getOrDefault(id, t); // <ept> has no type: the pair's is on its <bpt>
            } else {
              id = id(x, used, next);
              if (element.equals("bpt") && i != null) {
                pairs.put(i, id);
                pairTypes.put(id, t);
              }
            }
            String d = data.toString();
            if (t.equals("x-char")) {
              d = unescapeChars(d);
            }
            parts.add(new Content.Code(kind, id, t, d, d.isEmpty() ? "<" + (kind == CodeKind.CLOSE ? "/" : "") + element + ">" : d));
          } else if (r.getLocalName().equals("seg")) {
            if (text.length() > 0) {
              parts.add(new Content.Text(text.toString()));
            }
            return new Content(parts);
          }
        }
        default -> { }
      }
    }
    return new Content(parts);
  }

  private static int id(String x, Set<Integer> used, int[] next) {
    if (x != null) {
      try {
        int v = Integer.parseInt(x.trim());
        if (v > 0 && used.add(v)) {
          next[0] = Math.max(next[0], v);
          return v;
        }
      } catch (NumberFormatException ignored) {
        // not a number: number it in order
      }
    }
    int v = ++next[0];
    while (!used.add(v)) {
      v = ++next[0];
    }
    return v;
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static String line(XMLStreamReader r) {
    return Integer.toString(r.getLocation().getLineNumber());
  }

  /** The text of a TMX file, by {@link TextDecoding}'s rules (a wrong declaration is an error, not U+FFFD). */
  static String decode(String name, byte[] b) {
    try {
      return TextDecoding.decode(b);
    } catch (TextDecoding.Failure f) {
      if (f.unknownEncoding() != null) {
        throw LocalizeException.input(name, "1:1", "the file declares the encoding " + f.unknownEncoding()
            + ", which is unknown here; re-save it as UTF-8");
      }
      throw LocalizeException.input(name, "byte " + f.position(), "the file is not valid " + f.charset().name()
          + (f.declared() ? " (the encoding it declares)" : "") + "; re-save it in the encoding it declares, or as UTF-8");
    }
  }

  /** The TMX 1.4b document for {@code units}, as UTF-8 bytes. */
  public static byte[] write(List<TmUnit> units, Flavor flavor) {
    String headerSource = units.stream().map(TmUnit::sourceLocale).distinct().count() == 1
        ? units.get(0).sourceLocale() : "*all*";
    StringBuilder sb = new StringBuilder(256 + units.size() * 400);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<tmx version=\"1.4\">\n");
    sb.append("<header creationtool=\"localize\" creationtoolversion=\"").append(attr(Version.VERSION))
        .append("\" segtype=\"paragraph\" o-tmf=\"localize\" adminlang=\"en\" srclang=\"").append(attr(headerSource))
        .append("\" datatype=\"").append(flavor == Flavor.OMEGAT ? "plaintext" : "unknown").append("\"/>\n");
    sb.append("<body>\n");
    for (TmUnit u : units) {
      sb.append("<tu srclang=\"").append(attr(u.sourceLocale())).append('"');
      if (u.created() != null) {
        sb.append(" creationdate=\"").append(DATE.format(u.created())).append('"');
      }
      if (u.changed() != null) {
        sb.append(" changedate=\"").append(DATE.format(u.changed())).append('"');
      }
      sb.append(" creationid=\"localize\">\n");
      if (flavor == Flavor.STANDARD) {
        // OmegaT reads typed <prop>s as the context of an alternative translation; its flavour has none
        prop(sb, PROP_STORY, u.story());
        prop(sb, PROP_UNIT, u.unit());
        prop(sb, PROP_STATE, u.state());
      }
      Map<String, Integer> shortcuts = flavor == Flavor.OMEGAT ? shortcuts(u.source()) : null;
      tuv(sb, u.sourceLocale(), u.source(), shortcuts);
      tuv(sb, u.targetLocale(), u.target(), shortcuts);
      sb.append("</tu>\n");
    }
    sb.append("</body>\n</tmx>\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void prop(StringBuilder sb, String type, String value) {
    if (value != null && !value.isEmpty()) {
      sb.append("<prop type=\"").append(type).append("\">").append(text(value)).append("</prop>\n");
    }
  }

  private static void tuv(StringBuilder sb, String lang, Content c, Map<String, Integer> shortcuts) {
    sb.append("<tuv xml:lang=\"").append(attr(lang)).append("\"><seg>");
    Set<Integer> opened = new HashSet<>();
    Set<Integer> closed = new HashSet<>();
    for (Content.Code code : c.codes()) {
      (code.kind() == CodeKind.OPEN ? opened : code.kind() == CodeKind.CLOSE ? closed : new HashSet<Integer>()).add(code.id());
    }
    for (Content.Part p : c.parts()) {
      if (p instanceof Content.Text t) {
        sb.append(text(t.text()));
        continue;
      }
      Content.Code code = (Content.Code) p;
      if (shortcuts != null) {
        Integer n = shortcuts.get(code.kind() == CodeKind.PLACEHOLDER ? "x" + code.id() : "g" + code.id());
        int k = n == null ? 0 : n;
        sb.append(text(switch (code.kind()) {
          case OPEN -> "<g" + k + ">";
          case CLOSE -> "</g" + k + ">";
          case PLACEHOLDER -> "<x" + k + "/>";
        }));
        continue;
      }
      String type = code.type().isEmpty() ? "" : " type=\"" + attr(code.type()) + "\"";
      String data = text(code.data());
      switch (code.kind()) {
        case OPEN -> sb.append(closed.contains(code.id())
            ? "<bpt i=\"" + code.id() + "\" x=\"" + code.id() + "\"" + type + ">" + data + "</bpt>"
            : "<it pos=\"begin\" x=\"" + code.id() + "\"" + type + ">" + data + "</it>");
        case CLOSE -> sb.append(opened.contains(code.id())
            ? "<ept i=\"" + code.id() + "\">" + data + "</ept>"
            : "<it pos=\"end\" x=\"" + code.id() + "\"" + type + ">" + data + "</it>");
        case PLACEHOLDER -> sb.append("<ph x=\"" + code.id() + "\"" + type + ">" + data + "</ph>");
      }
    }
    sb.append("</seg></tuv>\n");
  }

  /**
   * OmegaT's numbering of a source's codes: from 0, in order of appearance, a pair counted once
   * ({@code <g id="1">}, {@code <x id="2"/>} → {@code <g0>}, {@code <x1/>}).
   */
  static Map<String, Integer> shortcuts(Content source) {
    Map<String, Integer> numbers = new HashMap<>();
    int n = 0;
    for (Content.Code c : source.codes()) {
      String key = c.kind() == CodeKind.PLACEHOLDER ? "x" + c.id() : "g" + c.id();
      if (!numbers.containsKey(key)) {
        numbers.put(key, n++);
      }
    }
    return numbers;
  }

  /**
   * The data of an {@code x-char} code as the story had it: the writer spells a character that XML
   * 1.0 cannot carry (a C0 control, a lone surrogate) as {@code \\uXXXX}, as JSON would; only
   * data made wholly of such escapes is turned back.
   */
  static String unescapeChars(String data) {
    if (data.isEmpty() || data.length() % 6 != 0) {
      return data;
    }
    StringBuilder sb = new StringBuilder(data.length() / 6);
    for (int k = 0; k < data.length(); k += 6) {
      if (data.charAt(k) != '\\' || data.charAt(k + 1) != 'u') {
        return data;
      }
      int c = 0;
      for (int h = k + 2; h < k + 6; h++) {
        int digit = Character.digit(data.charAt(h), 16);
        if (digit < 0) {
          return data;
        }
        c = c * 16 + digit;
      }
      sb.append((char) c);
    }
    return sb.toString();
  }

  /** Text content: markup characters escaped, characters XML 1.0 cannot carry written as \\uXXXX. */
  private static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\r' -> sb.append("&#13;"); // a raw CR would be read back as LF
        default -> {
          boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
              || (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1)))
              || (Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(s.charAt(k - 1)));
          if (ok) {
            sb.append(c);
          } else {
            sb.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return sb.toString();
  }

  private static String attr(String s) {
    return text(s).replace("\"", "&quot;");
  }
}
