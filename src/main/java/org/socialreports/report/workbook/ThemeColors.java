package org.socialreports.report.workbook;

import org.apache.poi.xddf.usermodel.XDDFColor;

import org.socialreports.classify.Theme;
import org.socialreports.report.ThemePalette;

/**
 * One colour per theme, the same in every chart, so that a theme is recognised at a glance.
 * Written into each chart: a chart without explicit colours is drawn in a single colour, or
 * without lines, by some readers (LibreOffice among them). Okabe–Ito colours, told apart by
 * colour-blind readers too; the {@link ThemePalette} gives the PDF the same ones.
 */
final class ThemeColors {

	private ThemeColors() {
	}

	static XDDFColor of(Theme theme) {
		int rgb = ThemePalette.rgb(theme);
		// from(int, int, int) would read percentages; sRGB bytes are what a colour picker shows
		return XDDFColor.from(new byte[] { (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb });
	}

}
