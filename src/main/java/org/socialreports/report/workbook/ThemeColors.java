package org.socialreports.report.workbook;

import org.apache.poi.xddf.usermodel.XDDFColor;

import org.socialreports.classify.Theme;

/**
 * One colour per theme, the same in every chart, so that a theme is recognised at a glance.
 * Written into each chart: a chart without explicit colours is drawn in a single colour, or
 * without lines, by some readers (LibreOffice among them). Okabe–Ito colours, told apart by
 * colour-blind readers too.
 */
final class ThemeColors {

	private ThemeColors() {
	}

	static XDDFColor of(Theme theme) {
		return switch (theme) {
			case TWITTER_USAGE -> rgb(0x00, 0x72, 0xB2);
			case SOCIAL_NETWORK_SECURITY -> rgb(0xD5, 0x5E, 0x00);
			case CORPORATE_BLOGGING -> rgb(0x00, 0x9E, 0x73);
			case CRISIS_COMMUNICATION -> rgb(0xCC, 0x79, 0xA7);
			case UNCLASSIFIED -> rgb(0x99, 0x99, 0x99);
		};
	}

	// from(int, int, int) would read percentages; sRGB bytes are what a colour picker shows
	private static XDDFColor rgb(int red, int green, int blue) {
		return XDDFColor.from(new byte[] { (byte) red, (byte) green, (byte) blue });
	}

}
