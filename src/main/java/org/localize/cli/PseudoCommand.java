package org.localize.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.localize.Localizer;
import org.localize.merge.MergeOptions;
import org.localize.merge.MergeResult;
import org.localize.story.Extraction;
import org.localize.unit.Pseudo;
import org.localize.unit.Unit;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "pseudo",
    mixinStandardHelpOptions = true,
    header = "Pseudo-translate a story, to test layouts and the pipeline.",
    description = "Pseudo-translate a story (accented, ~30%% longer, [bracketed]; codes and MessageFormat syntax kept) through the real extract and merge, to test layouts and the pipeline. Writes NAME.LOCALE.json beside the story unless -o says otherwise.")
final class PseudoCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "STORY.json", description = "the story (- for standard input, with -o)")
  String story;

  @Option(names = {"-l", "--locale"}, paramLabel = "LOCALE", defaultValue = "en-XA",
      description = "the locale of the result: en-XA (default), ru-XA, ar-XB (right-to-left) or any locale")
  String locale;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write; - for standard output")
  String output;

  @Option(names = "--source-locale", paramLabel = "LOCALE", description = "the story's locale, if it does not say or says wrong")
  String sourceLocale;

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = Main.PROFILE)
  String profile;

  @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
  boolean quiet;

  @Option(names = "--allow-duplicate-keys", description = Main.DUPLICATE_KEYS)
  boolean allowDuplicateKeys;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    String tgt = Localizer.canonicalLocale(locale, "--locale");
    if (StandardInput.is(story) && output == null) {
      throw InputFile.needsOutput("the story", "NAME.LOCALE.json");
    }
    InputFile storyFile = InputFile.of(story, main, "the story");
    Extraction ex = storyFile.story(profile, allowDuplicateKeys);
    String src = Localizer.sourceLocale(ex, sourceLocale);
    String defaulted = Localizer.defaultLocaleNote(ex, sourceLocale);
    if (defaulted != null) {
      main.err.println("localize: note: " + defaulted);
    }
    List<TranslationFile.Entry> entries = new ArrayList<>();
    for (Unit u : ex.units()) {
      entries.add(new TranslationFile.Entry(u, Pseudo.translate(u.source(), u.format(), tgt), "translated"));
    }
    TranslationFile file = Localizer.withProfile(
        new TranslationFile(storyFile.fileName(), ex.storyId(), src, tgt, entries), ex, null);
    // the real path: XLIFF bytes, read back, merged (the checks are off: pseudo text fails them by design)
    byte[] xliff = Localizer.toXliff(file, XliffOptions.DEFAULTS);
    XliffDocument doc = Localizer.parseXliff(storyFile.fileName() + " (pseudo " + tgt + ")", xliff);
    MergeResult result = Localizer.merge(ex, doc, null, MergeOptions.DEFAULTS);
    Path out = Output.isStdout(output) ? null : output != null ? Path.of(output)
        : Localizer.defaultMergedPath(storyFile.path(), ex.declaredLocale() == null ? "" : ex.declaredLocale(), tgt);
    Plans.profile(new org.localize.io.OutputPlan(), profile).input(storyFile.path(), "the story").output(out, "the pseudo-translation").check();
    Output.write(out, result.bytes(), main.out, storyFile.path());
    if (!quiet) {
      Output.notes(main.err, ex);
    }
    if (out != null && !quiet) {
      main.err.println("localize: wrote " + out + " (" + Main.count(result.translatedPlaces(), "string", "strings") + " pseudo-translated, " + tgt + ")"
          + "; profile " + ex.profile().describe() + (Localizer.detects(profile) ? ", detected" : "")
          + "; " + MergeCommand.languageWritten(ex, tgt));
    }
    return Main.OK;
  }
}
