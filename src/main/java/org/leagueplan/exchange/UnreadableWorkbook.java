package org.leagueplan.exchange;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A file that is not a plan workbook LeaguePlan can read, and why, as a message key ({@code import.error.*}) with its
 * arguments, for the page to tell the person in their language.
 */
public class UnreadableWorkbook extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final Object[] arguments;

	UnreadableWorkbook(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The message key, one of {@code import.error.*}. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The message arguments (file name, sheet or column), in the order the messages use them. */
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
