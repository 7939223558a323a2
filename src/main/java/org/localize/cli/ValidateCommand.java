package org.localize.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.localize.diag.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check a translation: names, dates, numbers, typography, markup, length.",
    description = {
      "Check a translation: names as the glossary spells and declines them, dates and weekdays, numbers and plural agreement, typography, inline markup, completeness and length. Give a translated story with --source, or a translated XLIFF file on its own. Exit code 1 when a finding reaches --fail-on.",
      "",
      "Given source stories, folders or quoted globs with --target ru,uk instead, checks each NAME.TGT.json beside NAME.SRC.json (and any *.xlf named) as one batch on all cores."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "TARGET.json|TRANSLATED.xlf",
      description = "the translation to check (- for standard input: a story or an XLIFF file, told by its content); in a batch, source stories, folders, quoted globs or XLIFF files")
  List<String> inputs;

  @Option(names = {"-t", "--target"}, split = ",", paramLabel = "LOCALE",
      description = "in a batch, the languages to check: NAME.TGT.json is checked against the story NAME.SRC.json beside it")
  List<String> targets;

  @Option(names = {"-q", "--quiet"}, description = Main.QUIET + "; in a batch, only the reports that fail")
  boolean quiet;

  @Option(names = {"-s", "--source"}, paramLabel = "SOURCE.json", description = "the story it was translated from (required for a JSON target; - for standard input)")
  String source;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", description = "exit 1 when a finding is at least this: error, warning or info (default: ${DEFAULT-VALUE})")
  String failOn;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to a file instead of standard output (-, the default)")
  String output;

  @Option(names = "--annotate", paramLabel = "OUT.xlf",
      description = "also write the translated XLIFF with each finding as a note in its unit, for the translator's CAT tool "
          + "(the notes of an earlier --annotate are replaced, everyone else's kept; the input is never changed); "
          + "- for standard output, with the report sent to a file by -o")
  String annotate;

  @Mixin CheckOptions checks = new CheckOptions();

  @ParentCommand Main main;

  @Override
  public Integer call() {
    if (checks.data.locales == null && checks.data.glossaries.isEmpty()) {
      org.localize.Validation.warmUp(checks.data.disabled); // the built-in data loads while the files are read
    }
    Reports.Format fmt = Reports.Format.parse(format);
    var threshold = Reports.failOn(failOn);
    if (inputs.size() == 1 && !org.localize.batch.Inputs.isBatch(inputs) && targets == null) {
      if (annotate != null && StandardInput.is(annotate) && (output == null || StandardInput.is(output))) {
        throw org.localize.diag.LocalizeException.usage("--annotate - and the report would both go to standard output:"
            + " send the report to a file with -o REPORT, or the annotated XLIFF with --annotate FILE.xlf");
      }
      InputFile target = InputFile.of(inputs.get(0), main, "the translation checked");
      if (annotate != null && !target.isXliff()) { // a file by its name, standard input by its content
        throw org.localize.diag.LocalizeException.usage(
            "--annotate writes the findings into a translated XLIFF file: give the .xlf the translator returned, not " + target.name());
      }
      if (annotate != null && !target.isStdin() && !StandardInput.is(annotate)
          && Path.of(annotate).toAbsolutePath().normalize().equals(target.path().toAbsolutePath().normalize())) {
        throw org.localize.diag.LocalizeException.usage("--annotate " + annotate
            + " is the file being checked, which is never changed: name another file (e.g. NAME.annotated.xlf)");
      }
      return one(target, InputFile.of(source, main, "the source story (--source)"), fmt, threshold,
          output == null || StandardInput.is(output) ? null : Path.of(output), main.out, null);
    }
    if (inputs.stream().anyMatch(StandardInput::is)) {
      throw org.localize.diag.LocalizeException.usage("standard input (-) is one translation: validate it alone");
    }
    if (annotate != null) {
      throw org.localize.diag.LocalizeException.usage("--annotate belongs to one translated XLIFF file; validate the files one by one");
    }
    if (targets == null && inputs.stream().anyMatch(a -> !Checking.isXliff(Path.of(a)))) {
      throw org.localize.diag.LocalizeException.usage(
          "a batch of stories needs --target LOCALE[,LOCALE...]: it checks NAME.TGT.json beside each NAME.SRC.json");
    }
    if (source != null || output != null || fmt != Reports.Format.TEXT) {
      throw org.localize.diag.LocalizeException.usage(
          "a batch checks NAME.TGT.json against NAME.SRC.json and prints text reports; drop --source, -o and --format");
    }
    java.util.List<String> tgts = new java.util.ArrayList<>();
    for (String t : targets == null ? java.util.List.<String>of() : targets) {
      tgts.add(org.localize.Localizer.canonicalLocale(t, "--target"));
    }
    org.localize.Validation validation = checks.data.load();
    // a folder gives its stories (XLIFF files beside them are working files); a glob may give XLIFF
    List<Path> files = Sources.choose(inputs, org.localize.batch.Inputs.expand(inputs,
        p -> ExtractCommand.isStory(p, checks.sourceLocale, tgts),
        p -> Checking.isXliff(p) || ExtractCommand.isStory(p, checks.sourceLocale, tgts)),
        checks.sourceLocale == null ? null : org.localize.Localizer.canonicalLocale(checks.sourceLocale, "--source-locale"),
        checks.profile, quiet ? null : main.err).stories();
    java.util.List<Path[]> items = new java.util.ArrayList<>();
    for (Path f : files) {
      if (Checking.isXliff(f)) {
        items.add(new Path[] {f, null});
        continue;
      }
      String src = org.localize.batch.Inputs.nameLocale(f);
      String name = f.getFileName().toString();
      String base = src == null ? name.substring(0, name.length() - 5) : name.substring(0, name.length() - src.length() - 6);
      int before = items.size();
      for (String t : tgts) {
        for (Path translated : translationsOf(f, base, t)) {
          items.add(new Path[] {translated, f});
        }
      }
      if (items.size() == before) {
        items.add(new Path[] {null, f});
      }
    }
    return BatchRun.run(main, "validate", "translation", "translations", items, item -> BatchRun.capture(
        String.valueOf(item[0] == null ? item[1] : item[0]), quiet, (out, err) -> {
          if (item[0] == null) {
            throw org.localize.diag.LocalizeException.input(item[1].toString(), "",
                "no translation beside it (" + String.join(", ", tgts) + ")");
          }
          return one(InputFile.of(item[0], "the translation checked"), InputFile.of(item[1], "the source story"), fmt, threshold,
              null, out, validation);
        }), quiet);
  }

  /**
   * The translations of {@code story} (NAME.SRC.json) into {@code target}: NAME.TGT.json, else every
   * NAME.TGT-REGION.json (a CAT tool's target-language="ru-RU" named the merge story.ru-RU.json,
   * and validate --target ru then found nothing: issue 15, case 12).
   */
  static List<Path> translationsOf(Path story, String base, String target) {
    Path exact = story.resolveSibling(base + "." + target + ".json");
    if (java.nio.file.Files.isRegularFile(exact)) {
      return List.of(exact);
    }
    List<Path> found = new java.util.ArrayList<>();
    Path dir = story.toAbsolutePath().normalize().getParent();
    try (var s = java.nio.file.Files.newDirectoryStream(dir, p -> {
      String n = p.getFileName().toString();
      String prefix = base + "." + target + "-";
      return n.startsWith(prefix) && n.endsWith(".json") && n.length() > prefix.length() + 5
          && !n.substring(prefix.length(), n.length() - 5).contains(".") && java.nio.file.Files.isRegularFile(p);
    })) {
      for (Path p : s) {
        found.add(story.resolveSibling(p.getFileName().toString()));
      }
    } catch (java.io.IOException e) {
      return List.of();
    }
    found.sort(null);
    return found;
  }

  private int one(InputFile target, InputFile source, Reports.Format fmt, org.localize.diag.Severity threshold, Path output,
      java.io.PrintStream out, org.localize.Validation shared) {
    Path annotated = annotate == null || StandardInput.is(annotate) ? null : Path.of(annotate);
    if (shared == null) { // one run: the report must replace none of what it reads (a glossary, say)
      Plans.profile(Plans.checkData(new org.localize.io.OutputPlan(), checks.data), checks.profile)
          .input(target.path(), "the translation checked").input(source == null ? null : source.path(), "the source story (--source)")
          .output(output, "the report").output(annotated, "the annotated XLIFF (--annotate)").check();
    }
    // an XLIFF file is checked on its own: --source is not read for it
    Checking.Result r = Checking.run(target, target.isXliff() ? null : source, checks, shared);
    List<Finding> findings = r.findings();
    if (annotate != null) {
      byte[] notes = Annotating.annotate(target, r);
      Output.write(annotated, notes, out, target.path(), source == null ? null : source.path()); // atomically, never over an input
      if (!quiet && annotated != null) {
        main.err.println("localize: wrote " + annotated + " (" + Main.count(findings.size(), "finding", "findings")
            + " as notes for the translator)");
      }
    }
    if (shared != null && output == null) {
      // in a batch, each report says which translation it is about; in a quiet batch, the report
      // of a translation that passes is never shown, so never rendered
      BatchRun.later(out, () -> "== " + target.name() + "\n" + Reports.render(fmt, findings, r.locator(), r.pairs().size()));
    } else {
      String report = Reports.render(fmt, findings, r.locator(), r.pairs().size());
      Output.write(output, report.getBytes(StandardCharsets.UTF_8), out, source == null ? null : source.path(), target.path());
    }
    return Reports.fails(findings, threshold) ? Main.REFUSED : Main.OK;
  }
}
