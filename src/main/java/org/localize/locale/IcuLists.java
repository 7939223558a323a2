package org.localize.locale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists taken from ICU at build time and shipped in the jar ({@code icu-languages.txt},
 * {@code icu-places.txt}): asking ICU for them costs tens of milliseconds of a cold start. A file
 * starts with the ICU version it was made from ({@code icu 78.1}); lines starting with '#' and
 * blank lines are comments. A list made from another ICU is not used: the caller asks ICU itself.
 */
public final class IcuLists {
  private IcuLists() {}

  /** The content lines of {@code resource}, or null when it is missing, unreadable or made from another ICU. */
  public static List<String> lines(String resource, String icuVersion) {
    return lines(IcuLists.class, resource, icuVersion);
  }

  /** As {@link #lines(String, String)} for a resource beside {@code anchor}. */
  public static List<String> lines(Class<?> anchor, String resource, String icuVersion) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = null;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (lines == null) {
          if (!line.equals("icu " + icuVersion)) {
            return null;
          }
          lines = new ArrayList<>();
        } else {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      return null;
    }
  }
}
