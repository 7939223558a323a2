package org.localize.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.localize.Localizer;
import org.localize.Pairs;
import org.localize.Validation;
import org.localize.bench.accuracy.Runner.Outcome;
import org.localize.bench.accuracy.Scoring.Expected;
import org.localize.bench.accuracy.Scoring.Recall;
import org.localize.bench.accuracy.Scoring.Verdict;
import org.localize.diag.Finding;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;
import org.localize.diag.Severity;
import org.localize.locale.LocaleTags;
import org.localize.story.Extraction;
import org.localize.story.Extractor;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.unit.TextPair;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The accuracy benchmark (issues 13 and 14): {@code localize validate}'s checks, through the same
 * library calls the command makes, over three sets of real or carefully written translations.
 *
 * <ul>
 *   <li>{@code real}: ../shared/eval/real, professional translations with a faulty copy each;
 *   <li>{@code corpus}: bench/accuracy-corpus, the project's newsroom translations, same shape;
 *   <li>{@code wmt21}: ../shared/eval/wmt21, every document of every pair, professional translations.
 * </ul>
 *
 * <p>For the first two: errors per check family on each clean translation, and recall on the faulty
 * copy ({@link Scoring}). For wmt21: errors and warnings per family, crashes, documents over the
 * time budget. One table per set, a row per pair. It measures; it is not a gate: exit 0 when it ran.
 * Run by {@code bench/accuracy}; the figures and how to read them are in docs/accuracy.md.
 */
@Command(name = "bench/accuracy", sortOptions = false,
    description = "Measures validate's accuracy: errors on clean and professional translations, recall on injected"
        + " errors, crashes and slow documents. Prints one table per set, a row per language pair. Exit 0 when it"
        + " ran, 2 for a usage error, 3 when the findings file could not be written. See docs/accuracy.md.")
public final class Accuracy implements Callable<Integer> {
  static final List<String> ORDER = List.of("en-ru", "ru-en", "en-uk", "en-de", "en-pl", "en-fr", "en-ja", "en-zh",
      "de-en", "en-cs", "cs-en", "ja-en", "de-fr", "fr-de", "en-is", "is-en");
  static final List<String> SETS = List.of("real", "corpus", "wmt21");
  private static final Pattern SOURCE = Pattern.compile("story\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.json");
  private static final Pattern TARGET = Pattern.compile("story\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.clean\\.json");
  private static final Pattern PAIR_DIR = Pattern.compile("[a-z]{2,3}-[a-z]{2,3}");

  @Option(names = "--sets", split = ",", paramLabel = "SET",
      description = "the sets to run: real, corpus, wmt21 (default: all three)")
  List<String> sets = new ArrayList<>(SETS);

  @Option(names = "--pairs", split = ",", paramLabel = "SRC-TGT",
      description = "only these language pairs, e.g. en-ru,de-fr (default: all)")
  List<String> pairs = new ArrayList<>();

  @Option(names = "--findings", paramLabel = "FILE",
      description = "write every error on a clean or professional translation, every crash and slow document, "
          + "and every injected error missed, to FILE as JSON")
  Path findings;

  @Option(names = "--details",
      description = "real and corpus: list each error on a clean translation and each injected error missed, under the table")
  boolean details;

  @Option(names = "--budget", paramLabel = "SECS", defaultValue = "10",
      description = "CPU seconds a document may take before it counts as slow and is given up (default: ${DEFAULT-VALUE})")
  double budget;

