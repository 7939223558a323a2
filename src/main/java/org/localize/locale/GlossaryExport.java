package org.localize.locale;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A names glossary written for translators' tools: TBX-Basic (TBX v2, {@code martif}), which CAT
 * tools import as a termbase, and the tab-separated glossary OmegaT reads from a project's
 * {@code glossary/} folder.
 *
 * <p>TBX: one {@code termEntry} per concept (its id; the concept type as
 * {@code descrip type="subjectField"}), one {@code langSet} per language, one {@code tig} per term
 * with {@code administrativeStatus}: the preferred name {@code preferredTerm-admn-sts}, the other
 * names {@code admittedTerm-admn-sts}, variants (understood, not house style) admitted with a note
 * {@code variant: ...}, forbidden spellings {@code deprecatedTerm-admn-sts}, and
 * {@code grammaticalGender} where the language's gender is known. TBX has no category for case
 * forms, declension or related words; they travel as notes that {@link TbxReader} reads back
 * ({@code forms: a; b}, {@code forms (genitive): a}, {@code decline: last},
 * {@code related: a; b}, {@code any script: ...}), so an export read again is the same glossary.
 *
 * <p>OmegaT: one line per name of a concept in the source language, with its preferred name in the
 * target language ({@code source<TAB>target<TAB>comment}, UTF-8); the comment gives what OmegaT has
 * no column for: the type and gender, the other accepted names, explicit forms, declension,
 * variants and forbidden spellings. (The names of one language are not aligned with another's,
 * so a source name is never paired with a target name other than the preferred one.)
 */
public final class GlossaryExport {
  private GlossaryExport() {}

  /**
   * The concepts of {@code glossary}, with the built-in places (CLDR countries, territories and
   * cities, and the locale data's extra names and demonyms) of each of {@code languages} when
   * {@code places} is set: a place the glossary already has (a name in common, as the checks join
   * them) gets the built-in names as further names, any other becomes a concept of its own, with
   * the id {@code cldr-region:KP} or {@code cldr-city:Asia/Pyongyang}.
   */
  public static List<Concept> concepts(Glossary glossary, Collection<String> languages, boolean places, LocaleRepository repo) {
    Map<String, Concept> out = new LinkedHashMap<>();
    glossary.concepts().forEach(c -> out.put(c.id(), c));
    if (!places) {
      return new ArrayList<>(out.values());
    }
    Map<String, Map<String, String>> owners = new LinkedHashMap<>(); // language → name → glossary concept id
    for (Concept c : glossary.concepts()) {
      if (c.type() != ConceptType.PLACE && c.type() != ConceptType.OTHER) {
        continue;
      }
      c.terms().forEach((language, t) -> t.names().forEach(n -> owners.computeIfAbsent(language, k -> new LinkedHashMap<>()).putIfAbsent(n, c.id())));
    }
    Map<String, String> absorbed = new LinkedHashMap<>(); // built-in id → glossary concept id
    for (String language : languages) {
      for (Places.Place p : Places.of(language)) {
        for (String n : p.names()) {
          String owner = owners.getOrDefault(language, Map.of()).get(n);
          if (owner != null) {
            absorbed.putIfAbsent(p.id(), owner);
          }
        }
      }
    }
    Map<String, Map<String, Terms>> builtIn = new LinkedHashMap<>(); // built-in id → language → terms
    for (String language : languages) {
      LocaleData data = repo.forTag(language);
      for (Places.Place p : Places.of(language)) {
        String key = Places.key(p.id());
        List<String> names = new ArrayList<>(p.names());
        data.names().places().getOrDefault(key, List.of()).stream().filter(n -> !names.contains(n)).forEach(names::add);
        List<String> related = data.names().demonyms().getOrDefault(key, List.of());
        builtIn.computeIfAbsent(p.id(), k -> new LinkedHashMap<>()).put(language,
            new Terms(names, Map.of(), List.of(), List.of(), List.of(), related, null));
      }
    }
    for (Map.Entry<String, Map<String, Terms>> e : builtIn.entrySet()) {
      String owner = absorbed.get(e.getKey());
      if (owner == null) {
        String kind = e.getKey().startsWith(Places.CITY) ? "time zone " : "region ";
        out.put(e.getKey(), new Concept(e.getKey(), ConceptType.PLACE, Gender.UNKNOWN, false, e.getValue(),
            "CLDR (" + kind + Places.key(e.getKey()) + ")"));
        continue;
      }
      Concept c = out.get(owner);
      Map<String, Terms> terms = new LinkedHashMap<>(c.terms());
      e.getValue().forEach((language, t) -> terms.merge(language, t, GlossaryExport::withMoreNames));
      out.put(owner, new Concept(c.id(), c.type(), c.gender(), c.anyScript(), terms, c.origin() + " and CLDR"));
    }
    return new ArrayList<>(out.values());
  }

