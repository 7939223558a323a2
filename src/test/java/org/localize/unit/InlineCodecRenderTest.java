package org.localize.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localize.unit.Content.Code;
import org.localize.unit.Content.CodeKind;
import org.localize.unit.Content.Part;
import org.localize.unit.Content.Text;

/**
 * {@link InlineCodec#render} appends the text between two escapes as one run; the oracle is the
 * rendering one character at a time it replaced, on random contents in every format: texts of
 * markup characters, quotes and Cyrillic, codes of translatable attributes opened with either quote.
 */
class InlineCodecRenderTest {
  private static final String[] BITS = {"a", "&", "<", ">", "\"", "'", "Мост", " ", "&amp;", "\uD83D\uDE00", ""};

  @Test
  void renderingIsTheOneCharacterAtATimeRendering() {
    Random random = new Random(18);
    for (int i = 0; i < 50_000; i++) {
      List<Part> parts = new ArrayList<>();
      for (int n = random.nextInt(6); n > 0; n--) {
        if (random.nextInt(3) > 0) {
          StringBuilder t = new StringBuilder();
          for (int k = random.nextInt(5); k > 0; k--) {
            t.append(BITS[random.nextInt(BITS.length)]);
          }
          parts.add(new Text(t.toString()));
        } else {
          CodeKind kind = CodeKind.values()[random.nextInt(3)];
          boolean attribute = random.nextBoolean();
          String data = attribute ? (kind == CodeKind.OPEN ? "<a title=" + (random.nextBoolean() ? "\"" : "'") : "\">") : "<b>";
          parts.add(new Code(kind, 1 + random.nextInt(3), attribute ? InlineCodec.ATTRIBUTE_TYPE + "title" : "bold", data, data));
        }
      }
      Content content = new Content(parts);
      for (TextFormat format : TextFormat.values()) {
        assertEquals(oneByOne(content, format), InlineCodec.render(content, format), content + " " + format);
      }
    }
  }

  /** The rendering as it was written before: each character appended on its own. */
  private static String oneByOne(Content content, TextFormat format) {
    StringBuilder sb = new StringBuilder();
    char quote = 0;
    for (Part p : content.parts()) {
      if (p instanceof Code c) {
        sb.append(c.data());
        if (c.type().startsWith(InlineCodec.ATTRIBUTE_TYPE) && !c.data().isEmpty()) {
          quote = c.kind() == CodeKind.OPEN ? c.data().charAt(c.data().length() - 1) : 0;
        }
      } else {
        String text = ((Text) p).text();
        if (format == TextFormat.TEXT) {
          sb.append(text);
        } else {
          for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
              case '&' -> sb.append("&amp;");
              case '<' -> sb.append("&lt;");
              case '>' -> sb.append("&gt;");
              case '"' -> sb.append(quote == '"' ? "&quot;" : "\"");
              case '\'' -> sb.append(quote == '\'' ? "&#39;" : "'");
              default -> sb.append(c);
            }
          }
        }
      }
    }
    return sb.toString();
  }
}
