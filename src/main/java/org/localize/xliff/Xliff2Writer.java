package org.localize.xliff;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.MidFileData;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Part;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.localize.unit.Content;
import org.localize.unit.Unit;

/**
 * Writes units as XLIFF 2.1 through Okapi's {@code okapi-lib-xliff2}, with the same content and
 * conventions as {@link Xliff12Writer}: the unit id (an NMTOKEN), the JSON pointer in {@code name},
 * the kind as {@code type="localize:KIND"}, notes, and {@code xml:space="preserve"} on every
 * segment. Codes are {@code <pc>}/{@code <ph>} (or {@code <sc>}/{@code <ec>} when a pair spans
 * two sentences) with a {@code disp} that shows the bare tag; the native markup stays out of the
 * file and merge takes it from the story.
 *
 * <p>Length limits go through the Size and Length Restriction module (namespace
 * {@value #SLR_NS}): the file declares the {@code xliff:codepoints} profile in
 * {@code <slr:profiles>} and each limited unit carries {@code slr:sizeRestriction}, the most code
 * points its translation may have (what {@code length.max} counts: the text a reader sees, inline
 * codes not counted). The unit's note says the same in words, for tools that ignore the module.
 */
public final class Xliff2Writer {
  /** The prefix of unit {@code type}s. */
  static final String TYPE_PREFIX = "localize:";
  /** The prefix of segment {@code subState}s. */
  static final String SUBSTATE_PREFIX = "localize:";
  /** The XLIFF 2 Size and Length Restriction module. */
  static final String SLR_NS = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
  /** Its standard profile that counts Unicode code points. */
  static final String CODEPOINTS = "xliff:codepoints";

  private Xliff2Writer() {}

