/**
 * The parsed annual report on open government information (政府信息公开工作年度报告) as immutable values.
 *
 * <p>{@link io.github.ogireport.model.AnnualReport} is the root. A value the report does not print is
 * absent ({@link java.util.Optional#empty()}), never zero. Every printed value is a
 * {@link io.github.ogireport.model.Located} carrying its {@link io.github.ogireport.model.SourceSpan}
 * in the original input; spans are auxiliary, so two reports with the same content are equal wherever
 * their values were printed. {@link io.github.ogireport.model.Diagnostic}s describe what was missing,
 * odd or repaired.
 */
@OgiStyle
package io.github.ogireport.model;
