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
 * JDK only, and carries no annotation of the Immutables jar: {@code allowedClasspathAnnotations} lists
 * only {@code Override} (an empty list would allow all), so no {@code @org.immutables.value.Generated}
 * lands in the class files. Code compiled against ogi-report without Immutables on its class path (a
 * user's rule calling {@code Finding.builder()}) then gets no "Cannot find annotation method" warnings,
 * which {@code -Werror} would turn into errors.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface OgiStyle {}
