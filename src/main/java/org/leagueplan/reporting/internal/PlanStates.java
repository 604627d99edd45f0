package org.leagueplan.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanDocument;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.PlannedPoint;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.StatusRules;
import org.leagueplan.progress.StatusRules.ItemJudgement;
import org.leagueplan.progress.StatusRules.Period;
import org.leagueplan.progress.StatusSettings;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.reporting.internal.PlanState.Block;
import org.leagueplan.reporting.internal.PlanState.ItemState;
import org.leagueplan.reporting.internal.PlanState.MilestoneState;
import org.leagueplan.reporting.internal.PlanState.TargetState;
import org.springframework.stereotype.Service;

/**
 * Computes a plan's state on a day from the plan and progress APIs, by the rules the dashboard uses
 * (docs/status-rules.md): a light per target and milestone, rolled up per item. A fixed number of queries, whatever
 * the plan's size.
 */
@Service
public class PlanStates {

	private final PlanQueries plans;

	private final ProgressQueries progress;

	private final Clock clock;

	PlanStates(PlanQueries plans, ProgressQueries progress, Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The day a period is judged on: its last day, or today while it runs. */
	public LocalDate judgedOn(LocalDate periodEnd) {
		LocalDate today = today();
		return periodEnd.isAfter(today) ? today : periodEnd;
	}

	public PlanDocument document(long planId) {
		return this.plans.planDocument(planId);
	}

	/** The plan on the day: the latest values are those reported as of that day. */
	public PlanState state(PlanDocument document, LocalDate day) {
		PlanData data = document.data();
		long planId = data.plan().id();
		int year = data.plan().year();
		StatusSettings settings = this.progress.settings();
		Map<Long, TargetProgress> latest = this.progress.latestOfPlanOn(planId, day);
		Map<Long, List<PlannedPoint>> planned = this.progress.plannedOfPlan(planId);
		Map<Long, List<TargetRef>> targetsByItem = data.targets().stream()
			.collect(Collectors.groupingBy(TargetRef::itemId));
		Map<Long, List<MilestoneRef>> milestonesByItem = data.milestones().stream()
			.collect(Collectors.groupingBy(MilestoneRef::itemId));
		Map<Long, SectionRef> sections = data.sections().stream()
			.collect(Collectors.toMap(SectionRef::id, Function.identity()));
		Map<Long, Integer> unitOrder = new HashMap<>();
		data.units().forEach(unit -> unitOrder.put(unit.id(), unitOrder.size()));

		Map<Long, List<ItemState>> itemsBySection = new LinkedHashMap<>();
		List<ItemState> items = new ArrayList<>();
		for (ItemRef item : data.items()) {
			SectionRef section = sections.get(item.sectionId());
			SectionRef top = (section.parentId() != null) ? sections.get(section.parentId()) : section;
			ItemState state = itemState(item, top, (section.parentId() != null) ? section : null, document, year,
					targetsByItem.getOrDefault(item.id(), List.of()),
					milestonesByItem.getOrDefault(item.id(), List.of()), latest, planned, day, settings, unitOrder);
			items.add(state);
			itemsBySection.computeIfAbsent(item.sectionId(), id -> new ArrayList<>()).add(state);
		}
		List<Block> blocks = new ArrayList<>();
		for (SectionRef section : data.sections()) {
			if (section.parentId() == null) {
				List<Block> children = data.sections().stream()
					.filter(child -> Long.valueOf(section.id()).equals(child.parentId()))
					.map(child -> new Block(child, itemsBySection.getOrDefault(child.id(), List.of()), List.of()))
					.toList();
				blocks.add(new Block(section, itemsBySection.getOrDefault(section.id(), List.of()), children));
			}
		}
		return new PlanState(data.plan(), document.preamble(), day, blocks, items);
	}

	private static ItemState itemState(ItemRef item, SectionRef top, SectionRef subsection, PlanDocument document,
			int year, List<TargetRef> targets, List<MilestoneRef> milestones, Map<Long, TargetProgress> latest,
			Map<Long, List<PlannedPoint>> planned, LocalDate day, StatusSettings settings,
			Map<Long, Integer> unitOrder) {
		ItemJudgement judged = StatusRules.item(item, year, targets, milestones, latest, planned, day, settings);
		List<TargetState> targetStates = targets.stream()
			.map(target -> new TargetState(target, document.note(target.id()), latest.get(target.id()),
					judged.targetLights().get(target.id()), planned.getOrDefault(target.id(), List.of())))
			.toList();
		List<MilestoneState> milestoneStates = milestones.stream()
			.map(milestone -> new MilestoneState(milestone, judged.milestoneLights().get(milestone.id())))
			.toList();
		Light light = judged.light();
		boolean overdue = judged.overdue();
		List<String> assistUnits = item.assistUnitIds().stream()
			.sorted(Comparator.comparing((Long id) -> unitOrder.getOrDefault(id, Integer.MAX_VALUE))
				.thenComparing(document::unitName, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(document::unitName)
			.filter(Objects::nonNull)
			.toList();
		return new ItemState(item, top, subsection, document.body(item.id()), document.unitName(item.leadUnitId()),
				assistUnits, light, overdue, targetStates, milestoneStates);
	}

}