  @Option(names = "--threads", paramLabel = "N", description = "documents checked at once (default: the cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "wmt21: documents per pair, evenly spread over each pair (default: 0, all)")
  int limit;

  @Option(names = "--eval", paramLabel = "DIR", description = "the shared eval folder (default: ../shared/eval beside the checkout)")
  Path eval;

  @Option(names = "--corpus", paramLabel = "DIR", description = "the project's corpus (default: bench/accuracy-corpus)")
  Path corpus;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Option(names = "--root", paramLabel = "DIR", hidden = true, defaultValue = ".")
  Path root;

  private final PrintStream out;
  private final List<Map<String, Object>> errorsOut = new ArrayList<>();
  private final List<Map<String, Object>> failuresOut = new ArrayList<>();
  private final List<Map<String, Object>> missedOut = new ArrayList<>();
  private final List<Map<String, Object>> strayOut = new ArrayList<>();
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final Set<String> seenPairs = new HashSet<>();

  Accuracy(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CommandLine cl = new CommandLine(new Accuracy(out));
    int rc = cl.execute(args);
    System.exit(rc);
  }

  @Override
  public Integer call() throws Exception {
    root = root.toAbsolutePath().normalize();
    Path evalDir = eval != null ? eval : root.resolveSibling("shared").resolve("eval");
    Path corpusDir = corpus != null ? corpus : root.resolve("bench/accuracy-corpus");
    for (String s : sets) {
      if (!SETS.contains(s)) {
        System.err.println("bench/accuracy: no such set: " + s + " (have: " + String.join(", ", SETS) + ")");
        return 2;
      }
    }
    if (findings != null) {
      Path parent = findings.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        System.err.println("bench/accuracy: --findings " + findings + ": no such folder " + parent);
        return 2;
      }
    }
    if (budget < 0 || threads < 1 || limit < 0) {
      System.err.println("bench/accuracy: --budget, --threads and --limit must not be negative (--threads at least 1)");
      return 2;
    }
    out.printf(Locale.ROOT, "accuracy: %d threads, budget %.0f s CPU per document, %s %s%n", threads, budget,
        System.getProperty("java.vm.name"), System.getProperty("java.version"));
    Runner runner = new Runner(threads, budget);
    int ran = 0;
    for (String s : SETS) {
      if (!sets.contains(s)) {
        continue;
      }
      Path dir = switch (s) {
        case "real" -> evalDir.resolve("real");
        case "corpus" -> corpusDir;
        default -> evalDir.resolve("wmt21");
      };
      if (!Files.isDirectory(dir)) {
        out.printf("%n## %s: %s not found, skipped (give --eval DIR or --corpus DIR)%n", s, dir);
        continue;
      }
      if (s.equals("wmt21")) {
        ran += wmt21(runner, dir) ? 1 : 0;
      } else {
        ran += cases(runner, s, dir) ? 1 : 0;
      }
    }
    for (String p : pairs) {
      if (!seenPairs.contains(p)) {
        System.err.println("bench/accuracy: no case or document of the pair " + p + " in the sets run");
      }
    }
    if (findings != null) {
      try {
        writeFindings();
      } catch (IOException e) {
        System.err.println("bench/accuracy: cannot write " + findings + ": " + e);
        return 3; // as localize's exit codes: 3 for an I/O failure
      }
    }
    if (runner.stillRunning() > 0) {
      out.printf("(%d documents given up as slow were still running at the end)%n", runner.stillRunning());
    }
    if (ran == 0) {
      System.err.println("bench/accuracy: no set ran");
      return 2;
    }
    return 0;
  }

  // ---------------------------------------------------------------------------------------------
  // what one document gives

  /** A translation checked: its pairs (source and target strings) and findings, and its locales. */
  record Checked(List<TextPair> pairs, List<Finding> findings, String source, String target) {
    TextPair at(String unit) {
      for (TextPair p : pairs) {
        if (p.pointer().equals(unit)) {
          return p;
        }
      }
      return null;
    }
  }

  /** validate's path for a story (cli Checking.run): extract the source, pair it with the target, check. */
  static Checked check(Validation validation, Path source, Path target, List<String> disabled) {
    Extraction ex = Localizer.read(source, null);
    StoryDocument translated = StoryReader.read(target);
    List<TextPair> pairs = Pairs.of(ex, translated);
    String src = Localizer.sourceLocale(ex, null);
    String declared = Extractor.declaredLocale(translated, ex.profile());
    if (declared == null) {
      throw LocalizeException.input(target.toString(), "", "the translation does not say its locale");
    }
    String tgt = LocaleTags.canonical(declared);
    List<Finding> findings = validation.check(pairs, src, tgt, Validation.published(ex.published()), disabled);
    return new Checked(pairs, findings, src, tgt);
  }

