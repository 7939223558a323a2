package org.localize.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.OmegaT;
import org.localize.testing.TestFiles;
import org.localize.testing.Tools;

/**
 * OmegaT 3.6 shows the findings validate --annotate writes: the annotated XLIFF loads as a project
 * source without error, and OmegaT attaches each finding to its segment as the comment its Comments
 * pane shows. The evidence is OmegaT's own: console mode runs a script once the project is loaded
 * ({@code --script}), which prints every segment's comment as OmegaT's XLIFF filter made it.
 */
class OmegaTAnnotateTest {
  @TempDir Path tmp;

  @Test
  void omegatShowsTheFindingsAsSegmentComments() throws Exception {
    OmegaT.require();
    Path in = TestFiles.write(tmp.resolve("story.en-ru.xlf"), org.localize.validate.AnnotateTestAccess.faulty());
    Path annotated = tmp.resolve("annotated.xlf");
    Cli.Result r = Cli.run("validate", in.toString(), "--published", "2024-06-19T05:30:00+03:00", "-g", "examples/newsroom-glossary.json", "--annotate", annotated.toString());
    assertEquals(1, r.exit(), r::toString);

    Path project = OmegaT.project(tmp, "en-US", "ru");
    Files.copy(annotated, project.resolve("source/story.en-ru.xlf"));
    Tools.Run run = OmegaT.withScript(tmp, project, "omegat-comments.groovy");
    assertEquals(0, run.exit(), () -> "OmegaT failed to load the annotated project:\n" + run.output());
    // the script runs on each project event of the run (load, save): the same lines each time
    List<String> segments = run.output().lines().filter(l -> l.startsWith("OMEGAT-SEGMENT ")).distinct().toList();
    assertEquals(21, segments.size(), () -> "OmegaT loaded every unit as a segment:\n" + run.output());
    String lead = segments.stream().filter(l -> l.contains("| /lead //")).findFirst()
        .orElseThrow(() -> new AssertionError("no comment for /lead:\n" + run.output()));
    assertTrue(lead.contains("localize validate: error [dates.weekday] the source says Wednesday but the translation has четверг"), lead);
    assertTrue(lead.contains("localize validate: error [numbers.missing]"), lead);
    assertTrue(lead.contains("Lead: the opening paragraph shown under the headline."), "extract's note is still shown: " + lead);
    // the other segments carry no finding
    assertEquals(1, segments.stream().filter(l -> l.contains("localize validate:")).count(), run::output);
    // and OmegaT writes its target file from it, notes included
    String target = TestFiles.readUtf8(project.resolve("target/story.en-ru.xlf"));
    assertTrue(target.contains("from=\"localize-validate\""), target);
  }
}
