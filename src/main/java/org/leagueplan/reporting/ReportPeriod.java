package org.leagueplan.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.leagueplan.system.BadRequestException;

/**
 * The period a progress report covers: a month ({@code 2023-05}) or a quarter
 * ({@code 2023-Q2}).
 *
 * @param year the year
 * @param month the month, 1 to 12, or 0 for a quarter
 * @param quarter the quarter, 1 to 4, or 0 for a month
 */
public record ReportPeriod(int year, int month, int quarter) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

	/**
	 * Reads {@code 2023-05} or {@code 2023-Q2}; anything else is refused with a message
	 * for the person.
	 */
	public static ReportPeriod parse(String text) {
		String trimmed = (text != null) ? text.strip() : "";
		Matcher quarter = QUARTER.matcher(trimmed);
		if (quarter.matches()) {
			return new ReportPeriod(Integer.parseInt(quarter.group(1)), 0, Integer.parseInt(quarter.group(2)));
		}
		Matcher month = MONTH.matcher(trimmed);
		if (month.matches()) {
			int number = Integer.parseInt(month.group(2));
			if (number >= 1 && number <= 12) {
				return new ReportPeriod(Integer.parseInt(month.group(1)), number, 0);
			}
		}
		throw new BadRequestException("report.period.invalid", trimmed);
	}

	public static ReportPeriod monthOf(LocalDate day) {
		return new ReportPeriod(day.getYear(), day.getMonthValue(), 0);
	}

	/** The months of a year, then its quarters: the choices of the period picker. */
	public static List<ReportPeriod> choices(int year) {
		return IntStream.concat(IntStream.rangeClosed(1, 12).map(month -> month), IntStream.rangeClosed(13, 16))
			.mapToObj(n -> (n <= 12) ? new ReportPeriod(year, n, 0) : new ReportPeriod(year, 0, n - 12))
			.toList();
	}

	public boolean isQuarter() {
		return this.quarter > 0;
	}

	public LocalDate from() {
		return isQuarter() ? LocalDate.of(this.year, (this.quarter - 1) * 3 + 1, 1)
				: LocalDate.of(this.year, this.month, 1);
	}

	public LocalDate to() {
		return from().plusMonths(isQuarter() ? 3 : 1).minusDays(1);
	}

	/** As the address writes it: {@code 2023-05} or {@code 2023-Q2}. */
	public String code() {
		return isQuarter() ? this.year + "-Q" + this.quarter : String.format("%d-%02d", this.year, this.month);
	}

}
