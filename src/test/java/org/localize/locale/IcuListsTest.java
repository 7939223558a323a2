package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Cutting a shipped file at '\n' gives the lines BufferedReader.readLine gave, on every file and on random text. */
class IcuListsTest {
  private static List<String> byReader(String text, String version) throws IOException {
    return IcuLists.lines(new BufferedReader(new StringReader(text)), version);
  }

  @Test
  void shippedFilesReadAsByLines() throws IOException {
    int files = 0;
    try (Stream<Path> s = Files.walk(Path.of("src/main/resources/org/localize"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(p);
        String version = byReader(text, "x") == null ? firstVersion(text) : "x";
        assertEquals(byReader(text, version), IcuLists.parse(text, version), p.toString());
        files++;
      }
    }
    assertEquals(true, files > 20, files + " files");
  }

  private static String firstVersion(String text) {
    for (String line : text.split("\n")) {
      if (line.startsWith("icu ")) {
        return line.substring(4);
      }
    }
    return "none";
  }

  @Test
  void randomTextReadsAsByLines() throws IOException {
    Random r = new Random(18);
    String[] pieces = {"icu 1", "# note", "a\tb", " ", "", "\n", "\n", "\r", "\r\n", "ы", "icu 2", "x y"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(12); n > 0; n--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      assertEquals(byReader(text, "1"), IcuLists.parse(text, "1"), text);
    }
  }
}
