package org.socialreports.ingest;

import java.util.Locale;

/**
 * What a post is in its conversation: a post of its own, a reply to another, or a quote of
 * another with words of its own. Reposts without words of their own are not posts at all: the
 * parsers skip them.
 */
public enum PostKind {

	POST, REPLY, QUOTE;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static PostKind fromId(String id) {
		return valueOf(id.toUpperCase(Locale.ROOT));
	}

}
