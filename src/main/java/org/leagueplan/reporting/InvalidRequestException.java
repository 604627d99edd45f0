package org.leagueplan.reporting;

/**
 * A request whose parameters cannot be used (an unreadable period, a period outside the plan's year): shown to the
 * person as a 400 page with the message named by {@code messageKey}.
 */
class InvalidRequestException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	InvalidRequestException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String getMessageKey() {
		return this.messageKey;
	}

	Object[] getArguments() {
		return this.arguments;
	}

}
