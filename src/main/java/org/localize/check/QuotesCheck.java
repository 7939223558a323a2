package org.localize.check;

import java.util.List;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.LocaleData;

/**
 * Quotation marks that are not the target locale's (straight quotes, “ ” in Russian, « » in
 * English) or that stand the wrong way round (Russian “ opens nothing: it closes a nested quote).
 */
public final class QuotesCheck implements Check {

  private static final String ALL_QUOTES = "\"«»„“”‚‘’‹›";

  @Override
  public String id() {
    return "typography.quotes";
  }

  @Override
  public String title() {
    return "Quotation marks are not the target locale's";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    LocaleData.Quotes q = story.targetTools().data().quotes();
    String opens = null; // made at the first quote that is no apostrophe (most texts have none)
    String closes = null;
    String language = null; // the target's language in English, for the messages: ICU looks it up, once a unit
    String s = unit.target().masked();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!quote(c)) {
        continue;
      }
      boolean letterBefore = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
      boolean letterAfter = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
      if ((c == '\'' || c == '’') && letterBefore) {
        continue; // apostrophe: Let's, Putin’s, О’Нил, readers'
      }
      boolean opening = opening(s, i);
      if (c == '\'' && !letterAfter) {
        continue;
      }
      if (opens == null) {
        opens = q.primaryOpen() + q.secondaryOpen();
        closes = q.primaryClose() + q.secondaryClose();
        language = language(story);
      }
      String message = null;
      if (c == '"' || c == '\'') {
        message = "straight quote; " + language + " uses " + q.primaryOpen() + "…" + q.primaryClose();
      } else if (opens.indexOf(c) < 0 && closes.indexOf(c) < 0) {
        message = c + " is not a " + language + " quotation mark; use " + q.primaryOpen() + "…" + q.primaryClose()
            + " (nested " + q.secondaryOpen() + "…" + q.secondaryClose() + ")";
      } else if (opening && opens.indexOf(c) < 0) {
        message = c + " closes a quotation in " + language + " but opens one here";
      } else if (!opening && closes.indexOf(c) < 0 && !letterAfter) {
        message = c + " opens a quotation in " + language + " but closes one here";
      }
      if (message != null) {
        String suggestion = opening ? q.primaryOpen() : q.primaryClose();
        out.add(unit.finding(this, Severity.WARNING, i, i + 1, message, suggestion));
      }
    }
  }

  /**
   * Whether {@code c} is {@code '} or one of {@link #ALL_QUOTES}: one bound test and one bit test,
   * the same for every character (a space, below the range test of the switch, went through the switch).
   */
  static boolean quote(char c) {
    return c <= LAST_QUOTE && (QUOTE_BITS[c >>> 6] & (1L << c)) != 0;
  }

  /** The quotes the check knows ({@code '} and {@link #ALL_QUOTES}) up to the last (›). */
  private static final char LAST_QUOTE = '›';
  private static final long[] QUOTE_BITS = new long[LAST_QUOTE / 64 + 1];

  static {
    for (char c : ("'" + ALL_QUOTES).toCharArray()) {
      QUOTE_BITS[c >>> 6] |= 1L << c;
    }
  }

  /** A quote opens when nothing but space, a bracket, a dash or another quote precedes it. */
  private static boolean opening(String s, int i) {
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    return Character.isWhitespace(p) || Character.isSpaceChar(p) || "([{—–-/«„“‘‚".indexOf(p) >= 0;
  }

  private static String language(Story story) {
    return story.context().targetLocale().getDisplayLanguage(com.ibm.icu.util.ULocale.ENGLISH);
  }
}
