package org.localize.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.Localizer;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.testing.Corpus;
import org.localize.testing.TestFiles;
import org.localize.testing.Tools;
import org.localize.xliff.XliffOptions;

/**
 * libxml2's {@code xmllint} (Debian package {@code libxml2-utils}), a validator that shares no
 * code with the JDK's, checks against the OASIS XLIFF 1.2 strict schema: the example's XLIFF, every
 * golden file, and what extract writes now for every story of the corpus, with and without
 * pre-filled targets. {@code --nonet}: the schema's import of xml.xsd is resolved locally.
 */
class XmllintTest {
  static final Path XMLLINT = Path.of("/usr/bin/xmllint");
  static final Path XSD = TestFiles.TEST_RESOURCES.resolve("xsd/xliff-core-1.2-strict.xsd");

  @TempDir Path tmp;

  @Test
  void everyXliffValidatesAgainstTheStrictSchema() throws Exception {
    Tools.require(XMLLINT, "libxml2-utils");
    List<String> files = new ArrayList<>();
    files.add(TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf").toString());
    try (Stream<Path> s = Files.walk(TestFiles.TEST_RESOURCES.resolve("golden"))) {
      s.filter(p -> p.toString().endsWith(".xlf")).sorted().forEach(p -> files.add(p.toString()));
    }
    files.add(TestFiles.TEST_RESOURCES.resolve("merge/cat-tool/plain.en-ru.xlf").toString());
    int n = 0;
    for (Corpus.Story story : Corpus.stories()) {
      for (boolean empty : new boolean[] {false, true}) {
        files.add(extract(story, empty, tmp.resolve(String.format("s%02d.xlf", n++))).toString());
      }
    }
    List<String> command = new ArrayList<>(List.of(XMLLINT.toString(), "--noout", "--nonet", "--schema", XSD.toString()));
    command.addAll(files);
    long start = System.nanoTime();
    Tools.Run r = Tools.run(tmp, command);
    System.out.printf("interop: xmllint validated %d files in %d ms%n", files.size(), (System.nanoTime() - start) / 1_000_000);
    assertEquals(0, r.exit(), r::output);
    long valid = r.output().lines().filter(l -> l.endsWith(" validates")).count();
    assertEquals(files.size(), valid, r::output);
    assertTrue(files.size() >= 40, "the corpus is not empty: " + files.size());
  }

  private static Path extract(Corpus.Story story, boolean emptyTargets, Path out) throws IOException {
    Extraction ex = Localizer.extract(StoryReader.parse("story.json", story.bytes()), null);
    int i = story.extractArgs().indexOf("--source-locale");
    String src = Localizer.sourceLocale(ex, i < 0 ? null : story.extractArgs().get(i + 1));
    byte[] xliff = Localizer.toXliff(Localizer.translationFile(ex, src, Localizer.canonicalLocale(story.target(), "-t")),
        new XliffOptions(emptyTargets));
    return TestFiles.write(out, xliff);
  }
}
