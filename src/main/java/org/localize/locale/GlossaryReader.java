package org.localize.locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a names glossary: the native JSON format ({@code locales/README.md}) or TBX v2/v3, chosen
 * by the first non-blank character of the file ({@code <} means XML), in any of the encodings
 * {@link DataFiles} recognises.
 */
public final class GlossaryReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GlossaryReader() {}

  /** Reads a glossary file; errors name the file. */
  public static Glossary read(Path file) {
    return parse(DataFiles.read(file, "a glossary (JSON or TBX)"), file.toString());
  }

  /** Reads a glossary from a stream; {@code name} is used in error messages. */
  public static Glossary read(InputStream raw, String name) throws IOException {
    return parse(DataFiles.decode(name, raw.readAllBytes()), name);
  }

  /**
   * A glossary from its text, decoded by {@link DataFiles} (a UTF-16 glossary was read as UTF-8
   * garbage): TBX when its first character that is not white space is {@code <}, else JSON.
   */
  private static Glossary parse(String text, String name) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '<' ? TbxReader.read(new StringReader(text), name) : readJson(text, name);
  }

  private static Glossary readJson(String text, String name) {
    JsonNode root = DataFiles.json(MAPPER, name, text);
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
