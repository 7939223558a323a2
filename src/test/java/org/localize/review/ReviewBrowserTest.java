package org.localize.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/**
 * The review page as a browser renders it: headless Chromium loads the page from a file (scripts
 * run, photos fail to load on this closed network), dumps its DOM, and the test reads that DOM.
 * Screenshots go to {@code target/review-artifacts/} for people to look at.
 */
class ReviewBrowserTest {
  static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit");
  static final Path SOURCE = EXAMPLE.resolve("story.en.json");
  static final Path DAMAGED = EXAMPLE.resolve("damaged.ru.json");
  static final Path ARTIFACTS = TestFiles.PROJECT.resolve("target/review-artifacts");
  static final ObjectMapper JSON = new ObjectMapper();

  static Path work;
  static Path damagedPage;
  static Document damagedDom;
  static final List<String> damagedRequests = new ArrayList<>();
  static final List<String> measures = new ArrayList<>();

  /** Each test is skipped (or failed on CI) on its own, so that the report names every test not run and why. */
  @BeforeEach
  void needsChromium() {
    Chromium.require();
  }

  @BeforeAll
  static void writePages() throws IOException {
    Files.createDirectories(ARTIFACTS);
    work = Files.createTempDirectory("localize-review-");
    damagedPage = review(DAMAGED, "damaged.html");
  }

  /** The damaged page as rendered without a query, rendered once for the tests that only read it. */
  static Document damaged() throws IOException {
    if (damagedDom == null) {
      damagedDom = dom(damagedPage, "", damagedRequests);
    }
    return damagedDom;
  }

