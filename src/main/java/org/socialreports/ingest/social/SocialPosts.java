package org.socialreports.ingest.social;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.PostAssembler;
import org.socialreports.ingest.PostDates;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.ingest.Reject;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every social format does once it has read an entry's fields: an entry without text of
 * its own is passed over, the others become a post by the rules every format shares (see
 * {@link PostAssembler}), with where it comes from and what it drew.
 */
final class SocialPosts {

	private SocialPosts() {
	}

	/**
	 * @param author who signs the post, empty when the export does not say
	 * @param noAuthor the reason of the reject when {@code author} is empty: which file names
	 * the account
	 * @param written the date as the export writes it, for the reject of an unreadable one
	 * @param date the day it names, {@code null} when it is absent or unreadable
	 * @return the post, its reject, or {@code null} when it has no text of its own (skipped)
	 */
	static ArchiveEntry post(String source, long line, String author, String noAuthor, String written, LocalDate date,
			String text, PostOrigin origin, Engagement engagement) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (date == null && written != null && !written.isBlank()) {
			return new Reject(source, line, "unreadable date '" + written.strip() + "'");
		}
		if (author == null || author.isBlank()) {
			return new Reject(source, line, noAuthor);
		}
		ArchiveEntry entry = PostAssembler.assemble(source, line, author, date, text);
		return (entry instanceof Post post) ? post.from(origin, engagement) : entry;
	}

	/** An ISO 8601 date-time as written ({@code 2023-05-17T13:19:42Z}): its day as written. */
	static LocalDate isoDay(String text) {
		Optional<LocalDate> day = PostDates.parse(text);
		return day.orElse(null);
	}

	/** Seconds since the epoch, as Facebook and Instagram count them: the day in UTC, as for feeds. */
	static LocalDate epochDay(JsonNode seconds) {
		Long count = count(seconds);
		return (count != null) ? LocalDate.ofInstant(Instant.ofEpochSecond(count), ZoneOffset.UTC) : null;
	}

	/** A count as exports write it, a number or a string of digits; {@code null} when absent. */
	static Long count(JsonNode value) {
		if (value.isIntegralNumber()) {
			return value.asLong();
		}
		if (value.isTextual() && value.asText().matches("[0-9]{1,18}")) {
			return Long.parseLong(value.asText());
		}
		return null;
	}

	/** A string field, or a number as text (ids), or {@code ""} when it is absent, null or not a scalar. */
	static String text(JsonNode value) {
		return (value.isTextual() || value.isNumber()) ? value.asText() : "";
	}

}
