package org.socialreports.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes synthetic archives in the text-dump format: posts made of French sentences from the
 * four themes and from off-topic subjects, by a dozen authors, over six years. The same seed
 * always gives the same bytes, so benchmarks and crash tests compare like with like.
 * <p>
 * Or as an X archive's tweets ({@link #writeTweets}): about 200 characters each, the
 * {@code data/tweets.js}, {@code data/tweets-part1.js}… of a downloaded archive.
 * <p>
 * Run as a program: {@code SyntheticArchive <folder> <posts> <files> [seed] [text|tweets]}.
 */
public final class SyntheticArchive {

	static final List<String> AUTHORS = List.of("Yann Gourvennec", "conseilsmarketing", "Hervé Kabla",
			"Laurent Magloire", "Didier Heiderich", "Frédéric Cavazza", "Sophie Delattre", "Émilie Ogez",
			"Thomas Parisot", "Christophe Ducamp", "Anne-Laure Raffestin", "Cédric Deniaud");

	static final String[] MONTHS = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
			"septembre", "octobre", "novembre", "décembre" };

	private static final String[][] TITLES = {
			{ "Twitter, un outil à manier avec précautions", "Quel usage professionnel pour Twitter ?",
					"Combien de tweets par jour pour une marque ?", "Les hashtags au service de l'événementiel",
					"Retweets et abonnés : mesurer son audience" },
			{ "Réseaux sociaux : menace ou opportunité ?", "Usurpation d'identité sur Facebook",
					"Mots de passe et ingénierie sociale", "Protéger ses données personnelles en ligne",
					"Hameçonnage : les nouvelles attaques" },
			{ "Les blogs d'entreprise ont-ils un avenir ?", "Orange Business Services à l'heure du social media",
					"Lancer le blog de sa marque", "Le Blog Council et la confiance",
					"Ligne éditoriale d'un blog corporate" },
			{ "Communication de crise : les leçons d'une affaire", "Bad buzz : comment réagir ?",
					"La cellule de crise face aux rumeurs", "E-réputation d'une banque après le scandale",
					"Gérer une crise sur Internet" },
			{ "Recette de la tarte aux pommes", "Nos vacances en Bretagne", "Le match de samedi soir",
					"Jardiner au printemps", "Critique du dernier film de la saison" } };

	private static final String[][] SENTENCES = {
			{ "Twitter permet de communiquer directement avec ses clients et de gagner en réactivité.",
					"Les abonnés attendent des tweets personnalisés plutôt que des flux RSS automatiques.",
					"Un hashtag bien choisi fait circuler les messages bien au-delà des suiveurs.",
					"Les retweets des influenceurs donnent de la portée à une opération de buzz marketing.",
					"Tweeter plusieurs fois par jour demande une vraie ligne éditoriale." },
			{ "La sécurité des réseaux sociaux passe d'abord par la protection des identités.",
					"L'ingénierie sociale permet de voler un mot de passe sans aucune technique.",
					"Les pirates exploitent les informations personnelles publiées sur les profils.",
					"Une faille de sécurité expose les données privées de milliers d'utilisateurs.",
					"L'hameçonnage vise les comptes Facebook pour usurper l'identité de leurs propriétaires." },
			{ "Le blog d'entreprise donne la parole aux experts de la marque.",
					"Nos blogueurs publient chaque semaine sur la stratégie social media du groupe.",
					"Un blog corporate construit la confiance avec les clients sur la durée.",
					"La direction de la communication anime désormais plusieurs blogs d'entreprise.",
					"Les billets du blog sont relus par l'équipe éditoriale avant publication." },
			{ "La communication de crise exige de réagir vite face aux rumeurs.",
					"La cellule de crise a sous-estimé le rôle d'Internet dans l'amplification du scandale.",
					"Un bad buzz peut ruiner l'e-réputation d'une marque en quelques heures.",
					"Le directeur de la communication a dû répondre aux journalistes pendant toute la crise.",
					"Les médias traditionnels et le Web se sont amplifiés mutuellement pendant l'affaire." },
			{ "Il faut éplucher les pommes puis les couper en fines lamelles.",
					"Le temps était splendide et la plage presque déserte.", "L'équipe a marqué deux buts en fin de match.",
					"Les tomates se plantent après les dernières gelées.",
					"Le scénario est prévisible mais les acteurs sont excellents." } };

	private static final String[] FILLER = { "Nous y reviendrons dans un prochain article.",
			"Cette analyse s'appuie sur plusieurs exemples récents.", "Les chiffres parlent d'eux-mêmes.",
			"Chacun pourra en tirer ses propres conclusions.", "Le sujet mérite d'être approfondi.",
			"Merci à tous les lecteurs qui ont commenté le précédent billet." };

	private SyntheticArchive() {
	}

	/** Writes {@code posts} posts spread evenly over {@code files} files of {@code folder}. */
	public static void write(Path folder, int posts, int files, long seed) throws IOException {
		Files.createDirectories(folder);
		SplittableRandom random = new SplittableRandom(seed);
		int written = 0;
		for (int file = 0; file < files; file++) {
			int inThisFile = posts / files + ((file < posts % files) ? 1 : 0);
			Path path = folder.resolve(String.format("archive-%03d.txt", file + 1));
			try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
				for (int i = 0; i < inThisFile; i++) {
					writePost(out, random, written++);
				}
			}
		}
	}

	/**
	 * Writes {@code posts} tweets spread evenly over {@code files} parts of an X archive in
	 * {@code folder} ({@code data/tweets.js}, {@code data/tweets-part1.js}…, one line a tweet as
	 * X writes them, with its {@code data/account.js}): a sentence or two of a theme, a hashtag,
	 * now and then a t.co link, likes and retweets.
	 */
	public static void writeTweets(Path folder, int posts, int files, long seed) throws IOException {
		Path data = Files.createDirectories(folder.resolve("data"));
		Files.writeString(data.resolve("account.js"), "window.YTD.account.part0 = [ {\n  \"account\" : {\n"
				+ "    \"username\" : \"ygourven\",\n    \"accountDisplayName\" : \"Yann Gourvennec\"\n  }\n} ]\n");
		SplittableRandom random = new SplittableRandom(seed);
		int written = 0;
		for (int file = 0; file < files; file++) {
			int inThisFile = posts / files + ((file < posts % files) ? 1 : 0);
			Path path = data.resolve((file == 0) ? "tweets.js" : "tweets-part" + file + ".js");
			try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
				out.write("window.YTD.tweets.part" + file + " = [");
				for (int i = 0; i < inThisFile; i++) {
					out.write((i == 0) ? "\n" : ",\n");
					writeTweet(out, random, written++);
				}
				out.write("\n]\n");
			}
		}
	}

	private static final String[] HASHTAGS = { "#socialmedia", "#twitter", "#securite", "#blog", "#crise", "#marketing" };

	private static final String[] WEEKDAYS = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

	private static final String[] MONTH_ABBREVIATIONS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
			"Oct", "Nov", "Dec" };

	private static void writeTweet(BufferedWriter out, SplittableRandom random, int number) throws IOException {
		int theme = random.nextInt(5);
		StringBuilder text = new StringBuilder(SENTENCES[theme][random.nextInt(SENTENCES[theme].length)]);
		if (random.nextBoolean()) {
			text.append(' ').append(SENTENCES[theme][random.nextInt(SENTENCES[theme].length)]);
		}
		text.append(' ').append(HASHTAGS[random.nextInt(HASHTAGS.length)]);
		boolean link = random.nextInt(4) == 0;
		if (link) {
			text.append(" https://t.co/a").append(Integer.toString(number, 36));
		}
		LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(12 * 365));
		String id = Long.toString(1_000_000_000_000_000L + number);
		out.write("  {\n    \"tweet\" : {\n      \"retweeted\" : false,\n      \"entities\" : {\n        \"hashtags\" : [ ],\n"
				+ "        \"urls\" : [ " + (link ? "{\n          \"url\" : \"https://t.co/a" + Integer.toString(number, 36)
						+ "\",\n          \"expanded_url\" : \"https://example.com/billet/" + number + "\"\n        }" : "")
				+ " ]\n      },\n      \"favorite_count\" : \"" + random.nextInt(50) + "\",\n      \"id_str\" : \"" + id
				+ "\",\n      \"retweet_count\" : \"" + random.nextInt(10) + "\",\n      \"created_at\" : \""
				+ WEEKDAYS[date.getDayOfWeek().getValue() - 1] + " " + MONTH_ABBREVIATIONS[date.getMonthValue() - 1] + " "
				+ String.format("%02d", date.getDayOfMonth()) + " 10:15:00 +0000 " + date.getYear()
				+ "\",\n      \"full_text\" : \"" + text.toString().replace("\"", "\\\"") + "\",\n      \"lang\" : \"fr\"\n    }\n  }");
	}

	private static void writePost(BufferedWriter out, SplittableRandom random, int number) throws IOException {
		// one post in five is off-topic, the rest spread over the four themes
		int theme = random.nextInt(5);
		String title = TITLES[theme][random.nextInt(TITLES[theme].length)] + " (" + (number + 1) + ")";
		String author = AUTHORS.get(random.nextInt(AUTHORS.size()));
		LocalDate date = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6 * 365));
		out.write(title);
		out.write("\n\n");
		// 4 to 7 paragraphs of 3 to 6 sentences: about 1.8 KB a post, the 1.8 GB for a million
		int paragraphs = 4 + random.nextInt(4);
		for (int p = 0; p < paragraphs; p++) {
			int sentences = 3 + random.nextInt(4);
			for (int s = 0; s < sentences; s++) {
				String[] pool = (random.nextInt(3) == 0) ? FILLER : SENTENCES[theme];
				out.write(pool[random.nextInt(pool.length)]);
				out.write(' ');
			}
			out.write("\n\n");
		}
		out.write(title + " was last modified: " + MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth()
				+ ordinal(date.getDayOfMonth()) + ", " + date.getYear() + " by " + author + "\n\n");
	}

	private static String ordinal(int day) {
		if (day >= 11 && day <= 13) {
			return "th";
		}
		return switch (day % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: SyntheticArchive <folder> <posts> <files> [seed] [text|tweets]");
			System.exit(2);
		}
		long seed = (args.length > 3) ? Long.parseLong(args[3]) : 2009L;
		if (args.length > 4 && args[4].equals("tweets")) {
			writeTweets(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), seed);
		}
		else {
			write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), seed);
		}
	}

}
