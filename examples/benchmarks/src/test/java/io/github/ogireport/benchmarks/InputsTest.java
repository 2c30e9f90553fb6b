package io.github.ogireport.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Section;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks read what they claim to read. */
class InputsTest {

  private final ReportParser parser = ReportParser.create();

  @Test
  void seedMixIsTheFiveSeeds() {
    List<String> seeds = Inputs.texts(Inputs.SEEDS);
    assertThat(seeds).hasSize(5);
    assertThat(Inputs.utf8Bytes(Inputs.SEEDS)).isEqualTo(seeds.stream()
        .mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum());
    for (String seed : seeds) {
      AnnualReport r = parser.parse(seed).report();
      assertThat(r.applications()).isPresent();
      assertThat(r.sections()).hasSizeGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void largeReportIsAboutOneMegabyte() {
    long bytes = Inputs.utf8Bytes(Inputs.LARGE);
    assertThat(bytes).isBetween((long) Inputs.LARGE_TARGET_BYTES, Inputs.LARGE_TARGET_BYTES + 20_000L);
    assertThat(Inputs.large()).isEqualTo(Inputs.large());
  }

  /** Only the 总体情况 prose is repeated: every value, heading and diagnostic code is the seed's. */
  @Test
  void largeReportParsesToTheSeedsValues() {
    ParseResult seed = parser.parse(Inputs.seed(Inputs.LARGE_BASE));
    ParseResult large = parser.parse(Inputs.large());
    AnnualReport s = seed.report();
    AnnualReport l = large.report();
    assertThat(l.applications()).isPresent().isEqualTo(s.applications());
    assertThat(l.activeDisclosure()).isPresent().isEqualTo(s.activeDisclosure());
    assertThat(l.reviewsAndLawsuits()).isPresent().isEqualTo(s.reviewsAndLawsuits());
    assertThat(l.title()).isPresent().isEqualTo(s.title());
    assertThat(l.agency()).isEqualTo(s.agency());
    assertThat(l.year()).isPresent().isEqualTo(s.year());
    assertThat(l.publishedOn()).isEqualTo(s.publishedOn());
    assertThat(l.template()).isEqualTo(s.template());
    assertThat(l.sections().stream().map(Section::heading).toList())
        .isEqualTo(s.sections().stream().map(Section::heading).toList());
    assertThat(l.sections().get(0).text().length()).isGreaterThan(300_000);
    assertThat(large.diagnostics().stream().map(Diagnostic::code).toList())
        .isEqualTo(seed.diagnostics().stream().map(Diagnostic::code).toList());
  }
}
