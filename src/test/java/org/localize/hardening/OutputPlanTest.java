package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/**
 * What a command writes, planned against all it reads before anything is written (issue 15, cases
 * 2, 3, 4, 7, 11 and 12): an option naming an output, a batch whose outputs are its inputs or one
 * file twice, a file the tool cannot read, outputs that are no regular file, translations taken for
 * sources, and a CAT tool's region in a target locale.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OutputPlanTest {
  static final Path EXAMPLE = TestFiles.EXAMPLES.resolve("pyongyang-visit");

  @TempDir Path tmp;
  Path story;
  Path xliff;
  Path translation;

  @BeforeEach
  void setUp() {
    story = TestFiles.write(tmp.resolve("story.en.json"), TestFiles.read(EXAMPLE.resolve("story.en.json")));
    xliff = TestFiles.write(tmp.resolve("story.en-ru.xlf"), TestFiles.read(EXAMPLE.resolve("story.en-ru.xlf")));
    translation = TestFiles.write(tmp.resolve("story.ru.json"), TestFiles.read(EXAMPLE.resolve("story.ru.json")));
  }

  /** Every file under the folder, with its bytes. */
  Map<String, byte[]> snapshot() {
    Map<String, byte[]> files = new HashMap<>();
    for (String name : Refusal.tree(tmp)) {
      Path p = tmp.resolve(name);
      files.put(name, Files.isRegularFile(p) ? TestFiles.read(p) : new byte[0]);
    }
    return files;
  }

  void assertUnchanged(Map<String, byte[]> before) {
    Map<String, byte[]> now = snapshot();
    assertEquals(new java.util.TreeSet<>(before.keySet()), new java.util.TreeSet<>(now.keySet()), "no file added or removed");
    for (Map.Entry<String, byte[]> e : before.entrySet()) {
      assertArrayEquals(e.getValue(), now.get(e.getKey()), e.getKey() + " is unchanged");
    }
  }

  // --- case 2: an option naming an output

  static Stream<Arguments> optionsNamingTheOutput() {
    return Stream.of(
        Arguments.of("merge -o the memory (new)", List.of("merge", "{story}", "{xliff}", "-o", "{tmp}/m.tmx", "--tm", "{tmp}/m.tmx", "--no-checks"),
            "m.tmx would be written twice, as the memory (--tm) and as the merged story"),
        Arguments.of("merge --tm the translation", List.of("merge", "{story}", "{xliff}", "--tm", "{translation}", "--no-checks"),
            "story.ru.json"),
        Arguments.of("merge -o a glossary", List.of("merge", "{story}", "{xliff}", "-o", "{glossary}", "-g", "{glossary}"),
            "is also an input; inputs are never overwritten: it is a glossary (-g)"),
        Arguments.of("merge -o a locale file", List.of("merge", "{story}", "{xliff}", "-o", "{tmp}/locales/ru.json", "--locales", "{tmp}/locales"),
            "is also an input; inputs are never overwritten: it is inside " ),
        Arguments.of("merge -o the profile", List.of("merge", "{story}", "{xliff}", "-o", "{profile}", "--profile", "{profile}", "--no-checks"),
            "it is the profile (--profile)"),
        Arguments.of("merge -o a link to the glossary", List.of("merge", "{story}", "{xliff}", "-o", "{tmp}/link.json", "-g", "{glossary}"),
            "it is a glossary (-g)"),
        Arguments.of("extract -o the memory", List.of("extract", "{story}", "--target", "ru", "-o", "{memory}", "--tm", "{memory}"),
            "it is the memory (--tm)"),
        Arguments.of("extract -o the previous XLIFF", List.of("extract", "{story}", "--target", "ru", "-o", "{xliff}", "--previous", "{xliff}"),
            "it is the previous XLIFF (--previous)"),
        Arguments.of("validate -o the glossary", List.of("validate", "{translation}", "--source", "{story}", "-g", "{glossary}", "-o", "{glossary}"),
            "it is a glossary (-g)"),
        Arguments.of("validate -o a locale file", List.of("validate", "{translation}", "--source", "{story}", "--locales", "{tmp}/locales", "-o", "{tmp}/locales/glossary/names.json"),
            "inside"),
        Arguments.of("review -o the glossary", List.of("review", "{story}", "{translation}", "-g", "{glossary}", "-o", "{glossary}"),
            "it is a glossary (-g)"),
        Arguments.of("pseudo -o the profile", List.of("pseudo", "{story}", "-o", "{profile}", "--profile", "{profile}"),
            "it is the profile (--profile)"),
        Arguments.of("tm export -o the memory", List.of("tm", "export", "--tm", "{memory}", "-o", "{memory}"), "it is the memory (--tm)"),
        Arguments.of("tm import the memory into itself", List.of("tm", "import", "{memory}", "--tm", "{memory}"), "it is a file to import"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optionsNamingTheOutput")
  void anOptionNamingAnOutputIsRefusedAndNothingChanges(String name, List<String> template, String fragment) throws Exception {
    Path glossary = TestFiles.write(tmp.resolve("names.json"), "{\"concepts\": []}\n");
    Files.createDirectories(tmp.resolve("locales/glossary"));
    TestFiles.write(tmp.resolve("locales/ru.json"), "{}\n");
    TestFiles.write(tmp.resolve("locales/glossary/names.json"), "{\"concepts\": []}\n");
    Path profile = TestFiles.write(tmp.resolve("profile.json"), TestFiles.read(TestFiles.PROJECT.resolve("src/main/resources/profiles/story.json")));
    Files.createSymbolicLink(tmp.resolve("link.json"), glossary);
    Path memory = tmp.resolve("memory.tmx");
    assertEquals(0, Cli.run("tm", "import", xliff.toString(), "--tm", memory.toString()).exit());
    Map<String, byte[]> before = snapshot();
    List<String> args = new ArrayList<>();
    for (String a : template) {
      args.add(a.replace("{story}", story.toString()).replace("{xliff}", xliff.toString()).replace("{translation}", translation.toString())
          .replace("{glossary}", glossary.toString()).replace("{profile}", profile.toString()).replace("{memory}", memory.toString())
          .replace("{tmp}", tmp.toString()));
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    Refusal.assertRefused(r, 2, fragment);
    assertUnchanged(before);
  }

  // --- case 3: a file the tool cannot read is not replaced without --force

  @Test
  void extractDoesNotReplaceAnXliffItCannotRead() {
    String translated = TestFiles.readUtf8(xliff);
    Map<String, String> broken = Map.of(
        "a DOCTYPE added", translated.replaceFirst("\n", "\n<!DOCTYPE xliff>\n"),
        "half a file", translated.substring(0, translated.length() / 2),
        "not XLIFF at all", "notes of a translator\n");
    for (Map.Entry<String, String> b : broken.entrySet()) {
      TestFiles.write(xliff, b.getValue());
      Map<String, byte[]> before = snapshot();
      Cli.Result r = Cli.run("extract", story.toString(), "--target", "ru");
      Refusal.assertRefused(r, 2, xliff + " exists and cannot be read as XLIFF", "to replace it anyway, --force");
      assertUnchanged(before);
      // a batch refuses that story's XLIFF as well
      r = Cli.run("extract", tmp.toString(), "--target", "ru", "--source-locale", "en");
      assertEquals(2, r.exit(), b.getKey() + ": " + r);
      assertUnchanged(before);
      r = Cli.run("extract", story.toString(), "--target", "ru", "--force");
      assertEquals(0, r.exit(), r::toString);
    }
  }

  // --- case 4: a batch whose outputs are its inputs, or one file twice

  @Test
  void aBatchMergeThatWouldReplaceItsOwnStoryIsRefusedWhole() {
    Cli.Result back = Cli.run("extract", translation.toString(), "--target", "en");
    assertEquals(0, back.exit(), back::toString);
    assertTrue(Files.exists(tmp.resolve("story.ru-en.xlf")));
    Map<String, byte[]> before = snapshot();
    Cli.Result r = Cli.run("merge", tmp.toString(), "--no-checks");
    Refusal.assertRefused(r, 2, "the output " + story + " (the merge of story.ru.json with story.ru-en.xlf) is also an input",
        "the output " + translation + " (the merge of story.en.json with story.en-ru.xlf) is also an input",
        "move one of them out of the folder, or merge them one at a time with -o");
    assertUnchanged(before);
  }

  @Test
  void twoStoriesOfOneNameWritingOneTranslationAreRefused() {
    Path de = TestFiles.write(tmp.resolve("story.de.json"), TestFiles.readUtf8(story).replace("\"locale\": \"en\"", "\"locale\": \"de\""));
    TestFiles.write(tmp.resolve("story.de-ru.xlf"), TestFiles.readUtf8(xliff).replace("source-language=\"en\"", "source-language=\"de\""));
    Map<String, byte[]> before = snapshot();
    Cli.Result r = Cli.run("merge", tmp.toString(), "--target", "ru", "--no-checks");
    Refusal.assertRefused(r, 2, translation + " would be written twice, as the merge of story.de.json with story.de-ru.xlf"
        + " and as the merge of story.en.json with story.en-ru.xlf");
    assertUnchanged(before);
    assertTrue(Files.exists(de));
  }

  @Test
  void reMergingAFolderReplacesItsEarlierTranslation() {
    TestFiles.write(translation, "EARLIER");
    Cli.Result r = Cli.run("merge", tmp.toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    assertArrayEquals(TestFiles.read(EXAMPLE.resolve("story.ru.json")), TestFiles.read(translation));
  }

  // --- case 7: outputs that are no regular file

  @Test
  void devNullIsWrittenIntoNeverReplaced() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull));
    Object before = Files.getAttribute(devNull, "unix:ino");
    for (String[] c : List.of(new String[] {"extract", story.toString(), "--target", "fr", "-o", "/dev/null"},
        new String[] {"merge", story.toString(), xliff.toString(), "-o", "/dev/null", "--no-checks"},
        new String[] {"validate", translation.toString(), "--source", story.toString(), "-o", "/dev/null"})) {
      Cli.Result r = Cli.run(c);
      assertTrue(r.exit() <= 1, r::toString);
      assertEquals(before, Files.getAttribute(devNull, "unix:ino"), "the same /dev/null");
      assertEquals(0020000, (Integer) Files.getAttribute(devNull, "unix:mode") & 0170000, "still a character device");
    }
    assertFalse(Refusal.tree(devNull.getParent()).stream().anyMatch(n -> n.startsWith(".null.")), "no temp file in /dev");
  }

  @Test
  void aNamedPipeIsWrittenInto() throws Exception {
    Path fifo = tmp.resolve("out.pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return in.readAllBytes();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", fifo.toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    assertArrayEquals(TestFiles.read(EXAMPLE.resolve("story.ru.json")), read.get(60, TimeUnit.SECONDS));
    assertEquals(0010000, (Integer) Files.getAttribute(fifo, "unix:mode") & 0170000, "still a pipe");
  }

  @Test
  void aSocketOrABlockDeviceIsRefused() throws Exception {
    Path socket = tmp.resolve("out.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", socket.toString(), "--no-checks");
      Refusal.assertRefused(r, 3, socket + ": is a socket, not a file");
    }
    try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
      Path block = dev.filter(p -> {
        try {
          return ((Integer) Files.getAttribute(p, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS) & 0170000) == 0060000;
        } catch (Exception e) {
          return false;
        }
      }).findFirst().orElse(null);
      if (block != null) {
        Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", block.toString(), "--no-checks");
        Refusal.assertRefused(r, 3, block + ": is a block device, not a file");
      }
    }
  }

  // --- case 11: translations are not taken for sources

  @Test
  void aFolderOfAStoryAndItsTranslationsGivesOneSource() {
    TestFiles.write(tmp.resolve("damaged.ru.json"), TestFiles.read(EXAMPLE.resolve("damaged.ru.json")));
    Cli.Result r = Cli.run("extract", tmp.toString(), "--target", "fr");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("note: " + tmp.resolve("story.ru.json") + " is skipped: it is a translation (ru) of story.en.json"), r::toString);
    assertTrue(r.stderr().contains("note: " + tmp.resolve("damaged.ru.json") + " is skipped"), r::toString);
    assertEquals(List.of("damaged.ru.json", "story.en-fr.xlf", "story.en-ru.xlf", "story.en.json", "story.ru.json"), Refusal.tree(tmp));
    Cli.Result stats = Cli.run("stats", tmp.toString(), "--format", "json");
    assertEquals(0, stats.exit(), stats::toString);
    assertTrue(stats.stdout().contains("\"files\" : 1") || stats.stdout().replace(" ", "").contains("\"files\":1"), stats::toString);
    assertTrue(stats.stdout().replace(" ", "").contains("\"words\":340"), stats::toString);
    // named on the command line, a translation is taken as asked
    r = Cli.run("extract", tmp.resolve("damaged.ru.json").toString(), "--target", "fr");
    assertEquals(0, r.exit(), r::toString);
  }

  @Test
  void withoutEvidenceOfTheSourceTheBatchIsRefused() throws Exception {
    Files.delete(xliff);
    Map<String, byte[]> before = snapshot();
    Cli.Result r = Cli.run("extract", tmp.toString(), "--target", "fr");
    Refusal.assertRefused(r, 2, "are one story (id \"2024-06-19-north-korea-welcomes-putin\") in en, ru",
        "give --source-locale, or name the stories to use");
    assertUnchanged(before);
    r = Cli.run("extract", tmp.toString(), "--target", "fr", "--source-locale", "en");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(Files.exists(tmp.resolve("story.en-fr.xlf")) && !Files.exists(tmp.resolve("story.ru-fr.xlf")));
  }

  // --- case 12: a CAT tool's region in the target locale

  @Test
  void aRegionTheCatToolAddedKeepsTheNamesConsistent() throws Exception {
    Files.delete(translation);
    TestFiles.write(xliff, TestFiles.readUtf8(xliff).replace("target-language=\"ru\"", "target-language=\"ru-RU\"")
        .replace("xml:lang=\"ru\"", "xml:lang=\"ru-RU\""));
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(Files.exists(translation), "story.ru.json, as the XLIFF's name says: " + Refusal.tree(tmp));
    assertTrue(TestFiles.readUtf8(translation).contains("\"locale\": \"ru-RU\""), "the story says what the translator's tool said");
    Files.delete(translation);
    r = Cli.run("merge", tmp.toString(), "--target", "ru", "--no-checks");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(Files.exists(translation), Refusal.tree(tmp)::toString);
    // a translation named story.ru-RU.json (by hand, or by an earlier version) is found by --target ru
    Files.move(translation, tmp.resolve("story.ru-RU.json"));
    Cli.Result v = Cli.run("validate", tmp.toString(), "--target", "ru");
    assertEquals(0, v.exit(), v::toString);
    assertTrue(v.stdout().contains("== " + tmp.resolve("story.ru-RU.json")), v::toString);
    // and extract --target ru does not take it for a story
    Cli.Result x = Cli.run("extract", tmp.toString(), "--target", "ru", "--force");
    assertEquals(0, x.exit(), x::toString);
    assertFalse(Files.exists(tmp.resolve("story.ru-RU-ru.xlf")) || Files.exists(tmp.resolve("story.ru-RU.ru-ru.xlf")), Refusal.tree(tmp)::toString);
  }

  @Test
  void aMergeNamedForOneLanguageButTranslatingIntoAnotherIsRefusedInABatch() {
    TestFiles.write(xliff, TestFiles.readUtf8(xliff).replace("target-language=\"ru\"", "target-language=\"uk\"")
        .replace("xml:lang=\"ru\"", "xml:lang=\"uk\""));
    Map<String, byte[]> before = snapshot();
    Cli.Result r = Cli.run("merge", tmp.toString(), "--no-checks");
    Refusal.assertRefused(r, 3, "the file's name says it translates into ru, but its target-language is uk");
    assertUnchanged(before);
  }

  // --- the memory's message

  @Test
  void aMemoryThatCannotBeWrittenSaysTheStoryWas() throws Exception {
    Path memory = Files.createSymbolicLink(tmp.resolve("memory.tmx"), tmp.resolve("nowhere/memory.tmx"));
    Path out = tmp.resolve("out.json");
    Cli.Result r = Cli.run("merge", story.toString(), xliff.toString(), "-o", out.toString(), "--tm", memory.toString(), "--no-checks");
    assertEquals(3, r.exit(), r::toString);
    assertFalse(r.stderr().contains("nothing was written"), r::toString);
    assertTrue(r.stderr().contains("the merged story was written to " + out + "; only the memory was not updated"), r::toString);
    assertTrue(r.stderr().contains("localize tm import " + xliff + " --tm " + memory), r::toString);
    assertTrue(Files.exists(out));
  }
}
