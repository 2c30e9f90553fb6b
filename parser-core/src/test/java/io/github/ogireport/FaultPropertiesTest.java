package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Outcome;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.ReviewsAndLawsuits;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.rules.BuiltInRules;
import io.github.ogireport.rules.Rule;
import io.github.ogireport.testing.ReportGenerators;
import io.github.ogireport.testing.RoundTrip;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Planted faults: one cell changed makes exactly the arithmetic rules that involve it fire, pointing
 * at it; one table row deleted is absent (not zero) and reported where it stood.
 */
class FaultPropertiesTest {

  /** A2: a row's 总计 (and 小计) = its parts. */
  static final String ROW_TOTAL = "applications-row-total";
  /** A1: per column, 一 + 二 = （七）+ 四. */
  static final String BALANCE = "applications-balance";
  /** A3: per column, （七） = the sum of the result rows. */
  static final String RESULTS_TOTAL = "applications-results-total";
  /** A4: each section 四 group's 总计 = its four parts. */
  static final String GROUP_TOTAL = "reviews-group-total";
  /** A2 for the 法人或其他组织 小计 column: 小计 = the five organisations. */
  static final String SUBTOTAL = "applications-row-subtotal";
  static final Set<String> ARITHMETIC = Set.of(ROW_TOTAL, SUBTOTAL, BALANCE, RESULTS_TOTAL, GROUP_TOTAL);

  private static final ReportParser PARSER = ReportParser.create();
  private static final List<ApplicationRow> BALANCE_ROWS = List.of(ApplicationRow.NEWLY_RECEIVED,
      ApplicationRow.CARRIED_OVER, ApplicationRow.TOTAL_HANDLED, ApplicationRow.CARRIED_FORWARD);

  /** Which cell to change, and by how much (never to a negative count). */
  static final class Change {
    final int index;
    final long delta;

    Change(int index, long delta) {
      this.index = index;
      this.delta = delta;
    }

    @Override
    public String toString() {
      return "cell #" + index + " by " + delta;
    }
  }

  static Gen<Change> changes() {
    Gen<Long> delta = Generate.frequency(List.of(
        org.quicktheories.api.Pair.of(70, Generate.longRange(1, 9)),
        org.quicktheories.api.Pair.of(30, Generate.longRange(10, 100_000))));
    return Generate.range(0, 10_000).zip(delta, Generate.booleans(), (i, d, minus) -> new Change(i, minus ? -d : d));
  }

  @Test
  void oneChangedCellFiresExactlyTheRulesInvolvingIt() {
    assertThat(BuiltInRules.all().stream().map(Rule::id).collect(Collectors.toSet()))
        .as("the arithmetic rules of issue 4").containsAll(ARITHMETIC);
    qt().forAll(ReportGenerators.completeReports(), RoundTripPropertiesTest.layouts(), changes())
        .checkAssert((m, writer, change) -> {
          List<String> cells = cells(m);
          String cell = cells.get(change.index % cells.size());
          long old = value(m, cell);
          long now = old + change.delta >= 0 ? old + change.delta : old - change.delta;
          AnnualReport changed = with(m, cell, now);
          ParseResult r = PARSER.parse(writer.write(changed));
          assertThat(RoundTrip.comparable(r.report())).isEqualTo(RoundTrip.comparable(changed));
          Set<String> expected = expectedRules(cell, m.applications().map(Applications::subtotalColumn).orElse(false));
          Set<String> fired = r.diagnostics().stream().map(Diagnostic::code).filter(ARITHMETIC::contains)
              .collect(Collectors.toCollection(TreeSet::new));
          assertThat(fired).as("rules fired for %s %s→%s", cell, old, now).isEqualTo(new TreeSet<>(expected));
          SourceSpan at = span(r.report(), cell);
          for (String rule : expected) {
            assertThat(r.diagnostics(rule)).as("%s points at %s", rule, cell)
                .anyMatch(d -> d.span().map(s -> s.offset() == at.offset()).orElse(false)
                    || d.related().stream().anyMatch(s -> s.offset() == at.offset()));
          }
          assertThat(r.diagnostics()).as("no other error")
              .filteredOn(d -> d.severity() == Severity.ERROR && !ARITHMETIC.contains(d.code()))
              .isEmpty();
        });
  }

