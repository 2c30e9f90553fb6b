package io.github.ogireport.rules;

import static io.github.ogireport.rules.Reports.at;
import static io.github.ogireport.rules.Reports.counts;
import static io.github.ogireport.rules.Reports.line;
import static io.github.ogireport.rules.Reports.natural;
import static io.github.ogireport.rules.Reports.outcome;
import static io.github.ogireport.rules.Reports.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.ReviewsAndLawsuits;
import io.github.ogireport.model.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A1–A4 on hand-built reports: what fails, what is skipped (absent is not 0), and what is said. */
class ArithmeticRulesTest {

  private static AnnualReport report(Applications a) {
    return AnnualReport.builder().applications(a).build();
  }

  @Test
  void aConsistentTableRaisesNothing() {
    AnnualReport r = report(table(7, 2, 6).build());

    for (Rule rule : List.of(new RowTotalEqualsSumOfColumns(), new RowSubtotalEqualsSumOfOrganizations(),
        new IntakeEqualsHandledPlusForwarded(), new TotalHandledEqualsSumOfResults())) {
      assertThat(RecordingContext.run(rule, r)).as(rule.id()).isEmpty();
    }
  }

  @Test
  void rowTotalThatIsNotTheSumIsReportedAtTheTotalCell() {
    AnnualReport r = report(table(7, 2, 6).putRows(ApplicationRow.GRANTED, counts(40, 5L, 1L, 0L, 0L, 0L, 0L, 5L)).build());

    List<Finding> f = RecordingContext.run(new RowTotalEqualsSumOfColumns(), r);

    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).isEqualTo(
          "Row \"（一）予以公开\": 总计 5 ≠ 自然人 5 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 6");
      assertThat(x.span()).hasValue(at(40, 8));
      assertThat(x.path()).hasValue("applications.granted.total");
      assertThat(x.related()).containsExactly(at(40, 2), at(40, 3), at(40, 4), at(40, 5), at(40, 6), at(40, 7));
    });
  }

  @Test
  void rowTotalIsNotCheckedWhenAPartOrTheTotalIsAbsent() {
    AnnualReport r = report(table(7, 2, 6)
        .putRows(ApplicationRow.GRANTED, counts(40, 5L, null, 0L, 0L, 0L, 0L, 9L))
        .putRows(ApplicationRow.PARTIALLY_GRANTED, counts(41, 5L, 1L, 0L, 0L, 0L, 0L, null))
        .build());

    assertThat(RecordingContext.run(new RowTotalEqualsSumOfColumns(), r)).isEmpty();
  }

  @Test
  void subtotalIsCheckedOnlyWherePrinted() {
    AnnualReport r = report(table(7, 2, 6)
        .putRows(ApplicationRow.GRANTED, counts(40, 5L, 1L, 0L, 0L, 0L, 0L, 0L, 6L))
        .build());

    List<Finding> f = RecordingContext.run(new RowSubtotalEqualsSumOfOrganizations(), r);

    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).isEqualTo(
          "Row \"（一）予以公开\": 小计 0 ≠ 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 1");
      assertThat(x.span()).hasValue(at(40, 8));
      assertThat(x.path()).hasValue("applications.granted.legalPersonSubtotal");
      assertThat(x.related()).hasSize(5);
    });
    assertThat(RecordingContext.run(new RowTotalEqualsSumOfColumns(), r)).isEmpty();
  }

  @Test
  void balanceIsCheckedPerColumnAtTheCarriedForwardCell() {
    AnnualReport r = report(table(7, 2, 6).putRows(ApplicationRow.CARRIED_FORWARD, natural(90, 4)).build());

    List<Finding> f = RecordingContext.run(new IntakeEqualsHandledPlusForwarded(), r);

    assertThat(f).extracting(x -> x.path().orElseThrow())
        .containsExactly("applications.carriedForward.naturalPerson", "applications.carriedForward.total");
    assertThat(f.get(0).message()).isEqualTo(
        "Column \"自然人\": 一、本年新收 7 + 二、上年结转 2 = 9, but （七）总计 6 + 四、结转下年度继续办理 4 = 10");
    assertThat(f.get(0).span()).hasValue(at(90, 2));
    assertThat(f.get(0).related()).containsExactly(at(line(ApplicationRow.NEWLY_RECEIVED), 2),
        at(line(ApplicationRow.CARRIED_OVER), 2), at(line(ApplicationRow.TOTAL_HANDLED), 2));
  }

  @Test
  void balanceSkipsAColumnWithAnAbsentCell() {
    AnnualReport r = report(table(7, 2, 6)
        .putRows(ApplicationRow.CARRIED_FORWARD, counts(90, 4L, 0L, 0L, 0L, 0L, 0L, null)).build());

    assertThat(RecordingContext.run(new IntakeEqualsHandledPlusForwarded(), r))
        .extracting(x -> x.path().orElseThrow()).containsExactly("applications.carriedForward.naturalPerson");
  }

  @Test
  void resultsTotalListsTheNonZeroTerms() {
    AnnualReport r = report(table(7, 2, 6)
        .putRows(ApplicationRow.REPEATED, natural(60, 2))
        .build());

    List<Finding> f = RecordingContext.run(new TotalHandledEqualsSumOfResults(), r);

    assertThat(f).extracting(x -> x.path().orElseThrow())
        .containsExactly("applications.totalHandled.naturalPerson", "applications.totalHandled.total");
    assertThat(f.get(0).message()).isEqualTo("Column \"自然人\": （七）总计 6 ≠ 8, the sum of the result rows （一）to（六）: "
        + "（一）予以公开 6 + （五）不予处理 2.重复申请 2; the other 19 rows are 0");
    assertThat(f.get(0).span()).hasValue(at(line(ApplicationRow.TOTAL_HANDLED), 2));
    assertThat(f.get(0).related()).hasSize(21).contains(at(60, 2));
  }

  @Test
  void resultsTotalWhenEveryResultIsZero() {
    AnnualReport r = report(table(7, 2, 0).putRows(ApplicationRow.TOTAL_HANDLED, natural(80, 1))
        .putRows(ApplicationRow.CARRIED_FORWARD, natural(81, 8)).build());

    assertThat(RecordingContext.run(new TotalHandledEqualsSumOfResults(), r)).first()
        .satisfies(x -> assertThat(x.message()).endsWith("（一）to（六）: all 21 rows are 0"));
  }

  @Test
  void resultsTotalUsesTheOneRowOf六WhenItsItemsAreNotPrinted() {
    Applications.Builder b = Applications.builder();
    table(7, 2, 6).build().rows().forEach((k, v) -> {
      if (k.group().map(g -> g != ApplicationRow.Group.OTHER_HANDLING).orElse(true)) {
        b.putRows(k, v);
      }
    });
    b.putRows(ApplicationRow.OTHER_HANDLING_SUBTOTAL, natural(70, 3));
    AnnualReport r = report(b.build());

    List<Finding> f = RecordingContext.run(new TotalHandledEqualsSumOfResults(), r);

    assertThat(TotalHandledEqualsSumOfResults.resultRows(r.applications().orElseThrow()))
        .hasSize(19).contains(ApplicationRow.OTHER_HANDLING_SUBTOTAL).doesNotContain(ApplicationRow.OTHER);
    assertThat(f).first().satisfies(x -> assertThat(x.message()).contains("（六）其他处理 3; the other 17 rows are 0"));
  }

  @Test
  void resultsTotalPrefersTheItemsOf六AndSkipsAColumnWithAnAbsentResult() {
    AnnualReport r = report(table(7, 2, 6)
        .putRows(ApplicationRow.OTHER_HANDLING_SUBTOTAL, natural(70, 3)) // ignored: the items are printed
        .putRows(ApplicationRow.STATE_SECRET, counts(50, null, 0L, 0L, 0L, 0L, 0L, 0L))
        .build());

    assertThat(RecordingContext.run(new TotalHandledEqualsSumOfResults(), r)).isEmpty();
  }

  @Test
  void resultsTotalIsSkippedWhenAResultRowIsLost() {
    Applications full = table(7, 2, 6).putRows(ApplicationRow.GRANTED, natural(12, 5)).build();
    Applications.Builder b = Applications.builder();
    full.rows().forEach((k, v) -> {
      if (k != ApplicationRow.REPEATED) {
        b.putRows(k, v);
      }
    });

    assertThat(RecordingContext.run(new TotalHandledEqualsSumOfResults(), report(b.build()))).isEmpty();
  }

  @Test
  void groupTotalOfSection四() {
    AnnualReport r = AnnualReport.builder().reviewsAndLawsuits(ReviewsAndLawsuits.builder()
        .administrativeReview(outcome(95, 10L, 1L, 0L, 0L, 0L))
        .lawsuitWithoutReview(outcome(95, 1L, null, 0L, 0L, 9L))
        .lawsuitAfterReview(outcome(95, 1L, 1L, 1L, 1L, 4L))
        .build()).build();

    List<Finding> f = RecordingContext.run(new GroupTotalEqualsSumOfOutcomes(), r);

    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.message()).isEqualTo("Group \"行政复议\": 总计 0 ≠ 结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11");
      assertThat(x.path()).hasValue("reviewsAndLawsuits.administrativeReview.total");
      assertThat(x.span()).hasValue(at(95, 5));
      assertThat(x.related()).containsExactly(at(95, 1), at(95, 2), at(95, 3), at(95, 4));
    });
  }

  @Test
  void chineseMessages() {
    AnnualReport r = report(table(7, 2, 6).putRows(ApplicationRow.REPEATED, natural(60, 2)).build());
    RecordingContext zh = new RecordingContext(Locale.CHINESE, Severity.ERROR);

    new TotalHandledEqualsSumOfResults().check(r, zh);

    assertThat(zh.findings.get(0).message()).isEqualTo(
        "列“自然人”：（七）总计 6 ≠ 8，即办理结果（一）至（六）各行之和：（一）予以公开 6 + （五）不予处理 2.重复申请 2；其余 19 行为 0");
  }
}
