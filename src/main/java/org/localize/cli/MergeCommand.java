package org.localize.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
import org.localize.unit.TextPair;
import org.localize.unit.Unit;
import org.localize.xliff.XliffDocument;
import org.localize.merge.MergeOptions;
import org.localize.merge.MergeResult;
import org.localize.story.Extraction;
import org.localize.story.ProfileLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    header = "Put a translated XLIFF back into its story; only translated strings change.",
    description = {
      "Put a translated XLIFF back into its story. The result differs from the story only where text was translated (and in its locale). Writes NAME.TGT.json beside the story unless -o says otherwise; nothing is written when any unit is stale, missing, untranslated, below the --require state, or has broken inline codes, or when the checks of 'localize validate' find an error.",
      "",
      "Given stories, folders or quoted globs instead, merges every NAME.SRC-TGT.xlf found beside each story NAME.SRC.json (for each --target, or all found), as one batch on all cores.",
      "",
      "The review states of Trados, memoQ, Phrase and XLIFF 1.2/2 that --require accepts are listed in docs/review-states.md."
    })
final class MergeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "STORY.json TRANSLATED.xlf",
      description = "the story and its translated XLIFF (1.2 or 2.x), either of them - for standard input; or stories, folders, quoted globs for a batch")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the translated story; - for standard output")
  String output;

  @Option(names = {"-t", "--target"}, split = ",", paramLabel = "LOCALE",
      description = "refuse an XLIFF in any other target locale; in a batch, the targets to merge (ru,uk)")
  List<String> targets;

  @Option(names = "--require", paramLabel = "STATE", defaultValue = "translated",
      description = "the lowest state a translation must have: translated, reviewed or final (default: ${DEFAULT-VALUE})")
  String require;

  @Option(names = "--allow-untranslated", description = "keep the source text of untranslated units (they are listed) instead of refusing")
  boolean allowUntranslated;

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = Main.PROFILE)
  String profile;

  @Option(names = "--allow-duplicate-keys", description = Main.DUPLICATE_KEYS)
  boolean allowDuplicateKeys;

  @Option(names = {"-q", "--quiet"}, description = Main.QUIET)
  boolean quiet;

  @Option(names = "--force", description = "write the story even when the checks find errors (they are still printed)")
  boolean force;

  @Option(names = "--fsync", description = "in a batch: flush each story to disk before moving it into place (slower; a single run always does)")
  boolean fsync;

  /** The batch's writer; null in a single run. */
  private org.localize.io.AtomicFiles files;

  @Option(names = "--no-checks", description = "do not run the checks of 'localize validate' on the merged story")
  boolean noChecks;

  @Mixin CheckData checks = new CheckData();

  @Option(names = "--tm", paramLabel = "MEMORY.tmx",
      description = "add the translations merged to this TMX 1.4b memory (created if missing)")
  Path tm;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    if (!noChecks && checks.locales == null && checks.glossaries.isEmpty()) {
      Validation.warmUp(checks.disabled); // the built-in data of the checks loads while the files are read
    }
    MergeOptions.Required required;
    try {
      required = MergeOptions.Required.parse(require);
    } catch (IllegalArgumentException e) {
      throw LocalizeException.usage("--require: expected translated, reviewed or final, not '" + require + "'");
    }
    List<String> tgts = new ArrayList<>();
    if (targets != null) {
      for (String t : targets) {
        tgts.add(Localizer.canonicalLocale(t, "--target"));
      }
    }
    if (inputs.size() == 2 && !org.localize.batch.Inputs.isBatch(inputs.subList(0, 1))
        && !org.localize.batch.Inputs.isBatch(inputs.subList(1, 2))
        && !org.localize.batch.Inputs.isJson(Path.of(inputs.get(1))) && tgts.size() <= 1) {
      return one(InputFile.of(inputs.get(0), main, "the story"), InputFile.of(inputs.get(1), main, "the translated XLIFF"),
          tgts.isEmpty() ? null : tgts.get(0), required, output, null, main.err, quiet, null);
    }
    if (inputs.stream().anyMatch(StandardInput::is)) {
      throw LocalizeException.usage("standard input (-) is one file: merge STORY.json TRANSLATED.xlf, one of them -");
    }
    if (output != null) {
      throw LocalizeException.usage("-o/--output names one file; a batch writes NAME.TGT.json beside each story");
    }
    if (tm != null) {
      throw LocalizeException.usage("--tm is not shared by a batch; merge with --tm story by story");
    }
    Validation validation = noChecks ? null : checks.load();
    List<Path> stories = org.localize.batch.Inputs.expand(inputs, p -> !translations(p, tgts).isEmpty());
    List<Job> jobs = new ArrayList<>();
    for (Path s : stories) {
      if (Checking.isXliff(s)) {
        throw LocalizeException.usage("give the stories (or their folders) for a batch merge; the XLIFF files beside them are found: " + s);
      }
      List<Path> found = translations(s, tgts);
      if (found.isEmpty()) {
        jobs.add(new Job(s, null, null, null));
      }
      for (Path x : found) {
        String expected = null;
        for (String t : tgts) {
          if (x.getFileName().toString().endsWith("-" + t + ".xlf")) {
            expected = t;
          }
        }
        jobs.add(new Job(s, x, expected, mergedPath(s, x)));
      }
    }
    // Every output of the batch against every input of it, before anything is written (issue 15):
    // story.ru.json + story.ru-en.xlf would replace the original story.en.json, and a.en + a.de
    // would both write a.ru.json.
    org.localize.io.OutputPlan plan = Plans.profile(Plans.checkData(new org.localize.io.OutputPlan(
        "move one of them out of the folder, or merge them one at a time with -o"), noChecks ? null : checks), profile);
    for (Job j : jobs) {
      plan.input(j.story(), "a story of this batch");
      plan.input(j.xliff(), "a translated XLIFF of this batch");
    }
    for (Job j : jobs) {
      if (j.output() != null) {
        plan.output(j.output(), "the merge of " + j.story().getFileName() + " with " + j.xliff().getFileName());
      }
    }
    plan.check();
    files = Output.forBatch(fsync);
    return BatchRun.run(main, "merge", "translation", "translations", jobs, job -> BatchRun.capture(
        (job.xliff() == null ? job.story() : job.xliff()).toString(), quiet, (out, err) -> {
          if (job.xliff() == null) {
            throw LocalizeException.input(job.story().toString(), "", "no translated XLIFF beside it"
                + (tgts.isEmpty() ? " (NAME.SRC-TGT.xlf)" : " for " + String.join(", ", tgts)));
          }
          return one(InputFile.of(job.story(), "the story"), InputFile.of(job.xliff(), "the translated XLIFF"), job.target(),
              required, null, validation, err, quiet, job.output());
        }), quiet);
  }

  /**
   * One merge of a batch: a story, its translated XLIFF (null when none was found), the target
   * asked for (may be null) and the output planned for it (null without an XLIFF).
   */
  private record Job(Path story, Path xliff, String target, Path output) {}

  /**
   * Where the merge of {@code story} NAME.SRC.json with {@code xliff} NAME.SRC-TGT.xlf goes:
   * NAME.TGT.json, named after the XLIFF's name, so that a CAT tool writing target-language="ru-RU"
   * into story.en-ru.xlf still gives story.ru.json (issue 15, case 12); merge checks that the file
   * translates into that language.
   */
  static Path mergedPath(Path story, Path xliff) {
    String src = org.localize.batch.Inputs.nameLocale(story);
    String name = story.getFileName().toString();
    String base = name.substring(0, name.length() - src.length() - 6);
    String x = xliff.getFileName().toString();
    String tgt = x.substring(base.length() + src.length() + 2, x.length() - 4);
    return story.resolveSibling(base + "." + tgt + ".json");
  }

  /**
   * The target locale an XLIFF's file name gives after the story's locale (story.en-ru.xlf → ru),
   * if it names one of the same language as {@code target}; else {@code target}.
   */
  static String namedTarget(Path story, String storyLocale, Path xliff, String target) {
    String x = xliff.getFileName().toString();
    String lower = x.toLowerCase(java.util.Locale.ROOT);
    if (!lower.endsWith(".xlf") && !lower.endsWith(".xliff")) {
      return target;
    }
    String stem = x.substring(0, x.lastIndexOf('.'));
    for (String src : new String[] {org.localize.batch.Inputs.nameLocale(story), storyLocale}) {
      if (src == null || src.isEmpty()) {
        continue;
      }
      int at = stem.lastIndexOf("." + src + "-");
      if (at >= 0) {
        String named = stem.substring(at + src.length() + 2);
        try {
          String canonical = org.localize.locale.LocaleTags.canonical(named);
          if (org.localize.locale.LocaleTags.language(canonical).equals(org.localize.locale.LocaleTags.language(target))) {
            return canonical;
          }
        } catch (IllegalArgumentException e) {
          return target;
        }
      }
    }
    return target;
  }

  /**
   * The translated XLIFF files of a story {@code NAME.SRC.json}: {@code NAME.SRC-TGT.xlf} beside it
   * for each target, or every such file when no target is given. A {@code *.json} without them is no
   * story to merge (when found in a folder).
   */
  static List<Path> translations(Path story, List<String> targets) {
    if (!org.localize.batch.Inputs.isJson(story)) {
      return List.of();
    }
    String src = org.localize.batch.Inputs.nameLocale(story);
    if (src == null) {
      return List.of();
    }
    String name = story.getFileName().toString();
    String base = name.substring(0, name.length() - src.length() - 6);
    List<Path> found = new ArrayList<>();
    if (!targets.isEmpty()) {
      for (String t : targets) {
        Path x = story.resolveSibling(base + "." + src + "-" + t + ".xlf");
        if (java.nio.file.Files.isRegularFile(x)) {
          found.add(x);
        }
      }
      return found;
    }
    Path dir = story.toAbsolutePath().getParent();
    String prefix = base + "." + src + "-";
    try (var s = java.nio.file.Files.newDirectoryStream(dir, prefix + "*.xlf")) {
      for (Path x : s) {
        found.add(story.resolveSibling(x.getFileName().toString()));
      }
    } catch (java.io.IOException e) {
      return List.of();
    }
    found.sort(null);
    return found;
  }

  private int one(InputFile storyFile, InputFile xliffFile, String expected, MergeOptions.Required required, String output,
      Validation shared, java.io.PrintStream err, boolean quiet, Path planned) {
    if (storyFile.isStdin() && output == null) { // before anything is read: the merge would have no name
      throw InputFile.needsOutput("the story", "NAME.TGT.json");
    }
    Path story = storyFile.path(); // null: standard input
    Path xliff = xliffFile.path();
    // A single merge reads the story on another core while the XLIFF is read, its format detected
    // (the XLIFF says which profile it was extracted with only once read); a batch has its cores busy
    // (a regular file only: a pipe, as from <(...), gives its bytes once)
    FutureTask<Extraction> early = files == null && story != null && profile == null && java.nio.file.Files.isRegularFile(story)
        ? started(() -> storyFile.story(null, allowDuplicateKeys)) : null;
    // the locale data the checks need is built on another core from the locales the XLIFF's first
    // bytes declare, while the file is read (a live blog's XLIFF takes a second); else once it is read
    boolean prefetched = !noChecks && shared == null && xliff != null && prefetch(head(xliff), expected);
    XliffDocument translation = xliffFile.xliff();
    if (!noChecks && shared == null && !prefetched) {
      prefetch(new String[] {translation.sourceLocale(), translation.targetLocale()}, expected);
    }
    // the story is read with the profile the XLIFF was extracted with, unless --profile says otherwise
    String storyProfile = profile != null ? profile : Localizer.recordedProfile(translation, xliff);
    Extraction ex = early == null ? null : readAs(early, storyProfile);
    if (ex == null) {
      ex = storyFile.story(storyProfile, allowDuplicateKeys);
    }
    MergeResult result = Localizer.merge(ex, translation, expected, new MergeOptions(required, allowUntranslated));
    String declared = ex.declaredLocale() == null ? "" : ex.declaredLocale();
    Path out = Output.isStdout(output) ? null
        : output != null ? Path.of(output)
        : planned != null ? planned
        : Localizer.defaultMergedPath(story, declared, xliff == null ? result.targetLocale()
            : namedTarget(story, declared, xliff, result.targetLocale()));
    if (planned != null) {
      String named = org.localize.batch.Inputs.nameLocale(planned);
      if (!org.localize.locale.LocaleTags.language(named).equals(org.localize.locale.LocaleTags.language(result.targetLocale()))) {
        throw LocalizeException.input(xliff.toString(), "", "the file's name says it translates into " + named + ", but its"
            + " target-language is " + result.targetLocale() + "; rename it, or merge it alone with -o");
      }
    } else {
      // one place plans what this run writes against all it reads (issue 15, case 2): --tm, -g,
      // --locales or --profile naming the output replaced that input
      Plans.profile(Plans.checkData(new org.localize.io.OutputPlan(), noChecks ? null : checks), profile)
          .input(story, "the story").input(xliff, "the translated XLIFF")
          .update(tm, "the memory (--tm)").output(out, "the merged story").check();
    }
    Memory memory = tm == null ? null : Updates.readOrCreateMemory(tm); // a broken memory stops the merge before it writes
    String source = noChecks && memory == null ? null // only the checks and the memory need it
        : ex.declaredLocale() != null ? Localizer.sourceLocale(ex, null)
        : Localizer.canonicalLocale(translation.sourceLocale(), "the XLIFF's source-language");
    if (!noChecks) {
      check(story, ex, source, translation, result, shared, err, quiet);
    }
    boolean written = Output.write(out, result.bytes(), main.out, files, story, xliff);
    if (!quiet) {
      Output.notes(err, ex);
    }
    for (String kept : result.keptSource()) {
      err.println("localize: warning: " + kept);
    }
    if (out != null && !quiet) {
      err.println("localize: " + (written ? "wrote " + out : out + " is up to date") + " (" + Main.count(result.translatedPlaces(), "string", "strings") + " translated"
          + (result.keptSource().isEmpty() ? "" : ", " + result.keptSource().size() + " kept in the source language") + ")"
          + "; " + languageWritten(ex, result.targetLocale()));
    }
    if (memory != null) {
      Updates.MemoryUpdate m;
      try {
        m = Updates.addToMemory(tm, Updates.translations(ex, source, result, Instant.now()), story, xliff);
      } catch (LocalizeException e) {
        // the story is written; say so, instead of the memory's "nothing was written"
        List<org.localize.diag.Problem> problems = new ArrayList<>();
        for (org.localize.diag.Problem p : e.problems()) {
          problems.add(new org.localize.diag.Problem(p.file(), p.place(),
              p.message().replace("; nothing was written", "; the memory was left as it was")));
        }
        problems.add(new org.localize.diag.Problem("", "", (out == null ? "the merged story was written to standard output"
            : "the merged story was written to " + out) + "; only the memory was not updated: once that is fixed, add its"
            + " translations with: localize tm import " + (xliff == null ? "TRANSLATED.xlf (the XLIFF read from standard input)" : xliff)
            + " --tm " + tm));
        throw new LocalizeException(e.kind(), problems);
      }
      if (!quiet) {
        err.println("localize: added " + Main.count(m.added(), "new translation", "new translations") + " to " + tm + " (" + m.total() + " in all)");
      }
    }
    return Main.OK;
  }

  /** {@code work} started on a thread of its own (a daemon: an error of the main thread's ends the run). */
  private static <T> FutureTask<T> started(Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = new Thread(task, "localize-story");
    t.setDaemon(true);
    t.start();
    return task;
  }

  /**
   * The story read early, when it is what reading it with {@code storyProfile} gives: when the XLIFF
   * records no profile (then its errors are the story's), or records the built-in profile that
   * detection chose, as localize's own extract does. Else null, what it threw left unseen: the story
   * is read again with the recorded profile, which meets an error of the file's again.
   */
  private static Extraction readAs(FutureTask<Extraction> early, String storyProfile) {
    if (storyProfile == null) {
      return joined(early);
    }
    if (!ProfileLoader.BUILT_IN.contains(storyProfile)) {
      return null; // a profile file
    }
    Extraction ex;
    try {
      ex = early.get();
    } catch (ExecutionException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the story was read", e);
    }
    // the same profile: Localizer.extract with its name resolves to this very object, and a profile
    // that detection chose matches the story, so the reading with the name refuses nothing more
    return ex.profile() == ProfileLoader.builtIn(storyProfile) ? ex : null;
  }

  /** What {@code task} gave, or what it threw, as if it had run here. */
  private static <T> T joined(FutureTask<T> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the story was read", e);
    }
  }

  /**
   * What merge did with the story's own language field: "language ru written at /language", or,
   * for a format whose documents need not say their language (a WordPress post), that none was
   * written, so that nobody takes the file for one that says it is in the target language.
   */
  static String languageWritten(Extraction ex, String target) {
    String at = ex.localePointer();
    if (at != null) {
      return "language " + target + " written at " + at;
    }
    return "the story has no language field" + (ex.profile().locale() == null ? "" : " (" + ex.profile().locale() + ")")
        + ", so none was written: the result is in " + target + " but does not say so";
  }

  /**
   * Starts building the checks' locale data for the locales {@code translation} names while the
   * story is read and merged (a cold single merge spends most of its time there). Only with the
   * built-in data and glossaries, which cannot fail on the user's input: with --locales or
   * --glossary, loading them stays where its errors are reported.
   */
  /**
   * Starts building the built-in data of the checks for {@code locales} (source and target, either
   * null), the target being {@code expected} when given; whether it was started. Only a cache is
   * filled: locales that turn out wrong cost time, never a different result.
   */
  private boolean prefetch(String[] locales, String expected) {
    if (checks.locales != null || !checks.glossaries.isEmpty() || locales == null) {
      return false;
    }
    try {
      String target = expected != null ? expected : locales[1];
      if (locales[0] != null && target != null) {
        Validation.prefetchBuiltIn(org.localize.locale.LocaleTags.canonical(locales[0]),
            org.localize.locale.LocaleTags.canonical(target), checks.disabled);
        return true;
      }
    } catch (RuntimeException e) {
      // a locale the merge rejects is reported by the merge
    }
    return false;
  }

  private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
      "\\s(source-language|target-language|srcLang|trgLang)\\s*=\\s*[\"']([A-Za-z0-9_-]{1,35})[\"']");

  /**
   * The source and target locales declared in the first KiB of an XLIFF file (the attributes of
   * 1.2's first {@code <file>} or of 2.0's root), either null when not there; null when the file
   * cannot be read (the reader says why) or is no regular file (a pipe gives its bytes once).
   */
  static String[] head(Path xliff) {
    if (!java.nio.file.Files.isRegularFile(xliff)) {
      return null;
    }
    byte[] first = new byte[1024];
    int n = 0;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(xliff)) {
      for (int r; n < first.length && (r = in.read(first, n, first.length - n)) > 0; ) {
        n += r;
      }
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
    String[] locales = new String[2];
    java.util.regex.Matcher m = DECLARED.matcher(new String(first, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
    while (m.find()) {
      int side = m.group(1).startsWith("s") ? 0 : 1;
      if (locales[side] == null) {
        locales[side] = m.group(2);
      }
    }
    return locales;
  }

  /**
   * Runs the checks on the merged story and prints what they find, placed at the XLIFF units the
   * translator will fix; with {@code quiet}, only its errors and warnings, and the last line that
   * counts every finding (a live blog's notes alone were 6 MB). Refuses to go on when they find
   * errors, unless --force.
   */
  private void check(Path story, Extraction ex, String source, XliffDocument translation, MergeResult result,
      Validation shared, java.io.PrintStream err, boolean quiet) {
    List<TextPair> pairs = Pairs.of(ex, result);
    Validation validation = shared != null ? shared : checks.load();
    List<Finding> findings = validation.check(
        pairs, source, result.targetLocale(), Validation.published(ex.published()), checks.disabled);
    if (findings.isEmpty()) {
      return;
    }
    // in a quiet batch, the report of a story that passes is never shown, so never rendered
    BatchRun.later(err, () -> {
      List<Finding> shown = quiet ? findings.stream().filter(f -> f.severity() != Severity.INFO).toList() : findings;
      // the locator maps every unit of the story and the XLIFF only for a finding to show (a quiet
      // merge of a live blog shows none of its 25,000 notes)
      XliffLocator locator = new XliffLocator(translation, () -> {
        Map<String, String> aliases = new HashMap<>();
        for (Unit u : ex.units()) {
          for (String p : u.pointers()) {
            aliases.put(p, u.pointer());
          }
        }
        return aliases;
      });
      return org.localize.report.TextReport.render(shown, locator, org.localize.report.Summary.of(pairs.size(), findings));
    });
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    if (errors > 0 && !force) {
      throw new LocalizeException(LocalizeException.Kind.REFUSED, new Problem(translation.name(), "",
          "merge refused: the checks found " + errors + (errors == 1 ? " error" : " errors")
              + " (above); fix the translation, or merge with --force (or --disable CHECK)"));
    }
  }
}
