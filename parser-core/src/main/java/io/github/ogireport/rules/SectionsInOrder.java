package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Severity;
import java.util.List;

/**
 * The sections stand in the template's order, 一 to 六. The clause: the outline of both templates
 * (国办公开办函〔2019〕60号, 〔2021〕30号): 一、总体情况, 二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况,
 * 四、政府信息公开行政复议、行政诉讼情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项.
 *
 * <p>A section that comes after a higher-numbered one is reported at its heading. Missing sections
 * are {@code section-missing}'s business.
 */
public final class SectionsInOrder implements Rule {

  /** The id, also the diagnostic code. */
  public static final String ID = "section-order";

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
    return "the sections stand in the order 一 to 六";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    List<Section> sections = report.sections();
    Section highest = null;
    for (Section s : sections) {
      if (highest != null && s.number() < highest.number()) {
        context.report(Finding.builder()
            .message(context.message(ID, name(s), name(highest)))
            .span(s.span())
            .path("sections")
            .addAllRelated(highest.span().stream().toList())
            .build());
      } else {
        highest = s;
      }
    }
  }

  private static String name(Section s) {
    int n = s.number();
    return (n >= 1 && n <= 6 ? String.valueOf("一二三四五六".charAt(n - 1)) : String.valueOf(n)) + "、" + s.heading();
  }
}
