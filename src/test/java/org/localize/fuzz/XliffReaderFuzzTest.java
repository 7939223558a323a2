package org.localize.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.localize.Localizer;
import org.localize.diag.LocalizeException;
import org.localize.merge.MergeOptions;
import org.localize.merge.Merger;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.testing.TestFiles;
import org.localize.xliff.Xliff12Reader;
import org.localize.xliff.XliffDocument;

/**
 * Coverage-guided fuzzing of the XLIFF side: {@link Xliff12Reader#parse} and then
 * {@link Merger#merge} (every merge check: states, staleness, inline codes, MessageFormat) must
 * answer any bytes with a result or a {@link LocalizeException}, never another exception.
 *
 * <p>The seeds in {@code XliffReaderFuzzTestInputs/} are real translated files of the fixture
 * story, so the fuzzer starts from XLIFF that reaches the merge checks.
 */
class XliffReaderFuzzTest {
  static final Extraction STORY = Localizer.extract(StoryReader.parse("story.en.json",
      TestFiles.read(TestFiles.TEST_RESOURCES.resolve("merge/cat-tool/story.en.json"))), null);

  @FuzzTest(maxDuration = "60s")
  void xliffReader(byte[] data) {
    XliffDocument doc;
    try {
      doc = Xliff12Reader.parse("fuzz.xlf", data);
    } catch (LocalizeException e) {
      return;
    }
    assertNotNull(doc.targetLocale());
    try {
      Merger.merge(STORY, doc, null, new MergeOptions(MergeOptions.Required.TRANSLATED, false));
    } catch (LocalizeException e) {
      // a refusal is an answer
    }
  }

  static Path seeds() {
    return TestFiles.TEST_RESOURCES.resolve("org/localize/fuzz/XliffReaderFuzzTestInputs/xliffReader");
  }
}
