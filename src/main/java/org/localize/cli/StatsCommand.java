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
      "Words and characters to translate, per category (new, changed, exact, TM exact, fuzzy bands,",
      "repeated) and per unit kind: what a translator's quote is based on."
    })
final class StatsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "STORY.json|FILE.xlf", description = "a story, or an XLIFF file (1.2 or 2.x)")
  Path input;

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

  @Option(names = "--profile", paramLabel = "NAME|FILE", description = "the story format (default: detected)")
  String profile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    boolean json = switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw LocalizeException.usage("--format: expected text or json, not '" + format + "'");
    };
    boolean isXliff = !input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    List<Unit> units;
    String src;
    String tgt = target == null ? null : Localizer.canonicalLocale(target, "--target");
    Extraction ex = null;
    Set<String> translated = null;
    String storyId;
    if (isXliff) {
      XliffDocument doc = Localizer.readXliff(input);
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
      ex = Localizer.read(input, profile);
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
        old = Updates.readPrevious(previous, storyId, input.toString(), src, tgt);
      }
      if (tgt == null) {
        throw LocalizeException.usage("--tm: give the target locale with --target");
      }
      Memory memory = tm == null ? null : Updates.readMemory(tm, src);
      Leverage leverage = Updates.leverage(storyId, src, tgt, previous, old, tm, memory, fuzzy);
      results = leverage.apply(units);
    }
    Analysis.Report report = Analysis.analyse(units, results, translated, src, fuzzy);
    String out = json ? json(report, src, tgt) : text(report, src, tgt);
    main.out.print(out);
    main.out.flush();
    return Main.OK;
  }

  private String text(Analysis.Report r, String src, String tgt) {
    StringBuilder sb = new StringBuilder();
    sb.append(input.getFileName()).append(": ").append(src).append(tgt == null ? "" : " → " + tgt).append('\n');
    table(sb, "category", r.categories(), r.total());
    sb.append('\n');
    table(sb, "kind", r.kinds(), null);
    return sb.toString();
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

  private String json(Analysis.Report r, String src, String tgt) {
    ObjectNode root = Output.JSON.createObjectNode();
    root.put("file", input.toString());
    root.put("sourceLocale", src);
    root.put("targetLocale", tgt);
    ObjectNode categories = root.putObject("categories");
    r.categories().forEach((k, c) -> counts(categories.putObject(k), c));
    ObjectNode kinds = root.putObject("kinds");
    r.kinds().forEach((k, c) -> counts(kinds.putObject(k), c));
    counts(root.putObject("total"), r.total());
    ArrayNode units = root.putArray("units");
    for (Analysis.Row row : r.units()) {
      ObjectNode u = units.addObject();
      u.put("id", row.id());
      u.put("kind", row.kind());
      u.put("category", row.category());
      u.put("score", row.score());
      u.put("places", row.places());
      u.put("words", row.words());
      u.put("characters", row.characters());
    }
    return Output.json(root);
  }

  private static void counts(ObjectNode node, Analysis.Counts c) {
    node.put("units", c.units());
    node.put("words", c.words());
    node.put("characters", c.characters());
  }
}
