package org.localize;

/** The toolkit's version, as written into the files it produces. */
public final class Version {
  public static final String VERSION = "0.1.0";

  private Version() {}
}
