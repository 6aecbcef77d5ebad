package org.socialreports.ingest;

import java.util.Collection;

/**
 * Whatever a later stage stored per input file. When a file changed, or a full rebuild is
 * asked for, the ingest stage tells every such store to forget it before the file is read
 * again, without knowing what the store keeps.
 */
public interface StoredSources {

	/** Forgets what was stored of these files of the folder. */
	void forget(InputFolder folder, Collection<String> sources);

	/** Forgets everything, of every input folder: a full rebuild starts from nothing. */
	void forgetAll();

}
