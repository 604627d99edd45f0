package org.leagueplan.importing;

import org.leagueplan.system.LocalizedException;

/**
 * A document that was not read, and why, as a message key ({@code import.error.*}) with
 * its arguments, so that a page can tell the person in their language what to do:
 * {@code errors.reject(ex.messageKey(), ex.arguments(), null)} or
 * {@code messageSource.getMessage(ex, locale)}.
 */
class UnreadableDocument extends LocalizedException {

	UnreadableDocument(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	UnreadableDocument(Throwable cause, String messageKey, Object... arguments) {
		this(messageKey, arguments);
		initCause(cause);
	}

}