  /** {@code t} with the names and related words of {@code more} it lacks, after its own. */
  private static Terms withMoreNames(Terms t, Terms more) {
    List<String> names = new ArrayList<>(t.names());
    more.names().stream().filter(n -> !names.contains(n) && !t.forbidden().contains(n) && !t.variants().contains(n)).forEach(names::add);
    List<String> related = new ArrayList<>(t.related());
    more.related().stream().filter(r -> !related.contains(r)).forEach(related::add);
    return new Terms(names, t.caseForms(), t.extraForms(), t.variants(), t.forbidden(), related, t.decline(), t.gender());
  }

  /**
   * The gender of a concept's names in one language as the checks take it: the language's own,
   * else the concept's; for a person, whose gender is natural, that of any language that says it.
   */
  public static Gender gender(Concept c, Terms t) {
    if (t.gender() != null) {
      return t.gender();
    }
    if (c.gender() != Gender.UNKNOWN || c.type() != ConceptType.PERSON) {
      return c.gender();
    }
    for (Terms other : c.terms().values()) {
      if (other.gender() != null) {
        return other.gender();
      }
    }
    return Gender.UNKNOWN;
  }

  /**
   * The languages of a concept in the order they are written: {@code first} (when it has it), then
   * the rest in alphabetical order; only those in {@code only} when it is not empty.
   */
  static List<String> languages(Concept c, String first, Collection<String> only) {
    Set<String> out = new LinkedHashSet<>();
    if (first != null && c.terms().containsKey(first)) {
      out.add(first);
    }
    out.addAll(new TreeSet<>(c.terms().keySet()));
    if (!only.isEmpty()) {
      out.retainAll(only);
    }
    return new ArrayList<>(out);
  }

