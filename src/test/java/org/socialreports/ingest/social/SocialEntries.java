package org.socialreports.ingest.social;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.socialreports.ingest.ArchiveContent;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.Post;
import org.socialreports.ingest.Reject;

/**
 * What a social export's parser gives for a whole file, for the tests of every format.
 */
record SocialEntries(List<Post> posts, List<Reject> rejects, long skipped) {

	static SocialEntries read(SocialFormat format, String resource, Account account) throws IOException {
		return read(SocialExports.open(format, ArchiveContent.of(resource(resource)), resource, account));
	}

	static SocialEntries read(ArchiveParser parser) throws IOException {
		List<Post> posts = new ArrayList<>();
		List<Reject> rejects = new ArrayList<>();
		try (parser) {
			for (ArchiveEntry entry = parser.next(); entry != null; entry = parser.next()) {
				if (entry instanceof Post post) {
					posts.add(post);
				}
				else {
					rejects.add((Reject) entry);
				}
			}
			return new SocialEntries(posts, rejects, parser.skipped());
		}
	}

	static Path resource(String name) {
		try {
			return Path.of(SocialEntries.class.getResource("/ingest/social/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every entry of the file is a post, skipped or a reject. */
	long read() {
		return this.posts.size() + this.skipped + this.rejects.size();
	}

}
