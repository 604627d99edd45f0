package org.leagueplan.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.ProgressHistory;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard module with the modules it reads (plan, progress, and theirs): the
 * leaders' figures of a plan for a day come from what those modules' APIs hold.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({ TestDatabaseConfiguration.class, TestPlans.class })
class DashboardModuleTests {

	@Autowired
	private TestPlans plans;

	@Autowired
	private ProgressHistory history;

	@Autowired
	private DashboardService dashboards;

	@Test
	void theFiguresOfADayCountTheReportsMadeByThatDay() {
		PlanRef plan = this.plans.create(1, 2, 1);
		List<ItemRef> items = this.plans.items(plan);
		int year = plan.year();
		long done = this.plans.targets(items.get(0)).get(0).id();
		this.history
			.restore(
					plan.id(), List.of(new PastReport(done, BigDecimal.TEN, null, LocalDate.of(year, 3, 1), "三月完成",
							null, null, null, null, Instant.parse(year + "-03-01T02:00:00Z"), List.of())),
					List.of(), List.of());

		Dashboard february = this.dashboards.build(plan.id(), onDay(LocalDate.of(year, 2, 20)));
		Dashboard march = this.dashboards.build(plan.id(), onDay(LocalDate.of(year, 3, 20)));

		assertThat(february.items()).extracting(Dashboard.ItemStatus::completionPercent).containsOnly(0);
		assertThat(march.items()).filteredOn(status -> status.item().id() == items.get(0).id())
			.singleElement()
			.satisfies(status -> {
				assertThat(status.completionPercent()).isEqualTo(100);
				assertThat(status.light()).isEqualTo(Light.GREEN);
			});
		assertThat(march.recent()).extracting(Dashboard.Recent::narrative).containsExactly("三月完成");
	}

	private static DashboardFilter onDay(LocalDate day) {
		return new DashboardFilter(null, null, null, false, false, day);
	}

}
