package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.ActiveDisclosure;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A6 and A7 on hand-made consecutive reports of one agency. */
class ReportSeriesTest {

  private static SourceSpan at(int line) {
    return SourceSpan.of(line, 3, line, 4, line * 100, line * 100 + 1);
  }

  /** 自然人 n, zeros, 总计 n, on line {@code line}. */
  private static Counts natural(long n, int line) {
    Counts.Builder b = Counts.builder();
    for (ApplicantColumn c : ApplicantColumn.STANDARD) {
      long v = c == ApplicantColumn.NATURAL_PERSON || c == ApplicantColumn.TOTAL ? n : 0;
      b.set(c, Located.of(v, at(line)));
    }
    return b.build();
  }

  private static DisclosureRow documents(long issued, long repealed, long inForce, int line) {
    return DisclosureRow.builder().issued(Located.of(issued, at(line))).repealed(Located.of(repealed, at(line)))
        .inForce(Located.of(inForce, at(line))).build();
  }

  private static AnnualReport report(String agency, int year, long carriedOver, long carriedForward,
      DisclosureRow regulations, DisclosureRow normative) {
    return AnnualReport.builder()
        .agency(Located.of(agency, at(1)))
        .year(Located.of(year, at(1)))
        .applications(Applications.builder()
            .putRows(ApplicationRow.CARRIED_OVER, natural(carriedOver, 65))
            .putRows(ApplicationRow.CARRIED_FORWARD, natural(carriedForward, 88))
            .build())
        .activeDisclosure(ActiveDisclosure.builder()
            .putItems(DisclosureItem.REGULATIONS, regulations)
            .putItems(DisclosureItem.NORMATIVE_DOCUMENTS, normative)
            .build())
        .build();
  }

  private static final AnnualReport Y2021 = report("上海市虹口区政府", 2021, 11, 5,
      documents(0, 0, 3, 45), documents(1, 3, 8, 46));
  private static final AnnualReport Y2022 = report("上海市虹口区政府", 2022, 5, 2,
      documents(1, 0, 4, 45), documents(2, 1, 9, 46));

  @Test
  void aConsistentSeriesRaisesNothing() {
    List<List<Diagnostic>> d = ReportSeries.validate(List.of(Y2021, Y2022), Locale.ROOT);

    assertThat(d).hasSize(2).allSatisfy(l -> assertThat(l).isEmpty());
  }

