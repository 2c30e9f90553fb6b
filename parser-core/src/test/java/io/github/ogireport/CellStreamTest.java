package io.github.ogireport;

import static io.github.ogireport.ReportAssertions.assertThatReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables printed one cell per line or column by column: the repairs the reconstruction reports on the
 * corpus (021, 024, 025) with their positions, and each way the reading order can fail (a row with no
 * label, a label that disagrees with the order, numbers past the table's end, numbers that make no
 * whole row, （六） undecidable, section 四's blocks in an undecidable order or in none that adds up).
 */
class CellStreamTest {

  private static final ReportParser PARSER = ReportParser.create();

  /** "code line" of every diagnostic, in the parser's order. */
  private static List<String> notes(ParseResult r) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : r.diagnostics()) {
      out.add(d.code() + " " + d.line().map(String::valueOf).orElse("-"));
    }
    return out;
  }

  private static String position(Located<?> located) {
    return located.span().map(SourceSpan::position).orElse("none");
  }

  // ---- the corpus ----------------------------------------------------------------------------------

  @Test
  void pdftotextRaw021_labelsApartFromTheirNumbers_andSection4Reordered() {
    String text = Fixtures.resource("/corpus/021_huaian-city-2024-pdfraw.txt");
    ParseResult r = PARSER.parse(text);
    assertThat(notes(r)).containsExactly("page-number 102",
        "row-placed-by-order 182", "row-placed-by-order 196", "page-number 373", "row-placed-by-order 473",
        "row-placed-by-order 487", "row-placed-by-order 501", "row-placed-by-order 515",
        "reviews-order-rebuilt 602");
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("row-placed-by-order"))
        .allMatch(d -> d.severity() == Severity.INFO)
        .extracting(d -> d.related().get(0).line())
        .containsExactly(354, 355, 564, 566, 572, 576);
    Diagnostic s4 = r.diagnostics("reviews-order-rebuilt").get(0);
    assertThat(s4.severity()).isEqualTo(Severity.WARNING);
    assertThat(s4.message()).contains("72 64 178 37 12 1 1 6 351 13 4 8 1 26 20")
        .contains("72 64 178 37 351 13 4 8 1 26 12 1 1 6 20");
    // positions: (一)予以公开's 1288 is on line 182; the row's label on line 354; section 四's 351 on line 646
    var granted = r.report().applications().get().row(ApplicationRow.GRANTED).get();
    assertThat(position(granted.naturalPerson().get())).isEqualTo("182:1");
    assertThat(granted.span().map(SourceSpan::line)).contains(354);
    assertThat(position(r.report().reviewsAndLawsuits().get().administrativeReview().total().get()))
        .isEqualTo("646:1");
  }

  @Test
  void pdfminer024_columnBlocksOutOfPlaceAreReordered() {
    ParseResult r = PARSER.parse(Fixtures.resource("/corpus/024_hongze-district-2023-pdfminer.txt"));
    // 024's section 四 totals are not the sums in the source itself (MANIFEST): A4 fires at both
    assertThat(notes(r)).containsExactly("cells-column-major 89", "page-number 113", "label-variant 189",
        "columns-reordered 209", "cells-column-major 209", "page-number 342", "template-conformance 360",
        "cells-column-major 366", "reviews-group-total 524", "reviews-group-total 544");
    assertThat(r.diagnostics("columns-reordered").get(0).message())
        .contains("自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 总计, 其他");
    // 21 (一、本年新收, 总计) is printed in the sixth block: line 304
    var received = r.report().applications().get().row(ApplicationRow.NEWLY_RECEIVED).get();
    assertThat(position(received.total().get())).isEqualTo("304:1");
    assertThat(position(received.naturalPerson().get())).isEqualTo("209:1");
    assertThat(received.span().map(SourceSpan::line)).contains(166);
  }

  @Test
  void pdfminer025_columnByColumn() {
    ParseResult r = PARSER.parse(Fixtures.resource("/corpus/025_huaian-city-2024-pdfminer.txt"));
    assertThat(notes(r)).containsExactly("cells-column-major 140", "page-number 156", "page-number 240",
        "cells-column-major 264", "cells-column-major 490");
    var normative = r.report().activeDisclosure().get().item(DisclosureItem.NORMATIVE_DOCUMENTS).get();
    assertThat(position(normative.repealed().get())).isEqualTo("146:1"); // 26, the second value of 本年废止件数
  }

  @Test
  void fragmentsOfTheCellRenderingsNeverThrow() {
    for (String file : List.of("021_huaian-city-2024-pdfraw.txt", "024_hongze-district-2023-pdfminer.txt",
        "025_huaian-city-2024-pdfminer.txt")) {
      String text = Fixtures.resource("/corpus/" + file);
      qt().withExamples(150).forAll(integers().between(0, text.length()), integers().between(0, text.length()))
          .checkAssert((a, b) -> {
            ParseResult r = PARSER.parse(text.substring(Math.min(a, b), Math.max(a, b)));
            assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("internal-error"));
          });
    }
  }

  // ---- synthetic tables ----------------------------------------------------------------------------

  private static String report(String s2, String s3, String s4) {
    return "测试局2022年政府信息公开工作年度报告\n一、总体情况\n无。\n二、主动公开政府信息情况\n" + s2
        + "三、收到和处理政府信息公开申请情况\n" + s3 + "四、政府信息公开行政复议、行政诉讼情况\n" + s4
        + "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
  }

  private static String cells(Object... cells) {
    StringBuilder sb = new StringBuilder();
    for (Object c : cells) {
      sb.append(c).append("\n\n");
    }
    return sb.toString();
  }

  private static String row(ApplicationRow row, long... values) {
    StringBuilder sb = new StringBuilder(row == null ? "" : cells(Renderings.label(row)));
    for (long v : values) {
      sb.append(v).append("\n\n");
    }
    return sb.toString();
  }

  private static final String HEADER = cells("申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构",
      "社会公益组织", "法律服务机构", "其他");

  @Test
  void aRowWhoseLabelIsPrintedNowhere_isPlacedByOrderWithAWarning() {
    String s3 = HEADER + row(ApplicationRow.NEWLY_RECEIVED, 5, 0, 0, 0, 0, 0, 5)
        + row(ApplicationRow.CARRIED_OVER, 1, 0, 0, 0, 0, 0, 1)
        + row(null, 4, 0, 0, 0, 0, 0, 4) // （一）予以公开, label lost
        + row(ApplicationRow.PARTIALLY_GRANTED, 2, 0, 0, 0, 0, 0, 2);
    ParseResult r = PARSER.parse(report("", s3, ""));
    assertThatReport(r).row(ApplicationRow.GRANTED, 4L, 0L, 0L, 0L, 0L, 0L, 4L)
        .row(ApplicationRow.CARRIED_OVER, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    Diagnostic d = r.diagnostics("row-placed-by-order").get(0);
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.path()).contains("applications.granted");
    assertThat(d.message()).contains("carry no label");
  }

  @Test
  void numbersAfterTheLabelOfAnotherRow_arePlacedByOrderAndTheDisagreementReported() {
    String s3 = HEADER + row(ApplicationRow.NEWLY_RECEIVED, 5, 0, 0, 0, 0, 0, 5)
        + row(ApplicationRow.CARRIED_OVER, 1, 0, 0, 0, 0, 0, 1)
        + row(ApplicationRow.CARRIED_OVER, 4, 0, 0, 0, 0, 0, 4);
    ParseResult r = PARSER.parse(report("", s3, ""));
    assertThatReport(r).row(ApplicationRow.CARRIED_OVER, 1L, 0L, 0L, 0L, 0L, 0L, 1L)
        .row(ApplicationRow.GRANTED, 4L, 0L, 0L, 0L, 0L, 0L, 4L);
    assertThat(r.diagnostics("row-label-disagrees")).singleElement().satisfies(d -> {
      assertThat(d.path()).contains("applications.granted");
      assertThat(d.message()).contains("上年结转");
    });
  }

  @Test
  void numbersPastTheLastRow_areNotUsed() {
    String s3 = HEADER + row(ApplicationRow.CARRIED_FORWARD, 1, 0, 0, 0, 0, 0, 1, 9, 9, 9, 9, 9, 9, 9);
    ParseResult r = PARSER.parse(report("", s3, ""));
    assertThatReport(r).row(ApplicationRow.CARRIED_FORWARD, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
    assertThat(r.diagnostics("rows-order-conflict")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("9 9 9 9 9 9 9").contains("past the last row"));
  }

  @Test
  void numbersThatMakeNoWholeRow_areNotUsed() {
    String s3 = HEADER + row(ApplicationRow.NEWLY_RECEIVED, 5, 0, 0, 0, 0, 0, 5, 1, 2, 3);
    ParseResult r = PARSER.parse(report("", s3, ""));
    assertThat(r.report().applications()).isEmpty();
    assertThat(r.diagnostics("cells-unplaced")).singleElement()
        .satisfies(d -> assertThat(d.related()).hasSize(10));
  }

  @Test
  void rowsAfterItem5WithoutAnyLabelOf6_dependOnHowSixIsPrinted() {
    String s3 = HEADER + row(ApplicationRow.CONFIRMATION_REQUESTED, 1, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 2);
    ParseResult r = PARSER.parse(report("", s3, ""));
    assertThatReport(r).row(ApplicationRow.CONFIRMATION_REQUESTED, 1L, 0L, 0L, 0L, 0L, 0L, 1L)
        .noRow(ApplicationRow.NO_AMENDMENT_IN_TIME).noRow(ApplicationRow.OTHER_HANDLING_SUBTOTAL);
    assertThat(r.diagnostics("cells-ambiguous")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("2 0 0 0 0 0 2"));
  }

  @Test
  void aCompleteTableWithoutLabelsOf6_takesTheRowOrderThatFillsIt() {
    Renderings.Tables t = new Renderings.Tables(false, new long[15], new String[] {"0", "0", "0", "0", "0", "0", "0",
        "0", "0", "0"});
    for (ApplicationRow row : ApplicationRow.values()) {
      if (!row.group().filter(g -> g == ApplicationRow.Group.OTHER_HANDLING).isPresent()
          || row == ApplicationRow.OTHER_HANDLING_SUBTOTAL) {
        t.rows.put(row, new long[] {0, 0, 0, 0, 0, 0, 0});
      }
    }
    t.rows.put(ApplicationRow.NEWLY_RECEIVED, new long[] {3, 0, 0, 0, 0, 0, 3});
    t.rows.put(ApplicationRow.OTHER_HANDLING_SUBTOTAL, new long[] {3, 0, 0, 0, 0, 0, 3});
    t.rows.put(ApplicationRow.TOTAL_HANDLED, new long[] {3, 0, 0, 0, 0, 0, 3});
    String text = Renderings.render(t, Renderings.Layout.CELLS_LABELS_APART,
        java.util.EnumSet.of(ApplicationRow.OTHER_HANDLING_SUBTOTAL), 5)
        .replace("（六）其他处理\n\n", "");
    ParseResult r = PARSER.parse(text);
    assertThatReport(r).row(ApplicationRow.OTHER_HANDLING_SUBTOTAL, 3L, 0L, 0L, 0L, 0L, 0L, 3L)
        .noRow(ApplicationRow.NO_AMENDMENT_IN_TIME);
    assertThat(r.diagnostics("row-placed-by-order")).singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void section4BlocksInSeveralEquallyGoodOrders_areAbsent() {
    String text = Fixtures.resource("/corpus/021_huaian-city-2024-pdfraw.txt").replace("\n复议后起诉\n", "\n");
    ParseResult r = PARSER.parse(text);
    assertThat(r.report().reviewsAndLawsuits()).isEmpty();
    assertThat(r.diagnostics("cells-ambiguous")).singleElement().satisfies(d -> {
      assertThat(d.path()).contains("reviewsAndLawsuits");
      assertThat(d.message()).contains("2 orders");
    });
  }

  @Test
  void section4BlocksInNoOrderThatAddsUp_areReadAsPrintedWithAWarning() {
    String s4 = cells("行政复议", "结果维持", 1, 2, 3, 4, "总计", 5, 6, 7, 8, 9, 10, "总计", 11, 12, 13, 14, 15);
    ParseResult r = PARSER.parse(report("", "", s4));
    assertThatReport(r).reviews(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
    assertThat(r.diagnostics("reviews-order-unverified")).hasSize(1);
  }

  @Test
  void section2_valuesThatCannotBePlaced_areReported() {
    String s2 = cells("第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", 1, 2,
        "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", 5, 6);
    ParseResult r = PARSER.parse(report(s2, "", ""));
    DisclosureRow regulations = r.report().activeDisclosure().get().item(DisclosureItem.REGULATIONS).get();
    assertThat(regulations.issued()).isEmpty();
    assertThat(regulations.inForce()).isEmpty();
    assertThat(r.report().activeDisclosure().get().item(DisclosureItem.LICENSING).get().decisions()
        .map(Located::value)).contains(5L);
    assertThat(r.diagnostics("row-missing-cells")).singleElement()
        .satisfies(d -> assertThat(d.path()).contains("activeDisclosure.regulations"));
    assertThat(r.diagnostics("cells-unplaced")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("6"));
  }

  @Test
  void proseWithAPageNumberOnItsOwnLine_isNotACellStream() {
    String s3 = "本年度共收到申请三件，均已按期答复，其中予以公开两件、部分公开一件，没有结转到下一年度的申请。\n3\n";
    ParseResult r = PARSER.parse(report("", s3, ""));
    assertThat(r.report().applications()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain("cells-unplaced", "row-placed-by-order", "rows-order-conflict");
  }
}
