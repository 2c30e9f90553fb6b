package io.github.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.Fixtures;
import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One fault planted in an otherwise consistent seed raises an error that names the value (its JSON
 * path) and its line. Line numbers are those of the seed files.
 */
class PlantedFaultsTest {

  private static final ReportParser PARSER = ReportParser.create();
  private static final String SEED_004 = Fixtures.seed("004");

  @Test
  void aChangedCellBreaksItsRowTotalAndItsColumn() {
    // line 66: 三、本年度办理结果 (一) 予以公开 22 1 0 0 0 0 23 → 自然人 21
    ParseResult result = PARSER.parse(Fixtures.replace(SEED_004, 66, "\t22\t", "\t21\t"));

    Diagnostic row = only(result, "applications-row-total");
    assertThat(row.severity()).isEqualTo(Severity.ERROR);
    assertThat(row.path()).hasValue("applications.granted.total");
    assertThat(row.line()).hasValue(66);
    assertThat(row.message()).isEqualTo(
        "Row \"（一）予以公开\": 总计 23 ≠ 自然人 21 + 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 22");
    assertThat(row.related()).hasSize(6).allSatisfy(s -> assertThat(s.line()).isEqualTo(66));
    SourceSpan changed = row.related().get(0);
    assertThat(Fixtures.line(SEED_004, 66).replace("\t22\t", "\t21\t").substring(changed.column() - 1, changed.endColumn() - 1))
        .isEqualTo("21");

    Diagnostic column = only(result, "applications-results-total");
    assertThat(column.path()).hasValue("applications.totalHandled.naturalPerson");
    assertThat(column.line()).hasValue(87);
    assertThat(column.related()).contains(changed);
    assertThat(column.message()).startsWith("Column \"自然人\": （七）总计 77 ≠ 76,");
    assertThat(errors(result)).extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("applications-row-total", "applications-results-total");
  }

  @Test
  void aChangedSection四TotalBreaksItsGroup() {
    // line 95: 10 0 0 1 11 | 0 0 0 0 0 | 4 0 0 0 4 → 行政复议 总计 12
    ParseResult result = PARSER.parse(Fixtures.replace(SEED_004, 95, "\t11\t", "\t12\t"));

    Diagnostic d = only(result, "reviews-group-total");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.path()).hasValue("reviewsAndLawsuits.administrativeReview.total");
    assertThat(d.line()).hasValue(95);
    assertThat(d.span().get().column()).isEqualTo(10);
    assertThat(d.message()).isEqualTo("Group \"行政复议\": 总计 12 ≠ 结果维持 10 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 11");
    assertThat(d.related()).extracting(SourceSpan::column).containsExactly(1, 4, 6, 8);
    assertThat(errors(result)).hasSize(1);
  }

  @Test
  void aDeletedRowIsMissingWhereItShouldHaveBeen() {
    // line 70: (三) 不予公开 3.危及“三安全一稳定” 2 0 0 0 0 0 2
    ParseResult result = PARSER.parse(Fixtures.deleteLine(SEED_004, 70, "3.危及“三安全一稳定”"));

    Diagnostic d = only(result, "row-missing");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.path()).hasValue("applications.withheld.securityAndStability");
    assertThat(d.line()).hasValue(69); // after 2.其他法律行政法规禁止公开, the last row before it
    assertThat(d.message()).isEqualTo("Row \"（三）3.危及“三安全一稳定”\" is missing from its table");
    // the sums that need the lost row are not checked: an absent row is not a row of zeros
    assertThat(errors(result)).extracting(Diagnostic::code).containsExactly("row-missing");
  }

  @Test
  void aNegativeCountIsOutOfDomain() {
    // line 78: (四) 3.补正后申请内容仍不明确 0 0 0 0 0 0 0 → -1 1 0 0 0 0 0 (the row still sums)
    ParseResult result = PARSER.parse(Fixtures.replace(SEED_004, 78, "仍不明确\t0\t0\t", "仍不明确\t-1\t1\t"));

    Diagnostic d = only(result, "value-domain");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.path()).hasValue("applications.unableToProvide.unclearAfterAmendment.naturalPerson");
    assertThat(d.line()).hasValue(78);
    assertThat(d.message()).isEqualTo("（四）无法提供 3.补正后申请内容仍不明确 · 自然人 is -1: a count cannot be negative");
    assertThat(result.diagnostics("applications-row-total")).isEmpty();
  }

  @Test
  void aNegativeSection四CountIsOutOfDomain() {
    ParseResult result = PARSER.parse(Fixtures.replace(SEED_004, 95, "10\t0\t0\t1\t11", "10\t-1\t0\t2\t11"));

    Diagnostic d = only(result, "value-domain");
    assertThat(d.path()).hasValue("reviewsAndLawsuits.administrativeReview.corrected");
    assertThat(d.line()).hasValue(95);
    assertThat(errors(result)).hasSize(1);
  }

  @Test
  void aChangedCarriedForwardBreaksTheBalance() {
    // line 88: 四、结转下年度继续办理 5 0 0 0 0 0 5 → 6 … 6 (the row still sums, A1 does not)
    ParseResult result = PARSER.parse(Fixtures.replace(SEED_004, 88, "\t5\t0\t0\t0\t0\t0\t5\t", "\t6\t0\t0\t0\t0\t0\t6\t"));

    List<Diagnostic> d = result.diagnostics("applications-balance");
    assertThat(d).extracting(x -> x.path().orElseThrow())
        .containsExactly("applications.carriedForward.naturalPerson", "applications.carriedForward.total");
    assertThat(d).allSatisfy(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.line()).hasValue(88);
      assertThat(x.related()).extracting(SourceSpan::line).containsExactly(64, 65, 87);
    });
    assertThat(d.get(0).message()).isEqualTo(
        "Column \"自然人\": 一、本年新收 71 + 二、上年结转 11 = 82, but （七）总计 77 + 四、结转下年度继续办理 6 = 83");
  }

  @Test
  void aChangedSubtotalBreaksItsRow() {
    // seed 001 line 65: 3.其他 1 0 0 0 0 0 0 1, the 7th number read as 小计 → 1 1 0 0 0 0 0 2
    ParseResult result = PARSER.parse(Fixtures.replace(Fixtures.seed("001"), 65,
        "\t1\t0\t0\t0\t0\t0\t0\t1", "\t1\t1\t0\t0\t0\t0\t0\t2"));

    Diagnostic d = only(result, "applications-row-subtotal");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.path()).hasValue("applications.otherHandling.other.legalPersonSubtotal");
    assertThat(d.line()).hasValue(65);
    assertThat(d.message()).isEqualTo(
        "Row \"（六）其他处理 3.其他\": 小计 0 ≠ 商业企业 1 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 1");
    assertThat(d.related()).hasSize(5);
  }

  @Test
  void messagesFollowTheLocale() {
    ParseResult result = ReportParser.builder().locale(java.util.Locale.CHINA).build()
        .parse(Fixtures.replace(SEED_004, 95, "\t11\t", "\t12\t"));

    assertThat(only(result, "reviews-group-total").message())
        .isEqualTo("“行政复议”：总计 12 ≠ 结果维持 10 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 11");
  }

  private static Diagnostic only(ParseResult result, String code) {
    List<Diagnostic> found = result.diagnostics(code);
    assertThat(found).as("diagnostics %s in %s", code, result.diagnostics()).hasSize(1);
    return found.get(0);
  }

  private static List<Diagnostic> errors(ParseResult result) {
    return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).collect(Collectors.toList());
  }
}
