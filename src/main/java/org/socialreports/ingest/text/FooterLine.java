package org.socialreports.ingest.text;

import java.time.LocalDate;

/**
 * A readable WordPress footer: {@code <title> was last modified: <date> by <author>}.
 *
 * @param title the title the footer repeats, possibly empty
 * @param date the last-modified date
 * @param author who last modified the post
 */
record FooterLine(String title, LocalDate date, String author) implements FooterParser.Result {
}
