package org.localize.review;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.localize.Version;
import org.localize.diag.Finding;
import org.localize.diag.Severity;
import org.localize.report.Summary;
import org.localize.review.Layout.Group;
import org.localize.review.Layout.Image;
import org.localize.review.Layout.Place;
import org.localize.unit.TextFormat;

/**
 * The review page: one self-contained HTML file showing the story as readers see it, source and
 * translation side by side per unit in story order, every finding marked at its span in the
 * translation and listed under it, a summary by family and severity that links to each finding,
 * and filters.
 *
 * <p>Nothing leaves the machine but the requests for the story's own photos: the page carries a
 * Content-Security-Policy that allows no fetch, font, frame or connection, images only from the
 * photos' origins and {@code data:}, and the one inline style sheet and one inline script by their
 * SHA-256 hashes. Hashes rather than {@code 'unsafe-inline'}: the story is untrusted text, and should
 * an escaping bug ever let markup through, a hash-only policy still refuses to run or style it.
 */
public final class ReviewPage {
  private static final List<String> FAMILIES =
      List.of("names", "dates", "numbers", "typography", "markup", "completeness", "length");
  private static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);
  private static final String CSS = resource("review.css");
  private static final String JS = resource("review.js");

  private ReviewPage() {}

  /** A finding with its number on the page (1.., in story order) and the place it is shown at. */
  private record Numbered(int number, Finding finding, String where) {}

  /** The page for {@code review}, as a string (write it as UTF-8). */
  public static String render(Review review) {
    List<Group> groups = Layout.of(review);
    Map<String, List<Finding>> byUnit = new LinkedHashMap<>();
    for (Finding f : review.findings()) {
      byUnit.computeIfAbsent(f.unit(), k -> new ArrayList<>()).add(f);
    }
    // number the findings in reading order; a finding whose place is not on the page is listed apart
    Map<Finding, Numbered> numbers = new IdentityHashMap<>(); // two equal findings are still two
    List<Numbered> all = new ArrayList<>();
    Map<String, Boolean> shown = new HashMap<>();
    for (Group g : groups) {
      for (Place p : g.places()) {
        if (shown.put(p.pointer(), true) != null) {
          continue;
        }
        for (Finding f : ordered(byUnit.getOrDefault(p.pointer(), List.of()))) {
          String kind = Layout.human(p.kind());
          Numbered n = new Numbered(numbers.size() + 1, f, g.title().equals(kind) ? kind : g.title() + " · " + kind);
          numbers.put(f, n);
          all.add(n);
        }
      }
    }
    List<Numbered> unplaced = new ArrayList<>();
    for (Finding f : review.findings()) {
      if (!numbers.containsKey(f)) {
        Numbered n = new Numbered(numbers.size() + 1, f, f.unit());
        numbers.put(f, n);
        all.add(n);
        unplaced.add(n);
      }
    }

    Set<String> origins = new TreeSet<>();
    for (Group g : groups) {
      if (g.image() != null && g.image().src() != null) {
        origins.add(Html.origin(g.image().src()));
      }
    }
    String csp = "default-src 'none'; img-src data:" + (origins.isEmpty() ? "" : " " + String.join(" ", origins))
        + "; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS) + "'; base-uri 'none'; form-action 'none'";

    String src = review.sourceLocale();
    String tgt = review.targetLocale();
    String srcName = ULocale.forLanguageTag(src).getDisplayName(ULocale.ENGLISH);
    String tgtName = ULocale.forLanguageTag(tgt).getDisplayName(ULocale.ENGLISH);
    String title = storyTitle(review, groups);
    Summary summary = Summary.of(review.pairs().size(), review.findings());

    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.attr(csp)).append("\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta name=\"color-scheme\" content=\"light dark\">\n");
    h.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.append("<meta name=\"generator\" content=\"localize ").append(Html.attr(Version.VERSION)).append("\">\n");
    h.append("<title>Review ").append(Html.text(src)).append(" → ").append(Html.text(tgt)).append(": ")
        .append(Html.text(title)).append("</title>\n");
    h.append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<a class=\"skip\" href=\"#story\">Skip to the story</a>\n");

    // header
    h.append("<header class=\"page\">\n<p class=\"eyebrow\">Translation review · ").append(Html.text(srcName))
        .append(" → ").append(Html.text(tgtName)).append("</p>\n");
    h.append("<h1>").append(Html.text(title)).append("</h1>\n<dl class=\"facts\">\n");
    fact(h, "Source", review.sourceFile() + " (" + src + ")");
    fact(h, "Translation", review.targetFile() + " (" + tgt + ")");
    if (review.source().storyId() != null) {
      fact(h, "Story", review.source().storyId());
    }
    if (review.published() != null) {
      fact(h, "Published", review.published());
    }
    h.append("</dl>\n</header>\n");

    nav(h, summary, all);

    // the story
    h.append("<main id=\"story\" aria-labelledby=\"story-h\">\n<h2 id=\"story-h\">The story, side by side</h2>\n");
    h.append("<div class=\"columns\" aria-hidden=\"true\"><div>").append(Html.text(srcName)).append(" · source</div><div>")
        .append(Html.text(tgtName)).append(" · translation</div></div>\n");
    String srcLabel = srcName + " (source)";
    String tgtLabel = tgtName + " (translation)";
    boolean rtl = ULocale.forLanguageTag(tgt).isRightToLeft();
    boolean srcRtl = ULocale.forLanguageTag(src).isRightToLeft();
    int groupNo = 0;
    Map<String, Boolean> drawn = new HashMap<>();
    for (Group g : groups) {
      groupNo++;
      String cls = "group" + (g.type() != null ? " t-" + token(g.type()) : "") + (g.image() != null ? " photo" : "");
      h.append("<section class=\"").append(cls).append("\" id=\"g").append(groupNo).append("\" aria-labelledby=\"g")
          .append(groupNo).append("-h\">\n<h3 id=\"g").append(groupNo).append("-h\">").append(Html.text(g.title()))
          .append("</h3>\n");
      if (g.image() != null) {
        h.append("<figure>\n");
        image(h, g.image(), src);
        h.append("<figcaption>\n");
      }
      for (Place p : g.places()) {
        boolean first = drawn.put(p.pointer(), true) == null;
        List<Finding> fs = first ? ordered(byUnit.getOrDefault(p.pointer(), List.of())) : List.of();
        unit(h, p, fs, numbers, src, tgt, srcLabel, tgtLabel, srcRtl, rtl, g.places().size() > 1);
      }
      if (g.image() != null) {
        h.append("</figcaption>\n</figure>\n");
      }
      h.append("</section>\n");
    }
    if (!unplaced.isEmpty()) {
      h.append("<section class=\"group\" id=\"unplaced\" aria-labelledby=\"unplaced-h\">\n<h3 id=\"unplaced-h\">")
          .append("Findings at places the page does not show</h3>\n<ol class=\"findings\">\n");
      for (Numbered n : unplaced) {
        finding(h, n, tgt, true);
      }
      h.append("</ol>\n</section>\n");
    }
    h.append("</main>\n<footer class=\"page\"><p>Made by localize ").append(Html.text(Version.VERSION))
        .append(" from ").append(Html.text(review.sourceFile())).append(" and ").append(Html.text(review.targetFile()))
        .append(". Photos load from their own addresses; offline, a placeholder stands in.</p></footer>\n");
    h.append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void nav(StringBuilder h, Summary summary, List<Numbered> all) {
    h.append("<nav class=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Findings</h2>\n");
    h.append("<p class=\"sentence\">").append(Html.text(summary.sentence())).append("</p>\n");
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String fam : FAMILIES) {
      if (summary.byFamily().containsKey(fam)) {
        counts.put(fam, new int[SEVERITIES.size()]);
      }
    }
    for (Numbered n : all) {
      counts.computeIfAbsent(family(n.finding()), k -> new int[SEVERITIES.size()])[SEVERITIES.indexOf(n.finding().severity())]++;
    }
    if (!counts.isEmpty()) {
      h.append("<div class=\"overview\">\n<table class=\"counts\">\n<caption>Findings by family and severity</caption>\n<thead><tr><th scope=\"col\">Family</th>");
      for (Severity s : SEVERITIES) {
        h.append("<th scope=\"col\" class=\"num\">").append(plural(s)).append("</th>");
      }
      h.append("<th scope=\"col\" class=\"num\">All</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        h.append("<tr><th scope=\"row\"><a href=\"#fam-").append(token(e.getKey())).append("\">").append(Html.text(Layout.human(e.getKey())))
            .append("</a></th>");
        int total = 0;
        for (int i = 0; i < SEVERITIES.size(); i++) {
          int c = e.getValue()[i];
          total += c;
          h.append("<td class=\"num").append(c > 0 ? " sev-" + SEVERITIES.get(i).label() : "").append("\">")
              .append(c == 0 ? "–" : Integer.toString(c)).append("</td>");
        }
        h.append("<td class=\"num\">").append(total).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");

      h.append("<form id=\"filters\" class=\"filters\" hidden>\n<fieldset><legend>Severity</legend>");
      for (Severity s : SEVERITIES) {
        h.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s.label()).append("\" checked> ")
            .append(plural(s)).append("</label>");
      }
      h.append("</fieldset>\n<fieldset><legend>Family</legend>");
      for (String fam : counts.keySet()) {
        h.append("<label><input type=\"checkbox\" name=\"family\" value=\"").append(Html.attr(fam)).append("\" checked> ")
            .append(Html.text(Layout.human(fam))).append("</label>");
      }
      h.append("</fieldset>\n<fieldset><legend>Story</legend><label><input type=\"checkbox\" name=\"only\" value=\"1\"> ")
          .append("only the strings with findings</label></fieldset>\n");
      h.append("<p class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n</div>\n<details class=\"index\" open>\n<summary>Every finding, by family</summary>\n<div class=\"lists\">\n");

      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        h.append("<h3 id=\"fam-").append(token(e.getKey())).append("\">").append(Html.text(Layout.human(e.getKey()))).append("</h3>\n<ul>\n");
        for (Numbered n : all) {
          if (family(n.finding()).equals(e.getKey())) {
            Finding f = n.finding();
            h.append("<li ").append(data(n)).append("><a href=\"#f").append(n.number()).append("\"><span class=\"sev sev-")
                .append(f.severity().label()).append("\">").append(f.severity().label()).append("</span> ")
                .append(Html.text(n.where())).append("</a>: ").append(Html.text(f.message())).append("</li>\n");
          }
        }
        h.append("</ul>\n");
      }
      h.append("</div>\n</details>\n");
    } else {
      h.append("<p class=\"clean\">No findings: the checks found nothing to point out.</p>\n");
    }
    h.append("</nav>\n");
  }

  private static void unit(StringBuilder h, Place p, List<Finding> fs, Map<Finding, Numbered> numbers, String src, String tgt,
      String srcLabel, String tgtLabel, boolean srcRtl, boolean rtl, boolean labelled) {
    Severity worst = fs.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(null);
    h.append("<div class=\"unit k-").append(token(p.kind())).append(worst == null ? "" : " has-" + worst.label())
        .append("\" data-unit=\"").append(Html.attr(p.pointer())).append("\" data-kind=\"").append(Html.attr(p.kind())).append("\">\n");
    h.append("<p class=\"meta\">").append(labelled ? "<span class=\"kind\">" + Html.text(Layout.human(p.kind())) + "</span> " : "")
        .append("<code>").append(Html.text(p.pointer())).append("</code>");
    if (p.sameAs() != null) {
      h.append(" <span class=\"same\">translated once with <code>").append(Html.text(p.sameAs())).append("</code></span>");
    }
    h.append("</p>\n");
    String textClass = "text" + (p.sourceFormat() == TextFormat.TEXT ? " plain" : "");
    h.append("<div class=\"side src\" lang=\"").append(Html.attr(src)).append('"').append(srcRtl ? " dir=\"rtl\"" : "")
        .append(" data-label=\"").append(Html.attr(srcLabel)).append("\"><p class=\"").append(textClass).append("\">")
        .append(MarkedText.render(p.source(), p.sourceFormat(), List.of())).append("</p></div>\n");
    List<MarkedText.Mark> marks = new ArrayList<>();
    for (Finding f : fs) {
      Numbered n = numbers.get(f);
      marks.add(new MarkedText.Mark(n.number(), f.start(), f.hasSpan() ? f.end() : -1, "sev-" + f.severity().label(),
          markAttributes(n)));
    }
    h.append("<div class=\"side tgt\" lang=\"").append(Html.attr(tgt)).append('"').append(rtl ? " dir=\"rtl\"" : "")
        .append(" data-label=\"").append(Html.attr(tgtLabel)).append("\"><p class=\"")
        .append("text" + (p.targetFormat() == TextFormat.TEXT ? " plain" : "")).append("\">");
    if (p.target() == null) {
      String missing = "<span class=\"missing\" lang=\"en\">not translated</span>";
      List<MarkedText.Mark> whole = new ArrayList<>();
      for (MarkedText.Mark m : marks) {
        whole.add(new MarkedText.Mark(m.number(), -1, -1, m.classes(), m.attributes()));
      }
      h.append(wrapWhole(missing, whole));
    } else {
      h.append(MarkedText.render(p.target(), p.targetFormat(), marks));
    }
    h.append("</p>");
    if (!fs.isEmpty()) {
      h.append("\n<ol class=\"findings\" lang=\"en\">\n");
      for (Finding f : fs) {
        finding(h, numbers.get(f), tgt, false);
      }
      h.append("</ol>");
    }
    h.append("</div>\n</div>\n");
  }

  private static String wrapWhole(String inner, List<MarkedText.Mark> marks) {
    StringBuilder sb = new StringBuilder();
    for (MarkedText.Mark m : marks) {
      sb.append("<mark class=\"whole ").append(m.classes()).append("\" id=\"f").append(m.number()).append("\" tabindex=\"0\" ")
          .append(m.attributes()).append('>');
    }
    sb.append(inner);
    sb.append("</mark>".repeat(marks.size()));
    return sb.toString();
  }

  private static void finding(StringBuilder h, Numbered n, String tgt, boolean withUnit) {
    Finding f = n.finding();
    h.append("<li id=\"d").append(n.number()).append("\" class=\"finding sev-").append(f.severity().label()).append("\" ")
        .append(data(n)).append(">");
    h.append("<a class=\"sev sev-").append(f.severity().label()).append("\" href=\"#f").append(n.number()).append("\">")
        .append(f.severity().label()).append("</a> ");
    if (withUnit) {
      h.append("<code>").append(Html.text(f.unit())).append("</code> ");
    }
    h.append("<span class=\"msg\">").append(Html.text(f.message())).append("</span>");
    if (f.suggestion() != null && !f.suggestion().isEmpty()) {
      h.append(" <span class=\"sugg\">suggestion: <q lang=\"").append(Html.attr(tgt)).append("\">").append(Html.text(f.suggestion()))
          .append("</q></span>");
    }
    h.append(" <code class=\"check\">").append(Html.text(f.check())).append("</code></li>\n");
  }

  private static String data(Numbered n) {
    Finding f = n.finding();
    return "data-finding=\"" + n.number() + "\" data-family=\"" + Html.attr(family(f)) + "\" data-severity=\""
        + f.severity().label() + "\"";
  }

  private static String markAttributes(Numbered n) {
    Finding f = n.finding();
    String tip = f.severity().label() + " [" + f.check() + "] " + f.message()
        + (f.suggestion() == null || f.suggestion().isEmpty() ? "" : " → " + f.suggestion());
    return data(n) + " data-check=\"" + Html.attr(f.check()) + "\" data-start=\"" + f.start() + "\" data-end=\"" + f.end()
        + "\" aria-describedby=\"d" + n.number() + "\" title=\"" + Html.attr(tip) + "\"";
  }

  private static void image(StringBuilder h, Image img, String src) {
    h.append("<div class=\"frame\">");
    if (img.src() != null) {
      h.append("<img src=\"").append(Html.attr(img.src())).append("\" alt=\"").append(Html.attr(img.alt()))
          .append("\" lang=\"").append(Html.attr(src)).append("\" width=\"").append(img.width()).append("\" height=\"")
          .append(img.height()).append("\" decoding=\"async\" referrerpolicy=\"no-referrer\">");
      String name = img.src().replaceAll("[?#].*$", "");
      name = name.substring(name.lastIndexOf('/') + 1);
      h.append("<p class=\"file\"><a href=\"").append(Html.attr(img.src())).append("\" rel=\"noreferrer\">")
          .append(Html.text(name.isEmpty() ? img.src() : name)).append("</a> · ").append(img.width()).append("×")
          .append(img.height()).append("<span class=\"offline\"> · not loaded (offline?)</span></p>");
    } else {
      h.append("<p class=\"file\">no photo shown: its address is not an http(s) URL (<code>").append(Html.text(img.given()))
          .append("</code>)</p>");
    }
    h.append("</div>\n");
  }

  private static void fact(StringBuilder h, String name, String value) {
    h.append("<div><dt>").append(Html.text(name)).append("</dt><dd>").append(Html.text(value)).append("</dd></div>\n");
  }

  private static String storyTitle(Review review, List<Group> groups) {
    for (Group g : groups) {
      for (Place p : g.places()) {
        if (p.kind().equals("headline") || p.kind().equals("title")) {
          return Layout.plain(p.source());
        }
      }
    }
    return review.source().storyId() != null ? review.source().storyId() : review.sourceFile();
  }

  private static List<Finding> ordered(List<Finding> fs) {
    List<Finding> copy = new ArrayList<>(fs);
    copy.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
    return copy;
  }

  static String family(Finding f) {
    int dot = f.check().indexOf('.');
    return dot < 0 ? f.check() : f.check().substring(0, dot);
  }

  private static String plural(Severity s) {
    return switch (s) {
      case ERROR -> "Errors";
      case WARNING -> "Warnings";
      case INFO -> "Notes";
    };
  }

  /** A class-name-safe form of a kind or type from the profile. */
  private static String token(String s) {
    return s.replaceAll("[^A-Za-z0-9-]", "_");
  }

  static String sha256(String s) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ReviewPage.class.getResourceAsStream("/review/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /review/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
