package org.socialreports.report.workbook;

import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Makes text from the archives safe to put in a cell. Posts are written by anyone: a title may
 * hold characters that XML 1.0 forbids (the file would not open) or begin like a formula
 * (spreadsheet injection), and a body may be longer than a cell holds.
 */
final class SafeText {

	static final int MAX_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private static final String ELLIPSIS = "…";

	private SafeText() {
	}

	/** The text without the characters XML forbids, cut to what a cell holds; never null. */
	static String of(String text) {
		if (text == null) {
			return "";
		}
		// nearly every text is already safe: check it char by char (no stream, no copy) before building another
		if (text.length() <= MAX_LENGTH && isAllowedInXml(text)) {
			return text;
		}
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().filter(SafeText::allowedInXml).forEach(safe::appendCodePoint);
		if (safe.length() <= MAX_LENGTH) {
			return safe.toString();
		}
		int end = MAX_LENGTH - ELLIPSIS.length();
		if (Character.isHighSurrogate(safe.charAt(end - 1))) {
			end--;
		}
		return safe.substring(0, end) + ELLIPSIS;
	}

	/**
	 * Whether a spreadsheet would take the text for a formula when it is typed, pasted or
	 * exported again, as OWASP lists for CSV injection.
	 */
	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	// the same test as allowedInXml, on chars: a surrogate is allowed only as half of a pair
	private static boolean isAllowedInXml(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD) {
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (c != 0x9 && c != 0xA && c != 0xD) {
				return false;
			}
		}
		return true;
	}

	// XML 1.0, section 2.2: lone surrogates arrive here as code points of their own and go too
	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
