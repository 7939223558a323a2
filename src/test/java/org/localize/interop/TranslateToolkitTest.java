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
