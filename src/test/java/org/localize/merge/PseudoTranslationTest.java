package org.localize.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.localize.Localizer;
import org.localize.Pairs;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.testing.Corpus;
import org.localize.testing.JsonBytes;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;
import org.localize.unit.Unit;
import org.localize.xliff.Xliff12Reader;
import org.localize.xliff.XliffUnit;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Pseudo-translates every target (letters accented, the whole wrapped in [ ]), keeping the inline
 * codes; merges; extracts the merged story again: its sources must be the pseudo targets, and the
 * bytes outside string values must not have changed.
 */
class PseudoTranslationTest {
  @TempDir Path tmp;

  private static final String PLAIN = "aeiouycnAEIOUYCN";
  private static final String ACCENTED = "áéíóúýçñÁÉÍÓÚÝÇÑ";

  /**
   * Accents letters of text nodes at an even depth of MessageFormat braces: depth 0 is the message,
   * depth 1 the syntax of a plural or select argument ({@code n, plural, one}), depth 2 its
   * sub-messages; syntax must stay as it is.
   */
  static void pseudo(Element target) {
    int[] depth = {0};
    accent(target, depth);
    target.insertBefore(target.getOwnerDocument().createTextNode("["), target.getFirstChild());
    target.appendChild(target.getOwnerDocument().createTextNode("]"));
    target.setAttribute("state", "translated");
  }

  private static void accent(Node node, int[] depth) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE) {
        StringBuilder sb = new StringBuilder();
        for (char c : n.getNodeValue().toCharArray()) {
          if (c == '{') {
            depth[0]++;
          } else if (c == '}') {
            depth[0]--;
          }
          int k = PLAIN.indexOf(c);
          sb.append(k >= 0 && depth[0] % 2 == 0 ? ACCENTED.charAt(k) : c);
        }
        n.setNodeValue(sb.toString());
      } else if (n.getNodeType() == Node.ELEMENT_NODE) {
        accent(n, depth);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> pseudoTargetsComeBackAsSources() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Corpus.Story story : Corpus.stories()) {
      for (Corpus.Variant variant : Corpus.variants()) {
        if (!List.of("as-is", "bom-crlf", "ascii-escaped").contains(variant.name())) {
          continue; // the identity round trip covers every variant; three keep this one fast
        }
        tests.add(DynamicTest.dynamicTest(story.name() + " [" + variant.name() + "]", () -> run(story, variant)));
      }
    }
    return tests.stream();
  }

  private void run(Corpus.Story story, Corpus.Variant variant) {
    Path dir = tmp.resolve(story.name().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + variant.name());
    byte[] input = variant.apply().apply(story.bytes());
    Path storyFile = TestFiles.write(dir.resolve("story.json"), input);
    byte[] xliff = Steps.extract(storyFile, dir.resolve("story.xlf"), story.extractArgs());
    byte[] pseudoXliff = XliffEdit.of(xliff).copySourceToTarget("translated").eachTarget(PseudoTranslationTest::pseudo).bytes();
    Path pseudoFile = Steps.writeXliff(dir.resolve("pseudo.xlf"), pseudoXliff);
    byte[] merged = Steps.merge(storyFile, pseudoFile, dir.resolve("merged.json"), "--no-checks");

    assertEquals(JsonBytes.outsideStringValues(input), JsonBytes.outsideStringValues(merged),
        "only string values may change");

    Map<String, String> expected = new LinkedHashMap<>();
    for (XliffUnit u : Xliff12Reader.parse("pseudo.xlf", pseudoXliff).units()) {
      expected.put(u.resname(), u.target().signature());
    }
    Map<String, String> again = new LinkedHashMap<>();
    List<Unit> units = Localizer.extract(StoryReader.parse("merged.json", merged), null).units();
    for (Unit u : units) {
      again.put(u.pointer(), u.source().signature());
    }
    assertEquals(expected, again, "the merged story's units are the pseudo targets");

    // what merge's checks look at, taken from the merge itself, is what reading the merged story gives
    int p = story.extractArgs().indexOf("--profile");
    Extraction ex = Localizer.extract(StoryReader.parse("story.json", input), p < 0 ? null : story.extractArgs().get(p + 1));
    MergeResult result = Localizer.merge(ex, Localizer.parseXliff("pseudo.xlf", pseudoXliff), null, MergeOptions.DEFAULTS);
    assertEquals(new String(merged, java.nio.charset.StandardCharsets.UTF_8), new String(result.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(Pairs.of(ex, StoryReader.parse("merged.json", merged)), Pairs.of(ex, result));
    if (!units.isEmpty()) {
      assertNotEquals(new String(input, java.nio.charset.StandardCharsets.UTF_8),
          new String(merged, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
