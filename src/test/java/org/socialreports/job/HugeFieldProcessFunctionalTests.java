package org.socialreports.job;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A post whose HTML holds a 100 MB inline image, in each format, read by the packaged job in
 * its 512 MB heap: the post is kept with its text cut, and the posts after it are read.
 */
class HugeFieldProcessFunctionalTests {

	private static final long IMAGE_CHARS = 100_000_000;

	@Test
	void hundredMegabyteValueInEveryFormatIsCutWithinTheHeap(@TempDir Path home) throws Exception {
		Path input = Files.createDirectories(home.resolve("input"));
		write(input.resolve("a.csv"), "title,author,date,text\nAvant,X,2009-03-20,Un.\nImage,X,2009-03-21,\"<img src=\"\"",
				"\"\">\"\nAprès,X,2009-03-22,Trois.\n");
		String before = "{\"title\": \"Avant\", \"author\": \"X\", \"date\": \"2009-03-20\", \"text\": \"Un.\"}";
		String image = "{\"title\": \"Image\", \"author\": \"X\", \"date\": \"2009-03-21\", \"text\": \"<img src=\\\"";
		String after = "\\\">\"}";
		String last = "{\"title\": \"Après\", \"author\": \"X\", \"date\": \"2009-03-22\", \"text\": \"Trois.\"}";
		write(input.resolve("b.json"), "[" + before + ",\n" + image, after + ",\n" + last + "]\n");
		write(input.resolve("c.jsonl"), before + "\n" + image, after + "\n" + last + "\n");
		write(input.resolve("d.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
					xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
				<channel>
				""" + item("Avant", "20", "Un.") + item("Image", "21", "<img src=\"@\">").split("@")[0],
				item("Image", "21", "<img src=\"@\">").split("@")[1] + item("Après", "22", "Trois.") + "</channel></rss>\n");

		JobProcess run = JobProcess.start(home, "--input=" + input, "--output=" + home.resolve("reports"));

		assertThat(run.waitFor(CommandLineProcessFunctionalTests.TIMEOUT)).as(run.stderr()).isEqualTo(ExitCodes.COMPLETED);
		List<String> posts = Files.readAllLines(home.resolve("reports/latest/posts.csv"));
		int title = List.of(posts.get(0).split(",")).indexOf("title");
		Map<String, Set<String>> titles = new TreeMap<>();
		posts.stream().skip(1).forEach((row) -> titles.computeIfAbsent(row.split(",")[0], (file) -> new TreeSet<>())
			.add(row.split(",")[title]));
		Set<String> all = Set.of("Avant", "Image", "Après");
		assertThat(titles).isEqualTo(Map.of("a.csv", all, "b.json", all, "c.jsonl", all, "d.xml", all));
		assertThat(Files.readAllLines(home.resolve("reports/latest/rejects.csv"))).containsExactly("source,line,reason");
		for (String file : List.of("a.csv", "b.json", "c.jsonl", "d.xml")) {
			assertThat(run.stdout()).contains("'" + file + "': 1 post(s) kept with a value cut to its first 1,048,576 characters");
		}
	}

	private static String item(String title, String day, String content) {
		return """
				<item><title>%s</title><dc:creator>admin</dc:creator><wp:post_date>2009-03-%s 10:00:00</wp:post_date>
				<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
				<content:encoded><![CDATA[%s]]></content:encoded></item>
				""".formatted(title, day, content);
	}

	/** Writes {@code start}, an image of 100 million base64 characters, then {@code end}. */
	private static void write(Path file, String start, String end) throws IOException {
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write(start);
			out.write("data:image/png;base64,");
			char[] base64 = "QUJDRA==".repeat(1024).toCharArray();
			for (long written = 0; written < IMAGE_CHARS; written += base64.length) {
				out.write(base64);
			}
			out.write(end);
		}
	}

}
