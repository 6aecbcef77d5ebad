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
						ShippedThemes.TWITTER_USAGE, 0.91, "twitter", "tweet", "abonnés"),
						post("« Suivre » ou ne pas suivre sur Twitter", "Hervé Kabla", LocalDate.of(2009, 2, 3),
								ShippedThemes.TWITTER_USAGE, 0.42, "twitter")));
		top.put(ShippedThemes.SOCIAL_NETWORK_SECURITY, List.of(post("Réseaux sociaux : la menace", "Yann Gourvennec",
				LocalDate.of(2009, 3, 20), ShippedThemes.SOCIAL_NETWORK_SECURITY, 0.77, "sécurité", "menace", "virus")));
		// the é of "éditorial" decomposed into e and a combining accent: the PDF must show it composed
		top.put(ShippedThemes.CORPORATE_BLOGGING, List.of(post("L’Œuvre d’un blog \u0065\u0301ditorial d’entreprise",
				"Hervé Kabla", LocalDate.of(2009, 3, 2), ShippedThemes.CORPORATE_BLOGGING, 0.55, "blog d’entreprise", "œuvre")));
		top.put(ShippedThemes.CRISIS_COMMUNICATION, List.of());
		return new ReportContent(locale, RUN_DATE, ShippedThemes.THEMES, List.of("2009/blog-archive-2009-02.txt", "blog-archive-2009-03.txt"),
				aggregates, top, List.of(), (action) -> {
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
		List<Reject> rejects = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			rejects.add(new Reject("archives/2008/export-" + i + ".txt", 10 + i * 7,
					"footer cannot be parsed: unknown month « brumaire »"));
		}
		List<String> sources = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			sources.add("archives/" + (2008 + i / 12) + "/blog-export-" + (i + 1) + ".txt");
		}
		return new ReportContent(locale, RUN_DATE, ShippedThemes.THEMES, sources, aggregates, top, rejects, (action) -> {
			throw new AssertionError("the PDF must not read every post");
		});
	}

	private static ClassifiedPost post(String title, String author, LocalDate date, Theme theme, double score,
			String... terms) {
		Map<Theme, Double> scores = new LinkedHashMap<>();
		scores.put(theme, score);
		return new ClassifiedPost("archive.txt", 1, title, author, date, 400, List.of(),
				new Classification(theme, score, scores, List.of(terms)));
	}

}
