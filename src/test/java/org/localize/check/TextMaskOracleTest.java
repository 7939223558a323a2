package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Text's masking takes shortcuts (indexOf for a tag's end): it must give what the pattern it
 * documents and the formulation it replaced (kept here as the reference) give, on random text made
 * of the characters where a shortcut could go wrong and on the example story's real lines.
 */
class TextMaskOracleTest {

  private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^<>]*>", Pattern.DOTALL);

  private static String joined(Random r, String[] pieces, int bound) {
    StringBuilder b = new StringBuilder();
    for (int n = r.nextInt(bound); n > 0; n--) {
      b.append(pieces[r.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  /** Lines (and whole files) of the example story and a golden HTML story: real text with markup. */
  private static List<String> realLines() throws Exception {
    List<String> out = new ArrayList<>();
    for (String f : new String[] {"examples/pyongyang-visit/story.en-ru.xlf", "examples/pyongyang-visit/story.ru.json",
        "examples/pyongyang-visit/story.en.json", "src/test/resources/golden/extract/html-links-emphasis/story.json"}) {
      String text = Files.readString(Path.of(f));
      out.add(text);
      out.add(text.replace("&lt;", "<").replace("&gt;", ">").replace("\\\"", "\""));
      out.addAll(text.lines().toList());
    }
    return out;
  }

  private static void assertTags(String s) {
    char[] expected = s.toCharArray();
    Matcher m = TAG.matcher(s);
    boolean any = false;
    while (m.find()) {
      any = true;
      java.util.Arrays.fill(expected, m.start(), m.end(), ' ');
    }
    char[] got = Text.blankTags(s, null);
    char[] old = blankTagsCharByChar(s, null);
    assertEquals(any ? new String(expected) : s, got == null ? s : new String(got), () -> "«" + s + "»");
    assertEquals(old == null ? s : new String(old), got == null ? s : new String(got), () -> "«" + s + "»");
  }

  @Test
  void blankTagsIsThePattern() throws Exception {
    String[] pieces = {"<", ">", "<!--", "-->", "<!-", "--", "-", "!", "a", "b ", " ", "\n", "ж", "href=\"x\"", "/", "<p>",
        "</p>", "<br/>", ">>", "<<"};
    Random r = new Random(18);
    for (int k = 0; k < 200_000; k++) {
      assertTags(joined(r, pieces, 16));
    }
    for (String line : realLines()) {
      assertTags(line);
    }
  }

  /** Text.blankTags as it was: each tag's end found char by char. */
  private static char[] blankTagsCharByChar(String s, char[] chars) {
    int n = s.length();
    int i = s.indexOf('<');
    while (i >= 0 && i < n) {
      int end = -1;
      if (s.startsWith("<!--", i)) {
        int close = s.indexOf("-->", i + 4);
        end = close < 0 ? -1 : close + 3;
      }
      if (end < 0) {
        int j = i + 1;
        while (j < n && s.charAt(j) != '<' && s.charAt(j) != '>') {
          j++;
        }
        end = j < n && s.charAt(j) == '>' ? j + 1 : -1;
      }
      if (end < 0) {
        i = s.indexOf('<', i + 1);
      } else {
        chars = chars == null ? s.toCharArray() : chars;
        java.util.Arrays.fill(chars, i, end, ' ');
        i = s.indexOf('<', end);
      }
    }
    return chars;
  }
}
