package org.localize.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;
import org.localize.story.ProfileLoader;

/** Mistakes in the profile extensions are reported at their line, column and JSON pointer. */
class ProfileErrorsTest {

  private static Problem error(String profile) {
    LocalizeException e = assertThrows(LocalizeException.class,
        () -> ProfileLoader.parse("my-cms.json", profile.getBytes(StandardCharsets.UTF_8)));
    assertEquals(LocalizeException.Kind.INPUT, e.kind());
    return e.problems().get(0);
  }

  private static String rule(String extra) {
    return "{\"name\": \"my-cms\",\n \"units\": [\n  {\"path\": \"$.bodies[*].value\", \"kind\": \"body\",\n   " + extra + "}]}";
  }

  @Test
  void unknownKeyInVariants() {
    Problem p = error(rule("\"variants\": {\"prefer\": [\"html\"], \"derive\": \"strip-tags\", \"fallback\": \"keep\"}"));
    assertEquals("my-cms.json", p.file());
    assertEquals("4:73 (/units/0/variants/fallback)", p.place());
    assertTrue(p.message().contains("unknown key \"fallback\"; allowed here: derive, otherwise, prefer"), p.message());
  }

  @Test
  void unknownDerivation() {
    Problem p = error(rule("\"variants\": {\"derive\": \"markdown\"}"));
    assertEquals("4:27 (/units/0/variants/derive)", p.place());
    assertTrue(p.message().contains("unknown derivation \"markdown\""), p.message());
  }

  @Test
  void otherwiseMustBeTranslateOrKeep() {
    Problem p = error(rule("\"variants\": {\"otherwise\": \"drop\"}"));
    assertEquals("4:30 (/units/0/variants/otherwise)", p.place());
    assertTrue(p.message().contains("\"translate\""), p.message());
  }

  @Test
  void variantsNeedAWildcardStep() {
    Problem p = error("{\"name\": \"x\", \"units\": [{\"path\": \"$.body\", \"kind\": \"body\", \"variants\": {}}]}");
    assertEquals("(/units/0/variants)", p.place().substring(p.place().indexOf(' ') + 1));
    assertTrue(p.message().contains("has no such step"), p.message());
  }

  @Test
  void preferListsFormats() {
    Problem p = error(rule("\"variants\": {\"prefer\": [\"html\", \"rtf\"]}"));
    assertTrue(p.place().endsWith("(/units/0/variants/prefer/1)"), p.place());
    assertTrue(p.message().contains("unknown format \"rtf\""), p.message());
  }

  @Test
  void formatMapsMaySkipButNotInvent() {
    Problem p = error(rule("\"format\": {\"from\": \"@.contentType\", \"map\": {\"application/xml\": \"skip\", \"text/rtf\": \"rtf\"}}"));
    assertTrue(p.place().endsWith("(/units/0/format/map/text~1rtf)"), p.place());
    assertTrue(p.message().contains("or skip, for strings that are not to be translated"), p.message());
  }

  @Test
  void formatFromMustBeASiblingOrTheKey() {
    Problem p = error(rule("\"format\": {\"from\": \"contentType\"}"));
    assertTrue(p.place().endsWith("(/units/0/format/from)"), p.place());
    assertTrue(p.message().contains("\"{key}\""), p.message());
  }

  @Test
  void unionPathsMustBeClosed() {
    Problem p = error(rule("\"format\": \"html\", \"id\": \"x\"}, {\"path\": \"$.meta['a',]\", \"kind\": \"x\""));
    assertTrue(p.place().endsWith("(/units/1/path)"), p.place());
    assertTrue(p.message().contains("expected a 'name' after ','"), p.message());
  }

  @Test
  void attributesAreNames() {
    Problem p = error(rule("\"format\": \"html\", \"attributes\": [\"alt\", \"data title\"]"));
    assertTrue(p.place().endsWith("(/units/0/attributes/1)"), p.place());
    assertTrue(p.message().contains("\"data title\" is no attribute name"), p.message());
  }

  @Test
  void aDefaultLocaleIsALanguageTag() {
    Problem p = error("{\"name\": \"x\", \"defaultLocale\": \"english please\", \"units\": []}");
    assertTrue(p.place().endsWith("(/defaultLocale)"), p.place());
  }

  @Test
  void aRangeFromTheDocumentNamesItsTargetAndId() {
    Problem p = error("{\"name\": \"x\", \"units\": [], \"ranges\": [{\"path\": \"$..anchor\"}]}");
    assertTrue(p.place().endsWith("(/ranges/0)"), p.place());
    assertTrue(p.message().contains("needs \"target\""), p.message());
    p = error("{\"name\": \"x\", \"units\": [], \"ranges\": [{\"path\": \"@.styles[*]\", \"target\": \"@.a\", \"id\": \"@.b\"}]}");
    assertTrue(p.message().contains("needs no \"target\" and \"id\""), p.message());
    p = error("{\"name\": \"x\", \"units\": [], \"ranges\": [{\"path\": \"styles\"}]}");
    assertTrue(p.place().endsWith("(/ranges/0/path)"), p.place());
    assertTrue(p.message().contains("a range path starts with @"), p.message());
    p = error("{\"name\": \"x\", \"units\": [], \"ranges\": [{\"path\": \"$..anchor\", \"target\": \"a\", \"id\": \"@.b\"}]}");
    assertTrue(p.place().endsWith("(/ranges/0/target)"), p.place());
  }

  @Test
  void theExampleGuardianProfileLoads() throws Exception {
    byte[] bytes = java.nio.file.Files.readAllBytes(org.localize.testing.TestFiles.EXAMPLES.resolve("profiles/guardian.json"));
    assertEquals("guardian", ProfileLoader.parse("guardian.json", bytes).name());
  }

  @Test
  void everyBuiltInProfileLoads() {
    for (String name : ProfileLoader.BUILT_IN) {
      assertEquals(name, ProfileLoader.builtIn(name).name());
    }
  }
}
