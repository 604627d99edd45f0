package org.leagueplan.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a plan as people see it: sections with their labels (一、 / (一)), items with their
 * numbers, units, owners and targets. A page costs a fixed number of queries, however
 * large the plan.
 */
@Service
@Transactional(readOnly = true)
class PlanOutline {

	private final PlanRepository plans;

	private final PlanSectionRepository sections;

	private final PlanItemRepository items;

	private final TargetRepository targets;

	private final MilestoneRepository milestones;

	private final UserDirectory users;

	PlanOutline(PlanRepository plans, PlanSectionRepository sections, PlanItemRepository items,
			TargetRepository targets, MilestoneRepository milestones, UserDirectory users) {
		this.plans = plans;
		this.sections = sections;
		this.items = items;
		this.targets = targets;
		this.milestones = milestones;
		this.users = users;
	}

	public List<Plan> allPlans() {
		return this.plans.findAllByOrderByYearDescIdDesc();
	}

	/** The active plan of the latest year, or else the latest plan of any status. */
	public Optional<Plan> currentPlan() {
		return this.plans.findFirstByStatusOrderByYearDescIdDesc(PlanStatus.ACTIVE)
			.or(this.plans::findFirstByOrderByYearDescIdDesc);
	}

	public Plan plan(long planId) {
		return this.plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
	}

	/**
	 * The plan tree, narrowed by the filter; sections without a matching item are left
	 * out when filtering.
	 */
	public PlanTree tree(long planId, PlanFilter filter) {
		Plan plan = plan(planId);
		List<PlanItem> planItems = this.items.findBySectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(planId);
		Map<Long, List<Target>> targetsByItem = this.targets
			.findByItemSectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(planId)
			.stream()
			.collect(Collectors.groupingBy(Target::getItemId));
		Map<Long, UserSummary> owners = this.users.findByIds(ownerIds(planItems));
		Map<Long, List<ItemRow>> rowsBySection = new HashMap<>();
		Map<Long, Integer> positions = new HashMap<>();
		int shown = 0;
		for (PlanItem item : planItems) {
			long sectionId = item.getSection().getId();
			int number = positions.merge(sectionId, 1, Integer::sum);
			if (filter.matches(item)) {
				rowsBySection.computeIfAbsent(sectionId, id -> new ArrayList<>())
					.add(new ItemRow(item, number, ownerName(owners, item.getOwnerId()),
							targetsByItem.getOrDefault(item.getId(), List.of())));
				shown++;
			}
		}
		List<SectionNode> roots = buildSections(planId, rowsBySection, filter.isActive());
		return new PlanTree(plan, roots, planItems.size(), shown, filter);
	}

