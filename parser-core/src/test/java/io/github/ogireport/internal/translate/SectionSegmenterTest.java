package io.github.ogireport.internal.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heading helpers of {@link SectionSegmenter}: heading text, glued headings, section names. */
class SectionSegmenterTest {

  private static RawLine heading(String text) {
    return new RawLine(RawLine.Kind.HEADING, 0, text.length(), 1, List.of(new RawCell(text, 0, text.length())));
  }

  @Test
  void headingTextDropsNumeralPunctuationAndDecoration() {
    assertThat(SectionSegmenter.headingText(heading("一、总体情况"))).isEqualTo("总体情况");
    assertThat(SectionSegmenter.headingText(heading(" 二 . 主动公开政府信息情况。"))).isEqualTo("主动公开政府信息情况");
    assertThat(SectionSegmenter.headingText(heading("三，收到和处理政府信息公开申请情况：**"))).isEqualTo("收到和处理政府信息公开申请情况");
    assertThat(SectionSegmenter.headingText(heading("四、"))).isEmpty();
    assertThat(SectionSegmenter.headingText(heading("五"))).isEmpty();
    assertThat(SectionSegmenter.headingText(heading("六、其他需要报告的事项:"))).isEqualTo("其他需要报告的事项");
    assertThat(SectionSegmenter.headingText(new RawLine(RawLine.Kind.HEADING, 0, 0, 1, List.of()))).isEmpty();
  }

  @Test
  void aGluedStandardHeadingIsCutWhereItEnds() {
    assertThat(SectionSegmenter.gluedHeadingEnd(1, "总体情况2021年，本机关")).isEqualTo(4);
    assertThat(SectionSegmenter.gluedHeadingEnd(1, "总 体情况2021年")).isEqualTo(5); // spaces inside count
    assertThat(SectionSegmenter.gluedHeadingEnd(4, "政府信息公开行政复议,行政诉讼情况本年度"))
        .isEqualTo("政府信息公开行政复议,行政诉讼情况".length()); // ',' stands for '、'
    assertThat(SectionSegmenter.gluedHeadingEnd(6, "其他需要报告的事项无")).isEqualTo(9);
  }

  @Test
  void aHeadingThatIsNotGluedIsNotCut() {
    assertThat(SectionSegmenter.gluedHeadingEnd(1, "总体情况")).isZero(); // nothing after it
    assertThat(SectionSegmenter.gluedHeadingEnd(1, "总体")).isZero(); // shorter than the standard
    assertThat(SectionSegmenter.gluedHeadingEnd(1, "总况情况2021")).isZero(); // not the standard
    assertThat(SectionSegmenter.gluedHeadingEnd(2, "主动公开政府信息情况 ")).isEqualTo(10); // a space after is text
    assertThat(SectionSegmenter.gluedHeadingEnd(4, "政府信息公开行政复议.行政诉讼情况x")).isZero();
  }

  @Test
  void sectionNamesAreRecognisedByTheirKeyWords() {
    assertThat(SectionSegmenter.names(1, "总体情况")).isTrue();
    assertThat(SectionSegmenter.names(1, "概述")).isTrue();
    assertThat(SectionSegmenter.names(1, "概述和总结")).isFalse();
    assertThat(SectionSegmenter.names(2, "主动公开政府信息情况")).isTrue();
    assertThat(SectionSegmenter.names(3, "收到和处理政府信息公开申请情况")).isTrue();
    assertThat(SectionSegmenter.names(3, "本年新收政府信息公开申请数量")).isFalse();
    assertThat(SectionSegmenter.names(3, "上年结转政府信息公开申请数量")).isFalse();
    assertThat(SectionSegmenter.names(4, "行政复议情况")).isTrue();
    assertThat(SectionSegmenter.names(4, "行政诉讼情况")).isTrue();
    assertThat(SectionSegmenter.names(5, "存在的主要问题")).isTrue();
    assertThat(SectionSegmenter.names(5, "改进情况")).isTrue();
    assertThat(SectionSegmenter.names(6, "其他需要报告的事项")).isTrue();
    assertThat(SectionSegmenter.names(6, "其他需要报告")).isTrue();
    assertThat(SectionSegmenter.names(6, "其他情况")).isFalse();
    assertThat(SectionSegmenter.names(6, "需要报告的事项")).isFalse();
    assertThat(SectionSegmenter.names(2, "")).isFalse();
    assertThat(SectionSegmenter.names(2, "主动公开" + "很".repeat(37))).isFalse(); // 41 chars
    assertThat(SectionSegmenter.names(2, "主动公开" + "很".repeat(36))).isTrue(); // 40 chars
    assertThat(SectionSegmenter.names(7, "主动公开")).isFalse();
    assertThat(SectionSegmenter.names(0, "总体情况")).isFalse();
  }
}
