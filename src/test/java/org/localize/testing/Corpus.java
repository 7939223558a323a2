package org.localize.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The stories the round-trip tests run over: every golden extract input, the round-trip fixtures
 * under {@code merge/roundtrip/}, and every story under {@code examples/} (not the profiles in
 * {@code examples/profiles/}); and the byte-level
 * variants each is tried in.
 */
public final class Corpus {
  private Corpus() {}

  /** A story and the extract arguments it needs (at least a target). */
  public record Story(String name, byte[] bytes, List<String> extractArgs) {
    public String target() {
      int i = extractArgs.indexOf("--target");
      return extractArgs.get(i + 1);
    }
  }

  /** A rewrite of a story's bytes that merge must preserve. */
  public record Variant(String name, UnaryOperator<byte[]> apply) {}

  public static List<Variant> variants() {
    return List.of(
        new Variant("as-is", b -> b),
        new Variant("crlf", b -> TestFiles.utf8(TestFiles.crlf(new String(b, java.nio.charset.StandardCharsets.UTF_8)))),
        new Variant("bom", b -> hasBom(b) ? b : TestFiles.withBom(b)),
        new Variant("bom-crlf", b -> {
          byte[] c = TestFiles.utf8(TestFiles.crlf(new String(b, java.nio.charset.StandardCharsets.UTF_8)));
          return hasBom(c) ? c : TestFiles.withBom(c);
        }),
        new Variant("minified", b -> JsonBytes.minify(b)),
        new Variant("ascii-escaped", JsonBytes::asciiEscaped));
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  public static List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (Path dir : GoldenCases.of("extract")) {
      List<String> args = new ArrayList<>(GoldenCases.args(dir));
      args.remove("--empty-targets");
      if (!args.contains("--target")) {
        args.addAll(List.of("--target", "ru"));
      }
      out.add(new Story("golden/" + dir.getFileName(), TestFiles.read(dir.resolve("story.json")), args));
    }
    for (Path p : list(TestFiles.TEST_RESOURCES.resolve("merge/roundtrip"), ".json")) {
      out.add(new Story("roundtrip/" + p.getFileName(), TestFiles.read(p), List.of("--target", "ru")));
    }
    for (Path p : list(TestFiles.EXAMPLES, ".json")) {
      if (p.startsWith(TestFiles.EXAMPLES.resolve("profiles"))) {
        continue; // profiles for other formats (examples/profiles/guardian.json), not stories
      }
      if (p.getFileName().toString().endsWith("glossary.json")) {
        continue; // the example newsroom's names glossary, not a story
      }
      // Examples are in several languages; German is none of them.
      out.add(new Story("examples/" + TestFiles.EXAMPLES.relativize(p), TestFiles.read(p), List.of("--target", "de")));
    }
    return out;
  }

  private static List<Path> list(Path root, String suffix) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
