package org.socialreports.ingest.social;

import java.io.IOException;
import java.util.Optional;

import org.socialreports.ingest.ArchiveContent;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.Network;

/**
 * Reads the files of the social networks' account exports, as people download them: tells
 * them from their content, reads the files that name their account, and opens the parser of
 * each. Every entry of a file is a post, skipped (a repost, no text of its own, a direct
 * message) or a reject.
 */
public final class SocialExports {

	/** How many leading bytes {@link #recognise} and {@link #describeUnknownJson} want. */
	public static final int HEAD_BYTES = 64 * 1024;

	private SocialExports() {
	}

	/**
	 * @param fileName the file's name or path, which decides only what the content leaves open
	 * @param head the file's first {@link #HEAD_BYTES} bytes, or all of a shorter file
	 * @return the social export the file is, or empty for any other file (a generic JSON array
	 * of posts, a CSV table of posts)
	 */
	public static Optional<SocialFormat> recognise(String fileName, byte[] head) {
		return SocialFormatSniffer.recognise(fileName, head);
	}

	/**
	 * Whether a file belongs to an export but holds no posts: one of an X archive's other
	 * {@code window.YTD} files (likes, followers, messages…), or a file that names an account
	 * or lists bookmarks ({@code account.js}, {@code actor.json}, {@code Profile.csv},
	 * {@code likes.json}, {@code bookmarks.json}). Such a file is passed over, not rejected.
	 */
	public static boolean holdsNoPosts(String fileName, byte[] head) {
		return SocialFormatSniffer.holdsNoPosts(fileName, head);
	}

	/**
	 * @param head the first bytes of a JSON file that {@link #recognise} did not recognise
	 * @return what it looks like, for its reject: {@code JSON of an unknown shape: top-level keys feed, cursor}
	 */
	public static String describeUnknownJson(byte[] head) {
		return SocialFormatSniffer.describe(head);
	}

	/**
	 * @param source the file's name in the reports, as for every format
	 * @param account the export's account (see {@link SocialFormat#accountFile()}), or
	 * {@code null}: the posts of the formats that do not name their author are then rejects
	 * that say which file names it
	 */
	public static ArchiveParser open(SocialFormat format, ArchiveContent content, String source, Account account) {
		Account owner = (account != null) ? account : Account.NONE;
		return switch (format) {
			case X_TWEETS -> new SocialJsonParser(content, source, null, "an X archive's tweets",
					new TweetReader(source, owner));
			case X_LEGACY_CSV -> new SocialCsvParser(content, source, LegacyTweetRowReader.COLUMNS,
					new LegacyTweetRowReader(source, owner));
			case MASTODON_OUTBOX -> new SocialJsonParser(content, source, "orderedItems", "a Mastodon outbox",
					new OutboxActivityReader(source, owner));
			case FACEBOOK_POSTS -> new SocialJsonParser(content, source, null, "Facebook posts",
					new FacebookPostReader(source, owner));
			case INSTAGRAM_POSTS -> new SocialJsonParser(content, source, null, "Instagram posts",
					new MetaPostReader(Network.INSTAGRAM, source, owner));
			case THREADS_POSTS -> new SocialJsonParser(content, source, "text_post_app_text_posts", "Threads posts",
					new MetaPostReader(Network.THREADS, source, owner));
			case LINKEDIN_SHARES -> new SocialCsvParser(content, source, LinkedInShareRowReader.COLUMNS,
					new LinkedInShareRowReader(source, owner));
			case BLUESKY_FEED -> new SocialJsonParser(content, source, "feed", "a Bluesky author feed",
					new BlueskyFeedItemReader(source));
		};
	}

	/** X's {@code data/account.js}: the display name and handle of the archive's account. */
	public static Optional<Account> xAccount(ArchiveContent content) throws IOException {
		return AccountFiles.xAccount(content);
	}

	/** Mastodon's {@code actor.json}: the account's {@code name} and {@code preferredUsername}. */
	public static Optional<Account> mastodonActor(ArchiveContent content) throws IOException {
		return AccountFiles.mastodonActor(content);
	}

	/** LinkedIn's {@code Profile.csv}: the account's first and last names. */
	public static Optional<Account> linkedInProfile(ArchiveContent content) throws IOException {
		return AccountFiles.linkedInProfile(content);
	}

}
