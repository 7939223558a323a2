package org.localize.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Golden;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;

/**
 * A translated XLIFF as a CAT tool saves it merges to the same story as the plain one localize
 * writes: UTF-16LE with BOM, CRLF, {@code <seg-source>} and {@code <mrk mtype="seg">} segments,
 * {@code <alt-trans>}, foreign-namespace elements and attributes (memoQ's), {@code &quot;} as OmegaT
 * writes it, a reordered pair of codes, a signed-off state, and a target changed under
 * state="needs-translation" (OmegaT leaves the state alone).
 */
class CatToolXliffTest {
  static final Path DIR = TestFiles.TEST_RESOURCES.resolve("merge/cat-tool");
  static final Path STORY = DIR.resolve("story.en.json");

  @TempDir Path tmp;

  @Test
  void theFixtureHasEveryShapeItClaims() {
    byte[] b = TestFiles.read(DIR.resolve("cat-tool.en-ru.xlf"));
    assertEquals(0xFF, b[0] & 0xFF, "UTF-16LE byte order mark");
    assertEquals(0xFE, b[1] & 0xFF, "UTF-16LE byte order mark");
    String text = new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    for (String shape : new String[] {"\r\n", "<seg-source>", "<mrk mtype=\"seg\"", "<alt-trans", "<mq:history>",
        "mq:status=", "&quot;", "state=\"needs-translation\">Помочь", "state=\"signed-off\""}) {
      assertTrue(text.contains(shape), "the CAT-tool fixture has " + shape);
    }
    assertTrue(text.indexOf("<g id=\"2\"", text.indexOf("<target xml:lang=\"ru\" state=\"translated\"><mrk"))
        < text.indexOf("<g id=\"1\"", text.indexOf("<target xml:lang=\"ru\" state=\"translated\"><mrk")),
        "the lead's target has its codes in another order than the source");
  }

  @Test
  void catToolXliffMergesToTheSameStoryAsThePlainOne() {
    byte[] plain = Steps.merge(STORY, DIR.resolve("plain.en-ru.xlf"), tmp.resolve("plain.json"));
    byte[] cat = Steps.merge(STORY, DIR.resolve("cat-tool.en-ru.xlf"), tmp.resolve("cat.json"));
    assertEquals(new String(plain, StandardCharsets.UTF_8), new String(cat, StandardCharsets.UTF_8));
    assertArrayEquals(plain, cat);
  }

  @Test
  void thePlainXliffMergesToTheReviewedStory() {
    Steps.writeXliff(tmp.resolve("check.xlf"), TestFiles.read(DIR.resolve("plain.en-ru.xlf")));
    byte[] plain = Steps.merge(STORY, DIR.resolve("plain.en-ru.xlf"), tmp.resolve("plain.json"));
    Golden.assertMatches(DIR.resolve("expected.ru.json"), plain);
  }
}
