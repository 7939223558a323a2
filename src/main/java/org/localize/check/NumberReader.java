package org.localize.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.locale.LocaleData;

/**
 * Finds numbers written in digits and reads them by a locale's separators (1,200 and 4.2 in
 * English; 1 200 and 4,2 in Russian), keeping the offsets of each.
 */
final class NumberReader {

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,])(?<int>\\d{1,3}(?:(?<g>[,.\\u00A0\\u202F\\u2009 ])\\d{3}(?!\\d))(?:\\k<g>\\d{3}(?!\\d))*|\\d+)"
          + "(?:(?<sep>[.,])(?<frac>\\d+))?(?!\\p{N})(?<suffix>-\\p{L}+)?");
  /** Numeric dates and times are not counts: 19.06.2024, 6/19/24, 03:00. */
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?<![\\p{N}])\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}(?!\\p{N})|(?<![\\p{N}])\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\p{N})");

  private final LocaleData.Numbers own;

  NumberReader(LocaleData data) {
    this.own = data.numbers();
  }

  /** Numbers in {@code text} outside the given spans (dates), read by this locale and by {@code other}. */
  List<NumberMention> find(Text text, List<DateMention> skip, NumberReader other) {
    String s = text.masked();
    if (!digits(s, 0, s.length())) {
      return List.of(); // most strings have no digits; the patterns below are the cost
    }
    char[] c = s.toCharArray();
    for (DateMention d : skip) {
      for (int i = d.start(); i < d.end(); i++) {
        c[i] = ' ';
      }
    }
    if (!digits(c)) {
      return List.of(); // every digit was in a date: numeric dates only blank more, and a number starts with a digit
    }
    // patterns are tried only at the start of a digit run, not at every character
    Matcher nd = NUMERIC_DATE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = 0; i < s.length(); i++) {
      if (digitStart(s, i)) {
        nd.region(i, s.length());
        if (nd.lookingAt()) {
          for (int k = nd.start(); k < nd.end(); k++) {
            c[k] = ' ';
          }
          i = nd.end();
        }
      }
    }
    String clean = new String(c);
    List<NumberMention> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = 0; i < clean.length(); i++) {
      if (!digitStart(clean, i)) {
        continue;
      }
      m.region(i, clean.length());
      if (!m.lookingAt()) {
        continue;
      }
      int end = m.group("suffix") == null ? m.end() : m.start("suffix");
      String literal = m.group().substring(0, end - m.start());
      BigDecimal value = read(m, own);
      out.add(new NumberMention(m.start(), end, literal, value,
          other == null ? null : read(m, other.own), m.group("suffix") != null,
          value != null && value.scale() <= 0));
      i = m.end() - 1;
    }
    return out;
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean digits(char[] c) {
    for (char ch : c) {
      if (ch >= '0' && ch <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean digitStart(String s, int i) {
    char ch = s.charAt(i);
    return ch >= '0' && ch <= '9' && (i == 0 || !Character.isDigit(s.charAt(i - 1)));
  }

  /** The value under {@code n}'s conventions, or null when they cannot produce this spelling. */
  static BigDecimal read(Matcher m, LocaleData.Numbers n) {
    String intPart = m.group("int");
    String g = m.group("g");
    String frac = m.group("frac");
    String sep = m.group("sep");
    String digits;
    if (g == null) {
      digits = intPart;
    } else if (n.grouping().indexOf(g.charAt(0)) >= 0 || (isSpace(g.charAt(0)) && hasSpace(n.grouping()))) {
      digits = intPart.replace(g, "");
    } else if (g.charAt(0) == n.decimal() && frac == null && intPart.indexOf(g) == intPart.lastIndexOf(g)) {
      return new BigDecimal(intPart.replace(g.charAt(0), '.')); // "1,200" in Russian is 1.2
    } else {
      return null;
    }
    if (frac == null) {
      return new BigDecimal(digits);
    }
    if (sep.charAt(0) == n.decimal()) {
      return new BigDecimal(digits + "." + frac);
    }
    if (n.grouping().indexOf(sep.charAt(0)) >= 0 && frac.length() == 3) {
      return new BigDecimal(digits + frac);
    }
    return null;
  }

  /** {@code v} written with this locale's separators (grouping only from groupingMinDigits digits). */
  String format(BigDecimal v) {
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder b = new StringBuilder();
    char group = own.grouping().isEmpty() ? ',' : own.grouping().charAt(0);
    for (int i = 0; i < intPart.length(); i++) {
      if (i > 0 && (intPart.length() - i) % 3 == 0 && intPart.length() >= own.groupingMinDigits()) {
        b.append(group);
      }
      b.append(intPart.charAt(i));
    }
    if (dot >= 0) {
      b.append(own.decimal()).append(plain.substring(dot + 1));
    }
    return (v.signum() < 0 ? "-" : "") + b;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  private static boolean hasSpace(String s) {
    return s.chars().anyMatch(ch -> isSpace((char) ch));
  }
}
