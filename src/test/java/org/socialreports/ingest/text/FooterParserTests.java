package org.socialreports.ingest.text;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FooterParserTests {

	@ParameterizedTest
	@ValueSource(strings = { "Titre was last modified: mars 20th, 2009 by Anne", " was last modified: mars",
			"was last modified:", "Titre WAS LAST MODIFIED : x" })
	void recognisesFooters(String line) {
		assertThat(FooterParser.isFooter(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Titre", "the page was last modified on 3 May", "unwas last modified: mars 20th, 2009" })
	void ignoresOtherLines(String line) {
		assertThat(FooterParser.isFooter(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\t\twas last modified: ", "T was last modified:", "T was last modified: mai 1st, 2010 by",
			"T was last modified: mai 1st, 2010 BY\u00A0" })
	void footerMayContinueOnNextLines(String line) {
		assertThat(FooterParser.mayContinue(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "T was last modified: mai 1st, 2010", "T was last modified: mai 1st, 2010 by A",
			"T was last modified: mai 1st, 2010 by Abby" })
	void completeOrUnfinishableFooters(String line) {
		assertThat(FooterParser.mayContinue(line)).isFalse();
	}

	@Test
	void readsTitleDateAndAuthor() {
		assertThat(FooterParser.parse("Société Générale : 1 an après Kerviel, le bilan was last modified: mars 10th, 2009 "
				+ "by Yann Gourvennec"))
			.isEqualTo(new FooterLine("Société Générale : 1 an après Kerviel, le bilan", LocalDate.of(2009, 3, 10),
					"Yann Gourvennec"));
	}

	@Test
	void tabsAndNonBreakingSpacesCountAsSpaces() {
		assertThat(FooterParser.parse("Bad\u00A0buzz\twas\u202Flast modified:\u00A0mars\t10th,\u00A02009 by\u00A0Yann"))
			.isEqualTo(new FooterLine("Bad buzz", LocalDate.of(2009, 3, 10), "Yann"));
	}

	@Test
	void markupKeptByTheDumpIsReadAsText() {
		assertThat(FooterParser.parse("<div class=\"hatom-extra\"><span class=\"title\">Tips &#038; Tricks</span> was last"
				+ " modified: <span class=\"updated\"> January 21st, 2018</span> by <span class=\"author vcard\">"
				+ "<span class=\"fn\">Stephanie</span></span></div>"))
			.isEqualTo(new FooterLine("Tips & Tricks", LocalDate.of(2018, 1, 21), "Stephanie"));
		assertThat(FooterParser.parse("Tom & Jerry was last modified: mai 1st, 2010 by A"))
			.isEqualTo(new FooterLine("Tom & Jerry", LocalDate.of(2010, 5, 1), "A"));
	}

	@Test
	void authorMayContainByAndCommas() {
		assertThat(FooterParser.parse("T was last modified: June 5th, 2015 by Marc T., stand by me"))
			.isEqualTo(new FooterLine("T", LocalDate.of(2015, 6, 5), "Marc T., stand by me"));
	}

	@Test
	void lastMarkerIsTheFooters() {
		assertThat(FooterParser.parse("Why was last modified: matters was last modified: mai 1st, 2010 by A"))
			.isEqualTo(new FooterLine("Why was last modified: matters", LocalDate.of(2010, 5, 1), "A"));
	}

	@Test
	void unknownMonth() {
		assertThat(FooterParser.parse("T was last modified: Brumaire 1st, 2010 by A"))
			.isEqualTo(new FooterParser.Unreadable("unknown month 'Brumaire'"));
	}

	@Test
	void impossibleDate() {
		assertThat(FooterParser.parse("T was last modified: fevrier 30th, 2010 by A"))
			.isEqualTo(new FooterParser.Unreadable("impossible date 'fevrier 30th, 2010'"));
	}

	@Test
	void leapDay() {
		assertThat(FooterParser.parse("T was last modified: février 29th, 2008 by A"))
			.isEqualTo(new FooterLine("T", LocalDate.of(2008, 2, 29), "A"));
	}

}
