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

  /**
   * As {@link #lines(Class, String, String)} for {@code language}'s file in {@code dir} ({@code
   * <dir><language>.txt}); null as well when {@code language} is no plain language subtag, which
   * alone names a file ("../ru" or "sr_Latn" name none).
   */
  public static List<String> ofLanguage(Class<?> anchor, String dir, String language, String icuVersion) {
    for (int i = 0; i < language.length(); i++) {
      if (language.charAt(i) < 'a' || language.charAt(i) > 'z') {
        return null;
      }
    }
    return language.isEmpty() ? null : lines(anchor, dir + language + ".txt", icuVersion);
  }

  /** The content lines of a file's {@code text}, or null when it was made from another ICU than {@code icuVersion}. */
  static List<String> parse(String text, String icuVersion) throws IOException {
    if (text.indexOf('\r') >= 0) {
      return lines(new BufferedReader(new java.io.StringReader(text)), icuVersion);
    }
    List<String> content = new ArrayList<>();
    for (int from = 0; from < text.length(); ) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      keep(content, text.substring(from, end));
      from = end + 1;
    }
    return versioned(content, icuVersion);
  }

  /** The content lines {@code r} gives, as {@link #parse} takes them (the way every file was read before). */
  static List<String> lines(BufferedReader r, String icuVersion) throws IOException {
    List<String> content = new ArrayList<>();
    for (String line; (line = r.readLine()) != null; ) {
      keep(content, line);
    }
    return versioned(content, icuVersion);
  }

  /** Adds {@code line} to {@code content} unless it is a comment or blank. */
  private static void keep(List<String> content, String line) {
    if (!line.startsWith("#") && !line.isBlank()) {
      content.add(line);
    }
  }

  /** The lines after the first, when the first names ICU {@code icuVersion}; else null. */
  private static List<String> versioned(List<String> content, String icuVersion) {
    if (content.isEmpty() || !content.get(0).equals("icu " + icuVersion)) {
      return null;
    }
    content.remove(0);
    return content;
  }
}
