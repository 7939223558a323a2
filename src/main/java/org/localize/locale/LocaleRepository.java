package org.localize.locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Loads house style ({@code locales/<tag>.json}) and names glossaries ({@code locales/glossary/})
 * from the jar and, optionally, from a user directory that takes precedence.
 *
 * <p>Design note: a locale's data is the merge of every file on its ICU fallback chain, root first
 * and most specific last (root.json, ru.json, ru-RU.json), laid over CLDR defaults. Objects merge
 * key by key; arrays and values replace. Results are cached per locale, so one repository can serve
 * every thread.
 */
public final class LocaleRepository {

  private static final String RESOURCE_DIR = "locales/";
  private static final String GLOSSARY_INDEX = "locales/glossary/index.json";

  private final Path userDir;
  private final Map<ULocale, LocaleData> cache = new ConcurrentHashMap<>();

  private LocaleRepository(Path userDir) {
    this.userDir = userDir;
  }

  /** Locale data packaged in the jar under {@code locales/}. */
  public static LocaleRepository builtIn() {
    return new LocaleRepository(null);
  }

  /** Locale data from {@code dir} (same layout as {@code locales/}), falling back to the jar's. */
  public static LocaleRepository withDirectory(Path dir) {
    return new LocaleRepository(dir);
  }

  /** The resolved house style for {@code locale}; never null (unknown locales get CLDR defaults). */
  public LocaleData forLocale(ULocale locale) {
    return cache.computeIfAbsent(locale, this::resolve);
  }

  /** Convenience for a BCP 47 tag such as "ru-RU". */
  public LocaleData forTag(String languageTag) {
    return forLocale(ULocale.forLanguageTag(languageTag));
  }

