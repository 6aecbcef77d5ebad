package org.socialreports.classify;

import java.time.LocalDate;
import java.util.List;

import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.PostOrigin;

/**
 * A post once classified. The body is deliberately not kept: nothing downstream needs it,
 * and dropping it keeps memory flat however long the posts are. Its source and entry identify
 * it; its line is where a person finds it.
 */
public record ClassifiedPost(String source, long line, String title, String author, LocalDate date,
		int words, List<String> categories, Classification classification, long entry, PostOrigin origin,
		Engagement engagement) {

	/** A blog post, numbered by its line. */
	public ClassifiedPost(String source, long line, String title, String author, LocalDate date, int words,
			List<String> categories, Classification classification) {
		this(source, line, title, author, date, words, categories, classification, line, PostOrigin.BLOG,
				Engagement.UNKNOWN);
	}

	public static ClassifiedPost of(Post post, Classification classification) {
		return new ClassifiedPost(post.source(), post.line(), post.title(), post.author(), post.date(), post.words(),
				post.categories(), classification, post.entry(), post.origin(), post.engagement());
	}

}
