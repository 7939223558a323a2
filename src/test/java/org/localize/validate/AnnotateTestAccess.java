package org.localize.validate;

/** {@link AnnotateTest}'s faulty translation, for the OmegaT interop test. */
public final class AnnotateTestAccess {
  private AnnotateTestAccess() {}

  public static String faulty() {
    return AnnotateTest.faulty();
  }
}
