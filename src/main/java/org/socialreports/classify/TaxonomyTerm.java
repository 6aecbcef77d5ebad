package org.socialreports.classify;

import java.util.List;

/**
 * A word or phrase of the taxonomy with its weight, and the words near which it does not
 * count: {@code crise} near {@code économique} is the economy's crisis, not a brand's;
 * {@code security} near {@code airport} is a queue at the gate, not an account's safety.
 *
 * @param text the term as the operator wrote it; this is what reports show as a reason
 * @param weight how much one occurrence counts towards its theme, more than zero
 * @param notNear words or phrases within {@link Taxonomy#nearWords()} words of which an
 * occurrence does not count
 * @param language the code of the only language whose posts it is looked for in ({@code en},
 * {@code fr}), or {@code null} for every language: stemmed, "reputation" is also the French
 * stem of "réputé" (renowned)
 */
public record TaxonomyTerm(String text, double weight, List<String> notNear, String language) {

	public TaxonomyTerm {
		notNear = List.copyOf(notNear);
	}

	public TaxonomyTerm(String text, double weight, List<String> notNear) {
		this(text, weight, notNear, null);
	}

	public TaxonomyTerm(String text, double weight) {
		this(text, weight, List.of());
	}

	/** Whether it is looked for in the posts of the language. */
	boolean appliesTo(TextLanguage postLanguage) {
		return this.language == null || this.language.equals(postLanguage.code());
	}

}
