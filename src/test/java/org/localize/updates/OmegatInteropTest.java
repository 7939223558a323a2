package org.localize.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;
import org.w3c.dom.Element;

/**
 * The memory merge writes, in a real CAT tool: OmegaT 3.6 in console mode (peers.md §4.4) with the
 * TMX in {@code tm/auto}, translating v2's XLIFF extracted without {@code --previous}. Skipped
 * where OmegaT is not installed ({@code apt-get install omegat}).
 */
class OmegatInteropTest {
  @TempDir static Path shared;
  static Path memory;
  static byte[] v2;
  static XliffEdit v1Translated;
  @TempDir Path tmp;

  @BeforeAll
  static void memoryOfVersionOne() {
    Assumptions.assumeTrue(omegat() != null, "OmegaT is not installed");
    byte[] v1 = Steps.extract(Translator.V1, shared.resolve("v1.xlf"), List.of("--target", "ru"));
    byte[] translated = Translator.translate(v1);
    v1Translated = XliffEdit.of(translated);
    Path xliff = Steps.writeXliff(shared.resolve("v1.en-ru.xlf"), translated);
    memory = shared.resolve("memory.tmx");
    Steps.merge(Translator.V1, xliff, shared.resolve("v1.ru.json"), "--tm", memory.toString(), "--no-checks");
    v2 = Steps.extract(Translator.V2, shared.resolve("v2.xlf"), List.of("--target", "ru"));
  }

  static String omegat() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "omegat"))) {
        return Path.of(dir, "omegat").toString();
      }
    }
    return null;
  }

  /** Runs OmegaT on v2's XLIFF with {@code tmx} in tm/auto; returns the translated XLIFF. */
  byte[] translate(Path tmx) throws IOException, InterruptedException {
    Path p = tmp.resolve("project");
    for (String d : List.of("source", "target", "tm/auto", "glossary", "omegat")) {
      Files.createDirectories(p.resolve(d));
    }
    TestFiles.write(p.resolve("omegat.project"), """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <omegat>
          <project version="1.0">
            <source_dir>__DEFAULT__</source_dir>
            <target_dir>__DEFAULT__</target_dir>
            <tm_dir>__DEFAULT__</tm_dir>
            <glossary_dir>__DEFAULT__</glossary_dir>
            <glossary_file>__DEFAULT__</glossary_file>
            <dictionary_dir>__DEFAULT__</dictionary_dir>
            <source_lang>en</source_lang>
            <target_lang>ru</target_lang>
            <sentence_seg>false</sentence_seg>
          </project>
        </omegat>
        """);
    TestFiles.write(p.resolve("source/story.en-ru.xlf"), v2);
    Files.copy(tmx, p.resolve("tm/auto/memory.tmx"));
    ProcessBuilder pb = new ProcessBuilder(omegat(), "--mode=console-translate", "--quiet", "--tag-validation=abort",
        "--config-dir=" + tmp.resolve("config"), p.toString());
    pb.environment().remove("DISPLAY");
    pb.redirectErrorStream(true).redirectOutput(tmp.resolve("omegat.log").toFile());
    Process proc = pb.start();
    assertTrue(proc.waitFor(180, TimeUnit.SECONDS), "OmegaT finished");
    assertEquals(0, proc.exitValue(), () -> TestFiles.readUtf8(tmp.resolve("omegat.log")));
    return TestFiles.read(p.resolve("target/story.en-ru.xlf"));
  }

  /** The ids of the units OmegaT translated (target differs from source) with v1's translation. */
  static Set<String> translated(byte[] xliff) {
    Set<String> ids = new TreeSet<>();
    for (Element unit : XliffEdit.of(xliff).units()) {
      String id = unit.getAttribute("id");
      String target = XliffEdit.child(unit, "target").getTextContent();
      if (!target.equals(XliffEdit.child(unit, "source").getTextContent())) {
        assertEquals(XliffEdit.child(v1Translated.unit(id), "target").getTextContent(), target, id);
        ids.add(id);
      }
    }
    return ids;
  }

  static Set<String> all() {
    Set<String> ids = new TreeSet<>();
    XliffEdit.of(v2).units().forEach(u -> ids.add(u.getAttribute("id")));
    return ids;
  }

  @Test
  void theMemoryMergeWritesPreTranslatesInOmegatTmAuto() throws Exception {
    Set<String> expected = all();
    expected.removeAll(StoryUpdateTest.TO_TRANSLATE);
    // OmegaT 3.6 reads tm/auto at TMX level 1 and drops <bpt>/<ept>: units with inline codes do not match
    expected.removeAll(Set.of("lead", "p1.text", "support-inline.text"));
    assertEquals(expected, translated(translate(memory)));
  }

  @Test
  void theOmegatExportPreTranslatesEveryUnchangedUnit() throws Exception {
    Path omegatTmx = tmp.resolve("omegat.tmx");
    Cli.Result r = Cli.run("tm", "export", "--tm", memory.toString(), "--omegat", "-o", omegatTmx.toString());
    assertEquals(0, r.exit(), r::toString);
    byte[] done = translate(omegatTmx);
    Set<String> expected = all();
    expected.removeAll(StoryUpdateTest.TO_TRANSLATE);
    assertEquals(expected, translated(done));
    // and localize merges what OmegaT wrote, naming exactly the units left to translate
    Path file = TestFiles.write(tmp.resolve("omegat.en-ru.xlf"), done);
    Cli.Result m = Cli.run("merge", Translator.V2.toString(), file.toString(), "-o", tmp.resolve("v2.ru.json").toString(), "--no-checks");
    assertEquals(1, m.exit(), m::toString);
    for (String id : StoryUpdateTest.TO_TRANSLATE) {
      assertTrue(m.stderr().contains("(" + id + ") is not translated"), id + "\n" + m);
    }
    assertEquals(3, m.stderr().lines().filter(l -> l.contains("is not translated")).count(), m::toString);
  }
}
