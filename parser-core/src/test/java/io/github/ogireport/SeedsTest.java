package io.github.ogireport;

import static io.github.ogireport.ReportAssertions.assertThatReport;
import static io.github.ogireport.model.ApplicationRow.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The five seed reports, every value checked against the seed text by hand. */
class SeedsTest {

  private static final ReportParser PARSER = ReportParser.create();

  private static ParseResult parse(String id) {
    return PARSER.parse(Fixtures.seed(id));
  }

  @Test
  void seed000_markdownHeadings_blankReviewCells() {
    ParseResult r = parse("000");
    AnnualReport a = r.report();
    assertThat(a.title().map(Located::value)).contains("上海市人民政府合作交流办公室 2021 年 政府信息公开工作年度报告");
    assertThat(a.agency().map(Located::value)).contains("上海市人民政府合作交流办公室");
    assertThat(a.year().map(Located::value)).contains(2021);
    assertThat(a.year().flatMap(Located::span).map(s -> s.line())).contains(3);
    assertThat(a.publishedOn().map(Located::value)).contains(LocalDate.of(2022, 1, 26));
    assertThat(a.template()).isEqualTo(TemplateVersion.V2021);
    assertThat(a.sections()).extracting(Section::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(a.sections()).extracting(s -> s.line().orElse(0)).containsExactly(7, 23, 40, 72, 79, 85);
    assertThat(a.section(6).map(Section::heading)).contains("其他需要报告的事项");
    assertThat(count(a, DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureRow::inForce)).isEqualTo(2L);
    assertThat(a.activeDisclosure().get().item(DisclosureItem.FEES).flatMap(DisclosureRow::amount)
        .map(Located::value)).contains(BigDecimal.ZERO);
    assertThatReport(r)
        .row(NEWLY_RECEIVED, 6L, 0L, 0L, 0L, 0L, 0L, 6L)
        .row(CARRIED_OVER, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .row(GRANTED, 2L, 0L, 0L, 0L, 0L, 0L, 2L)
        .row(CONFIRMATION_REQUESTED, 0L, 0L, 0L, 0L, 0L, 0L, 0L) // line 64: lost its leading tabs
        .row(OTHER, 4L, 0L, 0L, 0L, 0L, 0L, 4L)
        .row(TOTAL_HANDLED, 6L, 0L, 0L, 0L, 0L, 0L, 6L)
        .row(CARRIED_FORWARD, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .noRow(OTHER_HANDLING_SUBTOTAL)
        .reviews(null, null, null, null, null, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .hasDiagnostic("blank-cell", 77, "reviewsAndLawsuits.administrativeReview");
    assertThat(r.diagnostics("blank-cell").get(0).related()).hasSize(5);
    assertThat(r.hasErrors()).isFalse();
    // positions: the 6 of 一、本年新收 (line 45: 一、…<TAB><TAB>6 …)
    assertThat(a.applications().get().row(NEWLY_RECEIVED).get().total().get().span().get().position())
        .isEqualTo("45:" + (Fixtures.seed("000").split("\n")[44].lastIndexOf("6") + 1));
  }

  @Test
  void seed001_eightCellRows_fiveCellCarriedForward_fourteenReviewCells() {
    ParseResult r = parse("001");
    assertThat(r.report().year().map(Located::value)).contains(2025);
    assertThat(r.report().publishedOn().map(Located::value)).contains(LocalDate.of(2026, 1, 8));
    assertThatReport(r)
        .row(NEWLY_RECEIVED, 2L, 0L, 0L, 0L, 0L, 0L, 2L)
        .row(STATE_SECRET, 0L, 0L, 0L, 0L, 0L, 0L, 0L) // (三) group label lost
        .row(PROHIBITED_BY_LAW, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .row(NOT_HELD, 1L, 0L, 0L, 0L, 0L, 0L, 1L)
        .row(OTHER, 1L, 0L, 0L, 0L, 0L, 0L, 1L)
        .row(TOTAL_HANDLED, 2L, 0L, 0L, 0L, 0L, 0L, 2L)
        .row(CARRIED_FORWARD, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .reviews(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .hasDiagnostic("label-variant", 47, "applications.withheld.prohibitedByLaw")
        .hasDiagnostic("row-subtotal-cell", 58, "applications.notProcessed.complaintOrPetition")
        .hasDiagnostic("row-subtotal-cell", 66, "applications.totalHandled")
        .hasDiagnostic("row-missing-cells", 67, "applications.carriedForward")
        .hasDiagnostic("value-recovered", 67, "applications.carriedForward")
        .hasDiagnostic("row-missing-cells", 75, "reviewsAndLawsuits")
        .hasDiagnostic("value-recovered", 75, "reviewsAndLawsuits.administrativeReview");
    // the extra cell after the page break is kept as the 法人或其他组织 subtotal, not dropped
    assertThat(r.report().applications().get().row(OTHER).get().legalPersonSubtotal().map(Located::value)).contains(0L);
    assertThat(r.report().applications().get().row(NEWLY_RECEIVED).get().legalPersonSubtotal()).isEmpty();
    assertThat(r.report().applications().get().subtotalColumn()).isFalse();
    assertThat(r.diagnostics("row-subtotal-cell")).hasSize(9);
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void seed002_collapsedOtherHandling_sixteenReviewCells() {
    ParseResult r = parse("002");
    assertThat(r.report().title().map(Located::value)).contains("2022 年政府信息公开工作年度报告 上海市人民政府外事办公室");
    assertThat(r.report().agency().map(Located::value)).contains("上海市人民政府外事办公室");
    assertThat(r.report().agency().flatMap(Located::span).map(s -> s.line())).contains(5);
    assertThat(r.report().publishedOn()).isEmpty();
    assertThatReport(r)
        .row(NEWLY_RECEIVED, 3L, 0L, 0L, 0L, 0L, 0L, 3L)
        .row(GRANTED, 1L, 0L, 0L, 0L, 0L, 0L, 1L)
        .row(NOT_HELD, 1L, 0L, 0L, 0L, 0L, 0L, 1L)
        .row(OTHER_HANDLING_SUBTOTAL, 1L, 0L, 0L, 0L, 0L, 0L, 1L)
        .noRow(NO_AMENDMENT_IN_TIME).noRow(FEE_UNPAID).noRow(OTHER)
        .row(TOTAL_HANDLED, 3L, 0L, 0L, 0L, 0L, 0L, 3L)
        .row(CARRIED_FORWARD, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .reviews(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .hasDiagnostic("row-subtotal-cell", 79, "applications.otherHandling.subtotal")
        .hasDiagnostic("row-extra-cells", 88, "reviewsAndLawsuits");
    assertThat(r.report().applications().get().row(OTHER_HANDLING_SUBTOTAL).get().legalPersonSubtotal()
        .map(Located::value)).contains(0L);
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void seed003_tableCutAfterWithheld8_sectionFourMissing() {
    ParseResult r = parse("003");
    assertThat(r.report().agency().map(Located::value)).contains("上海市宝山区机关事务管理局");
    assertThat(r.report().sections()).extracting(Section::number).containsExactly(1, 2, 3, 5, 6);
    assertThat(r.report().reviewsAndLawsuits()).isEmpty();
    assertThat(r.report().activeDisclosure().get().item(DisclosureItem.NORMATIVE_DOCUMENTS)).isPresent();
    assertThatReport(r)
        .row(NEWLY_RECEIVED, 2L, 0L, 0L, 0L, 0L, 0L, 2L)
        .row(GRANTED, 1L, 0L, 0L, 0L, 0L, 0L, 1L) // label "三、 本年 度办 理结 果" split by spaces
        .row(ADMINISTRATIVE_QUERY, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .noRow(NOT_HELD).noRow(TOTAL_HANDLED).noRow(CARRIED_FORWARD)
        .hasDiagnostic("template-conformance", 18, "activeDisclosure")
        .hasDiagnostic("row-missing", 46, "applications.unableToProvide.notHeld")
        .hasDiagnostic("row-missing", 46, "applications.carriedForward")
        .hasDiagnostic("section-missing", 48, "sections");
    assertThat(r.diagnostics("row-missing")).hasSize(13)
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void seed004_pageBreakInSectionTwo() {
    ParseResult r = parse("004");
    AnnualReport a = r.report();
    assertThat(a.agency().map(Located::value)).contains("上海市虹口区政府");
    assertThat(count(a, DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureRow::issued)).isEqualTo(1L);
    assertThat(count(a, DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureRow::repealed)).isEqualTo(3L);
    assertThat(count(a, DisclosureItem.NORMATIVE_DOCUMENTS, DisclosureRow::inForce)).isEqualTo(8L);
    assertThat(count(a, DisclosureItem.LICENSING, DisclosureRow::decisions)).isEqualTo(53L);
    assertThat(count(a, DisclosureItem.COMPULSION, DisclosureRow::decisions)).isEqualTo(2L); // after the break
    assertThatReport(r)
        .row(NEWLY_RECEIVED, 71L, 3L, 0L, 0L, 0L, 0L, 74L)
        .row(CARRIED_OVER, 11L, 0L, 0L, 0L, 0L, 0L, 11L)
        .row(GRANTED, 22L, 1L, 0L, 0L, 0L, 0L, 23L)
        .row(SECURITY_AND_STABILITY, 2L, 0L, 0L, 0L, 0L, 0L, 2L)
        .row(ADMINISTRATIVE_QUERY, 7L, 0L, 0L, 0L, 0L, 0L, 7L)
        .row(NOT_HELD, 37L, 1L, 0L, 0L, 0L, 0L, 38L)
        .row(NEEDS_CREATION, 5L, 1L, 0L, 0L, 0L, 0L, 6L)
        .row(OTHER, 4L, 0L, 0L, 0L, 0L, 0L, 4L) // "3.其他" lost its leading tabs
        .row(TOTAL_HANDLED, 77L, 3L, 0L, 0L, 0L, 0L, 80L)
        .row(CARRIED_FORWARD, 5L, 0L, 0L, 0L, 0L, 0L, 5L)
        .reviews(10L, 0L, 0L, 1L, 11L, 0L, 0L, 0L, 0L, 0L, 4L, 0L, 0L, 0L, 4L);
    assertThat(r.hasErrors()).isFalse();
  }

  private static long count(AnnualReport a, DisclosureItem item,
      java.util.function.Function<DisclosureRow, java.util.Optional<Located<Long>>> field) {
    return a.activeDisclosure().flatMap(d -> d.item(item)).flatMap(field).map(Located::value).orElseThrow();
  }
}
