package org.socialreports.ingest;

/**
 * Where a post comes from and how it stands there.
 *
 * @param network the network or kind of site it was published on
 * @param kind a post of its own, a reply or a quote
 * @param url its address, when the export gives one, else {@code null}
 * @param language the language its export declares (an ISO 639-1 code such as {@code fr}), or
 * {@code null} when it declares none
 */
public record PostOrigin(Network network, PostKind kind, String url, String language) {

	/** A blog post: an export, a text dump, a table of posts. */
	public static final PostOrigin BLOG = new PostOrigin(Network.BLOG, PostKind.POST, null, null);

	public PostOrigin {
		url = StorableText.of(url);
		language = StorableText.of(language);
	}

	public static PostOrigin of(Network network) {
		return new PostOrigin(network, PostKind.POST, null, null);
	}

	public PostOrigin withUrl(String url) {
		return new PostOrigin(this.network, this.kind, url, this.language);
	}

}
