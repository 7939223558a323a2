package org.localize.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.localize.Localizer;
import org.localize.diag.LocalizeException;
import org.localize.io.InputFiles;
import org.localize.story.Extraction;
import org.localize.story.StoryDocument;
import org.localize.story.StoryReader;
import org.localize.tm.Memory;
import org.localize.tm.Tmx;
import org.localize.xliff.XliffDocument;
import org.localize.xliff.XliffReader;

/**
 * One file a command reads, given on the command line: a path, or "-" for standard input. A file
 * is read by the readers' own methods (their caps, their messages); standard input is read once,
 * under the same cap, and named {@code <stdin>} in messages. What a file's name tells (an XLIFF by
 * its extension) standard input's content tells ({@link #isXliff}).
 */
final class InputFile {
  private final Path path;
  private final StandardInput stdin;
  private final String role;
  private byte[] bytes;

  private InputFile(Path path, StandardInput stdin, String role) {
    this.path = path;
    this.stdin = stdin;
    this.role = role;
  }

  /** {@code arg} ("-" or a path) as the input {@code role} ("the story"); null when arg is null. */
  static InputFile of(String arg, Main main, String role) {
    if (arg == null) {
      return null;
    }
    return StandardInput.is(arg) ? new InputFile(null, main.in, role) : new InputFile(Path.of(arg), null, role);
  }

  /** A file (never standard input). */
  static InputFile of(Path path, String role) {
    return path == null ? null : new InputFile(path, null, role);
  }

  boolean isStdin() {
    return path == null;
  }

  /** The path; null for standard input (which {@link org.localize.io.OutputPlan} leaves out). */
  Path path() {
    return path;
  }

  /** The name in messages: the path as given, or {@code <stdin>}. */
  String name() {
    return path == null ? StandardInput.NAME : path.toString();
  }

  /** The file name alone ({@code story.en.json}), or {@code <stdin>}. */
  String fileName() {
    return path == null ? StandardInput.NAME : path.getFileName().toString();
  }

  /**
   * Whether it is a translated XLIFF file rather than a story: a file by its extension (.xlf,
   * .xliff, .sdlxliff, .mqxliff), standard input by its content (XML rather than JSON).
   */
  boolean isXliff() {
    if (path != null) {
      return Checking.isXliff(path);
    }
    return "xml".equals(kind(read("a story (JSON) or a translated XLIFF file", XliffReader.MAX_FILE, "XLIFF files and stories larger than "
        + (XliffReader.MAX_FILE >> 20) + " MiB are refused")));
  }

