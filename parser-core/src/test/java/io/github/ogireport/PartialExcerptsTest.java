package io.github.ogireport;

import static io.github.ogireport.ReportAssertions.assertThatReport;
import static io.github.ogireport.model.ApplicationRow.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.ActiveDisclosure;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The partial excerpts of the corpus (050–056: the first part of a web page, or one flip-book page;
 * each stops mid-document) parse with no error but "missing" ones, and exactly the notes listed here:
 * what the excerpt lacks (title, year), and the repairs their renderings call for. Their values are
 * checked against the excerpt text by hand.
 */
class PartialExcerptsTest {

  private static final ReportParser PARSER = ReportParser.create();
  private static final Set<String> MISSING = Set.of("row-missing", "section-missing", "table-missing");

  private static ParseResult parse(String file) {
    ParseResult r = PARSER.parse(Fixtures.resource("/corpus/" + file));
    assertThat(r.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR)
        .extracting(Diagnostic::code).allMatch(MISSING::contains);
    return r;
  }

  /** "code line" of every diagnostic that is not a "missing" one, in the parser's order. */
  private static List<String> notes(ParseResult r) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) {
      if (!MISSING.contains(d.code())) {
        out.add(d.code() + " " + d.line().map(String::valueOf).orElse("-"));
      }
    }
    return out;
  }

  private static List<BigDecimal> values(AnnualReport a, DisclosureItem item, TemplateVersion template) {
    DisclosureRow row = a.activeDisclosure().flatMap(d -> d.item(item)).orElseThrow();
    List<BigDecimal> out = new ArrayList<>();
    for (DisclosureField f : item.fields(template)) {
      out.add(f.decimal(row).orElse(null));
    }
    return out;
  }

  private static final BigDecimal O = BigDecimal.ZERO;

  @Test
  void e050_pipeCellsPerLine_2019_emptyCellsCollectedAtRowEnd() {
    ParseResult r = parse("050_PARTIAL_yueyang-nanhu-dept-2019-pipes.txt");
    AnnualReport a = r.report();
    assertThat(a.template()).isEqualTo(TemplateVersion.V2019);
    for (DisclosureItem item : DisclosureItem.values()) {
      List<BigDecimal> zeros = new ArrayList<>();
      item.fields(TemplateVersion.V2019).forEach(f -> zeros.add(O));
      assertThat(values(a, item, TemplateVersion.V2019)).as("%s", item).usingElementComparator(BigDecimal::compareTo)
          .isEqualTo(zeros);
    }
    // rows 一 (3 3), 二 (0 0), （一） (3 3), （二） (0): the copy dropped the empty cells' places, so the
    // numbers cannot be put in columns; the rows are there, their cells absent
    for (var row : List.of(NEWLY_RECEIVED, CARRIED_OVER, GRANTED, PARTIALLY_GRANTED)) {
      assertThatReport(r).row(row, null, null, null, null, null, null, null);
    }
    assertThat(notes(r)).containsExactly("title-missing -", "year-inferred 2",
        "row-missing-cells 92", "cells-ambiguous 92", "row-missing-cells 96", "cells-ambiguous 96",
        "row-missing-cells 101", "cells-ambiguous 101", "row-missing-cells 105", "cells-ambiguous 105");
    assertThat(r.diagnostics("section-missing")).hasSize(3);
    assertThat(r.diagnostics("row-missing")).hasSize(21);
  }

  @Test
  void e051_cellPerLine_labelsOnly() {
    ParseResult r = parse("051_PARTIAL_xiongxian-township-2019-cellperline.txt");
    AnnualReport a = r.report();
    assertThat(a.template()).isEqualTo(TemplateVersion.V2019);
    ActiveDisclosure d = a.activeDisclosure().orElseThrow();
    assertThat(d.items()).hasSize(8);
    assertThat(d.items().values()).allMatch(row -> row.equals(DisclosureRow.builder().build()));
    assertThat(a.applications()).isEmpty();
    assertThat(a.reviewsAndLawsuits()).isEmpty();
    // the lone 0 after 规章: which of its three columns it stood in is lost
    assertThat(notes(r)).containsExactly("title-missing -", "year-inferred 2", "row-missing-cells 9");
    assertThat(r.diagnostics("row-missing-cells").get(0).path()).contains("activeDisclosure.regulations");
    assertThat(r.diagnostics("table-missing")).extracting(Diagnostic::path)
        .containsExactly(java.util.Optional.of("applications"), java.util.Optional.of("reviewsAndLawsuits"));
    assertThat(a.sections()).extracting(Section::number).containsExactly(1, 2, 3, 4);
  }

  @Test
  void e052_pipeRows_cutInsideARow() {
    ParseResult r = parse("052_PARTIAL_shenzhen-longgang-dept-2024-pipes.txt");
    AnnualReport a = r.report();
    assertThatReport(r)
        .row(NEWLY_RECEIVED, 58L, 7L, 0L, 0L, 1L, 0L, 66L)
        .row(CARRIED_OVER, 2L, 0L, 0L, 0L, 0L, 0L, 2L)
        .row(GRANTED, 2L, 1L, 0L, 0L, 0L, 0L, 3L)
        .row(PARTIALLY_GRANTED, 16L, 1L, 0L, 0L, 0L, 0L, 17L)
        .row(INTERNAL_AFFAIRS, 1L, 0L, 0L, 0L, 0L, 0L, 1L)
        .row(ENFORCEMENT_CASE_FILES, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(values(a, DisclosureItem.NORMATIVE_DOCUMENTS, TemplateVersion.V2021))
        .containsExactly(BigDecimal.valueOf(5), BigDecimal.ONE, BigDecimal.valueOf(25));
    assertThat(notes(r)).containsExactly("title-missing -", "year-inferred 2", "row-missing-cells 32",
        "value-recovered 32");
  }

  @Test
  void e053_pipeCellsPerLine_blankOrganisationCells_andNotApplicable() {
    ParseResult r = parse("053_PARTIAL_district-statistics-bureau-2023-pipes-blanks.txt");
    AnnualReport a = r.report();
    assertThat(a.template()).isEqualTo(TemplateVersion.V2021);
    assertThat(values(a, DisclosureItem.REGULATIONS, TemplateVersion.V2021)).containsExactly(null, null, null);
    assertThat(values(a, DisclosureItem.NORMATIVE_DOCUMENTS, TemplateVersion.V2021)).containsExactly(O, O, O);
    for (DisclosureItem item : List.of(DisclosureItem.LICENSING, DisclosureItem.PENALTY, DisclosureItem.COMPULSION,
        DisclosureItem.FEES)) {
      assertThat(values(a, item, TemplateVersion.V2021)).as("%s", item).usingElementComparator(BigDecimal::compareTo)
          .containsExactly(O);
    }
    assertThatReport(r)
        .row(NEWLY_RECEIVED, 0L, 0L, 0L, 0L, 0L, 0L, 0L)
        .row(CARRIED_OVER, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(a.applications().get().rows()).hasSize(2);
    assertThat(notes(r)).containsExactly("title-missing -", "year-inferred 1", "not-applicable 15",
        "not-applicable 16", "not-applicable 17", "blank-as-zero 63", "blank-as-zero 72");
  }

  @Test
  void e054_pipeRows_headerSplitOverTwoLines_onlyTotalsFilled() {
    ParseResult r = parse("054_PARTIAL_xuwen-county-bureau-pipes-splitheader.txt");
    AnnualReport a = r.report();
    assertThat(values(a, DisclosureItem.NORMATIVE_DOCUMENTS, TemplateVersion.V2021))
        .containsExactly(BigDecimal.valueOf(3), O, BigDecimal.valueOf(101));
    for (var row : List.of(NEWLY_RECEIVED, CARRIED_OVER, GRANTED, PARTIALLY_GRANTED, STATE_SECRET, PROHIBITED_BY_LAW,
        SECURITY_AND_STABILITY, THIRD_PARTY_RIGHTS, INTERNAL_AFFAIRS)) {
      assertThatReport(r).row(row, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }
    assertThat(a.applications().get().rows()).hasSize(9);
    assertThat(notes(r)).containsExactly("year-missing -", "blank-as-zero 24", "blank-as-zero 25",
        "blank-as-zero 26", "blank-as-zero 27", "blank-as-zero 28", "blank-as-zero 29", "blank-as-zero 30",
        "blank-as-zero 31", "blank-as-zero 32");
  }

  @Test
  void e055_flipBookPage_section4Only() {
    ParseResult r = parse("055_PARTIAL_wendeng-xinfang-2022-flipbook-p8.txt");
    AnnualReport a = r.report();
    assertThat(a.sections()).extracting(Section::number).containsExactly(4, 5);
    assertThatReport(r).reviews(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(a.reviewsAndLawsuits().get().span().map(s -> s.line())).contains(9);
    assertThat(notes(r)).containsExactly("template-unknown -", "section-heading-variant 3",
        "section-heading-variant 10");
  }

  @Test
  void e056_flipBookPage_stackedHeader_narrativeBeforeTheTable_lastRowOfSection3BeforeAnyHeadingIsRead() {
    ParseResult r = parse("056_PARTIAL_district-audit-bureau-2020-flipbook-p9.txt");
    AnnualReport a = r.report();
    assertThat(a.sections()).extracting(Section::number).containsExactly(4, 5);
    assertThatReport(r).reviews(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(a.reviewsAndLawsuits().get().span().map(s -> s.line())).contains(17);
    // "四、结转下年度继续办理 0 0 0 0 0 0 0" stands before the page's first section heading: the page starts
    // inside section 三's table, so the row is read as that table's (said so), its seven cells at line 3
    assertThatReport(r).row(CARRIED_FORWARD, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    assertThat(a.applications().get().rows()).hasSize(1);
    assertThat(a.applications().get().row(CARRIED_FORWARD).orElseThrow().total()
        .flatMap(Located::span).map(s -> s.line() + ":" + s.column())).contains("3:25");
    assertThat(a.template()).isEqualTo(TemplateVersion.V2019); // the year 2020, inferred from the text
    assertThat(notes(r)).containsExactly("title-missing -", "year-inferred 1", "rows-before-headings 3");
  }
}
