package org.localize.story;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.localize.diag.LocalizeException;

/**
 * Reads a story file into a {@link StoryDocument}, recording the byte span of every string token so
 * that merge can replace exactly those bytes and nothing else.
 *
 * <p>The file must be UTF-8 (RFC 8259), with or without a BOM. Duplicate keys, trailing content,
 * invalid UTF-8 and nesting deeper than {@value #MAX_DEPTH} are refused with the line and column.
 */
public final class StoryReader {
  /** Deepest nesting accepted; real stories are a handful of levels deep. */
  public static final int MAX_DEPTH = 500;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(64 * 1024 * 1024)
                  .maxNumberLength(10_000)
                  .build())
          .build();

  private StoryReader() {}

  /** Reads the story at {@code path}; errors name the path as given. */
  public static StoryDocument read(Path path) {
    byte[] bytes;
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw LocalizeException.input(name, "", "is a folder; give a story JSON file");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw LocalizeException.input(name, "", "no such file");
    } catch (IOException e) {
      throw LocalizeException.input(name, "", "cannot be read: " + e.getMessage());
    }
    return parse(name, bytes);
  }

  /** Parses {@code bytes}; {@code name} is used in error messages. */
  public static StoryDocument parse(String name, byte[] bytes) {
    checkEncoding(name, bytes);
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw LocalizeException.input(name, "1:1", "the file is empty; expected a JSON object");
      }
      JsonNode root = readValue(parser, first);
      JsonToken trailing;
      try {
        trailing = parser.nextToken();
      } catch (JsonProcessingException e) {
        trailing = JsonToken.NOT_AVAILABLE;
      }
      if (trailing != null) {
        int at = (int) parser.currentTokenLocation().getByteOffset();
        throw LocalizeException.input(
            name,
            TextPosition.of(bytes, at).toString(),
            "unexpected content after the end of the JSON document; remove it");
      }
      return new StoryDocument(name, bytes, root);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int offset = loc == null ? 0 : (int) Math.max(0, loc.getByteOffset());
      throw LocalizeException.input(
          name, TextPosition.of(bytes, offset).toString(), "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw LocalizeException.input(name, "", "cannot be read: " + e.getMessage());
    }
  }

  private static JsonNode readValue(JsonParser p, JsonToken token) throws IOException {
    int start = (int) p.currentTokenLocation().getByteOffset();
    switch (token) {
      case START_OBJECT -> {
        List<JsonNode.Member> members = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          members.add(new JsonNode.Member(key, readValue(p, p.nextToken())));
        }
        return new JsonNode.ObjectNode(start, members);
      }
      case START_ARRAY -> {
        List<JsonNode> elements = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          elements.add(readValue(p, t));
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

  /** Refuses UTF-16/32 and byte sequences that are not UTF-8, with the place of the first bad byte. */
  private static void checkEncoding(String name, byte[] b) {
    if (b.length >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      throw LocalizeException.input(
          name, "1:1", "the file is UTF-16; story JSON must be UTF-8 (RFC 8259): convert it with iconv -f UTF-16 -t UTF-8");
    }
    int i = TextPosition.hasBom(b) ? 3 : 0;
    while (i < b.length) {
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

  private static LocalizeException invalidUtf8(String name, byte[] b, int at) {
    return LocalizeException.input(
        name,
        TextPosition.of(b, at).toString(),
        String.format(
            "invalid UTF-8 (byte 0x%02X at offset %d); story JSON must be UTF-8: re-save the file as UTF-8",
            b[at] & 0xFF, at));
  }
}
