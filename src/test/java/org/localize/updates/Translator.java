package org.localize.updates;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.localize.testing.TestFiles;
import org.localize.testing.XliffEdit;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Plays the Russian translator of the update scenario: the translations of the example's units
 * come from examples/pyongyang-visit/story.en-ru.xlf, those of the units the fixtures add from here.
 */
final class Translator {
  static final Path DIR = TestFiles.TEST_RESOURCES.resolve("updates");
  static final Path V1 = DIR.resolve("story.v1.json");
  static final Path V2 = DIR.resolve("story.v2.json");
  static final Path EXAMPLE_XLIFF = TestFiles.EXAMPLES.resolve("pyongyang-visit/story.en-ru.xlf");
  private static final String LINK = "<g id=\"1\" ctype=\"link\" equiv-text=\"&lt;a>\">";

  /** Targets (inner XML) of the paragraphs v1 adds to the example. */
  static final Map<String, String> ADDED = new LinkedHashMap<>();
  /** Targets of the units v2 edits or adds. */
  static final Map<String, String> UPDATED = new LinkedHashMap<>();

  static {
    ADDED.put("p1.text", "Самолет Путина приземлился в аэропорту Сунан в Пхеньяне около трех часов ночи по местному "
        + "времени, на несколько часов позже, чем " + LINK + "объявлял Кремль</g>.");
    ADDED.put("p2.text", "Ким Чен Ын ехал вместе с Путиным из аэропорта в резиденцию Кымсусан, где остановилась "
        + "российская делегация.");
    UPDATED.put("airport-workers.caption", "Рабочие и охранники в аэропорту Пхеньяна перед церемонией");
    UPDATED.put("motorcade-night.caption", "Кортеж Путина по пути в резиденцию Кымсусан");
    UPDATED.put("motorcade-night.credit", "Кристина Кормильцына / Sputnik / AFP / Scanpix / LETA");
  }

  private Translator() {}

  /** Translates every unit of v1: with {@link #ADDED} where it has the id, else with the example's target. */
  static byte[] translate(byte[] xliff) {
    return translate(xliff, ADDED);
  }

  /** Translates the units v2 edits or adds ({@link #UPDATED}) and leaves the others as they are. */
  static byte[] translateUpdates(byte[] xliff) {
    return translate(xliff, UPDATED, UPDATED.keySet().toArray(String[]::new));
  }

  /**
   * Translates the units of {@code xliff} whose ids {@code only} lists (every unit when empty):
   * from {@code mine} where it has the id, else with the example's target; state translated.
   */
  private static byte[] translate(byte[] xliff, Map<String, String> mine, String... only) {
    XliffEdit edit = XliffEdit.of(xliff);
    XliffEdit example = XliffEdit.of(TestFiles.read(EXAMPLE_XLIFF));
    java.util.List<String> ids = java.util.List.of(only);
    for (Element unit : edit.units()) {
      String id = unit.getAttribute("id");
      if (!ids.isEmpty() && !ids.contains(id)) {
        continue;
      }
      Element target = mine.containsKey(id) ? parse(mine.get(id)) : XliffEdit.child(example.unit(id), "target");
      Node copy = edit.document().importNode(target, true);
      ((Element) copy).setAttribute("state", "translated");
      Element old = XliffEdit.child(unit, "target");
      unit.replaceChild(copy, old);
    }
    return edit.bytes();
  }

  /** Signs one unit off: {@code approved="yes"} and {@code state="signed-off"}. */
  static byte[] signOff(byte[] xliff, String id) {
    XliffEdit edit = XliffEdit.of(xliff);
    Element unit = edit.unit(id);
    unit.setAttribute("approved", "yes");
    XliffEdit.child(unit, "target").setAttribute("state", "signed-off");
    return edit.bytes();
  }

  private static Element parse(String inner) {
    String xml = "<target xmlns=\"" + XliffEdit.NS + "\" xml:lang=\"ru\">" + inner + "</target>";
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
