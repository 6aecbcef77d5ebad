package org.socialreports;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class under the given default locale, and puts the machine's back afterwards: a
 * test that passes only on an English machine, or lets its locale leak into the next class,
 * proves less than it claims.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DefaultLocale.Extension.class)
public @interface DefaultLocale {

	/** The language tag, such as {@code fr-FR}. */
	String value();

	/** Sets the locale before the class's tests and restores the previous one after them. */
	class Extension implements BeforeAllCallback, AfterAllCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(DefaultLocale.class);

		@Override
		public void beforeAll(ExtensionContext context) {
			context.getStore(NAMESPACE).put("previous", Locale.getDefault());
			String tag = context.getRequiredTestClass().getAnnotation(DefaultLocale.class).value();
			Locale.setDefault(Locale.forLanguageTag(tag));
		}

		@Override
		public void afterAll(ExtensionContext context) {
			Locale.setDefault(context.getStore(NAMESPACE).get("previous", Locale.class));
		}

	}

}
