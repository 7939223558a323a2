package org.localize.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;
import org.localize.story.JsonNode.ScalarNode;
import org.localize.story.JsonNode.StringNode;
import org.localize.unit.Content;
import org.localize.unit.InlineCodec;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;

/**
 * Applies a {@link Profile} to a {@link StoryDocument}: finds every translatable string, parses
 * its inline markup, and groups identical strings into one unit where the rule says so.
 */
public final class Extractor {
  private Extractor() {}

  private record Candidate(Rule rule, Path.Match match, StringNode node) {}

  /** Extracts the units of {@code doc}; every wrong-typed field is reported, not just the first. */
  public static Extraction extract(StoryDocument doc, Profile profile) {
    JsonNode root = doc.root();
    List<Problem> problems = new ArrayList<>();
    Set<String> skipped = new HashSet<>();
    for (Path skip : profile.skip()) {
      skip.evaluate(root, m -> skipped.add(m.pointer()));
    }
    Map<String, Candidate> byPointer = new LinkedHashMap<>();
    for (Rule rule : profile.rules()) {
      rule.path().evaluate(root, match -> {
        if (skipped.contains(match.pointer()) || byPointer.containsKey(match.pointer())) {
          return; // the first rule that selects a string decides what it is
        }
        if (match.node() instanceof StringNode s) {
          byPointer.put(match.pointer(), new Candidate(rule, match, s));
        } else if (!(match.node() instanceof ScalarNode sc && sc.isNull())) {
          problems.add(new Problem(
              doc.name(),
              doc.position(match.node().start()) + " (" + match.pointer() + ")",
              "a " + rule.kind() + " must be a string, found " + JsonNode.describe(match.node())
                  + "; fix the story, or the profile rule " + rule.where()));
        }
      });
    }
    List<Candidate> candidates = new ArrayList<>(byPointer.values());
    candidates.sort(Comparator.comparingInt(c -> c.node().start()));

    Map<String, JsonNode.StringNode> strings = new HashMap<>();
    Map<String, UnitBuilder> dedupe = new HashMap<>();
    List<UnitBuilder> builders = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Candidate c : candidates) {
      String value = c.node().value();
      if (value.isBlank()) {
        continue; // nothing to translate; merge leaves the string as it is
      }
      TextFormat format = c.rule().format().formatOf(c.match());
      Content content;
      try {
        content = InlineCodec.parse(value, format);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(
            doc.name(), doc.position(c.node().start()) + " (" + c.match().pointer() + ")",
            e.getMessage() + "; fix the string, or give the profile rule " + c.rule().where() + " another format"));
        continue;
      }
      strings.put(c.match().pointer(), c.node());
      String key = c.rule().kind() + '\u0000' + format + '\u0000' + value;
      UnitBuilder same = c.rule().dedupe() ? dedupe.get(key) : null;
      if (same != null) {
        same.pointers.add(c.match().pointer());
        continue;
      }
      UnitBuilder b = new UnitBuilder(c, format, content, uniqueId(root, c, ids));
      for (Template t : c.rule().notes()) {
        String note = t.render(root, c.match());
        if (note != null) {
          b.notes.add(note);
        }
      }
      builders.add(b);
      if (c.rule().dedupe()) {
        dedupe.put(key, b);
      }
    }
    if (!problems.isEmpty()) {
      throw new LocalizeException(LocalizeException.Kind.INPUT, problems);
    }
    List<Unit> units = new ArrayList<>(builders.size());
    for (UnitBuilder b : builders) {
      units.add(b.build());
    }
    return new Extraction(
        doc, profile, units, strings,
        single(root, profile.locale()), text(single(root, profile.id())), text(single(root, profile.published())));
  }

  private static StringNode single(JsonNode root, Path path) {
    if (path == null) {
      return null;
    }
    List<Path.Match> matches = path.evaluate(root);
    return !matches.isEmpty() && matches.get(0).node() instanceof StringNode s ? s : null;
  }

  private static String text(StringNode node) {
    return node == null ? null : node.value();
  }

  /** The rule's id template, or one made from the pointer; made unique and NMTOKEN-safe. */
  private static String uniqueId(JsonNode root, Candidate c, Set<String> taken) {
    String id = c.rule().id() == null ? null : c.rule().id().render(root, c.match());
    id = id == null ? fromPointer(c.match().pointer()) : sanitize(id);
    if (!taken.add(id)) {
      id = fromPointer(c.match().pointer());
      String base = id;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "-" + n;
      }
    }
    return id;
  }

  static String fromPointer(String pointer) {
    return sanitize(pointer.isEmpty() ? "root" : pointer.substring(1).replace('/', '.'));
  }

  private static String sanitize(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    id.codePoints().forEach(cp -> sb.append(
        (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_')) ? (char) cp : '_'));
    return sb.length() == 0 ? "_" : sb.toString();
  }

  private static final class UnitBuilder {
    final Candidate first;
    final TextFormat format;
    final Content content;
    final String id;
    final List<String> pointers = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    UnitBuilder(Candidate first, TextFormat format, Content content, String id) {
      this.first = first;
      this.format = format;
      this.content = content;
      this.id = id;
      pointers.add(first.match().pointer());
    }

    Unit build() {
      List<String> allNotes = new ArrayList<>(notes);
      Rule rule = first.rule();
      if (rule.maxLength() > 0) {
        allNotes.add("At most " + rule.maxLength() + " characters.");
      }
      if (pointers.size() > 1) {
        allNotes.add("This text stands in " + pointers.size() + " places (" + String.join(", ", pointers)
            + "); one translation serves them all.");
      }
      return new Unit(id, rule.kind(), format, content, pointers, allNotes, rule.maxLength());
    }
  }
}