  @AfterAll
  static void keepMeasures() throws IOException {
    if (!measures.isEmpty()) {
      Files.write(ARTIFACTS.resolve("measures.txt"), measures);
    }
    if (work != null) {
      try (var files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  static Path review(Path target, String name) {
    Path page = work.resolve(name);
    Cli.Result r = Cli.run("review", SOURCE.toString(), target.toString(), "-o", page.toString(), "-g", "examples/newsroom-glossary.json");
    assertEquals(0, r.exit(), r::toString);
    return page;
  }

  /** The DOM after the page's scripts ran, with the page's own requests (from the net log) in {@code requests}. */
  static Document dom(Path page, String query, List<String> requests) throws IOException {
    Path netLog = Files.createTempFile(work, "net-", ".json");
    Chromium.Run run = Chromium.run(work, page.toUri() + query,
        List.of("--virtual-time-budget=2000", "--log-net-log=" + netLog, "--dump-dom"), 60);
    assertEquals(0, run.exit(), run::stderr);
    assertTrue(run.stdout().contains("</html>"), () -> "no DOM dumped:\n" + run.stderr());
    measures.add("dump-dom " + page.getFileName() + query + ": " + Files.size(page) + " bytes, " + run.millis()
        + " ms from browser start to exit");
    if (requests != null) {
      requests.addAll(pageRequests(netLog));
    }
    return Jsoup.parse(run.stdout(), page.toUri().toString());
  }

  /**
   * The URLs the page itself asked for: requests started by a renderer for a file: page (the
   * browser's own housekeeping requests, which the flags mostly stop, have no page behind them).
   */
  static List<String> pageRequests(Path netLog) throws IOException {
    JsonNode log = JSON.readTree(netLog.toFile());
    int startJob = log.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB").asInt();
    List<String> urls = new ArrayList<>();
    for (JsonNode e : log.get("events")) {
      JsonNode params = e.get("params");
      if (e.get("type").asInt() == startJob && params != null && params.has("url")
          && params.path("network_isolation_key").asText().startsWith("file://")) {
        urls.add(params.get("url").asText());
      }
    }
    return urls;
  }

  static Element unit(Document d, String pointer) {
    for (Element e : d.select(".unit[data-unit]")) {
      if (e.attr("data-unit").equals(pointer)) {
        return e;
      }
    }
    return null;
  }

  @Test
  void everyFindingOfTheDamagedExampleIsMarkedAtItsUnitWithItsMessage() throws IOException {
    Cli.Result v = Cli.run("validate", DAMAGED.toString(), "--source", SOURCE.toString(), "--format", "json", "-g", "examples/newsroom-glossary.json");
    JsonNode findings = JSON.readTree(v.stdout()).get("findings");
    JsonNode translated = JSON.readTree(DAMAGED.toFile());
    assertEquals(11, findings.size(), v::toString); // the headline: names.missing (a warning) and names.wrong

    Document d = damaged();
    List<String> requests = damagedRequests;
    Set<String> ids = new HashSet<>();
    for (JsonNode f : findings) {
      String pointer = f.get("unit").asText();
      String check = f.get("check").asText();
      int start = f.get("start").asInt();
      int end = f.get("end").asInt();
      Element unit = unit(d, pointer);
      assertNotNull(unit, () -> "no unit " + pointer);
      Element target = unit.selectFirst(".side.tgt");
      Elements marks = new Elements();
      for (Element m : target.select("mark[data-check]")) {
        if (m.attr("data-check").equals(check) && m.attr("data-start").equals(Integer.toString(start))
            && m.attr("data-end").equals(Integer.toString(end))) {
          marks.add(m);
        }
      }
      assertFalse(marks.isEmpty(), () -> check + " " + start + "-" + end + " not marked in " + target.outerHtml());
      Element first = marks.first();
      assertTrue(first.id().matches("f\\d+") && ids.add(first.id()), () -> "mark id " + first.id());
      assertEquals("0", first.attr("tabindex"), "marks are focusable");
      String expected = start < 0 ? target.selectFirst("p.text").wholeText()
          : translated.at(pointer).asText().substring(start, end);
      StringBuilder shown = new StringBuilder();
      for (Element m : marks) {
        shown.append(m.wholeText());
      }
      assertEquals(expected, shown.toString(), () -> check + " at " + pointer);
      Element item = d.getElementById(first.attr("aria-describedby"));
      assertNotNull(item, "the mark is described by its finding");
      assertTrue(unit.select("ol.findings > li").contains(item), "the finding is listed under its unit");
      assertTrue(item.text().contains(f.get("message").asText()), item::text);
      assertTrue(item.text().contains(check), item::text);
      assertTrue(item.hasClass("sev-" + f.get("severity").asText()), item::outerHtml);
      if (!f.get("suggestion").isNull()) {
        assertTrue(item.text().contains(f.get("suggestion").asText()), item::text);
      }
      // the summary links to the mark
      assertEquals(1, d.select("nav .index a[href=#" + first.id() + "]").size(), "summary link to " + first.id());
    }
    assertEquals(findings.size(), d.select("mark[id]").size());
    assertEquals("5 errors, 6 warnings, 0 notes in 27 strings", d.selectFirst("nav .sentence").text());
    // the filter script ran
    Element form = d.getElementById("filters");
    assertFalse(form.hasAttr("hidden"));
    assertEquals("Showing 11 of 11 findings.", form.selectFirst(".status").text());
    // offline, every photo gave way to its placeholder; the only requests were for the photos
    Elements images = d.select("figure img");
    assertEquals(11, images.size());
    Set<String> photos = new TreeSet<>();
    JsonNode story = JSON.readTree(SOURCE.toFile());
    for (JsonNode block : story.get("blocks")) {
      if (block.has("src")) {
        photos.add(block.get("src").asText());
      }
    }
    for (Element img : images) {
      assertTrue(img.attr("src").startsWith("data:image/svg+xml,"), img::outerHtml);
      assertTrue(img.closest(".frame").hasClass("failed"));
    }
    assertFalse(requests.isEmpty(), "the net log shows the page's requests");
    for (String url : requests) {
      assertTrue(url.startsWith("file:") || url.startsWith("data:") || photos.contains(url), () -> "request to " + url);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"story.ru.json", "story.en-ru.xlf"})
  void theCleanTranslationHasNoMarksAndEveryPlaceInBothLanguages(String target) throws IOException {
    Document d = dom(review(EXAMPLE.resolve(target), target + ".html"), "", null);
    assertTrue(d.select("mark").isEmpty(), () -> d.select("mark").outerHtml());
    assertNotNull(d.selectFirst("nav .clean"));
    Elements units = d.select(".unit");
    assertEquals(27, units.size());
    for (Element u : units) {
      assertEquals("en", u.selectFirst(".side.src").attr("lang"));
      assertEquals("ru", u.selectFirst(".side.tgt").attr("lang"));
      assertFalse(u.selectFirst(".side.tgt").text().isBlank(), u::outerHtml);
    }
    // the credit sent once for many photos is shown under each of them
    assertEquals(11, d.select(".unit.k-credit").size());
    assertEquals("Гавриил Григоров / Sputnik / AFP / Scanpix / LETA",
        unit(d, "/blocks/10/credit").selectFirst(".side.tgt").text());
  }

  @Test
  void thePageHasLandmarksHeadingsLanguagesAndAStrictPolicy() throws IOException {
    Document d = damaged();
    assertEquals("en", d.selectFirst("html").attr("lang"));
    assertEquals(1, d.select("header").size());
    assertEquals(1, d.select("main").size());
    assertEquals(1, d.select("nav").size());
    assertEquals(1, d.select("h1").size());
    assertEquals(List.of("Findings", "The story, side by side"), d.select("h2").eachText());
    assertEquals(d.select("section.group").size(), d.select("section.group > h3").size());
    assertEquals(11, d.select("figure > figcaption").size());
    for (Element img : d.select("img")) {
      assertFalse(img.attr("alt").isBlank());
      assertTrue(img.hasAttr("width") && img.hasAttr("height"));
    }
    Element csp = d.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
    assertNotNull(csp);
    String policy = csp.attr("content");
    assertTrue(policy.startsWith("default-src 'none'; img-src data: https://img.example.org; style-src 'sha256-"), policy);
    assertFalse(policy.contains("unsafe"), policy);
    assertTrue(d.select("script[src], link, iframe, object, embed, base, form[action]").isEmpty());
    assertTrue(d.select("[style], [onload], [onerror], [onclick]").isEmpty(), "no inline styles or handlers");
    // no address in the page but the photos' and the story's own links
    String html = Files.readString(damagedPage);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b(?:src|href|srcset|action|poster)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      String url = m.group(1);
      assertTrue(url.startsWith("#") || url.startsWith("https://img.example.org/") || url.startsWith("https://meduza.io/")
          || url.startsWith("https://support.meduza.io/"), () -> "address " + url);
    }
    assertFalse(html.toLowerCase(Locale.ROOT).contains("@import") || html.contains("url(http"), "no style sheet pulls anything in");
  }

  @Test
  void theFiltersFollowTheQuery() throws IOException {
    Document d = dom(damagedPage, "?severity=error", null);
    for (Element li : d.select("li.finding")) {
      assertEquals(li.hasClass("sev-warning"), li.hasAttr("hidden"), li::outerHtml);
    }
    for (Element mark : d.select("mark[data-severity]")) {
      assertEquals(mark.attr("data-severity").equals("warning"), mark.hasClass("off"), mark::outerHtml);
    }
    assertEquals("Showing 5 of 11 findings.", d.selectFirst("#filters .status").text());

    d = dom(damagedPage, "?family=typography&only=1", null);
    List<String> shown = new ArrayList<>();
    for (Element u : d.select(".unit:not([hidden])")) {
      shown.add(u.attr("data-unit"));
    }
    assertEquals(List.of("/blocks/12/title"), shown);
    assertEquals(1, d.select("section.group:not([hidden])").size());
  }

  @Test
  void screenshotsForPeople() throws IOException {
    Map<String, List<String>> shots = Map.of(
        "damaged.png", List.of("--window-size=1280,1500"),
        "damaged-phone.png", List.of("--window-size=390,1600"),
        "damaged-dark.png", List.of("--window-size=1280,1500", "--force-dark-mode"));
    for (Map.Entry<String, List<String>> s : shots.entrySet()) {
      Path png = ARTIFACTS.resolve(s.getKey());
      Files.deleteIfExists(png);
      List<String> flags = new ArrayList<>(s.getValue());
      flags.add("--virtual-time-budget=2000");
      flags.add("--screenshot=" + png);
      Chromium.Run run = Chromium.run(work, damagedPage.toUri().toString(), flags, 60);
      assertEquals(0, run.exit(), run::stderr);
      assertTrue(Files.size(png) > 10_000, () -> png + " is nearly empty");
      measures.add("screenshot " + s.getKey() + ": " + Files.size(png) + " bytes, " + run.millis() + " ms");
    }
  }
}
