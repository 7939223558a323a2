package org.localize.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.story.JsonNode;
import org.localize.story.JsonPointer;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.story.TextPosition;

/**
 * Findings are placed in a story file (line, column, the excerpt under the caret) exactly as before
 * placing was made linear (issue 18): the report of random findings in strings with escapes,
 * multi-byte and supplementary characters, tabs, long lines and several line ends is compared with
 * the one the old placing gives, which walked each string from its quote and copied the whole line.
 */
class StoryLocatorTest {

  @Test
  void placesFindingsAsTheWholeLineWalkDid() {
    Random rnd = new Random(18);
    String[] pieces = {"a", "b ", "é", "ж", "€", "😀", "\\n", "\\\"", "\\u00e9", "\\t", "  ", "x y z "};
    String[] breaks = {"\n", "\r\n", "\r"};
    for (int round = 0; round < 300; round++) {
      int strings = 1 + rnd.nextInt(3);
      StringBuilder json = new StringBuilder(rnd.nextBoolean() ? "\uFEFF{" : "{");
      List<String> keys = new ArrayList<>();
      for (int k = 0; k < strings; k++) {
        json.append(k == 0 ? "" : ",").append(breaks[rnd.nextInt(breaks.length)]).append(rnd.nextBoolean() ? " \"k" : "\t\"k").append(k).append("\": \"");
        int len = rnd.nextInt(round % 10 == 0 ? 400 : 40);
        for (int i = 0; i < len; i++) {
          json.append(pieces[rnd.nextInt(pieces.length)]);
        }
        json.append('"');
        keys.add("/k" + k);
      }
      json.append(breaks[rnd.nextInt(breaks.length)]).append('}');
      byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
      StoryDocument doc = StoryReader.parse("s.json", bytes);
      List<Finding> findings = new ArrayList<>();
      for (String key : keys) {
        String value = ((JsonNode.StringNode) JsonPointer.resolve(doc.root(), key)).value();
        int n = rnd.nextInt(6);
        List<int[]> spans = new ArrayList<>();
        for (int f = 0; f < n; f++) {
          int a = rnd.nextInt(value.length() + 1);
          int b = Math.min(value.length(), a + rnd.nextInt(30));
          spans.add(new int[] {a, b});
        }
        spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        if (rnd.nextInt(5) == 0) {
          findings.add(Finding.whole("c", Severity.WARNING, key, "whole"));
        }
        for (int[] s : spans) {
          findings.add(new Finding("c", Severity.WARNING, key, "m", s[0], s[1], null));
        }
      }
      Summary summary = Summary.of(keys.size(), findings);
      assertEquals(TextReport.render(findings, old(doc), summary), TextReport.render(findings, new StoryLocator(doc), summary),
          () -> "report of " + json);
    }
  }

  /** The placing the linear one replaced, with the report's old excerpt window applied to the whole line. */
  private static Locator old(StoryDocument doc) {
    return f -> {
      JsonNode node = JsonPointer.resolve(doc.root(), f.unit());
      int from = node.start();
      int width = 1;
      JsonNode.StringNode s = (JsonNode.StringNode) node;
      if (f.hasSpan()) {
        from = oldByteOffset(doc, s, f.start());
        int to = oldByteOffset(doc, s, f.end());
        String covered = new String(doc.bytes(), from, Math.max(0, to - from), StandardCharsets.UTF_8);
        width = Math.max(1, covered.codePointCount(0, covered.length()));
      } else {
        from = s.start() + 1;
        width = Math.max(1, s.value().codePointCount(0, s.value().length()));
      }
      TextPosition pos = doc.position(from);
      String line = oldLineText(doc.bytes(), from);
      int room = line.codePointCount(0, line.length()) - pos.column() + 1;
      return new Location(doc.name(), pos.line(), pos.column(), line, 1, line.codePointCount(0, line.length()),
          Math.max(1, Math.min(width, room)));
    };
  }

  private static int oldByteOffset(StoryDocument doc, JsonNode.StringNode node, int offset) {
    byte[] b = doc.bytes();
    int i = node.start() + 1;
    int end = node.end() - 1;
    int chars = 0;
    while (i < end && chars < offset) {
      int c = b[i] & 0xFF;
      if (c == '\\') {
        i += b[i + 1] == 'u' ? 6 : 2;
        chars++;
      } else if (c < 0x80) {
        i++;
        chars++;
      } else if (c >= 0xF0) {
        i += 4;
        chars += 2;
      } else if (c >= 0xE0) {
        i += 3;
        chars++;
      } else {
        i += 2;
        chars++;
      }
    }
    return Math.min(i, end);
  }

  private static String oldLineText(byte[] utf8, int offset) {
    int from = Math.min(offset, utf8.length);
    while (from > 0 && utf8[from - 1] != '\n' && utf8[from - 1] != '\r') {
      from--;
    }
    if (from == 0 && utf8.length >= 3 && (utf8[0] & 0xFF) == 0xEF) {
      from = 3;
    }
    int to = Math.max(from, Math.min(offset, utf8.length));
    while (to < utf8.length && utf8[to] != '\n' && utf8[to] != '\r') {
      to++;
    }
    return new String(utf8, from, to - from, StandardCharsets.UTF_8);
  }
}
