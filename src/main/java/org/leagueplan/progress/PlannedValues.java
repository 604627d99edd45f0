package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.leagueplan.progress.ProgressService.PlannedLine;

/**
 * The rule for a target's planned values (time phasing), in one place: one line per
 * value, a date and a value ({@code 2023-06-30 10}); at most {@link #MAX_PER_TARGET}
 * lines (two a month is more than any plan phases by); a value from 0 that fits the
 * stored column ({@code numeric(14, 2)}: at most 12 digits before the point and 2 after);
 * each date in the plan's year and no date twice. Text that breaks it is refused as a
 * whole, with the line and what is wrong, and nothing is stored.
 */
final class PlannedValues {

	/** The most planned values one target may have. */
	public static final int MAX_PER_TARGET = 24;

	/** The most digits before the decimal point ({@code numeric(14, 2)}). */
	static final int MAX_INTEGER_DIGITS = 12;

	/** The most digits after the decimal point ({@code numeric(14, 2)}). */
	static final int MAX_FRACTION_DIGITS = 2;

	private PlannedValues() {
	}

	/**
	 * Reads the planned values from the text a person typed.
	 * @throws Refused naming the message key and its arguments
	 */
	static List<PlannedLine> parse(String text, int planYear) {
		List<PlannedLine> planned = new ArrayList<>();
		Set<LocalDate> dates = new HashSet<>();
		int number = 0;
		for (String raw : (text == null) ? List.<String>of() : text.lines().toList()) {
			number++;
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (planned.size() == MAX_PER_TARGET) {
				throw new Refused("planned.tooMany", MAX_PER_TARGET);
			}
			String[] parts = line.split("[\\s,，]+");
			if (parts.length != 2) {
				throw new Refused("planned.invalidLine", number);
			}
			LocalDate date;
			BigDecimal value;
			try {
				date = LocalDate.parse(parts[0]);
			}
			catch (DateTimeParseException ex) {
				throw new Refused("planned.invalidLine", number);
			}
			try {
				value = new BigDecimal(parts[1]);
			}
			catch (NumberFormatException ex) {
				throw new Refused("planned.invalidLine", number);
			}
			if (date.getYear() != planYear) {
				throw new Refused("planned.outsideYear", number, String.valueOf(planYear));
			}
			if (!fits(value)) {
				throw new Refused("planned.outOfRange", number, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
			}
			if (!dates.add(date)) {
				throw new Refused("planned.duplicateDate", number, date.toString());
			}
			planned.add(new PlannedLine(date, value));
		}
		return planned;
	}

	/**
	 * Whether one planned value passes the rule (its date in the plan's year, its value
	 * fitting); the count and duplicate dates are the caller's to check against
	 * {@link #MAX_PER_TARGET}.
	 */
	public static boolean accepts(LocalDate periodEnd, BigDecimal value, int planYear) {
		return periodEnd != null && value != null && periodEnd.getYear() == planYear && fits(value);
	}

	/**
	 * Whether a planned value may be stored: not negative, and fits
	 * {@code numeric(14, 2)}.
	 */
	static boolean fits(BigDecimal value) {
		if (value.signum() < 0) {
			return false;
		}
		BigDecimal plain = value.stripTrailingZeros();
		return plain.scale() <= MAX_FRACTION_DIGITS && plain.precision() - plain.scale() <= MAX_INTEGER_DIGITS;
	}

	/**
	 * Planned values refused: the message key and its arguments (the line number first).
	 */
	static final class Refused extends RuntimeException {

		private final String key;

		private final transient Object[] arguments;

		Refused(String key, Object... arguments) {
			super(key, null, false, false);
			this.key = key;
			this.arguments = arguments;
		}

		String key() {
			return this.key;
		}

		Object[] arguments() {
			return this.arguments.clone();
		}

	}

}
