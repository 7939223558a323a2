package org.localize.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.localize.Localizer;
import org.localize.Pairs;
import org.localize.Validation;
import org.localize.diag.Finding;
import org.localize.diag.LocalizeException;
import org.localize.report.Locator;
import org.localize.report.StoryLocator;
import org.localize.report.XliffLocator;
import org.localize.story.Extraction;
import org.localize.story.Extractor;
import org.localize.story.StoryDocument;
import org.localize.unit.TextPair;
import org.localize.xliff.XliffDocument;

/**
 * What {@code validate} and {@code review} share: reading a translation (a story with its source,
 * or an XLIFF file), pairing its strings with the source's, telling the locales and the
 * publication time, and running the checks.
 */
final class Checking {
  private Checking() {}

  /**
   * The pairs checked, where findings are in the target file, the locales, the publication time
   * (may be null), the findings, and the source story as read (null when not given).
   */
  record Result(List<TextPair> pairs, Locator locator, String sourceLocale, String targetLocale, String published,
      List<Finding> findings, Extraction source, XliffDocument xliff) {}

  /**
   * Checks {@code target} (a story or an XLIFF file). {@code source} is required for a story; for an
   * XLIFF file it is read when given, and gives the publication time the file does not carry.
   */
  static Result run(InputFile target, InputFile source, CheckOptions o) {
    return run(target, source, o, null);
  }

  /** As {@link #run(InputFile, InputFile, CheckOptions)} with the checks already loaded (null: load them). */
  static Result run(InputFile target, InputFile source, CheckOptions o, Validation shared) {
    if (!target.isStdin() && !target.isXliff() && source == null) { // before the checks are loaded
      throw LocalizeException.usage("validating a story needs the story it was translated from: add --source SOURCE.json");
    }
    Validation validation = shared != null ? shared : o.data.load();
    List<TextPair> pairs;
    Locator locator;
    String src;
    String tgt;
    String when = o.published;
    Extraction ex = null;
    XliffDocument xliff = null;
    if (target.isXliff()) {
      xliff = target.xliff();
      pairs = Pairs.of(xliff);
      locator = new XliffLocator(xliff, Map.of());
      src = o.sourceLocale != null ? Localizer.canonicalLocale(o.sourceLocale, "--source-locale") : locale(xliff.sourceLocale(), xliff.name());
      tgt = o.targetLocale != null ? Localizer.canonicalLocale(o.targetLocale, "--target-locale") : locale(xliff.targetLocale(), xliff.name());
      if (shared == null) {
        validation.prefetch(src, tgt, o.data.disabled); // while the source story is read
      }
      if (source != null) {
        ex = source.story(o.profile != null ? o.profile : Localizer.recordedProfile(xliff, target.path()), o.allowDuplicateKeys);
        when = when != null ? when : ex.published();
      }
    } else {
      if (source == null) {
        throw LocalizeException.usage("validating a story needs the story it was translated from: add --source SOURCE.json");
      }
      ex = source.story(o.profile, o.allowDuplicateKeys);
      StoryDocument translated = target.document(o.allowDuplicateKeys);
      pairs = Pairs.of(ex, translated);
      locator = new StoryLocator(translated);
      src = Localizer.sourceLocale(ex, o.sourceLocale);
      // the translation's own locale, read where the source's profile says (no second extraction)
      tgt = o.targetLocale != null ? Localizer.canonicalLocale(o.targetLocale, "--target-locale")
          : locale(Extractor.declaredLocale(translated, ex.profile()), translated.name());
      when = when != null ? when : ex.published();
      if (shared == null) {
        validation.prefetch(src, tgt, o.data.disabled); // alongside the first checks
      }
    }
    List<Finding> findings = validation.check(pairs, src, tgt, Validation.published(when), o.data.disabled);
    if (xliff != null) {
      findings = withTargetProblems(xliff, findings, o.data.disabled);
    }
    return new Result(pairs, locator, src, tgt, when, findings, ex, xliff);
  }

  /**
   * What the reader saw wrong in a target as written, which the content checked no longer shows
   * (issue 15): a segment deleted or emptied ({@code completeness.missing}), codes closed out of
   * order ({@code markup.tags}); errors, as merge refuses them.
   */
  private static List<Finding> withTargetProblems(XliffDocument xliff, List<Finding> findings, List<String> disabled) {
    List<Finding> out = new java.util.ArrayList<>(findings);
    for (org.localize.xliff.XliffUnit u : xliff.units()) {
      String pointer = u.resname() == null || u.resname().isEmpty() ? u.id() : u.resname();
      for (String p : u.segmentProblems()) {
        if (!off("completeness.missing", disabled)) {
          out.add(Finding.whole("completeness.missing", org.localize.diag.Severity.ERROR, pointer, p));
        }
      }
      for (String p : u.codeProblems()) {
        if (!off("markup.tags", disabled)) {
          out.add(Finding.whole("markup.tags", org.localize.diag.Severity.ERROR, pointer, "the translation " + p));
        }
      }
    }
    return out;
  }

  private static boolean off(String check, List<String> disabled) {
    return disabled.stream().anyMatch(d -> check.equals(d) || check.startsWith(d + "."));
  }

  static boolean isXliff(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlf") || name.endsWith(".xliff") || name.endsWith(".sdlxliff") || name.endsWith(".mqxliff");
  }

  private static String locale(String tag, String file) {
    if (tag == null) {
      throw LocalizeException.input(file, "", "the file does not say its locale; give --source-locale and --target-locale");
    }
    try {
      return org.localize.locale.LocaleTags.canonical(tag);
    } catch (IllegalArgumentException e) {
      throw LocalizeException.input(file, "", e.getMessage());
    }
  }
}
