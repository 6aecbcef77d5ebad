package org.socialreports.ingest.social;

import java.util.Optional;

import org.socialreports.ingest.Network;

/**
 * The files of the social networks' account exports that hold posts, each read by its parser.
 */
public enum SocialFormat {

	/** X/Twitter's {@code data/tweets.js} (and {@code tweets-part1.js}…): {@code window.YTD.tweets.part0 = [ … ]}. */
	X_TWEETS(Network.X, "account.js"),

	/** The {@code tweets.csv} of Twitter archives before 2018. */
	X_LEGACY_CSV(Network.X, null),

	/** Mastodon's {@code outbox.json}: an ActivityStreams {@code OrderedCollection}. */
	MASTODON_OUTBOX(Network.MASTODON, "actor.json"),

	/** Facebook's {@code your_posts_1.json}, {@code profile_posts_1.json}, a Page's posts. */
	FACEBOOK_POSTS(Network.FACEBOOK, null),

	/** Instagram's {@code posts_1.json}. */
	INSTAGRAM_POSTS(Network.INSTAGRAM, null),

	/** Threads' {@code threads_and_replies.json}. */
	THREADS_POSTS(Network.THREADS, null),

	/** LinkedIn's {@code Shares.csv}. */
	LINKEDIN_SHARES(Network.LINKEDIN, "Profile.csv"),

	/** Bluesky's {@code app.bsky.feed.getAuthorFeed} response, as tools save it. */
	BLUESKY_FEED(Network.BLUESKY, null);

	private final Network network;

	private final String accountFile;

	SocialFormat(Network network, String accountFile) {
		this.network = network;
		this.accountFile = accountFile;
	}

	public Network network() {
		return this.network;
	}

	/**
	 * @return the name of the file of the same export that names its account, which
	 * {@link SocialExports} reads, when there is one: pass its {@link Account} to
	 * {@link SocialExports#open}
	 */
	public Optional<String> accountFile() {
		return Optional.ofNullable(this.accountFile);
	}

}
