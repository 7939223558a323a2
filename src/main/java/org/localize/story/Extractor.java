package org.localize.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.localize.diag.LocalizeException;
import org.localize.diag.Problem;
import org.localize.story.JsonNode.ArrayNode;
import org.localize.story.JsonNode.ObjectNode;
import org.localize.story.JsonNode.ScalarNode;
import org.localize.story.JsonNode.StringNode;
import org.localize.unit.Content;
import org.localize.unit.InlineCodec;
import org.localize.unit.TextFormat;
import org.localize.unit.Unit;

/**
 * Applies a {@link Profile} to a {@link StoryDocument}: finds every translatable string, parses
 * its inline markup, and groups identical strings into one unit where the rule says so.
 *
 * <p>A story whose top level is an array (a list response, such as WordPress's {@code ?slug=}) is
 * read as a list of documents of the profile: its paths apply to each element, unit ids carry the
 * element's index when there are several.
 */
public final class Extractor {
  private Extractor() {}

  /** One document of a story: its root, the pointer of that root, and its index in a list (-1: the story itself). */
  private record Doc(JsonNode root, String base, int index) {}

  private record Candidate(Rule rule, Path.Match match, StringNode node, Doc doc) {}

  /** The documents of a story: the story itself, or the elements of a top-level array. */
  private static List<Doc> documents(JsonNode root) {
    if (root instanceof ArrayNode array) {
      List<Doc> docs = new ArrayList<>();
      for (int i = 0; i < array.elements().size(); i++) {
        docs.add(new Doc(array.elements().get(i), JsonPointer.child("", i), i));
      }
      return docs;
    }
    return List.of(new Doc(root, "", -1));
  }

