package org.localize.locale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
      // read whole and cut at '\n' (a file of ours has no '\r'; one that has is read by lines as
      // before): BufferedReader.readLine, char by char in a cold JVM's interpreter, was most of
      // reading the 100 KB of a language's shipped answers and forms
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), icuVersion);
    } catch (IOException e) {
      return null;
    }
  }

  /** The content lines of a file's {@code text}, or null when it was made from another ICU than {@code icuVersion}. */
  static List<String> parse(String text, String icuVersion) throws IOException {
    if (text.indexOf('\r') >= 0) {
      return lines(new BufferedReader(new java.io.StringReader(text)), icuVersion);
    }
    List<String> lines = null;
    for (int from = 0; from < text.length(); ) {
      int nl = text.indexOf('\n', from);
      String line = text.substring(from, nl < 0 ? text.length() : nl);
      from = nl < 0 ? text.length() : nl + 1;
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
  }

  /** The content lines {@code r} gives, as {@link #parse} takes them (the way every file was read before). */
  static List<String> lines(BufferedReader r, String icuVersion) throws IOException {
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
  }
}
