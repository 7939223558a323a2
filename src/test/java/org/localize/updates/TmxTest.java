package org.localize.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;
import org.localize.tm.Memory;
import org.localize.tm.TmUnit;
import org.localize.tm.Tmx;
import org.localize.unit.Content;
import org.localize.unit.Content.CodeKind;

/**
 * The memory merge writes: TMX 1.4b that Okapi's TmxFilter reads with the codes' native markup,
 * de-duplicated, and managed by {@code localize tm import|export|stats}.
 */
class TmxTest {
  static final Path STORY = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en.json");
  static final Path XLIFF = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf");

  @TempDir static Path shared;
  static Path memory;
  @TempDir Path tmp;

  @BeforeAll
  static void mergeTheExampleIntoAMemory() {
    memory = shared.resolve("memory.tmx");
    Steps.merge(STORY, XLIFF, shared.resolve("story.ru.json"), "--tm", memory.toString(), "--no-checks");
  }

  /** Okapi's TMX filter: source text with code markers, and the codes' data, per TU. */
  static Map<String, List<String>> okapi(Path tmx) {
    Map<String, List<String>> out = new TreeMap<>();
    LocaleId en = LocaleId.fromBCP47("en");
    LocaleId ru = LocaleId.fromBCP47("ru");
    try (TmxFilter filter = new TmxFilter()) {
      filter.open(new RawDocument(new ByteArrayInputStream(TestFiles.read(tmx)), "UTF-8", en, ru));
      while (filter.hasNext()) {
        Event e = filter.next();
        if (!e.isTextUnit()) {
          continue;
        }
        ITextUnit tu = e.getTextUnit();
        TextFragment source = tu.getSource().getFirstContent();
        TextFragment target = tu.getTarget(ru).getFirstContent();
        List<String> codes = new ArrayList<>();
        for (Code c : source.getCodes()) {
          codes.add(c.getTagType() + " " + c.getData());
        }
        out.put(source.getText(), List.of(target.getText(), String.join(" | ", codes), String.valueOf(target.getCodes().size())));
      }
    }
    return out;
  }

  @Test
  void okapisTmxFilterReadsTheMemoryWithItsCodes() {
    Map<String, List<String>> tus = okapi(memory);
    assertEquals(21, tus.size(), "one TU per unit of the example");
    List<String> headline = tus.get("North Korea welcomes Vladimir Putin for his first visit in over two decades — in photos");
    assertEquals("Северная Корея принимает Владимира Путина — его первый визит за два с лишним десятилетия. Фотографии", headline.get(0));
    List<String> lead = tus.entrySet().stream().filter(e -> e.getKey().startsWith("Russian President")).findFirst().orElseThrow().getValue();
    assertEquals("OPENING <a href=\"https://meduza.io/en/news/2024/06/18/putin-and-kim-jong-un-to-sign-comprehensive-strategic-partnership-agreement\">"
        + " | CLOSING </a>", lead.get(1));
    assertEquals("2", lead.get(2), "the target keeps its pair of codes");
    assertTrue(lead.get(0).contains("договор о всеобъемлющем партнерстве"), lead.get(0));
    List<String> appeal = tus.entrySet().stream().filter(e -> e.getKey().startsWith("The bitter truth")).findFirst().orElseThrow().getValue();
    assertEquals("OPENING <strong> | CLOSING </strong> | OPENING <a href=\"https://support.meduza.io/en?utm_source=story&amp;utm_medium=inline\">"
        + " | CLOSING </a>", appeal.get(1));
  }

  @Test
  void mergingAgainAddsNothing() {
    Path copy = TestFiles.write(tmp.resolve("memory.tmx"), TestFiles.read(memory));
    Cli.Result r = Cli.run("merge", STORY.toString(), XLIFF.toString(), "-o", tmp.resolve("again.json").toString(),
        "--tm", copy.toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("added 0 new translations to " + copy + " (21 in all)"), r.stderr());
    assertEquals(21, Tmx.read(copy).size());
  }

