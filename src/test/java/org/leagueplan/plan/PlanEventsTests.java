package org.leagueplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanDraft.ItemDraft;
import org.leagueplan.plan.PlanDraft.SectionDraft;
import org.leagueplan.plan.PlanDraft.UnitDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan announces a plan becoming active and an item's units changing, once per
 * change, from the forms and from imports, and stays quiet when nothing of that changed.
 */
@SpringBootTest
@RecordApplicationEvents
@Import({ TestDatabaseConfiguration.class, TestPlans.class })
class PlanEventsTests {

	@Autowired
	private PlanEditor editor;

	@Autowired
	private PlanUpdates updates;

	@Autowired
	private PlanRepository plans;

	@Autowired
	private PlanItemRepository items;

	@Autowired
	private TestPlans testPlans;

	@Autowired
	private ApplicationEvents events;

	@Test
	void aPlanSwitchedToActiveIsAnnouncedOnceAndSavingItAgainIsNot() {
		PlanRef plan = this.testPlans.plan(2030, "激活测试", PlanStatus.DRAFT);
		PlanForm form = PlanForm.of(this.plans.findById(plan.id()).orElseThrow());
		form.setTitle("激活测试（改）");
		assertThat(this.editor.updatePlan(plan.id(), form)).isEqualTo(SaveOutcome.SAVED);
		assertThat(this.events.stream(PlanActivated.class)).isEmpty();

		form = PlanForm.of(this.plans.findById(plan.id()).orElseThrow());
		form.setStatus(PlanStatus.ACTIVE);
		assertThat(this.editor.updatePlan(plan.id(), form)).isEqualTo(SaveOutcome.SAVED);
		form = PlanForm.of(this.plans.findById(plan.id()).orElseThrow());
		form.setPreamble("再次保存");
		assertThat(this.editor.updatePlan(plan.id(), form)).isEqualTo(SaveOutcome.SAVED);

		assertThat(this.events.stream(PlanActivated.class)).containsExactly(new PlanActivated(plan.id()));
	}

	@Test
	void aStaleSaveToActiveIsNotAnnounced() {
		PlanRef plan = this.testPlans.plan(2030, "过期激活", PlanStatus.DRAFT);
		PlanForm form = PlanForm.of(this.plans.findById(plan.id()).orElseThrow());
		form.setStatus(PlanStatus.ACTIVE);
		form.setVersion(form.getVersion() - 1);
		assertThat(this.editor.updatePlan(plan.id(), form)).isEqualTo(SaveOutcome.CONFLICT);
		assertThat(this.events.stream(PlanActivated.class)).isEmpty();
	}

	@Test
	void aPlanCreatedActiveIsAnnouncedAndADraftIsNot() {
		PlanForm draft = newPlan(PlanStatus.DRAFT);
		this.editor.createPlan(draft);
		assertThat(this.events.stream(PlanActivated.class)).isEmpty();
		long active = this.editor.createPlan(newPlan(PlanStatus.ACTIVE)).id();
		assertThat(this.events.stream(PlanActivated.class)).containsExactly(new PlanActivated(active));
	}

