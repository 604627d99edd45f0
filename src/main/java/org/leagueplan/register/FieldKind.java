package org.leagueplan.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The kind of a register's own field, and the one rule of what value it takes: text (at
 * most {@link #MAX_TEXT} characters), a number, a date ({@code yyyy-MM-dd}) or one of the
 * field's choices.
 */
enum FieldKind {

	TEXT, NUMBER, DATE, CHOICE;

	static final int MAX_TEXT = 1000;

	/**
	 * The message code of what is wrong with a non-blank value of this kind, or
	 * {@code null} when it is taken.
	 */
	String problemOf(String value, List<String> choices) {
		if (value.length() > MAX_TEXT) {
			return "register.value.tooLong";
		}
		switch (this) {
			case NUMBER -> {
				try {
					new BigDecimal(value);
				}
				catch (NumberFormatException ex) {
					return "register.value.number";
				}
			}
			case DATE -> {
				try {
					LocalDate.parse(value);
				}
				catch (DateTimeParseException ex) {
					return "register.value.date";
				}
			}
			case CHOICE -> {
				if (!choices.contains(value)) {
					return "register.value.choice";
				}
			}
			default -> {
			}
		}
		return null;
	}

}