	/**
	 * The active plan as plain values, read by projection queries (no item, target or
	 * milestone entity is loaded): the labelled sections in order (their nodes hold no
	 * items), the items in plan order with their assisting units and owners' names, the
	 * targets and the milestones.
	 */
	public PlanValues values(long planId) {
		Plan plan = plan(planId);
		List<PlanItemRepository.ItemValues> planItems = this.items.findValuesByPlanId(planId);
		Map<Long, Set<Long>> assisting = new HashMap<>();
		this.items.findAssistingByPlanId(planId)
			.forEach(pair -> assisting.computeIfAbsent(pair.itemId(), id -> new HashSet<>()).add(pair.unitId()));
		Map<Long, UserSummary> owners = this.users.findByIds(planItems.stream()
			.map(PlanItemRepository.ItemValues::ownerId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		Map<Long, String> ownerNames = new HashMap<>();
		owners.forEach((id, owner) -> ownerNames.put(id, ownerName(owners, id)));
		return new PlanValues(plan, buildSections(planId, Map.of(), false), planItems, assisting, ownerNames,
				this.targets.findRefsByPlanId(planId), this.milestones.findRefsByPlanId(planId));
	}

	private List<SectionNode> buildSections(long planId, Map<Long, List<ItemRow>> rowsBySection, boolean pruneEmpty) {
		List<PlanSection> active = this.sections.findByPlanIdOrderBySortOrderAscIdAsc(planId)
			.stream()
			.filter(section -> !section.isArchived())
			.toList();
		Map<Long, List<PlanSection>> childrenByParent = new LinkedHashMap<>();
		List<PlanSection> top = new ArrayList<>();
		for (PlanSection section : active) {
			if (section.getParentId() == null) {
				top.add(section);
			}
			else {
				childrenByParent.computeIfAbsent(section.getParentId(), id -> new ArrayList<>()).add(section);
			}
		}
		List<SectionNode> roots = new ArrayList<>();
		for (int i = 0; i < top.size(); i++) {
			PlanSection section = top.get(i);
			List<SectionNode> children = new ArrayList<>();
			List<PlanSection> subsections = childrenByParent.getOrDefault(section.getId(), List.of());
			for (int j = 0; j < subsections.size(); j++) {
				PlanSection child = subsections.get(j);
				SectionNode node = new SectionNode(child, ChineseNumerals.sectionLabel(j + 1, true), List.of(),
						rowsBySection.getOrDefault(child.getId(), List.of()));
				if (!pruneEmpty || node.hasItems()) {
					children.add(node);
				}
			}
			SectionNode node = new SectionNode(section, ChineseNumerals.sectionLabel(i + 1, false), children,
					rowsBySection.getOrDefault(section.getId(), List.of()));
			if (!pruneEmpty || node.hasItems()) {
				roots.add(node);
			}
		}
		return roots;
	}

	/** Everything the item page shows about one item. */
	public ItemDetails itemDetails(long itemId) {
		PlanItem item = item(itemId);
		PlanSection section = item.getSection();
		List<PlanSection> planSections = this.sections.findByPlanIdOrderBySortOrderAscIdAsc(section.getPlan().getId());
		List<PlanItem> siblings = this.items.findBySectionAndArchivedFalseOrderBySortOrderAscIdAsc(section);
		int number = siblings.indexOf(item) + 1;
		String owner = ownerName(this.users.findByIds(ownerIds(List.of(item))), item.getOwnerId());
		return new ItemDetails(item, sectionPath(section, planSections), number, owner,
				this.targets.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(item),
				this.milestones.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(item));
	}

	public PlanItem item(long itemId) {
		return this.items.findWithDetailsById(itemId).orElseThrow(() -> new NotFoundException("item", itemId));
	}

	public PlanSection section(long sectionId) {
		return this.sections.findWithPlanById(sectionId).orElseThrow(() -> new NotFoundException("section", sectionId));
	}

	public boolean hasSubsections(PlanSection section) {
		return this.sections.existsByParentAndArchivedFalse(section);
	}

	public Target target(long targetId) {
		return this.targets.findWithItemById(targetId).orElseThrow(() -> new NotFoundException("target", targetId));
	}

	public Milestone milestone(long milestoneId) {
		return this.milestones.findWithItemById(milestoneId)
			.orElseThrow(() -> new NotFoundException("milestone", milestoneId));
	}

	/**
	 * The labelled sections of a plan in tree order, for choosing where an item or
	 * subsection goes.
	 */
	public List<SectionChoice> sectionChoices(long planId) {
		List<PlanSection> planSections = this.sections.findByPlanIdOrderBySortOrderAscIdAsc(planId);
		List<SectionChoice> choices = new ArrayList<>();
		for (PlanSection section : planSections) {
			if (!section.isArchived() && section.getParentId() == null) {
				choices.add(new SectionChoice(section.getId(), sectionPath(section, planSections), true));
				for (PlanSection child : planSections) {
					if (!child.isArchived() && section.getId().equals(child.getParentId())) {
						choices.add(new SectionChoice(child.getId(), sectionPath(child, planSections), false));
					}
				}
			}
		}
		return choices;
	}

	/** A section's label and title with its parent's, e.g. "三、以…为契机 › (一)以…为切入点". */
	static String sectionPath(PlanSection section, List<PlanSection> planSections) {
		String own = positionLabel(section, planSections) + section.getTitle();
		if (section.getParentId() == null) {
			return own;
		}
		PlanSection parent = planSections.stream()
			.filter(candidate -> candidate.getId().equals(section.getParentId()))
			.findFirst()
			.orElseThrow();
		return positionLabel(parent, planSections) + parent.getTitle() + " › " + own;
	}

	private static String positionLabel(PlanSection section, List<PlanSection> planSections) {
		if (section.isArchived()) {
			return "";
		}
		List<PlanSection> siblings = planSections.stream()
			.filter(candidate -> !candidate.isArchived())
			.filter(candidate -> Objects.equals(candidate.getParentId(), section.getParentId()))
			.toList();
		return ChineseNumerals.sectionLabel(siblings.indexOf(section) + 1, section.getParentId() != null);
	}

	/** The archived parts of a plan, to be restored. */
	public ArchivedParts archived(long planId) {
		Plan plan = plan(planId);
		List<PlanSection> planSections = this.sections.findByPlanIdOrderBySortOrderAscIdAsc(planId);
		return new ArchivedParts(plan, planSections.stream().filter(PlanSection::isArchived).toList(),
				this.items.findBySectionPlanIdAndArchivedTrueOrderBySortOrderAscIdAsc(planId),
				this.targets.findByItemSectionPlanIdAndArchivedTrueOrderBySortOrderAscIdAsc(planId),
				this.milestones.findByItemSectionPlanIdAndArchivedTrueOrderBySortOrderAscIdAsc(planId));
	}

	private static Collection<Long> ownerIds(List<PlanItem> planItems) {
		return planItems.stream().map(PlanItem::getOwnerId).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	private static String ownerName(Map<Long, UserSummary> owners, Long ownerId) {
		UserSummary owner = (ownerId != null) ? owners.get(ownerId) : null;
		return (owner != null) ? owner.displayName() : null;
	}

	public record PlanTree(Plan plan, List<SectionNode> sections, int itemCount, int shownCount, PlanFilter filter) {
	}

	/**
	 * {@link #values(long)}: sections without items, the items in plan order, assisting
	 * unit ids and owners' names by id, the targets in plan order, the milestones by due
	 * date.
	 */
	public record PlanValues(Plan plan, List<SectionNode> sections, List<PlanItemRepository.ItemValues> items,
			Map<Long, Set<Long>> assistingUnits, Map<Long, String> ownerNames, List<TargetRef> targets,
			List<MilestoneRef> milestones) {
	}

	public record SectionNode(PlanSection section, String label, List<SectionNode> children, List<ItemRow> items) {

		boolean hasItems() {
			return !this.items.isEmpty() || this.children.stream().anyMatch(SectionNode::hasItems);
		}

	}

	public record ItemRow(PlanItem item, int number, String ownerName, List<Target> targets) {
	}

	public record ItemDetails(PlanItem item, String sectionPath, int number, String ownerName, List<Target> targets,
			List<Milestone> milestones) {
	}

	public record SectionChoice(long id, String label, boolean topLevel) {

		/**
		 * The label of the chosen section, or nothing when none (or an unknown one) is
		 * chosen.
		 */
		public static String labelOf(List<SectionChoice> choices, Long id) {
			return choices.stream()
				.filter(choice -> id != null && choice.id() == id)
				.map(SectionChoice::label)
				.findFirst()
				.orElse(null);
		}

	}

	public record ArchivedParts(Plan plan, List<PlanSection> sections, List<PlanItem> items, List<Target> targets,
			List<Milestone> milestones) {
	}

}
