package org.socialreports.report.workbook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.socialreports.aggregate.AuthorMonthTheme;
import org.socialreports.classify.Classification;
import org.socialreports.classify.ClassifiedPost;
import org.socialreports.classify.ShippedThemes;
import org.socialreports.classify.Theme;
import org.socialreports.ingest.Reject;
import org.socialreports.report.PostRows;
import org.socialreports.report.PostTally;
import org.socialreports.report.ReportContent;

/**
 * Report contents built by hand, as the repository would load them, for tests, previews and
 * the benchmark.
 */
final class WorkbookContents {

	static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);

	static final String HYPERLINK_TITLE = "=HYPERLINK(\"http://x\",\"y\")";

	private static final String[] AUTHORS = { "Yann Gourvennec", "conseilsmarketing", "Anne Lefèvre",
			"Jean-Baptiste Ollivier de la Motte-Fénelon", "Zoé", "Marketing team" };

	private static final String[] TITLES = { "Twitter, un outil à manier avec précaution",
			"Réseaux sociaux : une menace pour l’entreprise ?", "Le blog d’entreprise, dix ans après",
			"Communication de crise : les leçons de l’affaire Kerviel", "Pourquoi publier chaque semaine",
			"Sondage : que font vos salariés sur Facebook pendant les heures de bureau, et faut-il vraiment s’en inquiéter ?" };

	private WorkbookContents() {
	}

	/** The five posts of the seed archive, with the design's themes and word counts. */
	static ReportContent seed(Locale locale) {
		return of(locale, seedPosts(), List.of());
	}

	static List<ClassifiedPost> seedPosts() {
		String source = "conseilsmarketing-blog-archive-2009-03.txt";
		return List.of(
				post(source, 1, "Twitter : un outil à manier avec précaution", "conseilsmarketing",
						LocalDate.of(2009, 3, 20), ShippedThemes.TWITTER_USAGE, 0.62, 482, "twitter", "tweet"),
				post(source, 12, "Réseaux sociaux : sondage sur l’usage au bureau", "Yann Gourvennec",
						LocalDate.of(2009, 3, 21), ShippedThemes.SOCIAL_NETWORK_SECURITY, 0.41, 250, "réseaux sociaux"),
				post(source, 25, "Les réseaux sociaux, une menace ?", "Yann Gourvennec", LocalDate.of(2009, 3, 22),
						ShippedThemes.SOCIAL_NETWORK_SECURITY, 0.55, 283, "menace", "sécurité"),
				post(source, 40, "Orange et les médias sociaux", "Yann Gourvennec", LocalDate.of(2009, 3, 23),
						ShippedThemes.CORPORATE_BLOGGING, 0.33, 160, "blog d’entreprise"),
				post(source, 52, "Société Générale : Kerviel et la communication de crise", "Yann Gourvennec",
						LocalDate.of(2009, 3, 24), ShippedThemes.CRISIS_COMMUNICATION, 0.71, 469, "communication de crise"));
	}

	static ClassifiedPost post(String source, long line, String title, String author, LocalDate date, Theme theme,
			double score, int words, String... terms) {
		Map<Theme, Double> scores = new LinkedHashMap<>();
		for (Theme scored : ShippedThemes.THEMES.scored()) {
			scores.put(scored, scored.equals(theme) ? score : score / (2 + ShippedThemes.THEMES.scored().indexOf(scored)));
		}
		return new ClassifiedPost(source, line, title, author, date, words,
				List.of("médias sociaux", "stratégie"), new Classification(theme, score, scores, List.of(terms)));
	}

	/** A report on the given posts, with aggregates and post figures derived from them as the report step does. */
	static ReportContent of(Locale locale, List<ClassifiedPost> posts, List<Reject> rejects) {
		Aggregates aggregates = new Aggregates();
		posts.forEach(aggregates::add);
		PostTally tally = tally(aggregates);
		posts.forEach(tally::offer);
		return new ReportContent(locale, RUN_DATE, ShippedThemes.THEMES, aggregates.rows(), tally.figures(), rejects,
				posts::forEach);
	}

	/**
	 * Posts made up from their index alone, so that a million of them can be streamed without
	 * being held: spread over the given months and authors, with every theme.
	 */
	static ReportContent generated(Locale locale, int count, int months, int authors) {
		IntFunction<ClassifiedPost> post = (index) -> generatedPost(index, count, months, authors);
		Aggregates aggregates = new Aggregates();
		for (int index = 0; index < count; index++) {
			aggregates.add(post.apply(index));
		}
		PostTally tally = tally(aggregates);
		for (int index = 0; index < count; index++) {
			tally.offer(post.apply(index));
		}
		PostRows rows = (action) -> {
			for (int index = 0; index < count; index++) {
				action.accept(post.apply(index));
			}
		};
		return new ReportContent(locale, RUN_DATE, ShippedThemes.THEMES, aggregates.rows(), tally.figures(),
				List.of(new Reject("archives/2010-broken.txt", 42, "unknown month 'brumaire' in the footer")), rows);
	}

	private static PostTally tally(Aggregates aggregates) {
		YearMonth latest = aggregates.rows().stream().map(AuthorMonthTheme::month).max(Comparator.naturalOrder())
			.orElse(null);
		return new PostTally(5, ShippedThemes.THEMES, latest);
	}

	private static ClassifiedPost generatedPost(int index, int count, int months, int authors) {
		// posts in date order, as the repository hands them over; months 3 and 7 stay empty
		int month = (int) ((long) index * months / count);
		if (months > 8 && (month == 3 || month == 7)) {
			month--;
		}
		int day = (int) (((long) index * months * 28 / count) % 28);
		LocalDate date = YearMonth.of(2009, 1).plusMonths(month).atDay(1 + day);
		int hash = Integer.rotateLeft(index * 0x9E3779B9, 7);
		Theme theme = ShippedThemes.THEMES.all().toArray(Theme[]::new)[Math.floorMod(hash + month, ShippedThemes.THEMES.all().toArray(Theme[]::new).length)];
		double score = (theme == Theme.UNCLASSIFIED) ? 0.05 : 0.2 + Math.floorMod(hash, 800) / 1000.0;
		String author = AUTHORS[Math.floorMod(hash >> 3, Math.min(authors, AUTHORS.length))];
		String title = TITLES[Math.floorMod(hash >> 5, TITLES.length)] + " (" + (index + 1) + ")";
		String source = "archives/blog-" + date.getYear() + ".txt";
		return post(source, index * 12L + 1, title, author, date, theme, score, 150 + Math.floorMod(hash, 900),
				(theme == Theme.UNCLASSIFIED) ? new String[0] : new String[] { "réseaux sociaux", "twitter" });
	}

	/** What the aggregate step's GROUP BY gives, in the repository's order. */
	private static final class Aggregates {

		private final Map<String, AuthorMonthTheme> rows = new TreeMap<>();

		void add(ClassifiedPost post) {
			YearMonth month = YearMonth.from(post.date());
			Theme theme = post.classification().theme();
			String key = post.author() + "\u0000" + month + "\u0000" + theme.id();
			this.rows.merge(key, new AuthorMonthTheme(post.author(), month, theme, 1, post.words()),
					(a, b) -> new AuthorMonthTheme(a.author(), a.month(), a.theme(), a.posts() + 1,
							a.words() + b.words()));
		}

		List<AuthorMonthTheme> rows() {
			return List.copyOf(this.rows.values());
		}

	}

}
