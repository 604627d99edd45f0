package org.leagueplan.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.ProgressQueries.TargetReport;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.progress.TestProgress;
import org.leagueplan.reporting.ReportingFixture.ExamplePlan;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leagueplan.reporting.ReportingFixture.at;
import static org.leagueplan.reporting.ReportingFixture.day;

/**
 * The progress queries reports are written from: a plan's latest values as they stood on
 * a day, its reports between two days, its item updates between two times.
 */
@ReportingTest
class ProgressHistoryQueriesTests {

	@Autowired
	private ReportingFixture fixture;

	@Autowired
	private ProgressQueries progress;

	@Autowired
	private TestProgress reports;

	@Test
	void latestOnADayCountsOnlyReportsAsOfThatDayOrEarlier() {
		ExamplePlan example = this.fixture.create();
		long count = example.count().id();
		assertThat(this.progress.latestOfPlanOn(example.id(), day(3, 30))).doesNotContainKey(count);
		TargetProgress march = this.progress.latestOfPlanOn(example.id(), day(3, 31)).get(count);
		assertThat(march.value()).isEqualByComparingTo("10");
		assertThat(march.reportCount()).isEqualTo(1);
		TargetProgress june = this.progress.latestOfPlanOn(example.id(), day(6, 30)).get(count);
		assertThat(june.value()).isEqualByComparingTo("12");
		assertThat(june.asOf()).isEqualTo(day(5, 31));
		assertThat(june.reportedAt()).isEqualTo(at(6, 1));
		assertThat(june.reportCount()).isEqualTo(2);
	}

	@Test
	void latestOnTheLastDayEqualsTheStoredLatestStateCorrectionsIncluded() {
		ExamplePlan example = this.fixture.create();
		long count = example.count().id();
		// a late report as of an earlier day does not win; a correction of it does
		long late = this.reports.report(count, example.id(), new BigDecimal("15"), null, day(7, 1), "补报", null,
				at(10, 1));
		this.reports.report(count, example.id(), new BigDecimal("16"), null, day(7, 1), "更正", null, at(10, 2));
		Map<Long, TargetProgress> stored = this.progress.latestOfPlan(example.id());
		Map<Long, TargetProgress> computed = this.progress.latestOfPlanOn(example.id(), day(12, 31));
		assertThat(late).isPositive();
		assertThat(computed.get(count).value()).isEqualByComparingTo("20");
		for (Long target : stored.keySet()) {
			TargetProgress a = stored.get(target);
			TargetProgress b = computed.get(target);
			assertThat(b.value() == null ? null : b.value().stripTrailingZeros())
				.isEqualTo(a.value() == null ? null : a.value().stripTrailingZeros());
			assertThat(b.done()).isEqualTo(a.done());
			assertThat(b.asOf()).isEqualTo(a.asOf());
			assertThat(b.reportCount()).isEqualTo(a.reportCount());
			assertThat(b.reportedAt()).isEqualTo(a.reportedAt());
		}
	}

	@Test
	void reportsAndUpdatesBetweenTwoDaysInTheOrderMade() {
		ExamplePlan example = this.fixture.create();
		assertThat(this.progress.reportsOfPlan(example.id(), day(4, 1), day(6, 30))).extracting(TargetReport::asOf)
			.containsExactly(day(5, 31), day(4, 15), day(6, 15));
		assertThat(this.progress.reportsOfPlan(example.id(), day(3, 31), day(3, 31)))
			.extracting(TargetReport::narrative)
			.containsExactly("一季度新建5家");
		Instant may = LocalDate.of(2021, 5, 1).atStartOfDay(org.leagueplan.TestClock.COMMITTEE).toInstant();
		Instant june = LocalDate.of(2021, 6, 1).atStartOfDay(org.leagueplan.TestClock.COMMITTEE).toInstant();
		assertThat(this.progress.itemUpdatesOfPlan(example.id(), may, june)).extracting(update -> update.narrative())
			.containsExactly("正在推进");
		assertThat(this.progress.itemUpdatesOfPlan(example.id(), june, june.plusSeconds(86400 * 30))).isEmpty();
	}

}
