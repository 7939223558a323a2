package org.localize.updates;

/** {@link Xliff2Schema} for tests in other packages. */
public final class Xliff2SchemaAccess {
  private Xliff2SchemaAccess() {}

  public static void assertValid(byte[] xliff) {
    Xliff2Schema.assertValid(xliff);
  }
}
