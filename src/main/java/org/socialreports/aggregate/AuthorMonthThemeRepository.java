package org.socialreports.aggregate;

import java.time.YearMonth;
import java.util.List;

import org.socialreports.classify.Theme;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The aggregate table: rebuilt by the database from the staged posts, read by the reports.
 */
public class AuthorMonthThemeRepository {

	private final JdbcTemplate jdbc;

	public AuthorMonthThemeRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Recomputes every row with one {@code GROUP BY}, so the figures always cover all stored
	 * posts, whichever run stored them.
	 * @return the number of rows
	 */
	int rebuild() {
		this.jdbc.update("DELETE FROM author_month_theme");
		return this.jdbc.update("""
				INSERT INTO author_month_theme (author, post_month, theme, posts, words)
				SELECT author, post_month, theme, COUNT(*), SUM(words) FROM staged_post
				GROUP BY author, post_month, theme""");
	}

	/**
	 * The rows of the months from {@code first} to {@code last} (as {@code YYYY-MM}, both
	 * included), ordered by author, month and theme id.
	 */
	public List<AuthorMonthTheme> findBetween(String first, String last) {
		return this.jdbc.query("""
				SELECT author, post_month, theme, posts, words FROM author_month_theme
				WHERE post_month BETWEEN ? AND ? ORDER BY author, post_month, theme""",
				(rs, row) -> new AuthorMonthTheme(rs.getString(1), YearMonth.parse(rs.getString(2)),
						Theme.fromId(rs.getString(3)), rs.getLong(4), rs.getLong(5)),
				first, last);
	}

}
