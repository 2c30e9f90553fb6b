package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The complete corpus reports parse to the values of corpus/MANIFEST.md (copied here by hand, rows in
 * the MANIFEST's notation: 7 numbers per row — 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他,
 * 总计 — and {@code _} for an absent cell; rows not listed are all 0; {@code S4} the 15 cells of
 * section 四, {@code S2} the rows of section 二 with their values in the 2021 template's column order;
 * {@code diag CODE} for a diagnostic that must be reported). Each report is checked in every rendering
 * of the corpus: flattened, space-aligned ({@code pdftotext -layout}), one cell per line
 * ({@code pdftotext}), column-major (pdfminer), HTML.
 */
class CorpusTest {

  private static final ReportParser PARSER = ReportParser.create();

  /** Row keys of the MANIFEST, in table order (2021 layout; r6 = （六） as one row). */
  private static final Map<String, ApplicationRow> KEYS = new LinkedHashMap<>();

  static {
    String[] keys = {"new", "carry", "r1", "r2", "r3_1", "r3_2", "r3_3", "r3_4", "r3_5", "r3_6", "r3_7", "r3_8",
        "r4_1", "r4_2", "r4_3", "r5_1", "r5_2", "r5_3", "r5_4", "r5_5", "r6_1", "r6_2", "r6_3", "r6", "total", "fwd"};
    ApplicationRow[] rows = ApplicationRow.values();
    for (int i = 0; i < keys.length; i++) {
      KEYS.put(keys[i], rows[i]);
    }
  }

  private static final String HUAIAN_2024 = String.join("\n",
      "new    3001 53 0 0 61 4 3119", "carry  34 0 0 0 0 0 34", "r1     1288 21 0 0 50 3 1362",
      "r2     447 7 0 0 0 0 454", "r3_1   2 0 0 0 0 0 2", "r3_2   30 1 0 0 0 0 31", "r3_3   5 0 0 0 0 0 5",
      "r3_4   6 0 0 0 0 0 6", "r3_5   7 1 0 0 0 0 8", "r3_6   12 0 0 0 0 0 12", "r3_7   9 0 0 0 0 0 9",
      "r3_8   105 0 0 0 0 0 105", "r4_1   746 12 0 0 10 1 769", "r4_2   11 0 0 0 0 0 11", "r4_3   1 0 0 0 0 0 1",
      "r5_1   56 6 0 0 0 0 62", "r5_2   25 0 0 0 0 0 25", "r5_3   0 0 0 0 0 0 0", "r5_4   0 0 0 0 0 0 0",
      "r5_5   1 0 0 0 0 0 1", "r6_1   67 3 0 0 1 0 71", "r6_2   6 0 0 0 0 0 6", "r6_3   108 2 0 0 0 0 110",
      "total  2932 53 0 0 61 4 3050", "fwd    103 0 0 0 0 0 103",
      "S4     72 64 178 37 351 | 13 4 8 1 26 | 12 1 1 6 20",
      "S2     规章 1 0 11 · 行政规范性文件 8 26 66 · 行政许可 447228 · 行政处罚 3985758 · 行政强制 88283 · 行政事业性收费 96171.6");

  private static final String HONGZE_2023 = String.join("\n",
      "collapsed", "new 21 0 0 0 0 0 21", "r2 4 0 0 0 0 0 4", "r3_1 1 0 0 0 0 0 1", "r3_6 1 0 0 0 0 0 1",
      "r3_7 1 0 0 0 0 0 1", "r4_1 10 0 0 0 0 0 10", "r4_2 3 0 0 0 0 0 3", "r5_1 1 0 0 0 0 0 1",
      "total 21 0 0 0 0 0 21", "S4 10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0",
      "S2 规章 0 0 0 · 行政规范性文件 0 5 5 · 行政许可 550 · 行政处罚 4119 · 行政强制 195 · 行政事业性收费 7730.28");

  private static final String HONGZE_2024 = String.join("\n",
      "collapsed", "new 95 0 0 0 0 0 95", "r1 50 0 0 0 0 0 50", "r2 9 0 0 0 0 0 9", "r3_3 1 0 0 0 0 0 1",
      "r3_6 1 0 0 0 0 0 1", "r3_7 1 0 0 0 0 0 1", "r4_1 31 0 0 0 0 0 31", "r4_2 1 0 0 0 0 0 1",
      "r5_1 1 0 0 0 0 0 1", "total 95 0 0 0 0 0 95", "S4 1 1 0 0 2 | 1 0 0 0 1 | 2 0 1 0 3",
      "S2 规章 0 0 0 · 行政规范性文件 3 0 8 · 行政许可 9487 · 行政处罚 2776 · 行政强制 84 · 行政事业性收费 7545");

