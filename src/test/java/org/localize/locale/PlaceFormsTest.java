package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlaceFormsTest {

  /** The languages of the built-in locale data (locales/) whose names are declined by a paradigm. */
  private static List<String> decliningLanguages() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("locales"))) {
      for (String n : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("root.json"))
          .sorted().toList()) {
        LocaleData data = LocaleRepository.builtIn().forTag(n.substring(0, n.length() - 5));
        if (data.names().inflector().kind().equals("paradigm") && !out.contains(data.language())) {
          out.add(data.language());
        }
      }
    }
    return out;
  }

  /** What deriving the built-in places of {@code data} gives, place by place, without the shipped forms. */
  private static Map<String, PlaceForms.Derived> derived(LocaleData data, List<ConceptForms> out) {
    Map<String, PlaceForms.Derived> rec = new LinkedHashMap<>();
    PlaceForms.RECORDING.set(rec);
    try {
      out.addAll(Glossary.of(List.of()).forms(data));
    } finally {
      PlaceForms.RECORDING.remove();
    }
    return rec;
  }

  /**
   * The shipped forms are exactly what derivation gives from the jar's data and ICU on the class
   * path, for every declining language of the built-in data; if not, this writes the files they
   * should be into target/place-forms/.
   */
  @Test
  void shippedPlaceFormsAreWhatDerivationGives() throws IOException {
    String version = VersionInfo.ICU_VERSION.toString();
    List<String> wrong = new ArrayList<>();
    for (String language : decliningLanguages()) {
      LocaleData data = LocaleRepository.builtIn().forTag(language);
      Map<String, PlaceForms.Derived> rec = derived(data, new ArrayList<>());
      assertTrue(rec.size() > 100, language + ": " + rec.size() + " places");
      rec.values().forEach(d -> d.accepted().forEach(a -> assertTrue(!a.isEmpty() && a.indexOf('\t') < 0
          && a.indexOf('\n') < 0 && a.indexOf('\r') < 0, "a form a shipped file cannot hold: [" + a + "]")));
      assertEquals(rec, PlaceForms.parse(List.of(PlaceForms.lines(rec).split("\n"))), "the file format keeps " + language + "'s forms");
      if (!rec.equals(PlaceForms.read(language, version, data.names().fingerprint()))) {
        wrong.add(language);
        Path file = Path.of("target/place-forms", language + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# The forms Glossary.forms derives for the built-in places of \"" + language + "\" (PlaceForms),\n"
            + "# so that a run need not decline them: one place a line, its id, + (confident) or ? (not), then its\n"
            + "# accepted forms, tab-separated. Used only with the ICU version and the fingerprint of the locale\n"
            + "# data's names section of the next two lines; PlaceFormsTest writes a new file into\n"
            + "# target/place-forms/ when either changes or derivation gives other forms.\n"
            + "icu " + version + "\nnames " + data.names().fingerprint() + "\n" + PlaceForms.lines(rec));
      }
    }
    assertTrue(wrong.isEmpty(), "src/main/resources/org/localize/locale/" + PlaceForms.DIR + " is missing or differs from what"
        + " derivation gives for " + wrong + " (ICU " + version + ", locales/ as it is now); copy the files PlaceFormsTest wrote"
        + " into target/place-forms/ there");
  }

  /** With the shipped forms, every concept's forms are what deriving them all gives. */
  @Test
  void formsWithTheShippedOnesAreTheDerivedOnes() throws IOException {
    for (String language : decliningLanguages()) {
      LocaleData data = LocaleRepository.builtIn().forTag(language);
      assertNotNull(PlaceForms.shipped(data), language + " ships its place forms");
      List<ConceptForms> derived = new ArrayList<>();
      derived(data, derived);
      assertEquals(derived, Glossary.of(List.of()).forms(data), language);
    }
  }

  @Test
  void formsOfAnotherIcuOrOtherNamesDataOrGarbledAreNotUsed() {
    LocaleData ru = LocaleRepository.builtIn().forTag("ru");
    String version = VersionInfo.ICU_VERSION.toString();
    assertTrue(!PlaceForms.read("ru", version, ru.names().fingerprint()).isEmpty());
    assertTrue(PlaceForms.read("ru", "1.0.0.0", ru.names().fingerprint()).isEmpty(), "another ICU");
    assertTrue(PlaceForms.read("ru", version, "0").isEmpty(), "other names data");
    assertTrue(PlaceForms.read("xx", version, ru.names().fingerprint()).isEmpty());
    assertTrue(PlaceForms.read("../ru", version, ru.names().fingerprint()).isEmpty());
    assertTrue(PlaceForms.parse(List.of("cldr-region:KR\t+")).isEmpty(), "no forms");
    assertTrue(PlaceForms.parse(List.of("KR\t+\tКорея")).isEmpty(), "no built-in id");
    assertTrue(PlaceForms.parse(List.of("cldr-region:KR\tyes\tКорея")).isEmpty(), "no confidence mark");
    assertNull(PlaceForms.shipped(LocaleRepository.builtIn().forTag("en")), "English declines nothing");
  }

  /** A user's locale data that changes the names section is not the data the forms were made from. */
  @Test
  void userNamesDataGetsItsOwnForms(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ru.json"), "{\"names\": {\"places\": {\"KP\": [\"Северная Корея\", \"КНДР\"]}}}");
    LocaleData user = LocaleRepository.withDirectory(dir).forTag("ru");
    LocaleData builtIn = LocaleRepository.builtIn().forTag("ru");
    assertTrue(!user.names().fingerprint().equals(builtIn.names().fingerprint()));
    assertNull(PlaceForms.shipped(user));
    ConceptForms kp = Glossary.of(List.of()).forms(user).stream()
        .filter(f -> f.concept().id().equals(Places.REGION + "KP")).findFirst().orElseThrow();
    assertTrue(kp.accepted().contains("КНДР"), kp.accepted()::toString);
    // a user's copy of the file that changes only its quotes keeps the built-in fingerprint
    String own = Files.readString(Path.of("locales/ru.json")).replace("\"primary\": [\"«\", \"»\"]", "\"primary\": [\"„\", \"“\"]");
    assertTrue(!own.equals(Files.readString(Path.of("locales/ru.json"))));
    Files.writeString(dir.resolve("ru.json"), own);
    assertEquals(builtIn.names().fingerprint(), LocaleRepository.withDirectory(dir).forTag("ru").names().fingerprint());
  }
}
