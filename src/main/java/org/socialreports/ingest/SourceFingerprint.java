package org.socialreports.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies the content of an input file between runs: its size, its modification time
 * and the SHA-256 of its bytes.
 */
public record SourceFingerprint(long size, long modified, String sha256) {

	/** The fingerprint of a file that could not be read: it never matches a real one. */
	static final SourceFingerprint UNREADABLE = new SourceFingerprint(-1, -1, "unreadable");

	public static SourceFingerprint of(Path file) throws IOException {
		return new SourceFingerprint(Files.size(file), Files.getLastModifiedTime(file).toMillis(), sha256(file));
	}

	/**
	 * Whether the file may be taken as unchanged without reading it again: same size and same
	 * modification time, the quick check of rsync and make.
	 */
	boolean sameSizeAndTime(Path file) throws IOException {
		return this.size == Files.size(file) && this.modified == Files.getLastModifiedTime(file).toMillis();
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