  /** The XLIFF 2.1 document for {@code file}, as UTF-8 bytes. */
  public static byte[] write(TranslationFile file, XliffOptions options) {
    StringWriter out = new StringWriter(16 * 1024);
    Sentences sentences = options.segment() ? Sentences.of(file.sourceLocale()) : null;
    try (XLIFFWriter writer = new XLIFFWriter()) {
      writer.setWithOriginalData(false);
      writer.setLineBreak("\n");
      writer.create(out, file.sourceLocale(), file.targetLocale());
      boolean limits = file.entries().stream().anyMatch(e -> e.unit().maxLength() > 0);
      StartXliffData startXliff = new StartXliffData("2.1");
      if (limits) {
        startXliff.setNamespace("slr", SLR_NS);
      }
      writer.writeStartDocument(startXliff, null);
      StartFileData start = new StartFileData("f1");
      start.setOriginal(file.original());
      writer.writeStartFile(start);
      MidFileData mid = new MidFileData();
      if (limits) {
        mid.getExtElements().add(SLR_NS, "profiles", "slr").getExtAttributes().setAttribute("generalProfile", CODEPOINTS);
      }
      for (String text : new String[] {
          file.storyId() == null ? null : Xliff12Writer.STORY_NOTE + file.storyId(),
          file.profile() == null ? null : Xliff12Writer.PROFILE_NOTE + file.profile(),
          file.profileFile() == null ? null : Xliff12Writer.PROFILE_FILE_NOTE + file.profileFile()}) {
        if (text != null) {
          Note note = new Note(text);
          note.setCategory("localize");
          mid.addNote(note);
        }
      }
      if (limits || mid.getNoteCount() > 0) {
        writer.writeMidFile(mid);
      }
      for (TranslationFile.Entry entry : file.entries()) {
        writer.writeUnit(unit(entry, options, sentences));
      }
      writer.writeEndFile();
      writer.writeEndDocument();
    }
    String xml = out.toString().replaceFirst("^<\\?xml version=\"1.0\"\\?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static net.sf.okapi.lib.xliff2.core.Unit unit(TranslationFile.Entry entry, XliffOptions options, Sentences sentences) {
    Unit unit = entry.unit();
    net.sf.okapi.lib.xliff2.core.Unit u = new net.sf.okapi.lib.xliff2.core.Unit(unit.id());
    u.setName(unit.pointer());
    u.setType(TYPE_PREFIX + unit.kind());
    if (unit.maxLength() > 0) {
      u.getExtAttributes().setAttribute(SLR_NS, "sizeRestriction", Integer.toString(unit.maxLength()));
    }
    List<String> notes = new java.util.ArrayList<>(unit.notes());
    notes.addAll(entry.notes());
    for (String text : notes) {
      Note note = new Note(text);
      note.setCategory("localize");
      u.addNote(note);
    }
    Content target = entry.target() != null ? entry.target() : options.emptyTargets() ? null : unit.source();
    TargetState state = entry.target() == null ? TargetState.INITIAL : state(entry.state());
    // how a reused translation was found (XLIFF 1.2's state-qualifier) as a subState; fuzzy
    // suggestions are not written in 2.1 (the matches module needs an <mrk> in the source)
    String subState = entry.target() == null || entry.qualifier() == null ? null : SUBSTATE_PREFIX + entry.qualifier();
    List<Sentences.Piece> source = sentences == null ? null : sentences.pieces(unit.source());
    List<Sentences.Piece> targets = source == null || target == null ? null
        : target == unit.source() ? source : sentences.pieces(target);
    if (source != null && (target == null || (targets != null && sameShape(source, targets)))) {
      for (int i = 0; i < source.size(); i++) {
        Sentences.Piece piece = source.get(i);
        Part part = piece.sentence() ? u.appendSegment() : u.appendIgnorable();
        fill(part, piece.content(), targets == null ? null : targets.get(i).content(), state, subState);
      }
    } else {
      fill(u.appendSegment(), unit.source(), target, state, subState); // one sentence, or a target split otherwise
    }
    return u;
  }

  private static boolean sameShape(List<Sentences.Piece> a, List<Sentences.Piece> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).sentence() != b.get(i).sentence()) {
        return false;
      }
    }
    return true;
  }

  private static void fill(Part part, Content source, Content target, TargetState state, String subState) {
    part.setPreserveWS(true); // Segment's, not Unit's: the latter writes xml:space="default" (okapi-brief §3)
    append(part.getSource(), source);
    if (target != null) {
      append(part.getTarget(Part.GetTarget.CREATE_EMPTY), target);
    }
    if (part instanceof Segment seg && state != TargetState.INITIAL) {
      seg.setState(state);
      if (subState != null) {
        seg.setSubState(subState);
      }
    }
  }

  private static void append(Fragment f, Content content) {
    for (Content.Part p : content.parts()) {
      if (p instanceof Content.Text t) {
        f.append(t.text());
        continue;
      }
      Content.Code c = (Content.Code) p;
      TagType type = switch (c.kind()) {
        case OPEN -> TagType.OPENING;
        case CLOSE -> TagType.CLOSING;
        case PLACEHOLDER -> TagType.STANDALONE;
      };
      CTag tag = f.append(type, Integer.toString(c.id()), null, false);
      tag.setDisp(c.display());
      if (c.kind() != Content.CodeKind.CLOSE) {
        String t = codeType(c.type());
        if (t != null) {
          tag.setType(t);
        }
      }
    }
  }

  /** XLIFF 2 code {@code type}s where one fits. */
  private static String codeType(String type) {
    return switch (type) {
      case "link" -> "link";
      case "bold", "italic", "underlined", "lb" -> "fmt";
      case "image" -> "image";
      default -> null;
    };
  }

  private static TargetState state(String state) {
    if (state == null) {
      return TargetState.INITIAL;
    }
    return switch (state) {
      case "final" -> TargetState.FINAL;
      case "reviewed", "signed-off" -> TargetState.REVIEWED;
      case "translated", "needs-review-translation", "needs-review-l10n", "needs-review-adaptation" -> TargetState.TRANSLATED;
      default -> TargetState.INITIAL;
    };
  }
}
