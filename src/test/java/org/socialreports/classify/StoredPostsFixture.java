package org.socialreports.classify;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.InputFolder;
import org.socialreports.ingest.PostOrigin;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores posts as the ingest-and-classify step does, for the tests of the stages that read
 * them: through the classify stage's own writer, never by SQL of their own on its table.
 */
public final class StoredPostsFixture {

	/** The folder the fixtures' posts belong to. */
	public static final InputFolder FOLDER = new InputFolder(1, Path.of("/input"));

	private StoredPostsFixture() {
	}

	public static void store(JdbcTemplate jdbc, List<ClassifiedPost> posts) {
		store(jdbc, FOLDER, posts);
	}

	public static void store(JdbcTemplate jdbc, InputFolder folder, List<ClassifiedPost> posts) {
		new StagedPostWriter(jdbc, new WritingTurn(), folder).write(new Chunk<>(posts));
	}

	/** Forgets the posts of the folder's files, as the planning of a run does for a changed file. */
	public static void forget(JdbcTemplate jdbc, InputFolder folder, String... sources) {
		new StagedPostStore(jdbc).forget(folder, List.of(sources));
	}

	/** The stored posts, months of more than {@code monthSortedInMemory} posts sorted by the database. */
	public static StoredPosts storedPosts(JdbcTemplate jdbc, int monthSortedInMemory) {
		return new StoredPosts(jdbc, ShippedThemes.THEMES, monthSortedInMemory);
	}

	/** A classified post of the given theme and score, with that theme's score only. */
	public static ClassifiedPost post(String source, long entry, String title, String author, String date,
			Theme theme, double score) {
		Classification classification = (theme == Theme.UNCLASSIFIED)
				? new Classification(theme, 0, Map.of(), List.of())
				: new Classification(theme, score, Map.of(theme, score), List.of());
		return new ClassifiedPost(source, entry, title, author, LocalDate.parse(date), 100, List.of(), classification,
				entry, PostOrigin.BLOG, Engagement.UNKNOWN);
	}

}
