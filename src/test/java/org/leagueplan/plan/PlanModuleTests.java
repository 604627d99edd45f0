package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.plan.PlanDraft.ItemDraft;
import org.leagueplan.plan.PlanDraft.MilestoneDraft;
import org.leagueplan.plan.PlanDraft.SectionDraft;
import org.leagueplan.plan.PlanDraft.TargetDraft;
import org.leagueplan.plan.PlanDraft.UnitDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan module on its own (with the account and system modules it depends on): a plan
 * handed over through its API is saved, read back through its API as it was given, and
 * told to the other modules as an event.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestDatabaseConfiguration.class)
class PlanModuleTests {

	@Autowired
	private PlanUpdates updates;

	@Autowired
	private PlanQueries queries;

	@Test
	void aDraftHandedOverIsSavedReadBackAndAnnounced(AssertablePublishedEvents events) {
		TargetDraft sites = new TargetDraft("t1", "社区综合团委示范点", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("30"), "家", null, LocalDate.of(2031, 12, 31), null);
		ItemDraft item = new ItemDraft("i1", "示范点建设", "建设社区综合团委示范点30家以上。", "组织部（模块测试）", List.of(), null,
				LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), ItemStatus.IN_PROGRESS, List.of(sites),
				List.of(new MilestoneDraft("中期检查", LocalDate.of(2031, 6, 30), false)));
		PlanDraft draft = new PlanDraft(2031, "模块测试计划", "共青团测试区委员会", "导语", false,
				List.of(new UnitDraft("组织部（模块测试）", UnitKind.OFFICE)),
				List.of(new SectionDraft("组织建设", List.of(item), List.of())));

		PlanDraft.Saved saved = this.updates.importDraft(draft, null, done -> {
		});

		PlanData data = this.queries.planData(saved.planId());
		assertThat(data.plan().title()).isEqualTo("模块测试计划");
		assertThat(data.sections()).extracting(PlanData.SectionRef::label).containsExactly("一、");
		assertThat(data.items()).singleElement().satisfies(read -> {
			assertThat(read.id()).isEqualTo(saved.itemIds().get("i1"));
			assertThat(read.heading()).isEqualTo("示范点建设");
		});
		assertThat(data.targets()).singleElement().satisfies(read -> {
			assertThat(read.id()).isEqualTo(saved.targetIds().get("t1"));
			assertThat(read.targetValue()).isEqualByComparingTo("30");
		});
		assertThat(data.milestones()).extracting(PlanData.MilestoneRef::title).containsExactly("中期检查");
		assertThat(events.ofType(PlanChanged.class).matching(PlanChanged::recordId, saved.planId())).hasSize(1);
	}

}
