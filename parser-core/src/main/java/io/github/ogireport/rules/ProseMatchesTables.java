package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A8: the counts that section 一 (总体情况) quotes agree with the tables. The clause: both templates
 * (国办公开办函〔2019〕60号, 〔2021〕30号) make 总体情况 a summary of the same year's work, whose figures the
 * tables of sections 三 and 四 state.
 *
 * <p>Only phrasings that say unambiguously which figure they quote are read, each ending in
 * {@code N 件}: 收到/受理/新收…申请 N 件 (一、本年新收, 总计), 已答复/办结 N 件 ((七)总计), 上年结转 N 件 (二、上年结转),
 * 结转下年度 N 件 (四、结转下年度继续办理), 行政复议 N 件 (行政复议 总计), 行政诉讼 N 件 (the two 行政诉讼 总计
 * together). A quote is skipped when its clause names another year or (for the application
 * figures) 复议 or 诉讼, and a received count followed by （含…结转…） or ，其中…结转 (it then counts the
 * carried-over applications too). The finding stands at the number in the prose — exactly, when the
 * input is at hand, else at the section heading — with the table cell as related position and the
 * table value's path.
 */
public final class ProseMatchesTables implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "prose-consistency";

  private static final String SP = "[\\s\\u00A0\\u3000]*";
  private static final String NUM = "(?<![0-9０-９.])([0-9０-９]{1,9})(?![0-9０-９.])";
  private static final String TOTAL = "(?:共计|共|合计|总计|累计|为|是)?" + SP;

  private static final String DIGITS = "0123456789０１２３４５６７８９";

  /**
   * One phrasing and the table figure it quotes. {@code firstChars} holds every char a match can
   * start with (the pattern's look-behind aside): {@link AnchoredFinder} tries the pattern only there.
   */
  static final class Quote {
    final Pattern pattern;
    final String firstChars;
    final Figure figure;
    final boolean applications;

    Quote(String regex, String firstChars, Figure figure, boolean applications) {
      this.pattern = Pattern.compile(regex);
      this.firstChars = firstChars;
      this.figure = figure;
      this.applications = applications;
    }
  }

  /** A figure of the tables: its value, where its cells are, its path and how messages name it. */
  private static final class Figure {
    final String key;
    final String path;
    final Function<AnnualReport, List<Optional<Located<Long>>>> cells;

    Figure(String key, String path, Function<AnnualReport, List<Optional<Located<Long>>>> cells) {
      this.key = key;
      this.path = path;
      this.cells = cells;
    }
  }

  private static Figure applications(String key, ApplicationRow row) {
    return new Figure(key, row.path() + "." + ApplicantColumn.TOTAL.key(),
        r -> List.of(r.applications().flatMap(a -> a.row(row)).flatMap(c -> c.total())));
  }

  private static final Figure RECEIVED = applications("received", ApplicationRow.NEWLY_RECEIVED);
  private static final Figure CARRIED_OVER = applications("carried-over", ApplicationRow.CARRIED_OVER);
  private static final Figure HANDLED = applications("handled", ApplicationRow.TOTAL_HANDLED);
  private static final Figure FORWARDED = applications("forwarded", ApplicationRow.CARRIED_FORWARD);
  private static final Figure REVIEWS = new Figure("reviews", ReviewGroup.ADMINISTRATIVE_REVIEW.path(OutcomeField.TOTAL),
      r -> List.of(r.reviewsAndLawsuits().flatMap(s -> s.administrativeReview().total())));
  private static final Figure LAWSUITS = new Figure("lawsuits", "reviewsAndLawsuits",
      r -> List.of(r.reviewsAndLawsuits().flatMap(s -> s.lawsuitWithoutReview().total()),
          r.reviewsAndLawsuits().flatMap(s -> s.lawsuitAfterReview().total())));

  static final List<Quote> QUOTES = List.of(
      new Quote("(?<![不未予])(?:收到|受理|新收)" + SP + "[政府信息公开依的各类项]{0,8}" + SP + "申请" + SP
          + "(?:数量|总数|总量)?" + SP + TOTAL + NUM + SP + "[件起]", "收受新", RECEIVED, true),
      new Quote("(?<![不未])(?:已答复|答复办结|已办结|办结|均已答复|已全部答复)" + SP + "(?:申请)?" + SP + TOTAL + NUM
          + SP + "件", "已答办均", HANDLED, true),
      new Quote("上一?年度?" + SP + "(?:结转|转结)" + SP + "的?" + SP + "(?:政府信息公开)?" + SP + "(?:申请)?" + SP
          + TOTAL + NUM + SP + "件", "上", CARRIED_OVER, true),
      new Quote("结转(?:至|到)?" + SP + "下一?年度?" + SP + "(?:继续)?" + SP + "(?:办理)?" + SP + "的?" + SP
          + "(?:申请)?" + SP + TOTAL + NUM + SP + "件", "结", FORWARDED, true),
      new Quote(NUM + SP + "件" + SP + "(?:申请)?" + SP + "(?:需|将)?" + SP + "结转(?:至|到)?" + SP + "下一?年",
          DIGITS, FORWARDED, true),
      new Quote("行政复议" + SP + "(?:案件|申请)?" + SP + TOTAL + NUM + SP + "[件起]", "行", REVIEWS, false),
      new Quote("行政诉讼" + SP + "(?:案件)?" + SP + TOTAL + NUM + SP + "[件起]", "行", LAWSUITS, false));

  private static final int CLAUSE_REACH = 80;

  private static final Pattern OTHER_YEAR = Pattern.compile(
      "(?<![0-9０-９])([12１２][0-9０-９]{3})(?![0-9０-９])" + SP + "年");
  private static final Pattern INCLUDES_CARRIED_OVER = Pattern.compile(
      "^" + SP + "(?:[（(]含[^）)]{0,30}结转|[，,]" + SP + "其中[^。；]{0,60}结转)");

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
    return "the counts quoted in section 一 (received, answered, carried over, reviews, lawsuits) match the tables (A8)";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    Optional<ReportText> found = ReportText.section(report, context, 1);
    if (found.isEmpty()) {
      return;
    }
    ReportText text = found.get();
    String s = text.text();
    Optional<Integer> year = report.year().map(Located::value);
    Matcher includes = INCLUDES_CARRIED_OVER.matcher(s);
    int start = text.start();
    int end = text.end();
    for (Quote q : QUOTES) {
      AnchoredFinder f = new AnchoredFinder(q.pattern, q.firstChars, s, start, end);
      while (f.find()) {
        Matcher m = f.matcher();
        String clause = clause(s, start, m.start(), m.end());
        if (namesOtherYear(clause, year) || (q.applications && (clause.contains("复议") || clause.contains("诉讼")))) {
          continue;
        }
        // the pattern starts with ^: anchored at the region's start, lookingAt is find on the rest of s
        if (q.figure == RECEIVED && includes.region(m.end(), end).lookingAt()) {
          continue;
        }
        compare(report, context, text, m, q.figure);
      }
    }
  }

  private static void compare(AnnualReport report, RuleContext context, ReportText text, Matcher m, Figure figure) {
    long quoted = YearsConsistent.number(m.group(1));
    List<Optional<Located<Long>>> cells = figure.cells.apply(report);
    long value = 0;
    List<SourceSpan> related = new ArrayList<>();
    for (Optional<Located<Long>> c : cells) {
      if (c.isEmpty()) {
        return; // the table does not print it: nothing to compare with
      }
      value += c.get().value();
      c.get().span().ifPresent(related::add);
    }
    if (value == quoted) {
      return;
    }
    String phrase = text.text().substring(m.start(), m.end()).replaceAll("[\\s\\u00A0\\u3000]+", "");
    context.report(Finding.builder()
        .message(context.message(ID, quoted, phrase, context.message(ID + "." + figure.key), value))
        .span(text.span(m.start(1), m.end(1)))
        .path(figure.path)
        .addAllRelated(related)
        .build());
  }

  /**
   * The clause of {@code [from, to)}: back to the last 。；， (line breaks do not end a clause: extracted
   * text wraps sentences), at most {@value #CLAUSE_REACH} chars, not before {@code limit}.
   */
  private static String clause(String s, int limit, int from, int to) {
    int start = from;
    while (start > limit && from - start < CLAUSE_REACH && "。；;，,".indexOf(s.charAt(start - 1)) < 0) {
      start--;
    }
    return s.substring(start, to);
  }

  private static boolean namesOtherYear(String clause, Optional<Integer> year) {
    Matcher y = OTHER_YEAR.matcher(clause);
    while (y.find()) {
      if (year.isEmpty() || YearsConsistent.number(y.group(1)) != year.get()) {
        return true;
      }
    }
    return false;
  }
}
