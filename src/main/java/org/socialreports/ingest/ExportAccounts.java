package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.socialreports.ingest.social.Account;
import org.socialreports.ingest.social.SocialExports;
import org.socialreports.ingest.social.SocialFormat;

/**
 * Whose posts an export holds, for the formats whose entries do not name their author (X,
 * Facebook, Instagram, Threads, LinkedIn): the export's own account file when it is there
 * (X's {@code account.js}, Mastodon's {@code actor.json}, LinkedIn's {@code Profile.csv}, beside
 * the file or in the same zip), else the name of the folder that holds the export below the
 * input folder ({@code input/hkabla/tweets.js} is hkabla's); an export straight in the input
 * folder is its file's own name's when it was renamed after its account
 * ({@code x-tweets-hkabla.js}), else the input folder's.
 */
public final class ExportAccounts {

	/** The names the networks give their export files, which name no account. */
	private static final Pattern DOWNLOADED_NAMES = Pattern.compile(
			"tweets(-part\\d+)?|outbox|your_posts(__.*)?_\\d+|profile_posts_\\d+|posts_\\d+|threads_and_replies|shares|"
					+ "author-feed|feed|posts|export");

	/** The folders of the exports' own layout, which name no account. */
	private static final Set<String> EXPORT_FOLDERS = Set.of("data", "posts", "content", "threads", "media",
			"your_activity_across_facebook", "your_facebook_activity", "your_instagram_activity", "activity");

	private ExportAccounts() {
	}

	/** The account of a file of the input folder, read from the account file beside it. */
	static Account of(Path file, String source, SocialFormat format) throws IOException {
		Account account = besideOrAbove(file, source, format);
		return account.name().isEmpty() ? ofFileName(file, source) : account;
	}

	private static Account besideOrAbove(Path file, String source, SocialFormat format) throws IOException {
		Optional<String> accountFile = format.accountFile();
		if (accountFile.isPresent()) {
			Path beside = file.resolveSibling(accountFile.get());
			if (Files.isRegularFile(beside, LinkOption.NOFOLLOW_LINKS)) {
				Optional<Account> account = read(format, ArchiveContent.of(beside));
				if (account.isPresent()) {
					return account.get();
				}
			}
		}
		return ofFolder(source);
	}

	/**
	 * The account of a file that names no author and has no account file (a table of posts
	 * without an author column): the folder holding it below the input folder, else as
	 * {@link #ofFileName}.
	 */
	public static Account ofFile(Path file, String source) {
		Account account = ofFolder(source);
		return account.name().isEmpty() ? ofFileName(file, source) : account;
	}

	/**
	 * For an export straight in the input folder: the file's own name when the file was renamed
	 * after its account ({@code x-tweets-hkabla.js}), else the input folder's name (for a
	 * {@code tweets.js} as downloaded, in a folder that holds one account's archive).
	 */
	public static Account ofFileName(Path file, String source) {
		String name = file.getFileName().toString();
		String stem = (name.lastIndexOf('.') > 0) ? name.substring(0, name.lastIndexOf('.')) : name;
		if (!DOWNLOADED_NAMES.matcher(stem.toLowerCase(Locale.ROOT)).matches()) {
			return new Account(stem, null);
		}
		Path folder = file;
		for (int depth = source.split("/").length; depth > 0 && folder != null; depth--) {
			folder = folder.getParent();
		}
		return (folder != null && folder.getFileName() != null) ? new Account(folder.getFileName().toString(), null)
				: Account.NONE;
	}

	/** The account a file's account file names, if it names one. */
	public static Optional<Account> read(SocialFormat format, ArchiveContent accountFile) throws IOException {
		return switch (format) {
			case X_TWEETS -> SocialExports.xAccount(accountFile);
			case MASTODON_OUTBOX -> SocialExports.mastodonActor(accountFile);
			case LINKEDIN_SHARES -> SocialExports.linkedInProfile(accountFile);
			default -> Optional.empty();
		};
	}

	/**
	 * The name of the folder that holds the export below the input folder: the nearest folder
	 * above the file (or above the zip it is in) that is not one of the export's own
	 * ({@code data/}, {@code posts/}, {@code your_instagram_activity/}…), as in
	 * {@code hkabla/tweets.js}, {@code accounts/hkabla/twitter.zip} or
	 * {@code hkabla/your_activity_across_facebook/posts/your_posts_1.json}.
	 */
	public static Account ofFolder(String source) {
		String file = source.contains("!/") ? source.substring(0, source.indexOf("!/")) : source;
		String[] folders = file.split("/");
		for (int i = folders.length - 2; i >= 0; i--) {
			if (!EXPORT_FOLDERS.contains(folders[i].toLowerCase(Locale.ROOT))) {
				return new Account(folders[i], null);
			}
		}
		return Account.NONE;
	}

}
