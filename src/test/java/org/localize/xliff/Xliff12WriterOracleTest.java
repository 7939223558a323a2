package org.localize.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.localize.Localizer;
import org.localize.story.Extraction;
import org.localize.testing.XliffSchema;
import org.localize.unit.Content;
import org.localize.unit.Content.CodeKind;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;

/**
 * {@link Xliff12Writer} writes the XML itself; Okapi's {@code XLIFFWriter}, which it replaced, is the
 * oracle: for the stories of the test resources and for random units full of what needs escaping
 * (CR, tab, {@code ]]>}, quotes, surrogate pairs, codes of every kind, pairs split by a sentence
 * boundary), with and without segmentation and empty targets, both write the same bytes. (Where
 * Okapi's output was lossy the direct writer deliberately differs, and the random units avoid it:
 * a tab, LF or CR in an attribute, which Okapi wrote raw and XML reads as a space; a code pair
 * without its partner, which Okapi wrote as an unclosed {@code <g>}.)
 */
class Xliff12WriterOracleTest {
  private static final XliffOptions[] OPTIONS = {
      new XliffOptions(false, XliffOptions.Version.V1_2, false),
      new XliffOptions(true, XliffOptions.Version.V1_2, false),
      new XliffOptions(false, XliffOptions.Version.V1_2, true),
      new XliffOptions(true, XliffOptions.Version.V1_2, true)};

  @Test
  void theStoriesOfTheTestsAreWrittenAsOkapiWroteThem() throws IOException {
    List<Path> stories;
    try (Stream<Path> s = Stream.of("src/test/resources/golden", "src/test/resources/formats", "src/test/resources/updates",
        "src/test/resources/merge", "examples").flatMap(Xliff12WriterOracleTest::jsonFiles)) {
      stories = s.toList();
    }
    int compared = 0;
    for (Path story : stories) {
      Extraction ex;
      String source;
      try {
        ex = Localizer.read(story, null);
        source = ex.declaredLocale() == null ? "en" : Localizer.sourceLocale(ex, null);
      } catch (RuntimeException e) {
        continue; // not a story (an expected merge result, a story without a profile)
      }
      String target = source.startsWith("ru") ? "de" : "ru";
      TranslationFile file = Localizer.translationFile(ex, source, target);
      for (XliffOptions o : OPTIONS) {
        assertSame(file, o, story.toString());
      }
      compared++;
    }
    assertTrue(compared >= 15, "compared " + compared + " stories");
  }

  @Test
  void randomUnitsAreWrittenAsOkapiWroteThem() {
    Random random = new Random(20261125);
    String[][] locales = {{"en", "ru"}, {"en_GB", "de-AT"}, {"en-US", "sr-Latn-RS"}, {"ru", "en"}, {"de", "fr"}};
    for (int n = 0; n < 300; n++) {
      String[] loc = locales[random.nextInt(locales.length)];
      List<TranslationFile.Entry> entries = new ArrayList<>();
      int units = 1 + random.nextInt(6);
      for (int u = 0; u < units; u++) {
        entries.add(entry(random, u));
      }
      String storyId = random.nextBoolean() ? null : pick(random, "s", " padded ", "cr\ronly", "q\"uote", "a<b&c>d", "");
      String original = pick(random, "story.json", "it's \"mine\" <&>.json", null);
      TranslationFile file = new TranslationFile(original, storyId, loc[0], loc[1], entries);
      XliffOptions o = OPTIONS[random.nextInt(OPTIONS.length)];
      byte[] written = assertSame(file, o, "random file " + n);
      XliffSchema.assertValid(written, "random file " + n);
    }
    assertTrue(okapiInvalid < 30, okapiInvalid + " of 300 files compared with Okapi's invalid output only");
  }

  /**
   * Both writers write the same bytes, unless Okapi's are not valid XLIFF (the segmenter split a
   * {@code ]]>} between two sentences; a target split anew had sentence ids its source lacks):
   * then the direct writer's must be.
   */
  private static int okapiInvalid;

