package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.reconstruct.Reconstruction;
import io.github.ogireport.internal.reconstruct.TableKind;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.TemplateVersion;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the grammar's {@link RawDocument} into an {@link AnnualReport}: segments the sections, then
 * hands each part to its typed translator (title block, section 二, the applications table, section
 * 四) and tells the template apart.
 */
public final class ReportTranslator {

  private static final Pattern PERIOD_YEAR = Pattern.compile("统计期限[^0-9]{0,6}((?:19|20)\\d{2})\\s*年");
  private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

  private ReportTranslator() {}

  /** Translates {@code doc}, reporting through {@code sink}. */
  public static AnnualReport translate(SourceText source, RawDocument doc, DiagnosticSink sink) {
    TranslationContext ctx = new TranslationContext(source, sink);
    SectionSegmenter seg = new SectionSegmenter(FlattenedSections.split(doc, source, sink));
    AnnualReport.Builder b = AnnualReport.builder();
    List<RawLine> titleBlock = seg.titleBlock();
    int orphan = seg.sections().stream().anyMatch(f -> f.number == 3) ? -1
        : firstApplicationsRow(titleBlock, source.text());
    new TitleBlockTranslator(ctx).read(titleBlock, b); // the preface keeps the rows' text, as a section does

    ActiveDisclosureTranslator disclosure = new ActiveDisclosureTranslator(ctx);
    disclosure.yearHint(b.build().year().map(Located::value));
    ApplicationsTableBuilder applications = new ApplicationsTableBuilder(ctx);
    Reconstruction reconstruction = Reconstruction.standard();
    if (orphan >= 0) {
      // a page or excerpt that starts inside section 三's table: its rows stand before any heading
      RawLine first = titleBlock.get(orphan);
      ctx.report(Severity.INFO, "rows-before-headings", ctx.span(first), "applications", List.of(),
          "rows-before-headings", source.text().substring(first.start(), first.end()).strip());
      List<RawLine> rows = new java.util.ArrayList<>();
      for (RawLine l : titleBlock.subList(orphan, titleBlock.size())) {
        RawLine row = labelAndNumbers(l, source.text());
        if (row == null && !l.isBlank()) {
          break; // the rows end where the text goes on
        }
        if (row != null) {
          rows.add(row);
        }
      }
      applications.build(reconstruction.rows(TableKind.APPLICATIONS, rows, source, sink))
          .ifPresent(b::applications);
    }
    for (SectionSegmenter.Found f : seg.sections()) {
      b.addSections(Section.builder()
          .number(f.number)
          .heading(f.heading)
          .text(text(source, f.lines))
          .span(ctx.span(f.headingLine))
          .build());
      if (f.glued) {
        sink.add(Severity.INFO, "section-heading-glued", Optional.of(ctx.span(f.headingLine)),
            Optional.empty(), List.of(), "section-heading-glued", f.heading);
      }
      if (f.variant) {
        sink.add(Severity.INFO, "section-heading-variant", Optional.of(ctx.span(f.headingLine)),
            Optional.empty(), List.of(), "section-heading-variant", f.heading, SectionSegmenter.STANDARD[f.number - 1]);
      }
      switch (f.number) {
        case 2:
          disclosure.build(reconstruction.rows(TableKind.ACTIVE_DISCLOSURE, f.lines, source, sink))
              .ifPresent(b::activeDisclosure);
          break;
        case 3:
          applications.build(reconstruction.rows(TableKind.APPLICATIONS, f.lines, source, sink))
              .ifPresent(b::applications);
          break;
        case 4:
          new ReviewsTranslator(ctx).build(reconstruction.rows(TableKind.REVIEWS, f.lines, source, sink))
              .ifPresent(b::reviewsAndLawsuits);
          break;
        default:
          break;
      }
    }
    AnnualReport partial = b.build();
    if (partial.year().isEmpty()) {
      inferYear(source, partial, b, ctx);
      partial = b.build(); // the template follows the year, inferred or printed
    }
    b.template(template(source, partial, b, disclosure, applications, ctx));
    return b.build();
  }

  /** A row label of section 三 followed by its numbers, as a line of its own. */
  private static final Pattern LABEL_AND_NUMBERS = Pattern.compile(
      "\\s*(\\S.*?[^0-9\\s|])[\\s|]+(?:-?\\d+[\\s|]+)+-?\\d+[\\s|]*");

