package org.localize.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Issue 18's scaling rows ({@code bench/run phase scaling [RUNS]}, also the last part of the full
 * run): each input shape at 1 KB and at 100 KB, the whole command in a fresh JVM through
 * {@code bin/localize} (as a user runs it), the median of RUNS runs of each twin (the twins
 * alternate, so that load on the machine falls on both), and their ratio; the target is at most
 * 3× for every row. The validate rows (quotes, capitalised words, a WMT21 document) are measured
 * for the round that makes the checks linear. A run that takes longer than {@link #TIMEOUT_S}
 * seconds is stopped and printed as such.
 */
final class Scaling {
  static final int SMALL = 1024;
  static final int LARGE = 100 * 1024;
  static final int TIMEOUT_S = 120;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] WORDS = ("the minister said on Tuesday that Moscow and Berlin would sign several"
      + " agreements about energy trade and security in the region after talks that lasted until late evening").split(" ");

  private Scaling() {}

  /**
   * A row: what it measures; for a size, the command line (after bin/localize) over inputs it makes
   * in a folder; whether exit code 1 (findings) is a result; whether it has a 100 KB twin.
   */
  private record Row(String shape, String command, Maker maker, boolean validate, boolean twin) {
    Row(String shape, String command, Maker maker, boolean validate) {
      this(shape, command, maker, validate, true);
    }
  }

  interface Maker {
    List<String> make(Path dir, int size) throws Exception;
  }

  static void run(Path root, int runs) throws Exception {
    Path out = root.resolve("bench/out/scaling");
    Bench.delete(out);
    Files.createDirectories(out);
    Path launcher = root.resolve("bin/localize");
    Bench.run(List.of(launcher.toString(), "--version")); // builds the jar and its start-up archive if needed
    String only = System.getProperty("scaling.only"); // -Dscaling.only=TEXT: the rows whose shape or command holds it
    List<Row> rows = rows(root, launcher).stream()
        .filter(r -> only == null || r.shape().contains(only) || r.command().contains(only)).toList();
    System.out.println("scaling: the whole command in a fresh JVM (bin/localize), median of " + runs
        + " runs per size, sizes alternating; target: 100 KB ≤ 3× 1 KB");
    System.out.println();
    System.out.println("| input shape | command | 1 KB | 100 KB | ratio |");
    System.out.println("|---|---|---:|---:|---:|");
    int i = 0;
    for (Row row : rows) {
      Path dir = out.resolve(String.format(Locale.ROOT, "%02d", i++));
      Files.createDirectories(dir.resolve("small"));
      Files.createDirectories(dir.resolve("large"));
      List<String> small = command(launcher, row.maker().make(dir.resolve("small"), SMALL));
      List<String> large = row.twin() ? command(launcher, row.maker().make(dir.resolve("large"), LARGE)) : null;
      List<Double> a = new ArrayList<>();
      List<Double> b = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        // a run that failed, or took more than 20 s, is not repeated (its ratio is far from the target anyway)
        if (a.isEmpty() || a.get(0) >= 0 && a.get(0) < 20) {
          a.add(time(small, row.validate()));
        }
        if (large != null && (b.isEmpty() || b.get(0) >= 0 && b.get(0) < 20)) {
          b.add(time(large, row.validate()));
        }
      }
      double ta = median(a);
      double tb = large == null ? Double.NaN : median(b);
      String ratio = large == null ? "" : ta < 0 || tb < 0 ? "–" : String.format(Locale.ROOT, "%.1f×", tb / ta);
      System.out.printf(Locale.ROOT, "| %s | `%s` | %s | %s | %s |%n", row.shape(), row.command(), seconds(ta),
          large == null ? "" : seconds(tb), ratio);
    }
    System.out.println();
  }

  private static List<String> command(Path launcher, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(launcher.toString());
    cmd.addAll(args);
    return cmd;
  }

  private static String seconds(double t) {
    if (t == -2) {
      return "> " + TIMEOUT_S + " s";
    }
    return t < 0 ? "failed" : String.format(Locale.ROOT, "%.2f s", t);
  }

  /** The median; a failure or a stop (negative) wins. */
  private static double median(List<Double> t) {
    List<Double> s = new ArrayList<>(t);
    s.sort(null);
    return s.get(0) < 0 ? s.get(0) : s.get(s.size() / 2);
  }

  /** Wall seconds of one run; -1 when it failed, -2 when it was stopped after {@link #TIMEOUT_S} s. */
  private static double time(List<String> cmd, boolean validate) throws Exception {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      return -2;
    }
    double t = (System.nanoTime() - start) / 1e9;
    int code = p.exitValue();
    return code == 0 || validate && code == 1 ? t : -1; // validate: 1 is findings, a result
  }

  // ---- the rows

  private static List<Row> rows(Path root, Path launcher) {
    List<Row> rows = new ArrayList<>();
    // extract, merge, stats, pseudo: this round
    IntFunction<Map<String, Object>> paragraph = n -> story(null, List.of(paragraph("p1", prose(n, 18))));
    rows.add(extract("one long paragraph", paragraph));
    rows.add(merge("one long paragraph", paragraph, launcher));
    rows.add(stats("one long paragraph", paragraph));
    rows.add(pseudo("one long paragraph", paragraph));
    rows.add(new Row("one long paragraph", "extract --segment", (dir, n) -> {
      Path story = write(dir, paragraph.apply(n));
      return List.of("extract", story.toString(), "--target", "ru", "--segment", "--force", "-q", "-o",
          dir.resolve("out.xlf").toString());
    }, false));
    IntFunction<Map<String, Object>> captions = n -> {
      List<Map<String, Object>> blocks = new ArrayList<>();
      for (int i = 0; blocks.size() < Math.max(1, n / 100); i++) {
        blocks.add(photo("b" + i, prose(40, i) + " " + i));
      }
      return story(null, blocks);
    };
    rows.add(extract("many short strings (photo captions)", captions));
    rows.add(merge("many short strings (photo captions)", captions, launcher));
    rows.add(stats("many short strings (photo captions)", captions));
    IntFunction<Map<String, Object>> nested = n -> story("<span>".repeat(n / 13) + "x" + "</span>".repeat(n / 13), null);
    rows.add(extract("deep nesting (<span> in <span>…)", nested));
    rows.add(stats("deep nesting (<span> in <span>…)", nested));
    IntFunction<Map<String, Object>> tags = n -> story(repeat("<a href=\"https://example.org/x\">word</a> ", n), null);
    rows.add(extract("many tags (links)", tags));
    rows.add(stats("many tags (links)", tags));
    IntFunction<Map<String, Object>> codes = n -> story(repeat("<b>thirty characters of text..</b> ", n), null);
    rows.add(merge("long unit with many codes (5,000 at 100 KB)", codes, launcher));
    rows.add(pseudo("long unit with many codes (5,000 at 100 KB)", codes));
    IntFunction<Map<String, Object>> entities = n -> story(repeat("&amp;&#233;&nbsp;&foo; ", n), null);
    rows.add(extract("many entities", entities));
    rows.add(merge("many entities", entities, launcher));
    rows.add(pseudo("many entities", entities));
    IntFunction<Map<String, Object>> attribute = n -> story("<a href=\"https://example.org/" + "x".repeat(n) + "\">link</a>", null);
    rows.add(extract("a long attribute value", attribute));
    rows.add(merge("a long attribute value", attribute, launcher));
    IntFunction<Map<String, Object>> comments = n -> story(repeat("<!--", n), null);
    rows.add(extract("<!-- repeated", comments));
    rows.add(merge("<!-- repeated", comments, launcher));
    rows.add(stats("<!-- repeated", comments));
    rows.add(pseudo("<!-- repeated", comments));
    rows.add(validate("<!-- repeated", comments)); // the checks' masking of markup
    rows.add(extract("tags never closed (<a x <a x …)", n -> story(repeat("<a x ", n), null)));
    rows.add(extract("closing tags never opened", n -> story("<b>".repeat(n / 7) + "x" + "</i>".repeat(n / 7), null)));
    rows.add(extract("NITF XML body, many elements", n -> ninjs(
        "<nitf><body><body.content>" + repeat("<p>word word <em>x</em></p>", n - 60) + "</body.content></body></nitf>")));
    rows.add(extract("NITF XML body, deep nesting", n -> ninjs("<nitf>" + "<block>".repeat(n / 15) + "x"
        + "</block>".repeat(n / 15) + "</nitf>")));
    rows.add(extract("Apple News text with a range every 20 characters", n -> {
      List<Map<String, Object>> styles = new ArrayList<>();
      for (int i = 0; i + 1 < n / 20; i++) {
        styles.add(map("rangeStart", i * 20, "rangeLength", 10, "textStyle", "s"));
      }
      return map("version", "1.7", "identifier", "a1", "title", "T", "language", "en",
          "layout", map("columns", 7, "width", 1024),
          "components", List.of(map("role", "body", "text", prose(n, 3), "inlineTextStyles", styles)));
    }));
    rows.add(new Row("profile glob against long member names", "extract --profile (glob a*a*a*a*c)", (dir, n) -> {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("headline", "Headline");
      for (int i = 0; i < Math.max(1, n / 10_000); i++) {
        doc.put("a".repeat(Math.min(n, 10_000) - 10) + "b" + i, "text");
      }
      Path profile = dir.resolve("glob.profile.json");
      JSON.writeValue(profile.toFile(), map("name", "glob", "detect", "@.headline", "defaultLocale", "en",
          "units", List.of(map("path", "$.a*a*a*a*c", "kind", "body", "format", "text"),
              map("path", "$.headline", "kind", "headline", "format", "text"))));
      return List.of("extract", write(dir, doc).toString(), "--profile", profile.toString(), "--target", "ru", "--force",
          "-q", "-o", dir.resolve("out.xlf").toString());
    }, false));
    rows.add(new Row("objects nested 50 deep (490 at 100 KB), descendant steps", "extract --profile ($..*..*..t)", (dir, n) -> {
      Map<String, Object> chain = map("t", "leaf");
      for (int depth = 0; depth < Math.min(n / 20, 490); depth++) {
        chain = map("t", "w" + depth, "c", chain);
      }
      List<Object> items = new ArrayList<>();
      for (int i = 0; items.size() < (n - Math.min(n, 490 * 20)) / 30; i++) { // the rest of the size, shallow
        items.add(map("t", "x" + i, "c", map("t", "y")));
      }
      Path profile = dir.resolve("descendants.profile.json");
      JSON.writeValue(profile.toFile(), map("name", "descendants", "detect", "@.headline", "defaultLocale", "en",
          "units", List.of(map("path", "$.headline", "kind", "headline", "format", "text"),
              map("path", "$..*..*..t", "kind", "body", "format", "text"))));
      return List.of("extract", write(dir, map("headline", "Headline", "chain", chain, "items", items)).toString(), "--profile",
          profile.toString(), "--target", "ru", "--force", "-q", "-o", dir.resolve("out.xlf").toString());
    }, false));
    rows.add(new Row("one long paragraph against a memory of its earlier version", "extract --tm", (dir, n) -> {
      String before = prose(n, 86);
      Path old = write(dir, "old.en.json", story(null, List.of(paragraph("p1", before))));
      Path xliff = translated(launcher, old, dir.resolve("old.en-ru.xlf"));
      Bench.run(List.of(launcher.toString(), "tm", "import", "--tm", dir.resolve("memory.tmx").toString(), xliff.toString(), "-q"));
      Path story = write(dir, story(null, List.of(paragraph("p1", changed(before)))));
      return List.of("extract", story.toString(), "--target", "ru", "--tm", dir.resolve("memory.tmx").toString(), "--force",
          "-q", "-o", dir.resolve("out.xlf").toString());
    }, false));
    rows.add(new Row("many short strings against their earlier version", "extract --previous", (dir, n) -> {
      Map<String, Object> before = captions.apply(n);
      Path old = write(dir, "old.en.json", before);
      Path xliff = translated(launcher, old, dir.resolve("old.en-ru.xlf"));
      List<Map<String, Object>> blocks = new ArrayList<>();
      int i = 0;
      for (Object b : (List<?>) before.get("blocks")) {
        Map<String, Object> block = new LinkedHashMap<>(castMap(b));
        if (i++ % 3 == 0) {
          block.put("caption", block.get("caption") + " again");
        }
        blocks.add(block);
      }
      Path story = write(dir, story(null, blocks));
      return List.of("extract", story.toString(), "--target", "ru", "--previous", xliff.toString(), "--force", "-q", "-o",
          dir.resolve("out.xlf").toString());
    }, false));
    // validate: measured here, made linear in the round on the checks
    rows.add(validate("a paragraph of quotes (\"a\" \"a\" …)", n -> story(null, List.of(paragraph("p1", repeat("\"a\" ", n))))));
    rows.add(validate("capitalised words (40 KB at the large size)", n -> story(null, List.of(paragraph("p1",
        capitalised(n * 40 / 100))))));
    rows.add(validate("one long paragraph", paragraph));
    // numbers and dates by the thousand in one paragraph (the translation keeps the English, so
    // every date and number is one the target's reading does not find: the checks' slowest path)
    rows.add(validate("number words (\"twenty one thousand\" …)",
        n -> story(null, List.of(paragraph("p1", repeat("twenty one thousand ", n))))));
    rows.add(validate("amounts (\"45% of $3 million\" …)",
        n -> story(null, List.of(paragraph("p1", repeat("45% of $3 million ", n))))));
    rows.add(validate("the same small numbers (\"1 2 3 45\" …)",
        n -> story(null, List.of(paragraph("p1", repeat("1 2 3 45 ", n))))));
    rows.add(validate("dates (\"on 1 June 2024,\" …)",
        n -> story(null, List.of(paragraph("p1", repeat("on 1 June 2024, ", n))))));
    rows.add(validate("ranges of days (\"1-2 June\" …)",
        n -> story(null, List.of(paragraph("p1", repeat("1-2 June ", n))))));
    rows.add(new Row("one long paragraph", "merge (with the checks)", (dir, n) -> {
      Path story = write(dir, paragraph.apply(n));
      Path xliff = translated(launcher, story, dir.resolve("story.en-ru.xlf"));
      return List.of("merge", story.toString(), xliff.toString(), "-q", "--force", "-o", dir.resolve("out.json").toString());
    }, true));
    Path wmt = root.resolve("../shared/eval/wmt21/de-fr").normalize();
    if (Files.isDirectory(wmt)) {
      rows.add(new Row("WMT21 de-fr faz_79571 (one paragraph of 1,108 characters; no twin)", "validate",
          (dir, n) -> List.of("validate", wmt.resolve("faz_79571.fr.json").toString(), "--source",
              wmt.resolve("faz_79571.de.json").toString(), "-q"), true, false));
    }
    return rows;
  }

  private static Row extract(String shape, IntFunction<Map<String, Object>> doc) {
    return new Row(shape, "extract", (dir, n) -> List.of("extract", write(dir, doc.apply(n)).toString(), "--target", "ru",
        "--force", "-q", "-o", dir.resolve("out.xlf").toString()), false);
  }

  private static Row stats(String shape, IntFunction<Map<String, Object>> doc) {
    return new Row(shape, "stats", (dir, n) -> List.of("stats", write(dir, doc.apply(n)).toString(), "-q"), false);
  }

  private static Row pseudo(String shape, IntFunction<Map<String, Object>> doc) {
    return new Row(shape, "pseudo", (dir, n) -> List.of("pseudo", write(dir, doc.apply(n)).toString(), "-q", "-o",
        dir.resolve("out.json").toString()), false);
  }

  /** Merge without the checks of a translation that keeps the source (every unit translated). */
  private static Row merge(String shape, IntFunction<Map<String, Object>> doc, Path launcher) {
    return new Row(shape, "merge --no-checks", (dir, n) -> {
      Path story = write(dir, doc.apply(n));
      Path xliff = translated(launcher, story, dir.resolve("story.en-ru.xlf"));
      return List.of("merge", story.toString(), xliff.toString(), "--no-checks", "-q", "-o", dir.resolve("out.json").toString());
    }, false);
  }

  /** Validate of a "translation" that is the source with the target's locale. */
  private static Row validate(String shape, IntFunction<Map<String, Object>> doc) {
    return new Row(shape, "validate", (dir, n) -> {
      Map<String, Object> source = doc.apply(n);
      Path story = write(dir, source);
      Map<String, Object> target = new LinkedHashMap<>(source);
      target.put("locale", "ru");
      return List.of("validate", write(dir, "story.ru.json", target).toString(), "--source", story.toString(), "-q");
    }, true);
  }

  /** Extracts {@code story} to {@code xliff} and marks every unit translated (the target keeps the source). */
  private static Path translated(Path launcher, Path story, Path xliff) throws Exception {
    Bench.run(List.of(launcher.toString(), "extract", story.toString(), "--target", "ru", "--force", "-q", "-o", xliff.toString()));
    String x = Files.readString(xliff, StandardCharsets.UTF_8).replace("state=\"needs-translation\"", "state=\"translated\"");
    Files.writeString(xliff, x, StandardCharsets.UTF_8);
    return xliff;
  }

  // ---- the documents

  private static Map<String, Object> story(String lead, List<Map<String, Object>> blocks) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", "scaling");
    d.put("locale", "en");
    d.put("published", "2024-06-19T05:30:00+03:00");
    d.put("headline", "A story for the scaling benchmark");
    if (lead != null) {
      d.put("lead", lead);
    }
    d.put("blocks", blocks != null ? blocks : List.of(paragraph("p0", "A short paragraph.")));
    return d;
  }

  private static Map<String, Object> paragraph(String id, String text) {
    return map("id", id, "type", "paragraph", "text", text);
  }

  private static Map<String, Object> photo(String id, String caption) {
    return map("id", id, "type", "photo", "src", "https://img.example.org/" + id + ".jpg", "caption", caption);
  }

  private static Map<String, Object> ninjs(String nitf) {
    return map("uri", "http://example.org/1", "type", "text", "versionCreated", "2024-01-01T00:00:00Z", "language", "en",
        "headlines", List.of(map("role", "main", "value", "Headline")),
        "bodies", List.of(map("role", "text", "contentType", "text/vnd.IPTC.NITF", "value", nitf)));
  }

  /** About {@code n} characters of sentences, the same for the same seed. */
  static String prose(int n, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    int k = 0;
    while (b.length() < n) {
      String w = WORDS[r.nextInt(WORDS.length)];
      if (k % 14 == 0) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      b.append(b.length() == 0 ? "" : " ").append(w).append(k % 14 == 13 ? "." : "");
      k++;
    }
    return b.append('.').toString();
  }

  /** Every 50th word of {@code text} replaced: the next version of a paragraph. */
  private static String changed(String text) {
    String[] w = text.split(" ");
    for (int i = 0; i < w.length; i += 50) {
      w[i] = "changed";
    }
    return String.join(" ", w);
  }

  private static String capitalised(int n) {
    String[] names = {"Alpha", "Berlin", "Carl", "Dora", "Emil", "Frank", "Greta", "Hanna"};
    Random r = new Random(40);
    StringBuilder b = new StringBuilder();
    while (b.length() < n) {
      b.append(b.length() == 0 ? "" : " ").append(names[r.nextInt(names.length)]).append(r.nextInt(100));
    }
    return b.toString();
  }

  /** {@code unit} repeated to {@code n} characters, whole units only. */
  private static String repeat(String unit, int n) {
    return unit.repeat(Math.max(1, n / unit.length()));
  }

  private static Path write(Path dir, Map<String, Object> doc) throws IOException {
    return write(dir, "story.en.json", doc);
  }

  private static Path write(Path dir, String name, Map<String, Object> doc) throws IOException {
    Path f = dir.resolve(name);
    JSON.writeValue(f.toFile(), doc);
    return f;
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }
}
