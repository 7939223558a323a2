package org.localize.xliff;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.localize.diag.LocalizeException;
import org.localize.unit.XmlChars;

/**
 * Writes findings into a translated XLIFF file as notes, where translators see them (OmegaT shows a
 * unit's notes beside the segment; Trados, memoQ and Phrase import them as comments): one
 * {@code <note>} per finding in its unit, marked as localize's ({@code from="localize-validate"} in
 * XLIFF 1.2 and 1.1, {@code category="localize-validate"} in XLIFF 2). The notes an earlier run
 * wrote are replaced; everyone else's notes, and every other byte of the file, stay as they were.
 *
 * <p>The file is not re-serialised: Woodstox reports where each element starts and ends, and the
 * notes are spliced in at those offsets (after the unit's {@code <target>} in 1.2, where the strict
 * schema allows a note; in the unit's {@code <notes>}, made when missing, in 2.x), with the white
 * space that precedes the element they follow. Annotating twice gives the same bytes as once; with
 * no findings, a file without localize's notes comes back unchanged.
 */
public final class Annotations {
  /** How localize's notes are told from everyone else's: the 1.2 {@code from}, the 2.x {@code category}. */
  public static final String MARK = "localize-validate";

  private Annotations() {}

  /** A note: its text and its XLIFF priority (1 the most important, 10 the least). */
  public record Note(String text, int priority) {}

