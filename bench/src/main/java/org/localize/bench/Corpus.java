package org.localize.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The benchmark corpus, generated the same way every time (fixed seed): photo stories of about
 * 8 KB in the native story format (headline, lead with a link, photos with caption and credit,
 * paragraphs with links, names, dates and numbers for the checks), and one live blog of about
 * 7 MB with 20,000 posts.
 */
final class Corpus {
  private Corpus() {}

  private static final String[] NAMES = {"Vladimir Putin", "Kim Jong Un", "Sergei Lavrov", "Choe Son Hui",
      "Dmitry Peskov", "Kim Yo Jong"};
  private static final String[] PLACES = {"Pyongyang", "Moscow", "Vladivostok", "Seoul", "Beijing"};
  private static final String[] WORDS = ("the a delegation met visit talks agreement partnership treaty leader "
      + "airport ceremony crowd square official reporters morning evening government minister press "
      + "state summit military economic cooperation signed welcomed motorcade flags portraits honour "
      + "guard children flowers palace hall banquet speech friendship long-term strategic").split(" ");
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  static String sentence(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = switch (r.nextInt(14)) {
        case 0 -> NAMES[r.nextInt(NAMES.length)];
        case 1 -> PLACES[r.nextInt(PLACES.length)];
        case 2 -> (1 + r.nextInt(28)) + " " + MONTHS[r.nextInt(12)];
        case 3 -> String.valueOf(2 + r.nextInt(900));
        default -> WORDS[r.nextInt(WORDS.length)];
      };
      b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      b.append(i == words - 1 ? "." : " ");
    }
    return b.toString();
  }

  static String paragraph(Random r, int sentences) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      String s = sentence(r, 8 + r.nextInt(10));
      if (i == 1) { // a link inside the paragraph
        int sp = s.indexOf(' ', s.length() / 3);
        int sp2 = s.indexOf(' ', sp + 1);
        if (sp > 0 && sp2 > sp) {
          s = s.substring(0, sp + 1) + "<a href=\"https://meduza.io/news/2024/06/" + r.nextInt(1000) + "\">"
              + s.substring(sp + 1, sp2) + "</a>" + s.substring(sp2);
        }
      }
      b.append(i == 0 ? "" : " ").append(s);
    }
    return b.toString();
  }

  /** One photo story of about {@code size} bytes. */
  static void story(OutputStream out, Random r, int n, int size) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("id", "2024-06-19-photo-story-" + n);
      g.writeStringField("locale", "en");
      g.writeStringField("published", "2024-06-19T05:30:00+03:00");
      g.writeStringField("headline", sentence(r, 9));
      g.writeStringField("lead", paragraph(r, 2));
      g.writeArrayFieldStart("blocks");
      int written = 600;
      int i = 0;
      while (written < size - 250) {
        g.writeStartObject();
        if (i % 2 == 0) {
          String caption = sentence(r, 12 + r.nextInt(8));
          g.writeStringField("id", "photo-" + i);
          g.writeStringField("type", "photo");
          g.writeStringField("src", "https://meduza.io/image/attachments/images/" + n + "/" + i + ".jpg");
          g.writeStringField("caption", caption);
          g.writeStringField("credit", NAMES[r.nextInt(NAMES.length)] + " / Sputnik / AFP / Scanpix / LETA");
          written += caption.length() + 200;
        } else {
          String text = paragraph(r, 2 + r.nextInt(2));
          g.writeStringField("id", "p" + i);
          g.writeStringField("type", "paragraph");
          g.writeStringField("text", text);
          written += text.length() + 60;
        }
        g.writeEndObject();
        i++;
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** The live blog: {@code posts} posts (paragraphs) in one story. */
  static void liveBlog(OutputStream out, Random r, int posts) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("id", "2024-06-19-live");
      g.writeStringField("locale", "en");
      g.writeStringField("published", "2024-06-19T05:30:00+03:00");
      g.writeStringField("headline", "Putin in Pyongyang: live");
      g.writeStringField("lead", paragraph(r, 2));
      g.writeArrayFieldStart("blocks");
      for (int i = 0; i < posts; i++) {
        g.writeStartObject();
        g.writeStringField("id", "post-" + i);
        g.writeStringField("type", "paragraph");
        g.writeStringField("text", paragraph(r, 2));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Writes {@code stories} stories into {@code dir}/stories and the live blog into {@code dir}/live. */
  static void generate(Path dir, int stories, int posts) throws IOException {
    Random r = new Random(7);
    Path s = Files.createDirectories(dir.resolve("stories"));
    for (int n = 0; n < stories; n++) {
      // a folder per hundred stories, as an archive is laid out
      Path d = Files.createDirectories(s.resolve(String.format("%02d", n / 100)));
      try (OutputStream o = Files.newOutputStream(d.resolve(String.format("story-%04d.en.json", n)))) {
        story(o, r, n, 8192);
      }
    }
    Path l = Files.createDirectories(dir.resolve("live"));
    try (OutputStream o = Files.newOutputStream(l.resolve("live.en.json"))) {
      liveBlog(o, r, posts);
    }
  }
}
