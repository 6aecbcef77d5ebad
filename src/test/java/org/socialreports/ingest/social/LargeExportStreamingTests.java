package org.socialreports.ingest.social;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.Post;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-line export of 50 MB (an outbox of 10 MB), made as it is read, is read entry by entry:
 * the parser is never more than a few buffers ahead of the entry it returns, so the memory it
 * needs does not grow with the file. One entry in ten is a repost, skipped.
 */
class LargeExportStreamingTests {

	// Jackson's and the stream's buffers, with room to spare; the file is a thousand times larger
	private static final long MAX_BYTES_AHEAD = 64 * 1024;

	private static final String PADDING = "la communication de crise se prépare avant la crise, ".repeat(20);

	@Test
	void aOneLineTweetsJsIsReadEntryByEntry() throws IOException {
		Generated tweets = new Generated(45_000, "window.YTD.tweets.part0 = [", "]", (i) -> ((i > 0) ? "," : "")
				+ "{\"tweet\":{\"id_str\":\"" + i + "\",\"created_at\":\"Sat May 13 17:20:09 +0000 2023\",\"full_text\":\""
				+ ((i % 10 == 9) ? "RT @marque: " : "") + "Tweet " + i + " : " + PADDING
				+ "\",\"favorite_count\":\"1\",\"retweet_count\":\"0\",\"lang\":\"fr\"}}");

		assertReadEntryByEntry(SocialExports.open(SocialFormat.X_TWEETS, () -> tweets, "tweets.js",
				new Account("Amélie Durand", "amelie_durand")), tweets);
		assertThat(tweets.read).isGreaterThan(50_000_000L);
	}

	@Test
	void aOneLineOutboxIsReadEntryByEntry() throws IOException {
		String actor = "https://mastodon.example/users/amelie";
		// smaller: every note's HTML goes through jsoup
		Generated outbox = new Generated(9_000, "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + actor
				+ "/outbox\",\"type\":\"OrderedCollection\",\"orderedItems\":[],\"orderedItems\":[", "]}",
				(i) -> ((i > 0) ? "," : "") + ((i % 10 == 9)
						? "{\"type\":\"Announce\",\"actor\":\"" + actor + "\",\"object\":\"https://a.example/s/" + i + "\"}"
						: "{\"type\":\"Create\",\"actor\":\"" + actor + "\",\"object\":{\"type\":\"Note\",\"published\":"
								+ "\"2023-05-17T13:19:42Z\",\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],"
								+ "\"content\":\"<p>Pouet " + i + " : " + PADDING + "</p>\"}}"));

		assertReadEntryByEntry(SocialExports.open(SocialFormat.MASTODON_OUTBOX, () -> outbox, "outbox.json", null),
				outbox);
		assertThat(outbox.read).isGreaterThan(10_000_000L);
	}

	private static void assertReadEntryByEntry(ArchiveParser parser, Generated file) throws IOException {
		long posts = 0;
		long postsOnLineOne = 0;
		long maxAhead = 0;
		try (parser) {
			for (ArchiveEntry entry = parser.next(); entry != null; entry = parser.next()) {
				if (entry instanceof Post post && post.line() == 1) {
					postsOnLineOne++;
				}
				// the post is entry (posts + reposts before it), 0-based
				maxAhead = Math.max(maxAhead, file.read - file.madeThrough(posts + posts / 9));
				posts++;
			}
			assertThat(posts).isEqualTo(file.entries - file.entries / 10).isEqualTo(postsOnLineOne);
			assertThat(parser.skipped()).isEqualTo(file.entries / 10);
		}
		assertThat(file.read).isEqualTo(file.made);
		assertThat(maxAhead).isLessThan(MAX_BYTES_AHEAD);
	}

	/** One line of JSON made as it is read: an array of entries between a start and an end. */
	private static final class Generated extends InputStream {

		private final int entries;

		private final String end;

		private final IntFunction<String> entry;

		private final long[] madeThrough;

		private byte[] chunk;

		private int at;

		private int next;

		private long made;

		private long read;

		Generated(int entries, String start, String end, IntFunction<String> entry) {
			this.entries = entries;
			this.madeThrough = new long[entries];
			this.end = end;
			this.entry = entry;
			this.chunk = start.getBytes(StandardCharsets.UTF_8);
			this.made = this.chunk.length;
		}

		/** How many bytes the file holds up to the end of an entry (0-based), once made. */
		long madeThrough(long entry) {
			return this.madeThrough[(int) Math.min(entry, this.entries - 1)];
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			while (this.at == this.chunk.length) {
				if (this.next > this.entries) {
					return -1;
				}
				String text = (this.next < this.entries) ? this.entry.apply(this.next) : this.end;
				this.chunk = text.getBytes(StandardCharsets.UTF_8);
				this.at = 0;
				this.made += this.chunk.length;
				if (this.next < this.entries) {
					this.madeThrough[this.next] = this.made;
				}
				this.next++;
			}
			int count = Math.min(length, this.chunk.length - this.at);
			System.arraycopy(this.chunk, this.at, buffer, offset, count);
			this.at += count;
			this.read += count;
			return count;
		}

	}

}
