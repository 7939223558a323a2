package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LocaleDataBinderTest {
  /** The listed units are ICU's identifiers, and every unit the built-in locale data counts in is listed. */
  @Test
  void listedUnitsParseAndCoverTheBuiltInLocaleData() throws IOException {
    Set<String> listed = LocaleDataBinder.listedUnits(VersionInfo.ICU_VERSION.toString());
    Set<String> used = new TreeSet<>();
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("locales"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        for (JsonNode n : mapper.readTree(f.toFile()).path("agreement").path("nouns")) {
          if (n.path("unit").isTextual()) {
            used.add(n.path("unit").asText());
          }
        }
      }
    }
    assertEquals(used, new TreeSet<>(listed), "src/main/resources/org/localize/locale/" + LocaleDataBinder.UNITS
        + " should list, for ICU " + VersionInfo.ICU_VERSION + ": units " + String.join(" ", used));
    for (String unit : listed) {
      org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> MeasureUnit.forIdentifier(unit),
          unit + " is no unit identifier of ICU " + VersionInfo.ICU_VERSION + "; remove it from src/main/resources/org/localize/locale/"
              + LocaleDataBinder.UNITS);
    }
  }

  @Test
  void aListOfAnotherIcuVersionIsNotUsedAndAnUnlistedUnitIsAskedOfIcu() {
    assertTrue(LocaleDataBinder.listedUnits("1.0.0.0").isEmpty());
    assertTrue(LocaleDataBinder.knownUnit("year"));
    assertFalse(LocaleDataBinder.knownUnit("parsec-per-fortnight-ish"));
  }
}
