package org.leagueplan.importing.internal;

import org.springframework.context.MessageSourceResolvable;

/**
 * A document that was read but cannot become a plan (no sections or items found, too many items): the message key
 * and its arguments say why, in the person's language.
 */
class ImportRefused extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final Object[] arguments;

	ImportRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments;
	}

}