  @Test
  void carriedOverMustBeLastYearsCarriedForward() {
    AnnualReport y2023 = report("上海市虹口区政府", 2023, 3, 0, documents(0, 0, 4, 45), documents(0, 0, 9, 46));

    List<List<Diagnostic>> d = ReportSeries.validate(List.of(Y2021, Y2022, y2023), Locale.ROOT);

    assertThat(d.get(0)).isEmpty();
    assertThat(d.get(1)).isEmpty();
    assertThat(d.get(2)).extracting(x -> x.path().orElseThrow())
        .containsExactly("applications.carriedOver.naturalPerson", "applications.carriedOver.total");
    assertThat(d.get(2)).allSatisfy(x -> {
      assertThat(x.code()).isEqualTo(ReportSeries.CARRIED_OVER);
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.line()).hasValue(65);
      assertThat(x.related()).isEmpty();
    });
    assertThat(d.get(2).get(0).message()).isEqualTo(
        "Column \"自然人\": 二、上年结转 3 ≠ 2, the 四、结转下年度继续办理 of the 2022 report (its line 88)");
  }

  @Test
  void inForceFollowsIssuedAndRepealed() {
    AnnualReport y2022 = report("上海市虹口区政府", 2022, 5, 2, documents(1, 0, 4, 45), documents(2, 1, 10, 46));

    List<Diagnostic> d = ReportSeries.validate(List.of(Y2021, y2022), Locale.ROOT).get(1);

    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ReportSeries.IN_FORCE);
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.path()).hasValue("activeDisclosure.normativeDocuments.inForce");
      assertThat(x.line()).hasValue(46);
      assertThat(x.message()).isEqualTo("\"行政规范性文件\": 现行有效件数 10 ≠ 9 = the 2021 report's 现行有效件数 8 (its line 46)"
          + " + 本年制发件数 2 − 本年废止件数 1");
    });
  }

  @Test
  void reportsThatAreNotNeighboursAreNotCompared() {
    AnnualReport y2023 = report("上海市虹口区政府", 2023, 99, 0, documents(0, 0, 0, 45), documents(0, 0, 0, 46));
    AnnualReport other = report("上海市人民政府外事办公室", 2024, 99, 0, documents(0, 0, 0, 45), documents(0, 0, 0, 46));

    List<List<Diagnostic>> d = ReportSeries.validate(List.of(Y2021, y2023, other), Locale.ROOT);

    assertThat(d.get(1)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ReportSeries.NOT_COMPARABLE);
      assertThat(x.message()).isEqualTo(
          "Not compared with the report before it: consecutive years expected, found 2021 then 2023");
    });
    assertThat(d.get(2)).singleElement().satisfies(x -> {
      assertThat(x.path()).hasValue("agency");
      assertThat(x.message()).isEqualTo(
          "Not compared with the report before it: that one is by 上海市虹口区政府, this one by 上海市人民政府外事办公室");
    });
  }

  @Test
  void codesCanBeDisabledAndRegraded() {
    AnnualReport y2022 = report("上海市虹口区政府", 2022, 4, 2, documents(1, 0, 5, 45), documents(2, 1, 9, 46));
    ReportSeries series = ReportSeries.builder().locale(Locale.CHINESE)
        .disable(ReportSeries.IN_FORCE).severity(ReportSeries.CARRIED_OVER, Severity.WARNING).build();

    List<Diagnostic> d = series.check(List.of(Y2021, y2022)).get(1);

    assertThat(d).extracting(Diagnostic::code).containsOnly(ReportSeries.CARRIED_OVER);
    assertThat(d).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
    assertThat(d.get(0).message()).isEqualTo("列“自然人”：二、上年结转 4 ≠ 5，即 2021 年度报告的四、结转下年度继续办理（该报告第 88 行）");
    assertThat(ReportSeries.codes()).containsKeys(ReportSeries.CARRIED_OVER, ReportSeries.IN_FORCE,
        ReportSeries.NOT_COMPARABLE);
  }

  @Test
  void parsedSeedsOfOneAgencyFourYearsApartAreNotCompared() {
    ReportParser parser = ReportParser.create();
    AnnualReport y2021 = parser.parse(Fixtures.seed("000")).report();
    AnnualReport y2025 = parser.parse(Fixtures.seed("001")).report();

    List<List<Diagnostic>> d = ReportSeries.validate(List.of(y2021, y2025), Locale.ROOT);

    assertThat(d.get(1)).extracting(Diagnostic::code).containsExactly(ReportSeries.NOT_COMPARABLE);
    assertThat(d.get(1).get(0).line()).hasValue(3);
  }

  @Test
  void aSeedAndTheSameSeedOneYearLater() {
    // seed 004 (2021, 四 = 5 0 0 0 0 0 5) and a 2022 copy whose 二、上年结转 is 11 0 0 0 0 0 11
    ReportParser parser = ReportParser.create();
    String seed = Fixtures.seed("004");
    String next = Fixtures.replace(seed, 3, "2021 年", "2022 年");

    List<List<Diagnostic>> d = ReportSeries.validate(
        List.of(parser.parse(seed).report(), parser.parse(next).report()), Locale.ROOT);

    // in the order of ParseResult#diagnostics(): by position
    assertThat(d.get(1)).extracting(x -> x.path().orElseThrow(), Diagnostic::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("activeDisclosure.normativeDocuments.inForce", java.util.Optional.of(46)),
        org.assertj.core.groups.Tuple.tuple("applications.carriedOver.naturalPerson", java.util.Optional.of(65)),
        org.assertj.core.groups.Tuple.tuple("applications.carriedOver.total", java.util.Optional.of(65)));
    assertThat(d.get(1).get(0).message()).contains("现行有效件数 8 ≠ 6 = the 2021 report's 现行有效件数 8 (its line 46)");
  }
}