  private static final String PINGTAN_2019 = String.join("\n",
      "collapsed", "new 23 0 0 0 0 0 23", "r1 7 0 0 0 0 0 7", "r2 1 0 0 0 0 0 1", "r4_1 7 0 0 0 0 0 7",
      "r4_3 5 0 0 0 0 0 5", "r5_2 3 0 0 0 0 0 3", "total 23 0 0 0 0 0 23",
      "S4 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0");

  /** No split satisfies A3 (the source's result rows sum to 27, its （七） is 21): the per-row splits. */
  private static final String PINGTAN_2020 = String.join("\n",
      "collapsed", "new 20 0 0 0 0 1 21", "r1 6 0 0 0 0 1 7", "r2 6 0 0 0 0 0 6", "r4_1 4 0 0 0 0 0 4",
      "r4_3 3 0 0 0 0 0 3", "r5_2 3 0 0 0 0 0 3", "r6 4 0 0 0 0 0 4", "total 20 0 0 0 0 1 21",
      "S4 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0", "diag digits-split-ambiguous");

  private static final String PINGTAN_2021 = String.join("\n",
      "new 64 0 0 2 0 4 70", "r1 27 0 0 2 0 1 30", "r2 5 0 0 0 0 0 5", "r3_5 1 0 0 0 0 0 1", "r3_7 6 0 0 0 0 0 6",
      "r3_8 1 0 0 0 0 0 1", "r4_1 22 0 0 0 0 3 25", "r6_3 1 0 0 0 0 0 1", "total 63 0 0 2 0 4 69",
      "fwd 1 0 0 0 0 0 1", "S4 1 0 2 0 3 | 12 0 0 0 12 | 0 0 0 0 0");

  private static final String PINGTAN_2022 = String.join("\n",
      "new 71 3 0 0 0 0 74", "carry 1 0 0 0 0 0 1", "r1 21 0 0 0 0 0 21", "r2 8 1 0 0 0 0 9", "r3_5 1 0 0 0 0 0 1",
      "r3_6 2 0 0 0 0 0 2", "r3_7 1 0 0 0 0 0 1", "r4_1 37 0 0 0 0 0 37", "r6_1 2 0 0 0 0 0 2",
      "r6_3 0 2 0 0 0 0 2", "total 72 3 0 0 0 0 75", "S4 0 1 1 0 2 | 1 0 0 0 1 | 0 0 0 0 0");

  /**
   * The MANIFEST's blank cells ({@code _}) as the parser reads them, checked by hand: 0 where the sums
   * determine them — every blank of §三 (each column's printed result rows already add up to （七）, so
   * A3 makes the blank ones 0; A2 then gives the row totals left blank, e.g. r1 258+12+1+1 = 272) and the
   * blanks of §四's first two groups (A4) — and absent where they do not: §四 复议后起诉, all five blank.
   */
  private static final String SHANGHAI_OFFICE_2019 = String.join("\n",
      "collapsed", "new 821 35 0 0 2 1 859", "carry 18 0 0 0 0 0 18", "r1 258 12 0 0 1 1 272", "r2 3 0 0 0 0 0 3",
      "r3_1 14 0 0 0 0 0 14", "r3_5 5 0 0 0 0 0 5", "r3_6 3 1 0 0 0 0 4", "r3_8 10 2 0 0 0 0 12",
      "r4_1 252 12 0 0 1 0 265", "r4_2 44 3 0 0 0 0 47", "r4_3 25 0 0 0 0 0 25", "r5_1 148 1 0 0 0 0 149",
      "r5_2 5 4 0 0 0 0 9", "total 767 35 0 0 2 1 805", "fwd 72 0 0 0 0 0 72",
      "S4 5 0 0 2 7 | 8 0 0 1 9 | _ _ _ _ _");

  /** The files whose rendering the parser reads today, with their expected values. */
  static Stream<Arguments> supported() {
    return Stream.of(
        Arguments.of("010_pingtan-2019-flat.txt", PINGTAN_2019),
        Arguments.of("011_pingtan-2020-flat.txt", PINGTAN_2020),
        Arguments.of("012_pingtan-2021-flat.txt", PINGTAN_2021),
        Arguments.of("013_pingtan-2022-flat.txt", PINGTAN_2022),
        Arguments.of("020_huaian-city-2024-pdflayout.txt", HUAIAN_2024),
        Arguments.of("021_huaian-city-2024-pdfraw.txt", HUAIAN_2024),
        Arguments.of("025_huaian-city-2024-pdfminer.txt", HUAIAN_2024),
        Arguments.of("022_hongze-district-2023-pdflayout.txt", HONGZE_2023),
        Arguments.of("024_hongze-district-2023-pdfminer.txt", HONGZE_2023),
        Arguments.of("023_hongze-district-2024-pdflayout.txt", HONGZE_2024),
        Arguments.of("030_shanghai-municipal-office-2019-html.html", SHANGHAI_OFFICE_2019));
  }

