package org.localize.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.localize.Localizer;
import org.localize.Updates;
import org.localize.tm.Leverage;
import org.localize.tm.Memory;
import org.localize.xliff.XliffDocument;
import org.localize.story.Extraction;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.XliffOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    header = "Turn a story's translatable strings into XLIFF for translators.",
    description = {
      "Turn the translatable strings of a story into an XLIFF 1.2 (or 2.1) file for translators, with context, protected inline markup and length limits. Writes NAME.SRC-TGT.xlf beside the story unless -o says otherwise.",
      "",
      "Several stories, folders (every *.json below, except NAME.TGT.json for a --target) and quoted globs, and several targets (--target ru,uk), run as one batch on all cores."
    })
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "STORY.json", description = "the story to translate (- for standard input, with -o); or several, folders, quoted globs")
  List<String> stories;

  @Option(names = {"-t", "--target"}, required = true, split = ",", paramLabel = "LOCALE",
      description = "the target locale, e.g. ru; several: ru,uk,de")
  List<String> targets;

  @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
  boolean quiet;

  @Option(names = "--source-locale", paramLabel = "LOCALE", description = "the story's locale, if it does not say or says wrong")
  String sourceLocale;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the XLIFF; - for standard output")
  String output;

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = Main.PROFILE)
  String profile;

  @Option(names = "--allow-duplicate-keys", description = Main.DUPLICATE_KEYS)
  boolean allowDuplicateKeys;

  @Option(names = "--empty-targets", description = "leave <target> empty instead of pre-filling it with the source")
  boolean emptyTargets;

  @Option(names = "--xliff", paramLabel = "VERSION", defaultValue = "1.2",
      description = "the XLIFF version to write: 1.2 or 2.1 (default: ${DEFAULT-VALUE})")
  String xliffVersion;

  @Option(names = "--force", description = "replace an existing XLIFF even when it holds translations or cannot be read")
  boolean force;

  @Option(names = "--fsync", description = "in a batch: flush each XLIFF to disk before moving it into place (slower; a single run always does)")
  boolean fsync;

  /** The batch's writer; null in a single run. */
  private org.localize.io.AtomicFiles files;

  @Option(names = "--segment", description = "split units of more than one sentence into sentences (SRX rules of the source language)")
  boolean segment;

  @Option(names = "--previous", paramLabel = "OLD.xlf",
      description = "the XLIFF of the story's previous version: unchanged units come pre-translated with their state")
  Path previous;

  @Option(names = "--tm", paramLabel = "MEMORY.tmx",
      description = "a translation memory (TMX): exact matches pre-translated for review, similar ones as suggestions")
  Path tm;

  @Option(names = "--fuzzy", paramLabel = "N", defaultValue = "75",
      description = "the lowest similarity (1-99) offered as a suggestion (default: ${DEFAULT-VALUE})")
  int fuzzy;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    memories = tm == null ? null : new MemoryOnce(tm);
    List<String> tgts = new java.util.ArrayList<>();
    for (String t : targets) {
      tgts.add(Localizer.canonicalLocale(t, "--target"));
    }
    XliffOptions.Version version;
    try {
      version = XliffOptions.Version.parse(xliffVersion);
    } catch (IllegalArgumentException e) {
      throw org.localize.diag.LocalizeException.usage("--xliff: " + e.getMessage());
    }
    if (stories.stream().anyMatch(StandardInput::is)) { // a story on standard input: one story, one XLIFF, named by -o
      if (stories.size() > 1 || tgts.size() > 1) {
        throw org.localize.diag.LocalizeException.usage("a story on standard input (-) is extracted alone, into one --target");
      }
      if (output == null) {
        throw InputFile.needsOutput("the story", "NAME.SRC-TGT.xlf");
      }
      InputFile story = InputFile.of("-", main, "the story");
      return one(null, story.story(profile, allowDuplicateKeys), tgts.get(0), version, output, main.err);
    }
    // one story: one argument that is no folder or glob, or any one argument with -o (which names one file)
    boolean one = stories.size() == 1 && (output != null || !org.localize.batch.Inputs.isBatch(stories));
    if (one && tgts.size() == 1) {
      Path story = Path.of(stories.get(0));
      return one(story, Localizer.read(story, profile, allowDuplicateKeys), tgts.get(0), version, output, main.err);
    }
    if (output != null) {
      throw org.localize.diag.LocalizeException.usage("-o/--output names one file; a batch writes NAME.SRC-TGT.xlf beside each story");
    }
    if (previous != null) {
      throw org.localize.diag.LocalizeException.usage("--previous belongs to one story; run extract --previous per story");
    }
    String srcOption = sourceLocale == null ? null : Localizer.canonicalLocale(sourceLocale, "--source-locale");
    Sources.Choice choice = Sources.choose(stories, org.localize.batch.Inputs.expand(stories, p -> isStory(p, srcOption, tgts)),
        srcOption, profile, quiet ? null : main.err);
    List<Path> found = choice.stories();
    org.localize.io.OutputPlan plan = Plans.profile(new org.localize.io.OutputPlan(
        "move one of them out of the folder, or extract them one at a time with -o"), profile).input(tm, "the memory (--tm)");
    found.forEach(f -> plan.input(f, "a story of this batch"));
    for (Path f : found) {
      String src = srcOption != null ? srcOption : choice.predictedLocale(f);
      for (String tgt : tgts) {
        if (src != null) {
          plan.output(Localizer.defaultXliffPath(f, src, tgt), "the XLIFF of " + f.getFileName() + " into " + tgt);
        }
      }
    }
    plan.check();
    files = Output.forBatch(fsync);
    return BatchRun.run(main, "extract", "story", "stories", found, story -> BatchRun.capture(story.toString(), quiet, (out, err) -> {
      Extraction ex = Localizer.read(story, profile, allowDuplicateKeys);
      int code = Main.OK;
      for (String tgt : tgts) {
        code = Math.max(code, one(story, ex, tgt, version, null, err));
      }
      return code;
    }), quiet);
  }

  /**
   * Whether a file found in a folder or by a glob is a story to extract: a {@code *.json} file not
   * named {@code NAME.TGT.json} (or {@code NAME.TGT-REGION.json}) for a target (those are
   * translations), and, with --source-locale, named {@code NAME.SRC.json}. {@link Sources} then
   * tells translations of other names (the same story id in another language).
   */
  static boolean isStory(Path p, String source, List<String> targets) {
    if (!org.localize.batch.Inputs.isJson(p)) {
      return false;
    }
    String loc = org.localize.batch.Inputs.nameLocale(p);
    if (source != null) {
      return source.equals(loc);
    }
    return loc == null || targets.stream().noneMatch(t -> isIn(loc, t));
  }

  /**
   * Whether a file name's locale is {@code target} or a more specific form of it: with --target ru,
   * story.ru-RU.json (a CAT tool's target-language="ru-RU") is a translation too.
   */
  static boolean isIn(String nameLocale, String target) {
    String l = nameLocale.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    String t = target.toLowerCase(java.util.Locale.ROOT);
    return l.equals(t) || l.startsWith(t + "-");
  }

  private int one(Path story, Extraction ex, String tgt, XliffOptions.Version version, String output, java.io.PrintStream err) {
    String src = Localizer.sourceLocale(ex, sourceLocale);
    String defaulted = Localizer.defaultLocaleNote(ex, sourceLocale);
    if (defaulted != null) {
      err.println("localize: note: " + defaulted);
    }
    List<Leverage.Result> reused = null;
    if (previous != null || tm != null) {
      XliffDocument old = previous == null ? null : Updates.readPrevious(previous, ex, src, tgt);
      Memory memory = memories == null ? null : memories.get(src);
      reused = Updates.leverage(ex, src, tgt, previous, old, tm, memory, fuzzy).apply(ex.units());
      if (memory != null && memory.size() > 0 && memory.pair(src, tgt).isEmpty()) {
        err.println("localize: note: " + tm + " holds no " + src + " → " + tgt + " translations yet");
      }
    }
    // story is null when it came from standard input (then -o was given)
    Path out = Output.isStdout(output) ? null : output != null ? Path.of(output) : Localizer.defaultXliffPath(story, src, tgt);
    if (files == null) { // one run; a batch planned all its outputs before it started
      Plans.profile(new org.localize.io.OutputPlan(), profile).input(story, "the story").input(previous, "the previous XLIFF (--previous)")
          .input(tm, "the memory (--tm)").output(out, "the XLIFF").check();
    }
    // the profile is recorded in the XLIFF, so that merge reads the story the same way
    TranslationFile file = Localizer.withProfile(Localizer.translationFile(ex, src, tgt, reused), ex, out);
    byte[] xliff = Localizer.toXliff(file, new XliffOptions(emptyTargets, version, segment));
    if (!quiet) {
      Output.notes(err, ex);
    }
    boolean same = out != null && org.localize.io.AtomicFiles.holds(out, xliff); // the same bytes again replace nothing
    if (out != null && !force && !same) {
      TranslatedFiles.refuseToReplace(out, previous);
    }
    boolean written = !same && Output.write(out, xliff, main.out, files, story);
    if (out != null && !quiet) {
      err.println("localize: " + (written ? "wrote " + out : out + " is up to date") + " ("
          + Main.count(ex.units().size(), "unit", "units") + ", " + src + " → " + tgt + summary(reused)
          + "); profile " + ex.profile().describe() + (Localizer.detects(profile) ? ", detected" : ""));
    }
    return Main.OK;
  }

  /** The --tm memory, read once for a batch; null without --tm. */
  private MemoryOnce memories;

  /** {@code : 18 kept, 1 exact, 2 to translate (1 changed, 1 with suggestions)} */
  static String summary(List<Leverage.Result> reused) {
    if (reused == null) {
      return "";
    }
    Map<Leverage.Category, Integer> n = new EnumMap<>(Leverage.Category.class);
    for (Leverage.Result r : reused) {
      n.merge(r.category(), 1, Integer::sum);
    }
    int open = n.getOrDefault(Leverage.Category.NEW, 0) + n.getOrDefault(Leverage.Category.CHANGED, 0)
        + n.getOrDefault(Leverage.Category.FUZZY, 0);
    return ": " + n.getOrDefault(Leverage.Category.IN_CONTEXT, 0) + " unchanged and kept, "
        + n.getOrDefault(Leverage.Category.EXACT, 0) + " exact matches for review, " + open + " to translate ("
        + n.getOrDefault(Leverage.Category.CHANGED, 0) + " changed, " + n.getOrDefault(Leverage.Category.FUZZY, 0)
        + " with fuzzy suggestions, " + n.getOrDefault(Leverage.Category.NEW, 0) + " new)";
  }
}