	@Test
	void anItemsUnitsAreAnnouncedWhenCreatedAndChangedButNotWhenOtherFieldsChange() {
		PlanRef plan = this.testPlans.plan(2030, "单位测试", PlanStatus.ACTIVE);
		SectionRef section = this.testPlans.section(plan, null, "部分", 1);
		UnitRef lead = this.testPlans.unit("牵头");
		UnitRef helper = this.testPlans.unit("协办");
		ItemForm form = new ItemForm();
		form.setSectionId(section.id());
		form.setHeading("事项");
		form.setLeadUnitId(lead.id());
		long itemId = this.editor.createItem(form).id();
		assertThat(this.events.stream(ItemUnitsChanged.class))
			.containsExactly(new ItemUnitsChanged(plan.id(), itemId, lead.id(), Set.of()));

		ItemForm headingOnly = ItemForm.of(this.items.findWithDetailsById(itemId).orElseThrow());
		headingOnly.setHeading("事项（改）");
		assertThat(this.editor.updateItem(itemId, headingOnly)).isEqualTo(SaveOutcome.SAVED);
		assertThat(this.events.stream(ItemUnitsChanged.class)).hasSize(1);

		ItemForm units = ItemForm.of(this.items.findWithDetailsById(itemId).orElseThrow());
		units.setAssistUnitIds(List.of(helper.id(), lead.id()));
		assertThat(this.editor.updateItem(itemId, units)).isEqualTo(SaveOutcome.SAVED);
		assertThat(this.events.stream(ItemUnitsChanged.class)).hasSize(2)
			.last()
			.isEqualTo(new ItemUnitsChanged(plan.id(), itemId, lead.id(), Set.of(helper.id())));

		ItemForm stale = ItemForm.of(this.items.findWithDetailsById(itemId).orElseThrow());
		stale.setLeadUnitId(helper.id());
		stale.setAssistUnitIds(List.of());
		stale.setVersion(stale.getVersion() - 1);
		assertThat(this.editor.updateItem(itemId, stale)).isEqualTo(SaveOutcome.CONFLICT);
		assertThat(this.events.stream(ItemUnitsChanged.class)).hasSize(2);
	}

	@Test
	void anItemCreatedWithoutUnitsIsNotAnnounced() {
		PlanRef plan = this.testPlans.plan(2030, "无单位", PlanStatus.ACTIVE);
		ItemForm form = new ItemForm();
		form.setSectionId(this.testPlans.section(plan, null, "部分", 1).id());
		form.setHeading("无人牵头");
		this.editor.createItem(form);
		assertThat(this.events.stream(ItemUnitsChanged.class)).isEmpty();
	}

	@Test
	void aNewActivePlanImportedIsAnnouncedOnceWithoutItsItemsOneByOne() {
		long planId = this.updates.importDraft(draft(true, "导入牵头"), null, done -> {
		}).planId();
		assertThat(this.events.stream(PlanActivated.class)).containsExactly(new PlanActivated(planId));
		assertThat(this.events.stream(ItemUnitsChanged.class)).isEmpty();

		this.updates.importDraft(draft(false, "导入草稿牵头"), null, done -> {
		});
		assertThat(this.events.stream(PlanActivated.class)).hasSize(1);
	}

	@Test
	void itemsImportedIntoAnExistingPlanAnnounceTheirUnits() {
		PlanRef plan = this.testPlans.plan(2030, "追加导入", PlanStatus.ACTIVE);
		this.updates.importDraft(draft(false, "追加牵头"), plan.id(), done -> {
		});
		List<ItemRef> imported = this.testPlans.items(plan);
		assertThat(this.events.stream(PlanActivated.class)).isEmpty();
		assertThat(this.events.stream(ItemUnitsChanged.class)).singleElement()
			.isEqualTo(new ItemUnitsChanged(plan.id(), imported.get(0).id(), imported.get(0).leadUnitId(), Set.of()));
	}

	private static PlanDraft draft(boolean active, String unitName) {
		String unit = unitName + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
		ItemDraft item = new ItemDraft("i1", "导入事项", "全文", unit, List.of(), null, LocalDate.of(2030, 1, 1),
				LocalDate.of(2030, 12, 31), ItemStatus.IN_PROGRESS, List.of(), List.of());
		ItemDraft loose = new ItemDraft("i2", "无单位事项", "全文", null, List.of(), null, LocalDate.of(2030, 1, 1),
				LocalDate.of(2030, 12, 31), ItemStatus.IN_PROGRESS, List.of(), List.of());
		return new PlanDraft(2030, "导入计划", "测试团委", "导语", active, List.of(new UnitDraft(unit, UnitKind.OFFICE)),
				List.of(new SectionDraft("导入部分", List.of(item, loose), List.of())));
	}

	private static PlanForm newPlan(PlanStatus status) {
		PlanForm form = new PlanForm();
		form.setYear(2030);
		form.setTitle("新计划");
		form.setOrganization("测试团委");
		form.setStatus(status);
		return form;
	}

}
