package org.leagueplan.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import org.leagueplan.plan.PlanDraft.ItemDraft;
import org.leagueplan.plan.PlanDraft.MilestoneDraft;
import org.leagueplan.plan.PlanDraft.SectionDraft;
import org.leagueplan.plan.PlanDraft.TargetDraft;
import org.leagueplan.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a checked draft as a new plan or adds it to an existing plan, in one transaction
 * (the units it lists created first if missing): a section whose title the plan already
 * has receives the draft's items after its own; other sections are appended. The audit
 * log gets one line for the whole import.
 */
@Component
class PlanImporter {

	private final PlanRepository plans;

	private final PlanSectionRepository sections;

	private final PlanItemRepository items;

	private final TargetRepository targets;

	private final MilestoneRepository milestones;

	private final OrgUnitRepository units;

	private final ApplicationEventPublisher events;

	PlanImporter(PlanRepository plans, PlanSectionRepository sections, PlanItemRepository items,
			TargetRepository targets, MilestoneRepository milestones, OrgUnitRepository units,
			ApplicationEventPublisher events) {
		this.plans = plans;
		this.sections = sections;
		this.items = items;
		this.targets = targets;
		this.milestones = milestones;
		this.units = units;
		this.events = events;
	}

	/**
	 * Saves the draft; {@code progress} hears the number of items saved so far.
	 * @param intoPlanId the plan to add to, or {@code null} for a new plan
	 * @return the plan's id, and the ids of the keyed items and targets
	 */
	@Transactional
	public PlanDraft.Saved save(PlanDraft draft, Long intoPlanId, IntConsumer progress) {
		return save(draft, intoPlanId, progress, (intoPlanId != null) ? "IMPORTED_INTO" : "IMPORTED",
				"#auditDetail.imported");
	}

	/**
	 * Saves the draft as {@link #save(PlanDraft, Long, IntConsumer)} does, with the audit
	 * line's own action and summary code: the numbers of sections, items and targets
	 * saved are appended to {@code auditSummary} as its last three arguments.
	 */
	@Transactional
	public PlanDraft.Saved save(PlanDraft draft, Long intoPlanId, IntConsumer progress, String auditAction,
			String auditSummary) {
		Plan plan = (intoPlanId != null)
				? this.plans.findById(intoPlanId).orElseThrow(() -> new NotFoundException("plan", intoPlanId))
				: newPlan(draft);
		Map<String, OrgUnit> unitsByName = new HashMap<>();
		List<OrgUnit> active = this.units.findByArchivedFalseOrderBySortOrderAscIdAsc();
		active.forEach(unit -> unitsByName.put(unit.getName(), unit));
		int unitPlace = PlanEditor.nextPlace(active);
		for (PlanDraft.UnitDraft wanted : draft.units()) {
			if (!unitsByName.containsKey(wanted.name()) && this.units.findByNameIgnoreCase(wanted.name()).isEmpty()) {
				OrgUnit unit = new OrgUnit(wanted.name(), wanted.kind());
				unit.placeAt(unitPlace++);
				unitsByName.put(wanted.name(), this.units.save(unit));
			}
		}
		Context context = new Context(unitsByName, progress, intoPlanId != null);
		List<PlanSection> existing = new java.util.ArrayList<>(
				this.sections.findByPlanAndParentIsNullAndArchivedFalseOrderBySortOrderAscIdAsc(plan));
		for (SectionDraft section : draft.sections()) {
			saveSection(plan, null, existing, section, context);
		}
		// a message code and its numbers, which the audit log shows in the reader's
		// language (audit.internal.AuditTexts)
		String summary = auditSummary + "|" + draft.sections().size() + "|" + context.saved + "|" + context.targets;
		this.events.publishEvent(new PlanChanged(auditAction, "plan", plan.getId(), plan.getTitle(), null, summary));
		if (intoPlanId == null && plan.getStatus() == PlanStatus.ACTIVE) {
			// a new plan's items are announced with the plan, not one by one
			this.events.publishEvent(new PlanActivated(plan.getId()));
		}
		return new PlanDraft.Saved(plan.getId(), Map.copyOf(context.itemIds), Map.copyOf(context.targetIds));
	}

