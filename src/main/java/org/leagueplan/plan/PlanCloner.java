package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.leagueplan.plan.PlanDraft.ItemDraft;
import org.leagueplan.plan.PlanDraft.MilestoneDraft;
import org.leagueplan.plan.PlanDraft.SectionDraft;
import org.leagueplan.plan.PlanDraft.TargetDraft;
import org.leagueplan.plan.PlanOutline.ItemRow;
import org.leagueplan.plan.PlanOutline.PlanTree;
import org.leagueplan.plan.PlanOutline.SectionNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Copies a plan into a new year (下一年度计划, docs/next-year.md): every active section, item
 * (units, owner, texts, dates moved by the years between), target (raised by
 * {@link TargetRaise}, last year's final value as its baseline) and milestone (not done),
 * saved as a draft by {@link PlanImporter} in one transaction with one audit line, linked
 * to its source ({@code work_plan.source_plan_id}, {@code plan_target.source_target_id})
 * and announced as {@link PlanCloned} in the same transaction. Archived records stay
 * behind.
 */
@Service
class PlanCloner {

	private final PlanOutline outline;

	private final PlanRepository plans;

	private final MilestoneRepository milestones;

	private final PlanImporter importer;

	private final PlanEditor editor;

	private final ObjectProvider<JudgedValues> judgedValues;

	private final ApplicationEventPublisher events;

	PlanCloner(PlanOutline outline, PlanRepository plans, MilestoneRepository milestones, PlanImporter importer,
			PlanEditor editor, ObjectProvider<JudgedValues> judgedValues, ApplicationEventPublisher events) {
		this.outline = outline;
		this.plans = plans;
		this.milestones = milestones;
		this.importer = importer;
		this.editor = editor;
		this.judgedValues = judgedValues;
		this.events = events;
	}

	/**
	 * The form's rules that need the source and the stored plans: the new year comes
	 * after the source's and has no copy of the source yet; the raise is 0 to 100
	 * percent.
	 */
	@Transactional(readOnly = true)
	void validate(Plan source, PlanCloneForm form, Errors errors) {
		Integer year = form.getYear();
		if (year != null && !errors.hasFieldErrors("year")) {
			if (year <= source.getYear()) {
				errors.rejectValue("year", "clone.year.notLater", new Object[] { String.valueOf(source.getYear()) },
						null);
			}
			else if (this.plans.existsBySourcePlanIdAndYear(source.getId(), year)) {
				errors.rejectValue("year", "clone.year.taken", new Object[] { String.valueOf(year) }, null);
			}
		}
		if (!errors.hasFieldErrors("raisePercent") && form.getRaisePercent() != null
				&& !TargetRaise.isAllowed(form.getRaisePercent())) {
			errors.rejectValue("raisePercent", "clone.raise.range");
		}
	}

	/**
	 * Copies the plan as the form asks (validated); a repeated submit of the same form
	 * answers the first copy.
	 */
	@Transactional
	public RecordRef copy(long sourcePlanId, PlanCloneForm form) {
		return this.editor.createOnce(form, () -> RecordRef.plan(copyNow(sourcePlanId, form)));
	}

	private long copyNow(long sourcePlanId, PlanCloneForm form) {
		PlanTree tree = this.outline.tree(sourcePlanId, PlanFilter.NONE);
		Plan source = tree.plan();
		int years = form.getYear() - source.getYear();
		BigDecimal raise = form.getRaisePercent();
		JudgedValues judged = this.judgedValues.getIfAvailable();
		Map<Long, BigDecimal> lastValues = (judged != null)
				? judged.valuesOn(sourcePlanId, LocalDate.of(source.getYear(), 12, 31)) : Map.of();
		Map<Long, List<Milestone>> milestonesByItem = this.milestones
			.findByItemSectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(sourcePlanId)
			.stream()
			.collect(Collectors.groupingBy(Milestone::getItemId));
		Copy copy = new Copy(years, raise, lastValues, milestonesByItem);
		List<SectionDraft> sections = tree.sections().stream().map(copy::section).toList();
		PlanDraft draft = new PlanDraft(form.getYear(), form.getTitle(), source.getOrganization(), source.getPreamble(),
				false, List.of(), sections, sourcePlanId);
		PlanDraft.Saved saved = this.importer.save(draft, null, count -> {
		}, "CLONED", "#auditDetail.cloned|" + source.getYear() + "|" + raise.stripTrailingZeros().toPlainString());
		this.events.publishEvent(new PlanCloned(sourcePlanId, saved.planId(), byId(copy.itemKeys, saved.itemIds()),
				byId(copy.targetKeys, saved.targetIds()), raise));
		return saved.planId();
	}

	private static Map<Long, Long> byId(Map<String, Long> sourceIdsByKey, Map<String, Long> newIdsByKey) {
		Map<Long, Long> ids = new HashMap<>();
		sourceIdsByKey.forEach((key, sourceId) -> ids.put(sourceId, newIdsByKey.get(key)));
		return ids;
	}

	/** Turns the source's records into the draft of the copy. */
	private static final class Copy {

		final int years;

		final BigDecimal raise;

		final Map<Long, BigDecimal> lastValues;

		final Map<Long, List<Milestone>> milestonesByItem;

		final Map<String, Long> itemKeys = new HashMap<>();

		final Map<String, Long> targetKeys = new HashMap<>();

		Copy(int years, BigDecimal raise, Map<Long, BigDecimal> lastValues,
				Map<Long, List<Milestone>> milestonesByItem) {
			this.years = years;
			this.raise = raise;
			this.lastValues = lastValues;
			this.milestonesByItem = milestonesByItem;
		}

		SectionDraft section(SectionNode node) {
			return new SectionDraft(node.section().getTitle(), node.items().stream().map(this::item).toList(),
					node.children().stream().map(this::section).toList());
		}

		ItemDraft item(ItemRow row) {
			PlanItem item = row.item();
			String key = "i" + item.getId();
			this.itemKeys.put(key, item.getId());
			List<TargetDraft> targets = new ArrayList<>();
			for (Target target : row.targets()) {
				targets.add(target(target));
			}
			List<MilestoneDraft> milestones = this.milestonesByItem.getOrDefault(item.getId(), List.of())
				.stream()
				.map(milestone -> new MilestoneDraft(milestone.getTitle(), shift(milestone.getDueDate()), false))
				.toList();
			return new ItemDraft(key, item.getHeading(), item.getBody(),
					(item.getLeadUnit() != null) ? item.getLeadUnit().getName() : null,
					item.getAssistUnits().stream().map(OrgUnit::getName).sorted().toList(), item.getOwnerId(),
					shift(item.getStartDate()), shift(item.getEndDate()), ItemStatus.NOT_STARTED, targets, milestones);
		}

		TargetDraft target(Target target) {
			String key = "t" + target.getId();
			this.targetKeys.put(key, target.getId());
			BigDecimal baseline = target.getKind().isNumeric() ? this.lastValues.get(target.getId()) : null;
			return new TargetDraft(key, target.getName(), target.getKind(), target.getComparator(),
					TargetRaise.raised(target.getKind(), target.getComparator(), target.getTargetValue(), this.raise),
					target.getUnitLabel(), baseline, shift(target.getDueDate()), target.getNote(), target.getId());
		}

		/** The same day so many years later; 29 February becomes 28 February. */
		LocalDate shift(LocalDate day) {
			return (day != null) ? day.plusYears(this.years) : null;
		}

	}

}
