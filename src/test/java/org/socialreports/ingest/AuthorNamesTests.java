package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuthorNamesTests {

	@TempDir
	Path folder;

	@Test
	void handlesAndDisplayNamesOfOnePersonGiveOneName() throws IOException {
		AuthorNames names = load("""
				Hervé Kabla:
				  - "@hkabla"
				  - Hervé Kabla (LinkedIn)
				  - hkabla@mastodon.social
				""");

		assertThat(names.of("@hkabla")).isEqualTo("Hervé Kabla");
		assertThat(names.of("HKabla")).as("case and a missing @ do not matter").isEqualTo("Hervé Kabla");
		assertThat(names.of(" Hervé Kabla (LinkedIn) ")).isEqualTo("Hervé Kabla");
		assertThat(names.of("hervé kabla")).isEqualTo("Hervé Kabla");
		assertThat(names.of("Yann Gourvennec")).as("anyone else keeps their name").isEqualTo("Yann Gourvennec");
	}

	@Test
	void noFileNoMapping() {
		assertThat(AuthorNames.load(this.folder.resolve("authors.yml"))).isSameAs(AuthorNames.NONE);
	}

	@Test
	void aNameGivenToTwoPeopleIsAMistakeSaidInOneLine() throws IOException {
		Files.writeString(this.folder.resolve("authors.yml"), "Anne:\n  - \"@ab\"\nBruno:\n  - ab\n");

		assertThatIllegalArgumentException().isThrownBy(() -> AuthorNames.load(this.folder.resolve("authors.yml")))
			.withMessageEndingWith("authors.yml: 'ab' is given to both 'Anne' and 'Bruno'")
			.withMessageNotContaining("\n");
	}

	@Test
	void namesMustBeAList() throws IOException {
		Files.writeString(this.folder.resolve("authors.yml"), "Anne: ab\n");

		assertThatIllegalArgumentException().isThrownBy(() -> AuthorNames.load(this.folder.resolve("authors.yml")))
			.withMessageEndingWith("the names of 'Anne' must be a list (- one per line)");
	}

	private AuthorNames load(String yaml) throws IOException {
		return AuthorNames.load(Files.writeString(this.folder.resolve("authors.yml"), yaml));
	}

}
