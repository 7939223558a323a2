package org.localize.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.Steps;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;

/**
 * How a profile is chosen and remembered: the profile used is printed, a profile file is recorded
 * in the XLIFF so that merge reads the story the same way without being told, and a profile named
 * by the user that finds nothing is refused.
 */
class ProfileUseTest {
  static final String HOUSE_STORY = """
      {"uuid": "h-1", "lang": "en", "title": "A house format", "content": [
        {"type": "para", "body": "First paragraph."},
        {"type": "image", "url": "https://img.example/1.jpg", "caption": "A <b>caption</b>"}]}
      """;
  static final String HOUSE_PROFILE = """
      {"name": "house", "locale": "$.lang", "id": "$.uuid",
       "units": [
         {"path": "$.title", "kind": "headline"},
         {"path": "$.content[?(@.type == 'para')].body", "kind": "paragraph"},
         {"path": "$.content[?(@.type == 'image')].caption", "kind": "caption", "format": "html"}]}
      """;

  @Test
  void aProfileFileIsRecordedInTheXliffAndMergeFindsIt(@TempDir Path dir) throws Exception {
    Path story = TestFiles.write(dir.resolve("news/story.en.json"), HOUSE_STORY);
    Path profile = TestFiles.write(dir.resolve("profiles/house.json"), HOUSE_PROFILE);
    Path xliff = dir.resolve("news/story.en-de.xlf");
    byte[] bytes = Steps.extract(story, xliff, List.of("--target", "de", "--profile", profile.toString()));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("<note from=\"localize\">localize profile: house</note>"), text);
    // relative to the XLIFF's folder, so that the pair can move together
    assertTrue(text.contains("<note from=\"localize\">localize profile file: ../profiles/house.json</note>"), text);

    Files.write(xliff, XliffEdit.of(bytes).copySourceToTarget("translated").bytes());
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", dir.resolve("news/story.de.json").toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("language de written at /lang"), r.stderr());

    // the profile file moved away: merge says which file it needs and how to give it
    Files.move(profile, dir.resolve("house.json"));
    r = Cli.run("merge", story.toString(), xliff.toString(), "-o", dir.resolve("news/story.de.json").toString(), "--no-checks");
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("extracted with the profile 'house' from ../profiles/house.json, which is not there now"), r.stderr());
    assertTrue(r.stderr().contains("--profile FILE.json"), r.stderr());
    // --profile still decides
    r = Cli.run("merge", story.toString(), xliff.toString(), "-o", dir.resolve("news/story.de.json").toString(), "--no-checks",
        "--profile", dir.resolve("house.json").toString());
    assertEquals(0, r.exit(), r::toString);
  }

  @Test
  void theProfileUsedIsPrinted(@TempDir Path dir) {
    Path story = TestFiles.write(dir.resolve("story.json"), HOUSE_STORY);
    Path profile = TestFiles.write(dir.resolve("house.json"), HOUSE_PROFILE);
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "de", "--profile", profile.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("(3 units, en → de); profile house from " + profile + "\n"), r.stderr());

    Path ninjs = TestFiles.write(dir.resolve("item.json"),
        "{\"uri\": \"urn:x\", \"versionCreated\": \"2024-01-01T00:00:00Z\", \"language\": \"en\", \"headlines\": [{\"value\": \"A headline\"}]}");
    r = Cli.run("extract", ninjs.toString(), "--target", "de");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("(1 unit, en → de); profile ninjs-3, detected\n"), r.stderr());
  }

  @Test
  void aStoryWithoutALanguageIsReadInTheProfilesDefaultAndMergeSaysItWroteNone(@TempDir Path dir) throws Exception {
    // a WordPress ?slug= response: a list of posts, none saying its language
    Path story = TestFiles.write(dir.resolve("posts.json"),
        TestFiles.read(TestFiles.TEST_RESOURCES.resolve("golden/extract/wordpress-list-attributes/story.json")));
    Path xliff = dir.resolve("posts.en-US-de.xlf");
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "de", "-o", xliff.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("note: " + story + ": the story does not say its language ($['lang','locale']);"
        + " it is read as en-US, the default of the profile wordpress: give --source-locale if it is written in another"), r.stderr());
    assertTrue(r.stderr().contains("(6 units, en-US → de); profile wordpress, detected"), r.stderr());

    Files.write(xliff, XliffEdit.of(Files.readAllBytes(xliff)).copySourceToTarget("translated").eachTarget(t -> {
      if (t.getFirstChild() != null && t.getFirstChild().getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
        t.getFirstChild().setNodeValue("DE " + t.getFirstChild().getNodeValue());
      }
    }).bytes());
    Path out = dir.resolve("posts.de.json");
    r = Cli.run("merge", story.toString(), xliff.toString(), "-o", out.toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("the story has no language field ($['lang','locale']), so none was written:"
        + " the result is in de but does not say so"), r.stderr());
    String merged = Files.readString(out);
    assertTrue(merged.contains("\"title\": {\"rendered\": \"DE Second post\"}"), merged);
    assertTrue(merged.contains("\"alt_text\": \"DE A lighthouse\""), merged);
  }

  @Test
  void aFolderOfProfilesIsTriedBeforeTheBuiltInOnes(@TempDir Path dir) throws Exception {
    Path story = TestFiles.write(dir.resolve("story.json"), HOUSE_STORY);
    Path profiles = dir.resolve("profiles");
    TestFiles.write(profiles.resolve("house.json"), HOUSE_PROFILE.replace("\"name\": \"house\",",
        "\"name\": \"house\", \"detect\": \"@.uuid && @.content\","));
    TestFiles.write(profiles.resolve("notes.txt"), "not a profile");
    Path xliff = dir.resolve("story.en-de.xlf");
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "de", "--profile", profiles.toString(), "-o", xliff.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("(3 units, en → de); profile house from " + profiles.resolve("house.json") + ", detected"), r.stderr());
    assertTrue(Files.readString(xliff).contains("localize profile file: profiles/house.json"), Files.readString(xliff));

    Path other = TestFiles.write(dir.resolve("other.json"), "{\"something\": \"else\"}");
    r = Cli.run("extract", other.toString(), "--target", "de", "--profile", profiles.toString());
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("cannot tell the story's format (tried house from " + profiles.resolve("house.json")
        + ", story, ans"), r.stderr());
  }

  @Test
  void aProfileThatFindsNothingIsRefused(@TempDir Path dir) {
    Path story = TestFiles.write(dir.resolve("story.json"), HOUSE_STORY);
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "de", "--profile", "wordpress");
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("the profile wordpress finds no text to translate in this story"
        + " (and its detect expression does not match it either); is it the right profile?"), r.stderr());
    assertTrue(TestFiles.names(dir).equals(List.of("story.json")), "nothing written: " + TestFiles.names(dir));
  }
}
