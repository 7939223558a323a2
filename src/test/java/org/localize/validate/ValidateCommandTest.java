package org.localize.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/** {@code localize validate} and {@code localize checks} from the command line, on the example story. */
class ValidateCommandTest {
  static final Path EXAMPLE = Path.of("examples/pyongyang-visit");
  static final String SOURCE = EXAMPLE.resolve("story.en.json").toString();
  static final String GOOD = EXAMPLE.resolve("story.ru.json").toString();
  static final String DAMAGED = EXAMPLE.resolve("damaged.ru.json").toString();
  static final ObjectMapper JSON = new ObjectMapper();
  /** The example newsroom's people and agencies (places are built in). */
  static final String GLOSSARY = "examples/newsroom-glossary.json";

  @TempDir Path tmp;

  @Test
  void theExampleTranslationValidatesClean() {
    Cli.Result r = Cli.run("validate", GOOD, "--source", SOURCE, "-g", GLOSSARY, "--fail-on", "info");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("0 errors, 0 warnings, 0 notes in 27 strings\n", r.stdout());
  }

  @Test
  void theTranslatedXliffValidatesClean() {
    Cli.Result r = Cli.run("validate", EXAMPLE.resolve("story.en-ru.xlf").toString(), "-g", GLOSSARY, "--fail-on", "warning");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stdout().startsWith("0 errors, 0 warnings"), r::toString);
  }

  @Test
  void theDamagedCopyFiresEachFamilyAtItsPointer() throws Exception {
    Cli.Result r = Cli.run("validate", DAMAGED, "--source", SOURCE, "-g", GLOSSARY, "--format", "json");
    assertEquals(1, r.exit(), r::toString);
    JsonNode report = JSON.readTree(r.stdout());
    List<String> found = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      found.add(f.get("check").asText() + " " + f.get("unit").asText());
    }
    for (String expected : List.of(
        "names.wrong /headline",                   // a wrong person: Медведев for Путин
        "dates.weekday /lead",                     // вторник for Wednesday
        "numbers.agreement /lead",                 // за 24 лет
        "names.script /blocks/2/caption",          // Pyongyang left in Latin
        "names.mixed-script /blocks/4/caption",    // Пxеньяне with a Latin x
        "numbers.missing /blocks/12/title",        // 2023 for 2024
        "typography.quotes /blocks/12/title")) {   // straight quotes
      assertTrue(found.contains(expected), () -> expected + " not in " + found);
    }
    JsonNode first = report.get("findings").get(2); // after the headline's names.missing and names.wrong
    assertEquals("dates.weekday", first.get("check").asText());
    assertEquals(82, first.get("start").asInt());
    assertEquals(89, first.get("end").asInt());
    assertEquals("среду", first.get("suggestion").asText());
    assertEquals(8, first.get("line").asInt());
    assertEquals(5, report.get("summary").get("errors").asInt());
  }

  @Test
  void theTextReportPointsAtTheFileLikeACompiler() {
    Cli.Result r = Cli.run("validate", DAMAGED, "--source", SOURCE, "-g", GLOSSARY);
    assertEquals(1, r.exit());
    assertTrue(r.stdout().contains(
        DAMAGED + ":8:94: error: [dates.weekday] the source says Wednesday but the translation has вторник (/lead)\n"),
        r::toString);
    assertTrue(r.stdout().contains("^~~~~~~\n    suggestion: среду\n"), r::toString);
    assertTrue(r.stdout().endsWith("5 errors, 6 warnings, 0 notes in 27 strings\n"), r::toString);
  }

  @Test
  void sarifNamesTheRulesAndTheRegions() throws Exception {
    Cli.Result r = Cli.run("validate", DAMAGED, "--source", SOURCE, "--format", "sarif");
    assertEquals(1, r.exit());
    JsonNode run = JSON.readTree(r.stdout()).get("runs").get(0);
    assertEquals("2.1.0", JSON.readTree(r.stdout()).get("version").asText());
    assertTrue(run.get("tool").get("driver").get("rules").size() >= 20);
    JsonNode weekday = null;
    for (JsonNode result : run.get("results")) {
      if (result.get("ruleId").asText().equals("dates.weekday")) {
        weekday = result;
      }
    }
    assertTrue(weekday != null, r::stdout);
    JsonNode region = weekday.get("locations").get(0).get("physicalLocation").get("region");
    assertEquals(8, region.get("startLine").asInt());
    assertEquals(94, region.get("startColumn").asInt());
    assertEquals("/lead", weekday.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText());
  }

  @Test
  void failOnWarningTurnsWarningsIntoAFailure() {
    Cli.Result quiet = Cli.run("validate", DAMAGED, "--source", SOURCE, "--disable", "names,dates,numbers.missing");
    assertEquals(0, quiet.exit(), quiet::toString);
    Cli.Result strict = Cli.run("validate", DAMAGED, "--source", SOURCE, "--disable", "names,dates,numbers.missing",
        "--fail-on", "warning");
    assertEquals(1, strict.exit(), strict::toString);
  }

  @Test
  void theReportCanGoToAFile() {
    Path out = tmp.resolve("report.json");
    Cli.Result r = Cli.run("validate", DAMAGED, "--source", SOURCE, "--format", "json", "-o", out.toString());
    assertEquals(1, r.exit());
    assertEquals("", r.stdout());
    assertTrue(new String(TestFiles.read(out), java.nio.charset.StandardCharsets.UTF_8).contains("\"dates.weekday\""));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertUsage(Cli.run("validate", DAMAGED), "needs the story it was translated from: add --source");
    assertUsage(Cli.run("validate", DAMAGED, "--source", SOURCE, "--format", "xml"), "--format: expected text, json or sarif");
    assertUsage(Cli.run("validate", DAMAGED, "--source", SOURCE, "--fail-on", "fatal"), "--fail-on: expected error, warning or info");
    assertUsage(Cli.run("validate", DAMAGED, "--source", SOURCE, "--disable", "spelling"), "--disable: no check or family 'spelling'");
  }

  @Test
  void aBrokenGlossaryIsNamedWithItsPlace() {
    Path glossary = TestFiles.write(tmp.resolve("names.json"), "{\"concepts\": [ {\"id\": 3} ]}");
    Cli.Result r = Cli.run("validate", GOOD, "--source", SOURCE, "--glossary", glossary.toString());
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("names.json"), r::toString);
  }

  @Test
  void checksListsEveryCheckWithItsSeverity() {
    Cli.Result r = Cli.run("checks");
    assertEquals(0, r.exit());
    for (String family : List.of("names.", "dates.", "numbers.", "typography.", "markup.", "completeness.", "length.")) {
      assertTrue(r.stdout().contains(family), () -> family + " missing from " + r.stdout());
    }
    assertTrue(r.stdout().lines().anyMatch(l -> l.matches("dates\\.weekday\\s+error\\s+.+")), r::stdout);
  }

  private static void assertUsage(Cli.Result r, String fragment) {
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.stderr().contains(fragment), () -> "stderr lacks '" + fragment + "': " + r);
  }
}
