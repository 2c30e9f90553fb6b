package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost: every non-blank input line is part of the model — title, agency, date line,
 * preface, a section heading, or a section's text (tables included as printed) — or is reported.
 */
class AccountingTest {

  private static final ReportParser PARSER = ReportParser.create();

  static Stream<String> inputs() {
    List<String> files = new ArrayList<>();
    for (String s : Fixtures.SEEDS) {
      files.add("/seeds/" + s + ".txt");
    }
    files.add("/corpus/020_huaian-city-2024-pdflayout.txt");
    files.add("/corpus/022_hongze-district-2023-pdflayout.txt");
    files.add("/corpus/023_hongze-district-2024-pdflayout.txt");
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyLineOfARealReportIsAccountedFor(String resource) {
    assertAccounted(Fixtures.resource(resource));
  }

  @Test
  void everyLineOfShuffledSeedLinesIsAccountedFor() {
    String[] lines = Fixtures.seed("004").split("\n");
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, lines.length - 1)).ofSizeBetween(1, 60))
        .checkAssert(picks -> {
          StringBuilder sb = new StringBuilder();
          for (int i : picks) {
            sb.append(lines[i]).append('\n');
          }
          assertAccounted(sb.toString());
        });
  }

  private static void assertAccounted(String input) {
    ParseResult r = PARSER.parse(input);
    AnnualReport a = r.report();
    StringBuilder model = new StringBuilder();
    a.title().map(Located::value).ifPresent(model::append);
    a.agency().map(Located::value).ifPresent(model::append);
    model.append(a.preface());
    for (Section s : a.sections()) {
      model.append(s.heading()).append(s.text());
    }
    String folded = fold(model.toString());
    String[] lines = input.replace("\r\n", "\n").split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = fold(lines[i]);
      int lineNo = i + 1;
      boolean reported = r.diagnostics().stream()
          .anyMatch(d -> d.code().equals("unrecognized-content") && d.line().orElse(0) == lineNo);
      boolean dateLine = a.publishedOn().flatMap(Located::span).map(s -> s.line() == lineNo).orElse(false);
      if (line.isEmpty() || reported || dateLine) {
        continue;
      }
      String numberless = line.replaceFirst("^[一二三四五六七八九十]+、", "");
      assertThat(folded.contains(line) || folded.contains(numberless))
          .as("line %d %s is in the model", lineNo, lines[i]).isTrue();
    }
  }

  /** Removes what the model does not keep: whitespace and Markdown marks. */
  private static String fold(String s) {
    return s.replaceAll("[\\s#*\\u00A0\\u3000\\uFEFF]", "").replace('（', '(').replace('）', ')');
  }
}
