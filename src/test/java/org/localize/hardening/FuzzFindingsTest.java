package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.JsonBytes;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;
import org.localize.testing.XliffSchema;

/**
 * What the fuzzers found, replayed through the command line (their raw inputs stay in the seed
 * corpora under src/test/resources/org/localize/fuzz/).
 */
class FuzzFindingsTest {
  @TempDir Path tmp;

  /** InlineCodec: a tag inside a simple argument's style ({n, x, <b>}) crashed extract with StringIndexOutOfBounds. */
  @Test
  void aTagInsideAMessageFormatArgumentStyleIsPartOfThePlaceholder() {
    String json = "{\"id\": \"s\", \"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": [{\"id\": \"g\", \"type\": \"appeal\","
        + " \"text\": \"Give {amount, number} <b>now</b> {n, bplural, <b>x</b> {# reader}} it''s {x}\"}]}";
    Path story = TestFiles.write(tmp.resolve("story.json"), json);
    Path xlf = tmp.resolve("s.xlf");
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "ru", "-o", xlf.toString());
    assertEquals(0, r.exit(), r::toString);
    XliffSchema.assertValid(TestFiles.read(xlf), "the XLIFF");
    Path same = TestFiles.write(tmp.resolve("same.xlf"), XliffEdit.of(TestFiles.read(xlf)).copySourceToTarget("translated").bytes());
    Path out = tmp.resolve("out.json");
    r = Cli.run("merge", story.toString(), same.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertArrayEquals(JsonBytes.withLocale(TestFiles.utf8(json), "ru"), TestFiles.read(out));
  }

  /** Merger compared the story's locale as written: " en" or "en_US" refused the XLIFF extract had just written. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {" en", "en_US", "en-us", "EN\\t"})
  void aStoryLocaleThatExtractCanonicalizesIsAcceptedByMerge(String locale) {
    String json = "{\"id\": \"s\", \"locale\": \"" + locale + "\", \"headline\": \"Hi\", \"blocks\": []}";
    Path story = TestFiles.write(tmp.resolve("story.json"), json);
    Path xlf = tmp.resolve("s.xlf");
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "ru", "-o", xlf.toString());
    assertEquals(0, r.exit(), r::toString);
    Path ru = TestFiles.write(tmp.resolve("ru.xlf"), XliffEdit.of(TestFiles.read(xlf)).copySourceToTarget("translated")
        .eachTarget(t -> t.setTextContent("Привет")).bytes());
    r = Cli.run("merge", story.toString(), ru.toString(), "-o", tmp.resolve("out.json").toString());
    assertEquals(0, r.exit(), r::toString);
  }
}