  /** Whether its name says JSON ({@code *.json}); standard input: whether its content is not XML. */
  boolean isJson() {
    if (path != null) {
      return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
    return !isXliff();
  }

  /** Reads a story and finds its units, as {@link Localizer#read(Path, String, boolean)}. */
  Extraction story(String profile, boolean lastDuplicateKeyWins) {
    if (path != null) {
      return Localizer.read(path, profile, lastDuplicateKeyWins);
    }
    return Localizer.extract(document(lastDuplicateKeyWins), profile);
  }

  /** Reads a story's JSON without finding its units (a translation, read where the source's profile says). */
  StoryDocument document(boolean lastDuplicateKeyWins) {
    StoryReader.DuplicateKeys policy = lastDuplicateKeyWins ? StoryReader.DuplicateKeys.LAST : StoryReader.DuplicateKeys.REFUSE;
    if (path != null) {
      return StoryReader.read(path, policy);
    }
    return StoryReader.parse(StandardInput.NAME, read("a story JSON file", StoryReader.MAX_FILE,
        "story files larger than " + (StoryReader.MAX_FILE >> 20) + " MiB are refused (is this a story?)"), policy);
  }

  /** Reads a translated XLIFF file of either version. */
  XliffDocument xliff() {
    if (path != null) {
      return Localizer.readXliff(path);
    }
    return Localizer.parseXliff(StandardInput.NAME, xliffBytes());
  }

  /** The bytes of an XLIFF file, under the XLIFF reader's cap. */
  byte[] xliffBytes() {
    if (path != null) {
      return InputFiles.read(path, "an XLIFF file", XliffReader.MAX_FILE,
          "XLIFF files larger than " + (XliffReader.MAX_FILE >> 20) + " MiB are refused (a story's XLIFF is a few hundred KiB)");
    }
    return read("an XLIFF file", XliffReader.MAX_FILE,
        "XLIFF files larger than " + (XliffReader.MAX_FILE >> 20) + " MiB are refused (a story's XLIFF is a few hundred KiB)");
  }

  /** Reads a TMX memory. */
  Memory memory() {
    if (path != null) {
      return Tmx.read(path);
    }
    return Tmx.parse(StandardInput.NAME, read("a TMX file", Tmx.MAX_FILE,
        "memories larger than " + (Tmx.MAX_FILE >> 20) + " MiB are refused (is this a translation memory?)"));
  }

  /** The bytes of a file of any kind (as {@link InputFiles#read(Path, String, long, String)}). */
  byte[] bytes(String what, long max, String tooLarge) {
    return path != null ? InputFiles.read(path, what, max, tooLarge) : read(what, max, tooLarge);
  }

  /** Standard input's bytes, read once and kept (the first read's cap and words hold). */
  private byte[] read(String what, long max, String tooLarge) {
    if (bytes == null) {
      bytes = stdin.read(role, what, max, tooLarge);
    }
    return bytes;
  }

  /**
   * What a file holds, from its first characters: "xml" (a {@code <} first, after a byte order
   * mark and white space), "json" (anything else).
   */
  static String kind(byte[] b) {
    String head;
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      head = new String(b, 2, Math.min(b.length - 2, 256), StandardCharsets.UTF_16BE);
    } else if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      head = new String(b, 2, Math.min(b.length - 2, 256), StandardCharsets.UTF_16LE);
    } else {
      head = new String(b, 0, Math.min(b.length, 256), StandardCharsets.UTF_8);
    }
    head = head.replace("\uFEFF", "").stripLeading();
    return head.startsWith("<") ? "xml" : "json";
  }

  /**
   * The local name of the root element of XML bytes ({@code tmx}, {@code xliff}), or "" when it
   * cannot be told (the reader then says what is wrong). Comments, processing instructions and a
   * DOCTYPE before it are skipped, never read.
   */
  static String rootElement(byte[] b) {
    String text;
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      text = new String(b, 2, Math.min(b.length - 2, 8192), StandardCharsets.UTF_16BE);
    } else if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      text = new String(b, 2, Math.min(b.length - 2, 8192), StandardCharsets.UTF_16LE);
    } else {
      text = new String(b, 0, Math.min(b.length, 8192), StandardCharsets.UTF_8);
    }
    int i = 0;
    while (true) {
      int lt = text.indexOf('<', i);
      if (lt < 0 || lt + 1 >= text.length()) {
        return "";
      }
      char c = text.charAt(lt + 1);
      if (c == '?') {
        i = endOf(text, "?>", lt);
      } else if (text.startsWith("<!--", lt)) {
        i = endOf(text, "-->", lt);
      } else if (c == '!') {
        i = endOf(text, ">", lt);
      } else {
        int end = lt + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>' && text.charAt(end) != '/') {
          end++;
        }
        String name = text.substring(lt + 1, end);
        return name.substring(name.indexOf(':') + 1);
      }
      if (i < 0) {
        return "";
      }
    }
  }

  private static int endOf(String text, String end, int from) {
    int at = text.indexOf(end, from + 2);
    return at < 0 ? -1 : at + end.length();
  }

  /** Refuses standard input where an output's name would come from the input's (exit 2). */
  static LocalizeException needsOutput(String what, String defaultName) {
    return LocalizeException.usage(what + " comes from standard input, so there is no name to put " + defaultName
        + " beside: give -o FILE, or -o - for standard output");
  }
}
