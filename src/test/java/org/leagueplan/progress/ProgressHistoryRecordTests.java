package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.leagueplan.progress.ProgressHistory.PastUpdate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reports recorded as people made them (the demo's year of progress) pass what a person's
 * report must: a report leaving its target far behind needs a reason and a corrective
 * action, a percentage is at most 100, the as-of date is in the plan's year and not after
 * the day it was entered, nothing is entered in the future, links are web addresses; one
 * refused entry stores nothing. Each test rolls back, so the demo plan's history stays
 * empty.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
@Transactional
class ProgressHistoryRecordTests {

	@Autowired
	private ProgressHistory history;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aReportAtTheExpectedValueIsStoredWithItsLinkAndAnUpdateWithIt() {
		long target = target("社区综合团委示范点");
		long before = count("select count(*) from progress_report");
		int stored = this.history.record(planId(),
				List.of(report(target, "15", LocalDate.of(2023, 7, 1), null, null, List.of("https://example.org/a"))),
				List.of(new PastUpdate(itemOf(target), ItemStatus.IN_PROGRESS, "进展顺利", null,
						Instant.parse("2023-07-02T02:00:00Z"), List.of())));
		assertThat(stored).isEqualTo(2);
		assertThat(count("select count(*) from progress_report")).isEqualTo(before + 1);
		assertThat(count("select count(*) from evidence where url = 'https://example.org/a'")).isEqualTo(1);
	}

	@Test
	void aReportFarBehindWithoutReasonAndCorrectiveActionIsRefusedAndNothingIsStored() {
		long target = target("社区综合团委示范点");
		long before = count("select count(*) from progress_report");
		PastReport fine = report(target, "5", LocalDate.of(2023, 2, 1), null, null, List.of());
		PastReport farBehind = report(target, "6", LocalDate.of(2023, 11, 30), null, null, List.of());
		assertThatThrownBy(() -> this.history.record(planId(), List.of(fine, farBehind), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("report.reason.required")
			.hasMessageContaining("report.action.required");
		assertThat(count("select count(*) from progress_report")).isEqualTo(before);
		assertThat(this.history.record(planId(),
				List.of(report(target, "6", LocalDate.of(2023, 11, 30), "原因", "措施", List.of())), List.of()))
			.isEqualTo(1);
	}

	@Test
	void whatAPersonCouldNotReportIsRefused() {
		long count = target("社区综合团委示范点");
		long percentage = target("已设立社区综合党委的社区成立社区综合团委");
		long before = count("select count(*) from progress_report");
		assertRefused(report(percentage, "101", LocalDate.of(2023, 12, 31), "原因", "措施", List.of()),
				"target.percentage.max");
		assertRefused(report(count, "30", LocalDate.of(2024, 1, 2), null, null, List.of()), "report.asOf.outsideYear");
		assertRefused(new PastReport(count, new BigDecimal("30"), null, LocalDate.of(2023, 12, 31), "", null, null,
				null, null, Instant.parse("2023-12-30T02:00:00Z"), List.of()), "report.asOf.future");
		assertRefused(new PastReport(count, new BigDecimal("30"), null, LocalDate.of(2023, 12, 31), "", null, null,
				null, null, Instant.parse("2999-01-01T00:00:00Z"), List.of()), "report.enteredAt.future");
		assertRefused(report(count, "30", LocalDate.of(2023, 12, 31), null, null, List.of("ftp://example.org/x")),
				"evidence.link");
		assertRefused(report(count, "-1", LocalDate.of(2023, 6, 1), "原因", "措施", List.of()), "DecimalMin");
		assertThat(count("select count(*) from progress_report")).isEqualTo(before);
	}

	private void assertRefused(PastReport report, String code) {
		assertThatThrownBy(() -> this.history.record(planId(), List.of(report), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(code);
	}

	/** A report entered at 10:00 the day after its as-of date. */
	private static PastReport report(long target, String value, LocalDate asOf, String reason, String action,
			List<String> links) {
		return new PastReport(target, new BigDecimal(value), null, asOf, "进展", reason, action, null, null,
				asOf.plusDays(1).atTime(2, 0).toInstant(java.time.ZoneOffset.UTC), links);
	}

	private long target(String name) {
		return this.jdbc.queryForObject(
				"select t.id from plan_target t join plan_item i on i.id = t.item_id "
						+ "join plan_section s on s.id = i.section_id where s.plan_id = ? and t.name = ?",
				Long.class, planId(), name);
	}

	private long itemOf(long target) {
		return this.jdbc.queryForObject("select item_id from plan_target where id = ?", Long.class, target);
	}

	private long planId() {
		return this.jdbc.queryForObject("select id from work_plan where plan_year = 2023 order by id limit 1",
				Long.class);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
