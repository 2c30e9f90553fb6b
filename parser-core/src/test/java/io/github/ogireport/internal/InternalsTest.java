package io.github.ogireport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.diag.Messages;
import io.github.ogireport.internal.layout.CellValue;
import io.github.ogireport.internal.translate.Labels;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cell reading, label folding, messages and the diagnostics' order. */
class InternalsTest {

  @Test
  void cellsAreRead() {
    assertThat(CellValue.read("").kind()).isEqualTo(CellValue.Kind.BLANK);
    assertThat(CellValue.read(" ").kind()).isEqualTo(CellValue.Kind.BLANK);
    assertThat(CellValue.read("   ").kind()).isEqualTo(CellValue.Kind.BLANK);
    for (String na : List.of("/", "—", "-", "–", "╱", "\\", "——", "--", "／", "无", " / ")) {
      assertThat(CellValue.read(na).kind()).as(na).isEqualTo(CellValue.Kind.NOT_APPLICABLE);
    }
    CellValue seven = CellValue.read("7");
    assertThat(seven.isNumber()).isTrue();
    assertThat(seven.isCount()).isTrue();
    assertThat(seven.number()).isEqualTo(BigDecimal.valueOf(7));
    assertThat(seven.toString()).isEqualTo("7");
    CellValue money = CellValue.read("251000元");
    assertThat(money.isCount()).isFalse();
    assertThat(money.unit()).isEqualTo("元");
    assertThat(money.isInteger()).isTrue();
    assertThat(money.toString()).isEqualTo("251000元");
    assertThat(CellValue.read("96171.6 万元").number()).isEqualByComparingTo("96171.6");
    assertThat(CellValue.read("96171.6").isInteger()).isFalse();
    assertThat(CellValue.read("1,234").number()).isEqualTo(BigDecimal.valueOf(1234));
    assertThat(CellValue.read("-18").number()).isEqualTo(BigDecimal.valueOf(-18));
    assertThat(CellValue.read("−18").number()).isEqualTo(BigDecimal.valueOf(-18));
    assertThat(CellValue.read("+5").number()).isEqualTo(BigDecimal.valueOf(5));
    for (String unit : List.of("件", "个", "项", "次", "人", "%")) {
      assertThat(CellValue.read("3" + unit).unit()).isEqualTo(unit);
    }
    for (String text : List.of("3.", ".5", "3斤", "a", "-", "1.2.3", ",5", "- 4 -")) {
      assertThat(CellValue.read(text).kind()).as(text).isIn(CellValue.Kind.TEXT, CellValue.Kind.NOT_APPLICABLE);
    }
    assertThat(CellValue.read("3.").kind()).isEqualTo(CellValue.Kind.TEXT);
    assertThat(CellValue.read("1".repeat(30)).isNumber()).isTrue();
    assertThat(CellValue.read("1".repeat(30)).isCount()).isFalse();
    assertThat(CellValue.read("1".repeat(31)).kind()).isEqualTo(CellValue.Kind.TEXT);
    assertThat(CellValue.read("9223372036854775807").isCount()).isFalse();
    assertThat(CellValue.read("4611686018427387903").isCount()).isTrue();
    assertThat(CellValue.read("x").toString()).isEqualTo("TEXT");
    assertThat(CellValue.read("x").number()).isNull();
    assertThat(CellValue.read("x").fitsLong()).isFalse();
  }

  @Test
  void labelsAreFoldedAndCompared() {
    assertThat(Labels.fold(" （一）予以 公开：“三安全”，；。**#")).isEqualTo("(一)予以公开:三安全,;.");
    assertThat(Labels.fold("\t‘a’'b'「c」．")).isEqualTo("abc.");
    assertThat(Labels.isChineseNumeral('十')).isTrue();
    assertThat(Labels.isChineseNumeral('零')).isFalse();
    assertThat(Labels.numeral("三", 0, 1)).isEqualTo(3);
    assertThat(Labels.numeral("十", 0, 1)).isEqualTo(10);
    assertThat(Labels.numeral("十二", 0, 2)).isEqualTo(12);
    assertThat(Labels.numeral("二十", 0, 2)).isEqualTo(20);
    assertThat(Labels.numeral("二十三", 0, 3)).isEqualTo(23);
    assertThat(Labels.numeral("x三", 1, 2)).isEqualTo(3);
    assertThat(Labels.numeral("三x", 0, 2)).isEqualTo(0);
    assertThat(Labels.similarity("规章", "规章")).isEqualTo(1.0);
    assertThat(Labels.similarity("", "规章")).isEqualTo(0.0);
    assertThat(Labels.similarity("规章", "")).isEqualTo(0.0);
    assertThat(Labels.similarity("规章", "章规")).isEqualTo(1.0);
    assertThat(Labels.similarity("规a", "规b")).isEqualTo(0.5);
    assertThat(Labels.similarity("abcd", "abce")).isEqualTo(2.0 * 2 / 6);
    assertThat(Labels.similarity("abab", "ab")).isEqualTo(2.0 * 1 / 3);
    assertThat(Labels.similarity("aaa", "aab")).isEqualTo(0.5);
  }

