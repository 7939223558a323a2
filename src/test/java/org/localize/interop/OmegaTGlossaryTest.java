package org.localize.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.OmegaT;
import org.localize.testing.TestFiles;
import org.localize.testing.Tools;

/**
 * OmegaT 3.6 loads the glossary {@code glossary export --format tsv} writes, from a project's
 * {@code glossary/} folder, and lists its terms for the segments that hold them. The evidence is
 * OmegaT's own: console mode runs a script once the project is loaded
 * ({@code src/test/resources/interop/omegat-glossary.groovy}) that loads the folder with OmegaT's
 * GlossaryManager (which logs how many entries it added from the file) and prints the entries
 * OmegaT's tokenizer matches in each segment, as its Glossary pane lists them.
 */
class OmegaTGlossaryTest {
  @TempDir Path tmp;

  @Test
  void omegatLoadsTheExportedGlossaryAndFindsItsTermsInTheStory() throws Exception {
    OmegaT.require();
    Path project = OmegaT.project(tmp, "en-US", "ru");
    Path glossary = project.resolve("glossary/newsroom.txt");
    Cli.Result export = Cli.run("glossary", "export", "-g", "examples/newsroom-glossary.json", "--source", "en", "--target", "ru",
        "-o", glossary.toString());
    assertEquals(0, export.exit(), export::toString);
    Cli.Result extract = Cli.run("extract", "examples/pyongyang-visit/story.en.json", "--target", "ru",
        "-o", project.resolve("source/story.en-ru.xlf").toString());
    assertEquals(0, extract.exit(), extract::toString);
    long entries = TestFiles.readUtf8(glossary).lines().filter(l -> !l.startsWith("#")).count();

    Tools.Run run = OmegaT.withScript(tmp, project, "omegat-glossary.groovy");
    assertEquals(0, run.exit(), () -> "OmegaT failed to load the project:\n" + run.output());
    String out = run.output();
    assertTrue(out.contains("Added " + entries + " glossary entries from newsroom.txt"), () -> "OmegaT's own log:\n" + out);
    assertTrue(out.contains("OMEGAT-GLOSSARY-ENTRIES " + entries), out);
    // the script runs on each project event of the run (load, compile): the same lines each time
    List<String> terms = out.lines().filter(l -> l.startsWith("OMEGAT-TERM ")).distinct().toList();
    // the headline (segment 1): "North Korea welcomes Vladimir Putin for his first visit ..."
    assertTrue(terms.contains("OMEGAT-TERM 1 | Vladimir Putin | Владимир Путин | person, masculine; also: Путин; forms: В. В. Путин,"
        + " В. В. Путина, В. В. Путину, В. В. Путиным, В. В. Путине"), () -> String.join("\n", terms));
    // the first caption (segment 3): Vladimir Putin and Kim Jong Un at Pyongyang's airport
    for (String term : List.of("Kim Jong Un | Ким Чен Ын", "Pyongyang | Пхеньян")) {
      assertTrue(terms.stream().anyMatch(l -> l.startsWith("OMEGAT-TERM 3 | " + term + " | ")), () -> term + ":\n" + String.join("\n", terms));
    }
    // a forbidden spelling, which OmegaT has no column for, is in the comment it shows
    assertTrue(terms.stream().anyMatch(l -> l.contains("| Kim Jong Un | Ким Чен Ын | ") && l.contains("never: Ким Чон Ын")),
        () -> String.join("\n", terms));
    // every term OmegaT finds is one the story holds: none from a segment without it
    assertTrue(terms.stream().noneMatch(l -> l.startsWith("OMEGAT-TERM 1 | Reuters")), () -> String.join("\n", terms));
  }
}
