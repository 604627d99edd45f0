package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.test.util.ReflectionTestUtils;

/**
 * Plan records with ids and versions, as the database would hand them out, for controller
 * slice tests.
 */
final class PlanFixtures {

	private PlanFixtures() {
	}

	public static Plan plan(long id) {
		return withId(new Plan(2023, "2023年区团委工作计划", "共青团罗湖区委员会", "导语", PlanStatus.ACTIVE), id, 0);
	}

	public static PlanSection section(long id, Plan plan) {
		return withId(new PlanSection(plan, null, "加强团的自身建设"), id, 0);
	}

	public static OrgUnit unit(long id, String name) {
		return withId(new OrgUnit(name, UnitKind.OFFICE), id, 0);
	}

	public static PlanItem item(long id, PlanSection section, long version) {
		PlanItem item = new PlanItem(section, "强化基层组织建设", "全文", ItemStatus.IN_PROGRESS);
		item.update("强化基层组织建设", "全文", unit(7, "组织部"), Set.of(), null, LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 12, 31), ItemStatus.IN_PROGRESS);
		return withId(item, id, version);
	}

	public static Target target(long id, PlanItem item, long version) {
		Target target = new Target(item);
		target.update("社区综合团委示范点", TargetKind.COUNT, TargetComparator.AT_LEAST, new BigDecimal("30"), "家", null,
				LocalDate.of(2023, 12, 31), null);
		return withId(target, id, version);
	}

	public static Milestone milestone(long id, PlanItem item, long version) {
		Milestone milestone = new Milestone(item);
		milestone.update("“三。五〞学雷锋日", LocalDate.of(2023, 3, 5), false);
		return withId(milestone, id, version);
	}

	private static <T> T withId(T record, long id, long version) {
		ReflectionTestUtils.setField(record, "id", id);
		ReflectionTestUtils.setField(record, "version", version);
		return record;
	}

}
