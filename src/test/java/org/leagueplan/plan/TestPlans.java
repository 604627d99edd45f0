package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds plans for tests, apart from the demo plan, so that tests can change them freely.
 * Hands out the plan module's API records ({@link PlanData}), so that other modules'
 * tests see a plan as their code does.
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

	private final PlanEditor editor;

	TestPlans(PlanRepository plans, PlanSectionRepository sections, PlanItemRepository items, TargetRepository targets,
			MilestoneRepository milestones, OrgUnitRepository units, java.time.Clock clock, PlanEditor editor) {
		this.clock = clock;
		this.editor = editor;
		this.plans = plans;
		this.sections = sections;
		this.items = items;
		this.targets = targets;
		this.milestones = milestones;
		this.units = units;
	}

	/**
	 * A plan with the given number of sections, each with items, each item with targets
	 * and one milestone.
	 */
	@Transactional
	public PlanRef create(int sectionCount, int itemsPerSection, int targetsPerItem) {
		return create(sectionCount, itemsPerSection, targetsPerItem, List.of());
	}

	/** The same, the items' owners taken in turn from {@code ownerIds}. */
	@Transactional
	public PlanRef create(int sectionCount, int itemsPerSection, int targetsPerItem, List<Long> ownerIds) {
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
				item.update(item.getHeading(), item.getBody(), lead, Set.of(assisting), owner, LocalDate.of(year, 1, 1),
						LocalDate.of(year, 12, 31), ItemStatus.IN_PROGRESS);
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
		return ref(plan);
	}

	/** An empty draft plan of the given year (a draft never becomes the current plan). */
	@Transactional
	public PlanRef plan(int year, String organization, String preamble) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return ref(this.plans.save(new Plan(year, "测试计划 " + tag, organization, preamble, PlanStatus.DRAFT)));
	}

	/** A plan of the given year, title and status. */
	@Transactional
	public PlanRef plan(int year, String title, PlanStatus status) {
		return ref(this.plans.save(new Plan(year, title, "测试团委", "导语", status)));
	}

	/**
	 * A section of the plan ({@code parent} {@code null}) or a subsection, at a position
	 * among its siblings; its label is left to the outline ({@code null} here).
	 */
	@Transactional
	public SectionRef section(PlanRef plan, SectionRef parent, String title, int position) {
		PlanSection section = new PlanSection(this.plans.findById(plan.id()).orElseThrow(),
				(parent != null) ? this.sections.findById(parent.id()).orElseThrow() : null, title);
		section.placeAt(position);
		section = this.sections.save(section);
		return new SectionRef(section.getId(), (parent != null) ? parent.id() : null, null, section.getTitle());
	}

	/** An item without targets or milestones. */
	@Transactional
	public ItemRef item(SectionRef section, int position, String heading, String body, UnitRef lead,
			Set<UnitRef> assisting, Long ownerId, LocalDate start, LocalDate end, ItemStatus status) {
		PlanItem item = new PlanItem(this.sections.findById(section.id()).orElseThrow(), heading, body, status);
		item.update(heading, body, (lead != null) ? this.units.findById(lead.id()).orElseThrow() : null,
				assisting.stream()
					.map(unit -> this.units.findById(unit.id()).orElseThrow())
					.collect(Collectors.toSet()),
				ownerId, start, end, status);
		item.placeAt(position);
		return ref(this.items.save(item));
	}

	@Transactional
	public TargetRef target(ItemRef item, int position, String name, TargetKind kind, TargetComparator comparator,
			BigDecimal value, String unitLabel, BigDecimal baseline, LocalDate dueDate, String note) {
		Target target = new Target(this.items.findById(item.id()).orElseThrow());
		target.update(name, kind, comparator, value, unitLabel, baseline, dueDate, note);
		target.placeAt(position);
		return ref(this.targets.save(target));
	}

	@Transactional
	public MilestoneRef milestone(ItemRef item, String title, LocalDate dueDate, boolean done) {
		Milestone milestone = new Milestone(this.items.findById(item.id()).orElseThrow());
		milestone.update(title, dueDate, done);
		return ref(this.milestones.save(milestone));
	}

	/**
	 * Archives a section, item, target or milestone (it stays in the database, out of the
	 * plan).
	 */
	@Transactional
	public void archive(Record ref) {
		PlanRecord managed;
		if (ref instanceof SectionRef section) {
			managed = this.sections.findById(section.id()).orElseThrow();
		}
		else if (ref instanceof ItemRef item) {
			managed = this.items.findById(item.id()).orElseThrow();
		}
		else if (ref instanceof TargetRef target) {
			managed = this.targets.findById(target.id()).orElseThrow();
		}
		else {
			managed = this.milestones.findById(((MilestoneRef) ref).id()).orElseThrow();
		}
		managed.archive();
	}

	/** Sets the plan's status as the office would. */
	@Transactional
	public void status(PlanRef plan, PlanStatus status) {
		Plan stored = this.plans.findById(plan.id()).orElseThrow();
		stored.update(stored.getYear(), stored.getTitle(), stored.getOrganization(), stored.getPreamble(), status);
	}

	/**
	 * Makes the plan active as the office does on the plan's form (so
	 * {@link PlanActivated} is announced).
	 */
	public void activate(PlanRef plan) {
		PlanForm form = PlanForm.of(this.plans.findById(plan.id()).orElseThrow());
		form.setStatus(PlanStatus.ACTIVE);
		this.editor.updatePlan(plan.id(), form);
	}

	/**
	 * Sets the plan's status as the office does on the plan's form (so
	 * {@link PlanActivated} or {@link PlanDeactivated} is announced when it changes).
	 */
	public void changeStatus(PlanRef plan, PlanStatus status) {
		PlanForm form = PlanForm.of(this.plans.findById(plan.id()).orElseThrow());
		form.setStatus(status);
		this.editor.updatePlan(plan.id(), form);
	}

	/**
	 * Sets which units lead and assist the item as its form does (so
	 * {@link ItemUnitsChanged} is announced when they change).
	 */
	public void changeUnits(ItemRef item, UnitRef lead, Set<UnitRef> assisting) {
		ItemForm form = ItemForm.of(this.items.findWithDetailsById(item.id()).orElseThrow());
		form.setLeadUnitId((lead != null) ? lead.id() : null);
		form.setAssistUnitIds(assisting.stream().map(UnitRef::id).toList());
		this.editor.updateItem(item.id(), form);
	}

	/** A percentage target on the item: 100% by the end of the year. */
	@Transactional
	public TargetRef percentageTarget(ItemRef item) {
		Target target = new Target(this.items.findById(item.id()).orElseThrow());
		target.update("成立比例", TargetKind.PERCENTAGE, TargetComparator.AT_LEAST, new BigDecimal("100"), "%", null,
				LocalDate.of(LocalDate.now(this.clock).getYear(), 12, 31), null);
		return ref(this.targets.save(target));
	}

	@Transactional(readOnly = true)
	public List<TargetRef> targets(ItemRef item) {
		return this.targets
			.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(this.items.findById(item.id()).orElseThrow())
			.stream()
			.map(TestPlans::ref)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<MilestoneRef> milestones(ItemRef item) {
		return this.milestones
			.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(this.items.findById(item.id()).orElseThrow())
			.stream()
			.map(TestPlans::ref)
			.toList();
	}

	/** The section the item stands in. */
	@Transactional(readOnly = true)
	public SectionRef sectionOf(ItemRef item) {
		PlanSection section = this.sections.findById(item.sectionId()).orElseThrow();
		return new SectionRef(section.getId(), (section.getParent() != null) ? section.getParent().getId() : null, null,
				section.getTitle());
	}

	/** The version a form must carry to change the item as it is stored now. */
	@Transactional(readOnly = true)
	public long version(ItemRef item) {
		return this.items.findById(item.id()).orElseThrow().getVersion();
	}

	/** A unit of its own, with no items. */
	@Transactional
	public UnitRef unit(String name) {
		OrgUnit unit = this.units
			.save(new OrgUnit(name + " " + UUID.randomUUID().toString().substring(0, 8), UnitKind.OTHER));
		return new UnitRef(unit.getId(), unit.getName());
	}

	@Transactional(readOnly = true)
	public ItemRef firstItem(PlanRef plan) {
		return items(plan).get(0);
	}

	/** The plan's items, by their position among their siblings, then by id. */
	@Transactional(readOnly = true)
	public List<ItemRef> items(PlanRef plan) {
		return this.items.findBySectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(plan.id())
			.stream()
			.map(TestPlans::ref)
			.toList();
	}

	/** The item as it is stored now. */
	@Transactional(readOnly = true)
	public ItemRef item(long itemId) {
		return ref(this.items.findById(itemId).orElseThrow());
	}

	/** The target as it is stored now. */
	@Transactional(readOnly = true)
	public TargetRef target(long targetId) {
		return ref(this.targets.findById(targetId).orElseThrow());
	}

	static PlanRef ref(Plan plan) {
		return new PlanRef(plan.getId(), plan.getYear(), plan.getTitle(), plan.getOrganization());
	}

	static ItemRef ref(PlanItem item) {
		return new ItemRef(item.getId(), item.getSection().getId(), item.getSortOrder(), item.getHeading(),
				(item.getLeadUnit() != null) ? item.getLeadUnit().getId() : null,
				item.getAssistUnits().stream().map(OrgUnit::getId).collect(Collectors.toSet()), item.getOwnerId(), null,
				item.getStartDate(), item.getEndDate(), item.getStatus());
	}

	static TargetRef ref(Target target) {
		return new TargetRef(target.getId(), target.getItemId(), target.getName(), target.getKind(),
				target.getComparator(), target.getTargetValue(), target.getUnitLabel(), target.getBaseline(),
				target.getDueDate());
	}

	static MilestoneRef ref(Milestone milestone) {
		return new MilestoneRef(milestone.getId(), milestone.getItemId(), milestone.getTitle(), milestone.getDueDate(),
				milestone.isDone());
	}

}
