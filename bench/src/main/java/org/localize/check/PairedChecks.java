package org.localize.check;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.LongUnaryOperator;
import org.localize.Localizer;
import org.localize.unit.TextPair;

/**
 * The checks of two builds in one JVM ({@code bench/run phase paired ROUNDS} with {@code
 * -Dpaired.against=CLASSES} in {@code BENCH_JAVA_OPTS}: another checkout's {@code target/classes}),
 * so that a change too small for the machine's drift between runs can still be measured: each
 * build in its own class loader, {@code Validator.validate} on every translated story of the corpus,
 * in 20 slices a round, the two builds alternating slice by slice (which goes first alternates too).
 * Prints each build's median round in µs a story and the median of the per-slice ratios
 * this/against, with its quartiles. The harness itself leans 1–3% to one side: run it in both
 * orders ({@code -Dpaired.swap=true}) and take the two together.
 */
public final class PairedChecks {
  private PairedChecks() {}

  private static final int SLICES = 20;

  /**
   * Runs {@code rounds} rounds over {@code stories}, this checkout's classes against those of {@code
   * against}, each loaded by its own class loader; {@code -Dpaired.swap=true} loads and warms {@code
   * against} first (the harness's lean goes with that order, so a change is measured both ways).
   */
  public static void run(List<Path> stories, int rounds, Path against) throws Exception {
    Path own = Path.of(Localizer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path bench = Path.of(PairedChecks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // the libraries, without a build's classes (of this checkout or installed as a jar)
    List<URL> libraries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = entry.isEmpty() ? null : Path.of(entry);
      if (p != null && !p.equals(own) && !p.equals(bench) && !p.getFileName().toString().startsWith("localize-")) {
        libraries.add(p.toUri().toURL());
      }
    }
    Path[] dirs = {own, against};
    String[] names = {"this checkout (" + own + ")", against.toString()};
    boolean swap = Boolean.getBoolean("paired.swap");
    LongUnaryOperator[] builds = new LongUnaryOperator[2];
    for (int k = 0; k < 2; k++) {
      int v = swap ? 1 - k : k;
      List<URL> urls = new ArrayList<>();
      urls.add(bench.toUri().toURL()); // this class, compiled once: it uses only what both builds have
      urls.add(dirs[v].toUri().toURL());
      urls.addAll(libraries);
      ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      builds[v] = (LongUnaryOperator) loader.loadClass(PairedChecks.class.getName()).getMethod("timer", List.class)
          .invoke(null, stories);
    }
    for (int w = 0; w < 4; w++) { // every check on every story, both builds, before anything is timed
      builds[swap ? 1 : 0].applyAsLong(-1);
      builds[swap ? 0 : 1].applyAsLong(-1);
    }
    List<Double> ratios = new ArrayList<>();
    double[][] perRound = new double[2][rounds];
    for (int r = -3; r < rounds; r++) {
      for (int k = 0; k < SLICES; k++) {
        int first = (r + k) & 1;
        long[] t = new long[2];
        t[first] = builds[first].applyAsLong(k);
        t[1 - first] = builds[1 - first].applyAsLong(k);
        if (r >= 0) {
          ratios.add((double) t[0] / t[1]);
          perRound[0][r] += t[0] / (double) SLICES;
          perRound[1][r] += t[1] / (double) SLICES;
        }
      }
    }
    for (int v = 0; v < 2; v++) {
      double[] c = perRound[v].clone();
      Arrays.sort(c);
      System.out.printf(Locale.ROOT, "%-40s median round %.1f µs/story (fastest %.1f)%n", names[v], c[rounds / 2] / 1e3, c[0] / 1e3);
    }
    Collections.sort(ratios);
    int m = ratios.size();
    System.out.printf(Locale.ROOT, "this/against, paired over %d slices: median %.3f (quartiles %.3f, %.3f)%n", m,
        ratios.get(m / 2), ratios.get(m / 4), ratios.get(3 * m / 4));
  }

  /**
   * The stories read and merged with their translated XLIFF once; the operator times slice {@code
   * k} of {@link #SLICES} (nanoseconds a story), or with a negative argument
   * runs every story untimed (the warm-up). Public for the other class loader's copy.
   */
  public static LongUnaryOperator timer(List<Path> stories) throws Exception {
    CheckCosts.Translated t = CheckCosts.translated(stories);
    List<List<TextPair>> pairs = t.pairs();
    List<CheckContext> contexts = t.contexts();
    Validator v = Validator.standard();
    int n = stories.size();
    return slice -> {
      if (slice < 0) {
        for (int i = 0; i < n; i++) {
          v.validate(pairs.get(i), contexts.get(i));
        }
        return 0;
      }
      long sum = 0;
      int from = (int) (slice * n / SLICES);
      int to = (int) ((slice + 1) * n / SLICES);
      for (int i = from; i < to; i++) {
        long t0 = System.nanoTime();
        if (v.validate(pairs.get(i), contexts.get(i)) == null) {
          throw new IllegalStateException();
        }
        sum += System.nanoTime() - t0;
      }
      return sum * SLICES / n;
    };
  }
}
