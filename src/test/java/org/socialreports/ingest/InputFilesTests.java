package org.socialreports.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing outside the input folder is read: symbolic links are passed over, each with a line
 * of the log naming it and its target.
 */
@ExtendWith(OutputCaptureExtension.class)
class InputFilesTests {

	@TempDir
	Path input;

	@TempDir
	Path outside;

	@Test
	void listsTheRegularFilesInNameOrderWithoutHiddenOnes() throws IOException {
		write("b/z.txt");
		write("a.txt");
		write(".git/config");
		write("b/.swap.txt");

		assertThat(InputFiles.list(this.input)).extracting((file) -> InputFiles.sourceName(realInput(), file))
			.containsExactly("a.txt", "b/z.txt");
	}

	@Test
	void aLinkToAFileOutsideTheFolderIsNotRead(CapturedOutput output) throws IOException {
		write("a.txt");
		Path secret = Files.writeString(this.outside.resolve("secret.txt"), "not for the report");
		Files.createSymbolicLink(this.input.resolve("looks-fine.txt"), secret);
		Files.createSymbolicLink(this.input.resolve("shadow"), Path.of("/etc/shadow"));

		assertThat(InputFiles.list(this.input)).extracting((file) -> InputFiles.sourceName(realInput(), file))
			.containsExactly("a.txt");
		assertThat(output).contains("Passed over the symbolic link \"looks-fine.txt\" -> \"" + secret
				+ "\": it leads outside the input folder, whose files alone are read");
		assertThat(output).contains("Passed over the symbolic link \"shadow\" -> \"/etc/shadow\"");
	}

	@Test
	void linksToFoldersAndLoopsAreNotFollowedButSaid(CapturedOutput output) throws IOException {
		write("sub/a.txt");
		Files.createSymbolicLink(this.input.resolve("sub/loop"), this.input);
		Files.createSymbolicLink(this.input.resolve("elsewhere"), this.outside);
		write("sub/b.txt");
		Files.createSymbolicLink(this.input.resolve("again.txt"), this.input.resolve("sub/b.txt"));
		Files.createSymbolicLink(this.input.resolve("dangling.txt"), this.input.resolve("gone.txt"));

		assertThat(InputFiles.list(this.input)).extracting((file) -> InputFiles.sourceName(realInput(), file))
			.containsExactly("sub/a.txt", "sub/b.txt");
		assertThat(output).contains("\"sub/loop\" -> \"" + this.input + "\": links to folders are not followed")
			.contains("\"elsewhere\" -> \"" + this.outside + "\": it leads outside the input folder")
			.contains("\"again.txt\" -> \"" + this.input.resolve("sub/b.txt")
					+ "\": links are not followed; its target is read under its own name")
			.contains("\"dangling.txt\" -> \"" + this.input.resolve("gone.txt") + "\": its target does not exist");
	}

	@Test
	void aFileThatBecameALinkSinceItWasListedIsNotRead() throws IOException {
		Path file = write("a.txt");
		Files.delete(file);
		Files.createSymbolicLink(file, Path.of("/etc/passwd"));

		assertThat(InputFiles.whyUnreadable(file))
			.contains("it is no longer a file (a symbolic link or a folder now); links are not followed");
	}

	private Path realInput() {
		try {
			return this.input.toRealPath();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Path write(String name) throws IOException {
		Path file = this.input.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "Titre\nTexte.\n");
	}

}
