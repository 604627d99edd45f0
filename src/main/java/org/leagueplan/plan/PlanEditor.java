package org.leagueplan.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.leagueplan.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates and changes the parts of a plan. A change is applied only to the version the
 * person loaded: a form with an older version is a conflict, unless it asks for exactly
 * what is stored already. A create form's one-time token makes a repeated submit return
 * the first result instead of creating again. The caller has validated the form,
 * including the references it names.
 */
@Service
@Transactional
class PlanEditor {

	private final PlanRepository plans;

	private final PlanSectionRepository sections;

	private final PlanItemRepository items;

	private final TargetRepository targets;

	private final MilestoneRepository milestones;

	private final OrgUnitRepository units;

	private final FormSubmissionRepository submissions;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	PlanEditor(PlanRepository plans, PlanSectionRepository sections, PlanItemRepository items, TargetRepository targets,
			MilestoneRepository milestones, OrgUnitRepository units, FormSubmissionRepository submissions,
			ApplicationEventPublisher events, java.time.Clock clock) {
		this.clock = clock;
		this.plans = plans;
		this.sections = sections;
		this.items = items;
		this.targets = targets;
		this.milestones = milestones;
		this.units = units;
		this.submissions = submissions;
		this.events = events;
	}

	public RecordRef createPlan(PlanForm form) {
		return once(form, () -> {
			Plan plan = new Plan(form.getYear(), form.getTitle(), form.getOrganization(), form.getPreamble(),
					form.getStatus());
			created(this.plans.save(plan));
			if (plan.getStatus() == PlanStatus.ACTIVE) {
				this.events.publishEvent(new PlanActivated(plan.getId()));
			}
			return RecordRef.plan(plan.getId());
		});
	}

	public SaveOutcome updatePlan(long planId, PlanForm form) {
		Plan plan = this.plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
		boolean wasActive = plan.getStatus() == PlanStatus.ACTIVE;
		SaveOutcome outcome = update(plan, plan.getVersion(), form, () -> form.sameAs(plan), () -> form.applyTo(plan));
		if (outcome == SaveOutcome.SAVED && !wasActive && plan.getStatus() == PlanStatus.ACTIVE) {
			this.events.publishEvent(new PlanActivated(planId));
		}
		if (outcome == SaveOutcome.SAVED && wasActive && plan.getStatus() != PlanStatus.ACTIVE) {
			this.events.publishEvent(new PlanDeactivated(planId, plan.getStatus()));
		}
		return outcome;
	}

	public RecordRef createSection(long planId, SectionForm form) {
		return once(form, () -> {
			Plan plan = this.plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
			PlanSection section = new PlanSection(plan, section(form.getParentId()), form.getTitle());
			section.placeAt(nextPlace(this.sections.findSiblings(section)));
			created(this.sections.save(section));
			return RecordRef.plan(planId);
		});
	}

	public SaveOutcome updateSection(long sectionId, SectionForm form) {
		PlanSection section = section(sectionId);
		return update(section, section.getVersion(), form, () -> form.sameAs(section), () -> {
			boolean moved = !Objects.equals(section.getParentId(), form.getParentId());
			section.update(section(form.getParentId()), form.getTitle());
			if (moved) {
				section.placeAt(nextPlace(this.sections.findSiblings(section)));
			}
		});
	}

	public RecordRef createItem(ItemForm form) {
		return once(form, () -> {
			PlanSection section = section(form.getSectionId());
			PlanItem item = new PlanItem(section, form.getHeading(), form.getBody(), form.getStatus());
			applyItem(item, form);
			item.placeAt(nextPlace(this.items.findBySectionAndArchivedFalseOrderBySortOrderAscIdAsc(section)));
			created(this.items.save(item));
			if (item.getLeadUnit() != null || !item.getAssistUnits().isEmpty()) {
				this.events.publishEvent(unitsOf(item));
			}
			return RecordRef.item(item.getId());
		});
	}

	public SaveOutcome updateItem(long itemId, ItemForm form) {
		PlanItem item = this.items.findById(itemId).orElseThrow(() -> new NotFoundException("item", itemId));
		ItemUnitsChanged before = unitsOf(item);
		SaveOutcome outcome = update(item, item.getVersion(), form, () -> form.sameAs(item), () -> {
			if (!item.getSection().getId().equals(form.getSectionId())) {
				PlanSection target = section(form.getSectionId());
				item.moveTo(target);
				item.placeAt(nextPlace(this.items.findBySectionAndArchivedFalseOrderBySortOrderAscIdAsc(target)));
			}
			applyItem(item, form);
		});
		ItemUnitsChanged after = unitsOf(item);
		if (outcome == SaveOutcome.SAVED && !after.equals(before)) {
			this.events.publishEvent(after);
		}
		return outcome;
	}

	/** The item's units as they are now, as the event announcing them. */
	static ItemUnitsChanged unitsOf(PlanItem item) {
		return new ItemUnitsChanged(item.getSection().getPlan().getId(), item.getId(),
				(item.getLeadUnit() != null) ? item.getLeadUnit().getId() : null,
				item.getAssistUnits().stream().map(OrgUnit::getId).collect(java.util.stream.Collectors.toSet()));
	}

