package org.localize.xliff;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.AltTranslationsAnnotation;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.filterwriter.XLIFFWriterParameters;
import net.sf.okapi.common.query.MatchType;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import org.localize.Version;
import org.localize.unit.Unit;

/**
 * The XLIFF 1.2 writer as it was before {@link Xliff12Writer} wrote the XML itself: units through
 * Okapi's {@link XLIFFWriter}. Kept as the reference that {@code Xliff12WriterOracleTest} compares
 * the direct writer with, byte for byte.
 *
 * <p>Codes are written as {@code <g>}/{@code <x/>} with a {@code ctype} and an {@code equiv-text}
 * that shows the bare tag: the native markup (with its {@code href}s) never enters the file, and
 * merge takes it from the story. Every unit has {@code xml:space="preserve"}, its JSON pointer in
 * {@code resname}, its kind in {@code restype}, and its length limit as {@code maxwidth} in
 * characters.
 */
final class OkapiXliff12Writer {
  private OkapiXliff12Writer() {}

  /** The XLIFF document for {@code file}, as UTF-8 bytes. */
  static byte[] write(TranslationFile file, XliffOptions options) {
    LocaleId source = LocaleId.fromBCP47(file.sourceLocale());
    LocaleId target = LocaleId.fromBCP47(file.targetLocale());
    XLIFFWriter writer = new XLIFFWriter();
    XLIFFWriterParameters params = writer.getParameters();
    params.setPlaceholderMode(true);
    params.setIncludeCodeAttrs(true);
    params.setIncludeIts(false);
    params.setCreateEmptyTarget(false);
    params.setCopySource(false);
    // fuzzy suggestions from an earlier version or a translation memory travel as <alt-trans>
    params.setIncludeAltTrans(true);
    params.setToolId("localize");
    params.setToolName("localize");
    params.setToolVersion(Version.VERSION);
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    writer.setOutput(out);
    writer.create(null, null, source, target, Xliff12Writer.DATATYPE, file.original(), null);
    String header = file.storyId() == null ? null
        : "<note from=\"localize\">" + Xliff12Writer.escapeXml(Xliff12Writer.STORY_NOTE + Xliff12Writer.quoteStoryId(file.storyId())) + "</note>";
    writer.writeStartFile(file.original(), Xliff12Writer.DATATYPE, null, header);
    Sentences sentences = options.segment() ? Sentences.of(file.sourceLocale()) : null;
    for (TranslationFile.Entry entry : file.entries()) {
      TextUnit tu = textUnit(entry, source, target, options);
      if (sentences != null) {
        segment(tu, entry, target, sentences);
      }
      writer.writeTextUnit(tu);
    }
    writer.writeEndFile();
    writer.close();
    return out.toByteArray();
  }

  private static TextUnit textUnit(TranslationFile.Entry entry, LocaleId source, LocaleId target, XliffOptions options) {
    Unit unit = entry.unit();
    TextUnit tu = new TextUnit(unit.id());
    tu.setName(unit.pointer());
    tu.setType(unit.kind());
    tu.setPreserveWhitespaces(true);
    tu.setSourceContent(OkapiContent.toFragment(unit.source()));
    if (unit.maxLength() > 0) {
      tu.setProperty(new Property(Property.MAX_WIDTH, Integer.toString(unit.maxLength())));
      tu.setProperty(new Property(Property.SIZE_UNIT, "char"));
    }
    TextContainer tc = tu.createTarget(target, true, TextUnit.CREATE_EMPTY);
    if (entry.target() != null) {
      tc.setContent(OkapiContent.toFragment(entry.target()));
      tc.setProperty(new Property(Property.STATE, entry.state()));
      if (entry.qualifier() != null) {
        tc.setProperty(new Property(Property.STATE_QUALIFIER, entry.qualifier()));
      }
      if (entry.approved()) {
        tu.setTargetProperty(target, new Property(Property.APPROVED, "yes"));
      }
    } else {
      tc.setContent(options.emptyTargets() ? new TextFragment() : OkapiContent.toFragment(unit.source()));
      tc.setProperty(new Property(Property.STATE, "needs-translation"));
    }
    if (!entry.suggestions().isEmpty()) {
      tc.setAnnotation(suggestions(entry, source, target));
    }
    if (!unit.notes().isEmpty() || !entry.notes().isEmpty()) {
      NoteAnnotation notes = new NoteAnnotation();
      for (String text : concat(unit.notes(), entry.notes())) {
        Note note = new Note(text);
        note.setFrom("localize");
        notes.add(note);
      }
      tu.setAnnotation(notes);
    }
    return tu;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * {@code <alt-trans match-quality="87" origin="...">} per suggestion. The match type stays
   * unknown: Okapi writes a known one as {@code okp:matchType}, which the strict schema refuses.
   */
  private static AltTranslationsAnnotation suggestions(TranslationFile.Entry entry, LocaleId source, LocaleId target) {
    AltTranslationsAnnotation alt = new AltTranslationsAnnotation();
    for (TranslationFile.Suggestion s : entry.suggestions()) {
      alt.add(source, target, null, OkapiContent.toFragment(s.source()), OkapiContent.toFragment(s.target()),
          MatchType.UKNOWN, s.score(), s.origin());
    }
    return alt;
  }

  /**
   * Splits a unit into sentences ({@code <seg-source>} with {@code <mrk mtype="seg">}, the target
   * split the same way). A unit of one sentence, or whose target does not split into as many
   * sentences as its source, stays whole.
   */
  private static void segment(TextUnit tu, TranslationFile.Entry entry, LocaleId target, Sentences sentences) {
    TextContainer source = sentences.split(entry.unit().source());
    if (source == null) {
      return;
    }
    TextContainer old = tu.getTarget(target);
    TextContainer segmented;
    if (old == null || old.isEmpty()) {
      segmented = null;
    } else {
      // a target pre-filled with the source splits as the source does; a translation is split anew
      segmented = entry.target() == null ? source.clone() : sentences.split(entry.target());
      if (segmented == null || segmented.getSegments().count() != source.getSegments().count()) {
        return;
      }
      for (String name : old.getPropertyNames()) {
        segmented.setProperty(old.getProperty(name).clone());
      }
    }
    tu.setSource(source);
    if (segmented != null) {
      tu.setTarget(target, segmented);
    }
  }
}