  /** Extracts the units of {@code doc}; every wrong-typed field is reported, not just the first. */
  public static Extraction extract(StoryDocument doc, Profile profile) {
    List<Doc> docs = documents(doc.root());
    List<Problem> problems = new ArrayList<>();
    Set<String> skipped = new HashSet<>();
    for (Doc d : docs) {
      for (Path skip : profile.skip()) {
        skip.evaluate(d.root(), d.base(), m -> skipped.add(m.pointer()));
      }
    }
    Map<String, Candidate> byPointer = new LinkedHashMap<>();
    for (Rule rule : profile.rules()) {
      for (Doc d : docs) {
        rule.path().evaluate(d.root(), d.base(), match -> {
          if (skipped.contains(match.pointer()) || byPointer.containsKey(match.pointer())) {
            return; // the first rule that selects a string decides what it is
          }
          if (match.node() instanceof StringNode s) {
            byPointer.put(match.pointer(), new Candidate(rule, match, s, d));
          } else if (!(match.node() instanceof ScalarNode sc && sc.isNull())) {
            problems.add(new Problem(
                doc.name(),
                doc.position(match.node().start()) + " (" + match.pointer() + ")",
                "a " + rule.kind() + " must be a string, found " + JsonNode.describe(match.node())
                    + "; fix the story, or the profile rule " + rule.where()));
          }
        });
      }
    }
    List<Candidate> candidates = new ArrayList<>(byPointer.values());
    candidates.sort(Comparator.comparingInt(c -> c.node().start()));

    Plan plan = new Plan(doc);
    plan.variants(candidates);
    Map<String, JsonNode.StringNode> strings = new HashMap<>();
    Map<DedupeKey, UnitBuilder> dedupe = new HashMap<>();
    List<UnitBuilder> builders = new ArrayList<>();
    Map<String, List<Extraction.RangeBinding>> rangeBindings = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    // range objects found from the document, by document and rule, indexed by the value they name
    Map<String, Map<String, List<Path.Match>>> joined = new HashMap<>();
    Map<String, String> rangeOwners = new HashMap<>(); // range object → the string it was bound to
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
      List<Range> ranges = ranges(doc, profile, c, format, plan, joined, rangeOwners);
      InlineCodec.Parsed parsed;
      try {
        parsed = InlineCodec.parse(value, format, options(c.rule(), ranges));
      } catch (IllegalArgumentException e) {
        if (format == TextFormat.XML) { // a broken wire document is left, not the whole story refused
          plan.leave(c, e.getMessage() + "; it is not translated");
          continue;
        }
        problems.add(new Problem(
            doc.name(), doc.position(c.node().start()) + " (" + pointer + ")",
            e.getMessage() + "; fix the string, or give the profile rule " + c.rule().where() + " another format"));
        continue;
      }
      Content content = parsed.content();
      if (content.codes().size() > InlineCodec.MAX_CODES) {
        plan.leave(c, "it holds " + content.codes().size() + " inline codes; a string carries at most "
            + InlineCodec.MAX_CODES + " through XLIFF (Okapi's readers cannot pair more)");
        continue;
      }
      strings.put(pointer, c.node());
      if (!ranges.isEmpty()) {
        List<Extraction.RangeBinding> bound = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
          Range r = ranges.get(i);
          InlineCodec.SpanCodes codes = parsed.spans().get(i);
          bound.add(new Extraction.RangeBinding(r.pointer(), r.start(), r.length(), codes.start(), codes.end()));
        }
        rangeBindings.put(pointer, bound);
      }
      // a string with ranges is a unit of its own: the ranges of each place follow its own translation
      boolean dedupeIt = c.rule().dedupe() && ranges.isEmpty();
      DedupeKey key = new DedupeKey(c.rule().kind(), format, value);
      UnitBuilder same = dedupeIt ? dedupe.get(key) : null;
      if (same != null) {
        same.pointers.add(pointer);
        same.notes.addAll(plan.notes.getOrDefault(pointer, List.of()));
        continue;
      }
      UnitBuilder b = new UnitBuilder(c, format, content, uniqueId(c, docs.size() > 1, ids));
      for (Template t : c.rule().notes()) {
        String note = t.render(c.doc().root(), c.match());
        if (note != null) {
          b.notes.add(note);
        }
      }
      b.notes.addAll(plan.notes.getOrDefault(pointer, List.of()));
      if (!ranges.isEmpty()) {
        b.notes.add("The <range> codes mark where the article styles, links or anchors characters ("
            + ranges.size() + (ranges.size() == 1 ? " range" : " ranges") + "): put them around the words that"
            + " correspond in the translation; merge recomputes the ranges from them.");
      }
      builders.add(b);
      if (dedupeIt) {
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
    for (StoryDocument.Duplicate d : doc.duplicates()) {
      plan.left.add(new Left(d.start(), new Problem(doc.name(), doc.position(d.start()) + " (" + d.pointer() + ")",
          "left as is: its key appears again at " + doc.position(d.laterStart()) + " in the same object; as JSON parsers"
              + " do (--allow-duplicate-keys), the last one counts, so this earlier value is neither read nor translated")));
    }
    plan.left.sort(Comparator.comparingInt(l -> l.start));
    List<Problem> left = new ArrayList<>();
    for (Left l : plan.left) {
      left.add(l.problem);
    }
    List<StringNode> locales = new ArrayList<>();
    for (Doc d : docs) {
      StringNode n = single(d.root(), profile.locale());
      if (n != null) {
        locales.add(n);
      }
    }
    Doc first = docs.isEmpty() ? new Doc(doc.root(), "", -1) : docs.get(0);
    return new Extraction(
        doc, profile, units, strings,
        locales.isEmpty() ? null : locales.get(0), text(single(first.root(), profile.id())),
        text(single(first.root(), profile.published())),
        plan.derived, left, rangeBindings, locales.size() > 1 ? locales.subList(1, locales.size()) : List.of());
  }

