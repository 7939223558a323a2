package org.localize.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.localize.story.JsonNode.ArrayNode;
import org.localize.story.JsonNode.Member;
import org.localize.story.JsonNode.ObjectNode;

/**
 * A compiled path of the profile rule language: a subset of JSONPath (RFC 9535) that covers what
 * newsroom formats need.
 *
 * <pre>
 *   $                      the document
 *   .name  ['name']        a member; names may hold * as a wildcard (.body_*)
 *   .*  [*]                every member of an object, every element of an array
 *   [2]  [-1]              an array element (negative counts from the end)
 *   ..name  ..*            the member at any depth below (descendants)
 *   ['a','b']              the members a and b, in that order (a union)
 *   [?(@.type == 'photo')] elements (or member values) for which the filter holds:
 *                          == != , in ['a','b'], &amp;&amp; || ! ( ), @.x alone = "exists and not
 *                          null/false"
 * </pre>
 */
public final class Path {
  private final String text;
  private final List<Step> steps;

  private Path(String text, List<Step> steps) {
    this.text = text;
    this.steps = List.copyOf(steps);
  }

  /** Compiles {@code text}; throws {@link PathSyntaxException} with the offset of the mistake. */
  public static Path compile(String text) {
    return new PathParser(text).parsePath();
  }

  @Override
  public String toString() {
    return text;
  }

  /** A node reached by a path: the node, its JSON pointer, and the object that holds it. */
  public record Match(JsonNode node, String pointer, ObjectNode holder) {}

  /**
   * Calls {@code sink} for every node the path reaches from {@code root}, in document order. A
   * descendant step goes through each node once however many of the nodes before it lie above it
   * ({@code $..*..*} would otherwise reach a node once per ancestor, and {@code $..*..*..*} cost
   * the cube of the depth): the matches are those of JSONPath without its repetitions, each where it
   * first came.
   */
  public void evaluate(JsonNode root, Consumer<Match> sink) {
    evaluate(root, "", sink);
  }

