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
    if (quiet(unit.pair().source(), unit.pair().target())) {
      return; // the same tags, well nested: known without building them (most translations)
    }
    full(unit, out);
  }

  /**
   * The check itself, after the shortcuts: what is missing, added or badly nested, as findings.
   * {@link #quiet} decides the same rule on offsets: a change here that finds more must make quiet
   * say false for it ({@code TagsQuietOracleTest} compares the two).
   */
  void full(Unit unit, List<Finding> out) {
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
    int[] rec = new int[4];
    int i = s.indexOf('<');
    while (i >= 0) {
      if (!tagAt(s, i, rec)) {
        i = s.indexOf('<', i + 1);
        continue;
      }
      String name = s.substring(rec[NAME], rec[NAME_END]).toLowerCase(Locale.ROOT);
      boolean close = (rec[FLAGS] & CLOSE) != 0;
      boolean single = (rec[FLAGS] & SINGLE) != 0;
      out.add(new Tag((close ? "/" : single ? "!" : "") + name, name, close, single, i, rec[END]));
      i = s.indexOf('<', rec[END]);
    }
    return out;
  }

  /** Most tags {@link #quiet} compares; with more, the check builds them. */
  private static final int QUIET_MAX = 16;
  // what tagAt records of a tag, at these offsets
  private static final int NAME = 0;
  private static final int NAME_END = 1;
  private static final int END = 2;
  private static final int FLAGS = 3;
  private static final int CLOSE = 1;
  private static final int SINGLE = 2;

  /**
   * Whether the check finds nothing: the tags of {@code target} are those of {@code source} (as
   * {@link #tags} keys them: closing or not, single or not, the name in lower case), in any order,
   * and nest; worked out from the tags' offsets without a String or a map. False when either side
   * has more than {@link #QUIET_MAX} tags, or when anything differs: the check then decides.
   */
  static boolean quiet(String source, String target) {
    int[] src = new int[QUIET_MAX * 4];
    int ns = scan(source, src);
    if (ns < 0) {
      return false;
    }
    int[] tgt = new int[QUIET_MAX * 4];
    if (scan(target, tgt) != ns) {
      return false;
    }
    int used = 0; // the source tags already matched, as bits
    for (int t = 0; t < ns; t++) {
      int match = -1;
      for (int u = 0; u < ns && match < 0; u++) {
        if ((used & 1 << u) == 0 && tgt[t * 4 + FLAGS] == src[u * 4 + FLAGS] && sameName(target, tgt, t, source, src, u)) {
          match = u;
        }
      }
      if (match < 0) {
        return false;
      }
      used |= 1 << match;
    }
    int[] open = new int[ns];
    int depth = 0;
    for (int t = 0; t < ns; t++) {
      int flags = tgt[t * 4 + FLAGS];
      if ((flags & SINGLE) != 0) {
        continue;
      }
      if ((flags & CLOSE) == 0) {
        open[depth++] = t;
      } else if (depth == 0 || !sameName(target, tgt, open[depth - 1], target, tgt, t)) {
        return false;
      } else {
        depth--;
      }
    }
    return depth == 0;
  }

  /** The tags of {@code s} into {@code into}, four ints each ({@link #tagAt}): how many, or -1 past {@link #QUIET_MAX}. */
  private static int scan(String s, int[] into) {
    int count = 0;
    int[] rec = new int[4];
    int i = s.indexOf('<');
    while (i >= 0) {
      if (!tagAt(s, i, rec)) {
        i = s.indexOf('<', i + 1);
        continue;
      }
      if (count == QUIET_MAX) {
        return -1;
      }
      System.arraycopy(rec, 0, into, count * 4, 4);
      count++;
      i = s.indexOf('<', rec[END]);
    }
    return count;
  }

  /** Whether tag {@code a} of {@code sa} and tag {@code b} of {@code sb} have one name (ASCII letters and digits: case aside). */
  private static boolean sameName(String sa, int[] ta, int a, String sb, int[] tb, int b) {
    int length = ta[a * 4 + NAME_END] - ta[a * 4 + NAME];
    return length == tb[b * 4 + NAME_END] - tb[b * 4 + NAME]
        && sa.regionMatches(true, ta[a * 4 + NAME], sb, tb[b * 4 + NAME], length);
  }

  /**
   * Whether a tag starts at {@code s[i]} (a '&lt;'): then {@code rec} holds where its name starts and
   * ends, where the tag ends, and whether it closes and is single (self-closed, or a void element).
   */
  private static boolean tagAt(String s, int i, int[] rec) {
    int n = s.length();
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
      return false;
    }
    rec[NAME] = j;
    rec[NAME_END] = k;
    rec[END] = end;
    rec[FLAGS] = (close ? CLOSE : 0) | (slash || isVoid(s, j, k) ? SINGLE : 0);
    return true;
  }

  /** Whether {@code s[from, to)} names a void element of {@link #VOID}, in any case. */
  private static boolean isVoid(String s, int from, int to) {
    for (String v : VOID_NAMES) {
      if (v.length() == to - from && s.regionMatches(true, from, v, 0, v.length())) {
        return true;
      }
    }
    return false;
  }

  private static final String[] VOID_NAMES = VOID.toArray(new String[0]);

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
