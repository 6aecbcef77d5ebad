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
 * The file holds the posts one after another in a compact binary form; nothing but this class
 * reads it, and it is deleted on {@link #close()}.
 */
public final class PostSpool implements PostRows, AutoCloseable {

	private static final Theme[] THEMES = Theme.values();

	private final Path file;

	private long count;

	/** A spool kept in {@code file}, which must not exist yet. */
	public PostSpool(Path file) {
		this.file = file;
	}

	/** Writes every post of {@code posts} into the file, each also handed to {@code alsoSee}. */
	public void fill(PostRows posts, Consumer<ClassifiedPost> alsoSee) throws IOException {
		try (DataOutputStream out = new DataOutputStream(UnsynchronizedBuffer.of(Files.newOutputStream(this.file)))) {
			posts.forEach((post) -> {
				write(out, post);
				alsoSee.accept(post);
				this.count++;
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	public long count() {
		return this.count;
	}

	@Override
	public void forEach(Consumer<ClassifiedPost> action) {
		if (!Files.exists(this.file)) {
			return; // never filled: no posts
		}
		try (DataInputStream in = new DataInputStream(UnsynchronizedBuffer.of(Files.newInputStream(this.file)))) {
			byte[] buffer = new byte[256];
			for (long i = 0; i < this.count; i++) {
				action.accept(read(in, buffer));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the posts back from " + this.file, ex);
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
