package io.github.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ogireport.Fixtures;
import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Generated reports: seed 004 with its tables refilled by consistent random numbers raises no error;
 * the same report with one cell raised raises an error at, or relating to, that cell's line.
 */
class GeneratedReportsTest {

  private static final ReportParser PARSER = ReportParser.create();
  private static final String SEED = Fixtures.seed("004");
  /** Lines of seed 004: the 25 rows of section 三 and the data row of section 四. */
  private static final int NEW = 64;
  private static final int CARRIED_OVER = 65;
  private static final int FIRST_RESULT = 66;
  private static final int RESULTS = 21;
  private static final int TOTAL = 87;
  private static final int FORWARD = 88;
  private static final int REVIEWS = 95;
  /** Numbers drawn per report: 6 per result row, 6 carried over, 6 forwarded, 4 per group of 四. */
  private static final int DRAWN = RESULTS * 6 + 6 + 6 + 12;

  /** A consistent report: every row, column and group sums. Returns the text and each table line's numbers. */
  private static final class Generated {
    final List<List<Long>> rows = new ArrayList<>(); // index = line − NEW, for lines NEW … FORWARD
    final List<Long> reviews = new ArrayList<>();
    final String text;

    Generated(List<Integer> xs) {
      int k = 0;
      long[][] results = new long[RESULTS][6];
      long[] totals = new long[6];
      for (int r = 0; r < RESULTS; r++) {
        for (int c = 0; c < 6; c++) {
          results[r][c] = xs.get(k++);
          totals[c] += results[r][c];
        }
      }
      long[] forward = new long[6];
      long[] carried = new long[6];
      long[] received = new long[6];
      for (int c = 0; c < 6; c++) {
        carried[c] = xs.get(k++);
        forward[c] = xs.get(k++);
        carried[c] = Math.min(carried[c], totals[c] + forward[c]);
        received[c] = totals[c] + forward[c] - carried[c];
      }
      rows.add(withTotal(received));
      rows.add(withTotal(carried));
      for (long[] r : results) {
        rows.add(withTotal(r));
      }
      rows.add(withTotal(totals));
      rows.add(withTotal(forward));
      for (int g = 0; g < 3; g++) {
        long sum = 0;
        for (int i = 0; i < 4; i++) {
          long v = xs.get(k++);
          reviews.add(v);
          sum += v;
        }
        reviews.add(sum);
      }
      text = render(rows, reviews);
    }

    private static List<Long> withTotal(long[] six) {
      List<Long> out = new ArrayList<>();
      long sum = 0;
      for (long v : six) {
        out.add(v);
        sum += v;
      }
      out.add(sum);
      return out;
    }
  }

  /** Seed 004 with the numeric cells of the table lines replaced, in order, by the given numbers. */
  private static String render(List<List<Long>> rows, List<Long> reviews) {
    String text = SEED;
    for (int i = 0; i < rows.size(); i++) {
      text = Fixtures.replaceLine(text, NEW + i, refill(Fixtures.line(SEED, NEW + i), rows.get(i)));
    }
    return Fixtures.replaceLine(text, REVIEWS, refill(Fixtures.line(SEED, REVIEWS), reviews));
  }

  private static String refill(String line, List<Long> numbers) {
    String[] cells = line.split("\t", -1);
    int k = 0;
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].matches("\\d+")) {
        cells[i] = String.valueOf(numbers.get(k++));
      }
    }
    assertThat(k).as(line).isEqualTo(numbers.size());
    return String.join("\t", cells);
  }

  @Test
  void renderingTheSeedsOwnNumbersGivesTheSeed() {
    ParseResult seed = PARSER.parse(SEED);
    List<List<Long>> rows = new ArrayList<>();
    for (int line = NEW; line <= FORWARD; line++) {
      rows.add(numbers(Fixtures.line(SEED, line)));
    }

    assertThat(render(rows, numbers(Fixtures.line(SEED, REVIEWS)))).isEqualTo(SEED);
    assertThat(seed.hasErrors()).isFalse();
  }

  private static List<Long> numbers(String line) {
    List<Long> out = new ArrayList<>();
    for (String c : line.split("\t", -1)) {
      if (c.matches("\\d+")) {
        out.add(Long.parseLong(c));
      }
    }
    return out;
  }

  @Test
  void consistentReportsRaiseNoError() {
    qt().withFixedSeed(20240601L).withExamples(25)
        .forAll(lists().of(integers().between(0, 9)).ofSize(DRAWN))
        .checkAssert(xs -> {
          Generated g = new Generated(xs);
          ParseResult result = PARSER.parse(g.text);

          assertThat(errors(result)).isEmpty();
          assertThat(result.report().applications().orElseThrow().row(ApplicationRow.TOTAL_HANDLED)
              .flatMap(c -> c.total()).map(Located::value)).hasValue(g.rows.get(TOTAL - NEW).get(6));
        });
  }

  @Test
  void oneRaisedCellRaisesAnErrorOnItsLine() {
    int cells = (FORWARD - NEW + 1) * 7 + 15;
    qt().withFixedSeed(20240602L).withExamples(25)
        .forAll(lists().of(integers().between(0, 9)).ofSize(DRAWN), integers().between(0, cells - 1),
            integers().between(1, 5))
        .checkAssert((xs, cell, delta) -> {
          Generated g = new Generated(xs);
          int line;
          List<List<Long>> rows = new ArrayList<>();
          g.rows.forEach(r -> rows.add(new ArrayList<>(r)));
          List<Long> reviews = new ArrayList<>(g.reviews);
          if (cell < rows.size() * 7) {
            line = NEW + cell / 7;
            rows.get(cell / 7).set(cell % 7, rows.get(cell / 7).get(cell % 7) + delta);
          } else {
            line = REVIEWS;
            int i = cell - rows.size() * 7;
            reviews.set(i, reviews.get(i) + delta);
          }
          ParseResult result = PARSER.parse(render(rows, reviews));

          assertThat(errors(result)).as("errors for line %d", line).anySatisfy(d -> assertThat(
              d.line().orElseThrow() == line || d.related().stream().map(SourceSpan::line).anyMatch(l -> l == line))
              .isTrue());
          assertThat(errors(result)).extracting(Diagnostic::code).allMatch(c -> List.of("applications-row-total",
              "applications-balance", "applications-results-total", "reviews-group-total").contains(c));
        });
  }

  private static List<Diagnostic> errors(ParseResult result) {
    return result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).collect(Collectors.toList());
  }
}
