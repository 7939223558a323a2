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

    Plan plan = new Plan(doc);
    plan.variants(candidates);
    Map<String, JsonNode.StringNode> strings = new HashMap<>();
    Map<DedupeKey, UnitBuilder> dedupe = new HashMap<>();
    List<UnitBuilder> builders = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Candidate c : candidates) {
      String value = c.node().value();
      if (value.isBlank()) {
        continue; // nothing to translate; merge leaves the string as it is
      }
      String pointer = c.match().pointer();
      if (plan.derivedPlaces.contains(pointer)) {
        strings.put(pointer, c.node());
        continue;
      }
      if (plan.leftPlaces.contains(pointer)) {
        continue;
      }
      TextFormat format = c.rule().format().formatOf(c.match());
      if (format == null) {
        plan.leave(c, "the profile marks its format (" + c.rule().format().fromText() + " = \""
            + c.rule().format().sibling(c.match()) + "\") as not translatable");
        continue;
      }
      if (format == TextFormat.HTML && isHtmlDocument(value)) {
        plan.leave(c, WHOLE_DOCUMENT);
        continue;
      }
      Content content;
      try {
        content = InlineCodec.parse(value, format);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(
            doc.name(), doc.position(c.node().start()) + " (" + pointer + ")",
            e.getMessage() + "; fix the string, or give the profile rule " + c.rule().where() + " another format"));
        continue;
      }
      if (content.codes().size() > InlineCodec.MAX_CODES) {
        plan.leave(c, "it holds " + content.codes().size() + " inline codes; a string carries at most "
            + InlineCodec.MAX_CODES + " through XLIFF (Okapi's readers cannot pair more)");
        continue;
      }
      strings.put(pointer, c.node());
      DedupeKey key = new DedupeKey(c.rule().kind(), format, value);
      UnitBuilder same = c.rule().dedupe() ? dedupe.get(key) : null;
      if (same != null) {
        same.pointers.add(pointer);
        same.notes.addAll(plan.notes.getOrDefault(pointer, List.of()));
        continue;
      }
      UnitBuilder b = new UnitBuilder(c, format, content, uniqueId(root, c, ids));
      for (Template t : c.rule().notes()) {
        String note = t.render(root, c.match());
        if (note != null) {
          b.notes.add(note);
        }
      }
      b.notes.addAll(plan.notes.getOrDefault(pointer, List.of()));
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
    plan.left.sort(Comparator.comparingInt(l -> l.start));
    List<Problem> left = new ArrayList<>();
    for (Left l : plan.left) {
      left.add(l.problem);
    }
    return new Extraction(
        doc, profile, units, strings,
        single(root, profile.locale()), text(single(root, profile.id())), text(single(root, profile.published())),
        plan.derived, left);
  }

  static final String WHOLE_DOCUMENT =
      "it is a whole HTML document (<html>…), not inline HTML; localize does not translate inside documents"
          + " embedded in a JSON string, because it could not put every byte of one back faithfully";

  /**
   * Whether an HTML string is a whole document rather than inline markup: after white space and
   * comments, {@code <!doctype}, {@code <html}, {@code <head} or {@code <body} (any case) ending a
   * word. A loop rather than the pattern it replaced, which recursed once per comment (100,000
   * comments ended extract in a StackOverflowError, issue 15).
   */
  static boolean isHtmlDocument(String value) {
    int i = 0;
    int n = value.length();
    while (i < n && Character.isWhitespace(value.charAt(i))) {
      i++;
    }
    if (i == n || value.charAt(i) != '<') {
      return false; // most strings start with a word
    }
    i = 0;
    while (true) {
      while (i < n && " \t\n\u000B\f\r".indexOf(value.charAt(i)) >= 0) { // \s
        i++;
      }
      if (!value.startsWith("<!--", i)) {
        break;
      }
      int end = value.indexOf("-->", i + 4);
      if (end < 0) {
        return false;
      }
      i = end + 3;
    }
    for (String start : new String[] {"<!doctype", "<html", "<head", "<body"}) {
      if (value.regionMatches(true, i, start, 0, start.length())) {
        int after = i + start.length();
        return after >= n || !isWordChar(value.charAt(after));
      }
    }
    return false;
  }

  /** {@code \w} of a Java pattern: what {@code \b} takes for part of a word. */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private record Left(int start, Problem problem) {}

  /** Strings sent once: the same text of the same kind and format (a record: no long key string to build and hash). */
  private record DedupeKey(String kind, TextFormat format, String value) {}

  /**
   * Decisions about variant groups made before units are built: which places are derived from
   * which, which are left, and the notes that tell the translator about both.
   */
  private static final class Plan {
    final StoryDocument doc;
    final Set<String> derivedPlaces = new HashSet<>();
    final Set<String> leftPlaces = new HashSet<>();
    final Map<String, List<Derivation.Derived>> derived = new LinkedHashMap<>();
    final Map<String, List<String>> notes = new HashMap<>();
    final List<Left> left = new ArrayList<>();

    Plan(StoryDocument doc) {
      this.doc = doc;
    }

    void leave(Candidate c, String why) {
      leftPlaces.add(c.match().pointer());
      left.add(new Left(c.node().start(), new Problem(
          doc.name(), doc.position(c.node().start()) + " (" + c.match().pointer() + ")", "left as is: " + why)));
    }

    /** Groups the candidates of rules with variants and decides each group. */
    void variants(List<Candidate> candidates) {
      Map<String, List<Candidate>> groups = new LinkedHashMap<>();
      for (Candidate c : candidates) {
        Variants v = c.rule().variants();
        if (v == null || c.node().value().isBlank()) {
          continue;
        }
        String group = c.rule().where() + '\u0000' + parentOf(c.match().pointer(), c.rule().path().segmentsAfterLastChoice() + 1);
        groups.computeIfAbsent(group, k -> new ArrayList<>()).add(c);
      }
      for (List<Candidate> group : groups.values()) {
        if (group.size() > 1) {
          decide(group);
        }
      }
    }

    private void decide(List<Candidate> group) {
      Variants v = group.get(0).rule().variants();
      Candidate primary = null;
      TextFormat primaryFormat = null;
      for (Candidate c : group) {
        TextFormat f = c.rule().format().formatOf(c.match());
        if (f == null || (f == TextFormat.HTML && isHtmlDocument(c.node().value())) || !parses(c.node().value(), f)) {
          continue;
        }
        if (primary == null || v.rank(f) < v.rank(primaryFormat)) {
          primary = c;
          primaryFormat = f;
        }
      }
      if (primary == null) {
        return; // nothing can be translated; each string is reported on its own
      }
      String p = primary.match().pointer();
      for (Candidate c : group) {
        if (c == primary) {
          continue;
        }
        String pointer = c.match().pointer();
        TextFormat f = c.rule().format().formatOf(c.match());
        if (f == null) {
          continue; // reported as a skipped format
        }
        Derivation how = Derivation.find(primary.node().value(), primaryFormat, c.node().value(), f, v.stripTags());
        if (how != null) {
          derivedPlaces.add(pointer);
          derived.computeIfAbsent(p, k -> new ArrayList<>()).add(new Derivation.Derived(pointer, how));
          notes.computeIfAbsent(p, k -> new ArrayList<>()).add(
              "Another representation of this text, at " + pointer + ", is made from this translation (" + how.label() + ").");
        } else if (f == TextFormat.HTML && isHtmlDocument(c.node().value())) {
          leave(c, WHOLE_DOCUMENT + "; its text is translated at " + p + ", another representation of it");
        } else if (v.keep()) {
          leave(c, "it is another representation of the text at " + p + " but cannot be made from its translation"
              + " (the two differ by more than markup), and the profile says to keep it");
        } else {
          notes.computeIfAbsent(pointer, k -> new ArrayList<>()).add(
              "Another representation of the text at " + p + "; it differs from it by more than markup, so it is translated on its own.");
        }
      }
    }

    private static boolean parses(String value, TextFormat f) {
      try {
        InlineCodec.parse(value, f);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    /** {@code pointer} without its last {@code n} segments. */
    private static String parentOf(String pointer, int n) {
      String p = pointer;
      for (int i = 0; i < n; i++) {
        p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
      }
      return p;
    }
  }

  /** The locale a story declares where its profile says, or null: without extracting anything. */
  public static String declaredLocale(StoryDocument doc, Profile profile) {
    return text(single(doc.root(), profile.locale()));
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
    for (int i = 0; i < id.length(); i += Character.charCount(id.codePointAt(i))) {
      int cp = id.codePointAt(i);
      sb.append((cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_')) ? (char) cp : '_');
    }
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
