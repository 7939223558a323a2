package org.localize.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.unit.Content;
import org.localize.unit.Content.Code;
import org.localize.unit.Content.CodeKind;
import org.localize.unit.InlineCodec;
import org.localize.unit.TextFormat;

/**
 * How a secondary representation of a text is made from its primary: an identical copy, or the
 * plain text of a marked-up primary (HTML or XML). Used only where it reproduces the secondary
 * exactly from the primary's source, so that merge can regenerate it from the translation instead
 * of asking the translator twice.
 */
public enum Derivation {
  /** The same string in the same format. */
  COPY("copied"),
  /**
   * The plain text of HTML or XML: the text of a run of its elements, with the white space the
   * plain text has where the markup was (a paragraph break, a space, nothing), character
   * references decoded; attribute values are not part of it.
   */
  STRIP_TAGS("tags stripped");

  private final String label;

  Derivation(String label) {
    this.label = label;
  }

  /** A few words for notes: "tags stripped". */
  public String label() {
    return label;
  }

  /**
   * The derivation that reproduces {@code secondary} exactly from {@code primary}, or null.
   * {@code stripTags} says whether the profile allows tag stripping.
   */
  static Derived find(String pointer, String primary, TextFormat primaryFormat, Content primaryContent, String secondary,
      TextFormat secondaryFormat, boolean stripTags) {
    if (primaryFormat == secondaryFormat && primary.equals(secondary)) {
      return new Derived(pointer, COPY, null);
    }
    if (stripTags && (primaryFormat == TextFormat.HTML || primaryFormat == TextFormat.XML)
        && secondaryFormat == TextFormat.TEXT && primaryContent != null) {
      Projection p = Projection.find(primaryContent, secondary);
      if (p != null) {
        return new Derived(pointer, STRIP_TAGS, p);
      }
    }
    return null;
  }

  /**
   * A place whose string is derived at merge from the translation of the unit at a primary place;
   * {@code projection} says how for {@link #STRIP_TAGS} (null for {@link #COPY}).
   */
  public record Derived(String pointer, Derivation how, Projection projection) {
    public Derived(String pointer, Derivation how) {
      this(pointer, how, null);
    }

    /** The secondary string made from a translation: its content with the source's codes, and as rendered. */
    public String apply(Content translation, String rendered) {
      return how == COPY ? rendered : projection.apply(translation);
    }
  }

  /**
   * The plain text of a marked-up content as a secondary representation has it: the text between
   * two codes (or the ends), each code written as the white space the representation has at its
   * place ({@code rendering}, by {@code kind:id}; codes not listed write nothing), inside a prefix
   * and a suffix of white space. Found by matching the source; applied to the translation, whose
   * codes are the source's.
   */
  public record Projection(String from, String to, Map<String, String> rendering, String prefix, String suffix) {

    /** The secondary made from a translated content. */
    String apply(Content translation) {
      StringBuilder sb = new StringBuilder(prefix);
      boolean inside = from == null;
      Set<Integer> hidden = new HashSet<>(); // open attribute pairs: their text is no part of the plain text
      for (Content.Part p : translation.parts()) {
        if (p instanceof Code c) {
          String key = c.kind() + ":" + c.id();
          if (key.equals(to)) {
            break;
          }
          if (key.equals(from)) {
            inside = true;
            continue;
          }
          if (c.type().startsWith(InlineCodec.ATTRIBUTE_TYPE)) {
            if (c.kind() == CodeKind.OPEN) {
              hidden.add(c.id());
            } else {
              hidden.remove(c.id());
            }
          }
          if (inside) {
            sb.append(rendering.getOrDefault(key, ""));
          }
        } else if (inside && hidden.isEmpty()) {
          sb.append(((Content.Text) p).text());
        }
      }
      return sb.append(suffix).toString();
    }

    /** The projection of {@code content} that gives {@code plain} exactly, or null. */
    static Projection find(Content content, String plain) {
      // visible texts, and between them the codes (attribute values count as codes)
      List<String> texts = new ArrayList<>();
      List<List<String>> gaps = new ArrayList<>(); // gaps.get(k): the codes before texts.get(k); one more at the end
      List<String> gap = new ArrayList<>();
      int hiddenDepth = 0;
      for (Content.Part p : content.parts()) {
        if (p instanceof Code c) {
          if (c.type().startsWith(InlineCodec.ATTRIBUTE_TYPE)) {
            hiddenDepth += c.kind() == CodeKind.OPEN ? 1 : c.kind() == CodeKind.CLOSE ? -1 : 0;
          }
          gap.add(c.kind() + ":" + c.id());
        } else if (hiddenDepth == 0) {
          gaps.add(gap);
          gap = new ArrayList<>();
          texts.add(((Content.Text) p).text());
        }
      }
      gaps.add(gap);
      int n = texts.size();
      if (n == 0) {
        return null;
      }
      int lead = whiteRun(plain, 0);
      for (int i = 0; i < n; i++) {
        for (int l = 0; l <= lead; l++) {
          List<String> seps = new ArrayList<>();
          int end = match(texts, i, plain, l, seps, new HashSet<>());
          if (end >= 0) {
            int j = i + seps.size(); // the last text matched
            Map<String, String> rendering = new HashMap<>();
            for (int k = 0; k < seps.size(); k++) {
              List<String> codes = gaps.get(i + k + 1);
              if (codes.isEmpty()) {
                return null; // two texts with nothing between them cannot happen; be safe
              }
              rendering.put(codes.get(0), seps.get(k));
            }
            List<String> before = gaps.get(i);
            List<String> after = gaps.get(j + 1);
            return new Projection(before.isEmpty() ? null : before.get(before.size() - 1),
                after.isEmpty() ? null : after.get(0), rendering, plain.substring(0, l), plain.substring(end));
          }
        }
      }
      return null;
    }

    /**
     * Matches texts {@code k, k+1, ...} against {@code plain} from {@code pos}, with white space
     * between them (collected in {@code seps}); returns where the match ends once the rest of
     * {@code plain} is white space, or -1.
     */
    private static int match(List<String> texts, int k, String plain, int pos, List<String> seps, Set<Long> failed) {
      if (failed.contains(((long) k << 32) | pos)) {
        return -1;
      }
      String t = texts.get(k);
      if (!plain.startsWith(t, pos)) {
        failed.add(((long) k << 32) | pos);
        return -1;
      }
      int after = pos + t.length();
      if (after + whiteRun(plain, after) == plain.length()) {
        return after; // the rest is the suffix
      }
      if (k + 1 < texts.size()) {
        int run = whiteRun(plain, after);
        for (int l = 0; l <= run; l++) {
          seps.add(plain.substring(after, after + l));
          int end = match(texts, k + 1, plain, after + l, seps, failed);
          if (end >= 0) {
            return end;
          }
          seps.remove(seps.size() - 1);
        }
      }
      failed.add(((long) k << 32) | pos);
      return -1;
    }

    private static int whiteRun(String s, int from) {
      int i = from;
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      return i - from;
    }
  }
}
