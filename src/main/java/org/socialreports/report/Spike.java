package org.socialreports.report;

import java.util.List;

/**
 * A theme whose latest month is well above its usual level, by the rule of {@link Spikes}, with
 * the authors who wrote most of it.
 *
 * @param trend the theme's figures in the latest month
 * @param authors the authors of the theme's posts in that month, most posts first (then by name)
 */
public record Spike(ThemeTrend trend, List<AuthorPosts> authors) {

	public Spike {
		authors = List.copyOf(authors);
	}

	/** @param posts the author's posts of the theme in the month */
	public record AuthorPosts(String author, long posts) {
	}

}
