package org.leagueplan.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.PlanChoice;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanOutline.ItemRow;
import org.leagueplan.plan.PlanOutline.PlanTree;
import org.leagueplan.plan.PlanOutline.PlanValues;
import org.leagueplan.plan.PlanOutline.SectionNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (progress, dashboard) read of plans, in a fixed number of queries
 * per call. Who may do what to which record is {@link PlanPermissions}'.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

	private final PlanOutline outline;

	private final TargetRepository targets;

	private final MilestoneRepository milestones;

	private final OrgUnitRepository units;

	private final PlanPermissions permissions;

	private final PlanItemRepository items;

	PlanQueries(PlanOutline outline, TargetRepository targets, MilestoneRepository milestones, OrgUnitRepository units,
			PlanPermissions permissions, PlanItemRepository items) {
		this.items = items;
		this.outline = outline;
		this.targets = targets;
		this.milestones = milestones;
		this.units = units;
		this.permissions = permissions;
	}

	public List<PlanRef> plans() {
		return this.outline.allPlans().stream().map(PlanQueries::ref).toList();
	}

	/**
	 * The plans a person may choose to look at: the active ones; drafts only for whoever
	 * may edit them (the plan-wide right); and the plan on show, whatever its status, so
	 * the selector never names another plan than the page.
	 */
	public List<PlanChoice> selectablePlans(Long shownPlanId) {
		boolean editsDrafts = this.permissions.maySeeDrafts();
		return this.outline.allPlans()
			.stream()
			.filter(plan -> plan.getStatus() == PlanStatus.ACTIVE
					|| (plan.getStatus() == PlanStatus.DRAFT && editsDrafts) || plan.getId().equals(shownPlanId))
			.map(plan -> new PlanChoice(plan.getId(), plan.getTitle(), plan.getStatus() == PlanStatus.DRAFT,
					plan.getStatus() == PlanStatus.ARCHIVED))
			.toList();
	}

	/** The plan with the id, whatever its status; not found: the 404 page. */
	public PlanRef plan(long planId) {
		return ref(this.outline.plan(planId));
	}

	/** The ids of the active plans (reminders run for them only). */
	public List<Long> activePlanIds() {
		return this.outline.allPlans()
			.stream()
			.filter(plan -> plan.getStatus() == PlanStatus.ACTIVE)
			.map(Plan::getId)
			.toList();
	}

	public Optional<PlanRef> currentPlan() {
		return this.outline.currentPlan().map(PlanQueries::ref);
	}

	/** The active units, in their order. */
	public List<UnitRef> units() {
		return this.units.findByArchivedFalseOrderBySortOrderAscIdAsc()
			.stream()
			.map(unit -> new UnitRef(unit.getId(), unit.getName()))
			.toList();
	}

	/**
	 * The whole active plan, read by projections (the dashboard's and the reports'
	 * input); the same values as {@link #planDocument(long)}{@code .data()}, which reads
	 * the plan's texts too.
	 */
	public PlanData planData(long planId) {
		PlanValues values = this.outline.values(planId);
		Map<Long, List<PlanItemRepository.ItemValues>> itemsBySection = new HashMap<>();
		values.items()
			.forEach(item -> itemsBySection.computeIfAbsent(item.sectionId(), id -> new ArrayList<>()).add(item));
		Map<Long, List<TargetRef>> targetsByItem = new HashMap<>();
		values.targets()
			.forEach(target -> targetsByItem.computeIfAbsent(target.itemId(), id -> new ArrayList<>()).add(target));
		List<SectionRef> sections = new ArrayList<>();
		List<ItemRef> items = new ArrayList<>();
		List<TargetRef> targets = new ArrayList<>();
		for (SectionNode root : values.sections()) {
			List<SectionNode> nodes = new ArrayList<>();
			nodes.add(root);
			nodes.addAll(root.children());
			for (SectionNode node : nodes) {
				long sectionId = node.section().getId();
				sections.add(new SectionRef(sectionId, (node == root) ? null : root.section().getId(), node.label(),
						node.section().getTitle()));
				int number = 0;
				for (PlanItemRepository.ItemValues item : itemsBySection.getOrDefault(sectionId, List.of())) {
					items.add(new ItemRef(item.id(), sectionId, ++number, item.heading(), item.leadUnitId(),
							values.assistingUnits().getOrDefault(item.id(), Set.of()), item.ownerId(),
							(item.ownerId() != null) ? values.ownerNames().get(item.ownerId()) : null, item.startDate(),
							item.endDate(), item.status()));
					targets.addAll(targetsByItem.getOrDefault(item.id(), List.of()));
				}
			}
		}
		return new PlanData(ref(values.plan()), sections, items, targets, values.milestones(), units());
	}

	/**
	 * The whole active plan with its texts (preamble, items' full texts, targets' notes)
	 * and unit names, in the same number of queries as {@link #planData(long)}.
	 */
	public PlanDocument planDocument(long planId) {
		PlanTree tree = this.outline.tree(planId, PlanFilter.NONE);
		Map<Long, String> bodies = new HashMap<>();
		Map<Long, String> notes = new HashMap<>();
		Map<Long, String> unitNames = new HashMap<>();
		tree.sections().forEach(node -> collectTexts(node, bodies, notes, unitNames));
		return new PlanDocument(data(tree), tree.plan().getPreamble(), bodies, notes, unitNames);
	}

	private static void collectTexts(SectionNode node, Map<Long, String> bodies, Map<Long, String> notes,
			Map<Long, String> unitNames) {
		for (ItemRow row : node.items()) {
			PlanItem item = row.item();
			if (item.getBody() != null) {
				bodies.put(item.getId(), item.getBody());
			}
			if (item.getLeadUnit() != null) {
				unitNames.put(item.getLeadUnit().getId(), item.getLeadUnit().getName());
			}
			item.getAssistUnits().forEach(unit -> unitNames.put(unit.getId(), unit.getName()));
			row.targets()
				.stream()
				.filter(target -> target.getNote() != null)
				.forEach(target -> notes.put(target.getId(), target.getNote()));
		}
		node.children().forEach(child -> collectTexts(child, bodies, notes, unitNames));
	}

	private PlanData data(PlanTree tree) {
		long planId = tree.plan().getId();
		List<SectionRef> sections = new ArrayList<>();
		List<ItemRef> items = new ArrayList<>();
		List<TargetRef> targetRefs = new ArrayList<>();
		for (SectionNode node : tree.sections()) {
			collect(node, null, sections, items, targetRefs);
		}
		List<MilestoneRef> milestoneRefs = this.milestones
			.findByItemSectionPlanIdAndArchivedFalseOrderByDueDateAscIdAsc(planId)
			.stream()
			.map(PlanQueries::ref)
			.toList();
		return new PlanData(ref(tree.plan()), sections, items, targetRefs, milestoneRefs, units());
	}

	private static void collect(SectionNode node, Long parentId, List<SectionRef> sections, List<ItemRef> items,
			List<TargetRef> targets) {
		sections.add(new SectionRef(node.section().getId(), parentId, node.label(), node.section().getTitle()));
		for (ItemRow row : node.items()) {
			items.add(ref(row));
			row.targets().stream().map(PlanQueries::ref).forEach(targets::add);
		}
		for (SectionNode child : node.children()) {
			collect(child, node.section().getId(), sections, items, targets);
		}
	}

	public TargetRef target(long targetId) {
		return ref(this.outline.target(targetId));
	}

	/** The targets with the given ids (those that exist), in one query, by target id. */
	public Map<Long, TargetRef> targets(java.util.Collection<Long> targetIds) {
		if (targetIds.isEmpty()) {
			return Map.of();
		}
		return this.targets.findRefsByIdIn(targetIds)
			.stream()
			.collect(Collectors.toMap(TargetRef::id, java.util.function.Function.identity()));
	}

	/**
	 * The plan the plan was copied from into its year (下一年度计划), if it was copied.
	 */
	public Optional<Long> sourcePlanId(long planId) {
		return Optional.ofNullable(this.outline.plan(planId).getSourcePlanId());
	}

	/**
	 * Where a copied plan came from: its source plan and, for each of its active targets
	 * that was copied, the source target's id — in two queries.
	 */
	public PlanLineage lineage(long planId) {
		Long sourcePlanId = this.outline.plan(planId).getSourcePlanId();
		if (sourcePlanId == null) {
			return new PlanLineage(planId, null, Map.of());
		}
		Map<Long, Long> sources = new HashMap<>();
		for (Object[] pair : this.targets.findSourcePairsByPlanId(planId)) {
			sources.put((Long) pair[0], (Long) pair[1]);
		}
		return new PlanLineage(planId, sourcePlanId, Map.copyOf(sources));
	}

	/** The plan an item belongs to, and the item's period. */
	public ItemContext itemContext(long itemId) {
		PlanItem item = this.outline.item(itemId);
		Plan plan = item.getSection().getPlan();
		return new ItemContext(itemId, item.getHeading(), ref(plan), item.getStartDate(), item.getEndDate());
	}

	/**
	 * Whether the plan is active: its items are assigned to their units and supervised
	 * only then.
	 */
	public boolean isActive(long planId) {
		return this.outline.plan(planId).getStatus() == PlanStatus.ACTIVE;
	}

	/** An item's units as stored now, with its plan and whether it is archived. */
	public ItemUnits itemUnits(long itemId) {
		return units(this.outline.item(itemId));
	}

	/**
	 * The units of the items with the given ids (those that exist), in one query, by item
	 * id.
	 */
	public Map<Long, ItemUnits> itemUnits(java.util.Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		return this.items.findWithDetailsByIdIn(itemIds)
			.stream()
			.collect(Collectors.toMap(PlanItem::getId, PlanQueries::units));
	}

	private static ItemUnits units(PlanItem item) {
		Plan plan = item.getSection().getPlan();
		return new ItemUnits(item.getId(), plan.getId(), plan.getTitle(), item.getHeading(), item.getEndDate(),
				item.isArchived(), plan.getStatus() == PlanStatus.ACTIVE,
				(item.getLeadUnit() != null) ? item.getLeadUnit().getId() : null,
				item.getAssistUnits().stream().map(OrgUnit::getId).collect(Collectors.toSet()));
	}

	private static PlanRef ref(Plan plan) {
		return new PlanRef(plan.getId(), plan.getYear(), plan.getTitle(), plan.getOrganization());
	}

	private static ItemRef ref(ItemRow row) {
		PlanItem item = row.item();
		return new ItemRef(item.getId(), item.getSection().getId(), row.number(), item.getHeading(),
				(item.getLeadUnit() != null) ? item.getLeadUnit().getId() : null,
				item.getAssistUnits().stream().map(OrgUnit::getId).collect(Collectors.toSet()), item.getOwnerId(),
				row.ownerName(), item.getStartDate(), item.getEndDate(), item.getStatus());
	}

	private static TargetRef ref(Target target) {
		return new TargetRef(target.getId(), target.getItemId(), target.getName(), target.getKind(),
				target.getComparator(), target.getTargetValue(), target.getUnitLabel(), target.getBaseline(),
				target.getDueDate());
	}

	private static MilestoneRef ref(Milestone milestone) {
		return new MilestoneRef(milestone.getId(), milestone.getItemId(), milestone.getTitle(), milestone.getDueDate(),
				milestone.isDone());
	}

	/**
	 * Which units lead and assist an item now ({@code leadUnitId} {@code null} when none
	 * leads), with its plan and whether the item is archived and the plan active.
	 */
	public record ItemUnits(long itemId, long planId, String planTitle, String heading, java.time.LocalDate endDate,
			boolean archived, boolean planActive, Long leadUnitId, Set<Long> assistUnitIds) {
	}

	/**
	 * A plan copied into a new year and its source ({@code sourcePlanId} {@code null}
	 * when the plan is no copy); {@code sourceTargetIds}: each copied target's source
	 * target by the target's id.
	 */
	public record PlanLineage(long planId, Long sourcePlanId, Map<Long, Long> sourceTargetIds) {
	}

	/** An item with its plan and period. */
	public record ItemContext(long itemId, String heading, PlanRef plan, java.time.LocalDate startDate,
			java.time.LocalDate endDate) {
	}

}
