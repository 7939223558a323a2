package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.localize.unit.TextFormat;

/**
 * {@link Text} masks markup and {@link TagsCheck} finds tags with hand-written scanners (the regular
 * expressions were the cost); they must find exactly what the patterns that define them find, on
 * every kind of input.
 */
class ScannersTest {

  private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^<>]*>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"«»]+");
  private static final Pattern TAGS = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)\\b[^<>]*?(/?)>");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

  /** The masking as the patterns define it. */
  private static String expected(String raw, TextFormat format) {
    char[] chars = raw.toCharArray();
    if (format == TextFormat.HTML || format == TextFormat.MESSAGEFORMAT) {
      blank(chars, TAG.matcher(raw));
      blank(chars, ENTITY.matcher(raw));
    }
    if (format == TextFormat.MESSAGEFORMAT && raw.indexOf('{') >= 0) {
      MessageFormatMask.apply(raw, chars);
    }
    if (raw.contains("://") || raw.contains("www.")) {
      blank(chars, URL.matcher(raw));
    }
    blank(chars, EMAIL.matcher(raw));
    return new String(chars);
  }

  private static void blank(char[] chars, Matcher m) {
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        chars[i] = ' ';
      }
    }
  }

  @Test
  void examples() {
    List<String> cases = List.of(
        "a <a href=\"https://x.org/a?b=1&amp;c\">link</a> b",
        "<!-- c --> <!-- open <b>x</b> <!--> -->",
        "< a > <<b>> <a <b> > > <",
        "&amp; &#171; &#x4E; &#xZZ; &#; &; &a1; &1a; &amp &Amp;&lt;",
        "see https://meduza.io/x, http://a www.b.c https:// http://«x» www.",
        "mail a.b+c@d-e.f.g, @x.y a@b @b.c a@b.",
        "{amount} & {n, plural, one {# <b>год</b>} other {# лет}} https://x/{y}");
    for (String s : cases) {
      for (TextFormat f : TextFormat.values()) {
        assertEquals(expected(s, f), Text.of(s, f).masked(), () -> f + ": " + s);
      }
    }
  }

  @Test
  void randomStrings() {
    String[] pieces = {"<", ">", "!--", "-->", "-", "&", "#", ";", "x", "X", "1", "a", "Z", "f", " ", "\n", "\t", "\"",
        "«", "»", "://", "http", "https", "www.", ".", "@", "+", "_", "{", "}", ",", "'", "ё", "Путин", "\u00A0", "/"};
    Random r = new Random(7);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(20);
      for (int i = 0; i < len; i++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String s = b.toString();
      for (TextFormat f : TextFormat.values()) {
        assertEquals(expected(s, f), Text.of(s, f).masked(), () -> f + ": " + s);
      }
    }
  }

  /** The tags as the pattern finds them, as the scanner reports them. */
  private static List<TagsCheck.Tag> expectedTags(String s) {
    List<TagsCheck.Tag> out = new java.util.ArrayList<>();
    Matcher m = TAGS.matcher(s);
    while (m.find()) {
      String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
      boolean close = !m.group(1).isEmpty();
      boolean single = !m.group(3).isEmpty() || java.util.Set.of("br", "img", "hr", "wbr", "input", "source").contains(name);
      out.add(new TagsCheck.Tag((close ? "/" : single ? "!" : "") + name, name, close, single, m.start(), m.end()));
    }
    return out;
  }

  @Test
  void tags() {
    List<String> cases = List.of("a <a href=\"x\">b</a> <br/> <br> <BR /> <img src=x> </b > <b/ > <a_b> <a\u0301> <aя> "
        + "<a1> <1a> </> <> <a<b> <a/b> <a / > <i>x</i>", "<", "<a", "<a/", "</a", "x<b>y</b>z");
    for (String s : cases) {
      assertEquals(expectedTags(s), TagsCheck.tags(s), s);
    }
    String[] pieces = {"<", ">", "/", "a", "b", "B", "1", "_", " ", "=", "\"", "я", "\u0301", "\u0903", "br", "img", "x", "-"};
    Random r = new Random(11);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(16);
      for (int i = 0; i < len; i++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertEquals(expectedTags(s), TagsCheck.tags(s), s);
    }
  }
}
