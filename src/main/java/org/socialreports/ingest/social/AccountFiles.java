package org.socialreports.ingest.social;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.socialreports.ingest.ArchiveContent;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the small files of an export that name its account: X's {@code account.js},
 * Mastodon's {@code actor.json}, LinkedIn's {@code Profile.csv}. A file that does not name it
 * gives no account, never an error.
 */
final class AccountFiles {

	// an account file holds a few fields; one larger than this is not one
	private static final int MAX_BYTES = 1 << 20;

	private AccountFiles() {
	}

	/** {@code window.YTD.account.part0 = [{"account": {"username": …, "accountDisplayName": …}}]} */
	static Optional<Account> xAccount(ArchiveContent content) throws IOException {
		String text = read(content);
		int assignment = text.indexOf('=');
		String json = (text.stripLeading().startsWith("window.") && assignment >= 0) ? text.substring(assignment + 1)
				: text;
		JsonNode account = tree(json).path(0).path("account");
		return account(SocialPosts.text(account.path("accountDisplayName")), SocialPosts.text(account.path("username")));
	}

	/** {@code {"type": "Person", "preferredUsername": …, "name": …}} */
	static Optional<Account> mastodonActor(ArchiveContent content) throws IOException {
		JsonNode actor = tree(read(content));
		return account(SocialPosts.text(actor.path("name")), SocialPosts.text(actor.path("preferredUsername")));
	}

	/** {@code First Name,Last Name,…} and one row. */
	static Optional<Account> linkedInProfile(ArchiveContent content) throws IOException {
		try (CSVParser csv = CSVFormat.DEFAULT.parse(new StringReader(read(content)))) {
			Iterator<CSVRecord> records = csv.iterator();
			if (!records.hasNext()) {
				return Optional.empty();
			}
			List<String> header = records.next().toList();
			Map<String, Integer> columns = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				columns.putIfAbsent(header.get(i).strip(), i);
			}
			if (!records.hasNext()) {
				return Optional.empty();
			}
			CsvRowReader.Row row = new CsvRowReader.Row(records.next(), columns);
			return account((row.get("First Name").strip() + " " + row.get("Last Name").strip()).strip(), null);
		}
		catch (RuntimeException ex) {
			// a CSV file that cannot be read names no one
			return Optional.empty();
		}
	}

	private static Optional<Account> account(String displayName, String handle) {
		Account account = new Account(displayName.isBlank() ? null : displayName.strip(),
				(handle == null || handle.isBlank()) ? null : handle.strip());
		return account.name().isEmpty() ? Optional.empty() : Optional.of(account);
	}

	private static JsonNode tree(String json) {
		try {
			return SocialJsonParser.MAPPER.readTree(json);
		}
		catch (JsonProcessingException ex) {
			return SocialJsonParser.MAPPER.missingNode();
		}
	}

	private static String read(ArchiveContent content) throws IOException {
		try (InputStream in = content.open()) {
			String text = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
	}

}
