package org.localize.properties;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random stories for the property tests, from one seed: the native story format with every kind
 * of block, strings made of words in three scripts, emoji, character references, nested and broken
 * inline HTML, MessageFormat arguments and plurals, control characters and lone surrogates; each
 * string escaped its own way, and the file laid out pretty or minified, LF or CRLF, with or
 * without a BOM. Unknown fields carry numbers such as 1e400 that must survive byte for byte.
 */
final class StoryGenerator {
  private static final String[] WORDS = {
    "Pyongyang", "Putin", "Kim", "bridge", "the", "at", "night", "Москва", "мост", "ночью", "平壤", "記者",
    "naïve", "café", "Zoë", "24", "4.2", "1,200", "—", "«quoted»", "\"quoted\"", "back\\slash", "a/b", "it's", "  ",
  };
  private static final String[] EMOJI = {"😀", "🇰🇵", "👩‍👩‍👧", "𝔘"};
  private static final String[] ENTITIES = {"&amp;", "&nbsp;", "&mdash;", "&#171;", "&#x2014;", "&zzz;", "&lt;", "&quot;"};
  private static final String[] CONTROLS = {"\u0000", "\u0001", "\u001f", "\u0008", "\u000c", "\u007f", "\ufffe", "\ud800", "\udc00", "\t", "\n", "\r\n"};

  private final Random r;

  StoryGenerator(long seed) {
    this.r = new Random(seed);
  }

  private <T> T pick(T[] a) {
    return a[r.nextInt(a.length)];
  }

  private boolean chance(int percent) {
    return r.nextInt(100) < percent;
  }

  /** Plain text: words, emoji, and now and then a control character or a lone surrogate. */
  String text(int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      int k = r.nextInt(20);
      sb.append(k < 14 ? pick(WORDS) : k < 17 ? pick(EMOJI) : pick(CONTROLS));
    }
    return sb.toString();
  }

  /** Inline HTML: nested pairs, void elements, unclosed and stray tags, comments, references. */
  String html(int depth) {
    StringBuilder sb = new StringBuilder(text(1 + r.nextInt(3)));
    int parts = 1 + r.nextInt(4);
    for (int i = 0; i < parts; i++) {
      sb.append(' ');
      switch (r.nextInt(9)) {
        case 0 -> sb.append("<b>").append(depth > 0 ? html(depth - 1) : text(2)).append("</b>");
        case 1 -> sb.append("<a href=\"https://meduza.io/x?a=1&amp;b=2\" class='c'>").append(depth > 0 ? html(depth - 1) : text(2)).append("</a>");
        case 2 -> sb.append(chance(50) ? "<br>" : "<br/>");
        case 3 -> sb.append(pick(ENTITIES));
        case 4 -> sb.append("<em>").append(text(1)).append(chance(70) ? "</em>" : "");
        case 5 -> sb.append("</i>");
        case 6 -> sb.append("<!-- note -->");
        case 7 -> sb.append("<span data-x=\"{a}\">").append(text(1)).append("</span>");
        default -> sb.append(text(2));
      }
    }
    return sb.toString();
  }

  /** ICU MessageFormat: simple arguments, a plural with HTML inside, doubled apostrophes. */
  String messageFormat() {
    StringBuilder sb = new StringBuilder(mfText());
    int parts = 1 + r.nextInt(3);
    for (int i = 0; i < parts; i++) {
      sb.append(' ');
      switch (r.nextInt(5)) {
        case 0 -> sb.append("{amount}");
        case 1 -> sb.append("{n, number}");
        case 2 -> sb.append("{n, plural, one {# reader} other {<b>#</b> readers}}");
        case 3 -> sb.append("<strong>").append(mfText()).append("</strong>");
        default -> sb.append("it''s ").append(mfText());
      }
    }
    return sb.toString();
  }

  private String mfText() {
    return text(1 + r.nextInt(3)).replace("'", "’").replace("{", "(").replace("}", ")").replace("#", "No.");
  }

  /** A whole story as JSON bytes. */
  byte[] story() {
    List<String[]> members = new ArrayList<>(); // key, raw JSON value
    members.add(new String[] {"id", str("story-" + r.nextInt(1000) + (chance(10) ? "\r\nx" : ""))});
    members.add(new String[] {"locale", str("en")});
    if (chance(70)) {
      members.add(new String[] {"published", str("2024-06-19T05:30:00+03:00")});
    }
    members.add(new String[] {"headline", str(text(2 + r.nextInt(6)))});
    if (chance(80)) {
      members.add(new String[] {"lead", str(html(2))});
    }
    members.add(new String[] {"n", pick(new String[] {"1e400", "-0.0", "123456789012345678901234567890", "4.20", "1E-7"})});
    List<String> blocks = new ArrayList<>();
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      String id = str("b" + i);
      blocks.add(switch (r.nextInt(6)) {
        case 0 -> obj("id", id, "type", str("paragraph"), "text", str(html(2)));
        case 1 -> obj("id", id, "type", str("photo"), "src", str("https://x/" + i + ".jpg"), "caption", str(html(1)),
            "alt", str(text(3)), "credit", str(chance(50) ? "AP / Scanpix" : text(2)));
        case 2 -> obj("id", id, "type", str("appeal"), "title", str(messageFormat()), "text", str(messageFormat()), "cta", str("Give {amount}"));
        case 3 -> obj("id", id, "type", str("quote"), "text", str(text(4)), "attribution", str(text(2)));
        case 4 -> obj("id", id, "type", str("heading"), "text", str(html(0)));
        default -> obj("id", id, "type", str("embed-" + i), "html", str(html(1)), "data", "[1e400, {\"k\": null}, true, -0.0]");
      });
    }
    members.add(new String[] {"blocks", "[" + String.join(",", blocks) + "]"});
    members.add(new String[] {"empty", chance(50) ? "\"\"" : "null"});
    return layout(members);
  }

  private String obj(String... kv) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < kv.length; i += 2) {
      sb.append(i == 0 ? "" : ", ").append('"').append(kv[i]).append("\": ").append(kv[i + 1]);
    }
    return sb.append('}').toString();
  }

  /** A JSON string literal, each character escaped or not as writers do. */
  String str(String s) {
    boolean upper = chance(30);
    boolean asciiOnly = chance(15);
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append(chance(80) ? "\\n" : "\\u000a");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '/' -> sb.append(chance(30) ? "\\/" : "/");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && asciiOnly || Character.isSurrogate(c) && !paired(s, i)
              || c >= 0x80 && (asciiOnly || chance(5)) || c == 0x7f && chance(50)) {
            sb.append(String.format(upper ? "\\u%04X" : "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean paired(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private byte[] layout(List<String[]> members) {
    boolean minified = chance(25);
    String nl = chance(30) ? "\r\n" : "\n";
    String indent = chance(20) ? "\t" : "  ";
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < members.size(); i++) {
      sb.append(i == 0 ? "" : ",");
      sb.append(minified ? "" : nl + indent);
      sb.append('"').append(members.get(i)[0]).append('"').append(minified ? ":" : ": ").append(members.get(i)[1]);
    }
    sb.append(minified ? "}" : nl + "}" + nl);
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (!chance(15)) {
      return body;
    }
    byte[] bom = new byte[body.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bom, 3, body.length);
    return bom;
  }
}
