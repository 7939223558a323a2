package org.localize.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.localize.Localizer;
import org.localize.Pairs;
import org.localize.Validation;
import org.localize.cli.Main;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.unit.Pseudo;
import org.localize.unit.TextPair;
import org.localize.unit.Unit;
import org.localize.xliff.TranslationFile;
import org.localize.xliff.XliffOptions;

/**
 * ISSUE #7's benchmark: localize batch extract, merge and validate beside Okapi's JSON pipeline on
 * the same generated corpus, in this one JVM (warm-up, then the mean of N runs); the live blog in a
 * child JVM capped at 256 MB of heap; cold single-story {@code bin/localize} extract, merge and validate in fresh
 * JVMs. Run by {@code bench/run}; the figures are recorded in docs/benchmarks.md.
 */
public final class Bench {
  static final PrintStream NULL = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
  static final List<String[]> ROWS = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("live")) {
      live(Path.of(args[1]));
      return;
    }
    if (args.length > 0 && args[0].equals("phase")) {
      try {
        phase(Path.of(args[1]).toAbsolutePath().normalize(), args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      } catch (IllegalArgumentException e) { // a phase or setting misnamed: say which, without a stack trace
        System.err.println("bench: " + e.getMessage());
        System.exit(2);
      }
      return;
    }
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int stories = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    Path out = root.resolve("bench/out");
    Path corpus = out.resolve("corpus");
    delete(corpus);
    long t0 = System.nanoTime();
    Corpus.generate(corpus, stories, 20_000);
    Path dir = corpus.resolve("stories");
    List<Path> files = stories(dir);
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(Locale.ROOT, "corpus: %d stories, mean %.1f KB; live blog %.1f MB; generated in %.1f s%n",
        files.size(), bytes / 1024.0 / files.size(), Files.size(corpus.resolve("live/live.en.json")) / 1048576.0,
        (System.nanoTime() - t0) / 1e9);
    System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

    String d = dir.toString();
    long heapStart = heapAfterGc();
    double extract = time("localize extract (batch, --target ru)", files.size(), runs,
        () -> remove(files, ".en-ru.xlf"), () -> cli("extract", d, "--target", "ru", "--quiet"));
    double extractAgain = time("localize extract again, outputs up to date", files.size(), runs,
        () -> cli("extract", d, "--target", "ru", "--quiet"));
    double extractSegmented = time("localize extract (batch, --target ru --segment)", files.size(), runs,
        () -> remove(files, ".en-ru.xlf"), () -> cli("extract", d, "--target", "ru", "--segment", "--quiet"));
    remove(files, ".en-ru.xlf");
    cli("extract", d, "--target", "ru", "--quiet"); // the unsegmented XLIFF the merge rows translate
    // translate: the reference translation's strings as targets, state translated
    translate(corpus, files);
    double merge = time("localize merge (batch, with the checks)", files.size(), runs,
        () -> remove(files, ".ru.json"), () -> cli("merge", d, "--target", "ru", "--quiet"));
    double mergeBare = time("localize merge (batch, --no-checks)", files.size(), runs,
        () -> remove(files, ".ru.json"), () -> cli("merge", d, "--target", "ru", "--quiet", "--no-checks"));
    double validate = time("localize validate (batch, all checks)", files.size(), runs,
        () -> cli("validate", d, "--target", "ru", "--quiet"));
    long heapEnd = heapAfterGc();
    double checksOnly = checksOnly(root, runs);

    double okapiExtract = time("Okapi JSONFilter → XLIFFWriter", files.size(), runs,
        () -> remove(files, ".okapi.xlf"), () -> parallel(files, f -> Okapi.extract(f, sibling(f, ".okapi.xlf"))));
    double okapiMerge = time("Okapi XLIFFFilter + JSONFilter → JSON writer", files.size(), runs,
        () -> remove(files, ".okapi.ru.json"),
        () -> parallel(files, f -> Okapi.merge(f, sibling(f, ".okapi.xlf"), sibling(f, ".okapi.ru.json"))));
    System.out.println("the same batches in their steady state (after the JIT's warm-up):");
    Steady steady = steady(corpus, files);
    int units = Okapi.extract(files.get(0), out.resolve("probe.okapi.xlf"));
    int ours = Localizer.read(files.get(0), null).units().size();

    System.out.println("the same work without the file system, on one thread:");
    cpu(files, runs);
    String[] live = child(root, corpus.resolve("live/live.en.json"));
    String liveProcess = liveProcess(root, corpus.resolve("live/live.en.json"), 5);
    Cold cold = cold(root, 11);

    System.out.println();
    System.out.println("| what | stories/s | vs Okapi |");
    System.out.println("|---|---:|---:|");
    row("localize extract, batch", extract, okapiExtract);
    row("localize extract, batch, again with the outputs up to date", extractAgain, okapiExtract);
    row("localize extract, batch, --segment (sentences by Okapi's SRX rules)", extractSegmented, okapiExtract);
    row("Okapi JSONFilter → XLIFFWriter", okapiExtract, okapiExtract);
    row("localize merge, batch (with the checks)", merge, okapiMerge);
    row("localize merge, batch, --no-checks", mergeBare, okapiMerge);
    row("Okapi XLIFFFilter + JSONFilter → JSON", okapiMerge, okapiMerge);
    row("localize extract, batch, steady state", steady.extract(), steady.okapiExtract());
    row("Okapi JSONFilter → XLIFFWriter, steady state", steady.okapiExtract(), steady.okapiExtract());
    row("localize merge, batch (with the checks), steady state", steady.merge(), steady.okapiMerge());
    row("localize merge, batch, --no-checks, steady state", steady.mergeBare(), steady.okapiMerge());
    row("Okapi XLIFFFilter + JSONFilter → JSON, steady state", steady.okapiMerge(), steady.okapiMerge());
    System.out.printf(Locale.ROOT, "| localize validate, batch (all checks) | %.0f | |%n", validate);
    System.out.printf(Locale.ROOT, "| checks only, example story en→ru, all cores | %.0f | |%n", checksOnly);
    System.out.println();
    System.out.printf(Locale.ROOT, "units per story: localize %d, Okapi %d (first story)%n", ours, units);
    System.out.printf(Locale.ROOT, "heap after GC: %.1f MB before the batches, %.1f MB after %d runs each of"
        + " extract, merge ×2, validate; peak heap %.0f MB%n", heapStart / 1048576.0, heapEnd / 1048576.0, runs + 1,
        peakHeap() / 1048576.0);
    System.out.println("live blog (child JVM, -Xmx256m, 20,000 posts): " + String.join("; ", live));
    System.out.println(liveProcess);
    cold.lines().forEach(System.out::println);
    System.out.println();
    Scaling.run(root, runs);
  }

  /**
   * One phase alone, for profiling ({@code bench/run phase extract|extract-segment|merge|nochecks|validate|okapi|steady|live|cold|cold-parts|cpu|checks|paired|scaling|tmx
   * [RUNS] [STORIES]}): keeps the corpus of an earlier run when it has the same number of stories (cold
   * and scaling need none).
   */
  static void phase(Path root, String what, int runs, int stories) throws Exception {
    switch (what) { // these need no corpus
      case "tmx" -> { // bench/run phase tmx RUNS UNITS
        TmxBench.run(runs, stories);
        return;
      }
      case "cold" -> {
        cold(root, 11).lines().forEach(System.out::println);
        return;
      }
      case "cold-parts" -> {
        coldParts(root, runs).forEach(System.out::println);
        return;
      }
      case "scaling" -> {
        Scaling.run(root, runs);
        return;
      }
      default -> { }
    }
    Path corpus = root.resolve("bench/out/corpus");
    Path dir = corpus.resolve("stories");
    if (!Files.isDirectory(dir) || stories(dir).size() != stories) {
      delete(corpus);
      Corpus.generate(corpus, stories, 20_000);
    }
    List<Path> files = stories(dir);
    String d = dir.toString();
    if (!what.startsWith("extract") && !what.startsWith("okapi")) {
      cli("extract", d, "--target", "ru", "--quiet", "--force");
      translate(corpus, files);
    }
    switch (what) {
      case "extract" -> time("localize extract", files.size(), runs, () -> remove(files, ".en-ru.xlf"),
          () -> cli("extract", d, "--target", "ru", "--quiet"));
      case "extract-segment" -> time("localize extract --segment", files.size(), runs,
          () -> remove(files, ".en-ru.xlf"), () -> cli("extract", d, "--target", "ru", "--segment", "--quiet"));
      case "merge" -> time("localize merge", files.size(), runs, () -> remove(files, ".ru.json"),
          () -> cli("merge", d, "--target", "ru", "--quiet"));
      case "nochecks" -> time("localize merge --no-checks", files.size(), runs, () -> remove(files, ".ru.json"),
          () -> cli("merge", d, "--target", "ru", "--quiet", "--no-checks"));
      case "validate" -> {
        cli("merge", d, "--target", "ru", "--quiet", "--no-checks"); // the translations to check
        time("localize validate", files.size(), runs, () -> cli("validate", d, "--target", "ru", "--quiet"));
      }
      case "okapi" -> {
        time("Okapi extract", files.size(), runs, () -> parallel(files, f -> Okapi.extract(f, sibling(f, ".okapi.xlf"))));
        time("Okapi merge", files.size(), runs,
            () -> parallel(files, f -> Okapi.merge(f, sibling(f, ".okapi.xlf"), sibling(f, ".okapi.ru.json"))));
      }
      case "live" -> {
        String[] r = child(root, corpus.resolve("live/live.en.json"));
        System.out.println(String.join("; ", r));
        System.out.println(liveProcess(root, corpus.resolve("live/live.en.json"), runs));
      }
      case "steady" -> steady(corpus, files);
      case "cpu" -> cpu(files, runs);
      case "checks" -> org.localize.check.CheckCosts.run(files, runs);
      case "paired" -> { // bench/run phase paired ROUNDS, BENCH_JAVA_OPTS=-Dpaired.against=OTHER/target/classes
        String against = System.getProperty("paired.against");
        if (against == null || !Files.isDirectory(Path.of(against))) {
          throw new IllegalArgumentException("phase paired needs -Dpaired.against=DIR in BENCH_JAVA_OPTS: the target/classes"
              + " of the build to compare with");
        }
        org.localize.check.PairedChecks.run(files, runs, Path.of(against));
      }
      default -> throw new IllegalArgumentException("no phase " + what + "; the phases: extract, extract-segment, merge,"
          + " nochecks, validate, okapi, steady, live, cold, cold-parts, cpu, checks, paired, scaling, tmx (docs/development.md)");
    }
  }

  /** Stories/s of the batches in their steady state. */
  record Steady(double extract, double okapiExtract, double merge, double mergeBare, double okapiMerge) {}

  /**
   * The batches of the table again, each until its time stops falling ({@link #steady(String, int,
   * Body, Body)}), localize's and Okapi's by the same rule. Leaves the corpus as it found it: every
   * story's XLIFF extracted and translated, for the rows that follow.
   */
  static Steady steady(Path corpus, List<Path> files) throws Exception {
    String d = corpus.resolve("stories").toString();
    int n = files.size();
    double extract = steady("localize extract", n, () -> remove(files, ".en-ru.xlf"),
        () -> cli("extract", d, "--target", "ru", "--quiet"));
    double okapiExtract = steady("Okapi JSONFilter → XLIFFWriter", n, () -> remove(files, ".okapi.xlf"),
        () -> parallel(files, f -> Okapi.extract(f, sibling(f, ".okapi.xlf"))));
    translate(corpus, files);
    double merge = steady("localize merge (with the checks)", n, () -> remove(files, ".ru.json"),
        () -> cli("merge", d, "--target", "ru", "--quiet"));
    double mergeBare = steady("localize merge --no-checks", n, () -> remove(files, ".ru.json"),
        () -> cli("merge", d, "--target", "ru", "--quiet", "--no-checks"));
    double okapiMerge = steady("Okapi XLIFFFilter + JSONFilter → JSON", n, () -> remove(files, ".okapi.ru.json"),
        () -> parallel(files, f -> Okapi.merge(f, sibling(f, ".okapi.xlf"), sibling(f, ".okapi.ru.json"))));
    System.out.printf(Locale.ROOT, "steady state: merge with the checks %.2f× Okapi's merge, --no-checks %.2f×;"
        + " extract %.2f× Okapi's extract%n", merge / okapiMerge, mergeBare / okapiMerge, extract / okapiExtract);
    return new Steady(extract, okapiExtract, merge, mergeBare, okapiMerge);
  }

  /**
   * The work without the files, on one thread: microseconds per story for each stage of extract
   * and merge, and Okapi's extract in memory (RawDocument of a string → XLIFFWriter to a byte
   * stream), so the CPU cost of the code can be told from the file system's.
   */
  static void cpu(List<Path> files, int runs) throws Exception {
    List<byte[]> stories = new ArrayList<>();
    List<byte[]> xliffs = new ArrayList<>();
    for (Path f : files) {
      stories.add(Files.readAllBytes(f));
      xliffs.add(Files.readAllBytes(sibling(f, ".en-ru.xlf")));
    }
    Validation v = Validation.load(null, List.of());
    int n = stories.size();
    for (int r = 0; r <= runs; r++) {
      long read = 0, write = 0, parse = 0, merge = 0, check = 0, okapi = 0;
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        Extraction ex = Localizer.extract(StoryReader.parse("s.en.json", stories.get(i)), null);
        long t1 = System.nanoTime();
        byte[] x = Localizer.toXliff(Localizer.translationFile(ex, "en", "ru"), XliffOptions.DEFAULTS);
        long t2 = System.nanoTime();
        var doc = Localizer.parseXliff("s.en-ru.xlf", xliffs.get(i));
        long t3 = System.nanoTime();
        var merged = Localizer.merge(ex, doc, "ru", org.localize.merge.MergeOptions.DEFAULTS);
        long t4 = System.nanoTime();
        // the pairs as merge makes them (from the merge, not by reading the merged file again)
        v.check(Pairs.of(ex, merged), "en", "ru", Validation.published(ex.published()), List.of());
        long t5 = System.nanoTime();
        Okapi.extractInMemory(new String(stories.get(i), StandardCharsets.UTF_8));
        long t6 = System.nanoTime();
        read += t1 - t0;
        write += t2 - t1;
        parse += t3 - t2;
        merge += t4 - t3;
        check += t5 - t4;
        okapi += t6 - t5;
        if (x.length == 0) {
          throw new IllegalStateException();
        }
      }
      System.out.printf(Locale.ROOT, "%s µs/story, one thread: read+extract %.0f, write XLIFF %.0f (extract %.0f);"
          + " read XLIFF %.0f, merge %.0f (merge --no-checks %.0f), checks %.0f; Okapi extract %.0f (%.1f× ours;"
          + " the checks %.2f× it, target ≤ 0.35×)%n",
          r == 0 ? "warm-up" : "run " + r, read / 1e3 / n, write / 1e3 / n, (read + write) / 1e3 / n, parse / 1e3 / n,
          merge / 1e3 / n, (read + parse + merge) / 1e3 / n, check / 1e3 / n, okapi / 1e3 / n,
          okapi / (double) (read + write), check / (double) okapi);
    }
  }

  static void row(String what, double perSecond, double okapi) {
    System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f× |%n", what, perSecond, perSecond / okapi);
  }

  interface Body {
    void run() throws Exception;
  }

  /** One warm-up run, then {@code runs} timed: prints each; returns the mean stories/s. */
  static double time(String what, int items, int runs, Body body) throws Exception {
    return time(what, items, runs, () -> {}, body);
  }

  /** Runs of a steady-state figure: at least two windows, at most this many runs in all. */
  static final int STEADY_WINDOW = 3;
  static final int STEADY_MAX = 15;

  /**
   * The steady state, after the JIT's warm-up, by one rule for localize's rows and Okapi's alike:
   * the fastest {@value #STEADY_WINDOW} consecutive runs (the mean of a sliding window; the machine's
   * noise only ever adds time), run until that best window has not improved by 5% over the last
   * {@value #STEADY_WINDOW} runs, at most {@value #STEADY_MAX} runs. {@link #time} gives the first
   * runs, which a batch started once meets; this, what the code costs once compiled.
   */
  static double steady(String what, int items, Body setup, Body body) throws Exception {
    List<Double> each = new ArrayList<>();
    List<Double> best = new ArrayList<>(); // best.get(i): the best window among those ending at runs up to i
    while (each.size() < STEADY_MAX) {
      setup.run();
      long t = System.nanoTime();
      body.run();
      each.add((System.nanoTime() - t) / 1e9);
      int n = each.size();
      double window = n < STEADY_WINDOW ? Double.MAX_VALUE : mean(each.subList(n - STEADY_WINDOW, n));
      best.add(n == 1 ? window : Math.min(window, best.get(n - 2)));
      if (n >= 2 * STEADY_WINDOW && best.get(n - 1) >= 0.95 * best.get(n - 1 - STEADY_WINDOW)) {
        break;
      }
    }
    boolean settled = each.size() < STEADY_MAX;
    double fastest = best.get(best.size() - 1);
    System.out.printf(Locale.ROOT, "%-48s %6.0f stories/s (steady%s: the best %d runs in a row of %d: %s s)%n", what,
        items / fastest, settled ? "" : ", still improving at the limit", STEADY_WINDOW, each.size(),
        each.stream().map(x -> String.valueOf(Math.round(x * 1000) / 1000.0)).toList());
    return items / fastest;
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** As above, with {@code setup} run untimed before each run (to remove the outputs of the last one). */
  static double time(String what, int items, int runs, Body setup, Body body) throws Exception {
    setup.run();
    body.run();
    double total = 0;
    double[] each = new double[runs];
    for (int i = 0; i < runs; i++) {
      setup.run();
      long t = System.nanoTime();
      body.run();
      each[i] = (System.nanoTime() - t) / 1e9;
      total += each[i];
    }
    double mean = total / runs;
    System.out.printf(Locale.ROOT, "%-48s %6.0f stories/s (mean of %d: %s s)%n", what, items / mean, runs,
        Arrays.toString(Arrays.stream(each).map(x -> Math.round(x * 1000) / 1000.0).toArray()));
    return items / mean;
  }

  static void cli(String... args) {
    int code = Main.run(args, NULL, NULL);
    if (code > 1 || code == 1 && !args[0].equals("validate")) { // validate: 1 is findings, a result
      throw new IllegalStateException("localize " + String.join(" ", args) + " exited " + code);
    }
  }

  interface Job {
    void run(Path p) throws Exception;
  }

  static void parallel(List<Path> files, Job job) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (Path f : files) {
        fs.add(pool.submit(() -> {
          job.run(f);
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Writes NAME.en-ru.xlf beside each story, translated: each unit's target is the same unit of the
   * reference translation (corpus/reference/...), state translated, as a translator's file would be.
   */
  static void translate(Path corpus, List<Path> files) throws Exception {
    parallel(files, f -> Files.write(sibling(f, ".en-ru.xlf"), translated(corpus, f)));
  }

  static byte[] translated(Path corpus, Path story) {
    Extraction ex = Localizer.read(story, null);
    Extraction ref = Localizer.read(corpus.resolve("reference").resolve(corpus.relativize(story)), null);
    java.util.Map<String, Unit> byId = new java.util.HashMap<>();
    for (Unit u : ref.units()) {
      byId.put(u.id(), u);
    }
    List<TranslationFile.Entry> entries = new ArrayList<>();
    for (Unit u : ex.units()) {
      Unit t = byId.get(u.id());
      entries.add(new TranslationFile.Entry(u, t == null ? Pseudo.translate(u.source(), u.format(), "ru") : t.source(), "translated"));
    }
    return Localizer.toXliff(new TranslationFile(story.getFileName().toString(), ex.storyId(), "en", "ru", entries),
        XliffOptions.DEFAULTS);
  }

  /** Removes each story's {@code SUFFIX} sibling (the outputs of the last run), so every run writes new files. */
  static void remove(List<Path> files, String suffix) throws IOException {
    for (Path f : files) {
      Files.deleteIfExists(sibling(f, suffix));
    }
  }

  /** {@code story-0001.en.json} → {@code story-0001SUFFIX}. */
  static Path sibling(Path story, String suffix) {
    String name = story.getFileName().toString();
    return story.resolveSibling(name.substring(0, name.length() - ".en.json".length()) + suffix);
  }

  /** The checks alone (Validation.check) on the example's translation, all cores (was ThroughputTest). */
  static double checksOnly(Path root, int runs) throws Exception {
    Path ex = root.resolve("examples/pyongyang-visit");
    Extraction source = Localizer.read(ex.resolve("story.en.json"), null);
    List<TextPair> pairs = Pairs.of(source, StoryReader.read(ex.resolve("story.ru.json")));
    Validation v = Validation.load(null, List.of());
    var published = Validation.published(source.published());
    int threads = Runtime.getRuntime().availableProcessors();
    int per = 2000;
    return time("checks only (example story, Validation.check)", threads * per, runs, () -> {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(pool.submit(() -> {
          for (int i = 0; i < per; i++) {
            v.check(pairs, "en", "ru", published, List.of());
          }
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      pool.shutdown();
    });
  }

  /** The live blog, in this (child) JVM: extract and merge, the first run and the mean of 3 more. */
  static void live(Path blog) throws Exception {
    String b = blog.toString();
    // a translated XLIFF of an earlier run would (rightly) stop extract from replacing it
    Files.deleteIfExists(sibling(blog, ".en-ru.xlf"));
    Files.deleteIfExists(sibling(blog, ".ru.json"));
    double[] ex = repeat(() -> Files.deleteIfExists(sibling(blog, ".en-ru.xlf")), () -> cli("extract", b, "--target", "ru"));
    Files.write(sibling(blog, ".en-ru.xlf"), translated(blog.getParent().getParent(), blog));
    double[] mg = repeat(() -> Files.deleteIfExists(sibling(blog, ".ru.json")),
        () -> cli("merge", b, sibling(blog, ".en-ru.xlf").toString(), "--quiet"));
    System.out.printf(Locale.ROOT, "extract %.2f s first, %.2f s warm; merge %.2f s first, %.2f s warm; peak heap %.0f MB"
        + " of %d MB%n", ex[0], ex[1], mg[0], mg[1], peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() >> 20);
  }

  static double[] repeat(Body body) throws Exception {
    return repeat(() -> {}, body);
  }

  /** The first run and the mean of 3 more, {@code setup} untimed before each. */
  static double[] repeat(Body setup, Body body) throws Exception {
    setup.run();
    long t = System.nanoTime();
    body.run();
    double first = (System.nanoTime() - t) / 1e9;
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      setup.run();
      t = System.nanoTime();
      body.run();
      sum += (System.nanoTime() - t) / 1e9;
    }
    return new double[] {first, sum / 3};
  }

  static String[] child(Path root, Path blog) throws Exception {
    String[] capped = child(blog, "256m");
    if (capped[0].startsWith("FAILED")) { // still give the times, with the heap it needed
      String first = capped[0].lines().findFirst().orElse("");
      return new String[] {first, "with -Xmx1g: " + child(blog, "1g")[0]};
    }
    return capped;
  }

  static String[] child(Path blog, String heap) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        Bench.class.getName(), "live", blog.toString()).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    int code = p.waitFor();
    return new String[] {code == 0 ? text : "FAILED (exit " + code + "): " + text};
  }

  /** Sorted wall seconds of cold extract, merge and validate of the example, each in fresh JVMs. */
  record Cold(double[] extract, double[] merge, double[] validate) {
    static double median(double[] t) {
      return t[t.length / 2];
    }

    /** The three rows and the ratios to extract (issue 18: merge and validate within 1.6× of extract). */
    List<String> lines() {
      List<String> out = new java.util.ArrayList<>();
      out.add(line("extract", extract));
      out.add(line("merge", merge));
      out.add(line("validate", validate));
      out.add(String.format(Locale.ROOT, "cold ratios (medians): merge/extract %.2f×, validate/extract %.2f× (target ≤ 1.6×)",
          median(merge) / median(extract), median(validate) / median(extract)));
      return out;
    }

    private static String line(String what, double[] t) {
      return String.format(Locale.ROOT, "cold single-story bin/localize %s (fresh JVM each, AppCDS archive made by"
          + " the launcher beforehand): median %.3f s, min %.3f s, max %.3f s over %d runs", what, median(t), t[0],
          t[t.length - 1], t.length);
    }
  }

  /**
   * {@code bin/localize} extract, merge (the example's XLIFF, into a temporary file) and validate (the
   * example's translation against its source) of the example story, a fresh JVM each time, {@code n}
   * times each, interleaved so that a change in the machine's load touches all three alike.
   */
  static Cold cold(Path root, int n) throws Exception {
    Path launcher = root.resolve("bin/localize");
    Path example = root.resolve("examples/pyongyang-visit");
    String story = example.resolve("story.en.json").toString();
    Path dir = Files.createTempDirectory("cold");
    List<String> extract = List.of(launcher.toString(), "extract", story, "--target", "ru", "-o",
        dir.resolve("x.xlf").toString());
    List<String> merge = List.of(launcher.toString(), "merge", story, example.resolve("story.en-ru.xlf").toString(),
        "-o", dir.resolve("m.ru.json").toString(), "--force");
    List<String> validate = List.of(launcher.toString(), "validate", example.resolve("story.ru.json").toString(),
        "--source", story);
    try {
      run(extract); // builds the jar if needed and records the CDS archive (the launcher's first run)
      run(merge);
      run(validate);
      double[][] t = new double[3][n];
      List<List<String>> cmds = List.of(extract, merge, validate);
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < 3; c++) {
          long s = System.nanoTime();
          run(cmds.get(c));
          t[c][i] = (System.nanoTime() - s) / 1e9;
        }
      }
      for (double[] a : t) {
        Arrays.sort(a);
      }
      return new Cold(t[0], t[1], t[2]);
    } finally {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /**
   * The live blog's merge as a user runs it: the whole {@code bin/localize merge} process, fresh
   * each time, its heap capped at 256 MB, {@code n} times (the translated XLIFF the child JVM of
   * {@link #child} left beside the blog), after the launcher has its start-up archive for the jar.
   * The median and the range, in seconds.
   */
  static String liveProcess(Path root, Path blog, int n) throws Exception {
    Path out = Files.createTempFile("live", ".ru.json");
    try {
      List<String> merge = List.of(root.resolve("bin/localize").toString(), "merge", blog.toString(),
          sibling(blog, ".en-ru.xlf").toString(), "-o", out.toString(), "--force", "--quiet");
      // the launcher records its start-up archive once for a new jar (a first run after each build
      // or install): not a run of the merge, so done before the timed ones
      run(List.of(root.resolve("bin/localize").toString(), "--version"));
      double[] t = new double[n];
      for (int i = 0; i < n; i++) {
        ProcessBuilder pb = new ProcessBuilder(merge).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LOCALIZE_JAVA_OPTS", "-Xmx256m");
        long s = System.nanoTime();
        Process p = pb.start();
        if (p.waitFor() != 0) {
          throw new IllegalStateException(merge + " exited " + p.exitValue());
        }
        t[i] = (System.nanoTime() - s) / 1e9;
      }
      Arrays.sort(t);
      return String.format(Locale.ROOT, "live blog merge, whole bin/localize process (fresh JVM each, -Xmx256m, as a user"
          + " runs it): median %.2f s, min %.2f s, max %.2f s over %d runs", t[n / 2], t[0], t[n - 1], n);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /**
   * What the checks build before their first unit in a cold en→ru run, piece by piece on one thread
   * ({@link org.localize.check.ColdParts}), each run in a fresh JVM with the launcher's flags and its
   * start-up archive: the median of {@code runs} runs per piece, in milliseconds.
   */
  static List<String> coldParts(Path root, int runs) throws Exception {
    run(List.of(root.resolve("bin/localize").toString(), "--version")); // builds the jar and the archive if needed
    Path home = root.toRealPath();
    Path jar = home.resolve("target/localize.jar");
    Path archive = home.resolve("target/localize.jsa");
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    String classes = Path.of(org.localize.check.ColdParts.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
    List<String> cmd = new ArrayList<>(List.of(javaBin, "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
        "-Xshare:auto"));
    if (Files.isRegularFile(archive)) {
      cmd.add("-XX:SharedArchiveFile=" + archive);
    }
    cmd.addAll(List.of("-cp", jar + java.io.File.pathSeparator + classes, "org.localize.check.ColdParts", "en", "ru"));
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (int i = 0; i < Math.max(1, runs); i++) {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(cmd + " exited " + p.exitValue());
      }
      for (String line : out.split("\n")) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          times.computeIfAbsent(line.substring(tab + 1), k -> new ArrayList<>()).add(Double.parseDouble(line.substring(0, tab)));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "what the checks build before their first unit, cold, en→ru, one thread (fresh JVM"
        + " each, the launcher's flags%s), median of %d runs:", Files.isRegularFile(archive) ? " and start-up archive" : "",
        Math.max(1, runs)));
    lines.add("");
    lines.add("| piece | ms |");
    lines.add("|---|---:|");
    times.forEach((what, ms) -> {
      List<Double> sorted = new ArrayList<>(ms);
      sorted.sort(null);
      lines.add(String.format(Locale.ROOT, "| %s | %.1f |", what, sorted.get((sorted.size() - 1) / 2)));
    });
    return lines;
  }

  static void run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(cmd + " exited " + p.exitValue());
    }
  }

  static List<Path> stories(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".en.json")).sorted().toList();
    }
  }

  static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b2) -> b2.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
