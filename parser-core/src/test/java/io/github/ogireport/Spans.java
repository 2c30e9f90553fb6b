package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.ActiveDisclosure;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SourceSpan;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of spans against the input they point into, shared by the span properties and tests. */
final class Spans {

  private static final Pattern DATE = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})");

  private Spans() {}

  /** Every span of {@code result} (values, sections, rows, diagnostics) lies inside {@code input}. */
  static void assertAllInside(ParseResult result, String input) {
    for (Map.Entry<String, SourceSpan> e : allSpans(result).entrySet()) {
      assertInside(e.getValue(), input, e.getKey());
    }
  }

  /** {@code span} lies inside {@code input}, and its lines and columns agree with its offsets. */
  static void assertInside(SourceSpan span, String input, String what) {
    assertThat(span.offset()).as("%s offset", what).isBetween(0, input.length());
    assertThat(span.endOffset()).as("%s endOffset", what).isBetween(span.offset(), input.length());
    assertThat(new int[] {span.line(), span.column()}).as("%s start %s", what, span)
        .containsExactly(lineColumn(input, span.offset()));
    assertThat(new int[] {span.endLine(), span.endColumn()}).as("%s end %s", what, span)
        .containsExactly(lineColumn(input, span.endOffset()));
  }

  /**
   * 1-based line and column (in code points) of char offset {@code offset} of {@code input}, line ends
   * being LF, CRLF and lone CR — computed here independently of the parser's own bookkeeping.
   */
  static int[] lineColumn(String input, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= input.length() || input.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, input.codePointCount(lineStart, Math.min(offset, input.length())) + 1};
  }

  /** The input text at {@code span}, NFKC-folded (full-width digits and parentheses become ASCII). */
  static String textAt(String input, SourceSpan span) {
    return Normalizer.normalize(input.substring(span.offset(), span.endOffset()), Normalizer.Form.NFKC);
  }

  /**
   * Every value of {@code report} that carries a span is printed there: the digits of a count or an
   * amount (a unit 元 aside), the year, the date, the title line (its Markdown marks aside) and the
   * agency in it, the heading of a section.
   */
  static void assertValuesAtTheirSpans(AnnualReport report, String input) {
    report.title().ifPresent(t -> {
      String line = textAt(input, t.span().orElseThrow()).replaceFirst("^#+\\s*", "").replaceAll("\\s+", " ").strip();
      assertThat(line).as("title").isEqualTo(Normalizer.normalize(t.value(), Normalizer.Form.NFKC));
    });
    report.agency().ifPresent(a -> assertThat(textAt(input, a.span().orElseThrow()).replace(" ", ""))
        .as("agency").contains(a.value()));
    report.year().ifPresent(y -> assertThat(textAt(input, y.span().orElseThrow())).as("year")
        .isEqualTo(String.valueOf(y.value())));
    report.publishedOn().ifPresent(d -> {
      Matcher m = DATE.matcher(textAt(input, d.span().orElseThrow()));
      assertThat(m.find()).as("date at its span").isTrue();
      assertThat(List.of(m.group(1), m.group(2), m.group(3))).as("date").containsExactly(
          String.valueOf(d.value().getYear()), String.valueOf(d.value().getMonthValue()),
          String.valueOf(d.value().getDayOfMonth()));
    });
    for (Section s : report.sections()) {
      assertThat(textAt(input, s.span().orElseThrow()).replace(" ", ""))
          .as("heading of section %s", s.number())
          .contains("一二三四五六".charAt(s.number() - 1) + "、" + s.heading().replace(" ", ""));
    }
    for (Map.Entry<String, Located<? extends Number>> e : values(report).entrySet()) {
      Located<? extends Number> v = e.getValue();
      String printed = textAt(input, v.span().orElseThrow()).replace("元", "").strip();
      if (v.value() instanceof BigDecimal) {
        assertThat(new BigDecimal(printed)).as(e.getKey()).isEqualByComparingTo((BigDecimal) v.value());
      } else {
        assertThat(printed).as(e.getKey()).isEqualTo(String.valueOf(v.value()));
      }
    }
  }

  /** Every number of {@code report}, by JSON path. */
  static Map<String, Located<? extends Number>> values(AnnualReport report) {
    Map<String, Located<? extends Number>> out = new LinkedHashMap<>();
    report.applications().ifPresent(a -> {
      for (Map.Entry<ApplicationRow, Counts> e : a.rows().entrySet()) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
          c.get(e.getValue()).ifPresent(v -> out.put(e.getKey().path() + "." + c.key(), v));
        }
      }
    });
    report.reviewsAndLawsuits().ifPresent(r -> {
      for (ReviewGroup g : ReviewGroup.values()) {
        for (OutcomeField f : OutcomeField.values()) {
          f.get(g.get(r)).ifPresent(v -> out.put(g.path(f), v));
        }
      }
    });
    report.activeDisclosure().ifPresent((ActiveDisclosure d) -> {
      for (Map.Entry<DisclosureItem, DisclosureRow> e : d.items().entrySet()) {
        for (DisclosureField f : DisclosureField.values()) {
          Optional<? extends Located<? extends Number>> v = f.located(e.getValue());
          v.ifPresent(l -> out.put(e.getKey().path(f), l));
        }
      }
    });
    report.year().ifPresent(y -> out.put("year", y));
    return out;
  }

  /** Every span of {@code result}, named by what carries it. */
  static Map<String, SourceSpan> allSpans(ParseResult result) {
    Map<String, SourceSpan> out = new LinkedHashMap<>();
    AnnualReport r = result.report();
    r.title().flatMap(Located::span).ifPresent(s -> out.put("title", s));
    r.agency().flatMap(Located::span).ifPresent(s -> out.put("agency", s));
    r.publishedOn().flatMap(Located::span).ifPresent(s -> out.put("publishedOn", s));
    for (Section s : r.sections()) {
      s.span().ifPresent(sp -> out.put("section " + s.number(), sp));
    }
    for (Map.Entry<String, Located<? extends Number>> e : values(r).entrySet()) {
      e.getValue().span().ifPresent(s -> out.put(e.getKey(), s));
    }
    r.applications().ifPresent(a -> {
      a.span().ifPresent(s -> out.put("applications", s));
      a.rows().forEach((row, counts) -> counts.span().ifPresent(s -> out.put(row.path(), s)));
    });
    r.reviewsAndLawsuits().flatMap(x -> x.span()).ifPresent(s -> out.put("reviewsAndLawsuits", s));
    r.activeDisclosure().ifPresent(d -> d.items().forEach((item, row) ->
        row.span().ifPresent(s -> out.put("activeDisclosure." + item.key(), s))));
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      String name = "diagnostic " + i + " " + d.code();
      d.span().ifPresent(s -> out.put(name, s));
      for (int j = 0; j < d.related().size(); j++) {
        out.put(name + " related " + j, d.related().get(j));
      }
    }
    return out;
  }
}
