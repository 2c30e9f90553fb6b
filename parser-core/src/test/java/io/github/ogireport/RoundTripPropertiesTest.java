package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.Severity;
import io.github.ogireport.testing.ReportGenerators;
import io.github.ogireport.testing.RoundTrip;
import io.github.ogireport.testing.TextNoise;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * parse(render(m)) = m: a consistent report written by {@link ReportWriter} and read back by
 * {@link ReportParser} is the same report (spans and section text aside, see {@link RoundTrip}),
 * whatever noise extraction adds on top, and the only errors are those the missing parts explain.
 */
class RoundTripPropertiesTest {

  private static final ReportParser PARSER = ReportParser.create();

  @Test
  void tabsRoundTrip() {
    roundTrip(ReportWriter.tabs(), TextNoise.READ_TODAY);
  }

  @Test
  void markdownRoundTrip() {
    roundTrip(ReportWriter.markdown(), TextNoise.READ_TODAY);
  }

  @Test
  void completeReportsRaiseNoWarningOrError() {
    qt().forAll(ReportGenerators.completeReports(), layouts(), TextNoise.any(TextNoise.READ_TODAY))
        .checkAssert((m, writer, noise) -> {
          ParseResult r = PARSER.parse(noise.apply(writer.write(m)));
          assertThat(r.diagnostics())
              .filteredOn(d -> d.severity() != Severity.INFO)
              .as("%s %s", writer.layout(), noise)
              .isEmpty();
          assertThat(RoundTrip.comparable(r.report())).isEqualTo(RoundTrip.comparable(m));
        });
  }

  /**
   * Space-aligned text carries its columns in the characters' positions, so noise that changes a
   * character's display width after the layout was made (（ ↔ (, 1 → １) moves the columns: no
   * extractor produces that. Full-width characters laid out at their width are read in
   * {@code ColumnGridTest}.
   */
  @Test
  void alignedRoundTrip() {
    java.util.Set<TextNoise.Kind> noise = EnumSet.copyOf(TextNoise.READ_TODAY);
    noise.remove(TextNoise.Kind.PARENTHESES_SWAPPED);
    noise.remove(TextNoise.Kind.FULL_WIDTH_DIGITS);
    roundTrip(ReportWriter.aligned(), noise);
  }

  @Test
  void pageNumberLinesRoundTrip() {
    roundTrip(ReportWriter.tabs(), EnumSet.of(TextNoise.Kind.PAGE_NUMBER_LINES, TextNoise.Kind.CRLF));
  }

  /** Section 三's labels cut down to their numbering: 一、 （三） 1. — the numbers alone still name the rows. */
  @Test
  void numberingAloneIdentifiesTheRows() {
    java.util.regex.Pattern label = java.util.regex.Pattern.compile(
        "^(（[一二三四五六七]）|[一二三四]、|[0-9]\\.)[^\t0-9].*$");
    qt().forAll(ReportGenerators.completeReports()).checkAssert(m -> {
      StringBuilder text = new StringBuilder();
      boolean table = false;
      for (String line : ReportWriter.tabs().write(m).split("\n", -1)) {
        if (line.startsWith("三、收到和处理")) {
          table = true;
        } else if (line.startsWith("四、政府信息公开") || line.startsWith("四、因政府")) {
          table = false;
        }
        if (table && line.contains("\t") && !line.contains("自然人") && !line.contains("商业企业")
            && !line.contains("勾稽")) {
          String[] cells = line.split("\t", -1);
          for (int i = 0; i < 3; i++) {
            java.util.regex.Matcher x = label.matcher(cells[i]);
            if (x.matches()) {
              cells[i] = x.group(1);
            }
          }
          line = String.join("\t", cells);
        }
        text.append(line).append('\n');
      }
      assertThat(text.toString()).doesNotContain("属于国家秘密").doesNotContain("予以公开");
      ParseResult r = PARSER.parse(text);
      assertThat(RoundTrip.comparable(r.report())).isEqualTo(RoundTrip.comparable(m));
      assertThat(r.diagnostics()).filteredOn(d -> d.severity() != Severity.INFO).isEmpty();
    });
  }

  private static void roundTrip(ReportWriter writer, java.util.Set<TextNoise.Kind> noises) {
    qt().forAll(ReportGenerators.consistentReports(), TextNoise.any(noises)).checkAssert((m, noise) -> {
      String text = noise.apply(writer.write(m));
      ParseResult r = PARSER.parse(text);
      assertThat(RoundTrip.comparable(r.report())).as("%s %s", writer.layout(), noise)
          .isEqualTo(RoundTrip.comparable(m));
      assertThat(codes(r, Severity.ERROR)).as("errors, %s %s", writer.layout(), noise)
          .isEqualTo(expectedErrors(m));
      assertThat(r.diagnostics()).as("warnings, %s %s", writer.layout(), noise)
          .filteredOn(d -> d.severity() == Severity.WARNING)
          .extracting(Diagnostic::code)
          .isSubsetOf("blank-cell");
    });
  }

  static Gen<ReportWriter> layouts() {
    return org.quicktheories.generators.Generate.pick(List.of(ReportWriter.tabs(), ReportWriter.markdown()));
  }

  /** code:path of the diagnostics of {@code severity}, sorted. */
  static List<String> codes(ParseResult r, Severity severity) {
    return r.diagnostics().stream()
        .filter(d -> d.severity() == severity)
        .map(d -> d.code() + ":" + d.path().orElse(""))
        .sorted()
        .collect(Collectors.toList());
  }

  /** The errors a consistent report with parts missing must raise, and no others: code:path, sorted. */
  static List<String> expectedErrors(AnnualReport m) {
    List<String> out = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      if (m.section(n).isEmpty()) {
        out.add("section-missing:sections");
      }
    }
    if (m.activeDisclosure().isEmpty()) {
      out.add("table-missing:activeDisclosure");
    } else {
      for (DisclosureItem item : DisclosureItem.values()) {
        if (!item.fields(m.template()).isEmpty() && m.activeDisclosure().get().item(item).isEmpty()) {
          out.add("row-missing:activeDisclosure." + item.key());
        }
      }
    }
    if (m.applications().isEmpty()) {
      out.add("table-missing:applications");
    }
    if (m.reviewsAndLawsuits().isEmpty()) {
      out.add("table-missing:reviewsAndLawsuits");
    }
    out.sort(null);
    return out;
  }
}
