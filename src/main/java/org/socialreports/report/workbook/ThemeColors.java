package org.socialreports.report.workbook;

import org.apache.poi.xddf.usermodel.XDDFColor;

import org.socialreports.classify.Theme;

/**
 * One colour per theme, the same in every chart and in the PDF, so that a theme is recognised
 * at a glance: the taxonomy's, or a palette's told apart by colour-blind readers too. Written
 * into each chart: a chart without explicit colours is drawn in a single colour, or without
 * lines, by some readers (LibreOffice among them).
 */
final class ThemeColors {

	private ThemeColors() {
	}

	static XDDFColor of(Theme theme) {
		int rgb = theme.rgb();
		// from(int, int, int) would read percentages; sRGB bytes are what a colour picker shows
		return XDDFColor.from(new byte[] { (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb });
	}

}