  @ParameterizedTest
  @MethodSource("supported")
  void corpusFileHasTheManifestValues(String file, String expected) {
    ParseResult r = PARSER.parse(Fixtures.resource("/corpus/" + file));
    assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("internal-error"));
    Expected e = Expected.parse(expected);
    AnnualReport a = r.report();
    assertThat(a.applications()).as("applications table").isPresent();
    for (Map.Entry<ApplicationRow, List<Long>> row : e.rows.entrySet()) {
      Counts c = a.applications().get().row(row.getKey()).orElse(null);
      assertThat(c).as("%s: row %s", file, row.getKey()).isNotNull();
      List<Long> actual = new ArrayList<>();
      for (ApplicantColumn col : ApplicantColumn.STANDARD) {
        actual.add(col.get(c).map(Located::value).orElse(null));
      }
      assertThat(actual).as("%s: row %s", file, row.getKey()).isEqualTo(row.getValue());
    }
    if (e.reviews != null) {
      List<Long> actual = new ArrayList<>();
      for (ReviewGroup g : ReviewGroup.values()) {
        for (OutcomeField f : OutcomeField.values()) {
          actual.add(f.get(g.get(a.reviewsAndLawsuits().orElseThrow())).map(Located::value).orElse(null));
        }
      }
      assertThat(actual).as("%s: section 四", file).isEqualTo(e.reviews);
    }
    for (String code : e.diagnostics) {
      assertThat(r.diagnostics(code)).as("%s: diagnostic %s", file, code).isNotEmpty();
    }
    for (Map.Entry<DisclosureItem, List<BigDecimal>> item : e.disclosure.entrySet()) {
      DisclosureRow row = a.activeDisclosure().flatMap(d -> d.item(item.getKey())).orElse(null);
      assertThat(row).as("%s: section 二 %s", file, item.getKey()).isNotNull();
      List<BigDecimal> actual = new ArrayList<>();
      for (DisclosureField f : item.getKey().fields(TemplateVersion.V2021)) {
        actual.add(f.decimal(row).orElse(null));
      }
      assertThat(actual).as("%s: section 二 %s", file, item.getKey())
          .usingElementComparator(BigDecimal::compareTo).isEqualTo(item.getValue());
    }
  }

  /** Expected values in the MANIFEST's notation. */
  static final class Expected {
    final Map<ApplicationRow, List<Long>> rows = new LinkedHashMap<>();
    final Map<DisclosureItem, List<BigDecimal>> disclosure = new LinkedHashMap<>();
    List<Long> reviews;
    final List<String> diagnostics = new ArrayList<>();

    static Expected parse(String text) {
      Expected e = new Expected();
      boolean collapsed = text.startsWith("collapsed");
      for (Map.Entry<String, ApplicationRow> k : KEYS.entrySet()) {
        boolean six = k.getKey().startsWith("r6");
        if (six && collapsed != k.getKey().equals("r6")) {
          continue;
        }
        e.rows.put(k.getValue(), List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L));
      }
      for (String line : text.split("\n")) {
        String[] parts = line.trim().split("[\\s|]+");
        if (parts[0].equals("collapsed")) {
          continue;
        }
        if (parts[0].equals("diag")) {
          e.diagnostics.add(parts[1]);
          continue;
        }
        if (parts[0].equals("S2")) {
          for (String item : line.trim().substring(2).split("·")) {
            String[] cells = item.trim().split("\\s+");
            DisclosureItem key = Stream.of(DisclosureItem.values()).filter(i -> i.label().equals(cells[0]))
                .findFirst().orElseThrow();
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 1; i < cells.length; i++) {
              values.add(new BigDecimal(cells[i]));
            }
            e.disclosure.put(key, values);
          }
          continue;
        }
        List<Long> values = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
          values.add(parts[i].equals("_") ? null : Long.parseLong(parts[i]));
        }
        if (parts[0].equals("S4")) {
          e.reviews = values;
        } else {
          e.rows.put(KEYS.get(parts[0]), values);
        }
      }
      return e;
    }
  }
}
