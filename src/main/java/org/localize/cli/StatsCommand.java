package org.localize.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.localize.Localizer;
import org.localize.Updates;
import org.localize.diag.LocalizeException;
import org.localize.merge.Merger;
import org.localize.story.Extraction;
import org.localize.tm.Analysis;
import org.localize.tm.Leverage;
import org.localize.tm.Memory;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    header = "Count the words and characters to translate, per category and kind.",
    description = {
      "Words and characters to translate, per category (new, changed, exact, TM exact, fuzzy bands, repeated) and per unit kind: what a translator's quote is based on.",
      "",
      "Folders and quoted globs give a table per file, then the total of the batch (--previous belongs to one story)."
    })
final class StatsCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "STORY.json|FILE.xlf|FOLDER|GLOB",
      description = "a story, or an XLIFF file (1.2 or 2.x); - for standard input (told by its content); or folders and quoted globs of them, for a batch")
  List<String> inputs;

  @Option(names = {"-q", "--quiet"}, description = Main.QUIET + "; in a batch, the total alone, without a table per file")
  boolean quiet;

  @Option(names = {"-t", "--target"}, paramLabel = "LOCALE", description = "the target locale (needed with --tm for a story)")
  String target;

  @Option(names = "--previous", paramLabel = "OLD.xlf", description = "the XLIFF of the story's previous version")
  Path previous;

  @Option(names = "--tm", paramLabel = "MEMORY.tmx", description = "a translation memory (TMX)")
  Path tm;

  @Option(names = "--fuzzy", paramLabel = "N", defaultValue = "75", description = "the lowest fuzzy score counted (default: ${DEFAULT-VALUE})")
  int fuzzy;

  @Option(names = "--source-locale", paramLabel = "LOCALE", description = "the story's locale, if it does not say or says wrong")
  String sourceLocale;

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = Main.PROFILE)
  String profile;

  @Option(names = "--allow-duplicate-keys", description = Main.DUPLICATE_KEYS)
  boolean allowDuplicateKeys;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  @ParentCommand Main main;

  /** One file's analysis. */
  private record Stats(InputFile input, String src, String tgt, Analysis.Report report) {}

  @Override
  public Integer call() {
    memories = tm == null ? null : new MemoryOnce(tm);
    boolean json = Output.isJson(format);
    String tgt = target == null ? null : Localizer.canonicalLocale(target, "--target");
    if (inputs.size() == 1 && !org.localize.batch.Inputs.isBatch(inputs)) {
      Stats s = one(InputFile.of(inputs.get(0), main, "the story or XLIFF counted"), tgt);
      main.out.print(json ? Output.json(json(s)) : text(s));
      main.out.flush();
      return Main.OK;
    }
    if (inputs.stream().anyMatch(StandardInput::is)) {
      throw LocalizeException.usage("standard input (-) is one story or XLIFF file: count it alone");
    }
    if (previous != null) {
      throw LocalizeException.usage("--previous belongs to one story; run stats --previous per story");
    }
    String src = sourceLocale == null ? null : Localizer.canonicalLocale(sourceLocale, "--source-locale");
    List<String> tgts = tgt == null ? List.of() : List.of(tgt);
    // a folder gives its stories (the XLIFF beside them would count the same units twice); a glob may give XLIFF
    List<Path> files = Sources.choose(inputs, org.localize.batch.Inputs.expand(inputs, p -> ExtractCommand.isStory(p, src, tgts),
        p -> Checking.isXliff(p) || ExtractCommand.isStory(p, src, tgts)), src, profile, quiet ? null : main.err).stories();
    Stats[] done = new Stats[files.size()];
    java.util.Map<Path, Integer> place = new java.util.HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      place.put(files.get(i), i);
    }
    int code = BatchRun.run(main, "stats", "file", "files", files, file -> BatchRun.capture(file.toString(), quiet, (out, err) -> {
      Stats s = one(InputFile.of(file, "the story or XLIFF counted"), tgt);
      done[place.get(file)] = s;
      if (!json && !quiet) {
        out.print("== " + file + "\n" + text(s) + "\n");
      }
      return Main.OK;
    }), quiet);
    List<Stats> all = java.util.Arrays.stream(done).filter(java.util.Objects::nonNull).toList();
    Analysis.Report total = Analysis.sum(all.stream().map(Stats::report).toList());
    String srcs = String.join(", ", all.stream().map(Stats::src).distinct().toList());
    String tgtsSeen = String.join(", ", all.stream().map(Stats::tgt).filter(java.util.Objects::nonNull).distinct().toList());
    if (json) {
      ObjectNode root = Output.mapper().createObjectNode();
      ArrayNode list = root.putArray("files");
      all.forEach(s -> list.add(json(s)));
      ObjectNode sum = root.putObject("total");
      sum.put("files", all.size());
      report(sum, total);
      main.out.print(Output.json(root));
    } else {
      StringBuilder sb = new StringBuilder();
      sb.append("total of ").append(all.size()).append(all.size() == 1 ? " file" : " files").append(": ").append(srcs)
          .append(tgtsSeen.isEmpty() ? "" : " → " + tgtsSeen).append('\n');
      tables(sb, total);
      main.out.print(sb);
    }
    main.out.flush();
    return code;
  }

  /** The --tm memory, read once for a batch; null without --tm. */
  private MemoryOnce memories;

  private Stats one(InputFile input, String tgtOption) {
    String tgt = tgtOption;
    boolean isXliff = !input.isJson();
    List<Unit> units;
    String src;
    Set<String> translated = null;
    String storyId;
    if (isXliff) {
      XliffDocument doc = input.xliff();
      src = sourceLocale != null ? Localizer.canonicalLocale(sourceLocale, "--source-locale")
          : Localizer.canonicalLocale(doc.sourceLocale() == null ? "und" : doc.sourceLocale(), "the XLIFF's source-language");
      tgt = tgt != null ? tgt : Localizer.canonicalLocale(doc.targetLocale(), "the XLIFF's target-language");
      units = new java.util.ArrayList<>();
      translated = new HashSet<>();
      for (XliffUnit u : doc.units()) {
        String pointer = u.resname() == null || u.resname().isEmpty() ? u.id() : u.resname();
        units.add(new Unit(u.id(), u.kind() == null ? "unit" : u.kind(), TextFormat.TEXT, u.source(), List.of(pointer), List.of(), 0));
        if (Merger.level(u, u.source()) > 0) {
          translated.add(u.id());
        }
      }
      storyId = doc.storyId();
    } else {
      Extraction ex = input.story(profile, allowDuplicateKeys);
      src = Localizer.sourceLocale(ex, sourceLocale);
      units = ex.units();
      storyId = ex.storyId();
    }
    List<Leverage.Result> results = null;
    if (previous != null || tm != null) {
      XliffDocument old = null;
      if (previous != null) {
        old = Localizer.readXliff(previous);
        tgt = tgt != null ? tgt : Localizer.canonicalLocale(old.targetLocale(), "the previous XLIFF's target-language");
        old = Updates.readPrevious(previous, storyId, input.name(), src, tgt);
      }
      if (tgt == null) {
        throw LocalizeException.usage("--tm: give the target locale with --target");
      }
      Memory memory = memories == null ? null : memories.get(src);
      Leverage leverage = Updates.leverage(storyId, src, tgt, previous, old, tm, memory, fuzzy);
      results = leverage.apply(units);
    }
    return new Stats(input, src, tgt, Analysis.analyse(units, results, translated, src, fuzzy));
  }

  private static String text(Stats s) {
    StringBuilder sb = new StringBuilder();
    sb.append(s.input().fileName()).append(": ").append(s.src()).append(s.tgt() == null ? "" : " → " + s.tgt()).append('\n');
    tables(sb, s.report());
    return sb.toString();
  }

  private static void tables(StringBuilder sb, Analysis.Report r) {
    table(sb, "category", r.categories(), r.total());
    sb.append('\n');
    table(sb, "kind", r.kinds(), null);
  }

  private static void table(StringBuilder sb, String title, Map<String, Analysis.Counts> rows, Analysis.Counts total) {
    String fmt = "%-16s %6s %7s %10s%n";
    sb.append(String.format(Locale.ROOT, fmt, title, "units", "words", "characters"));
    for (Map.Entry<String, Analysis.Counts> e : rows.entrySet()) {
      Analysis.Counts c = e.getValue();
      sb.append(String.format(Locale.ROOT, fmt, e.getKey(), c.units(), c.words(), c.characters()));
    }
    if (total != null) {
      sb.append(String.format(Locale.ROOT, fmt, "total", total.units(), total.words(), total.characters()));
    }
  }

  private static ObjectNode json(Stats s) {
    ObjectNode root = Output.mapper().createObjectNode();
    root.put("file", s.input().name());
    root.put("sourceLocale", s.src());
    root.put("targetLocale", s.tgt());
    report(root, s.report());
    ArrayNode units = root.putArray("units");
    for (Analysis.Row row : s.report().units()) {
      ObjectNode u = units.addObject();
      u.put("id", row.id());
      u.put("kind", row.kind());
      u.put("category", row.category());
      u.put("score", row.score());
      u.put("places", row.places());
      u.put("words", row.words());
      u.put("characters", row.characters());
    }
    return root;
  }

  private static void report(ObjectNode node, Analysis.Report r) {
    ObjectNode categories = node.putObject("categories");
    r.categories().forEach((k, c) -> counts(categories.putObject(k), c));
    ObjectNode kinds = node.putObject("kinds");
    r.kinds().forEach((k, c) -> counts(kinds.putObject(k), c));
    counts(node.putObject("total"), r.total());
  }

  private static void counts(ObjectNode node, Analysis.Counts c) {
    node.put("units", c.units());
    node.put("words", c.words());
    node.put("characters", c.characters());
  }
}
