package org.localize.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.localize.Localizer;
import org.localize.Pairs;
import org.localize.Validation;
import org.localize.diag.Finding;
import org.localize.locale.Glossary;
import org.localize.locale.LocaleRepository;
import org.localize.story.StoryReader;
import org.localize.unit.TextPair;

/**
 * What the checks of one story cost, part by part ({@code bench/run phase checks [RUNS] [STORIES]}):
 * on one thread over the corpus's translated stories, the whole of {@link Validator#validate}, then
 * the preparation the checks share (words, names, dates, numbers of both sides), then each check on
 * units already prepared, in microseconds per story, after RUNS rounds for the JIT. It lives in the
 * checks' package to reach the units and stories they are given (package-private in localize).
 */
public final class CheckCosts {
  private CheckCosts() {}

  /** Each story's pairs (merged with its translated XLIFF, as merge makes them) and its checks' context. */
  record Translated(List<List<TextPair>> pairs, List<CheckContext> contexts) {}

  /** Reads and merges every story of the corpus with its {@code .en-ru.xlf}, once, for timing the checks alone. */
  static Translated translated(List<Path> stories) throws Exception {
    LocaleRepository repo = LocaleRepository.builtIn();
    Glossary glossary = repo.glossary();
    List<List<TextPair>> all = new ArrayList<>();
    List<CheckContext> contexts = new ArrayList<>();
    for (Path f : stories) {
      var ex = Localizer.extract(StoryReader.read(f), null);
      Path x = f.resolveSibling(f.getFileName().toString().replace(".en.json", ".en-ru.xlf"));
      var merged = Localizer.merge(ex, Localizer.parseXliff(x.toString(), Files.readAllBytes(x)), "ru",
          org.localize.merge.MergeOptions.DEFAULTS);
      all.add(Pairs.of(ex, merged));
      contexts.add(CheckContext.of(repo, "en", "ru", Validation.published(ex.published()), glossary));
    }
    return new Translated(all, contexts);
  }

  public static void run(List<Path> stories, int runs) throws Exception {
    Translated corpus = translated(stories);
    List<List<TextPair>> all = corpus.pairs();
    List<CheckContext> contexts = corpus.contexts();
    Validator v = Validator.standard();
    CheckRegistry registry = CheckRegistry.standard();
    int n = all.size();
    for (int round = 0; round <= runs; round++) {
      long whole = 0;
      Map<String, Long> parts = new LinkedHashMap<>();
      Map<String, Long> checks = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        List<TextPair> pairs = all.get(i);
        long t0 = System.nanoTime();
        v.validate(pairs, contexts.get(i));
        whole += System.nanoTime() - t0;
        Story story = v.prepare(pairs, contexts.get(i));
        List<Unit> units = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
          Unit u = new Unit(pairs.get(k), k, story);
          boolean target = u.target() != null;
          long a = System.nanoTime();
          u.source().tokens();
          if (target) {
            u.target().tokens();
          }
          long b = System.nanoTime();
          u.sourceNames();
          if (target) {
            u.targetNames();
            u.sourceNamesInTarget();
          }
          long c = System.nanoTime();
          u.sourceDates();
          if (target) {
            u.targetDates();
          }
          long d = System.nanoTime();
          u.sourceNumbers();
          if (target) {
            u.targetNumbers();
          }
          long e = System.nanoTime();
          parts.merge("words", b - a, Long::sum);
          parts.merge("names", c - b, Long::sum);
          parts.merge("dates", d - c, Long::sum);
          parts.merge("numbers", e - d, Long::sum);
          units.add(u);
        }
        List<Finding> out = new ArrayList<>();
        for (Check check : registry.checks()) {
          long t = System.nanoTime();
          if (check instanceof StoryCheck sc) {
            StoryCheck.Pass p = sc.begin(story);
            units.forEach(p::accept);
            p.finish(out);
          } else {
            for (Unit u : units) {
              if (u.pair().target() != null || !check.needsTarget()) {
                check.check(u, story, out);
              }
            }
          }
          checks.merge(check.id(), System.nanoTime() - t, Long::sum);
          out.clear();
        }
      }
      System.out.printf(Locale.ROOT, "%s: the checks %.0f µs/story (Validator.validate, one thread)%n",
          round == 0 ? "warm-up" : "run " + round, whole / 1e3 / n);
      if (round == runs) {
        System.out.println("shared preparation, µs/story (both sides):");
        parts.forEach((k, t) -> System.out.printf(Locale.ROOT, "  %-28s %7.1f%n", k, t / 1e3 / n));
        System.out.println("each check on prepared units, µs/story:");
        checks.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
            .forEach(e -> System.out.printf(Locale.ROOT, "  %-28s %7.1f%n", e.getKey(), e.getValue() / 1e3 / n));
      }
    }
  }
}