  private static byte[] assertSame(TranslationFile file, XliffOptions o, String what) {
    byte[] expected = OkapiXliff12Writer.write(file, o);
    byte[] actual = Xliff12Writer.write(file, o);
    if (!valid(expected)) {
      okapiInvalid++;
      XliffSchema.assertValid(actual, what + " (which Okapi wrote invalid)");
      return actual;
    }
    assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
        what + " with " + o);
    return actual;
  }

  private static boolean valid(byte[] xliff) {
    try {
      XliffSchema.assertValid(xliff, "");
      return true;
    } catch (org.opentest4j.AssertionFailedError e) {
      return false;
    }
  }

  private static Stream<Path> jsonFiles(String dir) {
    try {
      return Files.walk(Path.of(dir)).filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static TranslationFile.Entry entry(Random random, int index) {
    Content source = content(random);
    List<String> notes = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      notes.add(pick(random, "A note.", "line\r\nbreak", "cr\ronly", "tab\there", "]]> and ]>", "\"q\" it's <b> & c", "😀 ok"));
    }
    String kind = pick(random, "headline", "caption", "x-custom", "string", "paragraph", "");
    String pointer = pick(random, "/headline", "/blocks/" + index + "/text", "/a\"b/it's", "/x<y&z>]]>", "");
    Unit unit = new Unit("u" + index, kind, TextFormat.HTML, source, List.of(pointer), notes,
        random.nextInt(3) == 0 ? 80 : 0);
    List<TranslationFile.Suggestion> suggestions = new ArrayList<>();
    for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
      suggestions.add(new TranslationFile.Suggestion(random.nextBoolean() ? Content.text("") : content(random),
          content(random), pick(random, 0, 55, 100), pick(random, null, "", "tm's \"v1\".tmx")));
    }
    List<String> entryNotes = random.nextBoolean() ? List.of() : List.of("Kept from \"v1\".");
    return switch (random.nextInt(3)) {
      case 0 -> new TranslationFile.Entry(unit, null, null, null, false, entryNotes, suggestions);
      case 1 -> new TranslationFile.Entry(unit, random.nextInt(4) == 0 ? Content.text("") : content(random),
          pick(random, "translated", "final", "needs-review-translation"),
          pick(random, null, "id-match", "exact-match"), random.nextBoolean(), entryNotes, suggestions);
      default -> new TranslationFile.Entry(unit, source, "translated"); // a copy of the source, split alike
    };
  }

  private static final String[] TEXTS = {
      "Hello", " world", "First sentence. ", "Second one! ", "A third? ", "Done.", "]]>", "]>", "a > b", "<tag>",
      "&amp;", "\"quoted\"", "it's", "\t", "\n", "\r\n", "\r", "😀", "Ünïcödé", "\u00a0", "\u2028", "Mr. Smith. ",
      "]", ">", "Предложение. ", "Второе. "};
  private static final String[] TYPES = {
      "link", "bold", "italic", "underlined", "lb", "image", "pb", "x-span", "x-char", "", "null", "a b", "it's", "f<&>"};
  private static final String[] DISPLAYS = {"<a>", "", "</b>", "<br/>", "U+0007", "it's \"x\"", "]]>", "a&b", "😀"};

  /** Text with codes: placeholders and well-formed pairs, nested at random. */
  private static Content content(Random random) {
    List<Content.Part> parts = new ArrayList<>();
    fill(random, parts, new int[] {1}, 0);
    return new Content(parts);
  }

  private static void fill(Random random, List<Content.Part> parts, int[] nextId, int depth) {
    for (int i = random.nextInt(6); i >= 0; i--) {
      switch (random.nextInt(depth < 3 ? 5 : 3)) {
        case 0, 1 -> parts.add(new Content.Text(TEXTS[random.nextInt(TEXTS.length)]));
        case 2 -> parts.add(new Content.Code(CodeKind.PLACEHOLDER, nextId[0]++, pick(random, TYPES),
            "data", pick(random, DISPLAYS)));
        default -> {
          int id = nextId[0]++;
          String type = pick(random, TYPES);
          parts.add(new Content.Code(CodeKind.OPEN, id, type, "<o>", pick(random, DISPLAYS)));
          fill(random, parts, nextId, depth + 1);
          parts.add(new Content.Code(CodeKind.CLOSE, id, type, "</o>", pick(random, DISPLAYS)));
        }
      }
    }
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
