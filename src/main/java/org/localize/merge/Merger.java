package org.localize.merge;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;
import org.localize.locale.LocaleTags;
import org.localize.story.Derivation;
import org.localize.story.Extraction;
import org.localize.story.JsonNode.StringNode;
import org.localize.unit.Content;
import org.localize.unit.Content.Code;
import org.localize.unit.InlineCodec;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;
import org.localize.xliff.ReviewStates;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffUnit;

/**
 * Puts a translation back into its story by replacing the bytes of each translated string and
 * nothing else (DESIGN §4). Every unit of the story must be matched by a current, complete
 * translation; otherwise nothing is produced and every affected unit is named.
 */
public final class Merger {
  private Merger() {}

  /**
   * The translated state a unit has reached: 0 untranslated, 1 translated, 2 reviewed, 3 final,
   * from its XLIFF state and the review states of CAT tools ({@link ReviewStates#level}).
   */
  public static int level(XliffUnit u, Content source) {
    return ReviewStates.level(u, source);
  }

  /**
   * Merges {@code xliff} into the story of {@code ex}. {@code expectedTarget} (may be null) is the
   * locale the user expects the file to be in.
   */
  public static MergeResult merge(Extraction ex, XliffDocument xliff, String expectedTarget, MergeOptions options) {
    return merge(ex, xliff, expectedTarget, options, PARALLEL_FROM);
  }

  /** As {@link #merge(Extraction, XliffDocument, String, MergeOptions)}, on all cores from {@code parallelFrom} units. */
  static MergeResult merge(Extraction ex, XliffDocument xliff, String expectedTarget, MergeOptions options, int parallelFrom) {
    String storyName = ex.document().name();
    String targetLocale = fileLevelChecks(ex, xliff, expectedTarget);
    List<Problem> invalid = new ArrayList<>(); // stale, missing, unknown: exit 3
    List<Problem> refused = new ArrayList<>(); // untranslated, broken codes: exit 1
    Map<String, XliffUnit> byPointer = new HashMap<>();
    Map<String, XliffUnit> byId = new HashMap<>();
    for (XliffUnit u : xliff.units()) {
      if (u.resname() != null) {
        byPointer.put(u.resname(), u);
      }
      byId.put(u.id(), u);
    }
    // by identity: a unit's record hash would walk its whole content
    Set<XliffUnit> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Replacement> replacements = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<MergeResult.Translated> translations = new ArrayList<>();
    int translatedPlaces = 0;
    JsonStyle style = JsonStyle.of(ex.document().bytes());
    Job job = new Job(ex, xliff, byPointer, byId, style, ULocale.forLanguageTag(targetLocale),
        options.required().ordinal() + 1, options);
    Map<String, String> texts = new HashMap<>(); // the string at each place of a unit after the merge
    List<Unit> units = ex.units();
    Outcome[] outcomes = new Outcome[units.size()];
    java.util.function.IntConsumer mergeOne = i -> {
      Outcome o = new Outcome();
      try {
        one(units.get(i), job, o);
      } catch (RuntimeException | Error e) {
        o.failure = e;
      }
      outcomes[i] = o;
    };
    if (units.size() >= parallelFrom && Runtime.getRuntime().availableProcessors() > 1) {
      java.util.stream.IntStream.range(0, units.size()).parallel().forEach(mergeOne);
    } else {
      for (int i = 0; i < units.size(); i++) {
        mergeOne.accept(i);
      }
    }
    for (int i = 0; i < units.size(); i++) { // in story order, as if merged one after the other
      Unit unit = units.get(i);
      Outcome o = outcomes[i];
      outcomes[i] = null;
      for (String pointer : unit.pointers()) {
        texts.put(pointer, ex.strings().get(pointer).value()); // until a translation replaces it
      }
      if (o.failure instanceof RuntimeException e) {
        throw e;
      } else if (o.failure instanceof Error e) {
        throw e;
      }
      if (o.used != null) {
        used.add(o.used);
      }
      invalid.addAll(o.invalid);
      refused.addAll(o.refused);
      kept.addAll(o.kept);
      if (o.translated != null) {
        translations.add(o.translated);
      }
      replacements.addAll(o.replacements);
      for (int k = 0; k < o.texts.size(); k += 2) {
        texts.put(o.texts.get(k), o.texts.get(k + 1));
      }
      translatedPlaces += o.places;
    }
    for (XliffUnit u : xliff.units()) {
      if (!used.contains(u)) {
        invalid.add(new Problem(xliff.name(), xliff.where(u), "unit " + (u.resname() == null ? u.id() : u.resname() + " (" + u.id() + ")")
            + " is unknown to the story " + storyName + "; is this the XLIFF of another version of the story?"));
      }
    }
    if (!invalid.isEmpty()) {
      invalid.addAll(refused);
      throw new LocalizeException(LocalizeException.Kind.INPUT, invalid);
    }
    if (!refused.isEmpty()) {
      throw new LocalizeException(LocalizeException.Kind.REFUSED, refused);
    }
    if (ex.localeNode() != null) {
      StringNode n = ex.localeNode();
      replacements.add(new Replacement(n.start(), n.end(), style.quote(targetLocale)));
    }
    for (StringNode n : ex.otherLocaleNodes()) { // the other documents of a list
      replacements.add(new Replacement(n.start(), n.end(), style.quote(targetLocale)));
    }
    return new MergeResult(Replacement.apply(ex.document().bytes(), replacements), targetLocale, translatedPlaces, kept,
        translations, texts);
  }