  /**
   * The concepts as TBX-Basic (v2, {@code martif}); {@code languages} (empty: all) limits the
   * languages written, with {@code source} first in each entry; {@code description} goes into the
   * header. Concepts without any of the languages are left out.
   */
  public static byte[] tbx(List<Concept> concepts, String source, Collection<String> languages, String description) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      bytes.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartElement("martif");
      w.writeAttribute("type", "TBX-Basic");
      w.writeAttribute("xml:lang", "en"); // the language of the notes and descriptions
      line(w, 1);
      w.writeStartElement("martifHeader");
      line(w, 2);
      w.writeStartElement("fileDesc");
      line(w, 3);
      w.writeStartElement("sourceDesc");
      w.writeStartElement("p");
      w.writeCharacters(description);
      w.writeEndElement();
      w.writeEndElement();
      line(w, 2);
      w.writeEndElement();
      line(w, 2);
      w.writeStartElement("encodingDesc");
      w.writeStartElement("p");
      w.writeAttribute("type", "XCSURI");
      w.writeCharacters("TBXBasicXCSV02.xcs");
      w.writeEndElement();
      w.writeEndElement();
      line(w, 1);
      w.writeEndElement();
      line(w, 1);
      w.writeStartElement("text");
      line(w, 2);
      w.writeStartElement("body");
      for (Concept c : concepts) {
        List<String> langs = languages(c, source, languages);
        if (!langs.isEmpty()) {
          entry(w, c, langs);
        }
      }
      line(w, 2);
      w.writeEndElement();
      line(w, 1);
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeCharacters("\n");
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing TBX in memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static void entry(XMLStreamWriter w, Concept c, List<String> langs) throws XMLStreamException {
    line(w, 3);
    w.writeStartElement("termEntry");
    w.writeAttribute("id", xmlId(c.id()));
    if (c.type() != ConceptType.OTHER) {
      element(w, 4, "descrip", "subjectField", c.type().label());
    }
    if (c.anyScript()) {
      element(w, 4, "note", null, "any script: the name is written as it is in every language and script");
    }
    for (String language : langs) {
      Terms t = c.terms().get(language);
      line(w, 4);
      w.writeStartElement("langSet");
      w.writeAttribute("xml:lang", language);
      if (t.decline() != null) {
        element(w, 5, "note", null, "decline: " + t.decline().name().toLowerCase(Locale.ROOT));
      }
      if (!t.related().isEmpty()) {
        element(w, 5, "note", null, "related: " + String.join("; ", t.related()));
      }
      Gender g = gender(c, t);
      for (int i = 0; i < t.names().size(); i++) {
        List<String> notes = new ArrayList<>();
        if (i == 0) { // the forms belong to the concept in this language; they go with its preferred name
          if (!t.extraForms().isEmpty()) {
            notes.add("forms: " + String.join("; ", t.extraForms()));
          }
          t.caseForms().forEach((k, v) -> notes.add("forms (" + k.name().toLowerCase(Locale.ROOT) + "): " + String.join("; ", v)));
        }
        term(w, t.names().get(i), i == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts", g, notes);
      }
      for (String v : t.variants()) {
        term(w, v, "admittedTerm-admn-sts", g, List.of("variant: understood, but not the house spelling (" + t.preferred() + ")"));
      }
      for (String f : t.forbidden()) {
        term(w, f, "deprecatedTerm-admn-sts", Gender.UNKNOWN, List.of());
      }
      line(w, 4);
      w.writeEndElement();
    }
    line(w, 3);
    w.writeEndElement();
  }

  private static void term(XMLStreamWriter w, String text, String status, Gender g, List<String> notes) throws XMLStreamException {
    line(w, 5);
    w.writeStartElement("tig");
    element(w, 6, "term", null, text);
    element(w, 6, "termNote", "administrativeStatus", status);
    if (g != Gender.UNKNOWN) {
      element(w, 6, "termNote", "grammaticalGender", g.name().toLowerCase(Locale.ROOT));
    }
    for (String n : notes) {
      element(w, 6, "note", null, n);
    }
    line(w, 5);
    w.writeEndElement();
  }

  private static void element(XMLStreamWriter w, int depth, String name, String type, String text) throws XMLStreamException {
    line(w, depth);
    w.writeStartElement(name);
    if (type != null) {
      w.writeAttribute("type", type);
    }
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private static void line(XMLStreamWriter w, int depth) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }

  /**
   * A concept id as an XML ID (TBX's {@code termEntry/@id} is one): kept when it is one; else each
   * character an NCName cannot hold becomes '_', with a leading '_' where it cannot start one
   * ({@code cldr-region:KP} → {@code cldr-region_KP}).
   */
  static String xmlId(String id) {
    StringBuilder sb = new StringBuilder();
    id.codePoints().forEach(cp -> sb.appendCodePoint(nameStart(cp) || Character.isDigit(cp) || cp == '-' || cp == '.'
        || Character.getType(cp) == Character.NON_SPACING_MARK ? cp : '_'));
    if (sb.length() == 0 || !nameStart(sb.codePointAt(0))) {
      sb.insert(0, '_');
    }
    return sb.toString();
  }

  private static boolean nameStart(int cp) {
    return Character.isLetter(cp) || cp == '_';
  }

  /**
   * The concepts as an OmegaT glossary for {@code source} → {@code target}: UTF-8 text, a comment
   * line first ({@code # ...}, which OmegaT skips), then {@code source<TAB>target<TAB>comment} for
   * each name in the source language of every concept that has names in both, with the preferred
   * target name. Tabs and line breaks inside a name or comment become spaces (the format has no
   * escape).
   */
  public static byte[] omegat(List<Concept> concepts, String source, String target, String description) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(clean(description)).append('\n');
    for (Concept c : concepts) {
      Terms s = c.terms().get(source);
      Terms t = c.terms().get(target);
      if (s == null || t == null) {
        continue;
      }
      String comment = comment(c, t);
      for (String sourceName : s.names()) {
        sb.append(clean(sourceName)).append('\t').append(clean(t.preferred())).append('\t').append(comment).append('\n');
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** What OmegaT shows beside a term: {@code person, masculine; also: ...; forms: ...; variants, not house style: ...; never: ...}. */
  private static String comment(Concept c, Terms t) {
    List<String> parts = new ArrayList<>();
    Gender g = gender(c, t);
    parts.add(c.type().label() + (g == Gender.UNKNOWN ? "" : ", " + g.name().toLowerCase(Locale.ROOT)));
    if (t.names().size() > 1) {
      parts.add("also: " + String.join(", ", t.names().subList(1, t.names().size())));
    }
    Set<String> forms = new LinkedHashSet<>();
    t.caseForms().values().forEach(forms::addAll);
    forms.addAll(t.extraForms());
    t.names().forEach(forms::remove);
    if (!forms.isEmpty()) {
      parts.add("forms: " + String.join(", ", forms));
    }
    if (t.decline() == DeclineMode.LAST) {
      parts.add("only the last word declines");
    } else if (t.decline() == DeclineMode.NONE) {
      parts.add("does not decline");
    }
    if (!t.related().isEmpty()) {
      parts.add("related words: " + String.join(", ", t.related()));
    }
    if (!t.variants().isEmpty()) {
      parts.add("variants, not house style: " + String.join(", ", t.variants()));
    }
    if (!t.forbidden().isEmpty()) {
      parts.add("never: " + String.join(", ", t.forbidden()));
    }
    return clean(String.join("; ", parts));
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip();
  }
}
