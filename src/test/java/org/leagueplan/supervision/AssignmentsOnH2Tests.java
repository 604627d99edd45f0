package org.leagueplan.supervision;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup path: assigning a plan twice leaves one assignment per unit and role on
 * embedded H2 too (the insert that skips an existing assignment is written for both
 * databases).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:leagueplan-h2-assignments;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.datasource.username=sa", "spring.datasource.password=", "leagueplan.admin-password=h2-admin-password",
		"leagueplan.demo-data=false" })
@Import(TestPlans.class)
class AssignmentsOnH2Tests {

	@Autowired
	private TestPlans plans;

	@Autowired
	private Assignments assignments;

	@Autowired
	private AssignmentRepository stored;

	@Test
	void assigningAPlanTwiceLeavesOneAssignmentPerUnitOnH2() {
		PlanRef plan = this.plans.create(1, 1, 0);
		this.plans.status(plan, PlanStatus.ACTIVE);
		ItemRef item = this.plans.firstItem(plan);

		this.assignments.assignPlan(plan.id());
		this.assignments.assignPlan(plan.id());

		List<Assignment> made = this.stored.findByItemIdOrderById(item.id());
		assertThat(made).hasSize(2).allMatch(Assignment::isOpen);
		assertThat(made).extracting(Assignment::getRole).containsExactlyInAnyOrder(UnitRole.LEAD, UnitRole.ASSIST);
	}

}
