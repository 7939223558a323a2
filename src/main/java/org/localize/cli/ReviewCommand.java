package org.localize.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localize.Localizer;
import org.localize.diag.LocalizeException;
import org.localize.review.Review;
import org.localize.review.ReviewPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    header = "Write a review page: the story side by side, every finding marked.",
    description = {
      "Write a review page: one self-contained HTML file with the story as readers see it, source and translation side by side, every finding of the checks marked in the translation and listed under it, a summary that links to them, and filters.",
      "",
      "Exit code 0 even with findings, unless --fail-on is given."
    })
final class ReviewCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SOURCE.json", description = "the story that was translated (- for standard input)")
  String source;

  @Parameters(index = "1", paramLabel = "TARGET.json|TRANSLATED.xlf",
      description = "its translation: a story, or a translated XLIFF file (- for standard input, told by its content, with -o)")
  String target;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write; - for standard output; default NAME.SRC-TGT.review.html beside the translation")
  String output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "exit 1 when a finding is at least this: error, warning or info (default: never, the page is a viewer)")
  String failOn;

  @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
  boolean quiet;

  @Mixin CheckOptions checks = new CheckOptions();

  @ParentCommand Main main;

  @Override
  public Integer call() {
    var threshold = failOn == null ? null : Reports.failOn(failOn);
    if (StandardInput.is(target) && output == null) {
      throw InputFile.needsOutput("the translation", "NAME.SRC-TGT.review.html");
    }
    InputFile sourceFile = InputFile.of(source, main, "the source story");
    InputFile targetFile = InputFile.of(target, main, "the translation");
    Checking.Result r = Checking.run(targetFile, sourceFile, checks);
    if (r.xliff() != null && r.xliff().storyId() != null && r.source().storyId() != null
        && !r.xliff().storyId().equals(r.source().storyId())) {
      throw LocalizeException.input(r.xliff().name(), "", "belongs to story " + r.xliff().storyId() + ", not to "
          + r.source().storyId() + " (" + sourceFile.name() + ")");
    }
    Review review = new Review(r.source(), r.pairs(), r.findings(), r.sourceLocale(), r.targetLocale(),
        sourceFile.fileName(), targetFile.fileName(), r.published());
    byte[] page = ReviewPage.render(review).getBytes(StandardCharsets.UTF_8);
    Path out = Output.isStdout(output) ? null : output != null ? Path.of(output) : defaultPath(targetFile.path(), r);
    Plans.profile(Plans.checkData(new org.localize.io.OutputPlan(), checks.data), checks.profile)
        .input(sourceFile.path(), "the source story").input(targetFile.path(), "the translation").output(out, "the review page").check();
    Output.write(out, page, main.out, sourceFile.path(), targetFile.path());
    if (out != null && !quiet) {
      main.err.println("localize: wrote " + out + " (" + Main.count(r.findings().size(), "finding", "findings") + ")");
    }
    return threshold != null && Reports.fails(r.findings(), threshold) ? Main.REFUSED : Main.OK;
  }

  /** {@code NAME.SRC-TGT.review.html} beside the translation ({@code damaged.ru.json} → {@code damaged.en-ru.review.html}). */
  private static Path defaultPath(Path target, Checking.Result r) {
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    for (String suffix : new String[] {"." + r.sourceLocale() + "-" + r.targetLocale(), "." + r.targetLocale()}) {
      if (base.endsWith(suffix) && base.length() > suffix.length()) {
        base = base.substring(0, base.length() - suffix.length());
        break;
      }
    }
    if (r.xliff() == null) {
      base = Localizer.baseName(target, r.targetLocale());
    }
    return target.resolveSibling(base + "." + r.sourceLocale() + "-" + r.targetLocale() + ".review.html");
  }
}
