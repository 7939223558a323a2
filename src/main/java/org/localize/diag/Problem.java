package org.localize.diag;

/**
 * Something wrong with an input that stops a command: the file, the place in it (line:column, a
 * JSON pointer or a unit id; may be empty) and what is wrong, phrased so the user knows what to do.
 */
public record Problem(String file, String place, String message) {

  public Problem {
    file = file == null ? "" : file;
    place = place == null ? "" : place;
  }

  /** {@code file:place: message}, leaving out the parts that are empty. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (!file.isEmpty()) {
      sb.append(file).append(':');
    }
    if (!place.isEmpty()) {
      sb.append(place).append(':');
    }
    if (sb.length() > 0) {
      sb.append(' ');
    }
    return sb.append(message).toString();
  }
}
