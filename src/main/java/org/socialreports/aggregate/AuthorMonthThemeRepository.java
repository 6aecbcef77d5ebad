package org.socialreports.aggregate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.socialreports.classify.StoredPosts;
import org.socialreports.classify.Themes;
import org.socialreports.ingest.InputFolder;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The aggregate table: rebuilt from the counts of the stored posts (the classify stage's), read
 * by the reports.
 */
public class AuthorMonthThemeRepository {

	private static final int BATCH_ROWS = 1000;

	/**
	 * Author, month, theme id, as Java compares strings (by UTF-16 code unit: {@code Bob} before
	 * {@code alice} before {@code Émile}), whatever the database's collation: PostgreSQL's
	 * {@code en_US} would give {@code alice, Bob, Émile}, HSQLDB {@code Bob, alice, Émile}, and
	 * the same input must give the same files on both.
	 */
	static final Comparator<AuthorMonthTheme> ORDER = Comparator.comparing(AuthorMonthTheme::author)
		.thenComparing(AuthorMonthTheme::month)
		.thenComparing((row) -> row.theme().id());

	private final JdbcTemplate jdbc;

	private final Themes themes;

	/** @param themes the taxonomy's themes, which the stored theme ids are read as */
	public AuthorMonthThemeRepository(JdbcTemplate jdbc, Themes themes) {
		this.jdbc = jdbc;
		this.themes = themes;
	}

	/**
	 * Recomputes every row of the folder from the counts of its stored posts, so the figures
	 * always cover all of them, whichever run stored them.
	 * @return the number of rows
	 */
	int rebuild(InputFolder folder, StoredPosts posts) {
		this.jdbc.update("DELETE FROM author_month_theme WHERE folder = ?", folder.id());
		List<Object[]> batch = new ArrayList<>(BATCH_ROWS);
		int[] rows = { 0 };
		posts.forEachAuthorMonthTheme(folder, (count) -> {
			batch.add(new Object[] { folder.id(), count.author(), count.month().toString(), count.theme().id(),
					count.posts(), count.words() });
			if (batch.size() == BATCH_ROWS) {
				rows[0] += insert(batch);
			}
		});
		return rows[0] + insert(batch);
	}

	private int insert(List<Object[]> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		this.jdbc.batchUpdate(
				"INSERT INTO author_month_theme (folder, author, post_month, theme, posts, words) VALUES (?, ?, ?, ?, ?, ?)",
				batch);
		int inserted = batch.size();
		batch.clear();
		return inserted;
	}

	/**
	 * The folder's rows of the months from {@code first} to {@code last} (as {@code YYYY-MM},
	 * both included), in the {@link #ORDER} of author, month and theme id.
	 */
	public List<AuthorMonthTheme> findBetween(InputFolder folder, String first, String last) {
		List<AuthorMonthTheme> rows = this.jdbc.query("""
				SELECT author, post_month, theme, posts, words FROM author_month_theme
				WHERE folder = ? AND post_month BETWEEN ? AND ?""",
				(rs, row) -> new AuthorMonthTheme(rs.getString(1), YearMonth.parse(rs.getString(2)),
						this.themes.fromId(rs.getString(3)), rs.getLong(4), rs.getLong(5)),
				folder.id(), first, last);
		rows.sort(ORDER);
		return rows;
	}

}
