package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.ReportRules.Violation;
import org.leagueplan.system.CommitteeTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every report passes — a person's, a restored one, one recorded as made, a
 * workbook's row: each refusal and each boundary.
 */
class ReportRulesTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

	@Test
	void aReportThatBreaksNoRuleIsTaken() {
		assertThat(check(report(TargetKind.COUNT, "12", null, TODAY, List.of("https://example.org/a")))).isEmpty();
		assertThat(check(report(TargetKind.YES_NO, null, false, TODAY, List.of()))).isEmpty();
		assertThat(check(report(TargetKind.DATE, null, true, TODAY, List.of()))).isEmpty();
	}

	@Test
	void aNumericTargetNeedsAValue() {
		assertThat(codes(report(TargetKind.COUNT, null, null, TODAY, List.of())))
			.containsExactly("report.value.required");
		assertThat(fields(report(TargetKind.PERCENTAGE, null, true, TODAY, List.of()))).containsExactly("value");
	}

	@Test
	void aPercentageIsAtMostAHundred() {
		assertThat(check(report(TargetKind.PERCENTAGE, "100", null, TODAY, List.of()))).isEmpty();
		assertThat(codes(report(TargetKind.PERCENTAGE, "100.01", null, TODAY, List.of())))
			.containsExactly("target.percentage.max");
		// a count has no maximum
		assertThat(check(report(TargetKind.COUNT, "100.01", null, TODAY, List.of()))).isEmpty();
	}

	@Test
	void aYesNoOrDeadlineTargetNeedsToBeToldDoneOrNot() {
		assertThat(codes(report(TargetKind.YES_NO, "1", null, TODAY, List.of())))
			.containsExactly("report.done.required");
		assertThat(codes(report(TargetKind.DATE, null, null, TODAY, List.of())))
			.containsExactly("report.done.required");
	}

	@Test
	void theAsOfDayIsNeededAndLiesInThePlansYear() {
		assertThat(codes(report(TargetKind.COUNT, "1", null, null, List.of()))).containsExactly("NotNull");
		assertThat(check(report(TargetKind.COUNT, "1", null, LocalDate.of(2026, 1, 1), List.of()))).isEmpty();
		assertThat(check(report(TargetKind.COUNT, "1", null, LocalDate.of(2025, 12, 31), List.of())))
			.containsExactly(new Violation("asOf", "report.asOf.outsideYear", List.of(2026)));
		LocalDate lastDay = LocalDate.of(2026, 12, 31);
		assertThat(ReportRules.violations(report(TargetKind.COUNT, "1", null, lastDay, List.of()), lastDay)).isEmpty();
		assertThat(ReportRules.violations(report(TargetKind.COUNT, "1", null, LocalDate.of(2027, 1, 1), List.of()),
				LocalDate.of(2027, 1, 1)))
			.extracting(Violation::code)
			.containsExactly("report.asOf.outsideYear");
	}

	@Test
	void theAsOfDayIsNotAfterToday() {
		assertThat(check(report(TargetKind.COUNT, "1", null, TODAY, List.of()))).isEmpty();
		assertThat(codes(report(TargetKind.COUNT, "1", null, TODAY.plusDays(1), List.of())))
			.containsExactly("report.asOf.future");
	}

	@Test
	void todayIsTheCommitteesDayNotUtcs() {
		// 01:00 on 1 July in Shanghai, still 30 June in UTC: 1 July is today, 2 July
		// tomorrow
		ReportRules afterMidnight = rules(Instant.parse("2026-06-30T17:00:00Z"));
		assertThat(afterMidnight.violations(report(TargetKind.COUNT, "1", null, LocalDate.of(2026, 7, 1), List.of())))
			.isEmpty();
		assertThat(afterMidnight.violations(report(TargetKind.COUNT, "1", null, LocalDate.of(2026, 7, 2), List.of())))
			.extracting(Violation::code)
			.containsExactly("report.asOf.future");
		// 23:00 on 30 June in Shanghai: 1 July is tomorrow there, as it is in UTC
		ReportRules beforeMidnight = rules(Instant.parse("2026-06-30T15:00:00Z"));
		assertThat(beforeMidnight.violations(report(TargetKind.COUNT, "1", null, LocalDate.of(2026, 7, 1), List.of())))
			.extracting(Violation::code)
			.containsExactly("report.asOf.future");
	}

	@Test
	void atMostTenLinksEachAWebAddress() {
		List<String> ten = Collections.nCopies(10, "https://example.org/a");
		List<String> eleven = Collections.nCopies(11, "http://example.org/a");
		assertThat(check(report(TargetKind.COUNT, "1", null, TODAY, ten))).isEmpty();
		assertThat(check(report(TargetKind.COUNT, "1", null, TODAY, eleven)))
			.containsExactly(new Violation("links", "evidence.tooManyLinks", List.of(10)));
		assertThat(ReportRules.linkViolations(List.of("https://example.org/a", "ftp://example.org/x", "javascript:1")))
			.containsExactly(new Violation("links", "evidence.link", List.of("ftp://example.org/x")));
		assertThat(ReportRules.isWebLink("https://example.org/" + "a".repeat(980))).isTrue();
		assertThat(ReportRules.isWebLink("https://example.org/" + "a".repeat(981))).isFalse();
		assertThat(ReportRules.isWebLink("https:///no-host")).isFalse();
	}

	@Test
	void everyBrokenRuleIsNamed() {
		assertThat(codes(
				report(TargetKind.PERCENTAGE, "101", null, LocalDate.of(2025, 1, 1), Collections.nCopies(11, "x"))))
			.containsExactly("target.percentage.max", "report.asOf.outsideYear", "evidence.tooManyLinks",
					"evidence.link");
	}

	@Test
	void aReportEnteredThenIsNotEnteredInTheFutureNorDatedAfterItsDay() {
		ReportRules rules = rules(Instant.parse("2026-06-30T17:00:00Z"));
		// entered at 01:00 on 1 July in Shanghai (30 June in UTC): as of 1 July is fine,
		// 2 July is not
		Instant entered = Instant.parse("2026-06-30T17:00:00Z");
		assertThat(rules.enteredViolations(LocalDate.of(2026, 7, 1), entered)).isEmpty();
		assertThat(rules.enteredViolations(LocalDate.of(2026, 7, 2), entered)).extracting(Violation::code)
			.containsExactly("report.asOf.future");
		assertThat(rules.enteredViolations(null, entered.plusSeconds(1))).extracting(Violation::code)
			.containsExactly("report.enteredAt.future");
		assertThat(rules.enteredViolations(null, null)).extracting(Violation::code)
			.containsExactly("report.enteredAt.future");
	}

	@Test
	void aViolationResolvesAsItsMessageCodeWithItsArguments() {
		Violation violation = new Violation("asOf", "report.asOf.outsideYear", List.of(2026));
		assertThat(violation.getCodes()).containsExactly("report.asOf.outsideYear");
		assertThat(violation.getArguments()).containsExactly(2026);
		assertThat(new ReportRules.Refused("report 3", List.of(violation))).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("report 3 refused: [report.asOf.outsideYear]");
	}

	private static ReportRules.Report report(TargetKind kind, String value, Boolean done, LocalDate asOf,
			List<String> links) {
		return new ReportRules.Report(kind, (value != null) ? new BigDecimal(value) : null, done, asOf, 2026, links);
	}

	private static List<Violation> check(ReportRules.Report report) {
		return ReportRules.violations(report, TODAY);
	}

	private static List<String> codes(ReportRules.Report report) {
		return check(report).stream().map(Violation::code).toList();
	}

	private static List<String> fields(ReportRules.Report report) {
		return check(report).stream().map(Violation::field).toList();
	}

	private static ReportRules rules(Instant now) {
		return new ReportRules(new CommitteeTime(Clock.fixed(now, SHANGHAI)), null, null);
	}

}
