package org.localize.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.locale.Glossary;
import org.localize.locale.LocaleRepository;
import org.localize.unit.TextFormat;
import org.localize.unit.TextPair;

/** Shared objects and helpers for check tests: the built-in locales and glossary, one validator. */
final class Fixture {

  static final LocaleRepository LOCALES = LocaleRepository.builtIn();
  /** The built-in glossary (places from CLDR) with the example newsroom's people and agencies. */
  static final Glossary GLOSSARY = Glossary.merge(List.of(LOCALES.glossary(),
      org.localize.locale.GlossaryReader.read(java.nio.file.Path.of("examples/newsroom-glossary.json"))));
  static final Validator VALIDATOR = Validator.standard();
  static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-06-19T05:30:00+03:00");

  private Fixture() {}

  static CheckContext enRu() {
    return CheckContext.of(LOCALES, "en", "ru", PUBLISHED, GLOSSARY);
  }

  static CheckContext ctx(String source, String target) {
    return CheckContext.of(LOCALES, source, target, PUBLISHED, GLOSSARY);
  }

  static CheckContext ruEn() {
    return CheckContext.of(LOCALES, "ru", "en", PUBLISHED, GLOSSARY);
  }

  static TextPair pair(String source, String target) {
    return new TextPair("/blocks/0/text", "body", TextFormat.HTML, source, target, 0);
  }

  /** Findings of one check for one pair. */
  static List<Finding> run(String checkId, CheckContext ctx, String source, String target) {
    return only(checkId, VALIDATOR.validate(List.of(pair(source, target)), ctx));
  }

  static List<Finding> only(String checkId, List<Finding> all) {
    return all.stream().filter(f -> f.check().equals(checkId)).collect(Collectors.toList());
  }

  /** Asserts exactly one finding of {@code checkId}, on the span of {@code spanText} in {@code target}. */
  static Finding assertOne(String checkId, Severity severity, CheckContext ctx, String source, String target,
      String spanText, String messageFragment) {
    List<Finding> found = run(checkId, ctx, source, target);
    assertEquals(1, found.size(), () -> "expected one " + checkId + " finding, got " + found);
    Finding f = found.get(0);
    assertEquals(severity, f.severity(), f::toString);
    assertEquals("/blocks/0/text", f.unit());
    if (spanText == null) {
      assertEquals(-1, f.start(), f::toString);
    } else {
      int at = target.indexOf(spanText);
      assertEquals(at, f.start(), () -> "span start: " + f);
      assertEquals(at + spanText.length(), f.end(), () -> "span end: " + f);
    }
    assertTrue(f.message().contains(messageFragment), () -> "message '" + f.message() + "' lacks '" + messageFragment + "'");
    return f;
  }

  static void assertQuiet(String checkId, CheckContext ctx, String source, String target) {
    List<Finding> found = run(checkId, ctx, source, target);
    assertTrue(found.isEmpty(), () -> checkId + " should stay quiet on '" + target + "' but found " + found);
  }

  /** The example story's units with a proper Russian translation (src/test/resources/check/pyongyang.en-ru.json). */
  static List<TextPair> story() {
    try (InputStream in = Fixture.class.getResourceAsStream("/check/pyongyang.en-ru.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<TextPair> pairs = new ArrayList<>();
      for (JsonNode u : root.get("units")) {
        pairs.add(new TextPair(u.get("pointer").asText(), u.get("kind").asText(),
            TextFormat.parse(u.get("format").asText()), u.get("source").asText(),
            u.get("target").isNull() ? null : u.get("target").asText(), u.get("maxLength").asInt()));
      }
      return pairs;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same pairs with source and target swapped (a Russian story translated into English). */
  static List<TextPair> reversed(List<TextPair> pairs) {
    return pairs.stream().map(p -> new TextPair(p.pointer(), p.kind(), p.format(), p.target(), p.source(), p.maxLength()))
        .collect(Collectors.toList());
  }

  /** {@code pairs} with the target at {@code pointer} replaced. */
  static List<TextPair> damage(List<TextPair> pairs, String pointer, String from, String to) {
    List<TextPair> out = new ArrayList<>();
    boolean done = false;
    for (TextPair p : pairs) {
      if (p.pointer().equals(pointer)) {
        assertTrue(p.target().contains(from), () -> pointer + " has no '" + from + "'");
        out.add(new TextPair(p.pointer(), p.kind(), p.format(), p.source(), p.target().replace(from, to), p.maxLength()));
        done = true;
      } else {
        out.add(p);
      }
    }
    assertTrue(done, pointer);
    return out;
  }
}
