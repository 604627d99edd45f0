package org.leagueplan.exchange;

import org.leagueplan.system.LocalizedException;

/**
 * A file that is not a plan workbook LeaguePlan can read, and why, as a message key
 * ({@code import.error.*}) with its arguments (file name, sheet or column), for the page
 * to tell the person in their language.
 */
public class UnreadableWorkbook extends LocalizedException {

	UnreadableWorkbook(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
