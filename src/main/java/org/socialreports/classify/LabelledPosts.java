package org.socialreports.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file of labelled posts: UTF-8, tab-separated, with the header
 * {@code id lang theme also title text source reason}; in the text, {@code \n}, {@code \t} and
 * {@code \\} stand for a line break, a tab and a backslash.
 */
public final class LabelledPosts {

	static final List<String> HEADER = List.of("id", "lang", "theme", "also", "title", "text", "source", "reason");

	private LabelledPosts() {
	}

	/** @throws IllegalArgumentException naming the file and line of what cannot be read */
	public static List<LabelledPost> read(Path file) throws IOException {
		List<LabelledPost> posts = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			if (header == null || !List.of(header.replace("\uFEFF", "").split("\t", -1)).equals(HEADER)) {
				throw new IllegalArgumentException(file + ": the first line must be the header " + String.join(" ", HEADER));
			}
			int number = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				if (fields.length != HEADER.size()) {
					throw new IllegalArgumentException(file + ":" + number + ": " + fields.length + " fields, not "
							+ HEADER.size());
				}
				posts.add(new LabelledPost(fields[0], fields[1], fields[2], fields[3], unescape(fields[4]),
						unescape(fields[5]), fields[6], fields[7]));
			}
		}
		return posts;
	}

	static String unescape(String field) {
		if (field.indexOf('\\') < 0) {
			return field;
		}
		StringBuilder text = new StringBuilder(field.length());
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '\\' && i + 1 < field.length()) {
				char next = field.charAt(++i);
				switch (next) {
					case 'n' -> text.append('\n');
					case 't' -> text.append('\t');
					case '\\' -> text.append('\\');
					default -> text.append(c).append(next);
				}
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

}
