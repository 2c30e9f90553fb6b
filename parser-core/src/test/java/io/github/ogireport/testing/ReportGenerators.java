package io.github.ogireport.testing;

import io.github.ogireport.model.ActiveDisclosure;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.DisclosureField;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Outcome;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.ReviewsAndLawsuits;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of arbitrary <em>consistent</em> annual reports: every relation of the
 * template that a single report must satisfy holds (FORMAT.md A1–A5) —
 * <ul>
 *   <li>A1: per column of the applications table, 一 + 二 = （七）总计 + 四;
 *   <li>A2: per row, 总计 = 自然人 + the five 法人或其他组织 columns, and 小计 = the five where printed;
 *   <li>A3: per column, （七）总计 = the sum of the result rows （一）…（六） (its three items, or the one
 *       collapsed row);
 *   <li>A4: each group of section 四, 总计 = 维持 + 纠正 + 其他 + 尚未审结;
 *   <li>A5: counts are integers ≥ 0, amounts decimals ≥ 0, only the 2019 本年增/减 is negative at times.
 * </ul>
 * Reports come in both templates (2019 with section 二's five tables and （六） as one row; 2021 with
 * four tables and （六） itemised or, as many real 2021+ reports print it, collapsed), with and without
 * the 法人或其他组织 小计 column, with zero-heavy, typical or large counts, 万元 amounts with up to six
 * decimals, and — unless {@link #completeReports()} is asked for — with optional parts missing: no
 * publication date, a section 一/五/六 left out, a table of section 二 or 四 replaced by prose, rows of
 * section 二 or some of their cells absent. The applications table, when present, is always complete
 * (every row, every cell): a blank cell there is one the parser may recover from the sums, so it
 * belongs to a property of its own.
 *
 * <p>The template always agrees with the year (2019 for 2019–2020, 2021 from 2021), so a parser can
 * tell it from the tables or from the year. Titles read {@code <agency> <year> 年政府信息公开工作年度报告}
 * in the spellings reports use; sections carry short prose without tables.
 *
 * <p>Values carry no spans. Use them to test a rule of your own:
 *
 * <pre>{@code
 * qt().forAll(ReportGenerators.consistentReports()).checkAssert(report -> {
 *   ParseResult r = parser.parse(ReportWriter.tabs().write(report));
 *   assertThat(r.diagnostics(MyRule.ID)).isEmpty();      // a consistent report raises nothing
 * });
 * }</pre>
 */
public final class ReportGenerators {

  /** How large the counts of a generated report are. */
  public enum Magnitude {
    /** Nine cells in ten are 0, the others 1–5: a small agency's report. */
    ZERO_HEAVY,
    /** A mix of 0, tens and thousands. */
    TYPICAL,
    /** Up to 10⁹ per cell: a province's report, totals beyond the int range. */
    LARGE
  }

  private static final List<String> PLACES = List.of(
      "上海市", "上海市虹口区", "北京市海淀区", "淮安市", "淮安市洪泽区", "平潭综合实验区", "岳阳市南湖新区",
      "威海市文登区", "深圳市龙岗区", "徐闻县", "雄县", "杭州市西湖区", "成都市", "广东省", "江苏省");
  private static final List<String> ORGANS = List.of(
      "人民政府", "人民政府办公室", "人民政府办公厅", "教育局", "财政局", "统计局", "审计局", "信访局", "生态环境局",
      "市场监督管理局", "人民政府合作交流办公室", "人民政府外事办公室", "机关事务管理局", "住房和城乡建设局");
  private static final List<String> TITLE_FORMS = List.of(
      "%s %d 年政府信息公开工作年度报告", "%s%d年政府信息公开工作年度报告", "%s%d年度政府信息公开工作年度报告",
      "%s %d 年 政府信息公开工作年度报告");
  private static final List<String> OVERVIEW = List.of(
      "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。",
      "一是加强主动公开，及时发布政策文件和工作动态。",
      "二是规范依申请公开办理，严格按照法定时限答复申请人。",
      "三是加强政府信息管理，做好公开前保密审查。",
      "四是强化平台建设，优化门户网站栏目设置。",
      "五是加强监督保障，全年开展业务培训 2 次。");
  private static final List<String> PROBLEMS = List.of(
      "存在的主要问题：政策解读形式还不够丰富，公众参与渠道有待拓展。",
      "下一步，将进一步完善工作机制，提升政府信息公开质量。",
      "加强业务培训，提高工作人员的政策水平和业务能力。");
  private static final List<String> OTHER = List.of(
      "本年度未收取政府信息公开信息处理费。",
      "按照《政府信息公开信息处理费管理办法》规定，本机关未产生收费情况。",
      "无其他需要报告的事项。");
  private static final String NO_TABLE = "本年度无相关情况。";

  private ReportGenerators() {}

  // ---- reports ------------------------------------------------------------------------------------

  /** Consistent reports of either template, any magnitude, optional parts sometimes missing. */
  public static Gen<AnnualReport> consistentReports() {
    return Generate.pick(List.of(TemplateVersion.V2021, TemplateVersion.V2019))
        .flatMap(t -> consistentReports(t, false));
  }

  /** Consistent reports with every section, table, row and cell present (no diagnostic expected). */
  public static Gen<AnnualReport> completeReports() {
    return Generate.pick(List.of(TemplateVersion.V2021, TemplateVersion.V2019))
        .flatMap(t -> consistentReports(t, true));
  }

  /**
   * Consistent reports of {@code template} ({@link TemplateVersion#V2021} or {@link TemplateVersion#V2019});
   * with {@code complete}, nothing optional is left out.
   */
  public static Gen<AnnualReport> consistentReports(TemplateVersion template, boolean complete) {
    if (template != TemplateVersion.V2021 && template != TemplateVersion.V2019) {
      throw new IllegalArgumentException("reports are generated for the 2019 and 2021 templates, not " + template);
    }
    boolean v2019 = template == TemplateVersion.V2019;
    Gen<Integer> years = v2019 ? Generate.range(2019, 2020) : Generate.range(2021, 2025);
    Gen<Boolean> often = complete ? Generate.constant(true) : chance(85);
    return in -> {
      Magnitude magnitude = Generate.enumValues(Magnitude.class).generate(in);
      int year = years.generate(in);
      String agency = Generate.pick(PLACES).generate(in) + Generate.pick(ORGANS).generate(in);
      String title = String.format(Generate.pick(TITLE_FORMS).generate(in), agency, year);
      AnnualReport.Builder b = AnnualReport.builder()
          .title(Located.of(title))
          .agency(Located.of(agency))
          .year(Located.of(year))
          .template(template);
      if (often.generate(in)) {
        int month = Generate.range(1, 3).generate(in);
        int day = Generate.range(1, month == 2 ? 28 : 31).generate(in);
        b.publishedOn(Located.of(LocalDate.of(year + 1, month, day)));
      }
      boolean disclosure = often.generate(in);
      boolean applications = !disclosure || often.generate(in);
      boolean reviews = often.generate(in);
      if (often.generate(in)) {
        b.addSections(section(1, "总体情况", prose(OVERVIEW).generate(in)));
      }
      b.addSections(section(2, "主动公开政府信息情况", disclosure ? "" : NO_TABLE));
      b.addSections(section(3, "收到和处理政府信息公开申请情况", applications ? "" : NO_TABLE));
      b.addSections(section(4, Generate.pick(List.of("政府信息公开行政复议、行政诉讼情况",
          "政府信息公开行政复议、行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况")).generate(in),
          reviews ? "" : NO_TABLE));
      if (often.generate(in)) {
        b.addSections(section(5, Generate.pick(List.of("存在的主要问题及改进情况", "存在的主要问题及改进情况",
            "政府信息公开工作存在的主要问题及改进情况")).generate(in), prose(PROBLEMS).generate(in)));
      }
      if (often.generate(in)) {
        b.addSections(section(6, "其他需要报告的事项", prose(OTHER).generate(in)));
      }
      if (disclosure) {
        b.activeDisclosure(activeDisclosure(template, magnitude, complete).generate(in));
      }
      if (applications) {
        boolean collapsed = v2019 || chance(20).generate(in);
        b.applications(applications(collapsed, Generate.booleans().generate(in), magnitude).generate(in));
      }
      if (reviews) {
        b.reviewsAndLawsuits(reviews(magnitude).generate(in));
      }
      return b.build();
    };
  }

  private static Section section(int number, String heading, String text) {
    return Section.builder().number(number).heading(heading).text(text).build();
  }

  private static Gen<String> prose(List<String> sentences) {
    return in -> {
      int n = Generate.range(1, 3).generate(in);
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        lines.add(Generate.pick(sentences).generate(in));
      }
      return String.join("\n", lines);
    };
  }

  // ---- section 三 -----------------------------------------------------------------------------------

  /**
   * A complete, consistent applications table: every row of the template (（六） collapsed to one row
   * when {@code collapsedOtherHandling}, as the 2019 template prints it), every cell present, the
   * 小计 column when {@code subtotalColumn}.
   */
  public static Gen<Applications> applications(boolean collapsedOtherHandling, boolean subtotalColumn,
      Magnitude magnitude) {
    List<ApplicationRow> results = new ArrayList<>();
    for (ApplicationRow r : ApplicationRow.values()) {
      boolean otherHandling = r.group().isPresent() && r.group().get() == ApplicationRow.Group.OTHER_HANDLING;
      if (r.isResult() && (!otherHandling || collapsedOtherHandling == (r == ApplicationRow.OTHER_HANDLING_SUBTOTAL))) {
        results.add(r);
      }
    }
    Gen<Long> cell = counts(magnitude);
    return in -> {
      Map<ApplicationRow, Map<ApplicantColumn, Long>> values = new EnumMap<>(ApplicationRow.class);
      for (ApplicantColumn c : ApplicantColumn.APPLICANTS) {
        long handled = 0;
        for (ApplicationRow r : results) {
          long v = cell.generate(in);
          put(values, r, c, v);
          handled += v;
        }
        long forward = cell.generate(in);
        long received = handled + forward;
        long carried = received == 0 ? 0 : Generate.longRange(0, received).generate(in);
        if (magnitude == Magnitude.ZERO_HEAVY && chance(80).generate(in)) {
          carried = 0; // small agencies rarely carry anything over
        }
        put(values, ApplicationRow.TOTAL_HANDLED, c, handled);
        put(values, ApplicationRow.CARRIED_FORWARD, c, forward);
        put(values, ApplicationRow.CARRIED_OVER, c, carried);
        put(values, ApplicationRow.NEWLY_RECEIVED, c, received - carried);
      }
      Applications.Builder b = Applications.builder().subtotalColumn(subtotalColumn);
      for (Map.Entry<ApplicationRow, Map<ApplicantColumn, Long>> e : values.entrySet()) {
        Counts.Builder cb = Counts.builder();
        long total = 0;
        long organizations = 0;
        for (ApplicantColumn c : ApplicantColumn.APPLICANTS) {
          long v = e.getValue().get(c);
          cb.set(c, Located.of(v));
          total += v;
          if (c != ApplicantColumn.NATURAL_PERSON) {
            organizations += v;
          }
        }
        if (subtotalColumn) {
          cb.legalPersonSubtotal(Located.of(organizations));
        }
        cb.total(Located.of(total));
        b.putRows(e.getKey(), cb.build());
      }
      return b.build();
    };
  }

  private static void put(Map<ApplicationRow, Map<ApplicantColumn, Long>> values, ApplicationRow r,
      ApplicantColumn c, long v) {
    values.computeIfAbsent(r, k -> new EnumMap<>(ApplicantColumn.class)).put(c, v);
  }

  // ---- section 四 -----------------------------------------------------------------------------------

  /** Section 四 with its 15 cells, each group's 总计 the sum of its four parts. */
  public static Gen<ReviewsAndLawsuits> reviews(Magnitude magnitude) {
    Gen<Long> cell = counts(magnitude == Magnitude.LARGE ? Magnitude.TYPICAL : magnitude);
    return in -> {
      ReviewsAndLawsuits.Builder b = ReviewsAndLawsuits.builder();
      for (ReviewGroup g : ReviewGroup.values()) {
        Outcome.Builder ob = Outcome.builder();
        long total = 0;
        for (OutcomeField f : OutcomeField.PARTS) {
          long v = cell.generate(in);
          ob.set(f, Located.of(v));
          total += v;
        }
        ob.total(Located.of(total));
        b.set(g, ob.build());
      }
      return b.build();
    };
  }

  // ---- section 二 -----------------------------------------------------------------------------------

  /**
   * Section 二's rows for {@code template}; unless {@code complete}, a row is absent one time in ten
   * and a cell one time in eight (at least one row is always there).
   */
  public static Gen<ActiveDisclosure> activeDisclosure(TemplateVersion template, Magnitude magnitude,
      boolean complete) {
    Gen<Boolean> rowPresent = complete ? Generate.constant(true) : chance(90);
    Gen<Boolean> cellPresent = complete ? Generate.constant(true) : chance(88);
    Gen<Long> count = counts(magnitude);
    return in -> {
      ActiveDisclosure.Builder b = ActiveDisclosure.builder();
      int rows = 0;
      for (DisclosureItem item : DisclosureItem.values()) {
        List<DisclosureField> fields = item.fields(template);
        if (fields.isEmpty() || (!rowPresent.generate(in) && rows > 0)) {
          continue;
        }
        DisclosureRow.Builder rb = DisclosureRow.builder();
        for (DisclosureField f : fields) {
          if (!cellPresent.generate(in)) {
            continue;
          }
          switch (f.kind()) {
            case AMOUNT:
              rb.setAmount(f, Located.of(f == DisclosureField.AMOUNT ? amounts(6).generate(in)
                  : amounts(2).generate(in)));
              break;
            case SIGNED_COUNT:
              rb.setCount(f, Located.of(signedCounts().generate(in)));
              break;
            default:
              rb.setCount(f, Located.of(count.generate(in)));
              break;
          }
        }
        b.putItems(item, rb.build());
        rows++;
      }
      return b.build();
    };
  }

  // ---- numbers ------------------------------------------------------------------------------------

  /** Counts ≥ 0 of the given magnitude. */
  public static Gen<Long> counts(Magnitude magnitude) {
    switch (magnitude) {
      case ZERO_HEAVY:
        return Generate.frequency(List.of(
            Pair.of(90, Generate.constant(0L)),
            Pair.of(10, Generate.longRange(1, 5))));
      case TYPICAL:
        return Generate.frequency(List.of(
            Pair.of(40, Generate.constant(0L)),
            Pair.of(40, Generate.longRange(1, 50)),
            Pair.of(20, Generate.longRange(51, 5_000))));
      default:
        return Generate.frequency(List.of(
            Pair.of(15, Generate.constant(0L)),
            Pair.of(25, Generate.longRange(1, 10_000)),
            Pair.of(60, Generate.longRange(10_000, 1_000_000_000L))));
    }
  }

  /** 本年增/减 of the 2019 template: −10 000 … 10 000, zero often. */
  public static Gen<Long> signedCounts() {
    return Generate.frequency(List.of(
        Pair.of(30, Generate.constant(0L)),
        Pair.of(70, Generate.longRange(-10_000, 10_000))));
  }

  /**
   * Decimal amounts ≥ 0 with at most {@code maxScale} decimals, in the normal form a parser reads
   * them in: no trailing zeros after the point, never in exponent form ({@code 100}, not {@code 1E+2}).
   */
  public static Gen<BigDecimal> amounts(int maxScale) {
    return in -> {
      int scale = Generate.range(0, maxScale).generate(in);
      long unscaled = Generate.frequency(List.of(
          Pair.of(20, Generate.constant(0L)),
          Pair.of(50, Generate.longRange(1, 100_000)),
          Pair.of(30, Generate.longRange(100_000, 100_000_000_000L)))).generate(in);
      return normal(BigDecimal.valueOf(unscaled, scale));
    };
  }

  /** {@code d} without trailing zeros and with a scale ≥ 0. */
  public static BigDecimal normal(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static Gen<Boolean> chance(int percent) {
    return Generate.range(1, 100).map(i -> i <= percent);
  }
}
