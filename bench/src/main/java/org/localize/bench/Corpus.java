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

  // glossary names (locales/glossary/names.json) with their Russian names, so the translation checks clean
  private static final String[][] NAMES = {{"Vladimir Putin", "Владимир Путин"}, {"Kim Jong Un", "Ким Чен Ын"},
      {"Gavriil Grigorov", "Гавриил Григоров"}, {"Kristina Kormilitsyna", "Кристина Кормильцына"}};
  private static final String[][] PLACES = {{"Pyongyang", "Пхеньян"}, {"Moscow", "Москва"}, {"Russia", "Россия"},
      {"North Korea", "Северная Корея"}};
  private static final String[] WORDS = ("the a delegation met visit talks agreement partnership treaty leader "
      + "airport ceremony crowd square official reporters morning evening government minister press "
      + "state summit military economic cooperation signed welcomed motorcade flags portraits honour "
      + "guard children flowers palace hall banquet speech friendship strategic").split(" ");
  private static final String[] SLOVA = ("и в делегация встретила визит переговоры соглашение партнерство договор лидер "
      + "аэропорт церемония толпа площадь чиновник журналисты утро вечер правительство министр пресса "
      + "государство саммит армия экономика сотрудничество подписали встретили кортеж флаги портреты почет "
      + "караул дети цветы дворец зал банкет речь дружба стратегия").split(" ");
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  private static final String[] MESYATSA = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
      "августа", "сентября", "октября", "ноября", "декабря"};

  /** A sentence in English and its (word-for-word) Russian translation. */
  static String[] sentence(Random r, int words) {
    StringBuilder en = new StringBuilder();
    StringBuilder ru = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String e;
      String t;
      switch (r.nextInt(16)) {
        case 0 -> {
          String[] n = NAMES[r.nextInt(NAMES.length)];
          e = n[0];
          t = n[1];
        }
        case 1 -> {
          String[] n = PLACES[r.nextInt(PLACES.length)];
          e = n[0];
          t = n[1];
        }
        case 2 -> {
          int m = r.nextInt(12);
          int d = 1 + r.nextInt(28);
          e = d + " " + MONTHS[m];
          t = d + " " + MESYATSA[m];
        }
        default -> {
          int w = r.nextInt(WORDS.length);
          e = WORDS[w];
          t = SLOVA[w];
        }
      }
      if (i == 0) {
        e = Character.toUpperCase(e.charAt(0)) + e.substring(1);
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
      }
      en.append(e).append(i == words - 1 ? "." : " ");
      ru.append(t).append(i == words - 1 ? "." : " ");
    }
    return new String[] {en.toString(), ru.toString()};
  }

  /** A paragraph (en, ru) with a link in its second sentence. */
  static String[] paragraph(Random r, int sentences) {
    StringBuilder en = new StringBuilder();
    StringBuilder ru = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      String[] s = sentence(r, 8 + r.nextInt(10));
      if (i == 1) {
        String href = "https://meduza.io/news/2024/06/" + r.nextInt(1000);
        s[0] = link(s[0], href);
        s[1] = link(s[1], href);
      }
      en.append(i == 0 ? "" : " ").append(s[0]);
      ru.append(i == 0 ? "" : " ").append(s[1]);
    }
    return new String[] {en.toString(), ru.toString()};
  }

  /** The last word but one, as a link. */
  private static String link(String s, String href) {
    int end = s.lastIndexOf(' ');
    int start = s.lastIndexOf(' ', end - 1);
    if (start < 0 || end < 0) {
      return s;
    }
    return s.substring(0, start + 1) + "<a href=\"" + href + "\">" + s.substring(start + 1, end) + "</a>" + s.substring(end);
  }

  /** Writes the same field into the English story and its Russian translation. */
  private static void both(JsonGenerator[] g, String field, String[] values) throws IOException {
    g[0].writeStringField(field, values[0]);
    g[1].writeStringField(field, values[1]);
  }

  private static void same(JsonGenerator[] g, String field, String value) throws IOException {
    both(g, field, new String[] {value, value});
  }

  private static JsonGenerator[] open(OutputStream en, OutputStream ru) throws IOException {
    JsonFactory f = new JsonFactory();
    JsonGenerator[] g = {f.createGenerator(en), f.createGenerator(ru)};
    for (JsonGenerator x : g) {
      x.useDefaultPrettyPrinter();
      x.writeStartObject();
    }
    return g;
  }

  private static void close(JsonGenerator[] g) throws IOException {
    for (JsonGenerator x : g) {
      x.writeEndObject();
      x.close();
    }
  }

  /** One photo story of about {@code size} bytes, and its reference translation into Russian. */
  static void story(OutputStream en, OutputStream ru, Random r, int n, int size) throws IOException {
    JsonGenerator[] g = open(en, ru);
    same(g, "id", "2024-06-19-photo-story-" + n);
    both(g, "locale", new String[] {"en", "ru"});
    same(g, "published", "2024-06-19T05:30:00+03:00");
    both(g, "headline", sentence(r, 7));
    both(g, "lead", paragraph(r, 2));
    for (JsonGenerator x : g) {
      x.writeArrayFieldStart("blocks");
    }
    int written = 600;
    int i = 0;
    while (written < size - 250) {
      for (JsonGenerator x : g) {
        x.writeStartObject();
      }
      if (i % 2 == 0) {
        String[] caption = sentence(r, 12 + r.nextInt(8));
        same(g, "id", "photo-" + i);
        same(g, "type", "photo");
        same(g, "src", "https://meduza.io/image/attachments/images/" + n + "/" + i + ".jpg");
        both(g, "caption", caption);
        String[] who = NAMES[r.nextInt(NAMES.length)];
        both(g, "credit", new String[] {who[0] + " / Sputnik / AFP / Scanpix / LETA", who[1] + " / Sputnik / AFP / Scanpix / LETA"});
        written += caption[0].length() + 200;
      } else {
        String[] text = paragraph(r, 2 + r.nextInt(2));
        same(g, "id", "p" + i);
        same(g, "type", "paragraph");
        both(g, "text", text);
        written += text[0].length() + 60;
      }
      for (JsonGenerator x : g) {
        x.writeEndObject();
      }
      i++;
    }
    for (JsonGenerator x : g) {
      x.writeEndArray();
    }
    close(g);
  }

  /** The live blog: {@code posts} posts (paragraphs) in one story, and its reference translation. */
  static void liveBlog(OutputStream en, OutputStream ru, Random r, int posts) throws IOException {
    JsonGenerator[] g = open(en, ru);
    same(g, "id", "2024-06-19-live");
    both(g, "locale", new String[] {"en", "ru"});
    same(g, "published", "2024-06-19T05:30:00+03:00");
    both(g, "headline", new String[] {"Vladimir Putin in Pyongyang: live", "Владимир Путин в Пхеньяне: онлайн"});
    both(g, "lead", paragraph(r, 2));
    for (JsonGenerator x : g) {
      x.writeArrayFieldStart("blocks");
    }
    for (int i = 0; i < posts; i++) {
      for (JsonGenerator x : g) {
        x.writeStartObject();
      }
      same(g, "id", "post-" + i);
      same(g, "type", "paragraph");
      both(g, "text", paragraph(r, 2));
      for (JsonGenerator x : g) {
        x.writeEndObject();
      }
    }
    for (JsonGenerator x : g) {
      x.writeEndArray();
    }
    close(g);
  }

  /**
   * Writes {@code stories} stories into {@code dir}/stories (a folder per hundred, as an archive is
   * laid out) and the live blog into {@code dir}/live, each {@code NAME.en.json}; their reference
   * translations go to the same paths under {@code dir}/reference, outside the folders a batch reads.
   */
  static void generate(Path dir, int stories, int posts) throws IOException {
    Random r = new Random(7);
    for (int n = 0; n < stories; n++) {
      String rel = String.format("stories/%02d/story-%04d.en.json", n / 100, n);
      try (OutputStream en = out(dir.resolve(rel)); OutputStream ru = out(dir.resolve("reference").resolve(rel))) {
        story(en, ru, r, n, 8192);
      }
    }
    try (OutputStream en = out(dir.resolve("live/live.en.json")); OutputStream ru = out(dir.resolve("reference/live/live.en.json"))) {
      liveBlog(en, ru, r, posts);
    }
  }

  private static OutputStream out(Path p) throws IOException {
    Files.createDirectories(p.getParent());
    return new java.io.BufferedOutputStream(Files.newOutputStream(p));
  }
}
