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
