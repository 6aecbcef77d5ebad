package org.socialreports.report;

import org.socialreports.classify.Theme;

/**
 * The colour of each theme in every report, so that a manager who learnt them in the workbook
 * finds them again in the PDF. Okabe–Ito colours: colour-blind readers tell them apart too.
 */
public final class ThemePalette {

	private ThemePalette() {
	}

	/** The theme's colour as {@code 0xRRGGBB}. */
	public static int rgb(Theme theme) {
		return switch (theme) {
			case TWITTER_USAGE -> 0x0072B2;
			case SOCIAL_NETWORK_SECURITY -> 0xD55E00;
			case CORPORATE_BLOGGING -> 0x009E73;
			case CRISIS_COMMUNICATION -> 0xCC79A7;
			case UNCLASSIFIED -> 0x999999;
		};
	}

}
