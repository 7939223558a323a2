package org.localize.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.localize.unit.Content;
import org.localize.unit.InlineCodec;
import org.localize.unit.TextFormat;

/**
 * Coverage-guided fuzzing of {@link InlineCodec}: any string in any format parses (MessageFormat
 * and XML may refuse with IllegalArgumentException), its text parts hold only characters XML 1.0 can
 * carry, rendering gives back plain text unchanged, and parsing what was rendered gives the same
 * content again (so a translation that keeps the source is merged back to the same meaning).
 */
class InlineCodecFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void inlineCodec(FuzzedDataProvider data) {
    TextFormat format = data.pickValue(TextFormat.values());
    String s = data.consumeRemainingAsString();
    Content c;
    try {
      c = InlineCodec.parse(s, format);
    } catch (IllegalArgumentException e) {
      assertTrue(format == TextFormat.MESSAGEFORMAT || format == TextFormat.XML,
          "only MessageFormat and XML (not well-formed) may be refused: " + e.getMessage());
      return;
    }
    for (Content.Part p : c.parts()) {
      if (p instanceof Content.Text t) {
        assertTrue(xmlSafe(t.text()), () -> "text part not XML 1.0: " + escape(t.text()));
      }
    }
    String rendered = InlineCodec.render(c, format);
    if (format == TextFormat.TEXT) {
      assertEquals(s, rendered, "plain text renders as it was");
    }
    Content again = InlineCodec.parse(rendered, format);
    assertEquals(c.signature(), again.signature(), () -> "parse(render(parse(s))) for " + escape(s));
    assertEquals(rendered, InlineCodec.render(again, format), "rendering is stable");
  }

  static boolean xmlSafe(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!ok) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      sb.append(ch < 0x20 || ch > 0x7E ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
    }
    return sb.toString();
  }
}
