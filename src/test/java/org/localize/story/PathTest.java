package org.localize.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The profile rule language: which nodes a path reaches, in document order, and its syntax errors. */
class PathTest {
  static final JsonNode DOC = StoryReader.parse("doc.json", ("{"
      + "\"a\": {\"b\": 1, \"c\": [10, 20, 30]},"
      + "\"body_1\": \"x\", \"body_2\": \"y\", \"bodyless\": \"z\", \"title\": \"t\", \"odd key\": \"k\","
      + "\"blocks\": ["
      + "  {\"type\": \"photo\", \"id\": \"p\", \"caption\": \"c1\", \"n\": null, \"f\": false, \"w\": 3},"
      + "  {\"type\": \"paragraph\", \"text\": \"t1\", \"meta\": {\"x\": {\"caption\": \"deep\"}}},"
      + "  {\"type\": \"quote\", \"text\": \"q\", \"w\": 3}"
      + "]}").getBytes(StandardCharsets.UTF_8)).root();

  static List<String> reach(String path) {
    return Path.compile(path).evaluate(DOC).stream().map(Path.Match::pointer).toList();
  }

  @Test
  void membersByDotAndBracket() {
    assertEquals(List.of("/title"), reach("$.title"));
    assertEquals(List.of("/title"), reach("$['title']"));
    assertEquals(List.of("/odd key"), reach("$[\"odd key\"]"));
    assertEquals(List.of("/a/b"), reach("$.a.b"));
    assertEquals(List.of(""), reach("$"));
    assertEquals(List.of(), reach("$.nope"));
    assertEquals(List.of(), reach("$.title.deeper"));
  }

  @Test
  void indexesCountFromTheEndWhenNegative() {
    assertEquals(List.of("/a/c/1"), reach("$.a.c[1]"));
    assertEquals(List.of("/a/c/2"), reach("$.a.c[-1]"));
    assertEquals(List.of("/a/c/0"), reach("$.a.c[-3]"));
    assertEquals(List.of(), reach("$.a.c[3]"));
    assertEquals(List.of(), reach("$.a.c[-4]"));
    assertEquals(List.of(), reach("$.a[0]"));
  }

  @Test
  void wildcardsReachEveryMemberAndElement() {
    assertEquals(List.of("/a/b", "/a/c"), reach("$.a.*"));
    assertEquals(List.of("/a/c/0", "/a/c/1", "/a/c/2"), reach("$.a.c[*]"));
    assertEquals(List.of("/blocks/1/text", "/blocks/2/text"), reach("$.blocks.*.text"));
  }

  @Test
  void keyGlobsMatchMemberNames() {
    assertEquals(List.of("/body_1", "/body_2"), reach("$.body_*"));
    assertEquals(List.of("/body_1", "/body_2", "/bodyless"), reach("$.body*"));
    assertEquals(List.of("/body_1", "/body_2"), reach("$['body_*']"));
  }

  @Test
  void descendantsAreFoundAtAnyDepthInDocumentOrder() {
    assertEquals(List.of("/blocks/0/caption", "/blocks/1/meta/x/caption"), reach("$..caption"));
    assertEquals(List.of("/blocks/0/w", "/blocks/2/w"), reach("$.blocks..w"));
    assertTrue(reach("$..*").contains("/blocks/1/meta/x/caption"));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " -> ", value = {
    "$.blocks[?(@.type == 'photo')] -> /blocks/0",
    "$.blocks[?(@.type == \"photo\")] -> /blocks/0",
    "$.blocks[?(@.type != 'photo')] -> /blocks/1 /blocks/2",
    "$.blocks[?(@.type in ['paragraph', 'quote'])] -> /blocks/1 /blocks/2",
    "$.blocks[?(@.type == 'quote' || @.type == 'photo')] -> /blocks/0 /blocks/2",
    "$.blocks[?(@.w == 3 && @.type != 'photo')] -> /blocks/2",
    "$.blocks[?(!(@.type == 'photo'))] -> /blocks/1 /blocks/2",
    "$.blocks[?(!@.caption)] -> /blocks/1 /blocks/2",
    "$.blocks[?(@.caption)] -> /blocks/0",
    "$.blocks[?(@.n)] -> ",
    "$.blocks[?(@.f)] -> ",
    "$.blocks[?(@.f == false)] -> /blocks/0",
    "$.blocks[?(@.n == null)] -> /blocks/0",
    "$.blocks[?(@.w == '3')] -> ",
    "$.blocks[?(@.meta.x)] -> /blocks/1",
    "$.blocks[?(@['type'] == 'paragraph')].text -> /blocks/1/text",
    "$.blocks[?(@.type == 'paragraph' || @.type == 'quote' && @.w == 3)] -> /blocks/1 /blocks/2",
    "$.a[?(@ == 1)] -> /a/b",
  })
  void filtersSelectElements(String path, String pointers) {
    assertEquals(pointers == null ? List.of() : List.of(pointers.split(" ")), reach(path.strip()));
  }

  @Test
  void filtersOnObjectsSelectMemberValues() {
    assertEquals(List.of("/blocks/1/meta/x"), reach("$.blocks[1].meta[?(@.caption == 'deep')]"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "headline           | 0  | expected '$'",
    "$ a                | 1  | expected '.', '..' or '['",
    "$.                 | 2  | expected a member name",
    "$.a[               | 4  | expected *, an index, a 'name' or a ?(filter)",
    "$.a[1              | 5  | expected ']'",
    "$['x               | 4  | unterminated string",
    "$[?(@.x == )]      | 11 | expected a value",
    "$[?(@.x == 'a']    | 14 | expected ')'",
    "$[?(x)]            | 4  | expected '@'",
  })
  void syntaxErrorsSayWhereAndWhat(String path, int offset, String message) {
    PathSyntaxException e = assertThrows(PathSyntaxException.class, () -> Path.compile(path.strip()));
    assertEquals(offset, e.offset(), e.getMessage());
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
    assertTrue(e.getMessage().endsWith("at character " + (offset + 1) + " of \"" + path.strip() + "\""), e.getMessage());
  }

  @Test
  void aPointerIsWrittenAsEachChildStepWroteItBefore() {
    java.util.Random r = new java.util.Random(18);
    String[] names = {"a", "", "~", "/", "a~1b", "x/y~z", "ж", "0", "~0"};
    for (int round = 0; round < 2_000; round++) {
      String base = r.nextBoolean() ? "" : "/blocks/" + r.nextInt(9);
      Path.Pointer pointer = Path.Pointer.of(base);
      String text = base;
      int depth = r.nextInt(8);
      for (int d = 0; d < depth; d++) {
        if (r.nextBoolean()) {
          String name = names[r.nextInt(names.length)];
          pointer = pointer.child(name);
          text = JsonPointer.child(text, name);
        } else {
          int index = r.nextInt(30);
          pointer = pointer.child(index);
          text = JsonPointer.child(text, index);
        }
        if (r.nextInt(3) == 0) {
          assertEquals(text, pointer.text()); // written half way, then on from there
        }
      }
      assertEquals(text, pointer.text());
    }
  }
}
