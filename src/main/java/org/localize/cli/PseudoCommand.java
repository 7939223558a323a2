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
    description = {
      "Pseudo-translate a story (accented, ~30%% longer, [bracketed]; codes and MessageFormat syntax kept)",
      "through the real extract and merge, to test layouts and the pipeline. Writes NAME.LOCALE.json."
    })
final class PseudoCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "STORY.json", description = "the story")
  Path story;

  @Option(names = {"-l", "--locale"}, paramLabel = "LOCALE", defaultValue = "en-XA",
      description = "the locale of the result: en-XA (default), ru-XA, ar-XB (right-to-left) or any locale")
  String locale;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write; - for standard output")
  String output;

  @Option(names = "--source-locale", paramLabel = "LOCALE", description = "the story's locale, if it does not say or says wrong")
  String sourceLocale;

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = "the story format (default: detected)")
  String profile;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    String tgt = Localizer.canonicalLocale(locale, "--locale");
    Extraction ex = Localizer.read(story, profile);
    String src = Localizer.sourceLocale(ex, sourceLocale);
    List<TranslationFile.Entry> entries = new ArrayList<>();
    for (Unit u : ex.units()) {
      entries.add(new TranslationFile.Entry(u, Pseudo.translate(u.source(), u.format(), tgt), "translated"));
    }
    TranslationFile file = new TranslationFile(story.getFileName().toString(), ex.storyId(), src, tgt, entries);
    // the real path: XLIFF bytes, read back, merged (the checks are off: pseudo text fails them by design)
    byte[] xliff = Localizer.toXliff(file, XliffOptions.DEFAULTS);
    XliffDocument doc = Localizer.parseXliff(story.getFileName() + " (pseudo " + tgt + ")", xliff);
    MergeResult result = Localizer.merge(ex, doc, null, MergeOptions.DEFAULTS);
    Path out = Output.isStdout(output) ? null : output != null ? Path.of(output)
        : Localizer.defaultMergedPath(story, ex.declaredLocale() == null ? "" : ex.declaredLocale(), tgt);
    Plans.profile(new org.localize.io.OutputPlan(), profile).input(story, "the story").output(out, "the pseudo-translation").check();
    Output.write(out, result.bytes(), main.out, story);
    Output.notes(main.err, ex);
    if (out != null) {
      main.err.println("localize: wrote " + out + " (" + result.translatedPlaces() + " strings pseudo-translated, " + tgt + ")");
    }
    return Main.OK;
  }
}
