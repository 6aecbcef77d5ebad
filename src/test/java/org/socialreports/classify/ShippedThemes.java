package org.socialreports.classify;

import java.nio.file.Path;

/**
 * The themes of the shipped taxonomy ({@code jobs/taxonomy.yml}), for the tests that need them.
 */
public final class ShippedThemes {

	public static final Taxonomy TAXONOMY = TaxonomyLoader.load(Path.of("jobs/taxonomy.yml"));

	public static final Themes THEMES = TAXONOMY.themes();

	public static final Theme TWITTER_USAGE = THEMES.fromId("twitter-usage");

	public static final Theme SOCIAL_NETWORK_SECURITY = THEMES.fromId("social-network-security");

	public static final Theme CORPORATE_BLOGGING = THEMES.fromId("corporate-blogging");

	public static final Theme CRISIS_COMMUNICATION = THEMES.fromId("crisis-communication");

	public static final Theme UNCLASSIFIED = Theme.UNCLASSIFIED;

	private ShippedThemes() {
	}

}
