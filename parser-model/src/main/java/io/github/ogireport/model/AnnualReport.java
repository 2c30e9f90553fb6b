package io.github.ogireport.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A parsed annual report on open government information (政府信息公开工作年度报告): the root of the model.
 *
 * <p>Whatever the report does not print, or what was lost in extraction, is absent — never zero.
 * Build one by hand with {@link #builder()}.
 */
@Value.Immutable
public interface AnnualReport {

  /** The title line(s), without Markdown decoration. */
  Optional<Located<String>> title();

  /** 报告机关: the agency, without the year and the words 政府信息公开工作年度报告. */
  Optional<Located<String>> agency();

  /** 报告年度: the year reported on. */
  Optional<Located<Integer>> year();

  /** 发布日期, when the report prints one. */
  Optional<Located<LocalDate>> publishedOn();

  /**
   * The lines of the title block other than the title, agency and date — a preface (法律依据, statistics
   * period, where to download) or page furniture — as plain text; empty if none. Not in JSON v1.
   */
  @Value.Default
  default String preface() {
    return "";
  }

  /** Which template the report follows. */
  @Value.Default
  default TemplateVersion template() {
    return TemplateVersion.UNKNOWN;
  }

  /** The sections found, in document order. */
  List<Section> sections();

  /** 二、主动公开政府信息情况; empty if the section or its tables are missing. */
  Optional<ActiveDisclosure> activeDisclosure();

  /** 三、收到和处理政府信息公开申请情况; empty if missing. */
  Optional<Applications> applications();

  /** 四、政府信息公开行政复议、行政诉讼情况; empty if missing. */
  Optional<ReviewsAndLawsuits> reviewsAndLawsuits();

  /** The section numbered {@code number} (1–6), if found. */
  default Optional<Section> section(int number) {
    return sections().stream().filter(s -> s.number() == number).findFirst();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnualReport}. */
  class Builder extends ImmutableAnnualReport.Builder {}
}
