package org.leagueplan.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup path: the same Flyway migrations and the demo plan work on embedded H2
 * in PostgreSQL mode, with the schema validated against the entities; the default profile
 * loads the demo's year of progress and accounts.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:leagueplan-h2-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.datasource.username=sa", "spring.datasource.password=", "leagueplan.admin-password=h2-admin-password" })
class H2DatabaseTests {

	@Autowired
	private PlanOutline outline;

	@Autowired
	private TargetRepository targets;

	@Autowired
	private MilestoneRepository milestones;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlanReviewers reviewers;

	@Test
	void migrationsApplyAndDemoPlanLoadsOnH2() {
		Plan plan = this.outline.currentPlan().orElseThrow();
		PlanOutline.PlanTree tree = this.outline.tree(plan.getId(), PlanFilter.NONE);
		assertThat(tree.sections()).hasSize(3);
		assertThat(tree.sections().get(2).children()).hasSize(2);
		assertThat(tree.itemCount()).isEqualTo(15);
		assertThat(this.targets.count()).isEqualTo(7);
		assertThat(this.milestones.count()).isEqualTo(2);
	}

	@Test
	void theDefaultProfileStartsWithTheDemoYearOfProgressAndTheDemoAccounts() {
		assertThat(this.jdbc.queryForObject("select count(distinct target_id) from progress_report", Integer.class))
			.isGreaterThan(3);
		assertThat(this.jdbc.queryForObject("select count(*) from item_update", Integer.class)).isGreaterThan(15);
		assertThat(this.jdbc.queryForObject("select count(*) from progress_report where reason <> ''", Integer.class))
			.isPositive();
		assertThat(this.jdbc.queryForList("select username from app_user order by username", String.class))
			.contains("admin", "demo-staff", "demo-leader");
	}

	@Test
	void chineseTextSearchWorksOnH2() {
		Plan plan = this.outline.currentPlan().orElseThrow();
		PlanOutline.PlanTree tree = this.outline.tree(plan.getId(), new PlanFilter(null, null, "换届"));
		assertThat(tree.shownCount()).isEqualTo(3);
	}

	@Test
	void aPlansReviewerIsAddedOnceAndRemovedOnH2() {
		long planId = this.outline.currentPlan().orElseThrow().getId();
		long userId = this.jdbc.queryForObject("select min(id) from app_user", Long.class);
		assertThat(this.reviewers.add(planId, userId)).isTrue();
		assertThat(this.reviewers.add(planId, userId)).isFalse();
		assertThat(this.reviewers.reviewersOf(planId)).containsExactly(userId);
		assertThat(this.reviewers.isReviewer(planId, userId)).isTrue();
		assertThat(this.reviewers.remove(planId, userId)).isTrue();
		assertThat(this.reviewers.isReviewer(planId, userId)).isFalse();
	}

}
