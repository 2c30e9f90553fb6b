package io.github.ogireport;

import static org.quicktheories.QuickTheory.qt;

import io.github.ogireport.testing.ReportGenerators;
import io.github.ogireport.testing.TextNoise;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every span lies inside the input, its line and column agree with its offsets, and the input text at
 * a value's span is that value — through every noise, and for damaged reports too.
 */
class SpanPropertiesTest {

  private static final ReportParser PARSER = ReportParser.create();

  @Test
  void valuesStandAtTheirSpans() {
    qt().forAll(ReportGenerators.consistentReports(), RoundTripPropertiesTest.layouts(),
        TextNoise.any(EnumSet.allOf(TextNoise.Kind.class)))
        .checkAssert((m, writer, noise) -> {
          String input = noise.apply(writer.write(m));
          ParseResult r = PARSER.parse(input);
          Spans.assertAllInside(r, input);
          Spans.assertValuesAtTheirSpans(r.report(), input);
        });
  }

  @Test
  void spansOfDamagedReportsStayInside() {
    qt().forAll(ReportGenerators.consistentReports(), RoundTripPropertiesTest.layouts(), Damage.some(),
        TextNoise.any(TextNoise.READ_TODAY))
        .checkAssert((m, writer, damage, noise) -> {
          String input = noise.apply(Damage.applyAll(damage, writer.write(m)));
          Spans.assertAllInside(PARSER.parse(input), input);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "seeds/000_f3378982fb2187e4.txt", "seeds/001_e4ed0c6c37b09e63.txt", "seeds/002_0830209d30ef71dd.txt",
      "seeds/003_8030f6624176119d.txt", "seeds/004_a6ccf7e65f232cee.txt",
      "corpus/010_pingtan-2019-flat.txt", "corpus/020_huaian-city-2024-pdflayout.txt",
      "corpus/021_huaian-city-2024-pdfraw.txt", "corpus/024_hongze-district-2023-pdfminer.txt",
      "corpus/030_shanghai-municipal-office-2019-html.html",
      "corpus/050_PARTIAL_yueyang-nanhu-dept-2019-pipes.txt",
      "corpus/053_PARTIAL_district-statistics-bureau-2023-pipes-blanks.txt",
      "corpus/054_PARTIAL_xuwen-county-bureau-pipes-splitheader.txt",
      "corpus/056_PARTIAL_district-audit-bureau-2020-flipbook-p9.txt",
      "corpus/060_OLDFORMAT_pingtan-2018-pre2019-negative.txt"})
  void spansOfRealReportsStayInside(String resource) throws IOException {
    String input = resource(resource);
    for (String variant : List.of(input, "\uFEFF" + input.replace("\n", "\r\n"), input.replace('\n', '\r'))) {
      ParseResult r = PARSER.parse(variant);
      Spans.assertAllInside(r, variant);
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = SpanPropertiesTest.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
