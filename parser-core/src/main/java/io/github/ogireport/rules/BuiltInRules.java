package io.github.ogireport.rules;

import java.util.List;

/**
 * The built-in rules, in the fixed order they run:
 *
 * <ol>
 *   <li>completeness — {@code section-missing} ({@link RequiredSectionsPresent}), {@code table-missing}
 *       ({@link RequiredTablesPresent}), {@code row-missing} ({@link RequiredRowsPresent});
 *   <li>layout — {@code section-order} ({@link SectionsInOrder}), {@code template-conformance}
 *       ({@link FollowsTemplate}), {@code year-consistency} ({@link YearsConsistent});
 *   <li>values, cell by cell — {@code value-domain} ({@link ValuesInDomain}, A5);
 *   <li>the template's arithmetic, from rows to columns to the whole table —
 *       {@code applications-row-total} ({@link RowTotalEqualsSumOfColumns}, A2),
 *       {@code applications-row-subtotal} ({@link RowSubtotalEqualsSumOfOrganizations}, A2),
 *       {@code applications-balance} ({@link IntakeEqualsHandledPlusForwarded}, A1),
 *       {@code applications-results-total} ({@link TotalHandledEqualsSumOfResults}, A3),
 *       {@code reviews-group-total} ({@link GroupTotalEqualsSumOfOutcomes}, A4);
 *   <li>prose against the tables — {@code prose-consistency} ({@link ProseMatchesTables}, A8).
 * </ol>
 *
 * <p>Rules added through {@code ReportParser.builder().addRule} run after these, in the order added,
 * then the discovered ones. Diagnostics are sorted by position afterwards (then severity, code and
 * path), so the output order does not depend on the rule order; the rule order matters only for
 * reading the code and for {@code too-many-diagnostics} (the first findings are kept). The checks
 * across years (A6, A7) compare two reports and are not rules: see {@code ReportSeries}.
 */
public final class BuiltInRules {

  private static final List<Rule> ALL = List.of(
      new RequiredSectionsPresent(),
      new RequiredTablesPresent(),
      new RequiredRowsPresent(),
      new SectionsInOrder(),
      new FollowsTemplate(),
      new YearsConsistent(),
      new ValuesInDomain(),
      new RowTotalEqualsSumOfColumns(),
      new RowSubtotalEqualsSumOfOrganizations(),
      new IntakeEqualsHandledPlusForwarded(),
      new TotalHandledEqualsSumOfResults(),
      new GroupTotalEqualsSumOfOutcomes(),
      new ProseMatchesTables());

  private BuiltInRules() {}

  /** The built-in rules, in order. */
  public static List<Rule> all() {
    return ALL;
  }
}
