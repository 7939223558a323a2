package org.localize.xliff;

/**
 * How to write a translation file: {@code emptyTargets} leaves targets empty instead of pre-filling
 * them with the source (which OmegaT and some other tools need in order to translate at all).
 */
public record XliffOptions(boolean emptyTargets) {
  public static final XliffOptions DEFAULTS = new XliffOptions(false);
}
