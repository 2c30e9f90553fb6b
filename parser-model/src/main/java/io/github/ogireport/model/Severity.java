package io.github.ogireport.model;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. Ordered from most to least serious. */
public enum Severity {
  /** The data is wrong, or missing where the template requires it. */
  ERROR,
  /** Suspicious, or repaired by the parser (the repair is described). */
  WARNING,
  /** A note: a legacy or variant label accepted, a blank read, a choice explained. */
  INFO;

  /** The lower-case name used in JSON and on the command line: {@code error}, {@code warning}, {@code info}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning} or {@code info} (any case). */
  public static Severity fromJsonName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