	/** Sets an item's status (from a progress update), recorded like any other change. */
	public void changeItemStatus(long itemId, ItemStatus status) {
		PlanItem item = this.items.findById(itemId).orElseThrow(() -> new NotFoundException("item", itemId));
		if (item.getStatus() == status) {
			return;
		}
		String before = item.describe();
		item.changeStatus(status);
		this.events.publishEvent(
				new PlanChanged("UPDATED", item.auditType(), item.getId(), item.auditTitle(), before, item.describe()));
	}

	private void applyItem(PlanItem item, ItemForm form) {
		OrgUnit lead = (form.getLeadUnitId() != null) ? unit(form.getLeadUnitId()) : null;
		Set<OrgUnit> assisting = new HashSet<>(this.units.findAllById(form.distinctAssistUnitIds()));
		item.update(form.getHeading(), form.getBody(), lead, assisting, form.getOwnerId(), form.getStartDate(),
				form.getEndDate(), form.getStatus());
	}

	public RecordRef createTarget(long itemId, TargetForm form) {
		return once(form, () -> {
			PlanItem item = this.items.findById(itemId).orElseThrow(() -> new NotFoundException("item", itemId));
			Target target = new Target(item);
			form.applyTo(target);
			target.placeAt(nextPlace(this.targets.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(item)));
			created(this.targets.save(target));
			return RecordRef.item(itemId);
		});
	}

	public SaveOutcome updateTarget(long targetId, TargetForm form) {
		Target target = this.targets.findById(targetId).orElseThrow(() -> new NotFoundException("target", targetId));
		return update(target, target.getVersion(), form, () -> form.sameAs(target), () -> form.applyTo(target));
	}

	public RecordRef createMilestone(long itemId, MilestoneForm form) {
		return once(form, () -> {
			PlanItem item = this.items.findById(itemId).orElseThrow(() -> new NotFoundException("item", itemId));
			Milestone milestone = new Milestone(item);
			form.applyTo(milestone);
			milestone.placeAt(nextPlace(this.milestones.findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(item)));
			created(this.milestones.save(milestone));
			return RecordRef.item(itemId);
		});
	}

	public SaveOutcome updateMilestone(long milestoneId, MilestoneForm form) {
		Milestone milestone = this.milestones.findById(milestoneId)
			.orElseThrow(() -> new NotFoundException("milestone", milestoneId));
		return update(milestone, milestone.getVersion(), form, () -> form.sameAs(milestone),
				() -> form.applyTo(milestone));
	}

	public RecordRef createUnit(UnitForm form) {
		return once(form, () -> {
			OrgUnit unit = new OrgUnit(form.getName(), form.getKind());
			unit.placeAt(nextPlace(this.units.findByArchivedFalseOrderBySortOrderAscIdAsc()));
			created(this.units.save(unit));
			return RecordRef.units();
		});
	}

	public SaveOutcome updateUnit(long unitId, UnitForm form) {
		OrgUnit unit = unit(unitId);
		return update(unit, unit.getVersion(), form, () -> form.sameAs(unit), () -> form.applyTo(unit));
	}

	/** What an earlier submit of this one-time token led to, if it was processed. */
	@Transactional(readOnly = true)
	public java.util.Optional<RecordRef> earlierResult(String token) {
		return StringUtils.hasText(token) ? this.submissions.findById(token).map(FormSubmission::getResult)
				: java.util.Optional.empty();
	}

	/**
	 * Runs a create of another service of the plan's once per one-time token, as the
	 * creates here are run.
	 */
	RecordRef createOnce(EditForm form, Supplier<RecordRef> create) {
		return once(form, create);
	}

	private RecordRef once(EditForm form, Supplier<RecordRef> create) {
		String token = form.getToken();
		if (!StringUtils.hasText(token)) {
			return create.get();
		}
		return this.submissions.findById(token).map(FormSubmission::getResult).orElseGet(() -> {
			RecordRef result = create.get();
			this.submissions.save(new FormSubmission(token, result, this.clock.instant()));
			return result;
		});
	}

	private SaveOutcome update(Audited record, long storedVersion, EditForm form, BooleanSupplier unchanged,
			Runnable apply) {
		if (unchanged.getAsBoolean()) {
			return SaveOutcome.UNCHANGED;
		}
		if (form.getVersion() == null || form.getVersion() != storedVersion) {
			return SaveOutcome.CONFLICT;
		}
		String before = record.describe();
		apply.run();
		this.events.publishEvent(new PlanChanged("UPDATED", record.auditType(), record.getId(), record.auditTitle(),
				before, record.describe()));
		return SaveOutcome.SAVED;
	}

	private <R extends Audited> R created(R record) {
		this.events.publishEvent(new PlanChanged("CREATED", record.auditType(), record.getId(), record.auditTitle(),
				null, record.describe()));
		return record;
	}

	static int nextPlace(List<? extends PlanRecord> siblings) {
		return siblings.stream().mapToInt(PlanRecord::getSortOrder).max().orElse(0) + 1;
	}

	private PlanSection section(Long sectionId) {
		if (sectionId == null) {
			return null;
		}
		return this.sections.findById(sectionId).orElseThrow(() -> new NotFoundException("section", sectionId));
	}

	private OrgUnit unit(long unitId) {
		return this.units.findById(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
	}

}
