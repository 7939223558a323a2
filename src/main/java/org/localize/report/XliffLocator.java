package org.localize.report;

import java.util.HashMap;
import java.util.Map;
import org.localize.diag.Finding;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffUnit;

/**
 * Locates findings in a translation file by unit: the line where the unit starts. {@code aliases}
 * maps other places of a unit sent once (its further JSON pointers) to the pointer it is filed under.
 */
public final class XliffLocator implements Locator {
  private final String file;
  private final Map<String, Integer> lines = new HashMap<>();
  private final Map<String, String> aliases;

  public XliffLocator(XliffDocument doc, Map<String, String> aliases) {
    this.file = doc.name();
    this.aliases = Map.copyOf(aliases);
    for (XliffUnit u : doc.units()) {
      String key = u.resname() == null || u.resname().isEmpty() ? u.id() : u.resname();
      lines.put(key, u.line());
    }
  }

  @Override
  public Location locate(Finding f) {
    Integer line = lines.get(aliases.getOrDefault(f.unit(), f.unit()));
    return Location.line(file, line == null ? 0 : line);
  }
}
