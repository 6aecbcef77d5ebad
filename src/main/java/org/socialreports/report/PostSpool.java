package org.socialreports.report;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.Theme;

/**
 * The posts of one report, read from the database once and kept in a temporary file, in
 * report order, for every writer to read again on its own thread. Two writers reading the
 * database side by side mostly waited for each other on its row cache; a file has no lock,
 * and reading it back costs a fraction of a query.
 * <p>
 * The writers need not wait for the last post: {@link #forEach} gives the posts as soon as
 * they are in the file, and waits for more until the filling ends. So the workbook is written
 * while the database is read, on the other core, rather than after it.
 * <p>
 * The file holds the posts one after another in a compact binary form; nothing but this class
 * reads it, and it is deleted on {@link #close()}.
 */
public final class PostSpool implements PostRows, AutoCloseable {

	private static final Theme[] THEMES = Theme.values();

	/** Posts written between two hand-overs to the readers: some 50 KB, one write to the file. */
	private static final int POSTS_PER_HANDOVER = 256;

	private final Path file;

	private final Object progress = new Object();

	/** Posts wholly in the file, which readers may read; guarded by {@link #progress}. */
	private long available;

	private boolean filled;

	private Throwable failure;

	/**
	 * A spool kept in {@code file}, which must not exist yet; it is created empty at once, so
	 * that readers may open it before the posts come.
	 */
	public PostSpool(Path file) throws IOException {
		this.file = Files.createFile(file);
	}

	/**
	 * Writes every post of {@code posts} into the file, each also handed to {@code alsoSee}.
	 * When it fails, the readers waiting for more posts fail with the same cause.
	 */
	public void fill(PostRows posts, Consumer<ClassifiedPost> alsoSee) throws IOException {
		long[] written = { 0 };
		try (DataOutputStream out = new DataOutputStream(UnsynchronizedBuffer.of(Files.newOutputStream(this.file)))) {
			posts.forEach((post) -> {
				write(out, post);
				alsoSee.accept(post);
				if (++written[0] % POSTS_PER_HANDOVER == 0) {
					handOver(out, written[0]);
				}
			});
		}
		catch (UncheckedIOException ex) {
			end(ex.getCause());
			throw ex.getCause();
		}
		catch (IOException | RuntimeException | Error ex) {
			// the last buffer is written on close: a full disk fails it there, not in the loop
			end(ex);
			throw ex;
		}
		synchronized (this.progress) {
			this.available = written[0];
		}
		end(null);
	}

	private void handOver(DataOutputStream out, long posts) {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		synchronized (this.progress) {
			this.available = posts;
			this.progress.notifyAll();
		}
	}

	/**
	 * Ends a spool that will not be filled, or not to the end, because reading the posts failed:
	 * the readers stop waiting and fail with {@code cause}. Nothing changes once it has ended.
	 */
	public void abandon(Throwable cause) {
		end(cause);
	}

	private void end(Throwable cause) {
		synchronized (this.progress) {
			if (!this.filled) {
				this.filled = true;
				this.failure = cause;
				this.progress.notifyAll();
			}
		}
	}

	/** The posts in the file so far: all of them once {@link #fill} has returned. */
	public long count() {
		synchronized (this.progress) {
			return this.available;
		}
	}

	/**
	 * Gives every post in order, waiting for those still being written until the filling ends.
	 * @throws IllegalStateException if the filling failed
	 */
	@Override
	public void forEach(Consumer<ClassifiedPost> action) {
		try (DataInputStream in = new DataInputStream(UnsynchronizedBuffer.of(Files.newInputStream(this.file)))) {
			byte[] buffer = new byte[256];
			long read = 0;
			for (long available = awaitMoreThan(read); available > read; available = awaitMoreThan(read)) {
				for (; read < available; read++) {
					action.accept(read(in, buffer));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the posts back from " + this.file, ex);
		}
	}

	/** The posts available once there are more than {@code read} of them, or the filling ended. */
	private long awaitMoreThan(long read) {
		synchronized (this.progress) {
			while (this.available == read && !this.filled) {
				try {
					this.progress.wait();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while waiting for posts", ex);
				}
			}
			if (this.failure != null) {
				throw new IllegalStateException("the posts could not be read: " + this.failure, this.failure);
			}
			return this.available;
		}
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.file);
	}

	private static void write(DataOutputStream out, ClassifiedPost post) {
		try {
			writeString(out, post.source());
			out.writeLong(post.line());
			writeString(out, post.title());
			writeString(out, post.author());
			out.writeInt((int) post.date().toEpochDay());
			out.writeInt(post.words());
			writeStrings(out, post.categories());
			Classification classification = post.classification();
			out.writeByte(classification.theme().ordinal());
			out.writeDouble(classification.score());
			for (Theme theme : Theme.scored()) {
				out.writeDouble(classification.scoreOf(theme));
			}
			writeStrings(out, classification.matchedTerms());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ClassifiedPost read(DataInputStream in, byte[] buffer) throws IOException {
		String source = readString(in, buffer);
		long line = in.readLong();
		String title = readString(in, buffer);
		String author = readString(in, buffer);
		LocalDate date = LocalDate.ofEpochDay(in.readInt());
		int words = in.readInt();
		List<String> categories = readStrings(in, buffer);
		Theme theme = THEMES[in.readByte()];
		double score = in.readDouble();
		Map<Theme, Double> scores = new EnumMap<>(Theme.class);
		for (Theme scored : Theme.scored()) {
			scores.put(scored, in.readDouble());
		}
		List<String> matchedTerms = readStrings(in, buffer);
		return new ClassifiedPost(source, line, title, author, date, words, categories,
				new Classification(theme, score, scores, matchedTerms));
	}

	// a length and UTF-8 rather than writeUTF, which refuses more than 64 KB
	private static void writeString(DataOutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static void writeStrings(DataOutputStream out, List<String> texts) throws IOException {
		out.writeInt(texts.size());
		for (String text : texts) {
			writeString(out, text);
		}
	}

	private static String readString(DataInputStream in, byte[] buffer) throws IOException {
		int length = in.readInt();
		byte[] bytes = (length <= buffer.length) ? buffer : new byte[length];
		in.readFully(bytes, 0, length);
		return new String(bytes, 0, length, StandardCharsets.UTF_8);
	}

	private static List<String> readStrings(DataInputStream in, byte[] buffer) throws IOException {
		int size = in.readInt();
		List<String> texts = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			texts.add(readString(in, buffer));
		}
		return texts;
	}

}
