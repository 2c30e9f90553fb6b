package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.reconstruct.Reconstruction;
import io.github.ogireport.internal.reconstruct.TableKind;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Applications;
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
    new TitleBlockTranslator(ctx).read(seg.titleBlock(), b);

    ActiveDisclosureTranslator disclosure = new ActiveDisclosureTranslator(ctx);
    ApplicationsTableBuilder applications = new ApplicationsTableBuilder(ctx);
    Optional<Applications> apps = Optional.empty();
    Reconstruction reconstruction = Reconstruction.standard();
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
          apps = applications.build(reconstruction.rows(TableKind.APPLICATIONS, f.lines, source, sink));
          apps.ifPresent(b::applications);
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
    }
    b.template(template(source, partial, b, disclosure, applications, ctx));
    return b.build();
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

  /** A section's body as plain text: its lines as printed, Markdown marks dropped, blank lines skipped. */
  private static String text(SourceText source, List<RawLine> lines) {
    StringBuilder sb = new StringBuilder();
    String t = source.text();
    for (RawLine l : lines) {
      if (l.isBlank()) {
        continue;
      }
      String s = t.substring(l.start(), l.end());
      int i = 0;
      while (i < s.length() && s.charAt(i) == '#') {
        i++;
      }
      s = s.substring(i).replace("**", "").stripTrailing();
      if (i > 0) {
        s = s.stripLeading();
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(s);
    }
    return sb.toString();
  }
}
