package org.localize.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffSchema;

/**
 * validate --annotate: the translated XLIFF with each finding as a note in its unit, schema-valid,
 * the notes of an earlier run replaced and everyone else's kept, the input never changed, and
 * nothing else of the file touched. OmegaT showing the notes is interop/OmegaTAnnotateTest.
 */
class AnnotateTest {
  static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit");
  static final String PUBLISHED = "2024-06-19T05:30:00+03:00";

  @TempDir Path tmp;

  /** The example's Russian XLIFF with two mistakes in the lead: a number and a weekday. */
  static String faulty() {
    String xliff = TestFiles.readUtf8(EXAMPLE.resolve("story.en-ru.xlf"));
    String lead = "ранним утром в среду, встретили с большой пышностью: это его первый визит в страну за 24 года";
    assertTrue(xliff.contains(lead));
    return xliff.replace(lead, "ранним утром в четверг, встретили с большой пышностью: это его первый визит в страну за 42 года")
        .replace("<trans-unit id=\"headline\"", "<trans-unit id=\"headline\"")
        .replace("<note from=\"localize\">At most 110 characters.</note>",
            "<note from=\"localize\">At most 110 characters.</note>\n<note from=\"editor\">Keep Putin's name first.</note>");
  }

  Cli.Result annotate(Path in, Path out) {
    return Cli.run("validate", in.toString(), "--published", PUBLISHED, "-g", ValidateCommandTest.GLOSSARY, "--annotate", out.toString());
  }

  @Test
  void findingsBecomeNotesInTheirUnitsAndTheFileStaysValid() {
    Path in = TestFiles.write(tmp.resolve("story.en-ru.xlf"), faulty());
    byte[] before = TestFiles.read(in);
    Path out = tmp.resolve("story.en-ru.annotated.xlf");
    Cli.Result r = annotate(in, out);
    assertEquals(1, r.exit(), r::toString); // the errors still fail validate
    assertTrue(r.stdout().contains("[dates.weekday]"), r::toString);
    assertTrue(r.stderr().contains("wrote " + out + " (2 findings as notes for the translator)"), r::toString);
    assertArrayEquals(before, TestFiles.read(in), "the input is never changed");
    String annotated = TestFiles.readUtf8(out);
    XliffSchema.assertValid(TestFiles.read(out), "the annotated XLIFF");
    String lead = annotated.substring(annotated.indexOf("<trans-unit id=\"lead\""), annotated.indexOf("</trans-unit>", annotated.indexOf("<trans-unit id=\"lead\"")));
    assertTrue(lead.contains("<note from=\"localize-validate\" priority=\"1\" annotates=\"target\">localize validate: error [dates.weekday] "
        + "the source says Wednesday but the translation has четверг: «четверг»; suggestion: среду</note>"), lead);
    assertTrue(lead.contains("[numbers.missing]"), lead);
    // everyone else's notes are kept: extract's context notes, an editor's note
    assertTrue(annotated.contains("<note from=\"editor\">Keep Putin's name first.</note>"), annotated);
    assertTrue(annotated.contains("<note from=\"localize\">Lead: the opening paragraph shown under the headline.</note>"), annotated);
    // and nothing else changed: without localize's notes, the bytes are the input's
    assertEquals(TestFiles.readUtf8(in), annotated.replaceAll("\n<note from=\"localize-validate\"[^<]*</note>", ""));
  }

  @Test
  void aSecondRunReplacesTheNotesOfTheFirst() {
    Path in = TestFiles.write(tmp.resolve("story.en-ru.xlf"), faulty());
    Path once = tmp.resolve("once.xlf");
    Path twice = tmp.resolve("twice.xlf");
    annotate(in, once);
    annotate(once, twice);
    assertArrayEquals(TestFiles.read(once), TestFiles.read(twice), "annotating again gives the same file");
    // the translator fixes the weekday: its note goes, the number's stays
    Path fixed = TestFiles.write(tmp.resolve("fixed.xlf"), TestFiles.readUtf8(once).replace("утром в четверг", "утром в среду"));
    Path again = tmp.resolve("again.xlf");
    annotate(fixed, again);
    String text = TestFiles.readUtf8(again);
    assertFalse(text.contains("[dates.weekday]"), text);
    assertTrue(text.contains("[numbers.missing]"), text);
    XliffSchema.assertValid(TestFiles.read(again), "the re-annotated XLIFF");
  }

