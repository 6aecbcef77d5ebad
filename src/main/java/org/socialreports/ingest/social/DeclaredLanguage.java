package org.socialreports.ingest.social;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language an export declares for a post ({@code lang}, {@code langs}, {@code contentMap}),
 * as the primary language code ({@code fr} of {@code fr-CA}); the codes that name no language are
 * dropped: undetermined ({@code und}), no linguistic content ({@code zxx}), several
 * ({@code mul}), and the private-use codes X gives to posts of links, hashtags or mentions only
 * ({@code qme}, {@code qht}, {@code qam}…).
 */
final class DeclaredLanguage {

	private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

	private static final Pattern PRIVATE_USE = Pattern.compile("q[a-t][a-z]");

	private DeclaredLanguage() {
	}

	/** @return the language's code, or {@code null} when the tag names none */
	static String of(String tag) {
		if (tag == null) {
			return null;
		}
		String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
		if (!CODE.matcher(primary).matches() || PRIVATE_USE.matcher(primary).matches() || primary.equals("und")
				|| primary.equals("zxx") || primary.equals("mul")) {
			return null;
		}
		return primary;
	}

}
