package io.github.ogireport.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.model.SourceSpan;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void tellsHtmlFromText() {
    assertThat(HtmlText.looksLikeHtml("\uFEFF  <p>2019年…</p>")).isTrue();
    assertThat(HtmlText.looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>")).isTrue();
    assertThat(HtmlText.looksLikeHtml("<table><tr><td>1</td></tr></table>")).isTrue();
    assertThat(HtmlText.looksLikeHtml("一、总体情况\n<p>")).isFalse();
    assertThat(HtmlText.looksLikeHtml("<2019年度报告>")).isFalse();
    assertThat(HtmlText.looksLikeHtml("")).isFalse();
  }

  @Test
  void blocksBecomeLinesAndWhiteSpaceCollapses() {
    assertThat(HtmlText.text("<p>一、总体情况</p>\n<p>  本年\n  度 </p><div>二、<b>主动</b>公开</div>"))
        .isEqualTo("一、总体情况\n本年 度 \n二、主动公开\n");
  }

  @Test
  void spannedCellsStandInTheirFirstSlotAndLeaveEmptyCells() {
    String html = "<table><tr><td rowspan=\"2\">三、结果</td><td colspan=\"2\">（一）予以<br/>公开</td><td>5</td></tr>"
        + "<tr><td>1.秘密</td><td>&nbsp;</td><td>2</td></tr></table>";
    assertThat(HtmlText.text(html)).isEqualTo("三、结果\t（一）予以 公开\t\t5\n\t1.秘密\t\u00A0\t2\n");
  }

  @Test
  void aHostileColspanIsClamped() {
    String text = HtmlText.text("<table><tr><td colspan=\"99999999\">a</td><td>b</td></tr></table>");
    assertThat(text.chars().filter(c -> c == '\t').count()).isEqualTo(HtmlText.MAX_COLUMNS - 1);
    assertThat(text).startsWith("a\t").doesNotContain("b");
  }

  @Test
  void positionsReferToTheHtmlSource() {
    String html = "<p>标题</p>\n<table>\n<tr><td>规章</td><td>13</td><td>&nbsp;</td><td>a&lt;b</td></tr>\n</table>";
    SourceText source = HtmlText.source(html);
    int at = source.text().indexOf("13");
    SourceSpan span = source.span(at, at + 2);
    assertThat(html.substring(span.offset(), span.endOffset())).isEqualTo("13");
    assertThat(span.line()).isEqualTo(3);
    assertThat(span.column()).isEqualTo(html.split("\n")[2].indexOf("13") + 1);
    int lt = source.text().indexOf('<');
    assertThat(html.substring(source.originalOffset(lt))).startsWith("&lt;b</td>");
    int nbsp = source.text().indexOf("\t \t");
    assertThat(html.substring(source.originalOffset(nbsp + 1))).startsWith("&nbsp;</td>");
  }

  /**
   * Every char of the text maps into the HTML source, in order: to itself, to the entity it was decoded
   * from, or (a collapsed space, a cell or line separator) to a position no earlier than the char before.
   */
  @Test
  void everyCharMapsToItselfOrItsEntityInSourceOrder() {
    String[] samples = {
        "<p>a&amp;b &#49;2&#x33; x&lt;y&gt;z</p>",
        "<p>R&D &unknown; &amp c</p>\r\n<p>next\r\nline</p>",
        "<div>一、<b>主动</b>公开&nbsp;<i>1</i></div><p>  二、  收到  </p>",
        "<table>\n<tr><td rowspan=\"2\">三、结果</td><td colspan=\"2\">(一)&amp;<br>公开</td><td>5</td></tr>\n"
            + "<tr><td>1.秘密</td><td>&nbsp;</td><td>2</td></tr>\n</table><p>&#20116;、其他</p>",
        "<table><tr><td colspan=\" 2 \">a</td><td colspan=\"x\">b</td><td rowspan=\"1234567\">c</td></tr></table>",
    };
    for (String html : samples) {
      SourceText source = HtmlText.source(html);
      String text = source.text();
      int previous = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int at = source.originalOffset(i);
        assertThat(at).as("%s: char %d '%s' maps inside the source", html, i, c).isBetween(0, html.length());
        assertThat(at).as("%s: char %d '%s' maps after the char before", html, i, c).isGreaterThanOrEqualTo(previous);
        previous = at;
        if (c == '\t' || c == '\n') {
          continue;
        }
        char there = html.charAt(at);
        boolean itself = there == c;
        boolean entity = there == '&' && org.jsoup.parser.Parser.unescapeEntities(
            html.substring(at, Math.min(html.length(), at + 10)), false).indexOf(c) >= 0;
        // a space: collapsed white space, an NBSP, or a <br> inside a cell
        boolean collapsed = c == ' ' && (Character.isWhitespace(there) || html.startsWith("&nbsp;", at) || there == '<');
        assertThat(itself || entity || collapsed).as("%s: char %d '%s' maps to '%s' at %d", html, i, c, there, at)
            .isTrue();
      }
    }
  }

  @Test
  void entitiesAndLineEndsDecodeAsTheBrowserWould() {
    assertThat(HtmlText.text("<p>R&D &unknown; &amp c &#49;&#x32;</p>\r\n<p>a\r\nb</p>"))
        .isEqualTo("R&D &unknown; & c 12\na b\n");
  }

  @Test
  void spanAttributesAreReadLeniently() {
    // " 2 " is 2; "x" is not a number (1); a seven-digit span is clamped to the column limit
    String text = HtmlText.text("<table><tr><td colspan=\" 2 \">a</td><td colspan=\"x\">b</td><td>c</td></tr></table>");
    assertThat(text).isEqualTo("a\t\tb\tc\n");
    String wide = HtmlText.text("<table><tr><td>a</td><td colspan=\"1234567\">b</td><td>c</td></tr></table>");
    assertThat(wide.chars().filter(ch -> ch == '\t').count()).isEqualTo(HtmlText.MAX_COLUMNS - 1);
  }
}
