package org.socialreports.report.pdf;

import java.awt.Color;

import org.socialreports.classify.Theme;

/**
 * The colours of the PDF: each theme's, as the workbook shows it too, and the ink and fills of
 * text and tables.
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
		return new Color(theme.rgb());
	}

}
