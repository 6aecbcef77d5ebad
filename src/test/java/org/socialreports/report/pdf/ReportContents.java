package org.socialreports.report.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Reject;
import org.socialreports.classify.Themes;
import org.socialreports.ingest.Engagement;
import org.socialreports.ingest.Network;
import org.socialreports.ingest.PostKind;
import org.socialreports.ingest.PostOrigin;
import org.socialreports.report.EngagementTotals;
import org.socialreports.report.PostFigures;
import org.socialreports.report.ReportContent;

/**
 * Report contents built by hand, without a database: a small one whose every figure a test can
 * check, and a large one to look at.
 */
final class ReportContents {

	static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

	private ReportContents() {
	}

	/**
	 * Five posts by three authors over February and March 2009: Twitter usage 2, social-network
	 * security 1, corporate blogging 1, unclassified 1. One title is written with a combining
	 * accent (NFD) and typographic punctuation.
	 */
	static ReportContent small(Locale locale) {
		List<AuthorMonthTheme> aggregates = List.of(
				new AuthorMonthTheme("Hervé Kabla", YearMonth.of(2009, 2), ShippedThemes.TWITTER_USAGE, 1, 300),
				new AuthorMonthTheme("Hervé Kabla", YearMonth.of(2009, 3), ShippedThemes.CORPORATE_BLOGGING, 1, 250),
				new AuthorMonthTheme("Yann Gourvennec", YearMonth.of(2009, 3), ShippedThemes.SOCIAL_NETWORK_SECURITY, 1, 533),
				new AuthorMonthTheme("Yann Gourvennec", YearMonth.of(2009, 3), Theme.UNCLASSIFIED, 1, 120),
				new AuthorMonthTheme("conseilsmarketing", YearMonth.of(2009, 3), ShippedThemes.TWITTER_USAGE, 1, 482));
		Map<Theme, List<ClassifiedPost>> top = new LinkedHashMap<>();
		top.put(ShippedThemes.TWITTER_USAGE,
				List.of(post("Twitter, un outil à manier… avec précaution", "conseilsmarketing", LocalDate.of(2009, 3, 12),
						ShippedThemes.TWITTER_USAGE, 0.91, "twitter (6)", "tweet (1.5)",
						"taxonomy terms (learned 2.58)", "abonn (learned 0.40)"),
						post("« Suivre » ou ne pas suivre sur Twitter", "Hervé Kabla", LocalDate.of(2009, 2, 3),
								ShippedThemes.TWITTER_USAGE, 0.42, "twitter")));
		top.put(ShippedThemes.SOCIAL_NETWORK_SECURITY, List.of(post("Réseaux sociaux : la menace", "Yann Gourvennec",
				LocalDate.of(2009, 3, 20), ShippedThemes.SOCIAL_NETWORK_SECURITY, 0.77, "sécurité", "menace", "virus")));
		// the é of "éditorial" decomposed into e and a combining accent: the PDF must show it composed
		top.put(ShippedThemes.CORPORATE_BLOGGING, List.of(post("L’Œuvre d’un blog \u0065\u0301ditorial d’entreprise",
				"Hervé Kabla", LocalDate.of(2009, 3, 2), ShippedThemes.CORPORATE_BLOGGING, 0.55, "blog d’entreprise", "œuvre")));
		top.put(ShippedThemes.CRISIS_COMMUNICATION, List.of());
		PostFigures figures = new PostFigures(top, Map.of(), List.of(), Map.of(), Map.of(), Map.of(),
				Map.of("2009/blog-archive-2009-02.txt", 1L, "blog-archive-2009-03.txt", 4L), Map.of());
		return new ReportContent(locale, RUN_DATE, ShippedThemes.THEMES, aggregates, figures, List.of(new Reject("broken.txt", 1, "no date")), (action) -> {
					throw new AssertionError("the PDF must not read every post");
				});
	}

