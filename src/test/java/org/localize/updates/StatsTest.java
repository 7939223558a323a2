package org.localize.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;

/** {@code localize stats}: exact figures on the example and on the update scenario. */
class StatsTest {
  static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en.json");

  @TempDir Path tmp;

  static JsonNode json(String... args) throws Exception {
    Cli.Result r = Cli.run(args);
    assertEquals(0, r.exit(), r::toString);
    return new ObjectMapper().readTree(r.stdout());
  }

  static String counts(JsonNode n) {
    return n.get("units").asInt() + "/" + n.get("words").asInt() + "/" + n.get("characters").asInt();
  }

  @Test
  void theExampleIsTwentyOneNewUnitsAndSixRepetitions() throws Exception {
    JsonNode s = json("stats", EXAMPLE.toString(), "--format", "json");
    assertEquals("21/298/1856", counts(s.get("categories").get("new")));
    // five credit lines stand in eleven places: six places are repetitions
    assertEquals("6/42/363", counts(s.get("categories").get("repeated")));
    assertEquals("27/340/2219", counts(s.get("total")));
    assertEquals("1/15/87", counts(s.get("kinds").get("headline")));
    assertEquals("1/81/506", counts(s.get("kinds").get("lead")));
    assertEquals("9/90/540", counts(s.get("kinds").get("caption")));
    assertEquals("5/32/271", counts(s.get("kinds").get("credit")));
    assertEquals("2/66/369", counts(s.get("kinds").get("appeal-text")));
    assertEquals("1/2/10", counts(s.get("kinds").get("appeal-button")));
    assertEquals(21, s.get("units").size());

    Cli.Result text = Cli.run("stats", EXAMPLE.toString());
    assertTrue(text.stdout().startsWith("story.en.json: en\ncategory          units   words characters\n"
        + "new                  21     298       1856\n"), text.stdout());
    assertTrue(text.stdout().contains("\ntotal                27     340       2219\n"), text.stdout());
  }

  @Test
  void aBatchGivesEachFileInOrderAndTheirSum() throws Exception {
    Path a = java.nio.file.Files.createDirectories(tmp.resolve("news/a"));
    Path b = java.nio.file.Files.createDirectories(tmp.resolve("news/b"));
    java.nio.file.Files.copy(EXAMPLE, a.resolve("one.en.json"));
    java.nio.file.Files.copy(EXAMPLE, b.resolve("two.en.json"));
    java.nio.file.Files.copy(EXAMPLE, b.resolve("two.ru.json")); // a translation: not counted for --target ru
    // the XLIFF beside a story is not counted again from a folder
    java.nio.file.Files.copy(TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf"), b.resolve("two.en-ru.xlf"));

    JsonNode s = json("stats", tmp.resolve("news").toString(), "--target", "ru", "--format", "json");
    assertEquals(2, s.get("files").size());
    assertEquals(a.resolve("one.en.json").toString(), s.get("files").get(0).get("file").asText());
    assertEquals(b.resolve("two.en.json").toString(), s.get("files").get(1).get("file").asText());
    assertEquals("27/340/2219", counts(s.get("files").get(1).get("total")));
    assertEquals(2, s.get("total").get("files").asInt());
    assertEquals("42/596/3712", counts(s.get("total").get("categories").get("new")));
    assertEquals("12/84/726", counts(s.get("total").get("categories").get("repeated")));
    assertEquals("54/680/4438", counts(s.get("total").get("total")));
    assertEquals("18/180/1080", counts(s.get("total").get("kinds").get("caption")));

    Cli.Result text = Cli.run("stats", tmp.resolve("news").toString(), "--target", "ru");
    assertEquals(0, text.exit(), text::toString);
    String out = text.stdout();
    assertTrue(out.indexOf("== " + a.resolve("one.en.json")) < out.indexOf("== " + b.resolve("two.en.json")), out);
    assertTrue(out.contains("total of 2 files: en → ru\ncategory          units   words characters\n"
        + "new                  42     596       3712\n"), out);
    assertTrue(text.stderr().contains("localize: stats: 2 files, 2 ok, 0 failed (exit 0)"), text::toString);

    Cli.Result quiet = Cli.run("stats", tmp.resolve("news") + "/**.en-ru.xlf", "--quiet");
    assertEquals(0, quiet.exit(), quiet::toString);
    assertTrue(quiet.stdout().startsWith("total of 1 file: en → ru\n"), quiet.stdout());

    Cli.Result broken = Cli.run("stats", tmp.resolve("news").toString(), "--previous", "x.xlf");
    assertEquals(2, broken.exit(), broken::toString);
  }

  @Test
  void anUpdateIsMostlyExact() throws Exception {
    byte[] v1 = Steps.extract(Translator.V1, tmp.resolve("v1.xlf"), List.of("--target", "ru"));
    Path previous = Steps.writeXliff(tmp.resolve("v1.en-ru.xlf"), Translator.translate(v1));
    JsonNode s = json("stats", Translator.V2.toString(), "--previous", previous.toString(), "--format", "json");
    assertEquals("ru", s.get("targetLocale").asText());
    assertEquals("1/9/55", counts(s.get("categories").get("new")), "the new photo's caption");
    assertEquals("1/10/70", counts(s.get("categories").get("changed")), "the edited caption");
    assertEquals("1/6/54", counts(s.get("categories").get("fuzzy-75-84")), "the new photo's credit");
    assertEquals("22/329/2039", counts(s.get("categories").get("exact")));
    assertEquals("0/0/0", counts(s.get("categories").get("tm-exact")));
    assertEquals("6/42/363", counts(s.get("categories").get("repeated")));
    assertEquals("31/396/2581", counts(s.get("total")));
    JsonNode credit = null;
    for (JsonNode u : s.get("units")) {
      if (u.get("id").asText().equals("motorcade-night.credit")) {
        credit = u;
      }
    }
    assertEquals(81, credit.get("score").asInt());

    // the XLIFF extracted with --previous: its pre-translated units count as translated
    byte[] v2 = Steps.extract(Translator.V2, tmp.resolve("v2.xlf"), List.of("--target", "ru", "--previous", previous.toString()));
    JsonNode x = json("stats", tmp.resolve("v2.xlf").toString(), "--format", "json");
    assertEquals("22/329/2039", counts(x.get("categories").get("translated")));
    assertEquals("3/25/179", counts(x.get("categories").get("new")));
    assertTrue(v2.length > 0);
  }
}
