package org.socialreports.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The input folders the stores know, each under a number of its own. Two runs on two folders
 * of one database keep their posts apart: a file {@code blog.txt} of one is not the
 * {@code blog.txt} of the other, and each report covers its own folder.
 */
public class InputFolders {

	/** The longest path a folder may have, as the table keeps it. */
	static final int MAX_PATH_CHARS = 1024;

	private final JdbcTemplate jdbc;

	public InputFolders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The folder as the stores know it, numbered on its first run. A folder is known by its
	 * real path, so that two ways of naming it (a link, {@code ..}) are the same folder.
	 * @throws UncheckedIOException when the folder does not exist
	 */
	public InputFolder resolve(Path folder) {
		Path real;
		try {
			real = folder.toRealPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot resolve the input folder " + folder, ex);
		}
		String path = real.toString();
		if (path.length() > MAX_PATH_CHARS) {
			throw new IllegalArgumentException(
					"the input folder's path is longer than " + MAX_PATH_CHARS + " characters: " + LogText.quote(path));
		}
		Integer id = find(path);
		if (id == null) {
			try {
				this.jdbc.update("INSERT INTO input_folder (path) VALUES (?)", path);
			}
			catch (DuplicateKeyException ex) {
				// another run on a shared database named it first
			}
			id = find(path);
		}
		return new InputFolder(id, real);
	}

	private Integer find(String path) {
		List<Integer> ids = this.jdbc.queryForList("SELECT id FROM input_folder WHERE path = ?", Integer.class, path);
		return ids.isEmpty() ? null : ids.get(0);
	}

}
