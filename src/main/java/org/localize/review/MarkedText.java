package org.localize.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.unit.HtmlTags;
import org.localize.unit.InlineCodec;
import org.localize.unit.TextFormat;

/**
 * Renders one string of a story as safe HTML, with a {@code <mark>} for each finding at its span.
 *
 * <p>The string is untrusted. Of its inline markup only {@code a, em, strong, i, b, br, span} are
 * kept, without attributes except an {@code http(s)} {@code href} on {@code a}; every other tag and
 * comment is dropped (its text stays, escaped), tags are re-balanced so that the string cannot close
 * or open anything around it, and character references become the characters they stand for.
 *
 * <p>Findings' offsets are UTF-16 offsets into the raw string, tags and references included. Each
 * visible character (or decoded reference) keeps the raw span it came from, so a mark lands on the
 * right text whatever markup precedes it. A span that crosses a tag becomes several marks (the first
 * carries the id); overlapping findings nest; a span that covers no text (inside a tag, or empty)
 * becomes an empty point mark where it starts; a finding without a span wraps the whole string.
 */
final class MarkedText {
  private static final Set<String> KEPT = Set.of("a", "em", "strong", "i", "b", "br", "span");
  private static final Pattern HREF =
      Pattern.compile("(?i)(?:^|\\s)href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");

  /**
   * A finding as the page shows it: its number (for ids), raw span ({@code start < 0}: whole), the
   * mark's classes and its other attributes (already escaped).
   */
  record Mark(int number, int start, int end, String classes, String attributes) {}

  private sealed interface Atom permits Chars, Tag {}

  /** Visible characters that came from raw[start, end). */
  private record Chars(int start, int end, String text) implements Atom {}

  /** A tag of the safe subset; {@code href} only on an opening {@code a} with a safe link. */
  private record Tag(int start, int end, String name, boolean closing, String href) implements Atom {}

  private MarkedText() {}

