package org.socialreports.report;

/**
 * A post's title as a report shows it. Ingest titles a post without one with the start of its
 * text (a sentence, or some 80 characters and an ellipsis); a title stored before that, empty
 * or the old {@code (untitled)}, no longer has its text beside it, so it is shown as a dash.
 */
public final class PostTitles {

	/** The longest title a sentence quotes: past it, the start and an ellipsis. */
	static final int QUOTED_CHARS = 90;

	/** What ingest titled a post without a title before it took the start of its text. */
	static final String OLD_UNTITLED = "(untitled)";

	private static final String NONE = "–";

	private PostTitles() {
	}

	/** The title whole, as a list of every post shows it: a dash for one stored without a title. */
	public static String of(String title) {
		return (title == null || title.isBlank() || title.equals(OLD_UNTITLED)) ? NONE : title;
	}

	/** The title as a table or a sentence shows it: stripped, cut past {@link #QUOTED_CHARS}. */
	public static String shown(String title) {
		String shown = of(title).strip();
		if (shown.equals(NONE)) {
			return NONE;
		}
		if (shown.length() <= QUOTED_CHARS) {
			return shown;
		}
		int end = shown.lastIndexOf(' ', QUOTED_CHARS - 1);
		if (end < QUOTED_CHARS / 2) {
			end = Character.isHighSurrogate(shown.charAt(QUOTED_CHARS - 2)) ? QUOTED_CHARS - 2 : QUOTED_CHARS - 1;
		}
		return shown.substring(0, end).stripTrailing() + "…";
	}

}
