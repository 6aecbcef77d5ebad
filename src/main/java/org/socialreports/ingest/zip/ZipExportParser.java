package org.socialreports.ingest.zip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.socialreports.ingest.ArchiveContent;
import org.socialreports.ingest.ArchiveEntry;
import org.socialreports.ingest.ArchiveParser;
import org.socialreports.ingest.ExportAccounts;
import org.socialreports.ingest.Reject;
import org.socialreports.ingest.social.Account;
import org.socialreports.ingest.social.SocialExports;
import org.socialreports.ingest.social.SocialFormat;

/**
 * Reads the exports inside a zip in place: only the entries that hold posts (and the small
 * files that name the account), each inflated as it is read, never extracted to disk. Media,
 * messages and the other files of an export are passed over without a word. An entry whose
 * name leaves the archive ({@code ../}), or that inflates past the {@link ZipLimits}, is a
 * reject and the others are read; a zip that holds no export is one reject that lists what it
 * holds. Each entry's posts are named {@code archive.zip!/data/tweets.js}.
 */
final class ZipExportParser implements ArchiveParser {

	/** How many entry names a reject of a zip without an export shows. */
	private static final int NAMES_SHOWN = 8;

	private record Member(ZipEntry entry, SocialFormat format) {
	}

	private final Path zip;

	private final String source;

	private final ZipLimits limits;

	private final Deque<ArchiveEntry> ready = new ArrayDeque<>();

	private ZipFile file;

	private Deque<Member> members;

	private ArchiveParser current;

	private String currentName;

	private long skipped;

	private long[] totalLeft;

	private boolean finished;

	ZipExportParser(Path zip, String source, ZipLimits limits) {
		this.zip = zip;
		this.source = source;
		this.limits = limits;
	}

	@Override
	public ArchiveEntry next() throws IOException {
		if (this.finished) {
			return null;
		}
		if (this.members == null) {
			open();
		}
		while (true) {
			if (!this.ready.isEmpty()) {
				return this.ready.poll();
			}
			if (this.current == null) {
				Member member = this.members.poll();
				if (member == null) {
					this.finished = true;
					return null;
				}
				start(member);
				continue;
			}
			try {
				ArchiveEntry entry = this.current.next();
				if (entry != null) {
					return entry;
				}
				this.skipped += this.current.skipped();
			}
			catch (InflationLimitException ex) {
				this.ready.add(new Reject(this.currentName, 0, ex.getMessage()));
			}
			catch (ZipException ex) {
				this.ready.add(new Reject(this.currentName, 0, "zip entry cannot be inflated (" + ex.getMessage()
						+ "); the archive's other entries are read"));
			}
			closeCurrent();
		}
	}

