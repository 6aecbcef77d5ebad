package org.socialreports.classify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TaxonomyLoaderTests {

	private static final String VALID = """
			threshold: 0.3
			title-weight: 2
			min-matches: 2
			themes:
			  twitter-usage: {twitter: 3, tweet: 3}
			  social-network-security: {sécurité: 2, "mot de passe": 3}
			  corporate-blogging: {blog: 1}
			  crisis-communication: {crise: 2}
			""";

	@Test
	void shippedTaxonomyHasAllFourThemesWithAGeneralVocabulary() {
		Taxonomy taxonomy = TaxonomyLoader.load(Path.of("jobs/taxonomy.yml"));
		assertThat(taxonomy.themes().scored()).extracting(Theme::id).containsExactly("twitter-usage",
				"social-network-security", "corporate-blogging", "crisis-communication");
		assertThat(taxonomy.themes().fromId("corporate-blogging").label(Locale.FRENCH)).isEqualTo("Blogs d’entreprise");
		for (Theme theme : ShippedThemes.THEMES.scored()) {
			assertThat(taxonomy.termsOf(theme)).as(theme.id()).hasSizeBetween(25, 120);
		}
		assertThat(taxonomy.threshold()).isPositive();
		assertThat(taxonomy.titleWeight()).isGreaterThan(1);
		assertThat(taxonomy.minMatches()).isGreaterThanOrEqualTo(1);
		assertThat(taxonomy.termsOf(ShippedThemes.CRISIS_COMMUNICATION)).contains(new TaxonomyTerm("communication de crise", 3));
	}

	@Test
	void readsSettingsAndTermsInTheFileOrder() {
		Taxonomy taxonomy = load(VALID);
		assertThat(taxonomy.threshold()).isEqualTo(0.3);
		assertThat(taxonomy.titleWeight()).isEqualTo(2);
		assertThat(taxonomy.minMatches()).isEqualTo(2);
		assertThat(taxonomy.termsOf(ShippedThemes.SOCIAL_NETWORK_SECURITY)).containsExactly(new TaxonomyTerm("sécurité", 2),
				new TaxonomyTerm("mot de passe", 3));
	}

	@Test
	void minMatchesIsOptional() {
		assertThat(load(VALID.replace("min-matches: 2\n", "")).minMatches()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			crisis-communication:   | Crisis Comms:           | theme id 'Crisis Comms' must be lower-case letters, digits and dashes, such as influencer-marketing
			crisis-communication:   | unclassified:           | 'unclassified' is the theme of posts that match none: it takes no terms
			crise: 2                | crise: -1               | weight of 'crise' in theme 'crisis-communication' must be a number more than zero, got '-1'
			crise: 2                | crise: 0                | weight of 'crise' in theme 'crisis-communication' must be a number more than zero, got '0'
			crise: 2                | crise: lots             | weight of 'crise' in theme 'crisis-communication' must be a number more than zero, got 'lots'
			crise: 2                | no: 2                   | term 'false' in theme 'crisis-communication' must be text: put it in quotes
			{blog: 1}               | {}                      | theme 'corporate-blogging' has no terms
			{blog: 1}               | blog                    | theme 'corporate-blogging' must be a mapping
			{crise: 2}              | {terms: {crise: 2}, color: blue} | unknown setting 'color' of theme 'crisis-communication' (expected colour, context, labels, terms)
			{crise: 2}              | {terms: {crise: 2}, colour: blue} | colour of theme 'crisis-communication' must be written #RRGGBB, in quotes, not 'blue'
			{crise: 2}              | {terms: {crise: 2}, labels: {en: 3}} | label 'en' of theme 'crisis-communication' must be text
			{crise: 2}              | "{terms: {crise: 2}, context: {words: [marque], otherwise: 2}}" | otherwise in the context of theme 'crisis-communication' must be a fraction from 0 to 1, got 2.0
			{crise: 2}              | "{terms: {crise: 2}, context: {words: []}}" | the context of theme 'crisis-communication' must list its words, such as words: [facebook, réseaux sociaux]
			{crise: 2}              | "{terms: {crise: 2}, context: {word: [marque]}}" | unknown setting 'word' of the context of theme 'crisis-communication' (expected otherwise, words)
			{crise: 2}              | "{terms: {crise: 2}, context: [marque]}" | context of theme 'crisis-communication' must be a mapping
			crise: 2                | "crise: {weight: 2, not-near: économique}" | not-near of 'crise' in theme 'crisis-communication' must be a list of words
			crise: 2                | "crise: {weight: 2, near: [x]}" | unknown setting 'near' of term 'crise' in theme 'crisis-communication' (expected language, not-near, weight)
			crise: 2                | "crise: {weight: 2, language: de}" | language of 'crise' in theme 'crisis-communication' must be one of [fr, en], got 'de'
			"min-matches: 2\n"      | "min-matches: 2\npassing-mention: {longer-than: 300, within: 60, counts: 2}\n" | passing-mention: counts must be a fraction from 0 to 1, got 2.0
			"min-matches: 2\n"      | "min-matches: 2\nnear-words: 0\n" | near-words must be a whole number of at least 1, got 0
			themes:                 | topics:                 | unknown setting 'topics'
			"threshold: 0.3\n"      | ""                      | missing setting 'threshold'
			title-weight: 2         | title-weight: heavy     | setting 'title-weight' must be a number, got 'heavy'
			title-weight: 2         | title-weight: 0         | title-weight must be more than zero
			threshold: 0.3          | threshold: -1           | threshold must not be negative
			min-matches: 2          | min-matches: 1.5        | min-matches must be a whole number of at least 1
			{twitter: 3, tweet: 3}  | {twitter: 3, twitter: 1} | not valid YAML at line 5: found duplicate key twitter
			{blog: 1}               | {blog: 1                | not valid YAML at line
			""")
	void badTaxonomyIsRejectedWithAOneLineMessage(String from, String to, String problem) {
		String yaml = VALID.replace(from.translateEscapes(), to.translateEscapes());
		assertThat(yaml).isNotEqualTo(VALID);
		assertThatIllegalArgumentException().isThrownBy(() -> load(yaml))
			.withMessageStartingWith("test-taxonomy.yml: " + problem)
			.withMessageNotContaining("\n");
	}

	@Test
	void aThemeHasLabelsAndAColourOrTheDefaults() {
		Taxonomy taxonomy = load("""
				threshold: 0.3
				title-weight: 2
				themes:
				  influencer-marketing:
				    labels: {en: Influencer marketing, fr: Marketing d'influence}
				    colour: "#AA3377"
				    terms: {influenceur: 3, influencer: 3}
				  crisis-communication: {crise: 2}
				  customer-care:
				    terms: {"service client": 3}
				""");

		assertThat(taxonomy.themes().scored()).extracting(Theme::id)
			.containsExactly("influencer-marketing", "crisis-communication", "customer-care");
		Theme influencers = taxonomy.themes().fromId("influencer-marketing");
		assertThat(influencers.label(Locale.FRENCH)).isEqualTo("Marketing d'influence");
		assertThat(influencers.label(Locale.GERMAN)).as("English when the language has none").isEqualTo("Influencer marketing");
		assertThat(influencers.rgb()).isEqualTo(0xAA3377);
		// a theme of an older file keeps the labels it had; one without labels is shown under its id
		assertThat(taxonomy.themes().fromId("crisis-communication").label(Locale.FRENCH)).isEqualTo("Communication de crise");
		assertThat(taxonomy.themes().fromId("customer-care").label(Locale.ENGLISH)).isEqualTo("customer-care");
		assertThat(taxonomy.themes().scored()).extracting(Theme::rgb).doesNotHaveDuplicates();
		assertThat(taxonomy.termsOf(taxonomy.themes().fromId("customer-care")))
			.containsExactly(new TaxonomyTerm("service client", 3));
	}

	@Test
	void aTermMayHaveNegativeContextsAndATaxonomyAPassingMentionRule() {
		Taxonomy taxonomy = load(VALID.replace("crise: 2", "crise: {weight: 2, not-near: [économique, \"plan de relance\"]}")
			.replace("min-matches: 2\n", "min-matches: 2\nnear-words: 4\npassing-mention: {longer-than: 250, within: 40, counts: 0.5}\n"));

		assertThat(taxonomy.termsOf(taxonomy.themes().fromId("crisis-communication")))
			.containsExactly(new TaxonomyTerm("crise", 2, List.of("économique", "plan de relance")));
		assertThat(load(VALID.replace("crise: 2", "crise: {weight: 2, language: fr}"))
			.termsOf(ShippedThemes.CRISIS_COMMUNICATION)).containsExactly(new TaxonomyTerm("crise", 2, List.of(), "fr"));
		assertThat(taxonomy.nearWords()).isEqualTo(4);
		assertThat(taxonomy.passingMention()).isEqualTo(new Taxonomy.PassingMention(250, 40, 0.5));
		assertThat(load(VALID).passingMention()).isEqualTo(Taxonomy.PassingMention.NONE);
	}

	@Test
	void aThemeMayHaveAContext() {
		Taxonomy taxonomy = load(VALID
			.replace("{sécurité: 2, \"mot de passe\": 3}",
					"\n    context: {words: [facebook, \"réseaux sociaux\"], otherwise: 0.1}\n    terms: {sécurité: 2}")
			.replace("{crise: 2}", "{terms: {crise: 2}, context: {words: [marque]}}"));

		assertThat(taxonomy.contextOf(ShippedThemes.SOCIAL_NETWORK_SECURITY))
			.isEqualTo(new Taxonomy.Context(List.of("facebook", "réseaux sociaux"), 0.1));
		assertThat(taxonomy.contextOf(ShippedThemes.CRISIS_COMMUNICATION)).as("nothing elsewhere unless said")
			.isEqualTo(new Taxonomy.Context(List.of("marque"), 0));
		assertThat(taxonomy.contextOf(ShippedThemes.TWITTER_USAGE)).isNull();
	}

	@Test
	void atMostTwelveThemes() {
		StringBuilder yaml = new StringBuilder("threshold: 0.3\ntitle-weight: 2\nthemes:\n");
		for (int theme = 1; theme <= 13; theme++) {
			yaml.append("  theme-").append(theme).append(": {mot").append(theme).append(": 1}\n");
		}

		assertThatIllegalArgumentException().isThrownBy(() -> load(yaml.toString()))
			.withMessage("test-taxonomy.yml: section 'themes' defines 13 themes, at most 12 are allowed"
					+ " (no chart stays legible with more)");
	}

	@Test
	void missingThemesSectionIsRejected() {
		String yaml = VALID.substring(0, VALID.indexOf("themes:"));
		assertThatIllegalArgumentException().isThrownBy(() -> load(yaml))
			.withMessage("test-taxonomy.yml: missing section 'themes'");
	}

	@Test
	void emptyFileIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> load("# nothing yet\n"))
			.withMessage("test-taxonomy.yml: the file is empty");
	}

	@Test
	void messagesNameTheFileLoadedFromAPath(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("taxonomy.yml");
		Files.writeString(file, VALID.replace("crise: 2", "crise: -2"));
		assertThatIllegalArgumentException().isThrownBy(() -> TaxonomyLoader.load(file))
			.withMessageStartingWith(file + ": weight of 'crise'");
		assertThatIllegalArgumentException().isThrownBy(() -> TaxonomyLoader.load(dir.resolve("missing.yml")))
			.withMessage(dir.resolve("missing.yml") + ": taxonomy file not found");
	}

	@Test
	void termsThatCanNeverMatchOrRepeatAnotherAreRejected(@TempDir Path dir) throws IOException {
		Path stopWordsOnly = dir.resolve("stop-words.yml");
		Files.writeString(stopWordsOnly, VALID.replace("{blog: 1}", "{blog: 1, \"de la\": 1}"));
		assertThatIllegalArgumentException().isThrownBy(() -> ThemeClassifier.fromFile(stopWordsOnly))
			.withMessage(stopWordsOnly + ": term 'de la' of theme 'corporate-blogging' has only stop words, "
					+ "so it can never match");
		Path stopContext = dir.resolve("stop-context.yml");
		Files.writeString(stopContext, VALID.replace("{blog: 1}", "{terms: {blog: 1}, context: {words: [entreprise, \"à la\"]}}"));
		assertThatIllegalArgumentException().isThrownBy(() -> ThemeClassifier.fromFile(stopContext))
			.withMessage(stopContext + ": context word 'à la' of theme 'corporate-blogging' has only stop words, "
					+ "so it can never be found");
		Path twice = dir.resolve("twice.yml");
		Files.writeString(twice, VALID.replace("{blog: 1}", "{blog: 1, blogs: 2}"));
		assertThatIllegalArgumentException().isThrownBy(() -> ThemeClassifier.fromFile(twice))
			.withMessageStartingWith(twice + ": terms 'blog' and 'blogs' of theme 'corporate-blogging' are the same");
	}

	private static Taxonomy load(String yaml) {
		return TaxonomyLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test-taxonomy.yml");
	}

}
