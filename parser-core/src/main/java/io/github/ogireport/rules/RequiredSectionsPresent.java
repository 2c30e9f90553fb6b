package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.model.TemplateVersion;
import java.util.List;
import java.util.Optional;

/**
 * Every one of the six sections is present: 总体情况, 主动公开政府信息情况, 收到和处理政府信息公开申请情况,
 * 政府信息公开行政复议、行政诉讼情况, 存在的主要问题及改进情况, 其他需要报告的事项 — the outline that both
 * templates (国办公开办函〔2019〕60号, 〔2021〕30号) prescribe. A missing section is reported where it should
 * have stood: at the heading of the next section found.
 */
public final class RequiredSectionsPresent implements Rule {

  static final String[] HEADINGS = {
    "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况", "其他需要报告的事项"
  };

  @Override
  public String id() {
    return "section-missing";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "each of the six sections (一 to 六) is present";
  }

  @Override
  public void check(AnnualReport report, RuleContext context) {
    if (report.template() == TemplateVersion.LEGACY) {
      return; // reported once as template-legacy
    }
    List<Section> sections = report.sections();
    for (int n = 1; n <= 6; n++) {
      if (report.section(n).isPresent()) {
        continue;
      }
      Optional<SourceSpan> where = Optional.empty();
      for (Section s : sections) {
        if (s.number() > n) {
          where = s.span();
          break;
        }
      }
      context.report(Finding.builder()
          .message(context.message("section-missing", "一二三四五六".charAt(n - 1) + "、" + HEADINGS[n - 1]))
          .span(where)
          .path("sections")
          .build());
    }
  }
}
