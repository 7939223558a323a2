package org.localize.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/** {@code localize review} from the command line, without a browser: outputs, exit codes, XLIFF, hostile stories, the policy and the palette. */
class ReviewCommandTest {
  static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit");

  @TempDir Path tmp;

  private Path copy(String name) throws Exception {
    return Files.copy(EXAMPLE.resolve(name), tmp.resolve(name));
  }

  private static Element unit(Document d, String pointer) {
    return d.select(".unit[data-unit]").stream().filter(e -> e.attr("data-unit").equals(pointer)).findFirst().orElse(null);
  }

  @Test
  void writesBesideTheTranslationAndExitsZeroWithFindingsUnlessFailOnIsGiven() throws Exception {
    Path source = copy("story.en.json");
    Path target = copy("damaged.ru.json");
    Cli.Result r = Cli.run("review", source.toString(), target.toString(), "-g", "examples/newsroom-glossary.json");
    assertEquals(0, r.exit(), r::toString);
    TestFiles.assertFolderHolds(tmp, "story.en.json", "damaged.ru.json", "damaged.en-ru.review.html");
    assertTrue(r.stderr().contains("damaged.en-ru.review.html (11 findings)"), r::toString);

    r = Cli.run("review", source.toString(), target.toString(), "--fail-on", "error", "-g", "examples/newsroom-glossary.json");
    assertEquals(1, r.exit(), r::toString);
    r = Cli.run("review", source.toString(), target.toString(), "--fail-on", "often");
    assertEquals(2, r.exit(), r::toString);
    r = Cli.run("review", source.toString(), target.toString(), "--disable", "names,dates,numbers,typography", "--fail-on", "info");
    assertEquals(0, r.exit(), r::toString);
  }

  @Test
  void writesToStandardOutputWithADash() {
    Cli.Result r = Cli.run("review", EXAMPLE.resolve("story.en.json").toString(), EXAMPLE.resolve("story.ru.json").toString(), "-o", "-");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(r.stdout().endsWith("</html>\n"));
  }