  /**
   * The file {@code original} (named {@code name} in messages) with {@code notes} written into its
   * units, keyed as findings are: by the unit's {@code resname} (1.2) or {@code name} (2.x), else
   * its id. UTF-8 out (a UTF-8 byte order mark is kept; a UTF-16 file becomes UTF-8 and says so).
   */
  public static byte[] annotate(String name, byte[] original, Map<String, List<Note>> notes) {
    String text = XmlSniffer.decode(name, original);
    String ns = XmlSniffer.rootNamespace(text);
    boolean v2 = ns.equals(Xliff2Reader.NS);
    List<Edit> edits;
    try {
      edits = v2 ? edits2(text, ns, notes) : edits1(text, ns, notes);
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
      throw LocalizeException.input(name, where, "malformed XML: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    StringBuilder out = new StringBuilder(text.length() + 256 * edits.size());
    edits.sort(Comparator.comparingInt(Edit::start));
    int cursor = 0;
    for (Edit e : edits) {
      if (e.start() > cursor) {
        out.append(text, cursor, e.start());
      }
      out.append(e.insert());
      cursor = Math.max(cursor, e.end());
    }
    out.append(text, cursor, text.length());
    String result = out.toString().replaceFirst("^(<\\?xml[^>]*?encoding\\s*=\\s*)([\"'])(?i:utf-16(?:[bl]e)?)\\2", "$1$2UTF-8$2");
    byte[] bytes = result.getBytes(StandardCharsets.UTF_8);
    boolean bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB && (original[2] & 0xFF) == 0xBF;
    if (!bom) {
      return bytes;
    }
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
    return withBom;
  }

  /** Replace the characters {@code [start, end)} with {@code insert}; an insertion has start == end. */
  private record Edit(int start, int end, String insert) {}

  private static XMLStreamReader2 reader(String text) throws XMLStreamException {
    XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return (XMLStreamReader2) f.createXMLStreamReader(new StringReader(text));
  }

  private static int start(XMLStreamReader2 r) throws XMLStreamException {
    return (int) r.getLocationInfo().getStartingCharOffset();
  }

  private static int end(XMLStreamReader2 r) throws XMLStreamException {
    return (int) r.getLocationInfo().getEndingCharOffset();
  }

  private static boolean whitespace(XMLStreamReader2 r) {
    int e = r.getEventType();
    return (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.SPACE) && r.isWhiteSpace();
  }

  private static String key(String name, String id) {
    return name == null || name.isEmpty() ? id : name;
  }

  /** XLIFF 1.2 and 1.1: notes right after the unit's target (or source), as siblings. */
  private static List<Edit> edits1(String text, String ns, Map<String, List<Note>> notes) throws XMLStreamException {
    List<Edit> edits = new ArrayList<>();
    XMLStreamReader2 r = reader(text);
    int depth = 0;
    int unitDepth = -1;
    String unitKey = null;
    int lastContentEnd = 0; // the end of the last event that is not white space
    int anchorWs = -1; // where the white space before the current source/target starts
    int anchorStart = -1;
    int insertAt = -1;
    String ws = "\n";
    int noteFrom = -1;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        boolean ours = ns.equals(r.getNamespaceURI());
        if (unitKey == null && ours && r.getLocalName().equals("trans-unit")) {
          unitKey = key(r.getAttributeValue(null, "resname"), r.getAttributeValue(null, "id"));
          unitDepth = depth;
          insertAt = -1;
        } else if (unitKey != null && depth == unitDepth + 1 && ours) {
          switch (r.getLocalName()) {
            case "source", "seg-source", "target" -> {
              anchorWs = lastContentEnd;
              anchorStart = start(r);
            }
            case "note" -> {
              if (MARK.equals(r.getAttributeValue(null, "from"))) {
                noteFrom = lastContentEnd; // with the white space before it
              }
            }
            default -> { }
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (unitKey != null && depth == unitDepth + 1 && ns.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "source", "seg-source", "target" -> {
              insertAt = end(r);
              ws = text.substring(anchorWs, anchorStart);
            }
            case "note" -> {
              if (noteFrom >= 0) {
                edits.add(new Edit(noteFrom, end(r), ""));
                noteFrom = -1;
              }
            }
            default -> { }
          }
        } else if (unitKey != null && depth == unitDepth) {
          List<Note> mine = notes.get(unitKey);
          if (mine != null && !mine.isEmpty() && insertAt >= 0) {
            edits.add(new Edit(insertAt, insertAt, notes(ws, mine, Annotations::note12)));
          }
          unitKey = null;
        }
        depth--;
      }
      if (!whitespace(r) && event != XMLStreamConstants.END_DOCUMENT) {
        lastContentEnd = end(r);
      }
    }
    r.close();
    return edits;
  }

  /** XLIFF 2.x: notes in the unit's {@code <notes>}, which is made before its content when missing. */
  private static List<Edit> edits2(String text, String ns, Map<String, List<Note>> notes) throws XMLStreamException {
    List<Edit> edits = new ArrayList<>();
    XMLStreamReader2 r = reader(text);
    int depth = 0;
    int unitDepth = -1;
    String unitKey = null;
    int notesFrom = -1; // <notes>, with the white space before it
    int notesEnd = -1;
    int notesInsertAt = -1; // after its last note
    int kept = 0; // notes of others in it
    String noteWs = null;
    int contentWs = -1; // the white space before the unit's first originalData, segment or ignorable
    int contentStart = -1;
    List<Edit> ownNotes = new ArrayList<>();
    int noteFrom = -1;
    int lastContentEnd = 0;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        boolean ours = ns.equals(r.getNamespaceURI());
        if (unitKey == null && ours && r.getLocalName().equals("unit")) {
          unitKey = key(r.getAttributeValue(null, "name"), r.getAttributeValue(null, "id"));
          unitDepth = depth;
          notesFrom = notesEnd = notesInsertAt = contentWs = contentStart = -1;
          kept = 0;
          noteWs = null;
          ownNotes.clear();
        } else if (unitKey != null && ours && depth == unitDepth + 1) {
          switch (r.getLocalName()) {
            case "notes" -> notesFrom = lastContentEnd;
            case "originalData", "segment", "ignorable" -> {
              if (contentStart < 0) {
                contentWs = lastContentEnd;
                contentStart = start(r);
              }
            }
            default -> { }
          }
        } else if (unitKey != null && ours && depth == unitDepth + 2 && notesFrom >= 0 && notesEnd < 0
            && r.getLocalName().equals("note")) {
          noteWs = text.substring(lastContentEnd, start(r));
          if (MARK.equals(r.getAttributeValue(null, "category"))) {
            noteFrom = lastContentEnd;
          } else {
            kept++;
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        boolean ours = ns.equals(r.getNamespaceURI());
        if (unitKey != null && ours && depth == unitDepth + 2 && noteFrom >= 0 && r.getLocalName().equals("note")) {
          ownNotes.add(new Edit(noteFrom, end(r), ""));
          noteFrom = -1;
        } else if (unitKey != null && ours && depth == unitDepth + 1 && r.getLocalName().equals("notes")) {
          notesInsertAt = lastContentEnd;
          notesEnd = end(r);
        } else if (unitKey != null && depth == unitDepth) {
          List<Note> mine = notes.getOrDefault(unitKey, List.of());
          if (notesFrom >= 0 && mine.isEmpty() && kept == 0) {
            edits.add(new Edit(notesFrom, notesEnd, "")); // only localize's notes were in it
          } else {
            edits.addAll(ownNotes);
            if (!mine.isEmpty() && notesFrom >= 0) {
              String ws = noteWs == null ? "\n" : noteWs;
              edits.add(new Edit(notesInsertAt, notesInsertAt, notes(ws, mine, Annotations::note2)));
            } else if (!mine.isEmpty() && contentStart >= 0) {
              String ws = text.substring(contentWs, contentStart);
              edits.add(new Edit(contentWs, contentWs, ws + "<notes>" + notes(ws, mine, Annotations::note2) + ws + "</notes>"));
            }
          }
          unitKey = null;
        }
        depth--;
      }
      if (!whitespace(r) && event != XMLStreamConstants.END_DOCUMENT) {
        lastContentEnd = end(r);
      }
    }
    r.close();
    return edits;
  }

  /** Each note on a line of its own, indented by {@code ws} (the line break and indentation of its neighbours). */
  private static String notes(String ws, List<Note> notes, java.util.function.Function<Note, String> note) {
    StringBuilder sb = new StringBuilder();
    for (Note n : notes) {
      sb.append(ws).append(note.apply(n));
    }
    return sb.toString();
  }

  private static String note12(Note n) {
    return "<note from=\"" + MARK + "\" priority=\"" + n.priority() + "\" annotates=\"target\">" + escape(n.text()) + "</note>";
  }

  private static String note2(Note n) {
    return "<note category=\"" + MARK + "\" priority=\"" + n.priority() + "\" appliesTo=\"target\">" + escape(n.text()) + "</note>";
  }

  /**
   * Text for an XML 1.0 element: markup escaped, characters XML cannot carry left out (by
   * {@link XmlChars}'s rule, so a lone surrogate quoted in a finding cannot make the file invalid).
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> {
          if (XmlChars.isXmlChar(s, i)) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
