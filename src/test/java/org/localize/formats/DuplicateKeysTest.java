package org.localize.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localize.testing.Cli;
import org.localize.testing.TestFiles;

/**
 * A key repeated in one object (the IPTC businesswire ninjs 1.4 example repeats "broadband"): refused
 * by default with both places named and the way forward; with --allow-duplicate-keys read as JSON
 * parsers do, the last one counting, and the earlier ones kept byte for byte.
 */
class DuplicateKeysTest {
  static final String STORY = """
      {"uri": "urn:x", "versioncreated": "2013-07-31T15:32:00Z", "language": "en",
       "headline": "A headline",
       "associations": {"video": {"uri": "urn:v", "renditions": {
         "broadband": {"href": "a.wmv", "title": "First"},
         "broadband": {"href": "b.mov", "title": "Second"}}}}}
      """;

  @Test
  void refusedWithBothPlacesAndTheOption(@TempDir Path dir) {
    Path story = TestFiles.write(dir.resolve("item.json"), STORY);
    Cli.Result r = Cli.run("extract", story.toString(), "--target", "de");
    assertEquals(3, r.exit(), r::toString);
    assertTrue(r.stderr().contains("item.json:5:4 (/associations/video/renditions/broadband): malformed JSON:"
        + " Duplicate field 'broadband': the key appears twice in one object (first at 4:4)"), r.stderr());
    assertTrue(r.stderr().contains("--allow-duplicate-keys"), r.stderr());
  }

  @Test
  void readAsJsonParsersDoAndKeptAtMerge(@TempDir Path dir) throws Exception {
    Path story = TestFiles.write(dir.resolve("item.json"), STORY);
    Path out = dir.resolve("item.en-XA.json");
    Cli.Result r = Cli.run("pseudo", story.toString(), "-o", out.toString(), "--allow-duplicate-keys");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.stderr().contains("note: " + story + ":4:4 (/associations/video/renditions/broadband): left as is:"
        + " its key appears again at 5:4 in the same object"), r.stderr());
    String merged = Files.readString(out);
    assertTrue(merged.contains("\"broadband\": {\"href\": \"a.wmv\", \"title\": \"First\"},\n"
        + "   \"broadband\": {\"href\": \"b.mov\", \"title\": \"Second\"}"), merged);
    assertTrue(merged.contains("\"headline\": \"[Å ĥéåðļîñé ~~]\""), merged);
  }
}
