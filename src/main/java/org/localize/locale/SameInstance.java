package org.localize.locale;

/**
 * A map key that compares {@code value} by identity: caches keyed by {@link LocaleData} use it,
 * since repositories hand out one instance per locale and deep record hashing costs microseconds.
 */
public record SameInstance(Object value) {
  @Override
  public boolean equals(Object o) {
    return o instanceof SameInstance s && s.value == value;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(value);
  }
}