  /**
   * The index of the first line of {@code lines} (the text before the first section heading) that
   * is a row of section 三 — a label the applications table knows, followed by two or more numbers —
   * or -1. An excerpt or a page that starts inside that table has no heading above its rows.
   */
  static int firstApplicationsRow(List<RawLine> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (labelAndNumbers(lines.get(i), text) != null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code l} as a row of cells if it is a row label of section 三 followed by numbers (separated by
   * single spaces on a flip-book page), each number a cell at its place; else null.
   */
  private static RawLine labelAndNumbers(RawLine l, String text) {
    if (l.isBlank() || l.end() - l.start() > 400) {
      return null;
    }
    Matcher m = LABEL_AND_NUMBERS.matcher(text.substring(l.start(), l.end()));
    if (!m.matches() || RowLabels.identify(List.of(m.group(1)), null).row() == null) {
      return null;
    }
    List<RawCell> cells = new java.util.ArrayList<>();
    cells.add(new RawCell(m.group(1), l.start() + m.start(1), l.start() + m.end(1)));
    int i = l.start() + m.end(1);
    while (i < l.end()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '|') {
        i++;
        continue;
      }
      int from = i;
      while (i < l.end() && " \t|".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      cells.add(new RawCell(text.substring(from, i), from, i));
    }
    return new RawLine(RawLine.Kind.ROW, l.start(), l.end(), 0, cells);
  }

  /** No year in the title: the statistics period, else the first year the text names (reported). */
  private static void inferYear(SourceText source, AnnualReport r, AnnualReport.Builder b, TranslationContext ctx) {
    String text = source.text();
    Matcher m = PERIOD_YEAR.matcher(text);
    if (!m.find()) {
      m = ANY_YEAR.matcher(text);
      if (!m.find()) {
        ctx.report(Severity.WARNING, "year-missing", null, "year", List.of(), "year-missing");
        return;
      }
    }
    int year = Integer.parseInt(m.group(1));
    b.year(Located.of(year, source.span(m.start(1), m.end(1))));
    ctx.report(Severity.INFO, "year-inferred", source.span(m.start(1), m.end(1)), "year", List.of(),
        "year-inferred", String.valueOf(year));
  }

  private static TemplateVersion template(SourceText source, AnnualReport r, AnnualReport.Builder b,
      ActiveDisclosureTranslator disclosure, ApplicationsTableBuilder applications, TranslationContext ctx) {
    String text = source.text();
    if (r.applications().isEmpty() && (text.contains("历年累计") || (text.contains("指标名称") && text.contains("统计表")))) {
      ctx.report(Severity.ERROR, "template-legacy", null, "template", List.of(), "template-legacy");
      return TemplateVersion.LEGACY;
    }
    if (disclosure.saw2019() && !disclosure.saw2021()) {
      return TemplateVersion.V2019;
    }
    if (disclosure.saw2021()) {
      return TemplateVersion.V2021;
    }
    Optional<Integer> year = r.year().map(Located::value);
    if (year.isPresent() && r.applications().isPresent()) {
      return year.get() <= 2020 ? TemplateVersion.V2019 : TemplateVersion.V2021;
    }
    if (r.applications().isPresent()) {
      return applications.collapsedOtherHandling() ? TemplateVersion.V2019 : TemplateVersion.V2021;
    }
    ctx.report(Severity.WARNING, "template-unknown", null, "template", List.of(), "template-unknown");
    return TemplateVersion.UNKNOWN;
  }

  /**
   * A section's body as plain text: its lines as printed, Markdown marks dropped, blank lines skipped.
   * Built in a char buffer of the lines' size (a StringBuilder would start with Latin-1 bytes and copy
   * itself to UTF-16 at the first Chinese char); a body of one plain line is a plain substring.
   */
  private static String text(SourceText source, List<RawLine> lines) {
    String t = source.text();
    int capacity = 0;
    RawLine only = null;
    int nonBlank = 0;
    for (RawLine l : lines) {
      if (!l.isBlank()) {
        capacity += l.end() - l.start() + 1;
        nonBlank++;
        only = l;
      }
    }
    if (nonBlank == 1 && !hasBold(t, only.start(), only.end())) {
      int start = bodyStart(t, only.start(), only.end());
      return t.substring(start, bodyEnd(t, start, only.end()));
    }
    char[] out = new char[capacity];
    int len = 0;
    for (RawLine l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (len > 0) {
        out[len++] = '\n';
      }
      int from = l.start();
      int to = l.end();
      int start = bodyStart(t, from, to);
      if (hasBold(t, start, to)) {
        String s = t.substring(start, to).replace("**", "").stripTrailing();
        if (start > from) {
          s = s.stripLeading(); // after heading marks: "## ** x" is "x"
        }
        s.getChars(0, s.length(), out, len);
        len += s.length();
        continue;
      }
      // no ** to drop: copy the stripped range without copying the line first
      int end = bodyEnd(t, start, to);
      t.getChars(start, end, out, len);
      len += end - start;
    }
    return new String(out, 0, len);
  }

  /**
   * Where the text of line {@code t[from, to)} starts: after its Markdown heading marks and the white
   * space that follows them (a line without marks keeps its indent).
   */
  private static int bodyStart(String t, int from, int to) {
    int i = from;
    while (i < to && t.charAt(i) == '#') {
      i++;
    }
    if (i > from) {
      while (i < to && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  /** Where the text of a line starting at {@code start} ends: before its trailing white space. */
  private static int bodyEnd(String t, int start, int to) {
    int end = to;
    while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** True if {@code t[from, to)} holds {@code **}. */
  private static boolean hasBold(String t, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (t.charAt(k) == '*' && t.charAt(k + 1) == '*') {
        return true;
      }
    }
    return false;
  }
}
