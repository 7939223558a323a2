package org.localize.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.Localizer;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.testing.Corpus;
import org.localize.testing.TestFiles;
import org.localize.testing.Tools;
import org.localize.unit.Unit;
import org.localize.xliff.XliffOptions;

/**
 * Translate Toolkit 3.8 (Debian package {@code translate-toolkit}) reads what localize writes: for
 * every story of the test corpus, {@code pocount} counts as many units as extract wrote, and
 * {@code xliff2po} converts without error into one message per unit, its msgid the unit's text
 * (Translate Toolkit drops inline codes and keeps the text inside them) and its location the id.
 */
class TranslateToolkitTest {
  static final Path POCOUNT = Path.of("/usr/bin/pocount");
  static final Path XLIFF2PO = Path.of("/usr/bin/xliff2po");
  static final Path PO2XLIFF = Path.of("/usr/bin/po2xliff");

  /** A story without inline markup: Translate Toolkit's PO round trip keeps text, not codes. */
  static final String PLAIN_STORY = """
      {
        "id": "tt-round-trip",
        "locale": "en",
        "headline": "The river rose overnight",
        "lead": "Three villages were cut off on Tuesday.",
        "blocks": [
          {"id": "p1", "type": "paragraph", "text": "Rescuers reached them by boat."},
          {"id": "ph", "type": "photo", "src": "https://img.example.org/river.jpg", "caption": "The flooded road", "credit": "AP"}
        ]
      }
      """;

  static final Map<String, String> GERMAN = Map.of(
      "The river rose overnight", "Der Fluss stieg über Nacht",
      "Three villages were cut off on Tuesday.", "Drei Dörfer waren am Dienstag abgeschnitten.",
      "Rescuers reached them by boat.", "Retter erreichten sie mit dem Boot.",
      "The flooded road", "Die überflutete Straße",
      "AP", "AP");

  /**
   * pocount counts a fresh extract right when its targets are empty (extract --empty-targets): all
   * untranslated, none fuzzy. The default extract fills each target with the source (OmegaT 3.6
   * translates only what is in the target), and Translate Toolkit takes any target of a unit that
   * is not approved="yes" for a fuzzy translation (translate/storage/xliff.py, isfuzzy); no state
   * localize could write changes that without claiming approval, so docs/cat-tools.md says to use
   * --empty-targets for Translate Toolkit.
   */
  @Test
  void pocountCountsAnExtractWithEmptyTargetsAsUntranslated() throws Exception {
    Tools.require(POCOUNT, "translate-toolkit");
    Path story = TestFiles.write(tmp.resolve("story.en.json"), PLAIN_STORY);
    org.localize.testing.Cli.Result r = org.localize.testing.Cli.run("extract", story.toString(), "-t", "de", "--empty-targets",
        "-o", tmp.resolve("empty.xlf").toString());
    assertEquals(0, r.exit(), r::toString);
    r = org.localize.testing.Cli.run("extract", story.toString(), "-t", "de", "-o", tmp.resolve("filled.xlf").toString());
    assertEquals(0, r.exit(), r::toString);
    Tools.Run count = Tools.run(tmp, List.of(POCOUNT.toString(), "--csv", tmp.resolve("empty.xlf").toString(),
        tmp.resolve("filled.xlf").toString()));
    assertEquals(0, count.exit(), count::output);
    // Filename, Translated, words, target words, Fuzzy, words, Untranslated, words, Total, words
    String[] empty = csvLine(count.output(), "empty.xlf");
    assertEquals(0, Integer.parseInt(empty[1].trim()), "translated: " + count.output());
    assertEquals(0, Integer.parseInt(empty[4].trim()), "fuzzy: " + count.output());
    assertEquals(5, Integer.parseInt(empty[6].trim()), "untranslated: " + count.output());
    String[] filled = csvLine(count.output(), "filled.xlf");
    assertEquals(5, Integer.parseInt(filled[4].trim()), "Translate Toolkit's reading of source-filled targets, documented: " + count.output());
  }

  private static String[] csvLine(String output, String file) {
    return output.lines().filter(l -> l.contains(file)).findFirst()
        .orElseThrow(() -> new AssertionError("pocount did not list " + file + ":\n" + output)).split(",");
  }

