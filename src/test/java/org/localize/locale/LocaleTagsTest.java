package org.localize.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.VersionInfo;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LocaleTagsTest {
  /** The shipped list is exactly what ICU on the class path says; if not, this prints the new list. */
  @Test
  void shippedLanguageListIsIcusOwn() {
    String version = VersionInfo.ICU_VERSION.toString();
    Set<String> icu = new TreeSet<>(LocaleTags.fromIcu());
    Set<String> listed = LocaleTags.listed(version);
    String expected = "icu " + version + "\n" + String.join(" ", icu);
    assertTrue(listed != null, "src/main/resources/org/localize/locale/" + LocaleTags.LIST
        + " was made from another ICU; its data lines should be:\n" + expected);
    assertEquals(icu, new TreeSet<>(listed), "src/main/resources/org/localize/locale/" + LocaleTags.LIST
        + " differs from ICU " + version + "; its data lines should be:\n" + expected);
  }

  @Test
  void listOfAnotherIcuVersionIsNotUsed() {
    assertNull(LocaleTags.listed("1.0.0.0"));
  }

  @Test
  void canonicalTagsAndReasons() {
    assertEquals("ru", LocaleTags.canonical("ru"));
    assertEquals("pt-BR", LocaleTags.canonical("pt_BR"));
    assertEquals("sr-Latn", LocaleTags.canonical("sr-latn"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> LocaleTags.canonical("qq"));
    assertTrue(unknown.getMessage().contains("unknown language 'qq'"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LocaleTags.canonical("not a tag"));
    assertThrows(IllegalArgumentException.class, () -> LocaleTags.canonical(""));
  }
}