	private void open() throws IOException {
		this.members = new ArrayDeque<>();
		this.totalLeft = new long[] { this.limits.maxTotalBytes() };
		try {
			this.file = new ZipFile(this.zip.toFile());
		}
		catch (ZipException ex) {
			this.ready.add(new Reject(this.source, 0, "not a readable zip archive (" + ex.getMessage() + ")"));
			return;
		}
		List<ZipEntry> entries = new ArrayList<>();
		for (ZipEntry entry : this.file.stream().map(ZipEntry.class::cast).toList()) {
			if (entries.size() == this.limits.maxEntries()) {
				this.ready.add(new Reject(this.source, 0, "the archive lists more than " + this.limits.maxEntries()
						+ " entries (a zip bomb, or not an export); the first ones are read"));
				break;
			}
			entries.add(entry);
		}
		entries.sort(Comparator.comparing(ZipEntry::getName));
		List<String> names = new ArrayList<>();
		for (ZipEntry entry : entries) {
			if (entry.isDirectory()) {
				continue;
			}
			names.add(entry.getName());
			if (leavesTheArchive(entry.getName())) {
				this.ready.add(new Reject(memberSource(entry), 0,
						"zip entry whose name leaves the archive (" + entry.getName() + "); not read"));
			}
			else if (mayHoldPosts(entry.getName())) {
				recognise(entry).ifPresent((format) -> this.members.add(new Member(entry, format)));
			}
		}
		if (this.members.isEmpty() && this.ready.isEmpty()) {
			this.ready.add(new Reject(this.source, 0, "zip archive holding no export the job reads (entries: "
					+ String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())))
					+ ((names.size() > NAMES_SHOWN) ? ", … " + names.size() + " in all" : "") + ")"));
		}
	}

	private Optional<SocialFormat> recognise(ZipEntry entry) throws IOException {
		try (InputStream in = content(entry).open()) {
			return SocialExports.recognise(entry.getName(), in.readNBytes(SocialExports.HEAD_BYTES));
		}
		catch (InflationLimitException | ZipException ex) {
			this.ready.add(new Reject(memberSource(entry), 0, ex.getMessage()));
			return Optional.empty();
		}
	}

	private void start(Member member) throws IOException {
		this.currentName = memberSource(member.entry());
		this.current = SocialExports.open(member.format(), content(member.entry()), this.currentName,
				account(member));
	}

	/** The account file of the same export, in the entry's folder first, else anywhere in the archive. */
	private Account account(Member member) throws IOException {
		Optional<String> accountFile = member.format().accountFile();
		if (accountFile.isPresent()) {
			String folder = folderOf(member.entry().getName());
			List<ZipEntry> candidates = this.file.stream()
				.map(ZipEntry.class::cast)
				.filter((entry) -> !entry.isDirectory() && !leavesTheArchive(entry.getName())
						&& fileName(entry.getName()).equalsIgnoreCase(accountFile.get()))
				.sorted(Comparator.comparing((ZipEntry entry) -> !folderOf(entry.getName()).equals(folder))
					.thenComparing(ZipEntry::getName))
				.toList();
			for (ZipEntry candidate : candidates) {
				try {
					Optional<Account> account = ExportAccounts.read(member.format(), content(candidate));
					if (account.isPresent()) {
						return account.get();
					}
				}
				catch (InflationLimitException | ZipException ex) {
					// an account file that cannot be read names no one
				}
			}
		}
		Account folder = ExportAccounts.ofFolder(this.source);
		return folder.name().isEmpty() ? ExportAccounts.ofFileName(this.zip, this.source) : folder;
	}

	private ArchiveContent content(ZipEntry entry) {
		long allowance = this.limits.allowance(entry.getCompressedSize());
		return () -> new LimitedInflation(this.file.getInputStream(entry), entry.getName(), allowance, this.totalLeft);
	}

	private String memberSource(ZipEntry entry) {
		return this.source + "!/" + entry.getName();
	}

	/**
	 * Exports hold their posts in JSON, X's JavaScript and CSV files; the rest is media and
	 * metadata. Private messages are not posts, and are not even looked at.
	 */
	private static boolean mayHoldPosts(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		boolean messages = lower.startsWith("messages/") || lower.contains("/messages/") || lower.contains("/inbox/");
		return !messages && (lower.endsWith(".js") || lower.endsWith(".json") || lower.endsWith(".csv"));
	}

	static boolean leavesTheArchive(String name) {
		String normal = name.replace('\\', '/');
		if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*")) {
			return true;
		}
		int depth = 0;
		for (String part : normal.split("/")) {
			if (part.equals("..")) {
				depth--;
			}
			else if (!part.isEmpty() && !part.equals(".")) {
				depth++;
			}
			if (depth < 0) {
				return true;
			}
		}
		return false;
	}

	private static String folderOf(String name) {
		int slash = name.lastIndexOf('/');
		return (slash < 0) ? "" : name.substring(0, slash);
	}

	private static String fileName(String name) {
		return name.substring(name.lastIndexOf('/') + 1);
	}

	@Override
	public long skipped() {
		return this.skipped + ((this.current != null) ? this.current.skipped() : 0);
	}

	private void closeCurrent() throws IOException {
		if (this.current != null) {
			this.current.close();
			this.current = null;
		}
	}

	@Override
	public void close() throws IOException {
		this.finished = true;
		closeCurrent();
		if (this.file != null) {
			this.file.close();
		}
	}

}
