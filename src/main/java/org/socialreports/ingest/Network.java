package org.socialreports.ingest;

import java.util.Locale;

/**
 * Where a post was published: a blog (its export, its text dump, a CSV or JSON table of its
 * posts), a feed, or one of the social networks whose account exports the job reads.
 */
public enum Network {

	BLOG, FEED, X, MASTODON, FACEBOOK, INSTAGRAM, THREADS, LINKEDIN, BLUESKY;

	/** The id in every file the job writes: {@code x}, {@code mastodon}, {@code blog}… */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Network fromId(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
