package org.localize.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localize.Localizer;
import org.localize.merge.MergeOptions;
import org.localize.merge.MergeResult;
import org.localize.story.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Put a translated XLIFF back into its story. The result differs from the story only where",
      "text was translated (and in its locale). Writes NAME.TGT.json beside the story unless -o",
      "says otherwise; nothing is written when any unit is stale, missing, untranslated or has",
      "broken inline codes."
    })
final class MergeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "STORY.json", description = "the story the XLIFF was extracted from")
  Path story;

  @Parameters(index = "1", paramLabel = "TRANSLATED.xlf", description = "the translated XLIFF file (1.2 or 2.x)")
  Path xliff;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the translated story; - for standard output")
  String output;

  @Option(names = {"-t", "--target"}, paramLabel = "LOCALE", description = "refuse an XLIFF in any other target locale")
  String target;

  @Option(names = "--require", paramLabel = "STATE", defaultValue = "translated",
      description = "the lowest state a translation must have: translated, reviewed or final (default: ${DEFAULT-VALUE})")
  String require;

  @Option(names = "--allow-untranslated", description = "keep the source text of untranslated units (they are listed) instead of refusing")
  boolean allowUntranslated;

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = "the story format (default: detected)")
  String profile;

  @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
  boolean quiet;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    MergeOptions.Required required;
    try {
      required = MergeOptions.Required.parse(require);
    } catch (IllegalArgumentException e) {
      throw org.localize.diag.LocalizeException.usage("--require: expected translated, reviewed or final, not '" + require + "'");
    }
    String expected = target == null ? null : Localizer.canonicalLocale(target, "--target");
    Extraction ex = Localizer.read(story, profile);
    MergeResult result = Localizer.merge(ex, xliff, expected, new MergeOptions(required, allowUntranslated));
    Path out = Output.isStdout(output) ? null
        : output != null ? Path.of(output)
        : Localizer.defaultMergedPath(story, ex.declaredLocale() == null ? "" : ex.declaredLocale(), result.targetLocale());
    Output.write(out, result.bytes(), main.out, story, xliff);
    if (!quiet) {
      Output.notes(main.err, ex);
    }
    for (String kept : result.keptSource()) {
      main.err.println("localize: warning: " + kept);
    }
    if (out != null && !quiet) {
      main.err.println("localize: wrote " + out + " (" + result.translatedPlaces() + " strings translated"
          + (result.keptSource().isEmpty() ? "" : ", " + result.keptSource().size() + " kept in the source language") + ")");
    }
    return Main.OK;
  }
}
