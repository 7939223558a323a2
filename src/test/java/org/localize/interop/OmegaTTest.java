package org.localize.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.OmegaT;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * OmegaT 3.6 (Debian package {@code omegat}) translates what localize extracts, headless: extract
 * the Pyongyang story, let OmegaT translate it from a TMX made of the example's Russian XLIFF, merge
 * OmegaT's file, and get the example's Russian story byte for byte.
 *
 * <p>Follows the verified recipe (shared/research/omegat-console-recipe.sh, peers.md §4.4): a
 * project with every folder, sentence segmentation off, targets pre-filled by extract, the TMX in
 * {@code tm/auto/} with OmegaT's tag shortcuts ({@code <g0>…</g0>}, {@code <x1/>}), console-translate
 * with {@code --tag-validation=abort}. OmegaT leaves {@code state="needs-translation"} and writes
 * quotes as {@code &quot;}; merge accepts both.
 */
class OmegaTTest {
  static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit");

  @TempDir Path tmp;

  @Test
  void omegatTranslatesTheExtractedStoryAndMergeGivesTheRussianStory() throws Exception {
    OmegaT.require();
    Path story = EXAMPLE.resolve("story.en.json");
    Path extracted = tmp.resolve("story.en-ru.xlf");
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "ru", "-o", extracted.toString());
    assertEquals(0, r.exit(), r::toString);
    byte[] tmx = TestFiles.utf8(tmx(TestFiles.read(EXAMPLE.resolve("story.en-ru.xlf"))));
    Path translated = TestFiles.write(tmp.resolve("omegat.en-ru.xlf"),
        OmegaT.translate(tmp, "en-US", "ru", "story.en-ru.xlf", TestFiles.read(extracted), tmx));
    String text = TestFiles.readUtf8(translated);
    assertTrue(text.contains("state=\"needs-translation\""), "OmegaT keeps the state as it was");

    Path out = tmp.resolve("story.ru.json");
    r = Cli.run("merge", story.toString(), translated.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertArrayEquals(TestFiles.read(EXAMPLE.resolve("story.ru.json")), TestFiles.read(out),
        "OmegaT's translation merges into the example's Russian story, byte for byte");
  }

  /**
   * A TMX 1.4 of every unit of a translated XLIFF, inline codes as OmegaT's shortcuts: numbered
   * from 0 in the order they appear in the source, a pair sharing its number.
   */
  static String tmx(byte[] xliff) {
    StringBuilder sb = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="localize-tests" creationtoolversion="1" segtype="paragraph" \
        o-tmf="none" adminlang="en" srclang="en-US" datatype="plaintext"/><body>
        """);
    for (Element unit : XliffEdit.of(xliff).units()) {
      Map<String, Integer> numbers = new HashMap<>();
      String src = shortcuts(XliffEdit.child(unit, "source"), numbers);
      String tgt = shortcuts(XliffEdit.child(unit, "target"), numbers);
      sb.append("<tu><tuv xml:lang=\"en-US\"><seg>").append(escape(src)).append("</seg></tuv>")
          .append("<tuv xml:lang=\"ru\"><seg>").append(escape(tgt)).append("</seg></tuv></tu>\n");
    }
    return sb.append("</body></tmx>\n").toString();
  }

  private static String shortcuts(Element e, Map<String, Integer> numbers) {
    StringBuilder sb = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(n.getNodeValue());
      } else if (n instanceof Element c) {
        String name = c.getLocalName();
        int k = numbers.computeIfAbsent(name + c.getAttribute("id"), key -> numbers.size());
        if (name.equals("g")) {
          sb.append("<g").append(k).append('>').append(shortcuts(c, numbers)).append("</g").append(k).append('>');
        } else {
          sb.append('<').append(name).append(k).append("/>");
        }
      }
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
