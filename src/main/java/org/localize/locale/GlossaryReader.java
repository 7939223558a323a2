package org.localize.locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a names glossary: the native JSON format ({@code locales/README.md}) or TBX v2/v3, chosen
 * by the first non-blank character of the file ({@code <} means XML).
 */
public final class GlossaryReader {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);

  private GlossaryReader() {}

  /** Reads a glossary file; errors name the file. */
  public static Glossary read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new LocaleDataException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads a glossary from a stream; {@code name} is used in error messages. */
  public static Glossary read(InputStream raw, String name) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(64);
    int c;
    do {
      c = in.read();
    } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
    in.reset();
    return c == '<' ? TbxReader.read(in, name) : readJson(in, name);
  }

  private static Glossary readJson(InputStream in, String name) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new LocaleDataException(name + ":" + l.getLineNr() + ":" + l.getColumnNr()
          + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode concepts = root == null ? null : root.get("concepts");
    if (concepts == null || !concepts.isArray()) {
      throw new LocaleDataException(name + ": expected an object with a \"concepts\" array");
    }
    List<Concept> out = new ArrayList<>();
    int i = 0;
    for (JsonNode node : concepts) {
      out.add(concept(node, name, i++));
    }
    return Glossary.of(out);
  }

  private static Concept concept(JsonNode node, String file, int index) {
    String id = node.path("id").asText("");
    String where = file + ": concept " + (id.isEmpty() ? "#" + index : "'" + id + "'");
    if (id.isEmpty()) {
      throw new LocaleDataException(where + " has no \"id\"; add a stable id such as \"vladimir-putin\"");
    }
    try {
      Map<String, Terms> terms = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.path("terms").properties()) {
        terms.put(e.getKey().toLowerCase(Locale.ROOT), terms(e.getValue(), where + ", language " + e.getKey()));
      }
      if (terms.isEmpty()) {
        throw new LocaleDataException(where + " has no \"terms\"; add at least one language, e.g. \"en\": {\"names\": [...]}");
      }
      return new Concept(id, ConceptType.parse(node.path("type").asText(null)),
          Gender.parse(node.path("gender").asText(null)), node.path("anyScript").asBoolean(false), terms, where);
    } catch (IllegalArgumentException e) {
      throw new LocaleDataException(where + ": " + e.getMessage(), e);
    }
  }

  private static Terms terms(JsonNode node, String where) {
    List<String> names = strings(node.path("names"), where + " \"names\"");
    if (names.isEmpty()) {
      throw new LocaleDataException(where + " needs \"names\": [\"preferred name\", ...]");
    }
    Map<GrammaticalCase, List<String>> caseForms = new EnumMap<>(GrammaticalCase.class);
    List<String> extra = new ArrayList<>();
    JsonNode forms = node.path("forms");
    if (forms.isObject()) {
      for (Map.Entry<String, JsonNode> e : forms.properties()) {
        GrammaticalCase c;
        try {
          c = GrammaticalCase.parse(e.getKey());
        } catch (IllegalArgumentException ex) {
          throw new LocaleDataException(where + ": \"forms\" has unknown case '" + e.getKey()
              + "' (use nominative, genitive, dative, accusative, instrumental, prepositional or locative, vocative)");
        }
        caseForms.put(c, strings(e.getValue(), where + " forms." + e.getKey()));
      }
    } else {
      extra.addAll(strings(forms, where + " \"forms\""));
    }
    String decline = node.path("decline").asText(null);
    return new Terms(names, caseForms, extra, strings(node.path("variants"), where + " \"variants\""),
        strings(node.path("forbidden"), where + " \"forbidden\""),
        strings(node.path("related"), where + " \"related\""),
        decline == null ? null : DeclineMode.parse(decline), gender(node.path("gender").asText(null)));
  }

  private static Gender gender(String label) {
    Gender g = Gender.parse(label);
    return g == Gender.UNKNOWN ? null : g;
  }

  private static List<String> strings(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    if (!node.isArray()) {
      throw new LocaleDataException(where + " must be a string or an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : node) {
      if (!s.isTextual() || s.asText().isBlank()) {
        throw new LocaleDataException(where + " must contain only non-empty strings");
      }
      out.add(s.asText().trim());
    }
    return out;
  }
}
