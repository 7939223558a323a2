package org.localize.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pseudo-translation, to test layouts and the pipeline before any translator is involved: Latin
 * letters accented ({@code Ŵéļçöɱé}), the text made about 30% longer with {@code ~} and wrapped in
 * {@code [ ]} so that cut-off or concatenated strings show. Inline codes stay as they are; in
 * MessageFormat strings only message text is changed, never the syntax of plural and select
 * arguments ({@code {n, plural, one {…}}} keeps its keywords). For the bidi pseudo-locales
 * ({@code ar-XB} and any {@code -XB}) the text is wrapped in right-to-left overrides instead.
 */
public final class Pseudo {
  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ACCENTED = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
  private static final char RLO = '\u202E';
  private static final char PDF = '\u202C';

  private Pseudo() {}

  /** Whether {@code locale} is a bidi pseudo-locale ({@code ar-XB}). */
  public static boolean bidi(String locale) {
    return locale.toUpperCase(Locale.ROOT).endsWith("-XB");
  }

  /** The pseudo-translation of {@code source}. */
  public static Content translate(Content source, TextFormat format, String locale) {
    boolean rtl = bidi(locale);
    boolean mf = format == TextFormat.MESSAGEFORMAT;
    List<Content.Part> parts = new ArrayList<>();
    int depth = 0; // MessageFormat braces: even depths are message text, odd ones argument syntax
    int letters = 0;
    for (Content.Part p : source.parts()) {
      if (!(p instanceof Content.Text t)) {
        parts.add(p);
        continue;
      }
      StringBuilder sb = new StringBuilder();
      boolean inRun = false;
      for (int i = 0; i < t.text().length(); i++) {
        char c = t.text().charAt(i);
        if (mf && c == '{') {
          depth++;
        } else if (mf && c == '}') {
          depth--;
        }
        boolean text = depth % 2 == 0 && Character.isLetter(c);
        if (rtl) {
          if (text && !inRun) {
            sb.append(RLO);
            inRun = true;
          } else if (!text && inRun && !(Character.isWhitespace(c) && letterFollows(t.text(), i))) {
            sb.append(PDF); // spaces between words stay inside the run, others close it
            inRun = false;
          }
          sb.append(c);
        } else {
          int k = text ? PLAIN.indexOf(c) : -1;
          sb.append(k >= 0 ? ACCENTED.charAt(k) : c);
        }
        if (text) {
          letters++;
        }
      }
      if (inRun) {
        sb.append(PDF);
      }
      parts.add(new Content.Text(sb.toString()));
    }
    if (rtl || letters == 0) {
      return new Content(parts);
    }
    // An XML document has no room for text before or after its root element: there the brackets
    // go around the text, inside the markup.
    int first = 0;
    int last = parts.size();
    if (format == TextFormat.XML) {
      while (first < parts.size() && !(parts.get(first) instanceof Content.Text t && hasLetter(t.text()))) {
        first++;
      }
      while (last > first && !(parts.get(last - 1) instanceof Content.Text t && hasLetter(t.text()))) {
        last--;
      }
    }
    List<Content.Part> out = new ArrayList<>(parts.size() + 2);
    out.addAll(parts.subList(0, first));
    out.add(new Content.Text("["));
    out.addAll(parts.subList(first, last));
    out.add(new Content.Text(" " + "~".repeat(Math.max(1, (int) Math.ceil(letters * 0.3) - 1)) + "]"));
    out.addAll(parts.subList(last, parts.size()));
    return merge(out);
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean letterFollows(String s, int i) {
    int k = i;
    while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
      k++;
    }
    return k < s.length() && Character.isLetter(s.charAt(k));
  }

  /** Joins neighbouring texts. */
  private static Content merge(List<Content.Part> parts) {
    List<Content.Part> out = new ArrayList<>();
    for (Content.Part p : parts) {
      if (p instanceof Content.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Content.Text prev) {
        out.set(out.size() - 1, new Content.Text(prev.text() + t.text()));
      } else {
        out.add(p);
      }
    }
    return new Content(out);
  }
}
