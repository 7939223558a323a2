package org.localize.xliff;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.lib.xliff2.XLIFFException;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.localize.diag.LocalizeException;
import org.localize.unit.CodePairing;
import org.localize.unit.Content;
import org.localize.unit.XmlChars;

/**
 * Reads a translated XLIFF 2.0/2.1 file through Okapi's {@code okapi-lib-xliff2} with full schema
 * and constraint validation. Segments and ignorables are joined back in target order (the
 * {@code order} attribute), so the spaces between sentences come back exactly; a unit counts as
 * translated only when every segment has a target, and its state is the lowest of its segments'.
 *
 * <p>The file has already passed {@link XmlSniffer} (encoding, no DOCTYPE); a small StAX pass
 * checks that it holds one {@code <file>} and records each unit's line for messages.
 */
public final class Xliff2Reader {
  /** The namespace of XLIFF 2.0 and 2.1 core. */
  static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

  private Xliff2Reader() {}

  /** Reads decoded XLIFF 2 text; {@code name} is used in messages. */
  static XliffDocument parse(String name, String text) {
    String[] sizeProfile = new String[1]; // the slr:profiles generalProfile, if any
    Map<String, Integer> lines = lines(name, text, sizeProfile);
    boolean codepoints = sizeProfile[0] == null || sizeProfile[0].equals(Xliff2Writer.CODEPOINTS);
    String source = null;
    String target = null;
    String original = null;
    String storyId = null;
    String profile = null;
    String profileFile = null;
    List<XliffUnit> units = new ArrayList<>();
    try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
      reader.open(text);
      while (reader.hasNext()) {
        Event e = reader.next();
        if (e.isStartXliff()) {
          source = e.getStartXliffData().getSourceLanguage();
          target = e.getStartXliffData().getTargetLanguage();
        } else if (e.isStartFile()) {
          original = e.getStartFileData().getOriginal();
        } else if (e.isMidFile() && e.getMidFileData().getNoteCount() > 0) {
          for (Note note : e.getMidFileData().getNotes()) {
            String t = note.getText() == null ? "" : note.getText().trim();
            if (t.startsWith(Xliff12Writer.STORY_NOTE)) {
              storyId = t.substring(Xliff12Writer.STORY_NOTE.length()).trim();
            } else if (t.startsWith(Xliff12Writer.PROFILE_NOTE)) {
              profile = t.substring(Xliff12Writer.PROFILE_NOTE.length()).trim();
            } else if (t.startsWith(Xliff12Writer.PROFILE_FILE_NOTE)) {
              profileFile = t.substring(Xliff12Writer.PROFILE_FILE_NOTE.length()).trim();
            }
          }
        } else if (e.isUnit()) {
          units.add(unit(name, e.getUnit(), lines, codepoints));
        }
      }
    } catch (XLIFFException e) {
      // lib-xliff2 says where first ("Error in <file> id='f1', <unit> id='lead'") and what on the
      // next lines, or in the cause
      String what = String.valueOf(e.getMessage()).trim().replaceAll("\\s*\\n\\s*", ": ");
      if (e.getCause() != null && e.getCause().getMessage() != null && !what.contains(e.getCause().getMessage())) {
        what += ": " + firstLine(e.getCause().getMessage());
      }
      // Okapi words the place as "Error lineNumber: 2; columnNumber: 108; ": make it line:column
      java.util.regex.Matcher at = java.util.regex.Pattern
          .compile("(?:Error )?lineNumber: (\\d+); columnNumber: (\\d+);?\\s*").matcher(what);
      String place = "";
      if (at.find()) {
        place = at.group(1) + ":" + at.group(2);
        what = (what.substring(0, at.start()) + what.substring(at.end())).trim();
      }
      throw LocalizeException.input(name, place, "invalid XLIFF 2: " + what);
    }
    if (target == null || target.isBlank()) {
      throw LocalizeException.input(name, "", "the <xliff> has no trgLang; it is not a translation file");
    }
    return new XliffDocument(name, original, storyId, source, target, units, profile, profileFile);
  }

  private static XliffUnit unit(String name, net.sf.okapi.lib.xliff2.core.Unit u, Map<String, Integer> lines, boolean codepoints) {
    List<Content.Part> source = new ArrayList<>();
    for (Part part : u) {
      append(source, part.getSource());
    }
    List<Content.Part> target = new ArrayList<>();
    List<CodePairing.Event> events = new ArrayList<>(); // the target's paired codes, as the translator ordered them
    boolean complete = u.getSegmentCount() > 0;
    int level = Integer.MAX_VALUE;
    TargetState lowest = TargetState.FINAL;
    for (Part part : u.getTargetOrderedParts()) {
      if (part.hasTarget()) {
        append(target, part.getTarget());
        for (Object o : part.getTarget()) {
          if (o instanceof CTag c && c.getTagType() != TagType.STANDALONE) {
            events.add(new CodePairing.Event(c.getTagType() == TagType.OPENING, c.getId(), "code " + c.getId()));
          }
        }
      } else if (part.isSegment()) {
        complete = false;
      } else {
        append(target, part.getSource()); // an ignorable without target: the spaces stay as they are
      }
      if (part instanceof Segment seg && seg.getState().ordinal() < level) {
        level = seg.getState().ordinal();
        lowest = seg.getState();
      }
    }
    List<String> segmentProblems = new ArrayList<>();
    int segments = u.getSegmentCount();
    int k = 0;
    for (Part part : u) { // a segment emptied by the translator: the unit would merge without its text
      if (part instanceof Segment seg) {
        k++;
        if (seg.hasTarget() && !seg.getSource().getPlainText().isBlank() && seg.getTarget().getPlainText().isBlank()
            && !seg.getTarget().hasTag()) {
          segmentProblems.add("segment " + k + " of " + segments + (seg.getId() == null ? "" : " (id " + seg.getId() + ")")
              + " is empty in the target");
        }
      }
    }
    List<String> codeProblems = CodePairing.problems(events);
    Integer line = lines.get(u.getId());
    // XML cannot carry these characters; XLIFF 2 escapes them (<cp hex="D800"/>) and lib-xliff2
    // hands them over decoded. A story would get a NUL or a lone surrogate from a translator's file.
    for (List<Content.Part> side : List.of(source, target)) {
      String bad = XmlChars.firstUnsafeText(new Content(side));
      if (bad != null) {
        throw LocalizeException.input(name, line == null ? "" : line.toString(), "unit " + (u.getName() == null ? u.getId()
            : u.getName() + " (" + u.getId() + ")") + ": the " + (side == source ? "source" : "target") + " holds " + bad
            + ", written as <cp hex=\"…\"/>, which a story cannot carry faithfully; remove it");
      }
    }
    return new XliffUnit(u.getId(), u.getName(), new Content(source), complete ? new Content(target) : null,
        complete ? lowest.toString() : null, false, line == null ? 0 : line, kind(u.getType()), codepoints ? sizeRestriction(u) : 0,
        null, null, codeProblems, segmentProblems);
  }

  /**
   * The maximum of a unit's {@code slr:sizeRestriction} ({@code [min,]max}), in code points: what
   * {@code length.max} checks. A file that declares a profile other than {@code xliff:codepoints}
   * counts otherwise and is not read here (0).
   */
  private static int sizeRestriction(net.sf.okapi.lib.xliff2.core.Unit u) {
    String value = u.getExtAttributes().getAttributeValue(Xliff2Writer.SLR_NS, "sizeRestriction");
    if (value == null) {
      return 0;
    }
    String max = value.substring(value.indexOf(',') + 1).trim();
    try {
      return Math.max(0, Integer.parseInt(max));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The kind from a unit type such as {@code loc:caption}. */
  private static String kind(String type) {
    if (type == null || type.isEmpty()) {
      return null;
    }
    return type.startsWith(Xliff2Writer.TYPE_PREFIX) ? type.substring(Xliff2Writer.TYPE_PREFIX.length()) : type;
  }

  private static void append(List<Content.Part> parts, Fragment f) {
    if (f == null) {
      return;
    }
    for (Object o : f) {
      if (o instanceof String s) {
        if (!s.isEmpty()) {
          parts.add(new Content.Text(s));
        }
      } else if (o instanceof CTag c) {
        Content.CodeKind kind = switch (c.getTagType()) {
          case OPENING -> Content.CodeKind.OPEN;
          case CLOSING -> Content.CodeKind.CLOSE;
          default -> Content.CodeKind.PLACEHOLDER;
        };
        String data = c.getData() == null ? "" : c.getData();
        parts.add(new Content.Code(kind, id(c.getId()), c.getType() == null ? "" : c.getType(), data, data));
      }
      // annotation markers (<mrk>) carry no characters of their own; their text comes as strings
    }
  }

  /** Code ids localize writes are 1..n; anything else cannot match a code of the story. */
  private static int id(String id) {
    try {
      return Integer.parseInt(id);
    } catch (NumberFormatException e) {
      return -1 - Math.abs(id.hashCode() % 1_000_000);
    }
  }

  /**
   * Checks the file has one {@code <file>} and returns each unit's line; {@code profile[0]} gets the
   * general profile of the size restriction module, if the file declares one.
   */
  private static Map<String, Integer> lines(String name, String text, String[] profile) {
    javax.xml.stream.XMLInputFactory factory = XmlSniffer.FACTORY;
    Map<String, Integer> lines = new HashMap<>();
    int files = 0;
    try {
      XMLStreamReader r = factory.createXMLStreamReader(new StringReader(text));
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (Xliff2Writer.SLR_NS.equals(r.getNamespaceURI()) && r.getLocalName().equals("profiles")) {
          profile[0] = r.getAttributeValue(null, "generalProfile");
        }
        if (!NS.equals(r.getNamespaceURI())) {
          continue;
        }
        if (r.getLocalName().equals("file") && ++files > 1) {
          throw LocalizeException.input(name, r.getLocation().getLineNumber() + ":" + r.getLocation().getColumnNumber(),
              "the file holds more than one <file>; localize writes one story per XLIFF: split it");
        }
        if (r.getLocalName().equals("unit") && r.getAttributeValue(null, "id") != null) {
          lines.put(r.getAttributeValue(null, "id"), r.getLocation().getLineNumber());
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
      String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
      throw LocalizeException.input(name, where, "malformed XML: " + firstLine(message));
    }
    if (files == 0) {
      throw LocalizeException.input(name, "", "the XLIFF has no <file> element");
    }
    return lines;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }
}
