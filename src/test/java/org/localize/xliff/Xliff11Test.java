package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/**
 * XLIFF 1.1 is read through the XLIFF 1.2 path, including what Translate Toolkit's po2xliff does
 * differently (the round trip with the real tool is TranslateToolkitTest).
 */
class Xliff11Test {
  static final Path FIXTURES = TestFiles.TEST_RESOURCES.resolve("merge/cat-tool");
  static final String V12 = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">";
  static final String V11 = "<xliff version=\"1.1\" xmlns=\"urn:oasis:names:tc:xliff:document:1.1\">";

  @TempDir Path tmp;

  @Test
  void aTranslated11FileMergesLikeIts12Twin() {
    Path story = TestFiles.write(tmp.resolve("story.en.json"), TestFiles.read(FIXTURES.resolve("story.en.json")));
    String plain = TestFiles.readUtf8(FIXTURES.resolve("plain.en-ru.xlf"));
    assertTrue(plain.contains(V12));
    Path x12 = TestFiles.write(tmp.resolve("a.xlf"), plain);
    Path x11 = TestFiles.write(tmp.resolve("b.xlf"), plain.replace(V12, V11));
    Cli.Result a = Cli.run("merge", story.toString(), x12.toString(), "-o", tmp.resolve("a.json").toString());
    Cli.Result b = Cli.run("merge", story.toString(), x11.toString(), "-o", tmp.resolve("b.json").toString());
    assertEquals(0, a.exit(), a::toString);
    assertEquals(0, b.exit(), b::toString);
    assertEquals(TestFiles.readUtf8(tmp.resolve("a.json")), TestFiles.readUtf8(tmp.resolve("b.json")));
  }

  @Test
  void po2xliffShapesAreRead() {
    String xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
          <file original="story.po" source-language="en-US" datatype="plaintext">
            <body>
              <trans-unit xml:space="preserve" id="1" approved="no" restype="x-gettext-domain-header"><source>Content-Type: text/plain; charset=UTF-8
        </source>
                <target state="translated">Content-Type: text/plain; charset=UTF-8
        </target>
              </trans-unit>
              <trans-unit xml:space="preserve" id="2" approved="no"><source>The river rose</source>
                <target state="translated">Der Fluss stieg</target>
                <context-group name="po-reference" purpose="location"><context context-type="sourcefile">headline</context></context-group>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """;
    XliffDocument doc = XliffReader.parse("story.xlf", xliff.getBytes(StandardCharsets.UTF_8));
    assertNull(doc.targetLocale(), "po2xliff writes no target-language");
    assertEquals(1, doc.units().size(), "the PO header is no unit: " + doc.units());
    XliffUnit u = doc.units().get(0);
    assertEquals("headline", u.id(), "the unit's id from its PO location");
    assertEquals("Der Fluss stieg", u.target().plainText());
    assertEquals(ReviewStates.TRANSLATED, ReviewStates.level(u, u.source()));
  }
}
