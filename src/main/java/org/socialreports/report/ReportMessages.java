package org.socialreports.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.socialreports.classify.Theme;

/**
 * Localised labels of one report, read from {@code i18n/<bundle>_<lang>.properties}. Theme
 * labels come with the themes, from the taxonomy, so that every report names a theme the same way.
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

	public String theme(Theme theme) {
		return theme.label(this.locale);
	}

	public Locale locale() {
		return this.locale;
	}

}