	private Plan newPlan(PlanDraft draft) {
		Plan plan = new Plan(draft.year(), draft.title(), draft.organization(), draft.preamble(),
				draft.active() ? PlanStatus.ACTIVE : PlanStatus.DRAFT);
		plan.copiedFrom(draft.sourcePlanId());
		return this.plans.save(plan);
	}

	private void saveSection(Plan plan, PlanSection parent, List<PlanSection> siblings, SectionDraft draft,
			Context context) {
		PlanSection section = siblings.stream()
			.filter(sibling -> Objects.equals(sibling.getTitle(), draft.title()))
			.findFirst()
			.orElse(null);
		if (section == null) {
			section = new PlanSection(plan, parent, draft.title());
			section.placeAt(PlanEditor.nextPlace(siblings));
			section = this.sections.save(section);
			siblings.add(section);
		}
		List<PlanItem> items = this.items.findBySectionAndArchivedFalseOrderBySortOrderAscIdAsc(section);
		int place = PlanEditor.nextPlace(items);
		for (ItemDraft itemDraft : draft.items()) {
			saveItem(section, place++, itemDraft, context);
		}
		List<PlanSection> children = new java.util.ArrayList<>(
				this.sections.findByParentAndArchivedFalseOrderBySortOrderAscIdAsc(section));
		for (SectionDraft child : draft.subsections()) {
			saveSection(plan, section, children, child, context);
		}
	}

	private void saveItem(PlanSection section, int place, ItemDraft draft, Context context) {
		PlanItem item = new PlanItem(section, draft.heading(), draft.text(), draft.status());
		Set<OrgUnit> assisting = new HashSet<>();
		draft.assistUnits().stream().map(context.units::get).filter(Objects::nonNull).forEach(assisting::add);
		item.update(draft.heading(), draft.text(), context.units.get(draft.leadUnit()), assisting, draft.ownerId(),
				draft.startDate(), draft.endDate(), draft.status());
		item.placeAt(place);
		this.items.save(item);
		if (context.announceUnits && (item.getLeadUnit() != null || !item.getAssistUnits().isEmpty())) {
			this.events.publishEvent(PlanEditor.unitsOf(item));
		}
		if (draft.key() != null) {
			context.itemIds.put(draft.key(), item.getId());
		}
		int targetPlace = 1;
		for (TargetDraft targetDraft : draft.targets()) {
			Target target = new Target(item);
			target.update(targetDraft.name(), targetDraft.kind(), targetDraft.comparator(), targetDraft.value(),
					targetDraft.unit(), targetDraft.baseline(), targetDraft.dueDate(), targetDraft.note());
			target.copiedFrom(targetDraft.sourceTargetId());
			target.placeAt(targetPlace++);
			this.targets.save(target);
			if (targetDraft.key() != null) {
				context.targetIds.put(targetDraft.key(), target.getId());
			}
			context.targets++;
		}
		int milestonePlace = 1;
		for (MilestoneDraft milestoneDraft : draft.milestones()) {
			Milestone milestone = new Milestone(item);
			milestone.update(milestoneDraft.title(), milestoneDraft.date(), milestoneDraft.done());
			milestone.placeAt(milestonePlace++);
			this.milestones.save(milestone);
		}
		context.saved++;
		context.progress.accept(context.saved);
	}

	private static final class Context {

		final Map<String, OrgUnit> units;

		final IntConsumer progress;

		int saved;

		int targets;

		final Map<String, Long> itemIds = new HashMap<>();

		final Map<String, Long> targetIds = new HashMap<>();

		/** Whether each item's units are announced (items added to an existing plan). */
		final boolean announceUnits;

		Context(Map<String, OrgUnit> units, IntConsumer progress, boolean announceUnits) {
			this.units = units;
			this.progress = progress;
			this.announceUnits = announceUnits;
		}

	}

}
