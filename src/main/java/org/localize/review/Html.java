package org.localize.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Escaping for the review page, and the check that a URL from a story may become a link or an image. */
final class Html {
  private Html() {}

  /** {@code s} escaped for an element's content. */
  static String text(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    MarkedText.escapeText(sb, s);
    return sb.toString();
  }

  /** {@code s} escaped for a double-quoted attribute value. */
  static String attr(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> {
          if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1)))) {
            sb.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == 0x7F) {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * {@code url} normalised if it is an absolute http or https URL with a host and nothing a browser
   * would read differently (spaces, controls, backslashes), else null.
   */
  static String safeUrl(String url) {
    if (url == null || url.isEmpty() || url.length() > 4096) {
      return null;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c == 0x7F || c == '\\' || c == '"' || c == '\'' || c == '<' || c == '>') {
        return null;
      }
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
        return null;
      }
      return uri.toASCIIString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The origin of a safe URL ({@code https://img.example.org}, with a port when it has one). */
  static String origin(String safeUrl) {
    URI uri = URI.create(safeUrl);
    String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
    return uri.getPort() >= 0 ? origin + ":" + uri.getPort() : origin;
  }
}
