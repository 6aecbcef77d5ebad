package org.socialreports.classify;

import java.util.Arrays;
import java.util.List;

/**
 * The themes a post can be classified under. The ids are stable keys: every CSV, the
 * database and the taxonomy file use them, so they never change with the report's language.
 */
public enum Theme {

	TWITTER_USAGE("twitter-usage"),

	SOCIAL_NETWORK_SECURITY("social-network-security"),

	CORPORATE_BLOGGING("corporate-blogging"),

	CRISIS_COMMUNICATION("crisis-communication"),

	UNCLASSIFIED("unclassified");

	private final String id;

	Theme(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	/** The themes a taxonomy defines terms for, in report order. */
	public static List<Theme> scored() {
		return List.of(TWITTER_USAGE, SOCIAL_NETWORK_SECURITY, CORPORATE_BLOGGING, CRISIS_COMMUNICATION);
	}

	public static Theme fromId(String id) {
		return Arrays.stream(values())
			.filter((theme) -> theme.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown theme id '" + id + "'"));
	}

}
