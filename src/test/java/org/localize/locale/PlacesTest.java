package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.VersionInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {
  /** The shipped lists are exactly what ICU on the class path says; if not, this prints the new file. */
  @Test
  void shippedTerritoryAndZoneListsAreIcusOwn() {
    String version = VersionInfo.ICU_VERSION.toString();
    String expected = "icu " + version + "\nterritories " + String.join(" ", Places.territoriesFromIcu())
        + "\nzones " + String.join(" ", Places.zonesFromIcu());
    Places.Listed listed = Places.listed(version);
    assertTrue(listed != null, "src/main/resources/org/localize/locale/" + Places.LIST
        + " was made from another ICU; its data lines should be:\n" + expected);
    assertEquals(List.copyOf(Places.territoriesFromIcu()), List.copyOf(listed.territories()),
        "src/main/resources/org/localize/locale/" + Places.LIST + " differs from ICU " + version + "; its data lines should be:\n" + expected);
    assertEquals(List.copyOf(Places.zonesFromIcu()), List.copyOf(listed.zones()),
        "src/main/resources/org/localize/locale/" + Places.LIST + " differs from ICU " + version + "; its data lines should be:\n" + expected);
  }

  /** The languages of the built-in locale data (locales/), each of which ships its place names. */
  private static List<String> shippedLanguages() throws java.io.IOException {
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("locales"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("root.json"))
          .map(n -> new com.ibm.icu.util.ULocale(n.substring(0, n.length() - 5)).getLanguage()).distinct().sorted().toList();
    }
  }

  /**
   * The shipped place names are exactly what ICU on the class path says, for every language of
   * the built-in locale data; if not, this writes the files they should be into target/place-names/.
   */
  @Test
  void shippedPlaceNamesAreIcusOwn() throws java.io.IOException {
    String version = VersionInfo.ICU_VERSION.toString();
    java.util.List<String> wrong = new java.util.ArrayList<>();
    for (String language : shippedLanguages()) {
      List<Places.Place> icu = Places.fromIcu(language);
      icu.forEach(p -> p.names().forEach(n -> assertTrue(n.indexOf('\t') < 0 && n.indexOf('\n') < 0 && n.indexOf('\r') < 0,
          "a place name a shipped file cannot hold: " + n)));
      if (!icu.equals(Places.shipped(language, version))) {
        wrong.add(language);
        java.nio.file.Path file = java.nio.file.Path.of("target/place-names", language + ".txt");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, "# The places Places.fromIcu(\"" + language + "\") lists, so that a run need not ask ICU:\n"
            + "# one place a line, its id then its names, tab-separated. Used only with the ICU version of the\n"
            + "# next line; PlacesTest writes a new file into target/place-names/ when ICU changes.\n"
            + "icu " + version + "\n" + Places.lines(icu));
      }
    }
    assertTrue(wrong.isEmpty(), "src/main/resources/org/localize/locale/" + Places.NAMES + " is missing or differs from ICU "
        + version + " for " + wrong + "; copy the files PlacesTest wrote into target/place-names/ there");
  }

  @Test
  void placeNamesOfAnotherIcuVersionOrGarbledOrOfNoFileAreNotUsed() {
    assertNull(Places.shipped("ru", "1.0.0.0"));
    assertNull(Places.shipped("xx", VersionInfo.ICU_VERSION.toString()));
    assertNull(Places.shipped("../ru", VersionInfo.ICU_VERSION.toString()));
    assertNull(Places.parse(List.of("cldr-region:KR")), "a place without names");
    assertNull(Places.parse(List.of("KR\tКорея")), "no built-in id");
    assertEquals(List.of(new Places.Place("cldr-region:KR", List.of("Южная Корея", "Корея"))),
        Places.parse(List.of("cldr-region:KR\tЮжная Корея\tКорея")));
  }

  @Test
  void listOfAnotherIcuVersionIsNotUsed() {
    assertNull(Places.listed("1.0.0.0"));
  }

  @Test
  void placesKeepCldrNamesAndKyivComesFromItsCanonicalZone() {
    List<Places.Place> uk = Places.of("uk");
    assertTrue(uk.stream().anyMatch(p -> p.id().equals(Places.CITY + "Europe/Kiev") && p.names().contains("Київ")), uk::toString);
    assertTrue(Places.of("ru").stream().anyMatch(p -> p.id().equals(Places.REGION + "KP")), "North Korea in Russian");
    assertEquals(Places.of("de").stream().map(Places.Place::id).sorted().toList(),
        Places.of("de").stream().map(Places.Place::id).toList().stream().sorted().toList());
  }
}
