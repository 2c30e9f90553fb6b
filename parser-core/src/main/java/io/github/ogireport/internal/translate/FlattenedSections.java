package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sections of flattened text — an HTML page's text copied without line breaks, so the whole
 * report is one line ("…报告 根据…一、总体情况2019年，…二、主动公开政府信息情况 第二十条…"). The grammar sees
 * one long line and no section heading; this step cuts long lines at the section headings printed
 * inside them and regroups the document into title block and sections. The pieces are offset ranges
 * of the normalised text: no text changes, positions stay exact. Section bodies stay one line each;
 * their tables are cut into rows by the reconstruction stage.
 *
 * <p>A heading inside a line is a numeral 一…六 with "、", then a heading text that ends at the first
 * 情况, 事项, 概述 or 措施 within {@value #MAX_HEADING} characters (no digit or parenthesis before it),
 * whose text names that section ({@link SectionSegmenter#names}), and whose number is higher than the
 * section before it. So "三、本年度办理结果" and "四、结转下年度继续办理 0 0 0" — row labels of section 三 —
 * are no headings. Nothing happens unless long lines hold at least two headings.
 */
final class FlattenedSections {

  /** Lines shorter than this are left alone. */
  static final int MIN_LINE = 200;
  /** Longest heading text after the numeral. */
  static final int MAX_HEADING = 40;

  static final Pattern NUMERAL = Pattern.compile("(?<![一二三四五六七八九十])([一二三四五六])\\s*、\\s*");
  private static final String[] ENDS = {"情况", "事项", "概述", "措施"};
  /** The title: "…年度报告" / "…工作报告" after the last space or sentence end before it. */
  private static final Pattern TITLE_END = Pattern.compile("(?:年度|工作)报告");

  /** A heading found inside a line: [start, end) of numeral and text, and the section number. */
  private static final class Found {
    final int start;
    final int end;
    final int number;

    Found(int start, int end, int number) {
      this.start = start;
      this.end = end;
      this.number = number;
    }
  }

  private FlattenedSections() {}

  /** {@code doc} with its long lines cut at the section headings they hold; {@code doc} itself if none. */
  static RawDocument split(RawDocument doc, SourceText source, DiagnosticSink sink) {
    String text = source.text();
    List<RawLine> all = new ArrayList<>(doc.titleBlock());
    for (RawDocument.RawSection s : doc.sections()) {
      all.add(s.heading());
      all.addAll(s.lines());
    }
    List<List<Found>> found = new ArrayList<>(all.size());
    int last = 0;
    int count = 0;
    for (RawLine l : all) {
      List<Found> f = List.of();
      if (l.kind() == RawLine.Kind.HEADING && l.end() - l.start() < MIN_LINE) {
        int n = l.sectionNumber();
        if (n > last && n <= 6 && SectionSegmenter.names(n, Labels.fold(SectionSegmenter.headingText(l)))) {
          last = n; // a heading on a line of its own
        }
      } else if (l.kind() != RawLine.Kind.BLANK && l.end() - l.start() >= MIN_LINE) {
        f = headings(text, l.start(), l.end(), last);
        if (!f.isEmpty()) {
          last = f.get(f.size() - 1).number;
          count += f.size();
        }
      }
      found.add(f);
    }
    if (count < 2) {
      return doc;
    }
    List<RawLine> title = new ArrayList<>();
    List<RawDocument.RawSection> sections = new ArrayList<>();
    RawLine heading = null;
    List<RawLine> body = title;
    Found first = null;
    for (int i = 0; i < all.size(); i++) {
      RawLine l = all.get(i);
      List<Found> f = found.get(i);
      if (f.isEmpty()) {
        if (l.kind() == RawLine.Kind.HEADING) {
          if (heading != null) {
            sections.add(new RawDocument.RawSection(heading, body));
          }
          heading = l;
          body = new ArrayList<>();
        } else {
          body.add(l);
        }
        continue;
      }
      int from = l.start();
      for (Found h : f) {
        if (first == null) {
          first = h;
        }
        if (heading == null) {
          titlePieces(text, from, h.start, body);
        } else {
          piece(text, from, h.start, body);
          sections.add(new RawDocument.RawSection(heading, body));
        }
        heading = new RawLine(RawLine.Kind.HEADING, h.start, h.end, h.number,
            List.of(new RawCell(text.substring(h.start, h.end), h.start, h.end)));
        body = new ArrayList<>();
        from = h.end;
      }
      piece(text, from, l.end(), body);
    }
    if (heading != null) {
      sections.add(new RawDocument.RawSection(heading, body));
    }
    sink.add(Severity.INFO, "text-flattened", Optional.of(source.span(first.start, first.end)), Optional.empty(),
        List.of(), "text-flattened", String.valueOf(count));
    return new RawDocument(title, sections, doc.tokenCount(), doc.truncated());
  }

  /** The section headings inside text[from, to), in order, numbers above {@code after}. */
  private static List<Found> headings(String text, int from, int to, int after) {
    List<Found> out = new ArrayList<>();
    Matcher m = NUMERAL.matcher(text);
    int regionStart = from;
    int search = from;
    int last = after;
    while (findNumeral(m, text, regionStart, search, to)) {
      search = m.end();
      int n = "一二三四五六".indexOf(m.group(1).charAt(0)) + 1;
      if (n <= last) {
        continue;
      }
      int end = headingEnd(text, m.end(), to);
      if (end < 0) {
        continue;
      }
      String heading = text.substring(m.end(), end);
      if (!SectionSegmenter.names(n, Labels.fold(heading))) {
        continue;
      }
      out.add(new Found(m.start(), end, n));
      last = n;
      regionStart = end;
      search = end;
    }
    return out;
  }

  /**
   * The next match of the heading numeral at or after {@code search}, as {@code m.find()} finds it
   * with the region {@code [regionStart, to)} (whose look-behind sees nothing before {@code
   * regionStart}), but tried only where a numeral 一…六 stands before a 、 (spaces between): not at
   * every char of a long line. On success {@code m} holds the match.
   */
  static boolean findNumeral(Matcher m, String text, int regionStart, int search, int to) {
    for (int p = search; p < to; p++) {
      if (text.charAt(p) != '、') {
        continue;
      }
      int k = p;
      while (k > search && isRegexSpace(text.charAt(k - 1))) {
        k--;
      }
      int numeral = k - 1;
      if (numeral >= search && "一二三四五六".indexOf(text.charAt(numeral)) >= 0
          && (numeral == regionStart || "一二三四五六七八九十".indexOf(text.charAt(numeral - 1)) < 0)
          && m.region(numeral, to).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The chars {@code \s} matches (without the UNICODE_CHARACTER_CLASS flag). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * End of the heading text starting at {@code s}: after its first 情况/事项/概述/措施; -1 if none, or if
   * a digit, a bracket, a line end or a sentence's end comes first.
   */
  private static int headingEnd(String text, int s, int to) {
    int limit = Math.min(to, s + MAX_HEADING);
    for (int i = s; i < limit; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c == '(' || c == '\n' || "。；;！？".indexOf(c) >= 0) {
        return -1; // a number, a bracket or the end of a sentence: prose ("二、是推进公开。"), not a heading
      }
      for (String e : ENDS) {
        if (text.startsWith(e, i) && i + e.length() <= to) {
          return i + e.length();
        }
      }
    }
    return -1;
  }

  /** Adds text[from, to) trimmed as one line, if not empty. */
  private static void piece(String text, int from, int to, List<RawLine> out) {
    int s = from;
    int e = to;
    while (s < e && text.charAt(s) == ' ') {
      s++;
    }
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > s) {
      out.add(new RawLine(RawLine.Kind.ROW, s, e, 0, List.of(new RawCell(text.substring(s, e), s, e))));
    }
  }

  /**
   * Adds the title block text[from, to): the title ("…政府信息公开工作年度报告", after the last space or
   * sentence end before it, at most 60 characters) on a line of its own, the rest around it as lines.
   */
  private static void titlePieces(String text, int from, int to, List<RawLine> out) {
    Matcher m = TITLE_END.matcher(text);
    m.region(from, Math.min(to, from + 400));
    while (m.find()) {
      int s = m.start();
      while (s > from && " 。；;！？".indexOf(text.charAt(s - 1)) < 0) {
        s--;
      }
      String title = text.substring(s, m.end());
      if (m.end() - s <= 60 && title.contains("信息公开") && title.matches("[^，,、《》<>“”]*")) {
        piece(text, from, s, out);
        piece(text, s, m.end(), out);
        piece(text, m.end(), to, out);
        return;
      }
    }
    piece(text, from, to, out);
  }
}