  /** From this many units a story's units are merged on all cores (a live blog of 20,000 posts), then applied in order. */
  static final int PARALLEL_FROM = 256;

  /** What merging one unit gives; the units' outcomes are applied in story order, so the result is the same however they were computed. */
  private static final class Outcome {
    XliffUnit used;
    // made when first needed: all of a live blog's 20,000 outcomes live until the last is merged,
    // and most have no problem and one replacement
    List<Problem> invalid = List.of();
    List<Problem> refused = List.of();
    List<String> kept = List.of();
    MergeResult.Translated translated;
    List<Replacement> replacements = List.of();
    /** The string at each place the merge changed, after it (pointer, text, pointer, text...). */
    List<String> texts = List.of();
    int places;
    /** What merging the unit threw, thrown when its turn comes. */
    Throwable failure;

    void invalid(Problem p) {
      invalid = add(invalid, p);
    }

    void refused(Problem p) {
      refused = add(refused, p);
    }

    void kept(String what) {
      kept = add(kept, what);
    }

    void replace(Replacement r) {
      replacements = add(replacements, r);
    }

    void text(String pointer, String text) {
      texts = add(add(texts, pointer), text);
    }

    private static <T> List<T> add(List<T> list, T item) {
      List<T> l = list.isEmpty() ? new ArrayList<>(2) : list;
      l.add(item);
      return l;
    }
  }

  /**
   * What every unit of one merge is merged with: the story, the XLIFF and its units by resname and
   * by id, how the story writes its strings, the target locale, and the review level required.
   */
  private record Job(Extraction ex, XliffDocument xliff, Map<String, XliffUnit> byPointer, Map<String, XliffUnit> byId,
      JsonStyle style, ULocale target, int required, MergeOptions options) {}