  @Test
  void ourReaderGivesBackWhatWasWritten() {
    Content source = new Content(List.of(new Content.Text("Line\r\none "), new Content.Code(CodeKind.OPEN, 1, "bold", "<b>", "<b>"),
        new Content.Text("bold"), new Content.Code(CodeKind.CLOSE, 1, "bold", "</b>", "</b>"),
        new Content.Code(CodeKind.OPEN, 2, "x-span", "<span class=\"a\">", "<span>"), new Content.Text(" & <open>"),
        new Content.Code(CodeKind.PLACEHOLDER, 3, "x-icu-argument", "{amount}", "{amount}")));
    Content target = new Content(List.of(new Content.Code(CodeKind.PLACEHOLDER, 3, "x-icu-argument", "{amount}", "{amount}"),
        new Content.Text("строка "), new Content.Code(CodeKind.OPEN, 1, "bold", "<b>", "<b>"), new Content.Text("жирно"),
        new Content.Code(CodeKind.CLOSE, 1, "bold", "</b>", "</b>"), new Content.Code(CodeKind.OPEN, 2, "x-span", "<span class=\"a\">", "<span>")));
    Instant t = Instant.parse("2024-06-19T02:30:00Z");
    TmUnit u = new TmUnit("en", "ru", source, target, "story", "p1.text", "signed-off", t, t);
    byte[] tmx = Tmx.write(List.of(u), Tmx.Flavor.STANDARD);
    String xml = new String(tmx, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(xml.contains("<it pos=\"begin\" x=\"2\" type=\"x-span\">&lt;span class=\"a\"&gt;</it>"), xml);
    assertTrue(xml.contains("Line&#13;\none"), xml);
    Memory back = Tmx.parse("t.tmx", tmx);
    assertEquals(1, back.size());
    TmUnit b = back.units().get(0);
    assertEquals(source.signature(), b.source().signature());
    assertEquals(target.signature(), b.target().signature());
    assertEquals(source.toOriginal(), b.source().toOriginal());
    assertEquals(List.of("story", "p1.text", "signed-off", t), List.of(b.story(), b.unit(), b.state(), b.changed()));
    assertEquals(tmx.length, Tmx.write(back.units(), Tmx.Flavor.STANDARD).length, "written again the same");
  }

  @Test
  void importExportAndStats() throws Exception {
    Path mine = tmp.resolve("mine.tmx");
    Cli.Result r = Cli.run("tm", "import", XLIFF.toString(), "--tm", mine.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("added 21 new translations"), r.stderr());
    r = Cli.run("tm", "import", memory.toString(), "--tm", mine.toString());
    assertEquals(0, r.exit(), r::toString);
    // the XLIFF carries no native markup (g/x), the merged memory does: the coded units differ
    assertTrue(r.stderr().contains("added 2 new translations to " + mine + " (23 in all)"), r.stderr());

    Path out = tmp.resolve("ru.tmx");
    r = Cli.run("tm", "export", "--tm", memory.toString(), "--target", "ru", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(21, okapi(out).size());
    r = Cli.run("tm", "export", "--tm", memory.toString(), "--target", "de", "-o", tmp.resolve("de.tmx").toString());
    assertEquals(3, r.exit(), r::toString);

    r = Cli.run("tm", "stats", "--tm", memory.toString(), "--format", "json");
    assertEquals(0, r.exit(), r::toString);
    JsonNode stats = new ObjectMapper().readTree(r.stdout());
    assertEquals(21, stats.get("units").asInt());
    assertEquals("en", stats.get("pairs").get(0).get("source").asText());
    assertEquals("ru", stats.get("pairs").get(0).get("target").asText());
    assertEquals(21, stats.get("pairs").get(0).get("units").asInt());
    assertTrue(stats.get("pairs").get(0).get("lastChange").asText().endsWith("Z"));
    r = Cli.run("tm", "stats", "--tm", memory.toString());
    assertTrue(r.stdout().matches("(?s)pair +units +last change\\nen → ru +21 +\\d{4}-.*total +21\\n"), r.stdout());
  }

  @Test
  void omegatFlavourWritesTagShortcuts() {
    Path out = tmp.resolve("omegat.tmx");
    Cli.Result r = Cli.run("tm", "export", "--tm", memory.toString(), "--omegat", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    String xml = TestFiles.readUtf8(out);
    assertTrue(xml.contains("including a &lt;g0&gt;comprehensive partnership deal&lt;/g0&gt;."), xml);
    assertTrue(xml.contains("&lt;g0&gt;The bitter truth is that events in Russia affect your life, too.&lt;/g0&gt;"), xml);
    assertTrue(!xml.contains("<bpt") && !xml.contains("x-localize"), "no markup elements, no props");
  }
}