  /**
   * As {@link #evaluate(JsonNode, Consumer)} from a node that is not the story's root: {@code base}
   * is its JSON pointer, so that the matches' pointers are the story's.
   */
  public void evaluate(JsonNode root, String base, Consumer<Match> sink) {
    @SuppressWarnings("unchecked")
    Set<JsonNode>[] visited = new Set[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof DescendantStep) {
        visited[i] = Collections.newSetFromMap(new IdentityHashMap<>());
      }
    }
    walk(root, Pointer.of(base), null, 0, sink, visited);
  }

  /** The nodes the path reaches, in document order. */
  public List<Match> evaluate(JsonNode root) {
    List<Match> out = new ArrayList<>();
    evaluate(root, out::add);
    return out;
  }

  /** {@code visited}: per descendant step, the nodes it has gone through in this evaluation. */
  private void walk(JsonNode node, Pointer pointer, ObjectNode holder, int step, Consumer<Match> sink,
      Set<JsonNode>[] visited) {
    if (step == steps.size()) {
      sink.accept(new Match(node, pointer.text(), holder));
      return;
    }
    Next next = (n, p, h) -> walk(n, p, h, step + 1, sink, visited);
    if (steps.get(step) instanceof DescendantStep d) {
      d.apply(node, pointer, holder, next, visited[step]);
    } else {
      steps.get(step).apply(node, pointer, holder, next);
    }
  }

  interface Next {
    void accept(JsonNode node, Pointer pointer, ObjectNode holder);
  }

  /**
   * The JSON pointer of a node a path goes through, written out only when the node is reached (a
   * match): a descendant step goes through every node of a story, and writing each one's pointer
   * (its parent's, escaped name appended) was a third of extracting an Apple News story of 100 KB.
   */
  static final class Pointer {
    private final Pointer parent;
    private final String name; // null for an array index
    private final int index;
    private String text;

    private Pointer(Pointer parent, String name, int index, String text) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.text = text;
    }

    static Pointer of(String text) {
      return new Pointer(null, null, 0, text);
    }

    Pointer child(String name) {
      return new Pointer(this, name, 0, null);
    }

    Pointer child(int index) {
      return new Pointer(this, null, index, null);
    }

    /** As {@link JsonPointer#child} would have written it from the parent's text; kept once written. */
    String text() {
      if (text == null) {
        text = name == null ? JsonPointer.child(parent.text(), index) : JsonPointer.child(parent.text(), name);
      }
      return text;
    }
  }

  /** One step of a path. */
  sealed interface Step {
    void apply(JsonNode node, Pointer pointer, ObjectNode holder, Next next);
  }

  /** A member by exact name or by a name pattern with wildcards. */
  record MemberStep(String name, Glob glob) implements Step {
    @Override
    public void apply(JsonNode node, Pointer pointer, ObjectNode holder, Next next) {
      if (!(node instanceof ObjectNode obj)) {
        return;
      }
      for (Member m : obj.members()) {
        if (glob == null ? m.name().equals(name) : glob.matches(m.name())) {
          next.accept(m.value(), pointer.child(m.name()), obj);
        }
      }
    }
  }

  /**
   * The members named, in the order named (not the document's): {@code $.meta['published','created']}
   * reaches {@code published} first, so a profile's single-value paths can name fallbacks.
   */
  record UnionStep(List<String> names) implements Step {
    @Override
    public void apply(JsonNode node, Pointer pointer, ObjectNode holder, Next next) {
      if (!(node instanceof ObjectNode obj)) {
        return;
      }
      for (String name : names) {
        JsonNode value = obj.get(name);
        if (value != null) {
          next.accept(value, pointer.child(name), obj);
        }
      }
    }
  }

  /** Every member value or array element. */
  record WildcardStep() implements Step {
    @Override
    public void apply(JsonNode node, Pointer pointer, ObjectNode holder, Next next) {
      if (node instanceof ObjectNode obj) {
        for (Member m : obj.members()) {
          next.accept(m.value(), pointer.child(m.name()), obj);
        }
      } else if (node instanceof ArrayNode arr) {
        for (int i = 0; i < arr.elements().size(); i++) {
          next.accept(arr.elements().get(i), pointer.child(i), holder);
        }
      }
    }
  }

  /** One array element by index. */
  record IndexStep(int index) implements Step {
    @Override
    public void apply(JsonNode node, Pointer pointer, ObjectNode holder, Next next) {
      if (node instanceof ArrayNode arr) {
        int i = index < 0 ? arr.elements().size() + index : index;
        if (i >= 0 && i < arr.elements().size()) {
          next.accept(arr.elements().get(i), pointer.child(i), holder);
        }
      }
    }
  }

  /** Elements or member values for which a filter holds. */
  record FilterStep(Filter filter) implements Step {
    @Override
    public void apply(JsonNode node, Pointer pointer, ObjectNode holder, Next next) {
      if (node instanceof ArrayNode arr) {
        for (int i = 0; i < arr.elements().size(); i++) {
          JsonNode e = arr.elements().get(i);
          if (filter.test(e)) {
            next.accept(e, pointer.child(i), holder);
          }
        }
      } else if (node instanceof ObjectNode obj) {
        for (Member m : obj.members()) {
          if (filter.test(m.value())) {
            next.accept(m.value(), pointer.child(m.name()), obj);
          }
        }
      }
    }
  }

  /** The node itself and every node below it, each followed by {@code inner}. */
  record DescendantStep(Step inner) implements Step {
    @Override
    public void apply(JsonNode node, Pointer pointer, ObjectNode holder, Next next) {
      apply(node, pointer, holder, next, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** As {@link #apply(JsonNode, Pointer, ObjectNode, Next)}, skipping the nodes in {@code visited} (and below them). */
    void apply(JsonNode node, Pointer pointer, ObjectNode holder, Next next, Set<JsonNode> visited) {
      if (!visited.add(node)) {
        return; // reached before from a node higher up: it and everything below it are done
      }
      inner.apply(node, pointer, holder, next);
      if (node instanceof ObjectNode obj) {
        for (Member m : obj.members()) {
          apply(m.value(), pointer.child(m.name()), obj, next, visited);
        }
      } else if (node instanceof ArrayNode arr) {
        for (int i = 0; i < arr.elements().size(); i++) {
          apply(arr.elements().get(i), pointer.child(i), holder, next, visited);
        }
      }
    }
  }

  /**
   * How many pointer segments the matches of this path have after its last step that can reach more
   * than one node ({@code *}, a glob, a union, a filter), so that strings differing only there can
   * be grouped as representations of one text; -1 when the path has no such step or its tail has
   * no fixed length (a descendant step).
   */
  int segmentsAfterLastChoice() {
    int count = 0;
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step s = steps.get(i);
      if (s instanceof WildcardStep || s instanceof FilterStep || s instanceof UnionStep
          || (s instanceof MemberStep m && m.glob() != null)) {
        return count;
      }
      if (s instanceof DescendantStep) {
        return -1;
      }
      count++;
    }
    return -1;
  }

  /** The steps, in order (for the tests' naive evaluation). */
  List<Step> steps() {
    return steps;
  }

  static Path of(String text, List<Step> steps) {
    return new Path(text, steps);
  }
}
