package org.localize.locale;

/**
 * A locale or glossary file that cannot be used; the message names the file, the place in it
 * (line:column or entry id) and what to change.
 */
public final class LocaleDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LocaleDataException(String message) {
    super(message);
  }

  public LocaleDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
