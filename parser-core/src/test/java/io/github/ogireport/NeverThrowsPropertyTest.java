package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Any string parses without throwing and yields a result. (QuickTheories; a jqwik port would be an
 * {@code @Property} over an {@code Arbitraries.strings()} arbitrary.)
 */
class NeverThrowsPropertyTest {

  private static final ReportParser PARSER = ReportParser.create();

  /** Strings over the characters the grammar cares about, mixed with any code point. */
  private static Gen<String> reportish() {
    Gen<String> structural = strings().betweenCodePoints(0, 0x7F).ofLengthBetween(0, 60);
    Gen<String> cjk = strings().betweenCodePoints(0x4E00, 0x4E20).ofLengthBetween(0, 10);
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 40);
    String[] tokens = {"\t", "|", "\n", "\r\n", "一、", "三、", "（一）", "1.", "##", "**", "0", "12", "/", "\uFEFF"};
    Gen<String> token = strings().betweenCodePoints(0, tokens.length - 1).ofLength(1)
        .map(s -> tokens[s.codePointAt(0)]);
    return structural.zip(cjk, any, token, (a, b, c, d) -> d + a + d + b + c + d);
  }

  @Test
  void anyStringParses() {
    qt().withExamples(2000).forAll(reportish()).checkAssert(text -> {
      ParseResult r = PARSER.parse(text);
      assertThat(r).isNotNull();
      assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("internal-error"));
    });
  }

  @Test
  void seedFragmentsParse() {
    String seed = Fixtures.seed("004");
    qt().withExamples(1000)
        .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, seed.length()),
            org.quicktheories.generators.SourceDSL.integers().between(0, seed.length()))
        .checkAssert((a, b) -> {
          ParseResult r = PARSER.parse(seed.substring(Math.min(a, b), Math.max(a, b)));
          assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("internal-error"));
        });
  }
}
