package org.localize.locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.localize.diag.LocalizeException;
import org.localize.io.InputFiles;

/**
 * Reading the files of locale data (glossaries, house style): bounded in size, decoded by what the
 * file says of its encoding (a byte order mark, an XML declaration, or JSON's own detection by the
 * pattern of NUL bytes, RFC 4627) and strictly, and JSON parsed with its errors in words: the place
 * as line:column and never Jackson's description of its input source.
 */
final class DataFiles {
  /** Largest data file read: 256 MiB. */
  static final long MAX_FILE = 256L * 1024 * 1024;

  private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
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

  /**
   * Decodes a data file: UTF-8, UTF-16 or UTF-32 told by a byte order mark or, without one, by where
   * the NUL bytes of the first characters fall (a JSON or XML file starts with ASCII); else the
   * encoding an XML declaration names; else UTF-8. Bytes invalid in that encoding are an error.
   */
  static String decode(String name, byte[] b) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    int b0 = b.length > 0 ? b[0] & 0xFF : -1;
    int b1 = b.length > 1 ? b[1] & 0xFF : -1;
    int b2 = b.length > 2 ? b[2] & 0xFF : -1;
    int b3 = b.length > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      charset = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      charset = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      skip = 3;
    } else if (b.length >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      charset = Charset.forName("UTF-32BE");
    } else if (b.length >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      charset = Charset.forName("UTF-32LE");
    } else if (b.length >= 2 && b0 == 0 && b1 != 0) {
      charset = StandardCharsets.UTF_16BE;
    } else if (b.length >= 2 && b0 != 0 && b1 == 0) {
      charset = StandardCharsets.UTF_16LE;
    } else {
      Matcher m = DECLARED.matcher(new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1));
      if (m.find()) {
        try {
          charset = Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
          throw new LocaleDataException(name + ": declares the encoding " + m.group(1) + ", which is unknown here; re-save it as UTF-8");
        }
      }
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) ((b.length - skip) * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new LocaleDataException(name + ": byte " + in.position() + ": the file is not valid " + charset.name()
          + "; re-save it as UTF-8");
    }
    out.flip();
    return out.toString();
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
          : "the JSON exceeds a limit: " + clean(e.getOriginalMessage());
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
