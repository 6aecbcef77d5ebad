package org.socialreports.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.ingest.Reject;

/**
 * A social-like archive for tests and previews: a year of posts on X, Mastodon, Bluesky and
 * LinkedIn beside a blog, most without a title of their own (titled, as ingest titles them,
 * with the start of their text), replies and quotes among them, engagement counted where the
 * network's export counts it (LinkedIn's does not), a crisis that spikes in the last month, and
 * a source that gave only rejects. Its post figures are gathered by {@link PostTally}, as the
 * report step gathers them.
 */
public final class SocialArchive {

	public static final YearMonth LAST = YearMonth.of(2025, 11);

	private static final String[] OPENINGS = { "Notre nouvelle campagne sur Twitter démarre demain, suivez le fil #lancement",
			"Phishing : trois réflexes pour protéger les comptes sociaux de l’entreprise…",
			"Pourquoi notre blog d’entreprise reste le cœur de notre stratégie de contenu",
			"Crise chez un concurrent : ce que la communication de crise nous apprend encore",
			"Merci à tous pour vos retours !" };

	private static final Theme[] THEMES = { ShippedThemes.TWITTER_USAGE, ShippedThemes.SOCIAL_NETWORK_SECURITY,
			ShippedThemes.CORPORATE_BLOGGING, ShippedThemes.CRISIS_COMMUNICATION, Theme.UNCLASSIFIED };

	private static final Network[] NETWORKS = { Network.X, Network.MASTODON, Network.BLUESKY, Network.LINKEDIN,
			Network.BLOG };

	private static final String[] AUTHORS = { "Hervé Kabla", "Yann Gourvennec", "Agence Média-Cœur", "Zoé Lefèvre" };

	private SocialArchive() {
	}

	public static List<ClassifiedPost> posts() {
		List<ClassifiedPost> posts = new ArrayList<>();
		int index = 0;
		for (YearMonth month = LAST.minusMonths(11); !month.isAfter(LAST); month = month.plusMonths(1)) {
			int count = month.equals(LAST) ? 30 : 12;
			for (int i = 0; i < count; i++) {
				index++;
				Theme theme = (month.equals(LAST) && i < 18) ? ShippedThemes.CRISIS_COMMUNICATION
						: THEMES[index % THEMES.length];
				Network network = NETWORKS[index % NETWORKS.length];
				String source = switch (network) {
					case X -> "x-archive.zip!/data/tweets.js";
					case MASTODON -> "mastodon/outbox.json";
					case BLUESKY -> "bluesky-feed.json";
					case LINKEDIN -> "linkedin/Shares.csv";
					default -> "blog/export.wordpress.xml";
				};
				String title = (network == Network.BLOG) ? "Billet de blog n° " + index + " : la stratégie sociale en 2025"
						: OPENINGS[index % OPENINGS.length] + ((index % 3 == 0) ? " " + index : "");
				PostKind kind = (index % 7 == 0) ? PostKind.REPLY : (index % 11 == 0) ? PostKind.QUOTE : PostKind.POST;
				Engagement engagement = switch (network) {
					case LINKEDIN, BLOG -> Engagement.UNKNOWN;
					case MASTODON -> new Engagement((long) (index % 40), (long) (index % 9), null);
					default -> new Engagement((long) (index * 37 % 900), (long) (index * 7 % 120), (long) (index % 25));
				};
				LocalDate date = month.atDay(1 + (i * 27 / count));
				double score = (theme == Theme.UNCLASSIFIED) ? 0.05 : 0.3 + (index % 50) / 50.0;
				Map<Theme, Double> scores = new LinkedHashMap<>();
				for (Theme scored : ShippedThemes.THEMES.scored()) {
					scores.put(scored, scored.equals(theme) ? score : 0.0);
				}
				posts.add(new ClassifiedPost(source, index, title, AUTHORS[(index / 2) % AUTHORS.length], date,
						20 + index % 60, List.of(), new Classification(theme, score, scores,
								(theme == Theme.UNCLASSIFIED) ? List.of() : List.of("crise", "réseaux sociaux")),
						index, new PostOrigin(network, kind,
								(network == Network.BLOG) ? null : "https://social.example/" + network.id() + "/" + index,
								"fr"),
						engagement));
			}
		}
		posts.sort(org.socialreports.classify.StoredPosts.DATE_ORDER);
		return posts;
	}

	public static ReportContent content(Locale locale) {
		List<ClassifiedPost> posts = posts();
		Map<String, AuthorMonthTheme> rows = new TreeMap<>();
		PostTally tally = new PostTally(ReportContentRepository.TOP_POSTS_PER_THEME, ShippedThemes.THEMES, LAST);
		for (ClassifiedPost post : posts) {
			tally.offer(post);
			YearMonth month = YearMonth.from(post.date());
			String key = post.author() + "\u0000" + month + "\u0000" + post.classification().theme().id();
			rows.merge(key, new AuthorMonthTheme(post.author(), month, post.classification().theme(), 1, post.words()),
					(a, b) -> new AuthorMonthTheme(a.author(), a.month(), a.theme(), a.posts() + 1, a.words() + b.words()));
		}
		return new ReportContent(locale, LocalDate.of(2025, 12, 1), ShippedThemes.THEMES, List.copyOf(rows.values()),
				tally.figures(),
				List.of(new Reject("facebook/your_posts_1.json", 1, "JSON of an unknown shape: top-level keys data, meta")),
				posts::forEach);
	}

}
