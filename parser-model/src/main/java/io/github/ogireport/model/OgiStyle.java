package io.github.ogireport.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every value type of ogi-report.
 *
 * <p>The generated {@code ImmutableX} classes are package-private and overshadowed: users write
 * {@code AnnualReport.builder()}, never {@code ImmutableAnnualReport}. Generated code depends on the
 * JDK only.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true))
public @interface OgiStyle {}
