package org.localize.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.unit.TextFormat;

/** A translation longer than the layout allows (headlines); counts what the reader sees, not markup. */
public final class MaxLengthCheck implements Check {

  private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^<>]*>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");

  @Override
  public String id() {
    return "length.max";
  }

  @Override
  public String title() {
    return "The translation is longer than the unit's maximum length";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public void check(Unit unit, Story story, List<Finding> out) {
    int max = unit.pair().maxLength();
    if (max <= 0) {
      return;
    }
    String raw = unit.pair().target();
    boolean html = unit.pair().format() == TextFormat.HTML;
    Matcher tag = TAG.matcher(raw);
    Matcher entity = ENTITY.matcher(raw);
    int count = 0;
    int overflowAt = -1;
    int i = 0;
    while (i < raw.length()) {
      if (html && raw.charAt(i) == '<' && tag.find(i) && tag.start() == i) {
        i = tag.end();
        continue;
      }
      int next = html && raw.charAt(i) == '&' && entity.find(i) && entity.start() == i
          ? entity.end() : i + Character.charCount(raw.codePointAt(i));
      count++;
      if (count == max + 1) {
        overflowAt = i;
      }
      i = next;
    }
    if (count > max) {
      out.add(unit.finding(this, Severity.ERROR, overflowAt, raw.length(),
          "the translation has " + count + " characters; the limit is " + max, null));
    }
  }
}