  @Test
  void aCleanFileComesBackUnchanged() {
    Path in = TestFiles.write(tmp.resolve("story.en-ru.xlf"), TestFiles.read(EXAMPLE.resolve("story.en-ru.xlf")));
    Path out = tmp.resolve("out.xlf");
    Cli.Result r = annotate(in, out);
    assertEquals(0, r.exit(), r::toString);
    assertArrayEquals(TestFiles.read(in), TestFiles.read(out));
  }

  @Test
  void xliff2NotesGoIntoTheUnitsNotes() {
    Cli.Result x = Cli.run("extract", EXAMPLE.resolve("story.en.json").toString(), "-t", "ru", "--xliff", "2.1", "-o", "-");
    assertEquals(0, x.exit(), x::toString);
    // a translation with a wrong weekday, and a unit whose notes element is gone
    String xliff = x.stdout().replace("<target xml:space=\"preserve\">Russian President Vladimir Putin received a lavish reception as he arrived in North Korea early Wednesday morning",
        "<target xml:space=\"preserve\">Russian President Vladimir Putin received a lavish reception as he arrived in North Korea early Thursday morning");
    assertTrue(!xliff.equals(x.stdout()));
    Path in = TestFiles.write(tmp.resolve("story.en-ru.xlf"), xliff);
    Path out = tmp.resolve("out.xlf");
    Cli.Result r = Cli.run("validate", in.toString(), "--published", PUBLISHED, "--source-locale", "en", "--target-locale", "en",
        "--annotate", out.toString());
    assertTrue(r.exit() <= 1, r::toString);
    String annotated = TestFiles.readUtf8(out);
    int lead = annotated.indexOf("<unit id=\"lead\"");
    String unit = annotated.substring(lead, annotated.indexOf("</unit>", lead));
    assertTrue(unit.contains("<note category=\"localize-validate\" priority=\"1\" appliesTo=\"target\">localize validate: error [dates.weekday]"), unit);
    assertTrue(unit.indexOf("<note category=\"localize-validate\"") < unit.indexOf("</notes>"), "inside the unit's notes: " + unit);
    org.localize.updates.Xliff2SchemaAccess.assertValid(TestFiles.read(out));
    Path twice = tmp.resolve("twice.xlf");
    Cli.run("validate", out.toString(), "--published", PUBLISHED, "--source-locale", "en", "--target-locale", "en", "--annotate", twice.toString());
    assertArrayEquals(TestFiles.read(out), TestFiles.read(twice));
  }

  @Test
  void theInputIsNeverTheOutputAndAStoryCannotBeAnnotated() {
    Path in = TestFiles.write(tmp.resolve("story.en-ru.xlf"), faulty());
    byte[] before = TestFiles.read(in);
    Cli.Result same = annotate(in, in);
    assertEquals(2, same.exit(), same::toString);
    assertTrue(same.stderr().contains("is the file being checked, which is never changed"), same::toString);
    assertArrayEquals(before, TestFiles.read(in));
    Cli.Result story = Cli.run("validate", EXAMPLE.resolve("damaged.ru.json").toString(), "--source",
        EXAMPLE.resolve("story.en.json").toString(), "--annotate", tmp.resolve("x.xlf").toString());
    assertEquals(2, story.exit(), story::toString);
    assertTrue(story.stderr().contains("--annotate writes the findings into a translated XLIFF file"), story::toString);
  }
}
