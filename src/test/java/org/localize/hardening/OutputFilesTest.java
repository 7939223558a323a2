package org.localize.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.io.AtomicFiles;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/**
 * Where merge writes, and what it must never do there: write into a read-only folder or a full
 * disk (refused, nothing left), overwrite an input under any spelling, leave a half file. A
 * symbolic link as output is written through (docs/commands.md, "Output files").
 */
class OutputFilesTest {
  static final Path FIXTURES = TestFiles.TEST_RESOURCES.resolve("merge/cat-tool");

  @TempDir Path tmp;
  Path in;
  Path story;
  Path xliff;
  byte[] storyBytes;
  byte[] xliffBytes;
  byte[] expected;

  @BeforeEach
  void setUp() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    storyBytes = TestFiles.read(FIXTURES.resolve("story.en.json"));
    xliffBytes = TestFiles.read(FIXTURES.resolve("plain.en-ru.xlf"));
    story = TestFiles.write(in.resolve("story.en.json"), storyBytes);
    xliff = TestFiles.write(in.resolve("story.en-ru.xlf"), xliffBytes);
    expected = TestFiles.read(FIXTURES.resolve("expected.ru.json"));
  }

  private Cli.Result merge(String output) {
    // these tests are about files; the checks of the translation are another matter
    return Cli.run("merge", story.toString(), xliff.toString(), "-o", output, "--no-checks");
  }

  private void assertInputsIntact() {
    assertArrayEquals(storyBytes, TestFiles.read(story), "the story is untouched");
    assertArrayEquals(xliffBytes, TestFiles.read(xliff), "the XLIFF is untouched");
  }

  @Test
  void theFixtureMerges() {
    Path out = tmp.resolve("out.json");
    assertEquals(0, merge(out.toString()).exit());
    assertArrayEquals(expected, TestFiles.read(out));
  }

  @Test
  void anOutputThatAlreadyHoldsTheSameBytesIsLeftAsItWas() throws Exception {
    Path out = tmp.resolve("out.json");
    assertEquals(0, merge(out.toString()).exit());
    FileTime earlier = FileTime.from(Instant.now().minusSeconds(3600));
    Files.setLastModifiedTime(out, earlier);
    Object inode = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    Cli.Result again = merge(out.toString());
    assertEquals(0, again.exit(), again::toString);
    assertTrue(again.stderr().contains(out + " is up to date"), again::toString);
    assertEquals(earlier, Files.getLastModifiedTime(out), "not rewritten: its time is kept");
    assertEquals(inode, Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    assertArrayEquals(expected, TestFiles.read(out));
    // one byte different: replaced as usual
    Files.write(out, new String(expected, java.nio.charset.StandardCharsets.UTF_8).replace('{', ' ').getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Cli.Result replaced = merge(out.toString());
    assertTrue(replaced.stderr().contains("wrote " + out), replaced::toString);
    assertArrayEquals(expected, TestFiles.read(out));
  }

  @Test
  void reExtractingAnUnchangedStoryLeavesItsXliffAsItWasAndATranslatedOneIsStillRefused() throws Exception {
    Path out = tmp.resolve("story.en-ru.xlf");
    Files.copy(xliff, out); // a translated XLIFF: extracting over it is refused
    Cli.Result refused = Cli.run("extract", story.toString(), "--target", "ru", "-o", out.toString());
    assertEquals(2, refused.exit(), refused::toString);
    assertArrayEquals(xliffBytes, TestFiles.read(out));
    Path fresh = tmp.resolve("fresh.en-ru.xlf");
    assertEquals(0, Cli.run("extract", story.toString(), "--target", "ru", "-o", fresh.toString()).exit());
    Cli.Result again = Cli.run("extract", story.toString(), "--target", "ru", "-o", fresh.toString());
    assertEquals(0, again.exit(), again::toString);
    assertTrue(again.stderr().contains(fresh + " is up to date"), again::toString);
  }

  // --- output equal to an input, however it is spelled

  @Test
  void outputEqualToAnInputIsRefusedUnderEverySpelling() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("link-to-story.json"), story);
    Path hard = Files.createLink(tmp.resolve("hard-link-to-xliff.xlf"), xliff);
    Path linkedDir = Files.createSymbolicLink(tmp.resolve("linked-in"), in);
    List<String> spellings = List.of(
        story.toString(),
        xliff.toString(),
        in.resolve("./story.en.json").toString(),
        in.resolve("../in/story.en-ru.xlf").toString(),
        link.toString(),
        hard.toString(),
        linkedDir.resolve("story.en.json").toString());
    for (String output : spellings) {
      Cli.Result r = merge(output);
      Refusal.assertRefused(r, 2, "is also an input; inputs are never overwritten");
      assertInputsIntact();
    }
    assertEquals(List.of("hard-link-to-xliff.xlf", "in", "in/story.en-ru.xlf", "in/story.en.json", "link-to-story.json", "linked-in"),
        Refusal.tree(tmp), "nothing written");
  }

  // --- symbolic links: written through, the link stays

  @Test
  void aSymlinkedOutputIsWrittenThroughAndStaysALink() throws Exception {
    Path real = TestFiles.write(Files.createDirectories(tmp.resolve("site")).resolve("story.ru.json"), "EARLIER");
    Path link = Files.createSymbolicLink(tmp.resolve("current.json"), tmp.relativize(real));
    Cli.Result r = merge(link.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertArrayEquals(expected, TestFiles.read(real), "its target holds the merge");
    assertEquals(List.of("story.ru.json"), TestFiles.names(real.getParent()), "no temp file left beside the target");
    assertInputsIntact();
  }

  @Test
  void aDanglingSymlinkIsRefused() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("current.json"), tmp.resolve("nowhere/story.ru.json"));
    Cli.Result r = merge(link.toString());
    Refusal.assertRefused(r, 3, "current.json:", "is a symbolic link to", "which does not exist");
    assertTrue(Files.isSymbolicLink(link));
    assertFalse(Files.exists(tmp.resolve("nowhere")));
  }

  // --- permissions

  @Test
  void aNewOutputIsNotPrivateAndAReplacedOneKeepsItsMode() throws Exception {
    Path out = tmp.resolve("out.json");
    assertEquals(0, merge(out.toString()).exit());
    String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(out));
    assertTrue(mode.startsWith("rw-r"), "the umask's mode, not the temp file's rw-------: " + mode);

    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
    assertEquals(0, merge(out.toString()).exit());
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  // --- read-only folder, full disk

  @Test
  void aReadOnlyFolderIsRefusedAndNothingIsLeft() throws Exception {
    Path ro = tmp.resolve("ro");
    if (Tmpfs.isRoot()) {
      try (Tmpfs fs = Tmpfs.mount(ro, "size=1m")) {
        TestFiles.write(ro.resolve("story.ru.json"), "EARLIER");
        fs.readOnly();
        assertReadOnlyRefused(ro, "Read-only file system");
      }
    } else {
      Files.createDirectories(ro);
      TestFiles.write(ro.resolve("story.ru.json"), "EARLIER");
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
      try {
        assertReadOnlyRefused(ro, "permission denied");
      } finally {
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private void assertReadOnlyRefused(Path ro, String reason) {
    Cli.Result r = merge(ro.resolve("story.ru.json").toString());
    Refusal.assertRefused(r, 3, "story.ru.json:", reason);
    assertEquals(List.of("story.ru.json"), TestFiles.names(ro));
    assertEquals("EARLIER", TestFiles.readUtf8(ro.resolve("story.ru.json")), "the earlier output is intact");
    assertInputsIntact();
  }

  @Test
  void aFullDiskIsRefusedAndLeavesTheEarlierOutputAndNoTempFile() throws Exception {
    assumeFalse(!Tmpfs.isRoot(), "a full disk is simulated with a 64 KiB tmpfs, which needs root; skipped");
    Path small = tmp.resolve("small");
    try (Tmpfs ignored = Tmpfs.mount(small, "size=64k")) {
      // A story whose merge is bigger than the disk: the fixture with a 200 KB unknown field.
      String text = new String(storyBytes, java.nio.charset.StandardCharsets.UTF_8);
      String big = text.substring(0, text.lastIndexOf('}')) + ", \"archive\": \"" + "a".repeat(200_000) + "\"}\n";
      TestFiles.write(story, big);
      storyBytes = TestFiles.read(story);
      Path out = TestFiles.write(small.resolve("story.ru.json"), "EARLIER");
      Cli.Result r = merge(out.toString());
      Refusal.assertRefused(r, 3, "story.ru.json:", "cannot be written: No space left on device; nothing was written");
      assertEquals(List.of("story.ru.json"), TestFiles.names(small), "no temp file left on the full disk");
      assertEquals("EARLIER", TestFiles.readUtf8(out));
      assertInputsIntact();
    }
  }

  // --- leftovers of a killed run (KillMidMergeTest makes real ones)

  @Test
  void aStaleTempFileOfTheSameTargetIsRemovedByTheNextWriteAndAFreshOneIsNot() throws Exception {
    Path out = tmp.resolve("story.ru.json");
    Path stale = TestFiles.write(tmp.resolve(".story.ru.json.abc123.tmp"), "half a fil");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(AtomicFiles.STALE).minusSeconds(5)));
    Path fresh = TestFiles.write(tmp.resolve(".story.ru.json.def456.tmp"), "another run, still writing");
    Path other = TestFiles.write(tmp.resolve(".other.json.abc123.tmp"), "another target's");
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(3600)));
    assertEquals(0, merge(out.toString()).exit());
    assertFalse(Files.exists(stale), "the stale leftover is removed");
    assertTrue(Files.exists(fresh), "a young temp file may be another run's: kept");
    assertTrue(Files.exists(other), "another target's temp file is not ours to remove");
    assertArrayEquals(expected, TestFiles.read(out));
  }
}
