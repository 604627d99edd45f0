package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress module on its own (with plan, account and system): reports handed over
 * through its API are judged for the day asked, and the other modules are told of them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import({ TestDatabaseConfiguration.class, TestPlans.class })
class ProgressModuleTests {

	@Autowired
	private TestPlans plans;

	@Autowired
	private ProgressHistory history;

	@Autowired
	private PlanJudge judge;

	@Test
	void aRestoredReportIsJudgedAsOfTheDayAskedAndAnnounced(AssertablePublishedEvents events) {
		PlanRef plan = this.plans.create(1, 1, 1);
		ItemRef item = this.plans.firstItem(plan);
		long target = this.plans.targets(item).get(0).id();
		int year = plan.year();
		this.history
			.restore(
					plan.id(), List.of(new PastReport(target, BigDecimal.TEN, null, LocalDate.of(year, 3, 1), "三月完成",
							null, null, null, null, Instant.parse(year + "-03-01T02:00:00Z"), List.of())),
					List.of(), List.of());

		PlanJudgement before = this.judge.judge(plan.id(), LocalDate.of(year, 2, 28));
		PlanJudgement after = this.judge.judge(plan.id(), LocalDate.of(year, 3, 2));

		assertThat(before.latest()).doesNotContainKey(target);
		assertThat(after.latest().get(target).value()).isEqualByComparingTo("10");
		assertThat(after.item(item.id()).lastActivity()).isEqualTo(Instant.parse(year + "-03-01T02:00:00Z"));
		assertThat(events.ofType(ProgressReported.class).matching(ProgressReported::kind, "HISTORY_IMPORTED"))
			.hasSize(1);
	}

}
