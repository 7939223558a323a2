package org.localize.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/** Every way extract refuses, through the command line: exit code, message, and nothing written. */
class ExtractErrorTest {
  @TempDir Path tmp;

  private Path story(String json) {
    return TestFiles.write(tmp.resolve("story.json"), json);
  }

  private Cli.Result extract(Path story, String... extra) {
    List<String> args = new ArrayList<>(List.of("extract", story.toString(), "-o", tmp.resolve("out.xlf").toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private void assertFails(Cli.Result r, int exit, String... fragments) {
    assertEquals(exit, r.exit(), r::toString);
    for (String f : fragments) {
      assertTrue(r.stderr().contains(f), () -> "stderr should contain \"" + f + "\":\n" + r.stderr());
    }
    assertEquals("", r.stdout());
    assertTrue(TestFiles.names(tmp).stream().noneMatch(n -> n.contains("out.xlf") || n.endsWith(".tmp")),
        () -> "nothing written: " + TestFiles.names(tmp));
  }

  @Test
  void aGoodStoryIsExtracted() {
    Cli.Result r = extract(story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}"), "--target", "ru");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("(1 unit, en → ru)"), r.stderr());
  }

  @Test
  void malformedJsonNamesFileLineColumnAndWhatWasExpected() {
    Path s = story("{\n  \"locale\": \"en\",\n  \"headline\": \"Hi\"\n  \"blocks\": []\n}\n");
    assertFails(extract(s, "--target", "ru"), 3, s + ":4:3 (/headline): malformed JSON", "was expecting comma");
  }

  @Test
  void aTranslatableFieldOfTheWrongTypeNamesItsPointer() {
    Path s = story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": [{\"id\": \"p\", \"type\": \"paragraph\", \"text\": 42}, "
        + "{\"id\": \"q\", \"type\": \"photo\", \"caption\": [\"a\"]}]}");
    Cli.Result r = extract(s, "--target", "ru");
    assertFails(r, 3, "(/blocks/0/text): a paragraph must be a string, found", "(/blocks/1/caption): a caption must be a string");
  }

  @Test
  void malformedTargetLocaleIsAUsageError() {
    assertFails(extract(story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}"), "--target", "xx-!!"),
        2, "--target: 'xx-!!' is not a well-formed locale tag");
  }

  @Test
  void unknownTargetLanguageIsAUsageError() {
    assertFails(extract(story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}"), "--target", "qq"),
        2, "--target: unknown language 'qq'");
  }

  @Test
  void targetEqualToTheSourceIsAUsageError() {
    assertFails(extract(story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}"), "--target", "en"),
        2, "is the story's own locale");
  }

  @Test
  void missingTargetOptionIsAUsageError() {
    assertFails(extract(story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}")), 2, "Missing required option: '--target=LOCALE'");
  }

  @Test
  void missingStoryFileIsInvalidInput() {
    assertFails(extract(tmp.resolve("nope.json"), "--target", "ru"), 3, "nope.json: no such file");
  }

  @Test
  void aFolderGivenAsStoryIsInvalidInput() {
    Path dir = tmp.resolve("folder");
    TestFiles.write(dir.resolve("x"), "");
    assertFails(extract(dir, "--target", "ru"), 3, "folder: is a folder; give a story JSON file");
  }

  @Test
  void storyWithoutLocaleNeedsSourceLocale() {
    assertFails(extract(story("{\"headline\": \"Hi\", \"blocks\": []}"), "--target", "ru"), 3,
        "the story does not say its locale", "--source-locale");
  }

  @Test
  void invalidUtf8IsRefusedWithItsPlace() {
    byte[] bytes = TestFiles.utf8("{\"locale\": \"en\",\n \"headline\": \"caf\u0000\", \"blocks\": []}");
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        bytes[i] = (byte) 0xE9; // the NUL becomes a Latin-1 é: not UTF-8
      }
    }
    Path s = TestFiles.write(tmp.resolve("story.json"), bytes);
    assertFails(extract(s, "--target", "ru"), 3, s + ":2:18: invalid UTF-8 (byte 0xE9");
  }

  @Test
  void duplicateKeysAreRefused() {
    Path s = story("{\"locale\": \"en\", \"headline\": \"Hi\", \"headline\": \"Ho\", \"blocks\": []}");
    assertFails(extract(s, "--target", "ru"), 3, "malformed JSON: Duplicate field 'headline'");
  }

  @Test
  void trailingGarbageIsRefused() {
    Path s = story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}\n}");
    assertFails(extract(s, "--target", "ru"), 3, s + ":2:1: unexpected content after the end of the JSON document");
  }

  @Test
  void aBrokenUserProfilePointsIntoTheProfile() {
    Path s = story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}");
    Path profile = TestFiles.write(tmp.resolve("bad.json"),
        "{\n  \"name\": \"bad\",\n  \"units\": [\n    {\"path\": \"$.headline[\", \"kind\": \"headline\"}\n  ]\n}\n");
    Cli.Result r = extract(s, "--target", "ru", "--profile", profile.toString());
    assertFails(r, 3, profile + ":4:14 (/units/0/path): invalid profile:", "at character 12 of \"$.headline[\"");
  }

  @Test
  void aProfileWithAnUnknownKeyNamesTheKey() {
    Path s = story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}");
    Path profile = TestFiles.write(tmp.resolve("bad.json"),
        "{\"name\": \"bad\", \"units\": [{\"path\": \"$.headline\", \"kind\": \"headline\", \"maxlen\": 3}]}");
    assertFails(extract(s, "--target", "ru", "--profile", profile.toString()), 3, "(/units/0/maxlen): invalid profile: unknown key \"maxlen\"");
  }

  @Test
  void anUnknownBuiltInProfileIsAUsageError() {
    assertFails(extract(story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}"), "--target", "ru", "--profile", "ninjs9"),
        2, "unknown profile 'ninjs9'");
  }

  @Test
  void outputEqualToTheStoryIsAUsageError() {
    Path s = story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}");
    Cli.Result r = Cli.run("extract", s.toString(), "--target", "ru", "-o", s.toString());
    assertFails(r, 2, "is also an input");
    assertEquals("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}", TestFiles.readUtf8(s));
  }

  @Test
  void aTranslatedXliffIsNotReplacedUnlessForced() {
    Path s = TestFiles.write(tmp.resolve("story.en.json"), TestFiles.read(TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en.json")));
    byte[] translated = TestFiles.read(TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf"));
    Path xliff = TestFiles.write(tmp.resolve("story.en-ru.xlf"), translated);
    Cli.Result r = Cli.run("extract", s.toString(), "--target", "ru");
    assertFails(r, 2, "story.en-ru.xlf already holds 21 translated units; extracting would replace them",
        "--previous " + xliff + " -o NEW.xlf", "--force");
    assertTrue(java.util.Arrays.equals(translated, TestFiles.read(xliff)), "the translation is untouched");

    Cli.Result kept = Cli.run("extract", s.toString(), "--target", "ru", "--previous", xliff.toString(),
        "-o", tmp.resolve("story.en-ru.v2.xlf").toString());
    assertEquals(0, kept.exit(), kept::toString);

    Cli.Result forced = Cli.run("extract", s.toString(), "--target", "ru", "--force");
    assertEquals(0, forced.exit(), forced::toString);
    assertTrue(TestFiles.readUtf8(xliff).contains("state=\"needs-translation\""));
  }

  @Test
  void anUntranslatedXliffIsSimplyReplaced() {
    Path s = story("{\"locale\": \"en\", \"headline\": \"Hi\", \"blocks\": []}");
    assertEquals(0, Cli.run("extract", s.toString(), "--target", "ru").exit());
    assertEquals(0, Cli.run("extract", s.toString(), "--target", "ru").exit());
  }
}