  /** Merges one unit of the story into {@code o}; reads the story and the XLIFF, changes neither. */
  private static void one(Unit unit, Job job, Outcome o) {
    Extraction ex = job.ex();
    XliffDocument xliff = job.xliff();
    int required = job.required();
    MergeOptions options = job.options();
    XliffUnit xu = job.byPointer().get(unit.pointer());
    if (xu == null) {
      XliffUnit candidate = job.byId().get(unit.id());
      xu = candidate != null && (candidate.resname() == null || candidate.resname().isEmpty()) ? candidate : null;
    }
    if (xu == null) {
      o.invalid(new Problem(xliff.name(), "", "unit " + where(unit)
          + " of the story is missing from the XLIFF; extract the story again and translate the new unit"));
      return;
    }
    o.used = xu;
    if (!xu.source().sameSignature(unit.source())) {
      o.invalid(new Problem(xliff.name(), xliff.where(xu), "unit " + where(unit)
          + " is stale: its source in the XLIFF differs from the story's text now; extract again (translations of unchanged units are kept by --previous)"));
      return;
    }
    int level = level(xu, unit.source());
    if (level >= required && !xu.segmentProblems().isEmpty()) {
      // a segment deleted or emptied: the joined target lacks its text (issue 15, case 5)
      String why = "is not fully translated: " + String.join("; ", xu.segmentProblems());
      if (options.allowUntranslated()) {
        o.kept(where(unit) + " " + why + "; the source text was kept");
        return;
      }
      o.refused(new Problem(xliff.name(), xliff.where(xu), "unit " + where(unit) + " " + why
          + "; translate every segment, or merge with --allow-untranslated to keep the source text"));
      return;
    }
    if (level < required) {
      String asked = options.required().name().toLowerCase(java.util.Locale.ROOT);
      String state = ReviewStates.why(xu);
      String why = level == 0 ? "is not translated" + state : "is only " + ReviewStates.name(level) + state + ", and --require " + asked + " was asked";
      if (options.allowUntranslated()) {
        o.kept(where(unit) + " " + why + "; the source text was kept");
        return;
      }
      // never --allow-untranslated here: it would publish the source text in this unit's place
      String todo = level == 0
          ? (state.isEmpty() ? "; translate it in the CAT tool" : "; translate and confirm it in the CAT tool")
          : (required >= ReviewStates.FINAL ? "; have it signed off (the last review stage) in the CAT tool" : "; have a reviewer approve it in the CAT tool")
              + ", or merge with --require " + ReviewStates.name(level) + " (docs/review-states.md)";
      o.refused(new Problem(xliff.name(), xliff.where(xu), "unit " + where(unit) + " " + why + todo));
      return;
    }
    List<String> codeProblems = new ArrayList<>(CodeCheck.codes(unit.source(), xu.target()));
    codeProblems.addAll(xu.codeProblems()); // closed out of order as written (CodePairing)
    if (!codeProblems.isEmpty()) {
      for (String p : codeProblems) {
        o.refused(new Problem(xliff.name(), xliff.where(xu), "unit " + where(unit) + ": the translation " + p));
      }
      return;
    }
    Content coded = withSourceCodes(xu.target(), unit.source());
    String rendered;
    Map<String, Integer> codeOffsets = null; // where each code lands: only for strings with ranges
    if (ex.rangesAt(unit.pointer()).isEmpty()) {
      rendered = InlineCodec.render(coded, unit.format());
    } else {
      StringBuilder renderedText = new StringBuilder();
      codeOffsets = InlineCodec.offsets(coded, unit.format(), renderedText);
      rendered = renderedText.toString();
    }
    String broken = InlineCodec.broken(unit.source(), rendered, unit.format());
    if (broken != null) { // a tag split around a translatable attribute, an XML body: codes moved apart
      o.refused(new Problem(xliff.name(), xliff.where(xu), "unit " + where(unit) + ": the translation " + broken));
      return;
    }
    List<Replacement> rangeEdits = new ArrayList<>();
    String rangeProblem = ranges(ex, unit, codeOffsets, rangeEdits);
    if (rangeProblem != null) {
      o.refused(new Problem(xliff.name(), xliff.where(xu), "unit " + where(unit) + ": the translation " + rangeProblem));
      return;
    }
    if (unit.format() == TextFormat.MESSAGEFORMAT) {
      List<String> mf = CodeCheck.messageFormat(InlineCodec.render(unit.source(), unit.format()), rendered, job.target());
      if (!mf.isEmpty()) {
        for (String p : mf) {
          o.refused(new Problem(xliff.name(), xliff.where(xu), "unit " + where(unit) + ": the translation " + p));
        }
        return;
      }
    }
    // A translation identical to the source keeps the story's own spelling of it (entities such
    // as &mdash; or &nbsp; decode to characters and would otherwise come back as raw characters).
    boolean sameAsSource = xu.target().sameSignature(unit.source());
    o.translated = new MergeResult.Translated(unit, xu, xu.state(), level);
    if (!sameAsSource) {
      rangeEdits.forEach(o::replace);
    }
    for (String pointer : unit.pointers()) {
      StringNode node = ex.strings().get(pointer);
      if (!sameAsSource && !rendered.equals(node.value())) {
        o.replace(new Replacement(node.start(), node.end(), job.style().quoteUtf8(rendered)));
        o.text(pointer, rendered);
      }
      o.places++;
      for (Derivation.Derived d : ex.derivedFrom(pointer)) {
        // another representation of the same text (plain beside HTML): regenerated, not translated twice
        StringNode other = ex.strings().get(d.pointer());
        String derived = d.apply(coded, rendered);
        if (!derived.equals(other.value())) {
          o.replace(new Replacement(other.start(), other.end(), job.style().quoteUtf8(derived)));
        }
        o.places++;
      }
    }
  }

