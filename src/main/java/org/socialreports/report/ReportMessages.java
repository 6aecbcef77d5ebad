package org.socialreports.report;

import java.util.Locale;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;

import org.socialreports.classify.Theme;

/**
 * Localised labels of one report, read from {@code i18n/<bundle>_<lang>.properties}. Theme
 * labels come with the themes, from the taxonomy, so that every report names a theme the same way.
 * <p>
 * Patterns go through ICU's {@link MessageFormat}, so that a count picks its word by the
 * language's own plural rules ({@code {0, plural, one {# post} other {# posts}}}: French says
 * "0 billet", "1 billet", "2 billets", English "0 posts", "1 post") and an ordinal its ending
 * ({@code selectordinal}: "1er décembre"), never by a test on the number in the code. A count
 * given as a number is written in the language's digits and separators.
 */
public final class ReportMessages {

	private final ResourceBundle bundle;

	private final Locale locale;

	public ReportMessages(String bundle, Locale locale) {
		ResourceBundle.Control noFallback = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		this.bundle = ResourceBundle.getBundle("i18n/" + bundle, locale, noFallback);
		this.locale = locale;
	}

	public String get(String key, Object... arguments) {
		String pattern = this.bundle.getString(key);
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, this.locale).format(arguments);
	}

	public boolean has(String key) {
		return this.bundle.containsKey(key);
	}

	public String theme(Theme theme) {
		return theme.label(this.locale);
	}

	public Locale locale() {
		return this.locale;
	}

}
