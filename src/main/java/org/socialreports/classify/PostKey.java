package org.socialreports.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.socialreports.ingest.Post;

/**
 * A post's stable identity across runs: the same source, position, title, date and author give
 * the same key, so that reading an archive twice never counts a post twice. The position (the
 * title's line, or the entry's rank) keeps apart two posts that share everything else, such
 * as two untitled posts of one author on one day.
 */
final class PostKey {

	private PostKey() {
	}

	static String of(Post post) {
		MessageDigest sha256 = sha256();
		for (String part : new String[] { post.source(), String.valueOf(post.line()), post.title(),
				String.valueOf(post.date()), post.author() }) {
			sha256.update(part.getBytes(StandardCharsets.UTF_8));
			// a separator that cannot appear in text keeps ("ab","c") apart from ("a","bc")
			sha256.update((byte) 0);
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}
