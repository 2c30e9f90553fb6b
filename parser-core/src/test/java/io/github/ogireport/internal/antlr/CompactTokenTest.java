package io.github.ogireport.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.grammar.OgiLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Pair;
import org.junit.jupiter.api.Test;

/**
 * A {@link CompactToken} answers every question of ANTLR's {@code Token} as the {@code CommonToken} of
 * the same lexer run does: what it stores and what it derives on demand (text, column).
 */
class CompactTokenTest {

  private static final String TEXT = "某局 2021 年政府信息公开工作年度报告\n## 一、总体情况\n\n"
      + "三、本年度办理结果\t（一）予以公开\t\t2\t0\n| 规章 | 1 | |\n  **二是**加强\t\t\n";

  @Test
  void everyTokenAnswersAsACommonTokenDoes() {
    List<Token> compact = tokens(CompactToken.FACTORY);
    List<Token> common = tokens(CommonTokenFactory.DEFAULT);
    assertThat(compact).hasSameSizeAs(common).hasSizeGreaterThan(20);
    for (int i = 0; i < common.size(); i++) {
      Token c = compact.get(i);
      Token expected = common.get(i);
      String what = "token " + i + " " + expected;
      assertThat(c.getType()).as(what).isEqualTo(expected.getType());
      assertThat(c.getText()).as(what).isEqualTo(expected.getText());
      assertThat(c.getLine()).as(what).isEqualTo(expected.getLine());
      assertThat(c.getCharPositionInLine()).as(what).isEqualTo(expected.getCharPositionInLine());
      assertThat(c.getStartIndex()).as(what).isEqualTo(expected.getStartIndex());
      assertThat(c.getStopIndex()).as(what).isEqualTo(expected.getStopIndex());
      assertThat(c.getChannel()).as(what).isEqualTo(expected.getChannel()).isEqualTo(Token.DEFAULT_CHANNEL);
      assertThat(c.getTokenSource()).as(what).isSameAs(compact.get(0).getTokenSource()).isNotNull();
      assertThat(c.getInputStream()).as(what).isSameAs(c.getTokenSource().getInputStream());
      assertThat(c.getTokenIndex()).as("the streaming pass keeps no index").isEqualTo(-1);
      if (expected.getType() != Token.EOF) {
        assertThat(c).as(what).isInstanceOf(CompactToken.class);
        assertThat(c.toString()).as(what).isEqualTo("[@" + expected.getStartIndex() + ":" + expected.getStopIndex()
            + "='" + expected.getText() + "',<" + expected.getType() + ">," + expected.getLine() + "]");
      }
    }
    assertThat(compact.get(compact.size() - 1).getText()).isEqualTo("<EOF>");
  }

  @Test
  void aTokenWithItsOwnTextOrChannelIsACommonToken() {
    OgiLexer lexer = GrammarFrontEnd.lexer("x\n");
    Pair<org.antlr.v4.runtime.TokenSource, org.antlr.v4.runtime.CharStream> source =
        new Pair<>(lexer, lexer.getInputStream());
    assertThat(CompactToken.FACTORY.create(source, OgiLexer.TEXT, "y", Token.DEFAULT_CHANNEL, 0, 0, 1, 0))
        .isInstanceOf(CommonToken.class).extracting(Token::getText).isEqualTo("y");
    assertThat(CompactToken.FACTORY.create(source, OgiLexer.TEXT, null, Token.HIDDEN_CHANNEL, 0, 0, 1, 0))
        .isInstanceOf(CommonToken.class).extracting(Token::getChannel).isEqualTo(Token.HIDDEN_CHANNEL);
    assertThat(CompactToken.FACTORY.create(source, OgiLexer.TEXT, null, Token.DEFAULT_CHANNEL, 0, 0, 1, 0))
        .isInstanceOf(CompactToken.class).extracting(Token::getText).isEqualTo("x");
    assertThat(CompactToken.FACTORY.create(OgiLexer.NL, "\n")).isInstanceOf(CommonToken.class)
        .extracting(Token::getText).isEqualTo("\n");
  }

  private static List<Token> tokens(org.antlr.v4.runtime.TokenFactory<?> factory) {
    OgiLexer lexer = GrammarFrontEnd.lexer(TEXT);
    lexer.setTokenFactory(factory);
    List<Token> out = new ArrayList<>();
    Token t;
    do {
      t = lexer.nextToken();
      out.add(t);
    } while (t.getType() != Token.EOF);
    return out;
  }
}