  /** {@code raw} read as {@code format}, as HTML, with {@code marks}. */
  static String render(String raw, TextFormat format, List<Mark> marks) {
    List<Atom> atoms = format == TextFormat.TEXT ? plain(raw) : html(raw);
    List<Mark> spans = new ArrayList<>();
    List<Mark> whole = new ArrayList<>();
    for (Mark m : marks) {
      (m.start() < 0 ? whole : spans).add(m);
    }
    spans.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
        .thenComparingInt(Mark::number));
    boolean[] covers = new boolean[spans.size()];
    for (Atom a : atoms) {
      if (a instanceof Chars c) {
        for (int i = 0; i < spans.size(); i++) {
          covers[i] |= overlaps(spans.get(i), c);
        }
      }
    }
    boolean[] started = new boolean[spans.size()];
    StringBuilder out = new StringBuilder();
    for (Mark m : whole) {
      out.append("<mark class=\"whole ").append(m.classes()).append("\" id=\"f").append(m.number())
          .append("\" tabindex=\"0\" ").append(m.attributes()).append('>');
    }
    Deque<String> open = new ArrayDeque<>();
    List<Mark> run = new ArrayList<>();
    StringBuilder runText = new StringBuilder();
    for (Atom a : atoms) {
      // point marks: spans that cover no text, placed before the first atom at or after their start
      for (int i = 0; i < spans.size(); i++) {
        if (!covers[i] && !started[i] && spans.get(i).start() <= start(a)) {
          flush(out, run, runText, spans, started);
          point(out, spans.get(i));
          started[i] = true;
        }
      }
      if (a instanceof Chars c) {
        List<Mark> over = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
          if (covers[i] && overlaps(spans.get(i), c)) {
            over.add(spans.get(i));
          }
        }
        if (!over.equals(run)) {
          flush(out, run, runText, spans, started);
          run.addAll(over);
        }
        runText.append(c.text());
      } else {
        flush(out, run, runText, spans, started);
        tag(out, open, (Tag) a);
      }
    }
    flush(out, run, runText, spans, started);
    for (int i = 0; i < spans.size(); i++) {
      if (!started[i]) {
        point(out, spans.get(i));
      }
    }
    while (!open.isEmpty()) {
      out.append("</").append(open.pop()).append('>');
    }
    for (int i = 0; i < whole.size(); i++) {
      out.append("</mark>");
    }
    return out.toString();
  }

  private static int start(Atom a) {
    return a instanceof Chars c ? c.start() : ((Tag) a).start();
  }

  private static boolean overlaps(Mark m, Chars c) {
    return c.start() < m.end() && c.end() > m.start();
  }

  /** Writes the pending text inside one mark per finding that covers it, outermost first. */
  private static void flush(StringBuilder out, List<Mark> run, StringBuilder text, List<Mark> spans, boolean[] started) {
    if (text.length() == 0) {
      run.clear();
      return;
    }
    for (Mark m : run) {
      int i = spans.indexOf(m);
      out.append("<mark class=\"").append(m.classes()).append('"');
      if (!started[i]) {
        out.append(" id=\"f").append(m.number()).append("\" tabindex=\"0\"");
        started[i] = true;
      }
      out.append(' ').append(m.attributes()).append('>');
    }
    escapeText(out, text);
    for (int i = 0; i < run.size(); i++) {
      out.append("</mark>");
    }
    run.clear();
    text.setLength(0);
  }

  private static void point(StringBuilder out, Mark m) {
    out.append("<mark class=\"point ").append(m.classes()).append("\" id=\"f").append(m.number()).append("\" tabindex=\"0\" ")
        .append(m.attributes())
        .append("></mark>");
  }

  private static void tag(StringBuilder out, Deque<String> open, Tag t) {
    if (t.name().equals("br")) {
      if (!t.closing()) {
        out.append("<br>");
      }
      return;
    }
    if (!t.closing()) {
      if (t.name().equals("a") && open.contains("a")) {
        return; // a link inside a link would make the browser close the outer one: keep its text only
      }
      open.push(t.name());
      out.append('<').append(t.name());
      if (t.href() != null) {
        out.append(" href=\"").append(Html.attr(t.href())).append("\" rel=\"noreferrer\"");
      }
      out.append('>');
      return;
    }
    if (!open.contains(t.name())) {
      return; // a closing tag without its opening one
    }
    while (true) {
      String name = open.pop();
      out.append("</").append(name).append('>');
      if (name.equals(t.name())) {
        return;
      }
    }
  }

  private static List<Atom> plain(String raw) {
    List<Atom> atoms = new ArrayList<>();
    chars(raw, 0, raw.length(), false, atoms);
    return atoms;
  }

  private static List<Atom> html(String raw) {
    List<Atom> atoms = new ArrayList<>();
    HtmlTags tags = new HtmlTags(raw);
    int at = 0;
    for (HtmlTags.Tag m = tags.find(0); m != null; m = tags.find(m.end())) {
      chars(raw, at, m.start(), true, atoms);
      at = m.end();
      String name = m.name() == null ? null : m.name().toLowerCase(Locale.ROOT);
      if (name == null || !KEPT.contains(name)) {
        continue; // a comment, or a tag outside the safe subset: dropped, its text stays
      }
      boolean closing = m.closing();
      boolean selfClosing = m.selfClosing();
      if (selfClosing && !name.equals("br")) {
        continue; // <span/> opens nothing
      }
      String href = name.equals("a") && !closing ? href(m.attributes(raw)) : null;
      atoms.add(new Tag(m.start(), m.end(), name, closing, href));
    }
    chars(raw, at, raw.length(), true, atoms);
    return atoms;
  }

  /** One atom per code point of raw[from, to), or per character reference when {@code references}. */
  private static void chars(String raw, int from, int to, boolean references, List<Atom> atoms) {
    Matcher ref = InlineCodec.referencePattern().matcher(raw);
    int i = from;
    while (i < to) {
      if (references && raw.charAt(i) == '&' && ref.region(i, to).lookingAt()) {
        String decoded = InlineCodec.decodeReference(ref.group());
        atoms.add(new Chars(i, ref.end(), decoded == null ? ref.group() : decoded));
        i = ref.end();
        continue;
      }
      int cp = raw.codePointAt(i);
      int n = Character.charCount(cp);
      atoms.add(new Chars(i, i + n, raw.substring(i, i + n)));
      i += n;
    }
  }

  /** The {@code href} of an {@code a} tag if it is an absolute http(s) URL, else null. */
  static String href(String attributes) {
    Matcher m = HREF.matcher(attributes == null ? "" : attributes);
    if (!m.find()) {
      return null;
    }
    String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    StringBuilder decoded = new StringBuilder();
    List<Atom> atoms = new ArrayList<>();
    chars(value, 0, value.length(), true, atoms);
    for (Atom a : atoms) {
      decoded.append(((Chars) a).text());
    }
    return Html.safeUrl(decoded.toString().strip());
  }

  /** Escapes text for an element's content; characters HTML cannot show become U+FFFD. */
  static void escapeText(StringBuilder out, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == '\r') {
            out.append(c == '\r' ? "" : "\uFFFD");
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
