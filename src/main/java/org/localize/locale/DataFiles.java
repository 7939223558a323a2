package org.localize.locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.localize.diag.LocalizeException;
import org.localize.io.InputFiles;
import org.localize.io.TextDecoding;

/**
 * Reading the files of locale data (glossaries, house style): bounded in size, decoded by what the
 * file says of its encoding (a byte order mark, an XML declaration, or JSON's own detection by the
 * pattern of NUL bytes, RFC 4627) and strictly, and JSON parsed with its errors in words: the place
 * as line:column and never Jackson's description of its input source.
 */
final class DataFiles {
  /** Largest data file read: 256 MiB. */
  static final long MAX_FILE = 256L * 1024 * 1024;

  /** Jackson's "[Source: …; line: 1, column: 5]" inside a message, with what comes before it. */
  private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(?:start marker )?at \\[Source: [^\\]]*\\]\\)?");

  private DataFiles() {}

  /** The text of {@code file}, read under the cap and decoded; {@code what} names the kind of file. */
  static String read(Path file, String what) {
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, what, MAX_FILE, "data files larger than " + (MAX_FILE >> 20) + " MiB are refused");
    } catch (LocalizeException e) {
      throw new LocaleDataException(e.problems().get(0).toString(), e);
    }
    return decode(file.toString(), bytes);
  }

  /** Decodes a data file by {@link TextDecoding}'s rules; an undecodable file is a {@link LocaleDataException}. */
  static String decode(String name, byte[] b) {
    try {
      return TextDecoding.decode(b);
    } catch (TextDecoding.Failure f) {
      if (f.unknownEncoding() != null) {
        throw new LocaleDataException(name + ": declares the encoding " + f.unknownEncoding() + ", which is unknown here; re-save it as UTF-8");
      }
      throw new LocaleDataException(name + ": byte " + f.position() + ": the file is not valid " + f.charset().name()
          + "; re-save it as UTF-8");
    }
  }

  /**
   * Parses JSON text with {@code mapper}; {@code name} names it in messages. A syntax error is
   * {@code name:line:column: not valid JSON: …}; a document nested deeper than Jackson's limit is
   * refused where the limit was crossed; content after the document is an error.
   */
  static JsonNode json(ObjectMapper mapper, String name, String text) {
    if (text.isBlank()) {
      throw new LocaleDataException(name + ": the file is empty; expected a JSON object");
    }
    JsonParser parser = null;
    try {
      parser = mapper.createParser(text);
      JsonNode node = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
      return node;
    } catch (StreamConstraintsException e) {
      // Jackson gives these no location: the parser knows where it stopped
      JsonLocation l = parser == null ? null : parser.currentLocation();
      String what = String.valueOf(e.getOriginalMessage()).startsWith("Document nesting depth")
          ? "the JSON is nested deeper than " + parser.streamReadConstraints().getMaxNestingDepth() + " levels; a data file is a handful of levels deep"
          : "the JSON exceeds a limit: " + clean(e.getOriginalMessage()).replaceAll(", from `[^`]*`", "")
              + "; a data file holds names and short texts, so check that this is the file you meant";
      throw new LocaleDataException(name + at(l) + ": " + what, e);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
      throw new LocaleDataException(name + at(l) + ": not valid JSON: " + clean(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new LocaleDataException(name + ": cannot be read: " + e.getMessage(), e);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // a parser over a string has nothing to release
        }
      }
    }
  }

  private static String at(JsonLocation l) {
    return l == null || l.getLineNr() < 1 ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr();
  }

  /** A message of Jackson's without its description of the input source, on one line. */
  static String clean(String message) {
    String m = SOURCE.matcher(String.valueOf(message)).replaceAll("");
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).trim();
  }
}