  /** How a unit is named in messages (built only for those: most units have none). */
  private static String where(Unit unit) {
    return unit.pointer() + " (" + unit.id() + ")";
  }

  private static String fileLevelChecks(Extraction ex, XliffDocument xliff, String expectedTarget) {
    String targetLocale;
    if (xliff.targetLocale() == null || xliff.targetLocale().isBlank()) {
      // XLIFF 1.1 from po2xliff says no target language: the user's --target says it
      if (expectedTarget == null) {
        throw LocalizeException.input(xliff.name(), "", "the XLIFF does not say its target language (po2xliff writes none); "
            + "give it with --target LOCALE");
      }
      targetLocale = expectedTarget;
    } else {
      try {
        targetLocale = LocaleTags.canonical(xliff.targetLocale());
      } catch (IllegalArgumentException e) {
        throw LocalizeException.input(xliff.name(), "", "the target-language of the XLIFF: " + e.getMessage());
      }
    }
    if (expectedTarget != null && !LocaleTags.language(expectedTarget).equals(LocaleTags.language(targetLocale))) {
      throw LocalizeException.input(xliff.name(), "", "the XLIFF is a translation into " + targetLocale
          + ", not " + expectedTarget + "; give the " + expectedTarget + " file");
    }
    if (xliff.storyId() != null && ex.storyId() != null && !xliff.storyId().equals(ex.storyId())) {
      throw LocalizeException.input(xliff.name(), "", "the XLIFF belongs to the story \"" + xliff.storyId()
          + "\", not to " + ex.document().name() + " (\"" + ex.storyId() + "\"); give the matching pair");
    }
    // Compared as extract saw it: canonical, so that "en_US" or " en" in the story is en-US or en.
    String declared = ex.declaredLocale() == null ? null : canonicalOrAsIs(ex.declaredLocale());
    if (declared != null && xliff.sourceLocale() != null
        && !LocaleTags.language(declared).equals(LocaleTags.language(xliff.sourceLocale()))) {
      throw LocalizeException.input(xliff.name(), "", "the XLIFF translates from " + xliff.sourceLocale()
          + " but the story " + ex.document().name() + " is in " + declared + "; give the story it was extracted from");
    }
    return targetLocale;
  }

  private static String canonicalOrAsIs(String tag) {
    try {
      return LocaleTags.canonical(tag);
    } catch (IllegalArgumentException e) {
      return tag;
    }
  }

  /**
   * The character ranges over the unit's string (Apple News), recomputed from where the translation
   * put their codes: a new start and length where they changed. Returns what is wrong, or null.
   */
  private static String ranges(Extraction ex, Unit unit, Map<String, Integer> at, List<Replacement> out) {
    for (Extraction.RangeBinding r : ex.rangesAt(unit.pointer())) {
      Integer start = at.get(r.startCode().kind() + ":" + r.startCode().id());
      Integer end = at.get(r.endCode().kind() + ":" + r.endCode().id());
      if (start == null || end == null) {
        return "lacks the codes of the range " + r.pointer() + "; put them back";
      }
      if (end < start) {
        return "puts the end of the range " + r.pointer() + " before its start; keep its <range> codes in order";
      }
      number(r.start(), start, out);
      number(r.length(), end - start, out);
    }
    return null;
  }

  private static void number(org.localize.story.JsonNode.ScalarNode node, int value, List<Replacement> out) {
    String now = Integer.toString(value);
    if (!now.equals(node.literal())) {
      out.add(new Replacement(node.start(), node.start() + node.literal().length(), now));
    }
  }

  /** The target with each code's data taken from the source (translated files carry none). */
  static Content withSourceCodes(Content target, Content source) {
    Map<String, Code> byKey = new HashMap<>();
    for (Code c : source.codes()) {
      byKey.put(c.kind() + ":" + c.id(), c);
    }
    List<Content.Part> parts = new ArrayList<>(target.parts().size());
    for (Content.Part p : target.parts()) {
      parts.add(p instanceof Code c ? byKey.get(c.kind() + ":" + c.id()) : p);
    }
    return new Content(parts);
  }
}
