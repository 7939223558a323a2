package org.localize.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs OmegaT 3.6 in console mode on one XLIFF file, by the verified recipe
 * (shared/research/omegat-console-recipe.sh, peers.md §4.4): a project with every folder, sentence
 * segmentation off, the memory in {@code tm/auto/} (the only place console mode applies it),
 * {@code --tag-validation=abort}.
 */
public final class OmegaT {
  public static final Path JAR = Path.of("/usr/share/omegat/OmegaT.jar");

  private OmegaT() {}

  /** Skips the test where OmegaT is not installed, fails it in CI. */
  public static void require() {
    Tools.require(JAR, "omegat");
  }

  /**
   * A new OmegaT project under {@code dir} ({@code dir/project}, with its folders and
   * {@code omegat.project}), sentences not segmented; returns its folder.
   */
  public static Path project(Path dir, String sourceLang, String targetLang) throws IOException {
    Path project = dir.resolve("project");
    for (String d : List.of("source", "target", "tm/auto", "glossary", "omegat")) {
      Files.createDirectories(project.resolve(d));
    }
    TestFiles.write(project.resolve("omegat.project"), """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <omegat>
          <project version="1.0">
            <source_dir>__DEFAULT__</source_dir>
            <target_dir>__DEFAULT__</target_dir>
            <tm_dir>__DEFAULT__</tm_dir>
            <glossary_dir>__DEFAULT__</glossary_dir>
            <glossary_file>__DEFAULT__</glossary_file>
            <dictionary_dir>__DEFAULT__</dictionary_dir>
            <source_lang>%s</source_lang>
            <target_lang>%s</target_lang>
            <sentence_seg>false</sentence_seg>
          </project>
        </omegat>
        """.formatted(sourceLang, targetLang));
    return project;
  }

  /**
   * Runs OmegaT's console-translate on {@code project} with the Groovy script
   * {@code src/test/resources/interop/SCRIPT} (copied into {@code dir}), which prints what OmegaT
   * loaded; returns the run (its exit code is for the caller to assert).
   */
  public static Tools.Run withScript(Path dir, Path project, String script) throws IOException, InterruptedException {
    Path copy = TestFiles.write(dir.resolve(script), TestFiles.read(TestFiles.TEST_RESOURCES.resolve("interop/" + script)));
    return Tools.run(dir, List.of(Tools.java(), "-jar", JAR.toString(), "--mode=console-translate",
        "--script=" + copy, "--config-dir=" + dir.resolve("config"), project.toString()));
  }

  /**
   * Translates {@code xliff} (named {@code name}) with the memory {@code tmx} in a new project
   * under {@code dir}; returns what OmegaT wrote to {@code target/NAME}.
   */
  public static byte[] translate(Path dir, String sourceLang, String targetLang, String name, byte[] xliff, byte[] tmx)
      throws IOException, InterruptedException {
    Path project = project(dir, sourceLang, targetLang);
    TestFiles.write(project.resolve("source").resolve(name), xliff);
    TestFiles.write(project.resolve("tm/auto/memory.tmx"), tmx);
    long start = System.nanoTime();
    Tools.Run run = Tools.run(dir, List.of(Tools.java(), "-jar", JAR.toString(), "--mode=console-translate", "--quiet",
        "--tag-validation=abort", "--config-dir=" + dir.resolve("config"), project.toString()));
    System.out.printf("interop: OmegaT console-translate took %d ms%n", (System.nanoTime() - start) / 1_000_000);
    assertEquals(0, run.exit(), () -> "OmegaT failed:\n" + run.output());
    return TestFiles.read(project.resolve("target").resolve(name));
  }
}
