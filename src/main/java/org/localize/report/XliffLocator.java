package org.localize.report;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.localize.diag.Finding;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffUnit;

/**
 * Locates findings in a translation file by unit: the line where the unit starts. {@code aliases}
 * maps other places of a unit sent once (its further JSON pointers) to the pointer it is filed under.
 * The maps of every unit are made when a finding is first located: a report that shows none (a
 * quiet merge of a live blog's 25,000 notes) never makes them.
 */
public final class XliffLocator implements Locator {
  private final XliffDocument doc;
  private final Supplier<Map<String, String>> aliasSource;
  private Map<String, Integer> lines;
  private Map<String, String> aliases;

  public XliffLocator(XliffDocument doc, Map<String, String> aliases) {
    this(doc, constant(Map.copyOf(aliases)));
  }

  /** {@code aliases} is asked once, when a finding is first located. */
  public XliffLocator(XliffDocument doc, Supplier<Map<String, String>> aliases) {
    this.doc = doc;
    this.aliasSource = aliases;
  }

  private static Supplier<Map<String, String>> constant(Map<String, String> aliases) {
    return () -> aliases;
  }

  @Override
  public Location locate(Finding f) {
    if (lines == null) {
      Map<String, Integer> made = new HashMap<>();
      for (XliffUnit u : doc.units()) {
        String key = u.resname() == null || u.resname().isEmpty() ? u.id() : u.resname();
        made.put(key, u.line());
      }
      aliases = Map.copyOf(aliasSource.get());
      lines = made;
    }
    Integer line = lines.get(aliases.getOrDefault(f.unit(), f.unit()));
    return Location.line(doc.name(), line == null ? 0 : line);
  }
}
