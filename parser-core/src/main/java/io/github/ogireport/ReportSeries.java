package io.github.ogireport;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.diag.Messages;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a series of one agency's reports, given in year order, against each other — the relations
 * that tie a report to the one of the year before:
 *
 * <ul>
 *   <li>{@value #CARRIED_OVER} (A6, error): this year's 二、上年结转政府信息公开申请数量 equals last year's
 *       四、结转下年度继续办理, per column of the applications table;
 *   <li>{@value #IN_FORCE} (A7, warning): for 规章 and 行政规范性文件 (2021 template), this year's 现行有效件数
 *       equals last year's 现行有效件数 + 本年制发件数 − 本年废止件数. Soft: documents also lapse without
 *       being repealed, and some agencies count differently.
 *   <li>{@value #NOT_COMPARABLE} (warning): a report is not compared with the one before it because
 *       their years are unknown or not consecutive, or because they name different agencies.
 * </ul>
 *
 * <p>Each report is compared with the report just before it in the list. The findings belong to the
 * later report: they stand at its cell (span and path), and their message names the earlier report's
 * year, value and line — {@code related} positions are left empty because they would point into
 * another input. Values that are absent on either side are not compared.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.create();
 * List<AnnualReport> reports = files.stream().map(f -> parser.parse(read(f)).report()).toList();
 * List<List<Diagnostic>> perReport = ReportSeries.validate(reports, Locale.CHINESE);
 * }</pre>
 *
 * <p>A {@code ReportSeries} is immutable and thread-safe.
 */
public final class ReportSeries {

  /** Code of A6: 上年结转 ≠ last year's 结转下年度继续办理. */
  public static final String CARRIED_OVER = "series-carried-over";
  /** Code of A7: 现行有效件数 ≠ last year's + 本年制发 − 本年废止. */
  public static final String IN_FORCE = "series-in-force";
  /** Code of the note that two neighbouring reports were not compared. */
  public static final String NOT_COMPARABLE = "series-not-comparable";

  private static final Map<String, Severity> DEFAULTS = Map.of(
      CARRIED_OVER, Severity.ERROR, IN_FORCE, Severity.WARNING, NOT_COMPARABLE, Severity.WARNING);

  private final Messages messages;
  private final Set<String> disabled;
  private final Map<String, Severity> severities;

  private ReportSeries(Locale locale, Set<String> disabled, Map<String, Severity> severities) {
    this.messages = Messages.of(locale);
    this.disabled = Set.copyOf(disabled);
    this.severities = Map.copyOf(severities);
  }

  /** A series check with messages in {@code locale} and the default severities. */
  public static ReportSeries create(Locale locale) {
    return builder().locale(locale).build();
  }

  /** Starts configuring a series check. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Shorthand for {@code create(locale).check(inYearOrder)}: the findings of each report, index by
   * index.
   */
  public static List<List<Diagnostic>> validate(List<AnnualReport> inYearOrder, Locale locale) {
    return create(locale).check(inYearOrder);
  }

  /** The codes this class reports, with their default severities. */
  public static Map<String, Severity> codes() {
    Map<String, Severity> out = new LinkedHashMap<>();
    out.put(CARRIED_OVER, DEFAULTS.get(CARRIED_OVER));
    out.put(IN_FORCE, DEFAULTS.get(IN_FORCE));
    out.put(NOT_COMPARABLE, DEFAULTS.get(NOT_COMPARABLE));
    return out;
  }

  /**
   * Compares each report of {@code inYearOrder} with the one before it. Returns one list of
   * diagnostics per report, in the same order (the first report's is empty), each sorted as
   * {@link ParseResult#diagnostics()} is. Never throws on odd reports; {@code null} elements are
   * rejected.
   */
  public List<List<Diagnostic>> check(List<AnnualReport> inYearOrder) {
    List<List<Diagnostic>> out = new ArrayList<>(inYearOrder.size());
    AnnualReport previous = null;
    for (AnnualReport report : inYearOrder) {
      Objects.requireNonNull(report, "report");
      List<Diagnostic> found = new ArrayList<>();
      if (previous != null) {
        compare(previous, report, found);
      }
      found.sort(DiagnosticSink.ORDER);
      out.add(List.copyOf(found));
      previous = report;
    }
    return List.copyOf(out);
  }

  private void compare(AnnualReport last, AnnualReport current, List<Diagnostic> out) {
    Optional<Integer> lastYear = last.year().map(Located::value);
    Optional<Integer> year = current.year().map(Located::value);
    if (lastYear.isEmpty() || year.isEmpty() || year.get() != lastYear.get() + 1) {
      add(out, NOT_COMPARABLE, current.year().flatMap(Located::span), "year", "series-not-comparable.year",
          lastYear.map(String::valueOf).orElse("?"), year.map(String::valueOf).orElse("?"));
      return;
    }
    Optional<String> lastAgency = last.agency().map(a -> a.value().replaceAll("\\s+", ""));
    Optional<String> agency = current.agency().map(a -> a.value().replaceAll("\\s+", ""));
    if (lastAgency.isPresent() && agency.isPresent() && !lastAgency.get().equals(agency.get())) {
      add(out, NOT_COMPARABLE, current.agency().flatMap(Located::span), "agency",
          "series-not-comparable.agency", lastAgency.get(), agency.get());
      return;
    }
    carriedOver(last, current, lastYear.get(), out);
    inForce(last, current, lastYear.get(), out);
  }

  /** A6: 二、上年结转 = last year's 四、结转下年度继续办理, per column. */
  private void carriedOver(AnnualReport last, AnnualReport current, int lastYear, List<Diagnostic> out) {
    for (ApplicantColumn c : ApplicantColumn.WITH_SUBTOTAL) {
      Optional<Located<Long>> now = current.applications().flatMap(a -> a.row(ApplicationRow.CARRIED_OVER))
          .flatMap(c::get);
      Optional<Located<Long>> before = last.applications().flatMap(a -> a.row(ApplicationRow.CARRIED_FORWARD))
          .flatMap(c::get);
      if (now.isEmpty() || before.isEmpty() || now.get().value().equals(before.get().value())) {
        continue;
      }
      add(out, CARRIED_OVER, now.get().span(), ApplicationRow.CARRIED_OVER.path() + "." + c.key(),
          "series-carried-over", c.label(), now.get().value(), before.get().value(), lastYear,
          line(before.get()));
    }
  }

  /** A7: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数. */
  private void inForce(AnnualReport last, AnnualReport current, int lastYear, List<Diagnostic> out) {
    for (DisclosureItem item : List.of(DisclosureItem.REGULATIONS, DisclosureItem.NORMATIVE_DOCUMENTS)) {
      Optional<Located<Long>> now = field(current, item, DisclosureField.IN_FORCE);
      Optional<Located<Long>> before = field(last, item, DisclosureField.IN_FORCE);
      Optional<Located<Long>> issued = field(current, item, DisclosureField.ISSUED);
      Optional<Located<Long>> repealed = field(current, item, DisclosureField.REPEALED);
      if (now.isEmpty() || before.isEmpty() || issued.isEmpty() || repealed.isEmpty()) {
        continue;
      }
      long expected = before.get().value() + issued.get().value() - repealed.get().value();
      if (expected == now.get().value()) {
        continue;
      }
      add(out, IN_FORCE, now.get().span(), item.path(DisclosureField.IN_FORCE), "series-in-force",
          item.label(), now.get().value(), expected, lastYear, before.get().value(), line(before.get()),
          issued.get().value(), repealed.get().value());
    }
  }

  private static Optional<Located<Long>> field(AnnualReport r, DisclosureItem item, DisclosureField f) {
    return r.activeDisclosure().flatMap(d -> d.item(item)).flatMap(row -> {
      switch (f) {
        case IN_FORCE: return row.inForce();
        case ISSUED: return row.issued();
        case REPEALED: return row.repealed();
        default: throw new IllegalArgumentException(f.name());
      }
    });
  }

  private static String line(Located<?> value) {
    return value.span().map(s -> String.valueOf(s.line())).orElse("?");
  }

  private void add(List<Diagnostic> out, String code, Optional<SourceSpan> span, String path, String key,
      Object... args) {
    if (disabled.contains(code)) {
      return;
    }
    out.add(Diagnostic.builder()
        .severity(severities.getOrDefault(code, DEFAULTS.get(code)))
        .code(code)
        .message(messages.format(key, args))
        .span(span)
        .path(path)
        .build());
  }

  /** Configures a {@link ReportSeries}. Not thread-safe; the series check it builds is. */
  public static final class Builder {
    private Locale locale = Locale.ROOT;
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the locale of messages (Chinese for {@code zh}, English otherwise). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Leaves out the findings with code {@code code} (one of {@link #codes()}; others are ignored). */
    public Builder disable(String code) {
      disabled.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /** Changes the severity of the findings with code {@code code}. */
    public Builder severity(String code, Severity severity) {
      severities.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Builds the series check. */
    public ReportSeries build() {
      return new ReportSeries(locale, disabled, severities);
    }
  }
}