  @Test
  void messagesComeFromTheBundle() {
    Messages en = Messages.of(Locale.UK);
    Messages zh = Messages.of(Locale.TRADITIONAL_CHINESE);
    assertThat(en).isSameAs(Messages.of(Locale.ENGLISH));
    assertThat(zh).isSameAs(Messages.of(Locale.CHINESE));
    assertThat(en.locale()).isEqualTo(Locale.ROOT);
    assertThat(zh.locale()).isEqualTo(Locale.CHINESE);
    assertThat(en.has("row-missing")).isTrue();
    assertThat(en.has("no-such-key")).isFalse();
    assertThat(en.format("row-missing", "规章")).isEqualTo("Row \"规章\" is missing from its table");
    assertThat(en.format("title-missing")).isEqualTo("No title line (…政府信息公开工作年度报告) found");
    assertThat(en.format("no-such-key")).isEqualTo("no-such-key");
    assertThat(en.format("no-such-key", 1, "a")).isEqualTo("no-such-key [1, a]");
    assertThat(en.format("too-many-diagnostics", 12345, 1000)).isEqualTo("12345 further diagnostics were dropped (limit 1000)");
    assertThat(zh.format("row-missing", "规章")).contains("规章").isNotEqualTo(en.format("row-missing", "规章"));
  }

  @Test
  void diagnosticsAreOrderedAndCapped() {
    DiagnosticSink sink = new DiagnosticSink(Messages.of(Locale.ENGLISH), 4);
    SourceSpan late = SourceSpan.of(3, 1, 3, 2, 20, 21);
    SourceSpan early = SourceSpan.of(1, 1, 1, 2, 0, 1);
    sink.add(Severity.INFO, "b", Optional.of(late), Optional.of("p"), List.of(), "row-missing", "x");
    sink.add(Severity.WARNING, "b", Optional.of(late), Optional.of("p"), List.of(), "row-missing", "x");
    sink.add(Severity.WARNING, "a", Optional.of(late), Optional.of("q"), List.of(), "row-missing", "x");
    sink.add(Severity.ERROR, "z", Optional.empty(), Optional.empty(), List.of(), "row-missing", "x");
    assertThat(sink.size()).isEqualTo(4);
    assertThat(sink.hasErrors()).isTrue();
    sink.add(Severity.ERROR, "dropped", Optional.of(early), Optional.empty(), List.of(), "row-missing", "x");
    sink.add(Severity.ERROR, "dropped", Optional.of(early), Optional.empty(), List.of(), "row-missing", "x");
    assertThat(sink.size()).isEqualTo(4);
    List<Diagnostic> sorted = sink.sorted();
    assertThat(sorted).extracting(d -> d.code() + "/" + d.severity()).containsExactly(
        // same place and severity: the order they were reported in (b before a)
        "z/ERROR", "b/WARNING", "a/WARNING", "b/INFO", DiagnosticSink.TOO_MANY + "/WARNING");
    assertThat(sorted.get(4).message()).isEqualTo("2 further diagnostics were dropped (limit 4)");
    assertThat(sink.messages().locale()).isEqualTo(Locale.ROOT);
    DiagnosticSink quiet = new DiagnosticSink(Messages.of(Locale.ENGLISH), 4);
    quiet.add(Severity.WARNING, "w", Optional.empty(), Optional.empty(), List.of(), "row-missing", "x");
    assertThat(quiet.hasErrors()).isFalse();
    assertThat(quiet.sorted()).hasSize(1);
  }
}
