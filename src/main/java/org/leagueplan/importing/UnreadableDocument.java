package org.leagueplan.importing;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A document that was not read, and why, as a message key ({@code import.error.*}) with its arguments, so that a page
 * can tell the person in their language what to do: {@code errors.reject(ex.messageKey(), ex.arguments(), null)} or
 * {@code messageSource.getMessage(ex, locale)}.
 */
public class UnreadableDocument extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final Object[] arguments;

	UnreadableDocument(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	UnreadableDocument(Throwable cause, String messageKey, Object... arguments) {
		this(messageKey, arguments);
		initCause(cause);
	}

	/** The message key, one of {@code import.error.*}. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The message arguments (file name, sizes, counts), in the order the messages use them. */
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
