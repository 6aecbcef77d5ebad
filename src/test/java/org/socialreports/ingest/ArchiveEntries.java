package org.socialreports.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a parser gives for a whole file, for the tests of every format.
 */
public record ArchiveEntries(List<Post> posts, List<Reject> rejects, long skipped) {

	public static ArchiveEntries read(ArchiveParser parser) throws IOException {
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
			return new ArchiveEntries(posts, rejects, parser.skipped());
		}
	}

	public static Path resource(String name) {
		try {
			return Path.of(ArchiveEntries.class.getResource("/ingest/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Set<String> authors() {
		Set<String> authors = new TreeSet<>();
		this.posts.forEach((post) -> authors.add(post.author()));
		return authors;
	}

	public LocalDate firstDate() {
		return this.posts.stream().map(Post::date).min(LocalDate::compareTo).orElseThrow();
	}

	public LocalDate lastDate() {
		return this.posts.stream().map(Post::date).max(LocalDate::compareTo).orElseThrow();
	}

}
