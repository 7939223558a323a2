package org.localize.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextFormat;

/** Inline HTML tags of the source missing from, added to, or badly nested in the translation. */
public final class TagsCheck implements Check {

  private static final Set<String> VOID = Set.of("br", "img", "hr", "wbr", "input", "source");

  record Tag(String key, String name, boolean close, boolean single, int start, int end) {}

  @Override
  public String id() {
    return "markup.tags";
  }

  @Override
  public String title() {
    return "Inline tags differ between source and translation";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    if (unit.pair().format() != TextFormat.HTML) {
      return;
    }
    if (unit.pair().source().indexOf('<') < 0 && unit.pair().target().indexOf('<') < 0) {
      return; // no tag on either side: nothing to compare or nest
    }
    List<Tag> src = tags(unit.pair().source());
    List<Tag> tgt = tags(unit.pair().target());
    Map<String, Integer> balance = new HashMap<>();
    src.forEach(t -> balance.merge(t.key(), 1, Integer::sum));
    for (Tag t : tgt) {
      int left = balance.merge(t.key(), -1, Integer::sum);
      if (left < 0) {
        out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(),
            "tag " + display(t) + " is not in the source", null));
      }
    }
    balance.forEach((key, left) -> {
      if (left > 0) {
        out.add(unit.finding(this, Severity.ERROR, "tag " + display(key) + " of the source is missing"
            + (left > 1 ? " (" + left + " times)" : ""), null));
      }
    });
    nesting(unit, tgt, out);
  }

  private void nesting(Unit unit, List<Tag> tags, List<Finding> out) {
    Deque<Tag> open = new ArrayDeque<>();
    for (Tag t : tags) {
      if (t.single()) {
        continue;
      }
      if (!t.close()) {
        open.push(t);
      } else if (open.isEmpty() || !open.peek().name().equals(t.name())) {
        out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(),
            "</" + t.name() + "> closes " + (open.isEmpty() ? "nothing" : "<" + open.peek().name() + ">"), null));
        return;
      } else {
        open.pop();
      }
    }
    if (!open.isEmpty()) {
      Tag t = open.peek();
      out.add(unit.finding(this, Severity.ERROR, t.start(), t.end(), "<" + t.name() + "> is never closed", null));
    }
  }

  /**
   * The tags of {@code s}: what {@code <(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>} finds (this
   * scanner does the same without the regex engine; {@code \b} as Java 17 reads it: a letter, digit,
   * underscore or non-spacing mark after the name means the name goes on).
   */
  static List<Tag> tags(String s) {
    List<Tag> out = new ArrayList<>();
    int n = s.length();
    int i = s.indexOf('<');
    while (i >= 0) {
      int j = i + 1;
      boolean close = j < n && s.charAt(j) == '/';
      if (close) {
        j++;
      }
      int end = -1;
      boolean slash = false;
      int k = j;
      if (k < n && asciiLetter(s.charAt(k))) {
        k++;
        while (k < n && (asciiLetter(s.charAt(k)) || (s.charAt(k) >= '0' && s.charAt(k) <= '9'))) {
          k++;
        }
        if (k == n || !wordContinues(s.codePointAt(k))) {
          for (int p = k; p < n; p++) {
            char c = s.charAt(p);
            if (c == '/' && p + 1 < n && s.charAt(p + 1) == '>') {
              end = p + 2;
              slash = true;
              break;
            }
            if (c == '>') {
              end = p + 1;
              break;
            }
            if (c == '<') {
              break;
            }
          }
        }
      }
      if (end < 0) {
        i = s.indexOf('<', i + 1);
        continue;
      }
      String name = s.substring(j, k).toLowerCase(Locale.ROOT);
      boolean single = slash || VOID.contains(name);
      out.add(new Tag((close ? "/" : single ? "!" : "") + name, name, close, single, i, end));
      i = s.indexOf('<', end);
    }
    return out;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean wordContinues(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static String display(Tag t) {
    return display(t.key());
  }

  private static String display(String key) {
    return key.startsWith("/") ? "<" + key + ">" : key.startsWith("!") ? "<" + key.substring(1) + "/>" : "<" + key + ">";
  }
}
