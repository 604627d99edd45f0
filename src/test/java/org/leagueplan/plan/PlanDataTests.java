package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan as plain values ({@link PlanQueries#planData}, read by projections for the
 * dashboard and the reports) is the same as the one read with the plan's texts
 * ({@link PlanQueries#planDocument}, from entities): sections in order with their labels,
 * items numbered in their sections with units, owners and periods, targets and milestones
 * — and neither holds what was archived.
 */
@SpringBootTest
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class PlanDataTests {

	@Autowired
	private PlanQueries queries;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Test
	void theDemoPlanReadsTheSameBothWays() {
		long demo = this.queries.plans().stream().filter(plan -> plan.year() == 2023).findFirst().orElseThrow().id();
		PlanData data = this.queries.planData(demo);
		assertThat(data).isEqualTo(this.queries.planDocument(demo).data());
		assertThat(data.items()).hasSize(15);
	}

	@Test
	void subsectionsOwnersAssistingUnitsAndArchivedPartsReadTheSameBothWays() {
		long owner = this.users.create(Role.STAFF, Set.of(), false).id();
		PlanRef plan = this.plans.create(2, 3, 2, List.of(owner));
		SectionRef first = this.plans.section(plan, null, "第三部分", 3);
		SectionRef sub = this.plans.section(plan, first, "小节甲", 1);
		UnitRef lead = this.plans.unit("牵头单位");
		UnitRef helper = this.plans.unit("配合单位");
		ItemRef inSub = this.plans.item(sub, 1, "小节事项", "全文", lead, Set.of(lead, helper), owner,
				LocalDate.of(plan.year(), 3, 1), LocalDate.of(plan.year(), 9, 30), ItemStatus.IN_PROGRESS);
		TargetRef kept = this.plans.target(inSub, 1, "保留指标", TargetKind.COUNT, TargetComparator.AT_LEAST,
				BigDecimal.TEN, "个", BigDecimal.ONE, null, null);
		TargetRef gone = this.plans.target(inSub, 2, "归档指标", TargetKind.YES_NO, TargetComparator.EXACTLY, null, null,
				null, null, null);
		ItemRef archivedItem = this.plans.item(sub, 2, "归档事项", "全文", null, Set.of(), null, null, null,
				ItemStatus.NOT_STARTED);
		SectionRef archivedSection = this.plans.section(plan, null, "归档部分", 4);
		this.plans.item(archivedSection, 1, "归档部分的事项", "全文", null, Set.of(), null, null, null, ItemStatus.NOT_STARTED);
		this.plans.archive(gone);
		this.plans.archive(archivedItem);
		this.plans.archive(archivedSection);

		PlanData data = this.queries.planData(plan.id());
		assertThat(data).isEqualTo(this.queries.planDocument(plan.id()).data());
		assertThat(data.sections()).extracting(PlanData.SectionRef::label).containsExactly("一、", "二、", "三、", "(一)");
		ItemRef read = data.items().stream().filter(item -> item.id() == inSub.id()).findFirst().orElseThrow();
		assertThat(read.number()).isEqualTo(1);
		assertThat(read.assistUnitIds()).containsExactlyInAnyOrder(lead.id(), helper.id());
		assertThat(read.ownerName()).isNotNull();
		assertThat(data.targets()).extracting(PlanData.TargetRef::id).contains(kept.id()).doesNotContain(gone.id());
		assertThat(data.items()).extracting(ItemRef::heading).doesNotContain("归档事项", "归档部分的事项");
		assertThat(data.items()).hasSize(2 * 3 + 1);
	}

}
