package org.socialreports.ingest.social;

import java.util.List;
import java.util.regex.Pattern;

import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;

/**
 * Reads one row of LinkedIn's {@code Shares.csv}. An empty {@code ShareCommentary} is a plain
 * reshare, skipped; a commentary on a LinkedIn post it shares is a quote. The file counts no
 * engagement.
 */
final class LinkedInShareRowReader implements CsvRowReader {

	static final List<String> COLUMNS = List.of("Date", "ShareLink", "ShareCommentary");

	static final String NO_AUTHOR = "no author: the account's name is in the export's Profile.csv, which was not read";

	private static final Pattern LINKEDIN_POST = Pattern
		.compile("https?://(?:www\\.)?linkedin\\.com/(?:feed/update|posts)/.*");

	private final String source;

	private final Account account;

	LinkedInShareRowReader(String source, Account account) {
		this.source = source;
		this.account = account;
	}

	@Override
	public ArchiveEntry read(Row row, long line) {
		String text = LinkedInCommentary.text(row.get("ShareCommentary"));
		PostKind kind = LINKEDIN_POST.matcher(row.get("SharedUrl").strip()).matches() ? PostKind.QUOTE : PostKind.POST;
		String link = row.get("ShareLink").strip();
		PostOrigin origin = new PostOrigin(Network.LINKEDIN, kind, link.isEmpty() ? null : link, null);
		String date = row.get("Date");
		return SocialPosts.post(this.source, line, this.account.name(), NO_AUTHOR, date, SocialPosts.isoDay(date), text,
				origin, Engagement.UNKNOWN);
	}

}
