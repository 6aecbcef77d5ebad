package org.socialreports.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialreports.ingest.Post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs the taxonomy shipped in {@code jobs/taxonomy.yml}: what these tests pin is that its
 * general vocabulary, not rules written for a post, gives the seed archive the themes
 * DESIGN.md states.
 */
class ThemeClassifierTests {

	private static final String[] SEED = { "1-twitter-outil-a-manier.txt", "2-reseaux-sociaux-sondage.txt",
			"3-reseaux-sociaux-menace.txt", "4-orange-social-media.txt", "5-societe-generale-kerviel.txt" };

	private static ThemeClassifier classifier;

	/** The taxonomy and the theme model shipped beside it, as a run classifies. */
	private static ThemeClassifier learned;

	@BeforeAll
	static void loadShippedTaxonomy() {
		classifier = ThemeClassifier.fromFile(Path.of("jobs/taxonomy.yml"));
		learned = ThemeClassifier.fromFiles(Path.of("jobs/taxonomy.yml"), Path.of("jobs/theme-model.tsv"));
	}

	@AfterAll
	static void close() {
		classifier.close();
		learned.close();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "1-twitter-outil-a-manier.txt, twitter-usage",
			"2-reseaux-sociaux-sondage.txt, social-network-security",
			"3-reseaux-sociaux-menace.txt, social-network-security", "4-orange-social-media.txt, corporate-blogging",
			"5-societe-generale-kerviel.txt, crisis-communication" })
	void seedPostGetsTheThemeOfItsVocabulary(String fixture, String themeId) throws IOException {
		String[] post = seedPost(fixture);
		Classification classification = classifier.classify(post[0], post[1]);
		assertThat(classification.theme()).isEqualTo(ShippedThemes.THEMES.fromId(themeId));
		assertThat(classification.matchedTerms()).isNotEmpty();
		assertThat(classification.score()).isEqualTo(classification.scoreOf(classification.theme()))
			.isGreaterThanOrEqualTo(classifier.taxonomy().threshold());
		assertThat(classification.scores()).containsOnlyKeys(ShippedThemes.THEMES.scored());
	}

	/**
	 * The model was trained on the development set, which does not hold the seed's posts. It
	 * would leave two of them unclassified: there the rules are sure, and keep their theme.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "1-twitter-outil-a-manier.txt, twitter-usage",
			"2-reseaux-sociaux-sondage.txt, social-network-security",
			"3-reseaux-sociaux-menace.txt, social-network-security", "4-orange-social-media.txt, corporate-blogging",
			"5-societe-generale-kerviel.txt, crisis-communication" })
	void seedPostGetsTheSameThemeWithTheShippedModel(String fixture, String themeId) throws IOException {
		String[] post = seedPost(fixture);
		Classification classification = learned.classify(post[0], post[1]);
		assertThat(learned.learned()).isTrue();
		assertThat(classification.theme()).isEqualTo(ShippedThemes.THEMES.fromId(themeId));
		assertThat(classification.matchedTerms()).anyMatch((term) -> term.contains("(learned "));
		assertThat(classification.score()).isEqualTo(classification.scoreOf(classification.theme())).isPositive();
		assertThat(classification.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isLessThan(1);
	}

	@Test
	void matchedTermsAreWrittenAsInTheTaxonomyStrongestFirst() throws IOException {
		String[] post = seedPost("5-societe-generale-kerviel.txt");
		List<String> terms = terms(classifier.classify(post[0], post[1]));
		assertThat(terms).first().isEqualTo("communication de crise");
		assertThat(terms).contains("cellule de crise", "e-réputation", "rumeur");
	}

	@ParameterizedTest(name = "{0} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Tweets      | Elle relit ses tweets chaque soir.          | twitter-usage           | tweet
			Tweeter     | Il faut tweeter moins souvent.              | twitter-usage           | tweet
			Un tweet    | Un seul tweet a suffi.                      | twitter-usage           | tweet
			Suiveurs    | Nos suiveurs sont partis.                   | twitter-usage           | suiveurs
			Blogs       | Nos clients lisent des blogs chaque matin.  | corporate-blogging      | blog
			Blogueurs   | Les blogueurs de la marque arrivent demain. | corporate-blogging      | blogueur
			Un blog     | Son blog est fermé, dit le client.          | corporate-blogging      | blog
			La crise    | La crise dure depuis trois semaines.        | crisis-communication    | crise
			Les crises  | Toutes les crises finissent un jour.        | crisis-communication    | crise
			Sécurité    | Sur Facebook, la sécurité passe avant tout. | social-network-security | sécurité
			Securite    | Sur Facebook, la securite passe avant tout. | social-network-security | sécurité
			""")
	void inflectedFormStillMatches(String title, String body, String themeId, String term) {
		Classification classification = classifier.classify(title, body);
		assertThat(classification.theme()).isEqualTo(ShippedThemes.THEMES.fromId(themeId));
		assertThat(terms(classification)).containsExactly(term);
	}

	@Test
	void englishCrisisPostIsCrisisCommunication() {
		Classification classification = classifier.classify("How a carmaker handled its brake crisis",
				"When the brakes failed, the company set up a crisis team within hours. Its spokesperson answered "
						+ "every rumor on television and online, and the crisis communication plan put the chief "
						+ "executive in front of the cameras to make a public apology. Analysts say the company's "
						+ "reputation recovered within a year.");
		assertThat(classification.theme()).isEqualTo(ShippedThemes.CRISIS_COMMUNICATION);
		assertThat(terms(classification)).contains("crisis team", "crisis communication", "spokesperson",
				"rumor", "public apology");
	}

	@Test
	void englishTwitterPostIsTwitterUsage() {
		Classification classification = classifier.classify("Growing your Twitter followers",
				"Post useful tweets at regular hours, retweet your customers and use one hashtag per campaign. "
						+ "Brands that answer their mentions quickly gain followers faster than those that only "
						+ "broadcast press releases.");
		assertThat(classification.theme()).isEqualTo(ShippedThemes.TWITTER_USAGE);
		assertThat(terms(classification)).contains("twitter", "followers", "tweet", "retweet", "hashtag");
	}

	@Test
	void offTopicFrenchTextIsUnclassified() {
		Classification classification = classifier.classify("Tarte aux pommes de grand-mère",
				"Préchauffez le four à 180 degrés. Étalez la pâte brisée dans un moule beurré et piquez le fond "
						+ "avec une fourchette. Épluchez quatre pommes, coupez-les en fines lamelles et disposez-les "
						+ "en rosace. Saupoudrez de sucre vanillé, ajoutez quelques noisettes de beurre et enfournez "
						+ "pour 35 minutes. Servez tiède avec une boule de glace à la vanille.");
		assertThat(classification.theme()).isEqualTo(Theme.UNCLASSIFIED);
		assertThat(classification.score()).isZero();
		assertThat(classification.matchedTerms()).isEmpty();
		assertThat(classification.scores()).containsOnlyKeys(ShippedThemes.THEMES.scored());
	}

	// The light stemmer makes "chiffres" (figures) into the stem of "chiffrement" (encryption),
	// "réputé" (renowned) into that of "réputation" and "authentic" into that of "authentication";
	// and stop words are dropped inside a phrase: such everyday words must not decide a theme.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Les chiffres du trimestre | Les chiffres parlent d'eux-mêmes. Nous avons chiffré le budget et les chiffres de vente sont bons.
			La manifestation | Les chiffres donnés par la police et les chiffres donnés par les syndicats diffèrent encore.
			Un restaurant réputé | Ce chef réputé a ouvert une table réputée, dans un quartier réputé pour ses marchés.
			Le nouveau modèle | Les modèles réputés de la marque et les coupés réputés de la marque se vendent bien.
			An authentic voice | Readers want an authentic voice: authentic stories, told by authentic people.
			""")
	void everydayWordsThatShareAStemWithATermAreUnclassified(String title, String body) {
		Classification classification = classifier.classify(title, body);
		assertThat(classification.theme()).isEqualTo(Theme.UNCLASSIFIED);
		assertThat(classification.matchedTerms()).isEmpty();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			Messagerie | Le chiffrement de bout en bout protège les messages WhatsApp, et le chiffrement de bout en bout reste rare. | chiffrement de bout en bout | social-network-security
			Messagerie | Le cryptage des messages et le cryptage des fichiers protègent les échanges sur Messenger. | cryptage | social-network-security
			Comptes | Turn on two-factor authentication: two-factor authentication stops most Instagram account takeovers. | two-factor authentication | social-network-security
			Après le rappel | Une atteinte à la réputation se répare lentement; chaque atteinte à la réputation coûte cher. | atteinte à la réputation | crisis-communication
			Agence | La gestion de la réputation est un métier; la gestion de la réputation demande de la méthode. | gestion de la réputation | crisis-communication
			""")
	void termsKeptInPhrasesStillDecide(String title, String body, String term, String themeId) {
		Classification classification = classifier.classify(title, body);
		assertThat(classification.theme().id()).isEqualTo(themeId);
		assertThat(terms(classification)).containsExactly(term);
	}

	@Test
	void singlePassingWordDoesNotDecide() {
		Classification classification = classifier.classify("",
				"Le ministre a rappelé que la sécurité du public passait avant tout lors du défilé.");
		assertThat(classification.scoreOf(ShippedThemes.SOCIAL_NETWORK_SECURITY)).isGreaterThan(0);
		assertThat(classification.theme()).isEqualTo(Theme.UNCLASSIFIED);
	}

	@Test
	void emptyOrMissingTextIsUnclassified() {
		assertThat(classifier.classify("", "").theme()).isEqualTo(Theme.UNCLASSIFIED);
		assertThat(classifier.classify(null, null).theme()).isEqualTo(Theme.UNCLASSIFIED);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			L’usurpation d’identité | Une usurpation d’identité sur un réseau social.
			L'usurpation d'identité | Une usurpation d'identité sur un réseau social.
			""")
	void elidedArticlesMatchWithEitherApostrophe(String title, String body) {
		Classification classification = classifier.classify(title, body);
		assertThat(classification.theme()).isEqualTo(ShippedThemes.SOCIAL_NETWORK_SECURITY);
		assertThat(terms(classification)).containsExactly("usurpation d'identité");
	}

	@Test
	void scoreIsNormalisedByLength() throws IOException {
		String body = seedPost("3-reseaux-sociaux-menace.txt")[1];
		Classification once = classifier.classify("", body);
		Classification twice = classifier.classify("", body + "\n\n" + body);
		assertThat(twice.theme()).isEqualTo(once.theme());
		// twice the evidence over sqrt(twice the words): sqrt(2) times the score, not double
		assertThat(twice.score()).isCloseTo(Math.sqrt(2) * once.score(), within(1e-9))
			.isLessThan(2 * once.score());
	}

	@Test
	void titleMatchesWeighMore() {
		double inTitle = classifier.classify("crise", "le marché").scoreOf(ShippedThemes.CRISIS_COMMUNICATION);
		double inBody = classifier.classify("le marché", "crise").scoreOf(ShippedThemes.CRISIS_COMMUNICATION);
		assertThat(inTitle).isCloseTo(classifier.taxonomy().titleWeight() * inBody, within(1e-9));
	}

	@Test
	void classifiesAPost() throws IOException {
		String[] seed = seedPost("1-twitter-outil-a-manier.txt");
		Post post = new Post("seed.txt", 1, seed[0], "conseilsmarketing", LocalDate.of(2009, 3, 20), seed[1]);
		assertThat(classifier.classify(post)).isEqualTo(classifier.classify(seed[0], seed[1]));
	}

	@Test
	void phraseCountsInsteadOfItsWordsAndTiesGoToTheFirstTheme() {
		Taxonomy taxonomy = new Taxonomy(0, 1, 1, ShippedThemes.THEMES,
				Map.of(ShippedThemes.TWITTER_USAGE, List.of(new TaxonomyTerm("alpha", 3)), ShippedThemes.SOCIAL_NETWORK_SECURITY,
						List.of(new TaxonomyTerm("bêta", 3)), ShippedThemes.CRISIS_COMMUNICATION,
						List.of(new TaxonomyTerm("crise", 2), new TaxonomyTerm("communication de crise", 3))));
		try (ThemeClassifier small = new ThemeClassifier(taxonomy)) {
			Classification phrase = small.classify("", "la communication de crise");
			assertThat(phrase.matchedTerms()).containsExactly("communication de crise (3)");
			assertThat(phrase.score()).isCloseTo(3 / Math.sqrt(2), within(1e-9));

			Classification tie = small.classify("", "beta alpha");
			assertThat(tie.scoreOf(ShippedThemes.SOCIAL_NETWORK_SECURITY)).isEqualTo(tie.scoreOf(ShippedThemes.TWITTER_USAGE));
			assertThat(tie.theme()).isEqualTo(ShippedThemes.TWITTER_USAGE);
		}
	}

	@Test
	void oneClassifierServesSeveralThreads() throws Exception {
		List<Classification> expected = new ArrayList<>();
		for (String fixture : SEED) {
			String[] post = seedPost(fixture);
			expected.add(classifier.classify(post[0], post[1]));
		}
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<Classification>>> runs = new ArrayList<>();
			for (int run = 0; run < 8; run++) {
				runs.add(threads.submit(() -> {
					List<Classification> results = new ArrayList<>();
					for (int i = 0; i < 20; i++) {
						for (String fixture : SEED) {
							String[] post = seedPost(fixture);
							results.add(classifier.classify(post[0], post[1]));
						}
					}
					return results.subList(results.size() - SEED.length, results.size());
				}));
			}
			for (Future<List<Classification>> run : runs) {
				assertThat(run.get()).isEqualTo(expected);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** A fixture holds one post of the seed archive: its title line, then its body. */
	private static String[] seedPost(String fixture) throws IOException {
		try (InputStream in = ThemeClassifierTests.class.getResourceAsStream("/classify/seed/" + fixture)) {
			assertThat(in).as(fixture).isNotNull();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int endOfTitle = text.indexOf('\n');
			return new String[] { text.substring(0, endOfTitle), text.substring(endOfTitle + 1) };
		}
	}

	/** The matched terms as the taxonomy writes them, without the weight each brought. */
	private static List<String> terms(Classification classification) {
		return classification.matchedTerms().stream().map((term) -> term.replaceFirst(" \\([0-9.]+\\)$", "")).toList();
	}

	@Test
	void eachMatchedTermSaysTheWeightItBrought() {
		Classification classification = classifier.classify("Twitter pour les marques",
				"Les marques utilisent Twitter : un tweet par jour, des retweets et des abonnés fidèles sur Twitter.");

		assertThat(classification.matchedTerms()).startsWith("twitter (12)");
	}

	@Test
	void aTermDoesNotCountNearItsNegativeContext() {
		Taxonomy taxonomy = new Taxonomy(0, 1, 1, ShippedThemes.THEMES, Map.of(ShippedThemes.CRISIS_COMMUNICATION,
				List.of(new TaxonomyTerm("crise", 2, List.of("économique", "financière")))));
		try (ThemeClassifier rules = new ThemeClassifier(taxonomy)) {
			assertThat(rules.classify("", "La crise économique frappe les ménages, la crise financière aussi.").theme())
				.isEqualTo(ShippedThemes.UNCLASSIFIED);
			assertThat(rules.classify("", "La marque gère une crise après le rappel de ses produits.").theme())
				.isEqualTo(ShippedThemes.CRISIS_COMMUNICATION);
			// within five words only: further away, the economy does not take the crisis away
			assertThat(rules.classify("", "La crise de la marque a commencé sur les réseaux, bien avant que la"
					+ " conjoncture économique ne se dégrade.").theme()).isEqualTo(ShippedThemes.CRISIS_COMMUNICATION);
		}
	}

	@Test
	void aPassingMentionInALongPostCountsAFractionOnly() {
		Map<Theme, List<TaxonomyTerm>> terms = Map.of(ShippedThemes.TWITTER_USAGE, List.of(new TaxonomyTerm("twitter", 3)));
		Taxonomy withRule = new Taxonomy(0.3, 2, 1, ShippedThemes.THEMES, terms, 5,
				new Taxonomy.PassingMention(300, 60, 0.3));
		Taxonomy withoutRule = new Taxonomy(0.3, 2, 1, ShippedThemes.THEMES, terms);
		String long_ = "Un long billet sur la cuisine bretonne et ses crêpes. ".repeat(60);
		String signature = long_ + "Suivez-nous sur Twitter, twitter.com/crepes.";
		try (ThemeClassifier rules = new ThemeClassifier(withRule); ThemeClassifier plain = new ThemeClassifier(withoutRule)) {
			Classification mention = rules.classify("Les crêpes", signature);
			assertThat(mention.theme()).isEqualTo(ShippedThemes.UNCLASSIFIED);
			assertThat(mention.scoreOf(ShippedThemes.TWITTER_USAGE)).isPositive()
				.isCloseTo(0.3 * plain.classify("Les crêpes", signature).scoreOf(ShippedThemes.TWITTER_USAGE), within(1e-9));
			// spread through the post, or in its title, it is what the post is about
			String spread = "Twitter. " + long_ + "Twitter encore.";
			assertThat(rules.classify("Les crêpes", spread).scoreOf(ShippedThemes.TWITTER_USAGE))
				.isEqualTo(plain.classify("Les crêpes", spread).scoreOf(ShippedThemes.TWITTER_USAGE));
			assertThat(rules.classify("Twitter et les crêpes", signature).scoreOf(ShippedThemes.TWITTER_USAGE))
				.isEqualTo(plain.classify("Twitter et les crêpes", signature).scoreOf(ShippedThemes.TWITTER_USAGE));
			// a short post is not a long one: its one mention may be its subject
			String short_ = "Nos crêpes sur Twitter. Suivez-nous sur Twitter.";
			assertThat(rules.classify("", short_).scoreOf(ShippedThemes.TWITTER_USAGE))
				.isEqualTo(plain.classify("", short_).scoreOf(ShippedThemes.TWITTER_USAGE));
		}
	}

	@Test
	void aThemeOutsideItsContextCountsAFractionOnly() {
		Map<Theme, List<TaxonomyTerm>> terms = Map.of(ShippedThemes.SOCIAL_NETWORK_SECURITY,
				List.of(new TaxonomyTerm("mot de passe", 3), new TaxonomyTerm("phishing", 3)));
		Taxonomy withContext = new Taxonomy(0.3, 2, 1, ShippedThemes.THEMES, terms, 5, Taxonomy.PassingMention.NONE,
				Map.of(ShippedThemes.SOCIAL_NETWORK_SECURITY,
						new Taxonomy.Context(List.of("facebook", "réseaux sociaux"), 0.1)));
		Taxonomy withoutContext = new Taxonomy(0.3, 2, 1, ShippedThemes.THEMES, terms);
		String router = "Changez le mot de passe de votre box, et méfiez-vous du phishing dans vos courriels.";
		String network = "Changez le mot de passe de votre compte, et méfiez-vous du phishing sur les Réseaux Sociaux.";
		try (ThemeClassifier rules = new ThemeClassifier(withContext); ThemeClassifier plain = new ThemeClassifier(withoutContext)) {
			Classification general = rules.classify("Sécuriser sa box", router);
			assertThat(general.theme()).isEqualTo(ShippedThemes.UNCLASSIFIED);
			assertThat(general.scoreOf(ShippedThemes.SOCIAL_NETWORK_SECURITY)).isPositive()
				.isCloseTo(0.1 * plain.classify("Sécuriser sa box", router).scoreOf(ShippedThemes.SOCIAL_NETWORK_SECURITY),
						within(1e-9));
			// a phrase of the context, in any inflection, or a word of it in the title, is enough
			assertThat(rules.classify("", network).scoreOf(ShippedThemes.SOCIAL_NETWORK_SECURITY))
				.isEqualTo(plain.classify("", network).scoreOf(ShippedThemes.SOCIAL_NETWORK_SECURITY));
			assertThat(rules.classify("", network).theme()).isEqualTo(ShippedThemes.SOCIAL_NETWORK_SECURITY);
			assertThat(rules.classify("Facebook et vous", router).scoreOf(ShippedThemes.SOCIAL_NETWORK_SECURITY))
				.isEqualTo(plain.classify("Facebook et vous", router).scoreOf(ShippedThemes.SOCIAL_NETWORK_SECURITY));
			// "réseaux" alone is not the phrase
			assertThat(rules.classify("", router + " Nos réseaux.").theme()).isEqualTo(ShippedThemes.UNCLASSIFIED);
		}
	}

	@Test
	void aTermOfOneLanguageIsLookedForInItsPostsOnly() {
		Taxonomy taxonomy = new Taxonomy(0, 1, 1, ShippedThemes.THEMES, Map.of(ShippedThemes.CRISIS_COMMUNICATION,
				List.of(new TaxonomyTerm("reputation", 2, List.of(), "en"))));
		try (ThemeClassifier rules = new ThemeClassifier(taxonomy)) {
			assertThat(rules.classify("", "The brand's reputation took a hit after the recall.", "en").theme())
				.isEqualTo(ShippedThemes.CRISIS_COMMUNICATION);
			// stemmed as French, "réputé" (renowned) is "reputation"'s stem
			assertThat(rules.classify("", "Ce chef réputé a ouvert une table réputée.", "fr").theme())
				.isEqualTo(ShippedThemes.UNCLASSIFIED);
			assertThat(rules.classify("", "Une réputation se construit lentement.", "fr").matchedTerms()).isEmpty();
		}
	}

	@Test
	void eachPostIsAnalysedInItsLanguage() {
		Taxonomy taxonomy = new Taxonomy(0, 1, 1, ShippedThemes.THEMES,
				Map.of(ShippedThemes.CORPORATE_BLOGGING, List.of(new TaxonomyTerm("company", 2))));
		try (ThemeClassifier rules = new ThemeClassifier(taxonomy)) {
			// English plurals go through the English stemmer: companies is company
			assertThat(rules.classify("", "The companies of the sector and their blogs.").matchedTerms())
				.containsExactly("company (2)");
			// the export's own language decides, whatever the words
			assertThat(LanguageGuess.of("fr-FR", "", "The companies of the sector")).isEqualTo(TextLanguage.FRENCH);
			assertThat(LanguageGuess.of(null, "Les blogs des entreprises", "et leurs lecteurs")).isEqualTo(TextLanguage.FRENCH);
			assertThat(LanguageGuess.of(null, "", "The blogs of the companies and their readers"))
				.isEqualTo(TextLanguage.ENGLISH);
		}
	}

}
