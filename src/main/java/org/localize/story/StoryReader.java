package org.localize.story;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.localize.diag.LocalizeException;
import org.localize.io.InputFiles;

/**
 * Reads a story file into a {@link StoryDocument}, recording the byte span of every string token so
 * that merge can replace exactly those bytes and nothing else.
 *
 * <p>The file must be UTF-8 (RFC 8259), with or without a BOM. Trailing content, invalid UTF-8 and
 * nesting deeper than {@value #MAX_DEPTH} are refused with the line and column. A key repeated in
 * one object is refused too, naming both places, unless the caller reads with
 * {@link DuplicateKeys#LAST}: then, as {@code JSON.parse} and most JSON libraries do, the last one
 * counts, and the earlier ones stay in the file untouched (listed in
 * {@link StoryDocument#duplicates()}).
 */
public final class StoryReader {
  /** What to do with a key that appears twice in one object. */
  public enum DuplicateKeys {
    /** Refuse the file (RFC 8259 says names SHOULD be unique; their meaning is then unclear). */
    REFUSE,
    /** Keep the last, as JSON parsers do; the earlier members are left as they are. */
    LAST
  }

  /** Deepest nesting accepted; real stories are a handful of levels deep. */
  public static final int MAX_DEPTH = 500;

  /** Longest string accepted (characters); a whole story is rarely a megabyte. */
  static final int MAX_STRING = 64 * 1024 * 1024;
  /** Longest number accepted (characters); {@code 1e400} and long decimals are kept as written. */
  static final int MAX_NUMBER = 10_000;
  /** Longest member name accepted (characters). */
  static final int MAX_NAME = 50_000;
  /** Largest story file read: 256 MiB. Larger files are refused before they are read. */
  public static final long MAX_FILE = 256L * 1024 * 1024;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING)
                  .maxNumberLength(MAX_NUMBER)
                  .maxNameLength(MAX_NAME)
                  .build())
          .build();

  private StoryReader() {}

  /** Reads the story at {@code path}; errors name the path as given. */
  public static StoryDocument read(Path path) {
    return read(path, DuplicateKeys.REFUSE);
  }

  /** Reads the story at {@code path} with a policy for repeated keys. */
  public static StoryDocument read(Path path, DuplicateKeys duplicates) {
    return parse(path.toString(), InputFiles.read(path, "a story JSON file", MAX_FILE,
        "story files larger than " + (MAX_FILE >> 20) + " MiB are refused (is this a story?)"), duplicates);
  }

  /** Parses {@code bytes}; {@code name} is used in error messages. */
  public static StoryDocument parse(String name, byte[] bytes) {
    return parse(name, bytes, DuplicateKeys.REFUSE);
  }

  /** Parses {@code bytes} with a policy for repeated keys; {@code name} is used in error messages. */
  public static StoryDocument parse(String name, byte[] bytes, DuplicateKeys duplicates) {
    checkEncoding(name, bytes);
    JsonParser parser;
    try {
      parser = FACTORY.createParser(bytes);
    } catch (IOException e) {
      throw LocalizeException.input(name, "", "cannot be read: " + e.getMessage());
    }
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw LocalizeException.input(name, "1:1", "the file is empty; expected a JSON object");
      }
      Reading reading = new Reading(name, bytes, duplicates);
      JsonNode root = reading.value(parser, first);
      // The first byte after the document that is not white space, if any, is trailing content.
      int at = (int) parser.currentLocation().getByteOffset();
      while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\n' || bytes[at] == '\r' || bytes[at] == '\t')) {
        at++;
      }
      boolean trailing = at < bytes.length;
      if (trailing) {
        throw LocalizeException.input(
            name,
            TextPosition.of(bytes, at).toString(),
            "unexpected content after the end of the JSON document; remove it");
      }
      return new StoryDocument(name, bytes, root, reading.left);
    } catch (StreamConstraintsException e) {
      // Jackson gives no location for these: a value too long is named by where it starts, too deep
      // a nesting by where the limit was crossed.
      JsonLocation loc = limitMessage(e).startsWith("the JSON is nested") ? parser.currentLocation() : parser.currentTokenLocation();
      throw LocalizeException.input(name, place(bytes, parser, loc), limitMessage(e));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      throw LocalizeException.input(name, place(bytes, parser, loc), "malformed JSON: " + clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw LocalizeException.input(name, "", "cannot be read: " + e.getMessage());
    } finally {
      try {
        parser.close(); // after the catch clauses, which still ask the parser where it was
      } catch (IOException ignored) {
        // a parser over a byte array has nothing to release
      }
    }
  }

  /** {@code line:column (/json/pointer)} of a location, the pointer left out at the top level. */
  private static String place(byte[] bytes, JsonParser parser, JsonLocation loc) {
    int offset = loc == null ? 0 : (int) Math.max(0, Math.min(loc.getByteOffset(), bytes.length));
    String where = TextPosition.of(bytes, offset).toString();
    String pointer = parser.getParsingContext() == null ? "" : parser.getParsingContext().pathAsPointer().toString();
    if (pointer.length() > 100) {
      pointer = pointer.substring(0, 100) + "…";
    }
    return pointer.isEmpty() ? where : where + " (" + pointer + ")";
  }

  /** A limit of {@link #FACTORY} in words a user can act on. */
  private static String limitMessage(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Document nesting depth")) {
      return "the JSON is nested deeper than " + MAX_DEPTH + " levels; a story is a handful of levels deep";
    } else if (m.startsWith("String value length")) {
      return "a string is longer than " + (MAX_STRING / (1024 * 1024)) + " MiB; no story text is that long";
    } else if (m.startsWith("Number value length")) {
      return "a number is longer than " + MAX_NUMBER + " characters";
    } else if (m.startsWith("Name length")) {
      return "a member name is longer than " + MAX_NAME + " characters";
    }
    return "the JSON exceeds a limit: " + clean(m);
  }

  private static final java.util.regex.Pattern SOURCE_REF =
      java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
  private static final java.util.regex.Pattern HINT =
      java.util.regex.Pattern.compile("(?:: enable `[A-Za-z_.]+` to allow|: maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\))");

  /** Jackson's message without its advice to enable parser features and with plain positions. */
  static String clean(String message) {
    String m = message == null ? "" : message;
    m = SOURCE_REF.matcher(m).replaceAll("$1:$2");
    m = HINT.matcher(m).replaceAll("; JSON does not allow it");
    return m;
  }

  /** One reading of a file: the policy for repeated keys and the members it left out. */
  private static final class Reading {
    final String name;
    final byte[] bytes;
    final DuplicateKeys policy;
    final List<StoryDocument.Duplicate> left = new ArrayList<>();

    Reading(String name, byte[] bytes, DuplicateKeys policy) {
      this.name = name;
      this.bytes = bytes;
      this.policy = policy;
    }

    JsonNode value(JsonParser p, JsonToken token) throws IOException {
      int start = (int) p.currentTokenLocation().getByteOffset();
      switch (token) {
        case START_OBJECT -> {
          List<JsonNode.Member> members = new ArrayList<>();
          List<Integer> keyStarts = new ArrayList<>();
          java.util.Map<String, Integer> index = null; // built for large objects only
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int keyStart = (int) p.currentTokenLocation().getByteOffset();
            int earlier = -1;
            if (index != null) {
              earlier = index.getOrDefault(key, -1);
            } else {
              for (int i = 0; i < members.size() && earlier < 0; i++) {
                earlier = members.get(i).name().equals(key) ? i : -1;
              }
            }
            if (earlier >= 0) {
              duplicate(p, key, keyStarts.get(earlier), keyStart);
            }
            JsonNode value = value(p, p.nextToken());
            if (earlier >= 0) { // the last one counts, in the place of the first (as JSON.parse orders keys)
              left.add(new StoryDocument.Duplicate(keyStarts.get(earlier), pointer(p), keyStart));
              members.set(earlier, new JsonNode.Member(key, value));
              keyStarts.set(earlier, keyStart);
              continue;
            }
            members.add(new JsonNode.Member(key, value));
            keyStarts.add(keyStart);
            if (index != null) {
              index.put(key, members.size() - 1);
            } else if (members.size() > 16) {
              index = new java.util.HashMap<>();
              for (int i = 0; i < members.size(); i++) {
                index.put(members.get(i).name(), i);
              }
            }
          }
          return new JsonNode.ObjectNode(start, members);
        }
        case START_ARRAY -> {
          List<JsonNode> elements = new ArrayList<>();
          JsonToken t;
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            elements.add(value(p, t));
          }
          return new JsonNode.ArrayNode(start, elements);
        }
        case VALUE_STRING -> {
          String value = p.getText();
          int end = (int) p.currentLocation().getByteOffset();
          return new JsonNode.StringNode(start, end, value);
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
          return new JsonNode.ScalarNode(start, p.getText());
        }
        default -> throw new IllegalStateException("unexpected token " + token);
      }
    }

    /** Refuses a repeated key, unless the policy keeps the last one. */
    private void duplicate(JsonParser p, String key, int first, int again) {
      if (policy == DuplicateKeys.LAST) {
        return;
      }
      String pointer = pointer(p);
      throw LocalizeException.input(name, TextPosition.of(bytes, again) + " (" + pointer + ")",
          "malformed JSON: Duplicate field '" + key + "': the key appears twice in one object (first at "
              + TextPosition.of(bytes, first) + "), and which value counts is unclear; remove one, or read the story"
              + " as JSON parsers do, the last one counting, with --allow-duplicate-keys");
    }

    /** The JSON pointer of the member being read. */
    private static String pointer(JsonParser p) {
      return p.getParsingContext().pathAsPointer().toString();
    }
  }

  /** Refuses UTF-16/32 and byte sequences that are not UTF-8, with the place of the first bad byte. */
  private static void checkEncoding(String name, byte[] b) {
    if (b.length >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      throw LocalizeException.input(
          name, "1:1", "the file is UTF-16 or UTF-32; story JSON must be UTF-8 (RFC 8259): convert it with iconv -t UTF-8");
    }
    int i = TextPosition.hasBom(b) ? 3 : 0;
    // JSON text starts with an ASCII character: a NUL byte among the first two is UTF-16 or UTF-32
    // without a byte order mark, which Jackson would read, with byte offsets merge cannot use.
    if (b.length >= i + 2 && (b[i] == 0 || b[i + 1] == 0)) {
      throw LocalizeException.input(
          name, "1:1", "the file is UTF-16 or UTF-32; story JSON must be UTF-8 (RFC 8259): convert it with iconv -t UTF-8");
    }
    boolean blank = true;
    for (int k = i; k < b.length && blank; k++) {
      blank = b[k] == ' ' || b[k] == '\n' || b[k] == '\r' || b[k] == '\t';
    }
    if (blank) {
      throw LocalizeException.input(name, "1:1", "the file is empty; expected a JSON object");
    }
    while (i < b.length) {
      // ASCII, the bulk of most stories, eight bytes at a time
      while (i + 8 <= b.length && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= b.length) {
        break;
      }
      int c = b[i] & 0xFF;
      int extra;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
      } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
      } else {
        throw invalidUtf8(name, b, i);
      }
      for (int k = 1; k <= extra; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          throw invalidUtf8(name, b, i);
        }
      }
      int second = b[i + 1] & 0xFF;
      if ((c == 0xE0 && second < 0xA0)
          || (c == 0xED && second > 0x9F)
          || (c == 0xF0 && second < 0x90)
          || (c == 0xF4 && second > 0x8F)) {
        throw invalidUtf8(name, b, i);
      }
      i += extra + 1;
    }
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private static LocalizeException invalidUtf8(String name, byte[] b, int at) {
    return LocalizeException.input(
        name,
        TextPosition.of(b, at).toString(),
        String.format(
            "invalid UTF-8 (byte 0x%02X at offset %d); story JSON must be UTF-8: re-save the file as UTF-8",
            b[at] & 0xFF, at));
  }
}
