package org.localize.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.localize.Localizer;
import org.localize.diag.LocalizeException;
import org.localize.merge.JsonStyle;
import org.localize.merge.MergeOptions;
import org.localize.merge.Merger;
import org.localize.merge.Replacement;
import org.localize.story.Extraction;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.unit.Content;
import org.localize.unit.Unit;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.Xliff12Reader;
import org.localize.xliff.Xliff12Writer;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffOptions;

/**
 * The pipeline's central promise, as one function the fuzzers and the property tests share: a
 * story that localize reads, it extracts to XLIFF that it reads back, and a translation merges
 * into exactly the story's bytes but for the translated strings and the locale.
 */
public final class RoundTrip {
  private RoundTrip() {}

  /** What one round trip produced: the story read, the XLIFF written, the merged bytes. */
  public record Result(Extraction extraction, byte[] xliff, XliffDocument read, byte[] merged, String target) {}

  /**
   * Reads {@code story}; returns null when localize refuses it (a {@link LocalizeException}, which
   * is a correct answer to bad input). Otherwise extracts, writes XLIFF with each target made by
   * {@code translate} from the source (state {@code translated}), reads it back and merges.
   * Any other exception, or a merge that refuses its own XLIFF, is a bug and propagates.
   */
  public static Result run(byte[] story, UnaryOperator<Content> translate) {
    Extraction ex;
    String source;
    String target;
    try {
      StoryDocument doc = StoryReader.parse("fuzz.json", story);
      ex = Localizer.extract(doc, "story");
      source = ex.declaredLocale() == null ? "en" : Localizer.sourceLocale(ex, null);
      target = source.toLowerCase(Locale.ROOT).startsWith("ru") ? "de" : "ru";
    } catch (LocalizeException e) {
      return null;
    }
    List<TranslationFile.Entry> entries = new ArrayList<>();
    for (Unit u : ex.units()) {
      entries.add(new TranslationFile.Entry(u, translate.apply(u.source()), "translated"));
    }
    String original = "fuzz.json";
    TranslationFile file = new TranslationFile(original, ex.storyId(), source, target, entries);
    byte[] xliff = Xliff12Writer.write(file, XliffOptions.DEFAULTS);
    XliffDocument read = Xliff12Reader.parse("fuzz.xlf", xliff);
    byte[] merged;
    try {
      merged = Merger.merge(ex, read, null, new MergeOptions(MergeOptions.Required.TRANSLATED, false)).bytes();
    } catch (LocalizeException e) {
      // The one refusal an untouched translation may meet: a plural category the target language
      // lacks, when the source itself uses a keyword that is no category (found by the fuzzer:
      // "{n, plural, o{...} other{...}}"). Anything else is a bug.
      if (e.kind() == LocalizeException.Kind.REFUSED
          && e.problems().stream().allMatch(p -> p.message().contains("the plural category"))) {
        return null;
      }
      throw e;
    }
    return new Result(ex, xliff, read, merged, target);
  }

  /**
   * The story's bytes with only its locale changed to {@code target} (in a list of documents, every
   * document's): what an identity merge gives.
   */
  public static byte[] withLocale(Extraction ex, String target) {
    byte[] bytes = ex.document().bytes();
    if (ex.localeNode() == null) {
      return bytes;
    }
    String quoted = JsonStyle.of(bytes).quote(target);
    List<Replacement> edits = new ArrayList<>();
    edits.add(new Replacement(ex.localeNode().start(), ex.localeNode().end(), quoted));
    ex.otherLocaleNodes().forEach(n -> edits.add(new Replacement(n.start(), n.end(), quoted)));
    return Replacement.apply(bytes, edits);
  }
}
