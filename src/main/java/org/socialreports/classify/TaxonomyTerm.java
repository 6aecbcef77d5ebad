package org.socialreports.classify;

/**
 * A word or phrase of the taxonomy with its weight.
 *
 * @param text the term as the operator wrote it; this is what reports show as a reason
 * @param weight how much one occurrence counts towards its theme, more than zero
 */
public record TaxonomyTerm(String text, double weight) {

}
