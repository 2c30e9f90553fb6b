package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.model.TemplateVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's dates agree with the year it reports on (the title's year): the statistics period
 * (统计期限自2022年1月1日起至2022年12月31日止) names that year; the publication date falls in the next year
 * (or on or after 20 December of the same year); and the template fits the year (国办公开办函〔2019〕60号
 * for the years up to 2020, 国办公开办函〔2021〕30号 from 2021). The clauses: both templates' preface
 * (本报告中所列数据的统计期限自…), 《中华人民共和国政府信息公开条例》(2019) 第四十九、五十条 (reports on the
 * previous year, published by 31 January or 31 March), and the 2021 notice, which applies from the
 * reports on 2021.
 *
 * <p>Each year printed between 统计期限 and the end of its sentence is checked; the finding stands at
 * that year, with the title's year as related position. The publication date and template findings
 * stand at the date and at the title's year.
 */
public final class YearsConsistent implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "year-consistency";

  /** The earliest day of the report year itself on which publishing is not suspicious. */
  static final int LATE_DECEMBER = 20;

  private static final Pattern PERIOD = Pattern.compile("统计期限");
  private static final Pattern YEAR = Pattern.compile(
      "(?<![0-9０-９])([12１２][0-9０-９]{3})(?![0-9０-９])[\\s\\u00A0\\u3000]*年");
  private static final int PERIOD_REACH = 60;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "the statistics period, the publication date and the template agree with the report year";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    Optional<Located<Integer>> year = report.year();
    if (year.isEmpty() || report.template() == TemplateVersion.LEGACY) {
      return;
    }
    int y = year.get().value();
    checkPeriod(report, context, year.get());
    report.publishedOn().ifPresent(p -> checkPublished(p, y, context));
    TemplateVersion expected = y <= 2020 ? TemplateVersion.V2019 : TemplateVersion.V2021;
    TemplateVersion t = report.template();
    if ((t == TemplateVersion.V2019 || t == TemplateVersion.V2021) && t != expected) {
      context.report(Finding.builder()
          .message(context.message(ID + ".template", y, expected.jsonName(), t.jsonName()))
          .span(year.get().span())
          .path("template")
          .build());
    }
  }

  private static void checkPeriod(AnnualReport report, RuleContext context, Located<Integer> year) {
    ReportText text = ReportText.whole(report, context);
    String s = text.text();
    Matcher period = PERIOD.matcher(s);
    while (period.find()) {
      int end = Math.min(s.length(), period.end() + PERIOD_REACH);
      int stop = s.indexOf('。', period.end());
      if (stop >= 0 && stop < end) {
        end = stop;
      }
      Matcher m = YEAR.matcher(s).region(period.end(), end);
      while (m.find()) {
        int printed = number(m.group(1));
        if (printed == year.value()) {
          continue;
        }
        Optional<SourceSpan> at = text.exactSpan(m.start(1), m.end(1)).or(year::span);
        context.report(Finding.builder()
            .message(context.message(ID + ".period", printed, sentence(s, period.start(), end), year.value()))
            .span(at)
            .path("year")
            .addAllRelated(text.exact() ? year.span().stream().toList() : List.of())
            .build());
      }
    }
  }

  private static void checkPublished(Located<LocalDate> published, int year, RuleContext context) {
    LocalDate d = published.value();
    boolean nextYear = d.getYear() == year + 1;
    boolean lateDecember = d.getYear() == year && d.getMonthValue() == 12 && d.getDayOfMonth() >= LATE_DECEMBER;
    if (nextYear || lateDecember) {
      return;
    }
    context.report(Finding.builder()
        .message(context.message(ID + ".published", d.toString(), year, year + 1, LATE_DECEMBER))
        .span(published.span())
        .path("publishedOn")
        .build());
  }

  /** The words of the period, spaces collapsed, for the message. */
  private static String sentence(String s, int from, int to) {
    return s.substring(from, to).replaceAll("[\\s\\u00A0\\u3000]+", "");
  }

  /** The value of a run of ASCII or full-width digits. */
  static int number(String digits) {
    int v = 0;
    for (int i = 0; i < digits.length(); i++) {
      v = v * 10 + Character.digit(digits.charAt(i), 10);
    }
    return v;
  }
}
