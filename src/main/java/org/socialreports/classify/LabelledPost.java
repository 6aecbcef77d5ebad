package org.socialreports.classify;

/**
 * A post whose theme a person decided by reading it: the ground truth the classifier is
 * measured against.
 *
 * @param id its identifier in the labelled file
 * @param language {@code fr} or {@code en}
 * @param theme the id of its theme, as the person labelled it
 * @param also the id of a second acceptable theme, or empty
 * @param title its title, possibly empty
 * @param text its text
 * @param source where it was read
 * @param reason why the person gave it this theme
 */
public record LabelledPost(String id, String language, String theme, String also, String title, String text,
		String source, String reason) {

	/** Whether a theme is the post's, or its acceptable second. */
	public boolean accepts(String themeId) {
		return this.theme.equals(themeId) || (!this.also.isEmpty() && this.also.equals(themeId));
	}

}
