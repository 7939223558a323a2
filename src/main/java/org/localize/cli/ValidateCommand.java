package org.localize.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.localize.Localizer;
import org.localize.Pairs;
import org.localize.Validation;
import org.localize.diag.Finding;
import org.localize.diag.LocalizeException;
import org.localize.report.Locator;
import org.localize.report.StoryLocator;
import org.localize.report.XliffLocator;
import org.localize.story.Extraction;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.unit.TextPair;
import org.localize.xliff.XliffDocument;
import picocli.CommandLine.Command;
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

  @Option(names = {"-g", "--glossary"}, paramLabel = "FILE", description = "a names glossary (JSON or TBX v2/v3), added to the built-in one; repeatable")
  List<Path> glossaries = new ArrayList<>();

  @Option(names = "--locales", paramLabel = "DIR", description = "a folder laid out like locales/ whose files win over the built-in ones")
  Path locales;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", description = "exit 1 when a finding is at least this: error, warning or info (default: ${DEFAULT-VALUE})")
  String failOn;

  @Option(names = "--disable", paramLabel = "CHECK", split = ",", description = "skip a check or a whole family (names, dates, ...); repeatable")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--source-locale", paramLabel = "LOCALE", description = "override the source's locale")
  String sourceLocale;

  @Option(names = "--target-locale", paramLabel = "LOCALE", description = "override the target's locale")
  String targetLocale;

  @Option(names = "--published", paramLabel = "ISO-8601", description = "the publication time, when the input does not carry it (XLIFF)")
  String published;

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = "the story format (default: detected)")
  String profile;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to a file instead of standard output")
  Path output;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    Reports.Format fmt = Reports.Format.parse(format);
    var threshold = Reports.failOn(failOn);
    Reports.checkDisabled(disabled);
    Validation validation = Validation.load(locales, glossaries);
    List<TextPair> pairs;
    Locator locator;
    String src;
    String tgt;
    String when = published;
    if (isXliff(target)) {
      XliffDocument xliff = Localizer.readXliff(target);
      pairs = Pairs.of(xliff);
      locator = new XliffLocator(xliff, Map.of());
      src = sourceLocale != null ? Localizer.canonicalLocale(sourceLocale, "--source-locale") : locale(xliff.sourceLocale(), xliff.name());
      tgt = targetLocale != null ? Localizer.canonicalLocale(targetLocale, "--target-locale") : locale(xliff.targetLocale(), xliff.name());
    } else {
      if (source == null) {
        throw LocalizeException.usage("validating a story needs the story it was translated from: add --source SOURCE.json");
      }
      Extraction ex = Localizer.read(source, profile);
      StoryDocument translated = StoryReader.read(target);
      pairs = Pairs.of(ex, translated);
      locator = new StoryLocator(translated);
      src = Localizer.sourceLocale(ex, sourceLocale);
      Extraction tex = Localizer.extract(translated, ex.profile().origin().startsWith("profile:") ? ex.profile().name() : ex.profile().origin());
      tgt = targetLocale != null ? Localizer.canonicalLocale(targetLocale, "--target-locale") : Localizer.sourceLocale(tex, null);
      when = when != null ? when : ex.published();
    }
    List<Finding> findings = validation.check(pairs, src, tgt, Validation.published(when), disabled);
    String report = Reports.render(fmt, findings, locator, pairs.size());
    Output.write(output, report.getBytes(StandardCharsets.UTF_8), main.out, source, target);
    return Reports.fails(findings, threshold) ? Main.REFUSED : Main.OK;
  }

  private static boolean isXliff(Path p) {
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
