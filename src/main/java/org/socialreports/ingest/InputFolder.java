package org.socialreports.ingest;

import java.nio.file.Path;

/**
 * An input folder the job has read, as the stores know it: every stored post, reject and file
 * belongs to one, so that a report covers the folder it was asked for and no other.
 *
 * @param id the folder's key in the stores
 * @param path the folder, absolute and with its links resolved
 */
public record InputFolder(int id, Path path) {
}
