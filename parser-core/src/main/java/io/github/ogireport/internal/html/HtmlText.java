package io.github.ogireport.internal.html;

import io.github.ogireport.internal.text.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML input: a whole page (or a fragment such as {@code <p>…</p><table>…</table>}) is turned into the
 * text the grammar reads — block elements become lines, a {@code <table>} becomes one line per row
 * with its cells separated by tabs — and every char of that text keeps the offset in the HTML source
 * it came from (jsoup's source ranges; an entity such as {@code &nbsp;} maps to its whole source
 * range), so that {@link SourceText#derived} gives positions in the HTML source.
 *
 * <p>Row and column spans are expanded so cells stay in their columns: a spanned cell's text stands in
 * its first slot and the other slots it covers are empty cells, as merged cells are in tab-separated
 * text. Spans are clamped ({@link #MAX_COLUMNS} columns, rowspan to the rows left) so a hostile
 * {@code colspan="100000"} cannot blow the text up.
 */
public final class HtmlText {

  /** Widest table read; cells beyond are dropped (no report table has more than 16 columns). */
  public static final int MAX_COLUMNS = 64;

  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "title");
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
      "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
      "pre", "address", "figure", "figcaption", "form", "fieldset", "hr", "center", "caption", "body", "tr");

  private final String html;
  private final StringBuilder out = new StringBuilder();
  private int[] map = new int[256];
  /** Last source offset mapped: the fallback position of chars without a source range. */
  private int lastPos;

  private HtmlText(String html) {
    this.html = html;
  }

  /**
   * True if {@code input} is HTML: it starts (after white space and a BOM) with '<' and holds
   * {@code <html}, {@code <body}, {@code <table} or {@code <p}.
   */
  public static boolean looksLikeHtml(CharSequence input) {
    int n = input.length();
    int i = 0;
    while (i < n && (Character.isWhitespace(input.charAt(i)) || input.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= n || input.charAt(i) != '<') {
      return false;
    }
    String head = input.subSequence(i, Math.min(n, i + 65_536)).toString().toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<body") || head.contains("<table") || head.contains("<p>")
        || head.contains("<p ");
  }

  /** The text of {@code html} as the grammar reads it, positions mapped to the HTML source. */
  public static SourceText source(CharSequence html) {
    HtmlText h = new HtmlText(html.toString());
    h.convert();
    return SourceText.derived(h.out, h.mapping(), html);
  }

  /** The converted text (tests). */
  static String text(CharSequence html) {
    HtmlText h = new HtmlText(html.toString());
    h.convert();
    return h.out.toString();
  }

  private int[] mapping() {
    int[] m = Arrays.copyOf(map, out.length() + 1);
    m[out.length()] = html.length();
    return m;
  }

  private void convert() {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode) {
          text((TextNode) node, false);
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element)) {
          return FilterResult.SKIP_ENTIRELY; // comments, doctype, data
        }
        Element e = (Element) node;
        String name = e.normalName();
        if (SKIPPED.contains(name)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("br")) {
          append('\n', start(e));
        } else if (name.equals("table")) {
          table(e);
          return FilterResult.SKIP_ENTIRELY;
        } else if (BLOCKS.contains(name)) {
          lineBreak(start(e));
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
          lineBreak(end((Element) node));
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
  }

  /** Appends a table: a line per row, cells separated by tabs, spans expanded. */
  private void table(Element table) {
    lineBreak(start(table));
    List<Element> trs = new ArrayList<>();
    for (Element child : table.children()) {
      String name = child.normalName();
      if (name.equals("caption")) {
        cell(child);
        lineBreak(end(child));
      } else if (name.equals("tr")) {
        trs.add(child);
      } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
        for (Element tr : child.children()) {
          if (tr.normalName().equals("tr")) {
            trs.add(tr);
          }
        }
      }
    }
    int rows = trs.size();
    int[] coveredUntil = new int[MAX_COLUMNS];
    List<Element[]> grid = new ArrayList<>(rows);
    int width = 0;
    for (int r = 0; r < rows; r++) {
      Element[] slots = new Element[MAX_COLUMNS];
      int col = 0;
      int rowWidth = 0;
      for (Element td : trs.get(r).children()) {
        String name = td.normalName();
        if (!name.equals("td") && !name.equals("th")) {
          continue;
        }
        while (col < MAX_COLUMNS && coveredUntil[col] > r) {
          col++;
        }
        if (col >= MAX_COLUMNS) {
          break;
        }
        int colspan = Math.max(1, Math.min(span(td, "colspan", 1), MAX_COLUMNS - col));
        int rowspan = span(td, "rowspan", 1);
        rowspan = rowspan <= 0 ? rows - r : Math.min(rowspan, rows - r);
        slots[col] = td;
        for (int c = col; c < col + colspan; c++) {
          coveredUntil[c] = r + rowspan;
        }
        col += colspan;
        rowWidth = col;
      }
      for (int c = rowWidth; c < MAX_COLUMNS; c++) {
        if (coveredUntil[c] > r) {
          rowWidth = c + 1; // a cell spanned from a row above stands at the end of this one
        }
      }
      width = Math.max(width, rowWidth);
      grid.add(rowWidth == 0 ? null : slots);
    }
    for (int r = 0; r < rows; r++) {
      Element[] slots = grid.get(r);
      if (slots == null) {
        continue;
      }
      Element tr = trs.get(r);
      lineBreak(start(tr));
      for (int c = 0; c < width; c++) {
        if (c > 0) {
          append('\t', slots[c] != null ? start(slots[c]) : lastPos);
        }
        if (slots[c] != null) {
          cell(slots[c]);
        }
      }
      append('\n', end(tr));
    }
    lineBreak(end(table));
  }

  /** Appends a cell's text on one line: line breaks and blocks inside it become spaces. */
  private void cell(Element td) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode) {
          text((TextNode) node, true);
        } else if (node instanceof Element) {
          Element e = (Element) node;
          if (SKIPPED.contains(e.normalName())) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (e != td && (e.normalName().equals("br") || BLOCKS.contains(e.normalName())
              || e.normalName().equals("table") || e.normalName().equals("td") || e.normalName().equals("th"))) {
            space(start(e));
          }
        } else {
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, td);
  }

  /**
   * Appends a text node, white space collapsed to single spaces (no line breaks in a cell), each char
   * mapped to its source offset: an entity's chars to the entity's start.
   */
  private void text(TextNode node, boolean inCell) {
    String decoded = node.getWholeText();
    Range range = node.sourceRange();
    int s = range.isTracked() ? range.start().pos() : -1;
    int e = range.isTracked() ? range.end().pos() : -1;
    if (s < 0 || e < s || e > html.length()) {
      for (int j = 0; j < decoded.length(); j++) {
        emit(decoded.charAt(j), lastPos);
      }
      return;
    }
    int i = s;
    int j = 0;
    while (j < decoded.length()) {
      char c = decoded.charAt(j);
      // an entity first: "&amp;" decodes to '&', which must not be taken for a literal '&' (the chars
      // after it would then map to the entity's letters)
      if (i < e && html.charAt(i) == '&') {
        int k = entityEnd(i, e);
        String raw = html.substring(i, k);
        String entity = Parser.unescapeEntities(raw, false);
        if (!entity.isEmpty() && !entity.equals(raw) && decoded.startsWith(entity, j)) {
          for (int x = 0; x < entity.length(); x++) {
            emit(entity.charAt(x), i);
          }
          j += entity.length();
          i = k;
          continue;
        }
      }
      if (i < e && html.charAt(i) == c) {
        emit(c, i);
        i++;
        j++;
        continue;
      }
      if (i < e && html.charAt(i) == '\r') {
        i++; // CRLF read as LF
        continue;
      }
      emit(c, Math.max(s, Math.min(i, e - 1)));
      j++;
    }
  }

  private int entityEnd(int i, int e) {
    int k = i + 1;
    if (k < e && html.charAt(k) == '#') {
      k++;
    }
    while (k < e && k - i < 40 && Character.isLetterOrDigit(html.charAt(k))) {
      k++;
    }
    if (k < e && html.charAt(k) == ';') {
      k++;
    }
    return k;
  }

  /** A text char: HTML white space collapses to one space; other chars are kept as they are. */
  private void emit(char c, int at) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space(at);
    } else {
      append(c, at);
    }
  }

  private void space(int at) {
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != '\n' && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\t') {
      append(' ', at);
    }
  }

  private void lineBreak(int at) {
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != '\n') {
      append('\n', at);
    }
  }

  private void append(char c, int at) {
    int n = out.length();
    if (n + 1 >= map.length) {
      map = Arrays.copyOf(map, map.length * 2);
    }
    map[n] = at;
    out.append(c);
    lastPos = at;
  }

  private int start(Element e) {
    Range r = e.sourceRange();
    int p = r.isTracked() ? r.start().pos() : -1;
    return p >= 0 && p <= html.length() ? p : lastPos;
  }

  private int end(Element e) {
    Range r = e.endSourceRange();
    int p = r.isTracked() ? r.start().pos() : -1;
    return p >= 0 && p <= html.length() && p >= lastPos ? p : lastPos;
  }

  private static int span(Element td, String attribute, int otherwise) {
    String v = td.attr(attribute).trim();
    if (v.isEmpty() || v.length() > 6) {
      return v.isEmpty() ? otherwise : MAX_COLUMNS * 1024;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return otherwise;
      }
    }
    return Integer.parseInt(v);
  }
}