  @Test
  void anXliffTargetShowsItsTargetsWithFindingsMarkedThroughItsCodes() throws Exception {
    Path source = copy("story.en.json");
    String xlf = Files.readString(EXAMPLE.resolve("story.en-ru.xlf"));
    assertTrue(xlf.contains("ранним утром в среду"));
    Path target = TestFiles.write(tmp.resolve("story.en-ru.xlf"), xlf.replace("ранним утром в среду", "ранним утром во вторник"));
    Cli.Result r = Cli.run("review", source.toString(), target.toString(), "-g", "examples/newsroom-glossary.json");
    assertEquals(0, r.exit(), r::toString);
    Document d = Jsoup.parse(Files.readString(tmp.resolve("story.en-ru.review.html")));
    Element lead = unit(d, "/lead");
    Element mark = lead.selectFirst(".tgt mark[data-check=dates.weekday]");
    assertNotNull(mark, lead::outerHtml);
    assertEquals("вторник", mark.text());
    assertNotNull(lead.selectFirst(".tgt span"), "the link's code is shown as a span");
    // places of a unit sent once show its translation and say so
    Element credit = unit(d, "/blocks/1/credit");
    assertEquals("Гавриил Григоров / Sputnik / imago images / Scanpix / LETA", credit.selectFirst(".tgt").text());
    assertTrue(credit.selectFirst(".meta .same").text().contains("/blocks/0/credit"));

    Path foreign = TestFiles.write(tmp.resolve("other.en-ru.xlf"),
        xlf.replace("localize story: 2024-06-19-north-korea-welcomes-putin", "localize story: another-story"));
    r = Cli.run("review", source.toString(), foreign.toString());
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("belongs to story another-story"), r::toString);
  }

  @Test
  void aHostileStoryCannotInjectMarkupOrAddresses() throws Exception {
    String evil = "<script>alert(1)</script><img src=x onerror=alert(2)></p></div><style>*{display:none}</style>"
        + "<a href=\\\"javascript:alert(3)\\\">link</a> «<b onclick=\\\"x\\\">bold</b>»";
    String story = """
        {"id": "evil", "locale": "%s", "published": "2024-06-19T05:30:00+03:00",
         "headline": "Title </title><script>alert(0)</script>",
         "lead": "%s",
         "blocks": [
           {"id": "p\\"><script>", "type": "photo", "src": "javascript:alert(4)", "caption": "Caption"},
           {"id": "ok", "type": "photo", "src": "https://img.example.org/a.jpg\\" onerror=\\"alert(5)", "caption": "Caption"},
           {"id": "fine", "type": "photo", "src": "https://photos.example.net/b.jpg", "caption": "<em>Caption</em>"}
         ]}
        """;
    Path source = TestFiles.write(tmp.resolve("evil.en.json"), story.formatted("en", evil));
    Path target = TestFiles.write(tmp.resolve("evil.ru.json"), story.formatted("ru", evil));
    Cli.Result r = Cli.run("review", source.toString(), target.toString(), "-o", tmp.resolve("evil.html").toString());
    assertEquals(0, r.exit(), r::toString);
    String html = Files.readString(tmp.resolve("evil.html"));
    Document d = Jsoup.parse(html);
    assertEquals(1, d.select("script").size(), "only the page's own script");
    assertEquals(1, d.select("style").size());
    assertEquals(1, d.select("img").size());
    assertEquals("https://photos.example.net/b.jpg", d.selectFirst("img").attr("src"));
    assertTrue(d.select("[onerror], [onclick], [style]").isEmpty());
    assertTrue(d.select("a[href^=javascript]").isEmpty());
    assertTrue(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
        .contains("img-src data: https://photos.example.net; "));
    assertTrue(unit(d, "/lead").selectFirst(".src").text().contains("alert(1)"), "dropped tags leave their text, escaped");
    assertEquals(2, d.select("figure .file code").size(), "the refused addresses are shown as text");
  }

  @Test
  void anyProfileGivesAPageOfItsUnits() {
    Path ans = TestFiles.TEST_RESOURCES.resolve("formats/ans-0.10.12_washingtonpost-ans-schema_story-fixture-tiny-house.json");
    Cli.Result r = Cli.run("review", ans.toString(), ans.toString(), "--target-locale", "ru", "-o", "-");
    assertEquals(0, r.exit(), r::toString);
    Document d = Jsoup.parse(r.stdout());
    assertEquals(22, d.select(".unit").size());
    assertEquals(1, d.select("figure img").size());
    assertFalse(d.select("mark").isEmpty(), "an untranslated copy has findings");
  }

  @Test
  void thePolicyNamesTheHashesOfTheOneStyleAndTheOneScript() {
    Cli.Result r = Cli.run("review", EXAMPLE.resolve("story.en.json").toString(), EXAMPLE.resolve("damaged.ru.json").toString(), "-o", "-");
    Document d = Jsoup.parse(r.stdout());
    String policy = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    String style = d.selectFirst("style").data();
    String script = d.selectFirst("script").data();
    assertTrue(policy.contains("style-src '" + ReviewPage.sha256(style) + "'"), policy);
    assertTrue(policy.contains("script-src '" + ReviewPage.sha256(script) + "'"), policy);
    assertTrue(policy.startsWith("default-src 'none'; "), policy);
  }

  /** WCAG 2 contrast of the palette's text colours on its backgrounds, in the light and the dark scheme. */
  @Test
  void thePaletteHasEnoughContrastInBothSchemes() throws Exception {
    String css = new String(ReviewPage.class.getResourceAsStream("/review/review.css").readAllBytes(), "UTF-8");
    int dark = css.indexOf("@media (prefers-color-scheme: dark)");
    for (Map<String, String> p : List.of(palette(css.substring(0, dark)), palette(css.substring(dark, css.indexOf("}\n}", dark))))) {
      for (String[] pair : new String[][] {{"fg", "bg"}, {"muted", "bg"}, {"muted", "panel"}, {"link", "bg"}, {"err", "bg"},
          {"warn", "bg"}, {"info", "bg"}, {"fg", "err-bg"}, {"fg", "warn-bg"}, {"fg", "info-bg"}, {"fg", "appeal-bg"},
          {"muted", "appeal-bg"}, {"link", "appeal-bg"}}) {
        double ratio = contrast(p.get(pair[0]), p.get(pair[1]));
        assertTrue(ratio >= 4.5, () -> pair[0] + " on " + pair[1] + ": " + ratio + " in " + p);
      }
    }
  }

  private static Map<String, String> palette(String css) {
    Map<String, String> p = new LinkedHashMap<>();
    Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(css);
    while (m.find()) {
      p.put(m.group(1), m.group(2));
    }
    return p;
  }

  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
