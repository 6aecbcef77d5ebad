package org.socialreports.aggregate;

import java.time.YearMonth;

import org.socialreports.classify.Theme;

/**
 * One row of the aggregate table: how many posts (and words) an author wrote in a month whose
 * primary theme is the given one. Only rows with posts &gt; 0 exist.
 */
public record AuthorMonthTheme(String author, YearMonth month, Theme theme, long posts, long words) {
}
