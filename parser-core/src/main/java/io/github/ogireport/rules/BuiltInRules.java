package io.github.ogireport.rules;

import java.util.List;

/**
 * The built-in rules, in the fixed order they run. Diagnostics are sorted by position afterwards,
 * so the order matters only for rules that look at the same cell.
 */
public final class BuiltInRules {

  private static final List<Rule> ALL = List.of(
      new RequiredSectionsPresent(),
      new RequiredTablesPresent(),
      new RequiredRowsPresent());

  private BuiltInRules() {}

  /** The built-in rules, in order. */
  public static List<Rule> all() {
    return ALL;
  }
}
