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
    description = {
      "Check a translation: names as the glossary spells and declines them, dates and weekdays,",
      "numbers and plural agreement, typography, inline markup, completeness and length.",
      "Give a translated story with --source, or a translated XLIFF file on its own.",
      "Exit code 1 when a finding reaches --fail-on."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "TARGET.json|TRANSLATED.xlf", description = "the translation to check")
  Path target;

  @Option(names = {"-s", "--source"}, paramLabel = "SOURCE.json", description = "the story it was translated from (required for a JSON target)")
  Path source;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", description = "exit 1 when a finding is at least this: error, warning or info (default: ${DEFAULT-VALUE})")
  String failOn;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to a file instead of standard output")
  Path output;

  @Mixin CheckOptions checks = new CheckOptions();

  @ParentCommand Main main;

  @Override
  public Integer call() {
    Reports.Format fmt = Reports.Format.parse(format);
    var threshold = Reports.failOn(failOn);
    // an XLIFF file is checked on its own: --source is not read for it
    Checking.Result r = Checking.run(target, Checking.isXliff(target) ? null : source, checks);
    List<Finding> findings = r.findings();
    String report = Reports.render(fmt, findings, r.locator(), r.pairs().size());
    Output.write(output, report.getBytes(StandardCharsets.UTF_8), main.out, source, target);
    return Reports.fails(findings, threshold) ? Main.REFUSED : Main.OK;
  }
}