	/**
	 * Some two hundred posts by six authors over fourteen months, with rejects: enough for tables
	 * to span pages and charts to fill up.
	 */
	static ReportContent large(Locale locale, int authorCount) {
		Random random = new Random(42);
		List<String> names = List.of("Hervé Kabla", "Yann Gourvennec", "conseilsmarketing", "Frédéric Cavazza",
				"Zoé Lefèvre-Saint-Œuf", "Agence « Les Éditions du Cœur » – équipe social media");
		List<String> authors = new ArrayList<>();
		for (int i = 0; i < authorCount; i++) {
			authors.add((i < names.size()) ? names.get(i) : "Auteur n° " + (i + 1));
		}
		List<AuthorMonthTheme> aggregates = new ArrayList<>();
		YearMonth first = YearMonth.of(2008, 2);
		for (int month = 0; month < 14; month++) {
			for (String author : authors) {
				for (Theme theme : ShippedThemes.THEMES.all().toArray(Theme[]::new)) {
					int rarer = ((theme == Theme.UNCLASSIFIED) ? 3 : 1) + Math.min(authors.indexOf(author) / 3, 2);
					int posts = random.nextInt(6) - rarer;
					if (posts > 0 && (month != 5)) {
						aggregates.add(new AuthorMonthTheme(author, first.plusMonths(month), theme, posts, posts * 400L));
					}
				}
			}
		}
		aggregates.sort(java.util.Comparator.comparing(AuthorMonthTheme::author)
			.thenComparing(AuthorMonthTheme::month)
			.thenComparing((row) -> row.theme().id()));
		Map<Theme, List<ClassifiedPost>> top = new LinkedHashMap<>();
		for (Theme theme : ShippedThemes.THEMES.scored()) {
			List<ClassifiedPost> posts = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				posts.add(post(
						"Billet n° " + (i + 1) + " : pourquoi les « médias sociaux » changent la relation client – "
								+ "et ce que l’entreprise doit en faire…",
						authors.get(i % authors.size()), first.plusMonths(i * 2).atDay(3 + i), theme, 0.9 - i * 0.1,
						"communication de crise", "réseau social", "sécurité", "blog", "twitter", "œuvre", "fuite",
						"e-réputation"));
			}
			top.put(theme, posts);
		}
		Map<String, Long> sources = new java.util.TreeMap<>();
		for (int i = 0; i < 15; i++) {
			sources.put("archives/" + (2008 + i / 12) + "/blog-export-" + (i + 1) + ".txt", 14L);
		}
		List<Reject> rejects = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			// files that gave posts too: none of them is silent
			rejects.add(new Reject("archives/2008/blog-export-" + (i + 1) + ".txt", 10 + i * 7,
					"footer cannot be parsed: unknown month « brumaire »"));
		}
		PostFigures figures = new PostFigures(top, Map.of(), List.of(), Map.of(), Map.of(), Map.of(), sources, Map.of());
		return new ReportContent(locale, RUN_DATE, ShippedThemes.THEMES, aggregates, figures, rejects, (action) -> {
			throw new AssertionError("the PDF must not read every post");
		});
	}

	/**
	 * An archive of {@code posts} posts spread over {@code months} months up to March 2026, by
	 * {@code authorCount} authors, on the given themes, with a spike in its latest month, a
	 * hundred sources (three that gave nothing), 60 rejects, long titles and, if asked,
	 * engagement on five networks: the figures the PDF is built from, as the job would gather
	 * them, without a post in memory.
	 */
	static ReportContent archive(Locale locale, Themes themes, int months, int authorCount, long posts,
			boolean engagement) {
		List<Theme> all = themes.all();
		YearMonth last = YearMonth.of(2026, 3);
		List<AuthorMonthTheme> aggregates = new ArrayList<>();
		long cells = (long) months * authorCount * all.size();
		long perCell = Math.max(1, posts / cells);
		long written = 0;
		for (int a = 0; a < authorCount; a++) {
			String author = "Auteur n° " + (a + 1) + " – équipe « social media » de l’entreprise";
			for (int m = 0; m < months; m++) {
				YearMonth month = last.minusMonths(months - 1 - m);
				for (int t = 0; t < all.size(); t++) {
					long count = perCell + ((m + t + a) % 3);
					if (m == months - 1 && t == 0) {
						count *= 4;
					}
					written += count;
					aggregates.add(new AuthorMonthTheme(author, month, all.get(t), count, count * 300));
				}
			}
		}
		aggregates.sort(java.util.Comparator.comparing(AuthorMonthTheme::author)
			.thenComparing(AuthorMonthTheme::month)
			.thenComparing((row) -> row.theme().id()));
		Map<Theme, List<ClassifiedPost>> top = new LinkedHashMap<>();
		Map<Theme, List<ClassifiedPost>> topEngaging = new LinkedHashMap<>();
		Map<Theme, EngagementTotals> byTheme = new LinkedHashMap<>();
		Map<Theme, ClassifiedPost> leaders = new LinkedHashMap<>();
		List<ClassifiedPost> mostEngaging = new ArrayList<>();
		for (Theme theme : themes.scored()) {
			List<ClassifiedPost> best = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				ClassifiedPost post = post("Billet n° " + (i + 1) + " : pourquoi les « médias sociaux » changent la "
						+ "relation client – et ce que l’entreprise doit en faire, au-delà des effets d’annonce…",
						"Auteur n° " + (i + 1) + " – équipe « social media » de l’entreprise", last.atDay(3 + i), theme,
						0.9 - i * 0.1, "communication de crise", "réseau social", "sécurité", "blog", "twitter", "fuite",
						"e-réputation", "influence");
				best.add(engagement ? withEngagement(post, 500 - i) : post);
			}
			top.put(theme, best);
			leaders.put(theme, best.get(0));
			if (engagement) {
				topEngaging.put(theme, best);
				mostEngaging.addAll(best.subList(0, 2));
			}
			byTheme.put(theme, new EngagementTotals(written / all.size(), engagement ? written / all.size() : 0,
					123_456, 12_345, 1_234));
		}
		Map<Network, EngagementTotals> byNetwork = new java.util.EnumMap<>(Network.class);
		Map<String, EngagementTotals> byAuthor = new java.util.TreeMap<>();
		if (engagement) {
			for (Network network : List.of(Network.BLOG, Network.X, Network.MASTODON, Network.LINKEDIN,
					Network.BLUESKY)) {
				byNetwork.put(network, new EngagementTotals(written / 5, (network == Network.BLOG) ? 0 : written / 5,
						99_999, 9_999, 999));
			}
			for (int a = 0; a < authorCount; a++) {
				byAuthor.put("Auteur n° " + (a + 1) + " – équipe « social media » de l’entreprise",
						new EngagementTotals(1000, 1000, 5000 + a, 500, 50));
			}
		}
		List<String> sources = new ArrayList<>();
		Map<String, Long> bySource = new java.util.TreeMap<>();
		for (int i = 0; i < 100; i++) {
			String source = "archives/" + (2000 + i / 5) + "/export-du-blog-de-l-entreprise-" + (i + 1) + ".xml";
			sources.add(source);
			if (i >= 3) {
				bySource.put(source, written / 97);
			}
		}
		List<Reject> rejects = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			rejects.add(new Reject(sources.get(i % 3), 10 + i, "footer cannot be parsed: unknown month « brumaire »"));
		}
		PostFigures figures = new PostFigures(top, topEngaging, mostEngaging, byTheme, byNetwork, byAuthor, bySource,
				leaders);
		return new ReportContent(locale, RUN_DATE, themes, aggregates, figures, rejects, (action) -> {
					throw new AssertionError("the PDF must not read every post");
				});
	}

	/** Twelve themes, the most a taxonomy may define, with long labels. */
	static Themes twelveThemes() {
		List<Theme> themes = new ArrayList<>();
		for (int i = 0; i < Themes.MAX_THEMES; i++) {
			themes.add(new Theme("theme-" + (i + 1),
					Map.of("en", "Theme number " + (i + 1) + " of the taxonomy", "fr",
							"Thème numéro " + (i + 1) + " de la taxonomie"),
					0x102030 * (i + 1)));
		}
		return new Themes(themes);
	}

	private static ClassifiedPost withEngagement(ClassifiedPost post, long likes) {
		return new ClassifiedPost(post.source(), post.line(), post.title(), post.author(), post.date(), post.words(),
				post.categories(), post.classification(), post.entry(),
				new PostOrigin(Network.X, PostKind.POST, "https://x.com/i/status/1", "fr"),
				new Engagement(likes, likes / 10, likes / 100));
	}

	static ClassifiedPost post(String title, String author, LocalDate date, Theme theme, double score,
			String... terms) {
		Map<Theme, Double> scores = new LinkedHashMap<>();
		scores.put(theme, score);
		return new ClassifiedPost("archive.txt", 1, title, author, date, 400, List.of(),
				new Classification(theme, score, scores, List.of(terms)));
	}

}