  /** The codec's options for a string of {@code rule}: its attributes, and the spans of its ranges. */
  private static InlineCodec.Options options(Rule rule, List<Range> ranges) {
    if (ranges.isEmpty() && rule.attributes().isEmpty()) {
      return InlineCodec.Options.NONE;
    }
    List<InlineCodec.Span> spans = new ArrayList<>(ranges.size());
    for (Range r : ranges) {
      spans.add(new InlineCodec.Span(r.from(), r.to()));
    }
    return new InlineCodec.Options(rule.attributes(), spans);
  }

  /** A range over a string: its object's pointer, its numbers, and the characters [from, to) it covers. */
  private record Range(String pointer, ScalarNode start, ScalarNode length, int from, int to) {}

  /**
   * The ranges the profile finds over the string of {@code c}; a range the tool cannot carry (not
   * whole numbers, outside the text, in a MessageFormat string) is left as it is, with a note.
   */
  private static List<Range> ranges(StoryDocument doc, Profile profile, Candidate c, TextFormat format, Plan plan,
      Map<String, Map<String, List<Path.Match>>> joined, Map<String, String> owners) {
    if (profile.ranges().isEmpty() || c.match().holder() == null) {
      return List.of();
    }
    String pointer = c.match().pointer();
    String holderPointer = pointer.substring(0, pointer.lastIndexOf('/'));
    String name = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    if (c.match().holder().get(name) != c.node()) {
      return List.of(); // an element of an array: it has no object of its own to hold ranges
    }
    List<Range> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Profile.RangeRule rule : profile.ranges()) {
      List<Path.Match> found = new ArrayList<>();
      if (rule.relative()) {
        rule.path().evaluate(c.match().holder(), holderPointer, found::add);
      } else {
        String wanted = Filter.literal(Filter.resolve(c.match().holder(), rule.id()));
        if (wanted == null) {
          continue;
        }
        // the document is walked once per rule, not once per string
        Map<String, List<Path.Match>> byTarget = joined.computeIfAbsent(c.doc().base() + '\u0000' + rule.where(), k -> {
          Map<String, List<Path.Match>> index = new HashMap<>();
          rule.path().evaluate(c.doc().root(), c.doc().base(), m -> {
            String target = Filter.literal(Filter.resolve(m.node(), rule.target()));
            if (target != null) {
              index.computeIfAbsent(target, t -> new ArrayList<>()).add(m);
            }
          });
          return index;
        });
        found.addAll(byTarget.getOrDefault(wanted, List.of()));
      }
      for (Path.Match m : found) {
        if (!(m.node() instanceof ObjectNode obj) || !seen.add(m.pointer())) {
          continue;
        }
        JsonNode start = obj.get(rule.start());
        JsonNode length = obj.get(rule.length());
        if (start == null && length == null) {
          continue; // an anchor by position only, not by characters
        }
        String value = c.node().value();
        int from = whole(start);
        int len = whole(length);
        // (the place, for a range left as it is: a paragraph with a range every 20 characters has thousands that are not)
        java.util.function.Supplier<String> where = () -> doc.position(obj.start()) + " (" + m.pointer() + ")";
        String owner = owners.putIfAbsent(m.pointer(), pointer);
        if (owner != null) {
          plan.leave(m.pointer(), obj.start(), where.get(), "it would be a range over two texts, " + owner + " and " + pointer
              + " (their identifiers repeat), so it is recomputed for the first only: check it");
        } else if (from < 0 || len < 0) {
          plan.leave(m.pointer(), obj.start(), where.get(), "its " + rule.start() + " and " + rule.length()
              + " are not both whole numbers, so it is not recomputed after translation: check it");
        } else if ((long) from + len > value.length()) {
          plan.leave(m.pointer(), obj.start(), where.get(), "the range " + rule.start() + " " + from + ", " + rule.length() + " "
              + len + " lies outside its text at " + c.match().pointer() + " (" + value.length()
              + " characters), so it is not recomputed after translation: check it");
        } else if (format == TextFormat.MESSAGEFORMAT) {
          plan.leave(m.pointer(), obj.start(), where.get(), "it is a range over a MessageFormat string, which localize does"
              + " not recompute: check it after translation");
        } else {
          out.add(new Range(m.pointer(), (ScalarNode) start, (ScalarNode) length, from, from + len));
        }
      }
    }
    return out;
  }

  /**
   * A whole number ≥ 0 written as 1–9 ASCII digits, or -1 (a loop: String.matches compiles its
   * pattern at every call, twice a range).
   */
  static int whole(JsonNode n) {
    if (!(n instanceof ScalarNode s)) {
      return -1;
    }
    String literal = s.literal();
    if (literal.isEmpty() || literal.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static final String WHOLE_DOCUMENT =
      "it is a whole HTML document (<html>…), not inline HTML; localize does not translate inside documents"
          + " embedded in a JSON string, because it could not put every byte of one back faithfully";

  /**
   * Whether an HTML string is a whole document rather than inline markup: after white space and any
   * comments it starts with {@code <!doctype}, {@code <html} or {@code <head} (any case). A string
   * that starts with {@code <body>} is a fragment (the SIPA ninjs body): its body tags are codes.
   * (Was the pattern {@code ^\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head)\b}, which overflowed the
   * stack on thousands of comments; this reads the same strings in linear time.)
   */
  static boolean isHtmlDocument(String value) {
    int i = skipSpace(value, 0);
    if (startsDocument(value, i)) {
      return true;
    }
    if (!value.startsWith("<!--", i)) {
      return false;
    }
    // comments may follow one another and a comment may hold "-->": the document may start after any "-->"
    for (int end = value.indexOf("-->", i + 4); end >= 0; end = value.indexOf("-->", end + 1)) {
      if (startsDocument(value, skipSpace(value, end + 3))) {
        return true;
      }
    }
    return false;
  }

  private static int skipSpace(String value, int i) {
    while (i < value.length() && " \t\n\u000B\f\r".indexOf(value.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** Whether {@code lower} starts at {@code i} when ASCII letters are folded to lower case (and no others). */
  private static boolean startsWithAsciiFolded(String value, int i, String lower) {
    if (i + lower.length() > value.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = value.charAt(i + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code <!doctype}, {@code <html} or {@code <head} (any case), as a whole word, starts at {@code i}. */
  private static boolean startsDocument(String value, int i) {
    for (String start : new String[] {"<!doctype", "<html", "<head"}) {
      if (startsWithAsciiFolded(value, i, start)) {
        int after = i + start.length();
        if (after == value.length()) {
          return true;
        }
        int c = value.codePointAt(after);
        return !(c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
      }
    }
    return false;
  }

  private record Left(int start, Problem problem) {}

  /** Strings sent once: the same text of the same kind and format (a record: no long key string to build and hash). */
  private record DedupeKey(String kind, TextFormat format, String value) {
    // written out as the record's own would compute them: the generated ones are linked through
    // invokedynamic on first use, some milliseconds of every cold extract, merge and validate
    @Override
    public boolean equals(Object o) {
      return o instanceof DedupeKey k && java.util.Objects.equals(kind, k.kind) && format == k.format
          && java.util.Objects.equals(value, k.value);
    }

    @Override
    public int hashCode() {
      return (java.util.Objects.hashCode(kind) * 31 + java.util.Objects.hashCode(format)) * 31 + java.util.Objects.hashCode(value);
    }
  }

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
      leave(c.match().pointer(), c.node().start(), doc.position(c.node().start()) + " (" + c.match().pointer() + ")", why);
    }

    void leave(String pointer, int start, String where, String why) {
      left.add(new Left(start, new Problem(doc.name(), where, "left as is: " + why)));
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
      Content primaryContent = null;
      for (Candidate c : group) {
        TextFormat f = c.rule().format().formatOf(c.match());
        if (f == null || (f == TextFormat.HTML && isHtmlDocument(c.node().value()))) {
          continue;
        }
        Content content = parse(c.node().value(), f, c.rule());
        if (content == null) {
          continue;
        }
        if (primary == null || v.rank(f) < v.rank(primaryFormat)) {
          primary = c;
          primaryFormat = f;
          primaryContent = content;
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
        Derivation.Derived how = Derivation.find(pointer, primary.node().value(), primaryFormat, primaryContent,
            c.node().value(), f, v.stripTags());
        if (how != null) {
          derivedPlaces.add(pointer);
          derived.computeIfAbsent(p, k -> new ArrayList<>()).add(how);
          notes.computeIfAbsent(p, k -> new ArrayList<>()).add(
              "Another representation of this text, at " + pointer + ", is made from this translation (" + how.how().label() + ").");
        } else if (f == TextFormat.HTML && isHtmlDocument(c.node().value())) {
          leave(c, WHOLE_DOCUMENT + (similar(primaryContent, c.node().value(), f, c.rule())
              ? "; its text is translated at " + p + ", another representation of it"
              : "; the text at " + p + " is not the same text, so this one is not translated anywhere"));
        } else if (v.keep()) {
          leave(c, "it is another representation of the text at " + p + " but cannot be made from its translation"
              + " (the two differ by more than markup), and the profile says to keep it");
        } else if (!similar(primaryContent, c.node().value(), f, c.rule())) {
          // the profile groups them, but they are different texts (the SIPA item's two bodies):
          // each is translated on its own, and no note claims otherwise
          continue;
        } else {
          notes.computeIfAbsent(pointer, k -> new ArrayList<>()).add(
              "Another representation of the text at " + p + "; it differs from it by more than markup, so it is translated on its own.");
        }
      }
    }

    private static Content parse(String value, TextFormat f, Rule rule) {
      try {
        return InlineCodec.parse(value, f, new InlineCodec.Options(rule.attributes(), List.of())).content();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    /**
     * Whether a string is another representation of the primary's text rather than another text:
     * at least half of their words are shared (Dice coefficient of their word sets).
     */
    private static boolean similar(Content primary, String other, TextFormat f, Rule rule) {
      Content content = f == TextFormat.HTML && isHtmlDocument(other) ? Content.text(other.replaceAll("<[^>]*>", " "))
          : parse(other, f, rule);
      if (content == null) {
        return false;
      }
      Set<String> a = words(primary.plainText());
      Set<String> b = words(content.plainText());
      if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() && b.isEmpty();
      }
      int common = 0;
      for (String w : a) {
        common += b.contains(w) ? 1 : 0;
      }
      return 2.0 * common / (a.size() + b.size()) >= 0.5;
    }

    private static Set<String> words(String s) {
      Set<String> out = new HashSet<>();
      for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
      return out;
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
    List<Doc> docs = documents(doc.root());
    return text(single(docs.isEmpty() ? doc.root() : docs.get(0).root(), profile.locale()));
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

  /**
   * The rule's id template, or one made from the pointer; made unique and NMTOKEN-safe. In a list
   * of several documents a template's id starts with the document's index.
   */
  private static String uniqueId(Candidate c, boolean several, Set<String> taken) {
    String id = c.rule().id() == null ? null : c.rule().id().render(c.doc().root(), c.match());
    id = id == null ? fromPointer(c.match().pointer()) : sanitize(several ? c.doc().index() + "." + id : id);
    if (!taken.add(id)) {
      id = fromPointer(c.match().pointer());
      String base = id;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "-" + n;
      }
    }
    return id;
  }

  /** Whether {@link #sanitize} keeps {@code c} as it is. */
  private static boolean safeInId(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
  }

  static String fromPointer(String pointer) {
    return sanitize(pointer.isEmpty() ? "root" : pointer.substring(1).replace('/', '.'));
  }

  private static String sanitize(String id) {
    int safe = 0;
    while (safe < id.length() && safeInId(id.charAt(safe))) {
      safe++;
    }
    if (safe == id.length() && safe > 0) {
      return id; // already safe (most ids): not copied
    }
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
