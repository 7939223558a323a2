package org.localize.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.localize.Localizer;
import org.localize.Updates;
import org.localize.tm.Memory;
import org.localize.Pairs;
import org.localize.Validation;
import org.localize.diag.Finding;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;
import org.localize.diag.Severity;
import org.localize.report.XliffLocator;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.unit.TextPair;
import org.localize.unit.Unit;
import org.localize.xliff.XliffDocument;
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

  @Option(names = "--force", description = "write the story even when the checks find errors (they are still printed)")
  boolean force;

  @Option(names = "--no-checks", description = "do not run the checks of 'localize validate' on the merged story")
  boolean noChecks;

  @Option(names = {"-g", "--glossary"}, paramLabel = "FILE", description = "a names glossary for the checks (JSON or TBX); repeatable")
  List<Path> glossaries = new ArrayList<>();

  @Option(names = "--locales", paramLabel = "DIR", description = "a folder laid out like locales/ whose files win over the built-in ones")
  Path locales;

  @Option(names = "--disable", paramLabel = "CHECK", split = ",", description = "skip a check or a family of checks; repeatable")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--tm", paramLabel = "MEMORY.tmx",
      description = "add the translations merged to this TMX 1.4b memory (created if missing)")
  Path tm;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    MergeOptions.Required required;
    try {
      required = MergeOptions.Required.parse(require);
    } catch (IllegalArgumentException e) {
      throw LocalizeException.usage("--require: expected translated, reviewed or final, not '" + require + "'");
    }
    String expected = target == null ? null : Localizer.canonicalLocale(target, "--target");
    Reports.checkDisabled(disabled);
    Extraction ex = Localizer.read(story, profile);
    XliffDocument translation = Localizer.readXliff(xliff);
    Memory memory = tm == null ? null : Updates.readOrCreateMemory(tm); // a broken memory stops the merge before it writes
    MergeResult result = Localizer.merge(ex, translation, expected, new MergeOptions(required, allowUntranslated));
    Path out = Output.isStdout(output) ? null
        : output != null ? Path.of(output)
        : Localizer.defaultMergedPath(story, ex.declaredLocale() == null ? "" : ex.declaredLocale(), result.targetLocale());
    if (!noChecks) {
      check(ex, translation, result);
    }
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
    if (memory != null) {
      String source = ex.declaredLocale() != null ? Localizer.sourceLocale(ex, null)
          : Localizer.canonicalLocale(translation.sourceLocale(), "the XLIFF's source-language");
      int added = Updates.addToMemory(tm, memory, ex, source, result, Instant.now(), story, xliff);
      if (!quiet) {
        main.err.println("localize: added " + added + " new translations to " + tm + " (" + memory.size() + " in all)");
      }
    }
    return Main.OK;
  }

  /**
   * Runs the checks on the merged story and prints what they find, placed at the XLIFF units the
   * translator will fix; refuses to go on when they find errors, unless --force.
   */
  private void check(Extraction ex, XliffDocument translation, MergeResult result) {
    StoryDocument merged = StoryReader.parse(story.toString(), result.bytes());
    List<TextPair> pairs = Pairs.of(ex, merged);
    Validation validation = Validation.load(locales, glossaries);
    String source = ex.declaredLocale() != null ? Localizer.sourceLocale(ex, null)
        : Localizer.canonicalLocale(translation.sourceLocale(), "the XLIFF's source-language");
    List<Finding> findings = validation.check(
        pairs, source, result.targetLocale(), Validation.published(ex.published()), disabled);
    if (findings.isEmpty()) {
      return;
    }
    Map<String, String> aliases = new HashMap<>();
    for (Unit u : ex.units()) {
      for (String p : u.pointers()) {
        aliases.put(p, u.pointer());
      }
    }
    String report = Reports.render(Reports.Format.TEXT, findings, new XliffLocator(translation, aliases), pairs.size());
    main.err.print(report);
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    if (errors > 0 && !force) {
      throw new LocalizeException(LocalizeException.Kind.REFUSED, new Problem(translation.name(), "",
          "merge refused: the checks found " + errors + (errors == 1 ? " error" : " errors")
              + " (above); fix the translation, or merge with --force (or --disable CHECK)"));
    }
  }
}
