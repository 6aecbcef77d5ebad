package org.socialreports.ingest.zip;

import java.io.IOException;

/**
 * An entry inflated past the limits: a zip bomb, or not an export.
 */
final class InflationLimitException extends IOException {

	InflationLimitException(String message) {
		super(message);
	}

}