  /**
   * The glossaries shipped in the jar (listed in {@code locales/glossary/index.json}) merged with
   * every {@code *.json} and {@code *.tbx} file in the user directory's {@code glossary/} folder.
   */
  public Glossary glossary() {
    List<Glossary> parts = new ArrayList<>();
    JsonNode index = readResource(GLOSSARY_INDEX);
    if (index != null) {
      for (JsonNode name : index.path("glossaries")) {
        String resource = "locales/glossary/" + name.asText();
        try (InputStream in = resourceStream(resource)) {
          if (in == null) {
            throw new LocaleDataException(GLOSSARY_INDEX + ": lists " + name.asText()
                + ", which is not in the jar; remove the entry or add the file");
          }
          parts.add(GlossaryReader.read(in, resource));
        } catch (IOException e) {
          throw new LocaleDataException(resource + ": cannot be read: " + e.getMessage(), e);
        }
      }
    }
    if (userDir != null && Files.isDirectory(userDir.resolve("glossary"))) {
      try (Stream<Path> files = Files.list(userDir.resolve("glossary"))) {
        files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".tbx"))
            .filter(p -> !p.getFileName().toString().equals("index.json"))
            .sorted()
            .forEach(p -> parts.add(GlossaryReader.read(p)));
      } catch (IOException e) {
        throw new LocaleDataException(userDir.resolve("glossary") + ": cannot be listed: " + e.getMessage(), e);
      }
    }
    return Glossary.merge(parts);
  }

  private LocaleData resolve(ULocale locale) {
    List<String> chain = new ArrayList<>();
    for (ULocale l = locale; l != null; l = l.getFallback()) {
      String tag = l.equals(ULocale.ROOT) || l.getBaseName().isEmpty() ? "root" : l.toLanguageTag();
      if (!chain.contains(tag)) {
        chain.add(0, tag);
      }
    }
    if (!chain.contains("root")) {
      chain.add(0, "root");
    }
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    List<String> sources = new ArrayList<>();
    List<Path> own = new ArrayList<>(); // the user's files among them
    for (String tag : chain) {
      JsonNode node = readLocaleFile(tag + ".json");
      if (node != null) {
        if (!node.isObject()) {
          throw new LocaleDataException(tag + ".json: the top level must be a JSON object");
        }
        deepMerge(merged, (ObjectNode) node);
        sources.add(tag + ".json");
        if (userDir != null && Files.exists(userDir.resolve(tag + ".json"))) {
          own.add(userDir.resolve(tag + ".json"));
        }
      }
    }
    LocaleData data = LocaleDataBinder.bind(locale, merged, String.join(" + ", sources));
    if (!own.isEmpty()) {
      checkTransforms(data, own);
    }
    return data;
  }

  /**
   * The ICU transforms a user's locale data names (names.latinKey, names.transliterate) must exist:
   * the checks build them only when a story needs one, and a misspelt ID then ended validate in an
   * internal error. The built-in data's are tested; building them here for every run would cost
   * each cold start what the checks build lazily.
   */
  private static void checkTransforms(LocaleData data, List<Path> files) {
    java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
    ids.put("names.latinKey", data.names().latinKey());
    data.names().transliterate().forEach((script, id) -> ids.put("names.transliterate." + script, id));
    ids.forEach((key, id) -> {
      try {
        com.ibm.icu.text.Transliterator.getInstance(id);
      } catch (IllegalArgumentException e) {
        throw new LocaleDataException(files.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(" or "))
            + ": " + key + ": ICU has no transform \"" + id + "\" (" + e.getMessage() + "); use IDs that"
            + " com.ibm.icu.text.Transliterator knows, such as \"Any-Latin; Latin-ASCII; Lower\"");
      }
    });
  }

  private JsonNode readLocaleFile(String fileName) {
    if (userDir != null) {
      Path p = userDir.resolve(fileName);
      if (Files.exists(p) && !Files.isDirectory(p)) { // a pipe or device is read (and refused), not skipped
        // bounded, decoded by its byte order mark or NUL pattern, errors with line:column (a file
        // nested 100,000 deep ended in a NullPointerException: Jackson gives that error no location)
        return DataFiles.json(UserFiles.MAPPER, p.toString(), DataFiles.read(p, "a locale data file (JSON)"));
      }
    }
    return readResource(RESOURCE_DIR + fileName);
  }

  private JsonNode readResource(String resource) {
    try (InputStream in = resourceStream(resource)) {
      return in == null ? null : readTree(in);
    } catch (JsonProcessingException e) {
      throw new LocaleDataException(resource + ":" + e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr() + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new LocaleDataException(resource + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The mapper for the user's files only (the jar's are read by {@link #readTree}): made when the
   * first one is read (class initialisation is lazy and thread-safe); ObjectMapper is thread-safe
   * once configured, and this one never is.
   */
  private static final class UserFiles {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * The tree of the JSON value {@code in} holds (MissingNode when it holds none), as {@code new
   * ObjectMapper().readTree(in)} makes it, without an ObjectMapper: the class's initialisation alone
   * (type factory, introspectors, date formats) was ~5% of a cold validate's samples, and the jar's
   * own files need only the tree. LocaleRepositoryTest compares the two for every file of locales/.
   */
  static JsonNode readTree(InputStream in) throws IOException {
    try (JsonParser p = JSON.createParser(in)) {
      JsonToken t = p.nextToken();
      return t == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : value(p, t);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = f.objectNode();
        for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken())); // a repeated name: the last value, in the first one's place
        }
        return o;
      }
      case START_ARRAY: {
        com.fasterxml.jackson.databind.node.ArrayNode a = f.arrayNode();
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          a.add(value(p, v));
        }
        return a;
      }
      case VALUE_STRING:
        return f.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return f.numberNode(p.getIntValue());
          case LONG:
            return f.numberNode(p.getLongValue());
          default:
            return f.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return f.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return f.booleanNode(true);
      case VALUE_FALSE:
        return f.booleanNode(false);
      case VALUE_NULL:
        return f.nullNode();
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
    }
  }

  private static InputStream resourceStream(String resource) {
    ClassLoader cl = LocaleRepository.class.getClassLoader();
    return cl.getResourceAsStream(resource);
  }

  private static void deepMerge(ObjectNode into, ObjectNode from) {
    for (Map.Entry<String, JsonNode> e : from.properties()) {
      JsonNode existing = into.get(e.getKey());
      if (existing instanceof ObjectNode target && e.getValue() instanceof ObjectNode source) {
        deepMerge(target, source);
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }
}
