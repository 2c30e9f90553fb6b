/**
 * Example: a validation rule of one's own ({@link io.github.ogireport.examples.customrule.ReceivedApplicationsHaveResults}),
 * registered through {@code ReportParser.builder().addRule(...)} or found by
 * {@code ReportParser.builder().discoverRules()} through
 * {@code META-INF/services/io.github.ogireport.rules.Rule}.
 */
package io.github.ogireport.examples.customrule;
