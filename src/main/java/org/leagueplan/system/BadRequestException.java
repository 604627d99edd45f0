package org.leagueplan.system;

/**
 * A request whose parameters cannot be used (an unreadable period, a period outside the
 * plan's year, an export period that ends before it begins): shown to the person as a 400
 * page with the message named by {@code messageKey}, by every controller marked
 * {@link BadRequestPage}.
 */
public class BadRequestException extends LocalizedException {

	public BadRequestException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