  /**
   * The Translate Toolkit round trip: extract, xliff2po, the translator's PO, po2xliff (which writes
   * XLIFF 1.1, without target-language, the unit's id in a po-reference context, the PO header as
   * a unit), merge --target de. The 1.1 file is read through the same path as 1.2.
   */
  @Test
  void po2xliffXliff11MergesBackIntoTheStory() throws Exception {
    Tools.require(XLIFF2PO, "translate-toolkit");
    Tools.require(PO2XLIFF, "translate-toolkit");
    Path story = TestFiles.write(tmp.resolve("story.en.json"), PLAIN_STORY);
    Path xlf = tmp.resolve("story.en-de.xlf");
    org.localize.testing.Cli.Result r = org.localize.testing.Cli.run("extract", story.toString(), "-t", "de", "-o", xlf.toString());
    assertEquals(0, r.exit(), r::toString);
    Path po = tmp.resolve("story.de.po");
    Tools.Run toPo = Tools.run(tmp, List.of(XLIFF2PO.toString(), "--progress=none", xlf.toString(), po.toString()));
    assertEquals(0, toPo.exit(), toPo::output);
    // the translator's work in a PO editor: each msgstr translated, the fuzzy flags gone
    String text = Files.readString(po, StandardCharsets.UTF_8).replace("#, fuzzy\n", "");
    for (var e : GERMAN.entrySet()) {
      String from = "msgid \"" + e.getKey() + "\"\nmsgstr \"" + e.getKey() + "\"";
      assertTrue(text.contains(from), () -> "xliff2po wrote " + e.getKey() + " as expected:\n");
      text = text.replace(from, "msgid \"" + e.getKey() + "\"\nmsgstr \"" + e.getValue() + "\"");
    }
    Files.writeString(po, text, StandardCharsets.UTF_8);
    Path back = tmp.resolve("back.xlf");
    Tools.Run toXliff = Tools.run(tmp, List.of(PO2XLIFF.toString(), "--progress=none", po.toString(), back.toString()));
    assertEquals(0, toXliff.exit(), toXliff::output);
    String xliff11 = Files.readString(back, StandardCharsets.UTF_8);
    assertTrue(xliff11.contains("urn:oasis:names:tc:xliff:document:1.1"), xliff11);
    assertTrue(!xliff11.contains("target-language"), "po2xliff writes no target-language: " + xliff11);

    Path out = tmp.resolve("story.de.json");
    org.localize.testing.Cli.Result noTarget = org.localize.testing.Cli.run("merge", story.toString(), back.toString(), "-o", out.toString());
    assertEquals(3, noTarget.exit(), noTarget::toString);
    assertTrue(noTarget.stderr().contains("does not say its target language (po2xliff writes none); give it with --target LOCALE"),
        noTarget::toString);

    org.localize.testing.Cli.Result merged = org.localize.testing.Cli.run("merge", story.toString(), back.toString(), "--target", "de",
        "-o", out.toString());
    assertEquals(0, merged.exit(), merged::toString);
    String json = Files.readString(out, StandardCharsets.UTF_8);
    for (String german : GERMAN.values()) {
      assertTrue(json.contains("\"" + german + "\""), () -> german + " is in the story:\n" + json);
    }
    assertTrue(json.contains("\"locale\": \"de\""), json);
  }

  @TempDir Path tmp;

  @Test
  void pocountAndXliff2poSeeEveryUnitOfEveryStory() throws Exception {
    Tools.require(POCOUNT, "translate-toolkit");
    Tools.require(XLIFF2PO, "translate-toolkit");
    Path xliffs = Files.createDirectories(tmp.resolve("xlf"));
    Map<String, List<Unit>> expected = new LinkedHashMap<>();
    int n = 0;
    for (Corpus.Story story : Corpus.stories()) {
      Extraction ex = Localizer.extract(StoryReader.parse("story.json", story.bytes()), null);
      int i = story.extractArgs().indexOf("--source-locale");
      String src = Localizer.sourceLocale(ex, i < 0 ? null : story.extractArgs().get(i + 1));
      String name = String.format("s%02d", n++);
      TestFiles.write(xliffs.resolve(name + ".xlf"),
          Localizer.toXliff(Localizer.translationFile(ex, src, Localizer.canonicalLocale(story.target(), "-t")), XliffOptions.DEFAULTS));
      expected.put(name, ex.units());
    }

    long start = System.nanoTime();
    Tools.Run count = Tools.run(tmp, List.of(POCOUNT.toString(), "--csv", xliffs.toString()));
    assertEquals(0, count.exit(), count::output);
    Path po = tmp.resolve("po");
    Tools.Run convert = Tools.run(tmp, List.of(XLIFF2PO.toString(), "--progress=none", xliffs.toString(), po.toString()));
    System.out.printf("interop: pocount and xliff2po on %d files took %d ms%n", expected.size(), (System.nanoTime() - start) / 1_000_000);
    assertEquals(0, convert.exit(), convert::output);
    assertTrue(!convert.output().toLowerCase(java.util.Locale.ROOT).contains("error"), convert::output);

    for (var e : expected.entrySet()) {
      String line = count.output().lines().filter(l -> l.contains(e.getKey() + ".xlf")).findFirst()
          .orElseThrow(() -> new AssertionError("pocount did not list " + e.getKey() + ":\n" + count.output()));
      String[] cols = line.split(",");
      assertEquals(e.getValue().size(), Integer.parseInt(cols[8].trim()), "pocount's total messages for " + e.getKey() + ": " + line);

      List<String[]> messages = messages(po.resolve(e.getKey() + ".po"));
      List<String[]> want = new ArrayList<>();
      for (Unit u : e.getValue()) {
        want.add(new String[] {u.id(), u.source().plainText()});
      }
      assertEquals(want.size(), messages.size(), "xliff2po messages for " + e.getKey());
      for (int k = 0; k < want.size(); k++) {
        assertEquals(want.get(k)[0], messages.get(k)[0], "location of message " + k + " in " + e.getKey());
        assertEquals(want.get(k)[1], messages.get(k)[1], "msgid of " + want.get(k)[0] + " in " + e.getKey());
      }
    }
  }

  /** The (location, msgid) of every message of a PO file but its header. */
  static List<String[]> messages(Path po) throws Exception {
    List<String[]> out = new ArrayList<>();
    String location = null;
    StringBuilder msgid = null;
    for (String line : Files.readAllLines(po, StandardCharsets.UTF_8)) {
      if (line.startsWith("#: ")) {
        location = line.substring(3).trim();
      } else if (line.startsWith("msgid ")) {
        msgid = new StringBuilder(unquote(line.substring(6)));
      } else if (line.startsWith("\"") && msgid != null) {
        msgid.append(unquote(line));
      } else if (line.startsWith("msgstr") && msgid != null) {
        if (location != null) {
          out.add(new String[] {location, msgid.toString()});
        }
        msgid = null;
        location = null;
      }
    }
    return out;
  }

  private static String unquote(String q) {
    String s = q.trim();
    s = s.substring(1, s.length() - 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(++i);
        sb.append(switch (e) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          default -> e;
        });
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
