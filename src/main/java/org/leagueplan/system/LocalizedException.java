package org.leagueplan.system;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal that a page tells the person in their language: a message key with its
 * arguments, resolvable by any {@code MessageSource}
 * ({@code messages.getMessage(ex, locale)}) or put on a form
 * ({@code errors.reject(ex.messageKey(),
 * ex.arguments(), null)}). The one shape of every such refusal: an unreadable upload, an
 * unusable request.
 */
public abstract class LocalizedException extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final Object[] arguments;

	protected LocalizedException(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The message key. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The message arguments, in the order the message uses them. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return arguments();
	}

	@Override
	public String getDefaultMessage() {
		return null;
	}

}
