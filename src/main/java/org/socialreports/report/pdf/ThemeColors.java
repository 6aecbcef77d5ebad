package org.socialreports.report.pdf;

import java.awt.Color;

import org.socialreports.classify.Theme;

/**
 * One colour per theme, the same in every chart and table, so that a reader learns them once.
 * Muted tones that stay distinct when printed in grey.
 */
final class ThemeColors {

	static final Color INK = new Color(0x26, 0x32, 0x38);

	static final Color MUTED = new Color(0x6B, 0x75, 0x7B);

	static final Color ACCENT = new Color(0x2E, 0x5E, 0x8C);

	static final Color RULE = new Color(0xCF, 0xD8, 0xDC);

	static final Color HEADER_FILL = new Color(0xEC, 0xEF, 0xF1);

	static final Color STRIPE_FILL = new Color(0xF7, 0xF9, 0xFA);

	private ThemeColors() {
	}

	static Color of(Theme theme) {
		return switch (theme) {
			case TWITTER_USAGE -> new Color(0x4E, 0x79, 0xA7);
			case SOCIAL_NETWORK_SECURITY -> new Color(0xE1, 0x57, 0x59);
			case CORPORATE_BLOGGING -> new Color(0x59, 0xA1, 0x4F);
			case CRISIS_COMMUNICATION -> new Color(0xF2, 0x8E, 0x2B);
			case UNCLASSIFIED -> new Color(0xBA, 0xB0, 0xAC);
		};
	}

}