  // ---------------------------------------------------------------------------------------------
  // sets of cases: a clean translation, a faulty copy and expected.json per folder

  record Case(String name, String pair, Path source, Path clean, Path faulty, List<Expected> expected) {}

  private boolean cases(Runner runner, String set, Path dir) throws Exception {
    long t0 = System.nanoTime();
    List<Case> all = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
        try {
          Case c = readCase(d);
          if (c != null) {
            seenPairs.add(c.pair());
          }
          if (c != null && (pairs.isEmpty() || pairs.contains(c.pair()))) {
            all.add(c);
          }
        } catch (IOException | IllegalArgumentException e) {
          problems.add(d.getFileName() + ": " + e.getMessage());
        }
      }
    }
    List<Path> glossaries = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".tbx")).sorted().forEach(glossaries::add);
    }
    out.printf("%n## %s: %s (%d cases; glossary %s)%n%n", set, dir, all.size(),
        glossaries.isEmpty() ? "none" : glossaries.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
    for (String p : problems) {
      out.println("skipped " + p);
    }
    if (all.isEmpty()) {
      return false;
    }
    Validation validation;
    try {
      validation = Validation.load(null, glossaries);
    } catch (LocalizeException e) {
      out.println("cannot load the glossary: " + describe(e));
      return false;
    }
    List<Callable<Checked>> work = new ArrayList<>();
    for (Case c : all) {
      work.add(() -> check(validation, c.source(), c.clean(), List.of()));
      work.add(() -> check(validation, c.source(), c.faulty(), List.of()));
    }
    List<Outcome<Checked>> done = runner.run(work);

    Map<String, Row> rows = new TreeMap<>(Accuracy::byOrder);
    for (int i = 0; i < all.size(); i++) {
      Case c = all.get(i);
      Row r = rows.computeIfAbsent(c.pair(), k -> new Row());
      Outcome<Checked> clean = done.get(2 * i);
      Outcome<Checked> faulty = done.get(2 * i + 1);
      r.docs++;
      boolean cleanOk = counted(set, c.pair(), c.name(), "clean", c.clean(), clean, r);
      boolean faultyOk = counted(set, c.pair(), c.name(), "faulty", c.faulty(), faulty, r);
      Checked ck = cleanOk ? clean.value() : null;
      if (ck != null) {
        r.units += ck.pairs().size();
        tally(r, ck.findings());
        for (Finding f : ck.findings()) {
          if (f.severity() == Severity.ERROR) {
            errorsOut.add(finding(set, c.pair(), c.name(), ck, f));
          }
        }
      }
      if (!faultyOk) { // a crash or a give-up catches nothing: every injected error counts as missed
        for (Expected e : c.expected()) {
          Verdict v = new Verdict(e, false, false, List.of());
          r.recall.add(v);
          missedOut.add(missed(set, c, v, null, null));
        }
        continue;
      }
      Checked fk = faulty.value();
      // without the clean text's findings (it crashed), every finding on the faulty copy is new
      List<Finding> fresh = Scoring.fresh(ck == null ? List.of() : ck.findings(), fk.findings());
      for (Verdict v : Scoring.judge(c.expected(), fresh)) {
        r.recall.add(v);
        if (!v.byError()) {
          missedOut.add(missed(set, c, v, ck, fk));
        }
      }
      for (Finding f : Scoring.stray(c.expected(), fresh)) {
        r.stray++;
        strayOut.add(finding(set, c.pair(), c.name(), fk, f));
      }
    }
    Row total = new Row();
    rows.values().forEach(total::add);
    printCases(set, rows, total);
    failures(set);
    if (details) {
      details(set);
    }
    out.printf(Locale.ROOT, "%n%s: %.1f s%n", set, (System.nanoTime() - t0) / 1e9);
    figures.put(set, summary(rows, total));
    return true;
  }

  /** The case in folder {@code d}, or null when it is not one (no clean translation). */
  static Case readCase(Path d) throws IOException {
    String src = null;
    String tgt = null;
    try (Stream<Path> s = Files.list(d)) {
      for (Path f : s.sorted().toList()) {
        String n = f.getFileName().toString();
        Matcher m = TARGET.matcher(n);
        if (m.matches()) {
          if (tgt != null) {
            throw new IllegalArgumentException("more than one story.TGT.clean.json");
          }
          tgt = m.group(1);
          continue;
        }
        m = SOURCE.matcher(n);
        if (m.matches()) {
          if (src != null) {
            throw new IllegalArgumentException("more than one source story.SRC.json");
          }
          src = m.group(1);
        }
      }
    }
    if (tgt == null) {
      return null;
    }
    if (src == null) {
      throw new IllegalArgumentException("no source story.SRC.json beside story." + tgt + ".clean.json");
    }
    Path faulty = d.resolve("story." + tgt + ".faulty.json");
    Path expected = d.resolve("expected.json");
    if (!Files.isRegularFile(faulty) || !Files.isRegularFile(expected)) {
      throw new IllegalArgumentException("needs story." + tgt + ".faulty.json and expected.json");
    }
    return new Case(d.getFileName().toString(), lang(src) + "-" + lang(tgt), d.resolve("story." + src + ".json"),
        d.resolve("story." + tgt + ".clean.json"), faulty, readExpected(expected));
  }

  /** expected.json: an array of {unit, families, what}. */
  static List<Expected> readExpected(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(file.getFileName() + " is not a JSON array");
    }
    List<Expected> list = new ArrayList<>();
    int i = 0;
    for (JsonNode e : root) {
      JsonNode unit = e.get("unit");
      JsonNode fams = e.get("families");
      if (unit == null || !unit.isTextual() || fams == null || !fams.isArray() || fams.isEmpty()) {
        throw new IllegalArgumentException(file.getFileName() + " /" + i + ": needs \"unit\" and \"families\"");
      }
      List<String> f = new ArrayList<>();
      fams.forEach(x -> f.add(x.asText()));
      list.add(new Expected(unit.asText(), f, e.path("what").asText("")));
      i++;
    }
    return list;
  }

  private static String lang(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------------------------------------
  // wmt21: every document of every pair

  private boolean wmt21(Runner runner, Path dir) throws Exception {
    long t0 = System.nanoTime();
    List<String> pairDirs;
    try (Stream<Path> s = Files.list(dir)) {
      pairDirs = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> PAIR_DIR.matcher(n).matches()).peek(seenPairs::add)
          .filter(n -> pairs.isEmpty() || pairs.contains(n)).sorted(Accuracy::byOrder).toList();
    }
    Validation validation = Validation.load(null, List.of());
    List<String> disabled = List.of("length.max"); // as wmt21/run: the headline is the first sentence, not a layout
    out.printf("%n## wmt21: %s (%s; every document%s; --disable length.max)%n%n", dir,
        pairDirs.size() + " pairs", limit > 0 ? " up to " + limit + " per pair" : "");
    if (pairDirs.isEmpty()) {
      return false;
    }
    // one batch for all pairs, so that no thread waits at the end of each pair for its slowest document
    List<String[]> docs = new ArrayList<>(); // {pair, name, source locale, target locale}
    for (String pair : pairDirs) {
      String src = pair.substring(0, pair.indexOf('-'));
      String tgt = pair.substring(pair.indexOf('-') + 1);
      for (String n : documents(dir.resolve(pair), src, tgt, limit)) {
        docs.add(new String[] {pair, n, src, tgt});
      }
    }
    List<Callable<Checked>> work = new ArrayList<>();
    for (String[] d : docs) {
      Path folder = dir.resolve(d[0]);
      work.add(() -> check(validation, folder.resolve(d[1] + "." + d[2] + ".json"),
          folder.resolve(d[1] + "." + d[3] + ".json"), disabled));
    }
    List<Outcome<Checked>> done = runner.run(work);
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String pair = docs.get(i)[0];
      String name = docs.get(i)[1];
      Row r = rows.computeIfAbsent(pair, k -> new Row());
      r.docs++;
      r.seconds += done.get(i).cpu();
      Path target = dir.resolve(pair).resolve(name + "." + docs.get(i)[3] + ".json");
      if (!counted("wmt21", pair, name, "reference", target, done.get(i), r)) {
        continue;
      }
      Checked ck = done.get(i).value();
      r.units += ck.pairs().size();
      tally(r, ck.findings());
      for (Finding f : ck.findings()) {
        if (f.severity() == Severity.ERROR) {
          errorsOut.add(finding("wmt21", pair, name, ck, f));
        }
      }
    }
    Row total = new Row();
    rows.values().forEach(total::add);
    printWmt(rows, total);
    failures("wmt21");
    out.printf(Locale.ROOT, "%nwmt21: %.1f s; real-text: %d errors, %d warnings over %d documents in %d pairs%n",
        (System.nanoTime() - t0) / 1e9, total.errors(), total.warnings(), total.docs - total.crashed - total.slow,
        rows.size());
    figures.put("wmt21", summary(rows, total));
    return true;
  }

  /** The document names of a pair folder (NAME.SRC.json with NAME.TGT.json), evenly spread to {@code limit}. */
  static List<String> documents(Path pairDir, String src, String tgt, int limit) throws IOException {
    List<String> names;
    String suffix = "." + src + ".json";
    try (Stream<Path> s = Files.list(pairDir)) {
      names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length()))
          .filter(n -> Files.isRegularFile(pairDir.resolve(n + "." + tgt + ".json"))).sorted().toList();
    }
    if (limit > 0 && names.size() > limit) { // as wmt21/run: evenly spread, so that no outlet fills the sample
      List<String> some = new ArrayList<>();
      for (int i = 0; i < limit; i++) {
        some.add(names.get(i * names.size() / limit));
      }
      return some;
    }
    return names;
  }

  // ---------------------------------------------------------------------------------------------
  // tallies

  /** One row of a table: a pair's counts. */
  static final class Row {
    int docs;
    int units;
    int crashed;
    int slow;
    int infos;
    int stray;
    double seconds; // CPU seconds of the pair's documents
    final Map<String, int[]> perFamily = new LinkedHashMap<>(); // family -> {errors, warnings}
    final Map<String, Integer> topErrors = new TreeMap<>();
    final Recall recall = new Recall();

    Row() {
      for (String f : Scoring.FAMILIES) {
        perFamily.put(f, new int[2]);
      }
    }

    int errors() {
      return perFamily.values().stream().mapToInt(c -> c[0]).sum();
    }

    int warnings() {
      return perFamily.values().stream().mapToInt(c -> c[1]).sum();
    }

    void add(Row o) {
      docs += o.docs;
      units += o.units;
      crashed += o.crashed;
      slow += o.slow;
      infos += o.infos;
      stray += o.stray;
      seconds += o.seconds;
      o.perFamily.forEach((k, v) -> {
        perFamily.get(k)[0] += v[0];
        perFamily.get(k)[1] += v[1];
      });
      o.topErrors.forEach((k, v) -> topErrors.merge(k, v, Integer::sum));
      recall.add(o.recall);
    }

    String top(int n) {
      return topErrors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey())).limit(n).map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", "));
    }
  }

  private static void tally(Row r, List<Finding> findings) {
    for (Finding f : findings) {
      int[] c = r.perFamily.get(Scoring.family(f.check()));
      switch (f.severity()) {
        case ERROR -> {
          c[0]++;
          r.topErrors.merge(f.check(), 1, Integer::sum);
        }
        case WARNING -> c[1]++;
        default -> r.infos++;
      }
    }
  }

  /** True when the document was checked; otherwise counts it as crashed or slow and lists it. */
  private boolean counted(String set, String pair, String doc, String which, Path file, Outcome<Checked> o, Row r) {
    if (o.slow()) {
      r.slow++;
      Map<String, Object> m = failure(set, pair, doc, which, file, "slow");
      m.put("detail", String.format(Locale.ROOT, "given up after %.1f s CPU, %.1f s wall", o.cpu(), o.wall()));
      m.put("job", o);
      failuresOut.add(m);
      return false;
    }
    if (o.crash() != null) {
      r.crashed++;
      Map<String, Object> m = failure(set, pair, doc, which, file, "crash");
      m.put("detail", describe(o.crash()) + (o.crash() instanceof LocalizeException ? "" : " at " + where(o.crash())));
      m.put("trace", trace(o.crash()));
      failuresOut.add(m);
      return false;
    }
    return true;
  }

  private static Map<String, Object> failure(String set, String pair, String doc, String which, Path file, String kind) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("set", set);
    m.put("pair", pair);
    m.put("document", doc);
    m.put("translation", which);
    m.put("file", file.toString());
    m.put("kind", kind);
    return m;
  }

  /** An exception in one line: a localize input error by its problems, anything else by class and message. */
  static String describe(Throwable e) {
    if (e instanceof LocalizeException le) {
      return "input error: " + le.problems().stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** The first frames of a crash, localize's own first: where to look. */
  static List<String> trace(Throwable e) {
    List<String> frames = new ArrayList<>();
    for (StackTraceElement f : e.getStackTrace()) {
      frames.add(f.toString());
      if (frames.size() == 8) {
        break;
      }
    }
    return frames;
  }

  private static String where(Throwable e) {
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("org.localize.") && !f.getClassName().startsWith("org.localize.bench")) {
        return f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName()
            + ":" + f.getLineNumber();
      }
    }
    return e.getStackTrace().length > 0 ? e.getStackTrace()[0].toString() : "?";
  }

  /** Crashes grouped by exception and place, and the slow documents, of one set. */
  private void failures(String set) {
    Map<String, List<String>> crashes = new TreeMap<>();
    List<String> slow = new ArrayList<>();
    for (Map<String, Object> m : failuresOut) {
      if (!m.get("set").equals(set)) {
        continue;
      }
      String doc = m.get("pair") + "/" + m.get("document") + (set.equals("wmt21") ? "" : " (" + m.get("translation") + ")");
      if (m.get("kind").equals("crash")) {
        crashes.computeIfAbsent(String.valueOf(m.get("detail")), k -> new ArrayList<>()).add(doc);
      } else {
        Outcome<?> o = (Outcome<?>) m.get("job");
        double after = o.finishedAfter();
        slow.add(doc + ": " + m.get("detail") + (after >= 0 ? String.format(Locale.ROOT, "; it ended after %.1f s", after) : ""));
      }
    }
    if (!crashes.isEmpty()) {
      out.println();
      out.println("crashes (an exception from the checks; the document is not counted):");
      for (var e : crashes.entrySet()) {
        List<String> docs = e.getValue();
        out.printf("- %d × %s%n  %s%s%n", docs.size(), shorten(e.getKey(), 200),
            String.join(", ", docs.subList(0, Math.min(6, docs.size()))), docs.size() > 6 ? ", …" : "");
      }
    }
    if (!slow.isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "slow (over %.0f s CPU; given up, not counted):%n", budget);
      slow.forEach(s -> out.println("- " + s));
    }
  }

  /** The errors on clean text and the injected errors missed, one line each, for a set of cases. */
  private void details(String set) {
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> m : errorsOut) {
      if (m.get("set").equals(set)) {
        lines.add(String.format("error on clean text: %s %s %s [%s] %s%s", m.get("pair"), m.get("document"), m.get("unit"),
            m.get("check"), m.get("message"), m.containsKey("at") ? " «" + m.get("at") + "»" : ""));
      }
    }
    for (Map<String, Object> m : missedOut) {
      if (m.get("set").equals(set)) {
        lines.add(String.format("missed: %s %s %s %s %s: caught by %s", m.get("pair"), m.get("document"), m.get("unit"),
            m.get("families"), m.get("what"), m.get("caught by")));
      }
    }
    if (!lines.isEmpty()) {
      out.println();
      lines.forEach(out::println);
    }
  }

  private static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n) + "…";
  }

  // ---------------------------------------------------------------------------------------------
  // tables

  private void printCases(String set, Map<String, Row> rows, Row total) {
    out.println("| pair | cases | units | clean: names | dates | numbers | typography | other | errors | warnings"
        + " | injected | caught: names | dates | numbers | all | any finding | stray | crashed | slow |");
    out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    rows.forEach((pair, r) -> out.println(caseRow(pair, r)));
    if (rows.size() > 1) {
      out.println(caseRow("**total**", total));
    }
  }

  private static String caseRow(String pair, Row r) {
    StringBuilder b = new StringBuilder("| " + pair + " | " + r.docs + " | " + r.units);
    for (String f : Scoring.FAMILIES) {
      b.append(" | ").append(r.perFamily.get(f)[0]);
    }
    b.append(" | ").append(r.errors()).append(" | ").append(r.warnings());
    Recall c = r.recall;
    b.append(" | ").append(c.injected);
    for (String f : List.of("names", "dates", "numbers")) {
      b.append(" | ").append(c.of(f));
    }
    b.append(" | ").append(ratio(c.byError, c.injected)).append(" | ").append(ratio(c.byAny, c.injected));
    b.append(" | ").append(r.stray).append(" | ").append(r.crashed).append(" | ").append(r.slow).append(" |");
    return b.toString();
  }

  private static String ratio(int n, int of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%d/%d (%.0f%%)", n, of, 100.0 * n / of);
  }

  private void printWmt(Map<String, Row> rows, Row total) {
    out.println("| pair | docs | units | errors: names | dates | numbers | typography | other | all"
        + " | warnings: names | dates | numbers | typography | other | all | infos | crashed | slow | cpu s | top error checks |");
    out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
    rows.forEach((pair, r) -> out.println(wmtRow(pair, r)));
    out.println(wmtRow("**total**", total));
  }

  private static String wmtRow(String pair, Row r) {
    StringBuilder b = new StringBuilder("| " + pair + " | " + r.docs + " | " + r.units);
    for (String f : Scoring.FAMILIES) {
      b.append(" | ").append(r.perFamily.get(f)[0]);
    }
    b.append(" | ").append(r.errors());
    for (String f : Scoring.FAMILIES) {
      b.append(" | ").append(r.perFamily.get(f)[1]);
    }
    b.append(" | ").append(r.warnings()).append(" | ").append(r.infos).append(" | ").append(r.crashed)
        .append(" | ").append(r.slow).append(" | ").append(String.format(Locale.ROOT, "%.0f", r.seconds))
        .append(" | ").append(r.top(3)).append(" |");
    return b.toString();
  }

  private static int byOrder(String a, String b) {
    int ia = ORDER.indexOf(a);
    int ib = ORDER.indexOf(b);
    if (ia >= 0 && ib >= 0) {
      return Integer.compare(ia, ib);
    }
    if (ia >= 0 || ib >= 0) {
      return ia >= 0 ? -1 : 1;
    }
    return a.compareTo(b);
  }

  // ---------------------------------------------------------------------------------------------
  // the findings file

  private static Map<String, Object> finding(String set, String pair, String doc, Checked ck, Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("set", set);
    m.put("pair", pair);
    m.put("document", doc);
    m.put("unit", f.unit());
    m.put("check", f.check());
    m.put("severity", f.severity().label());
    m.put("message", f.message());
    TextPair p = ck.at(f.unit());
    if (p != null && p.target() != null && f.hasSpan() && f.end() <= p.target().length()) {
      m.put("at", p.target().substring(f.start(), f.end()));
    }
    m.put("source", p == null ? null : p.source());
    m.put("target", p == null ? null : p.target());
    return m;
  }

  private static Map<String, Object> missed(String set, Case c, Verdict v, Checked clean, Checked faulty) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("set", set);
    m.put("pair", c.pair());
    m.put("document", c.name());
    m.put("unit", v.expected().unit());
    m.put("families", v.expected().families());
    m.put("what", v.expected().what());
    if (faulty == null) {
      m.put("caught by", "nothing: the faulty copy crashed or was given up as slow");
      return m;
    }
    m.put("caught by", v.byAny() ? "a warning or info only" : "nothing");
    List<String> onUnit = new ArrayList<>();
    for (Finding f : faulty.findings()) {
      if (f.unit().equals(v.expected().unit())) {
        boolean before = clean != null && clean.findings().stream().anyMatch(g -> g.unit().equals(f.unit())
            && g.check().equals(f.check()) && g.message().equals(f.message()) && g.severity() == f.severity());
        onUnit.add(f.severity().label() + " [" + f.check() + "] " + f.message() + (before ? " (also on the clean text)" : ""));
      }
    }
    m.put("findings on the unit", onUnit);
    TextPair p = faulty.at(v.expected().unit());
    TextPair q = clean == null ? null : clean.at(v.expected().unit());
    m.put("source", p == null ? null : p.source());
    m.put("clean", q == null ? null : q.target());
    m.put("faulty", p == null ? null : p.target());
    return m;
  }

  private Map<String, Object> summary(Map<String, Row> rows, Row total) {
    Map<String, Object> s = new LinkedHashMap<>();
    rows.forEach((k, r) -> s.put(k, rowFigures(r)));
    s.put("total", rowFigures(total));
    return s;
  }

  private static Map<String, Object> rowFigures(Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("documents", r.docs);
    m.put("units", r.units);
    Map<String, Object> e = new LinkedHashMap<>();
    Map<String, Object> w = new LinkedHashMap<>();
    r.perFamily.forEach((k, v) -> {
      e.put(k, v[0]);
      w.put(k, v[1]);
    });
    m.put("errors", e);
    m.put("warnings", w);
    m.put("crashed", r.crashed);
    m.put("slow", r.slow);
    if (r.recall.injected > 0) {
      Map<String, Object> rc = new LinkedHashMap<>();
      rc.put("injected", r.recall.injected);
      rc.put("caught by an error", r.recall.byError);
      rc.put("caught by any finding", r.recall.byAny);
      Map<String, Object> pf = new TreeMap<>();
      r.recall.perFamily.forEach((k, v) -> pf.put(k, v[0] + "/" + v[1]));
      rc.put("per family (by an error)", pf);
      rc.put("stray errors", r.stray);
      m.put("recall", rc);
    }
    return m;
  }

  private void writeFindings() throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("figures", figures);
    doc.put("errors", errorsOut);
    List<Map<String, Object>> fails = new ArrayList<>();
    for (Map<String, Object> m : failuresOut) {
      Map<String, Object> copy = new LinkedHashMap<>(m);
      Object job = copy.remove("job");
      if (job instanceof Outcome<?> o && o.finishedAfter() >= 0) {
        copy.put("ended after seconds", Math.round(o.finishedAfter() * 10) / 10.0);
      }
      fails.add(copy);
    }
    doc.put("failures", fails);
    doc.put("missed", missedOut);
    doc.put("stray", strayOut);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path file = findings.toAbsolutePath();
    Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.write(tmp, json.writeValueAsBytes(doc));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    System.err.printf("bench/accuracy: wrote %d errors, %d failures, %d missed and %d stray errors to %s%n",
        errorsOut.size(), fails.size(), missedOut.size(), strayOut.size(), findings);
  }
}
