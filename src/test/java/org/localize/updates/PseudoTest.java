package org.localize.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.Localizer;
import org.localize.story.Extraction;
import org.localize.story.StoryReader;
import org.localize.testing.Cli;
import org.localize.testing.JsonBytes;
import org.localize.testing.TestFiles;
import org.localize.unit.Content;
import org.localize.unit.InlineCodec;
import org.localize.unit.Pseudo;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;

/**
 * {@code localize pseudo}: the pseudo story re-extracts to the pseudo text, with codes and
 * MessageFormat syntax intact, and nothing changed outside string values but the locale.
 */
class PseudoTest {
  static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en.json");

  @TempDir Path tmp;

  @Test
  void thePseudoStoryExtractsToThePseudoText() {
    Path out = tmp.resolve("story.ru-XA.json");
    Cli.Result r = Cli.run("pseudo", EXAMPLE.toString(), "--locale", "ru-XA", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    byte[] input = TestFiles.read(EXAMPLE);
    byte[] pseudo = TestFiles.read(out);
    assertEquals(JsonBytes.outsideStringValues(input), JsonBytes.outsideStringValues(pseudo), "only string values change");

    List<Unit> before = Localizer.read(EXAMPLE, null).units();
    Extraction again = Localizer.extract(StoryReader.parse("pseudo.json", pseudo), null);
    assertEquals("ru-XA", again.declaredLocale());
    assertEquals(before.size(), again.units().size());
    int letters = 0;
    int pseudoLength = 0;
    for (int i = 0; i < before.size(); i++) {
      Unit u = before.get(i);
      Unit p = again.units().get(i);
      assertEquals(u.pointers(), p.pointers());
      assertEquals(Pseudo.translate(u.source(), u.format(), "ru-XA").signature(), p.source().signature(), u.id());
      assertEquals(u.source().codes(), p.source().codes(), "codes intact in " + u.id());
      String text = p.source().plainText();
      assertTrue(text.startsWith("[") && text.endsWith("]"), text);
      letters += u.source().plainText().length();
      pseudoLength += text.length();
    }
    double expansion = (double) pseudoLength / letters;
    assertTrue(expansion > 1.25 && expansion < 1.45, "about 30% longer: " + expansion);
    String json = TestFiles.readUtf8(out);
    assertTrue(json.contains("\"headline\": \"[Ñöŕţĥ Ķöŕéå ŵéļçöɱéš Ṽļåðîɱîŕ Þûţîñ"), json);
    assertTrue(json.contains("<a href=\\\"https://support.meduza.io/en?utm_source=story&amp;utm_medium=inline\\\">šéţţîñĝ ûþ å ɱöñţĥļý ðöñåţîöñ</a>"), json);
  }

  @Test
  void messageFormatSyntaxIsKept() {
    Content source = InlineCodec.parse("You gave {n, plural, one {# time} other {# times}} to <b>{org}</b>", TextFormat.MESSAGEFORMAT);
    String pseudo = InlineCodec.render(Pseudo.translate(source, TextFormat.MESSAGEFORMAT, "en-XA"), TextFormat.MESSAGEFORMAT);
    assertTrue(pseudo.startsWith("[Ýöû ĝåṽé {n, plural, one {# ţîɱé} other {# ţîɱéš}} ţö <b>{org}</b> ~"), pseudo);
    assertEquals("[Ýöû ĝåṽé 2 ţîɱéš ţö <b>Meduza</b> ~~~~~~]".substring(0, 24),
        new MessageFormat(pseudo, com.ibm.icu.util.ULocale.ENGLISH).format(Map.of("n", 2, "org", "Meduza")).substring(0, 24));
  }

  @Test
  void bidiPseudoLocaleWrapsTextInOverrides() {
    Path out = tmp.resolve("ar.json");
    Cli.Result r = Cli.run("pseudo", EXAMPLE.toString(), "--locale", "ar-XB", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(TestFiles.readUtf8(out).contains("\"headline\": \"\u202ENorth Korea welcomes Vladimir Putin for his first visit in over two decades\u202C — \u202Ein photos\u202C\""),
        TestFiles.readUtf8(out).substring(0, 600));
  }
}
