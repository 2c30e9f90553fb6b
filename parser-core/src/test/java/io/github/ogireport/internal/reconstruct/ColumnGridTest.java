package io.github.ogireport.internal.reconstruct;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Space-aligned rows with empty columns, read through the whole parser. */
class ColumnGridTest {

  private static final ReportParser PARSER = ReportParser.create();

  private static final String HEAD = "某市某局2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n";

  private static Optional<DisclosureRow> row(ParseResult r, DisclosureItem item) {
    return r.report().activeDisclosure().flatMap(a -> Optional.ofNullable(a.items().get(item)));
  }

  private static List<Optional<Long>> counts(DisclosureRow row, DisclosureField... fields) {
    return List.of(fields).stream().map(f -> f.located(row).map(l -> l.value().longValue()))
        .collect(Collectors.toList());
  }

  @Test
  void aNumberIsReadInTheColumnItStandsUnder() {
    ParseResult r = PARSER.parse(HEAD
        + "信息内容        本年制发件数  本年废止件数  现行有效件数\n"
        + "规章                          2             15\n"
        + "行政规范性文件  3                           40\n");
    DisclosureRow regulations = row(r, DisclosureItem.REGULATIONS).orElseThrow();
    assertThat(counts(regulations, DisclosureField.ISSUED, DisclosureField.REPEALED, DisclosureField.IN_FORCE))
        .containsExactly(Optional.empty(), Optional.of(2L), Optional.of(15L));
    DisclosureRow normative = row(r, DisclosureItem.NORMATIVE_DOCUMENTS).orElseThrow();
    assertThat(counts(normative, DisclosureField.ISSUED, DisclosureField.REPEALED, DisclosureField.IN_FORCE))
        .containsExactly(Optional.of(3L), Optional.empty(), Optional.of(40L));
    // each empty column is a blank cell, reported where it stands
    assertThat(r.diagnostics("blank-cell")).extracting(d -> d.path().orElseThrow() + "@" + d.line().orElseThrow())
        .containsExactly("activeDisclosure.regulations.issued@6", "activeDisclosure.normativeDocuments.repealed@7");
    // under 本年制发件数: display column 16, i.e. after 规章 (2 chars, 4 columns) and 12 spaces
    assertThat(r.diagnostics("blank-cell").get(0).span().orElseThrow().column()).isEqualTo(15);
  }

  @Test
  void aRowWithoutItsHeaderKeepsTheColumnsOfTheRowsAboveAcrossAPageBreak() {
    ParseResult r = PARSER.parse(HEAD
        + "信息内容        本年制发件数  本年废止件数  现行有效件数\n"
        + "规章            1             2             15\n"
        + "\n\n                         - 3 -\n\f"
        + "行政规范性文件                              40\n");
    assertThat(counts(row(r, DisclosureItem.NORMATIVE_DOCUMENTS).orElseThrow(), DisclosureField.ISSUED,
        DisclosureField.REPEALED, DisclosureField.IN_FORCE))
        .containsExactly(Optional.empty(), Optional.empty(), Optional.of(40L));
  }

  @Test
  void fullWidthDigitsTakeTwoColumnsWhereTheyWereLaidOut() {
    // "１５" is four columns wide: the 40 below it still stands under 现行有效件数
    ParseResult r = PARSER.parse(HEAD
        + "信息内容        本年制发件数  本年废止件数  现行有效件数\n"
        + "规章            １            ２            １５\n"
        + "行政规范性文件                              40\n");
    assertThat(counts(row(r, DisclosureItem.REGULATIONS).orElseThrow(), DisclosureField.ISSUED,
        DisclosureField.REPEALED, DisclosureField.IN_FORCE))
        .containsExactly(Optional.of(1L), Optional.of(2L), Optional.of(15L));
    assertThat(counts(row(r, DisclosureItem.NORMATIVE_DOCUMENTS).orElseThrow(), DisclosureField.ISSUED,
        DisclosureField.REPEALED, DisclosureField.IN_FORCE))
        .containsExactly(Optional.empty(), Optional.empty(), Optional.of(40L));
  }

  @Test
  void numbersThatDoNotStandUnderColumnsAreLeftAsPrinted() {
    // the short row's numbers sit between the columns: nothing tells which they belong to
    ParseResult r = PARSER.parse(HEAD
        + "信息内容        本年制发件数  本年废止件数  现行有效件数\n"
        + "规章            1             2             15\n"
        + "行政规范性文件          3         40\n");
    assertThat(counts(row(r, DisclosureItem.NORMATIVE_DOCUMENTS).orElseThrow(), DisclosureField.ISSUED,
        DisclosureField.REPEALED, DisclosureField.IN_FORCE))
        .containsExactly(Optional.of(3L), Optional.of(40L), Optional.empty());
    assertThat(r.diagnostics("blank-cell")).isEmpty();
  }
}
