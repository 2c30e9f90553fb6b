package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ogireport.Renderings.Layout;
import io.github.ogireport.Renderings.Tables;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * parse(render(tables)) = tables in every layout users extract (tabs, one cell per line, one cell per
 * line with labels printed apart from their numbers, column by column with a page break, one cell
 * per line ending in "|"), for random tables that satisfy the template's sums, with （六） as three
 * rows or one, with and without a 小计 column.
 */
class RenderingsPropertyTest {

  private static final ReportParser PARSER = ReportParser.create();

  /** Random tables from a seed: the generator draws the seed, the table is built from it. */
  private static Tables tables(long seed) {
    Random r = new Random(seed);
    boolean collapsed = r.nextInt(3) == 0;
    boolean subtotal = r.nextInt(3) == 0;
    List<ApplicationRow> order = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      boolean sixItem = row.group().filter(g -> g == ApplicationRow.Group.OTHER_HANDLING).isPresent();
      if (sixItem && collapsed != (row == ApplicationRow.OTHER_HANDLING_SUBTOTAL)) {
        continue;
      }
      order.add(row);
    }
    long[] reviews = new long[15];
    for (int g = 0; g < 3; g++) {
      for (int f = 0; f < 4; f++) {
        reviews[g * 5 + f] = r.nextInt(3) == 0 ? r.nextInt(40) : 0;
        reviews[g * 5 + 4] += reviews[g * 5 + f];
      }
    }
    String[] disclosure = new String[10];
    for (int i = 0; i < 9; i++) {
      disclosure[i] = Integer.toString(r.nextInt(5) == 0 ? 0 : r.nextInt(100000));
    }
    disclosure[9] = BigDecimal.valueOf(r.nextInt(10_000_000), r.nextInt(3)).toPlainString();
    Tables t = new Tables(subtotal, reviews, disclosure);
    long[] handled = new long[6];
    List<long[]> results = new ArrayList<>();
    for (ApplicationRow row : order) {
      if (row.isResult()) {
        long[] v = new long[6];
        for (int c = 0; c < 6; c++) {
          v[c] = r.nextInt(4) == 0 ? r.nextInt(30) : 0;
          handled[c] += v[c];
        }
        results.add(v);
      }
    }
    long[] forward = new long[6];
    long[] carried = new long[6];
    long[] received = new long[6];
    for (int c = 0; c < 6; c++) {
      forward[c] = r.nextInt(5);
      carried[c] = r.nextInt((int) Math.min(5, handled[c] + forward[c]) + 1);
      received[c] = handled[c] + forward[c] - carried[c];
    }
    int k = 0;
    for (ApplicationRow row : order) {
      long[] v;
      switch (row) {
        case NEWLY_RECEIVED: v = received; break;
        case CARRIED_OVER: v = carried; break;
        case TOTAL_HANDLED: v = handled; break;
        case CARRIED_FORWARD: v = forward; break;
        default: v = results.get(k++);
      }
      t.rows.put(row, withTotals(v, subtotal));
    }
    return t;
  }

  private static long[] withTotals(long[] v, boolean subtotal) {
    long[] out = new long[subtotal ? 8 : 7];
    long all = 0;
    long orgs = 0;
    for (int c = 0; c < 6; c++) {
      out[c] = v[c];
      all += v[c];
      orgs += c > 0 ? v[c] : 0;
    }
    if (subtotal) {
      out[6] = orgs;
    }
    out[out.length - 1] = all;
    return out;
  }

  private static Gen<Long> seeds() {
    return longs().between(0, Long.MAX_VALUE / 64);
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void everyLayoutReadsBackTheSameTables(Layout layout) {
    qt().withExamples(40).forAll(seeds(), integers().between(1, 24), seeds()).checkAssert((seed, pageBreak, apartSeed) -> {
      Tables t = tables(seed);
      Set<ApplicationRow> apart = EnumSet.noneOf(ApplicationRow.class);
      Random r = new Random(apartSeed);
      for (ApplicationRow row : t.rows.keySet()) {
        if (r.nextInt(3) == 0) {
          apart.add(row);
        }
      }
      String text = Renderings.render(t, layout, apart, pageBreak);
      ParseResult result = PARSER.parse(text);
      assertReadsBack(t, result, text);
    });
  }

  private static void assertReadsBack(Tables t, ParseResult result, String text) {
    AnnualReport a = result.report();
    assertThat(a.applications()).as(text).isPresent();
    assertThat(a.applications().get().rows().keySet()).as(text).containsExactlyElementsOf(t.rows.keySet());
    List<ApplicantColumn> columns = t.subtotal ? ApplicantColumn.WITH_SUBTOTAL : ApplicantColumn.STANDARD;
    for (ApplicationRow row : t.rows.keySet()) {
      Counts c = a.applications().get().row(row).orElseThrow();
      List<Long> actual = new ArrayList<>();
      for (ApplicantColumn col : columns) {
        actual.add(col.get(c).map(Located::value).orElse(null));
      }
      List<Long> expected = new ArrayList<>();
      for (long n : t.rows.get(row)) {
        expected.add(n);
      }
      assertThat(actual).as("%s in%n%s", row, text).isEqualTo(expected);
    }
    List<Long> reviews = new ArrayList<>();
    for (ReviewGroup g : ReviewGroup.values()) {
      for (OutcomeField f : OutcomeField.values()) {
        reviews.add(f.get(g.get(a.reviewsAndLawsuits().orElseThrow())).map(Located::value).orElse(null));
      }
    }
    List<Long> expectedReviews = new ArrayList<>();
    for (long n : t.reviews) {
      expectedReviews.add(n);
    }
    assertThat(reviews).as(text).isEqualTo(expectedReviews);
    List<BigDecimal> disclosure = new ArrayList<>();
    for (DisclosureItem item : List.of(DisclosureItem.REGULATIONS, DisclosureItem.NORMATIVE_DOCUMENTS,
        DisclosureItem.LICENSING, DisclosureItem.PENALTY, DisclosureItem.COMPULSION, DisclosureItem.FEES)) {
      DisclosureRow row = a.activeDisclosure().flatMap(d -> d.item(item)).orElseThrow();
      for (DisclosureField f : item.fields(TemplateVersion.V2021)) {
        disclosure.add(f.decimal(row).orElse(null));
      }
    }
    List<BigDecimal> expectedDisclosure = new ArrayList<>();
    for (String v : t.disclosure) {
      expectedDisclosure.add(new BigDecimal(v));
    }
    assertThat(disclosure).as(text).usingElementComparator(BigDecimal::compareTo).isEqualTo(expectedDisclosure);
    assertThat(result.diagnostics()).as(text).noneMatch(d -> d.severity() == io.github.ogireport.model.Severity.ERROR);
  }
}
