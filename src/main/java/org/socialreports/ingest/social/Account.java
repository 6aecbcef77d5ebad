package org.socialreports.ingest.social;

/**
 * The account an export belongs to, for the formats whose entries do not name their author
 * (X, Facebook, Instagram, Threads, LinkedIn): its own account file names it.
 *
 * @param displayName the name people see, such as {@code Yann Gourvennec}, or {@code null}
 * @param handle the account's handle without {@code @}, such as {@code ygourven}, or
 * {@code null}
 */
public record Account(String displayName, String handle) {

	/** No account file was read: posts of formats that need one are rejected for no author. */
	public static final Account NONE = new Account(null, null);

	/** The name its posts are signed with: the display name, else the handle, else empty. */
	public String name() {
		if (this.displayName != null && !this.displayName.isBlank()) {
			return this.displayName.strip();
		}
		return (this.handle != null) ? this.handle.strip() : "";
	}

	boolean hasHandle() {
		return this.handle != null && !this.handle.isBlank();
	}

}
