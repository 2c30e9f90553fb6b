package io.github.ogireport.internal.reconstruct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FlatRunsTest {

  private static List<String> runs(String text, boolean signed) {
    return FlatRuns.of(text, 0, text.length(), signed).stream().map(FlatRuns.Run::toString)
        .collect(Collectors.toList());
  }

  @Test
  void anItemIndexGluedAfterTheNumbersGoesBackToItsLabel() {
    assertThat(runs("1.属于国家秘密00000002.其他法律行政法规禁止公开 00000003.危及", false))
        .containsExactly("1.属于国家秘密", "#0000000", "2.其他法律行政法规禁止公开", "#0000000", "3.危及");
  }

  @Test
  void spacesBetweenDigitsStayInTheRun() {
    assertThat(runs("（七）总计23 0 00 0 023四、结转下年度继续办理 0 0 00 00 0 ", false))
        .containsExactly("（七）总计", "#23 0 00 0 023", "四、结转下年度继续办理", "#0 0 00 00 0");
  }

  @Test
  void sectionTwoRunsTakeSignsDecimalsAndUnits() {
    assertThat(runs("行政处罚2648-18538行政强制1262629", true))
        .containsExactly("行政处罚", "#2648-18538", "行政强制", "#1262629");
    assertThat(runs("政府集中采购13575394432.52元三、", true)).containsExactly("政府集中采购", "#13575394432.52元", "三、");
    assertThat(runs("本年收费金额（单位：万元）行政事业性收费24252.311082", true))
        .containsExactly("本年收费金额（单位：万元）行政事业性收费", "#24252.311082");
  }
}
