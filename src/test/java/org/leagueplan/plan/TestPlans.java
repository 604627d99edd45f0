package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds plans for tests, apart from the demo plan, so that tests can change them freely.
 */
@TestComponent
public class TestPlans {

	private final PlanRepository plans;

	private final PlanSectionRepository sections;

	private final PlanItemRepository items;

	private final TargetRepository targets;

	private final MilestoneRepository milestones;

	private final OrgUnitRepository units;

	private final java.time.Clock clock;

	TestPlans(PlanRepository plans, PlanSectionRepository sections, PlanItemRepository items,
			TargetRepository targets, MilestoneRepository milestones, OrgUnitRepository units, java.time.Clock clock) {
		this.clock = clock;
		this.plans = plans;
		this.sections = sections;
		this.items = items;
		this.targets = targets;
		this.milestones = milestones;
		this.units = units;
	}

	/** A plan with the given number of sections, each with items, each item with targets and one milestone. */
	@Transactional
	public Plan create(int sectionCount, int itemsPerSection, int targetsPerItem) {
		return create(sectionCount, itemsPerSection, targetsPerItem, List.of());
	}

	/** The same, the items' owners taken in turn from {@code ownerIds}. */
	@Transactional
	public Plan create(int sectionCount, int itemsPerSection, int targetsPerItem, List<Long> ownerIds) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		int year = LocalDate.now(this.clock).getYear();
		Plan plan = this.plans.save(new Plan(year, "测试计划 " + tag, "测试团委", "导语", PlanStatus.DRAFT));
		OrgUnit lead = this.units.save(new OrgUnit("牵头单位 " + tag, UnitKind.OFFICE));
		OrgUnit assisting = this.units.save(new OrgUnit("协办单位 " + tag, UnitKind.COMMUNITY));
		for (int s = 1; s <= sectionCount; s++) {
			PlanSection section = new PlanSection(plan, null, "部分 " + s);
			section.placeAt(s);
			this.sections.save(section);
			for (int i = 1; i <= itemsPerSection; i++) {
				PlanItem item = new PlanItem(section, "事项 " + s + "." + i, "全文 " + s + "." + i, ItemStatus.IN_PROGRESS);
				Long owner = ownerIds.isEmpty() ? null : ownerIds.get((s * itemsPerSection + i) % ownerIds.size());
				item.update(item.getHeading(), item.getBody(), lead, Set.of(assisting), owner,
						LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), ItemStatus.IN_PROGRESS);
				item.placeAt(i);
				this.items.save(item);
				for (int t = 1; t <= targetsPerItem; t++) {
					Target target = new Target(item);
					target.update("指标 " + t, TargetKind.COUNT, TargetComparator.AT_LEAST, BigDecimal.TEN, "个", null,
							LocalDate.of(year, 12, 31), null);
					target.placeAt(t);
					this.targets.save(target);
				}
				Milestone milestone = new Milestone(item);
				milestone.update("节点", LocalDate.of(year, 12, 31), false);
				this.milestones.save(milestone);
			}
		}
		return plan;
	}

	/** An empty draft plan of the given year (a draft never becomes the current plan). */
	@Transactional
	public Plan plan(int year, String organization, String preamble) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return this.plans.save(new Plan(year, "测试计划 " + tag, organization, preamble, PlanStatus.DRAFT));
	}

	/** A section of the plan ({@code parent} {@code null}) or a subsection, at a position among its siblings. */
	@Transactional
	public PlanSection section(Plan plan, PlanSection parent, String title, int position) {
		PlanSection section = new PlanSection(this.plans.findById(plan.getId()).orElseThrow(),
				(parent != null) ? this.sections.findById(parent.getId()).orElseThrow() : null, title);
		section.placeAt(position);
		return this.sections.save(section);
	}

	/** An item without targets or milestones. */
	@Transactional
	public PlanItem item(PlanSection section, int position, String heading, String body, OrgUnit lead,
			Set<OrgUnit> assisting, Long ownerId, LocalDate start, LocalDate end, ItemStatus status) {
		PlanItem item = new PlanItem(this.sections.findById(section.getId()).orElseThrow(), heading, body, status);
		item.update(heading, body, lead, assisting, ownerId, start, end, status);
		item.placeAt(position);
		return this.items.save(item);
	}

	@Transactional
	public Target target(PlanItem item, int position, String name, TargetKind kind, TargetComparator comparator,
			BigDecimal value, String unitLabel, BigDecimal baseline, LocalDate dueDate, String note) {
		Target target = new Target(this.items.findById(item.getId()).orElseThrow());
		target.update(name, kind, comparator, value, unitLabel, baseline, dueDate, note);
		target.placeAt(position);
		return this.targets.save(target);
	}

	@Transactional
	public Milestone milestone(PlanItem item, String title, LocalDate dueDate, boolean done) {
		Milestone milestone = new Milestone(this.items.findById(item.getId()).orElseThrow());
		milestone.update(title, dueDate, done);
		return this.milestones.save(milestone);
	}

	/** Archives a section, item, target or milestone (it stays in the database, out of the plan). */
	@Transactional
	public void archive(PlanRecord record) {
		PlanRecord managed;
		if (record instanceof PlanSection section) {
			managed = this.sections.findById(section.getId()).orElseThrow();
		}
		else if (record instanceof PlanItem item) {
			managed = this.items.findById(item.getId()).orElseThrow();
		}
		else if (record instanceof Target target) {
			managed = this.targets.findById(target.getId()).orElseThrow();
		}
		else {
			managed = this.milestones.findById(((Milestone) record).getId()).orElseThrow();
		}
		managed.archive();
	}

	/** A percentage target on the item: 100% by the end of the year. */
	@Transactional
	public Target percentageTarget(PlanItem item) {
		Target target = new Target(this.items.findById(item.getId()).orElseThrow());
		target.update("成立比例", TargetKind.PERCENTAGE, TargetComparator.AT_LEAST, new BigDecimal("100"), "%", null,
				LocalDate.of(LocalDate.now(this.clock).getYear(), 12, 31), null);
		return this.targets.save(target);
	}

	@Transactional(readOnly = true)
	public List<Target> targets(PlanItem item) {
		return this.targets.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(this.items.findById(item.getId()).orElseThrow());
	}

	/** A unit of its own, with no items. */
	@Transactional
	public OrgUnit unit(String name) {
		return this.units.save(new OrgUnit(name + " " + UUID.randomUUID().toString().substring(0, 8), UnitKind.OTHER));
	}

	@Transactional(readOnly = true)
	public PlanItem firstItem(Plan plan) {
		return this.items.findBySectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(plan.getId()).get(0);
	}

	@Transactional(readOnly = true)
	public List<PlanItem> items(Plan plan) {
		return this.items.findBySectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(plan.getId());
	}

}