  @Test
  void oneDeletedRowIsAbsentAndReportedWhereItStood() {
    qt().forAll(ReportGenerators.completeReports(), RoundTripPropertiesTest.layouts(), Generate.range(0, 1000))
        .checkAssert((m, writer, pick) -> {
          String text = writer.write(m);
          ParseResult whole = PARSER.parse(text);
          Applications a = whole.report().applications().orElseThrow();
          List<ApplicationRow> rows = new ArrayList<>(a.rows().keySet());
          // The first row has no row above it to be reported after: see firstRowDeletedIsReportedAtTheTableStart.
          ApplicationRow deleted = rows.get(1 + pick % (rows.size() - 1));
          int line = a.row(deleted).orElseThrow().span().orElseThrow().line();
          List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
          lines.remove(line - 1);
          ParseResult r = PARSER.parse(String.join("\n", lines));

          java.util.Map<ApplicationRow, Counts> left = new java.util.EnumMap<>(m.applications().get().rows());
          left.remove(deleted);
          assertThat(r.report().applications().orElseThrow().rows()).as("rows after deleting %s", deleted)
              .isEqualTo(left)
              .doesNotContainKey(deleted);
          assertThat(r.report().template()).isEqualTo(m.template());

          List<String> paths = deleted == ApplicationRow.OTHER_HANDLING_SUBTOTAL
              ? List.of(ApplicationRow.NO_AMENDMENT_IN_TIME.path(), ApplicationRow.FEE_UNPAID.path(), ApplicationRow.OTHER.path())
              : List.of(deleted.path());
          List<Diagnostic> missing = r.diagnostics("row-missing");
          assertThat(missing).extracting(d -> d.path().orElse("")).containsExactlyInAnyOrderElementsOf(paths);
          int above = line - 1; // the row above the deleted one, in the damaged text
          for (Diagnostic d : missing) {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.line()).as("%s reported where %s stood", d.message(), deleted)
                .hasValueSatisfying(l -> assertThat(l).isBetween(above, line));
          }
        });
  }

  @Test
  void firstRowDeletedIsReportedAtTheTableStart() {
    qt().forAll(ReportGenerators.completeReports()).checkAssert(m -> {
      String text = ReportWriter.tabs().write(m);
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("一、本年新收")).findFirst().orElseThrow());
      lines.remove(at);
      ParseResult r = PARSER.parse(String.join("\n", lines));
      assertThat(r.diagnostics("row-missing")).singleElement()
          .satisfies(d -> assertThat(d.line()).hasValueSatisfying(l -> assertThat(l).isBetween(at, at + 1)));
    });
  }

  @Test
  void damageNeverInventsANumber() {
    neverInvents(Damage.one());
  }

  @Test
  void compoundDamageNeverInventsANumber() {
    neverInvents(Damage.some());
  }

  private static void neverInvents(Gen<List<Damage>> damages) {
    qt().forAll(ReportGenerators.consistentReports(), RoundTripPropertiesTest.layouts(), damages)
        .checkAssert((m, writer, damage) -> {
          String text = writer.write(m);
          String damaged = Damage.applyAll(damage, text);
          ParseResult r = PARSER.parse(damaged);
          java.util.Map<String, Located<? extends Number>> truth = Spans.values(m);
          // section 二 has no sums: a stray cell in a row whose last cells are blank cannot be told from a value
          boolean strayCell = damage.stream().anyMatch(d -> d.kind() == Damage.Kind.EXTRA_CELL);
          for (java.util.Map.Entry<String, Located<? extends Number>> e : Spans.values(r.report()).entrySet()) {
            String path = e.getKey();
            if (path.equals("year")) {
              continue; // a title lost: the year is inferred from the text, with a year-inferred note
            }
            Number read = e.getValue().value();
            if (path.startsWith("activeDisclosure.") && strayCell) {
              continue;
            }
            if (repaired(r, path)) {
              // a placement the parser announced: not silent, so outside this property, which says that
              // no number is changed without a diagnostic
              continue;
            }
            if (path.endsWith(".legalPersonSubtotal") && !truth.containsKey(path)) {
              // an eighth cell read as the 小计 column: only where it is the sum of the five organisations
              Counts row = r.report().applications().get().rows().entrySet().stream()
                  .filter(x -> path.equals(x.getKey().path() + ".legalPersonSubtotal")).findFirst().orElseThrow().getValue();
              long organizations = ApplicantColumn.ORGANIZATIONS.stream()
                  .mapToLong(c -> row.value(c).orElse(0L)).sum();
              assertThat(read).as("%s read after %s", path, damage).isEqualTo(organizations);
              continue;
            }
            assertThat(truth).as("%s read after %s", path, damage).containsKey(path);
            assertThat(read).as("%s read after %s", path, damage).isEqualTo(truth.get(path).value());
          }
        });
  }

  private static final Set<String> REPAIRS = Set.of("row-extra-cells", "row-subtotal-cell", "row-missing-cells",
      "cells-ambiguous", "value-recovered", "blank-as-zero", "disclosure-header-missing");

  /** True if a repair diagnostic names {@code path} or the row or group holding it. */
  private static boolean repaired(ParseResult r, String path) {
    return r.diagnostics().stream().anyMatch(d -> REPAIRS.contains(d.code())
        && d.path().map(p -> path.equals(p) || path.startsWith(p + ".")).orElse(false));
  }

  @Test
  void anEighthCellIsASubtotalOnlyIfItIsTheSumOfTheOrganisations() {
    AnnualReport m = ReportWriterTest.report2021();
    String text = ReportWriter.tabs().write(m).replace(
        "三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t2",
        "三、本年度办理结果\t（一）予以公开\t\t0\t2\t0\t0\t0\t0\t0\t2"); // 自然人 2 printed after a stray 0
    ParseResult r = PARSER.parse(text);
    Counts granted = r.report().applications().orElseThrow().row(ApplicationRow.GRANTED).orElseThrow();
    assertThat(granted.value(ApplicantColumn.LEGAL_PERSON_SUBTOTAL)).as("0 is not 2 + 0 + 0 + 0 + 0").isEmpty();
    assertThat(granted.value(ApplicantColumn.COMMERCIAL_ENTERPRISE)).isNotEqualTo(Optional.of(2L));
  }

  @Test
  void aDisclosureTableWithoutItsHeaderIsNotReadWithAnotherTemplatesColumns() {
    String text = String.join("\n", "某局 2019 年政府信息公开工作年度报告", "二、主动公开政府信息情况",
        "第二十条第（五）项\t\t\t", "行政许可\t12\t-3\t40", "");
    ParseResult r = PARSER.parse(text);
    assertThat(r.report().activeDisclosure().flatMap(d -> d.item(io.github.ogireport.model.DisclosureItem.LICENSING))
        .flatMap(io.github.ogireport.model.DisclosureRow::decisions)).as("处理决定数量 of 行政许可 12 -3 40")
        .hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(40L));
  }

  @Test
  void aBlankLastCellOfAPipeRowDoesNotShiftSectionFour() {
    String text = ReportWriter.markdown().write(ReportWriterTest.report2021())
        .replace("| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | | 0 | 0 | 0 | 0 | | 0 |",
            "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |");
    ParseResult r = PARSER.parse(text);
    assertThat(r.report().reviewsAndLawsuits().orElseThrow().administrativeReview().upheld().map(Located::value))
        .as("行政复议 结果维持 of | 1 | 0 | 0 | 0 | 1 | … | |").contains(1L);
  }

  /**
   * Found by compoundDamageNeverInventsANumber (two header rows of section 二 swapped): a row with a
   * blank cell under a header naming fewer columns than the row has was compacted as if the blank were
   * a merged cell's filler, moving 处理决定数量 100 into 本年增/减.
   */
  @Test
  void aBlankCellUnderAnotherTablesShorterHeaderIsNotTakenForAMergedCell() {
    String text = String.join("\n", "某局 2019 年政府信息公开工作年度报告", "二、主动公开政府信息情况",
        "第二十条第（五）项\t\t\t", "信息内容\t上一年项目数量\t本年增/减\t", "其他对外管理服务事项\t7\t\t100", "");
    ParseResult r = PARSER.parse(text);
    io.github.ogireport.model.DisclosureRow row = r.report().activeDisclosure()
        .flatMap(d -> d.item(io.github.ogireport.model.DisclosureItem.OTHER_EXTERNAL_SERVICES)).orElseThrow();
    assertThat(row.changeThisYear()).as("本年增/减 of 其他对外管理服务事项 7 _ 100").isEmpty();
    assertThat(row.decisions()).isEmpty();
    assertThat(r.diagnostics("row-extra-cells")).singleElement()
        .satisfies(d -> assertThat(d.path()).contains("activeDisclosure.otherExternalServices"));
    assertThat(r.diagnostics("row-merged-cells")).isEmpty();
  }

  /**
   * Found by compoundDamageNeverInventsANumber (the header line naming 商业企业 … 小计 lost, a cell blanked):
   * the row's blank 自然人 was skipped as a merged label cell and its seven numbers read one column to the
   * left (自然人 1 instead of blank); the other rows print eight numbers, and read so the first five are the
   * organisations adding up to their 小计 19.
   */
  @Test
  void aBlankFirstCellOfARowWithASubtotalIsNotTakenForAMergedLabelCell() {
    String text = String.join("\n", "某局 2021 年政府信息公开工作年度报告",
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t\t",
        "\t\t\t自然人\t法人或其他组织\t\t\t\t\t\t总计",
        "一、本年新收政府信息公开申请数量\t\t\t\t1\t6\t5\t7\t0\t19\t23",
        "二、上年结转政府信息公开申请数量\t\t\t0\t1\t0\t0\t0\t16\t17\t17",
        "三、本年度办理结果\t（一）予以公开\t\t0\t0\t0\t0\t0\t0\t0\t0",
        "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t0\t0\t0\t0\t5\t0\t5\t5",
        "\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t2\t0\t2\t2", "");
    ParseResult r = PARSER.parse(text);
    Counts received = r.report().applications().orElseThrow().row(ApplicationRow.NEWLY_RECEIVED).orElseThrow();
    assertThat(received.value(ApplicantColumn.NATURAL_PERSON)).as("自然人 of a row printing a blank, then 1 6 5 7 0 19 23")
        .isNotEqualTo(Optional.of(1L));
    assertThat(received.value(ApplicantColumn.COMMERCIAL_ENTERPRISE)).isNotEqualTo(Optional.of(6L));
    assertThat(r.diagnostics("row-missing-cells")).anySatisfy(
        d -> assertThat(d.path()).contains("applications.newlyReceived"));
    Counts carried = r.report().applications().orElseThrow().row(ApplicationRow.CARRIED_OVER).orElseThrow();
    assertThat(carried.value(ApplicantColumn.OTHER_ORGANIZATION)).as("a row of eight numbers still reads its 小计")
        .contains(16L);
  }

  @Test
  void disclosureRowWithAnExtraCellLeavesItsColumnsUnguessed() {
    String text = String.join("\n", "某局 2021 年政府信息公开工作年度报告", "二、主动公开政府信息情况",
        "第二十条第（一）项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t1\t7\t0\t0", "");
    ParseResult r = PARSER.parse(text);
    assertThat(r.report().activeDisclosure().flatMap(d -> d.item(io.github.ogireport.model.DisclosureItem.REGULATIONS))
        .flatMap(io.github.ogireport.model.DisclosureRow::repealed)).as("本年废止件数 of 规章 1 7 0 0").isEmpty();
  }

  // ---- cells of a report, by name ------------------------------------------------------------------

  /** The names of the cells a change may hit: applications cells (subtotal aside) and section 四's. */
  static List<String> cells(AnnualReport m) {
    List<String> out = new ArrayList<>();
    m.applications().ifPresent(a -> a.rows().keySet().forEach(row -> {
      for (ApplicantColumn c : a.subtotalColumn() ? ApplicantColumn.WITH_SUBTOTAL : ApplicantColumn.STANDARD) {
        out.add(row.name() + "/" + c.name());
      }
    }));
    m.reviewsAndLawsuits().ifPresent(x -> {
      for (ReviewGroup g : ReviewGroup.values()) {
        for (OutcomeField f : OutcomeField.values()) {
          out.add(g.name() + "/" + f.name());
        }
      }
    });
    return out;
  }

  private static boolean isReviews(String cell) {
    return Arrays.stream(ReviewGroup.values()).anyMatch(g -> cell.startsWith(g.name() + "/"));
  }

  static long value(AnnualReport m, String cell) {
    return located(m, cell).value();
  }

  static SourceSpan span(AnnualReport m, String cell) {
    return located(m, cell).span().orElseThrow();
  }

  private static Located<Long> located(AnnualReport m, String cell) {
    String[] p = cell.split("/");
    if (isReviews(cell)) {
      return OutcomeField.valueOf(p[1]).get(ReviewGroup.valueOf(p[0]).get(m.reviewsAndLawsuits().get())).orElseThrow();
    }
    Counts counts = m.applications().get().row(ApplicationRow.valueOf(p[0])).orElseThrow();
    return ApplicantColumn.valueOf(p[1]).get(counts).orElseThrow();
  }

  static AnnualReport with(AnnualReport m, String cell, long value) {
    String[] p = cell.split("/");
    if (isReviews(cell)) {
      ReviewGroup g = ReviewGroup.valueOf(p[0]);
      ReviewsAndLawsuits r = m.reviewsAndLawsuits().get();
      Outcome o = Outcome.builder().from(g.get(r)).set(OutcomeField.valueOf(p[1]), Located.of(value)).build();
      return AnnualReport.builder().from(m).reviewsAndLawsuits(ReviewsAndLawsuits.builder().from(r).set(g, o).build()).build();
    }
    ApplicationRow row = ApplicationRow.valueOf(p[0]);
    Applications a = m.applications().get();
    Counts c = Counts.builder().from(a.row(row).get()).set(ApplicantColumn.valueOf(p[1]), Located.of(value)).build();
    java.util.Map<ApplicationRow, Counts> rows = new java.util.EnumMap<>(a.rows());
    rows.put(row, c);
    return AnnualReport.builder().from(m).applications(Applications.builder().from(a).rows(rows).build()).build();
  }

  /** The arithmetic rules that involve {@code cell}, in a table with or without the 小计 column. */
  static Set<String> expectedRules(String cell, boolean subtotalColumn) {
    if (isReviews(cell)) {
      return Set.of(GROUP_TOTAL);
    }
    ApplicationRow row = ApplicationRow.valueOf(cell.split("/")[0]);
    ApplicantColumn column = ApplicantColumn.valueOf(cell.split("/")[1]);
    Set<String> out = new TreeSet<>();
    if (column == ApplicantColumn.LEGAL_PERSON_SUBTOTAL) {
      out.add(SUBTOTAL); // 总计 is the sum of the six applicant columns, without the 小计
    } else {
      out.add(ROW_TOTAL);
      if (subtotalColumn && ApplicantColumn.ORGANIZATIONS.contains(column)) {
        out.add(SUBTOTAL);
      }
    }
    if (BALANCE_ROWS.contains(row)) {
      out.add(BALANCE);
    }
    if (row.isResult() || row == ApplicationRow.TOTAL_HANDLED) {
      out.add(RESULTS_TOTAL);
    }
    return out;
  }
}
