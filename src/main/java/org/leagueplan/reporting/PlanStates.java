package org.leagueplan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanDocument;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.PlannedPoint;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.progress.PlanJudgement.ItemVerdict;
import org.leagueplan.progress.StatusRules.ItemJudgement;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.reporting.PlanState.Block;
import org.leagueplan.reporting.PlanState.ItemState;
import org.leagueplan.reporting.PlanState.MilestoneState;
import org.leagueplan.reporting.PlanState.TargetState;
import org.springframework.stereotype.Service;

/**
 * A plan's state on a day for the reports and the export, from the one judgement the
 * dashboard reads too ({@link PlanJudge}, docs/status-rules.md): a light per target and
 * milestone, rolled up per item. A fixed number of queries, whatever the plan's size.
 */
@Service
class PlanStates {

	private final PlanQueries plans;

	private final PlanJudge judge;

	PlanStates(PlanQueries plans, PlanJudge judge) {
		this.plans = plans;
		this.judge = judge;
	}

	public LocalDate today() {
		return this.judge.today();
	}

	/**
	 * The day a plan is judged on when none is asked for
	 * ({@link PlanJudge#defaultDay(int)}).
	 */
	public LocalDate defaultDay(int planYear) {
		return this.judge.defaultDay(planYear);
	}

	/**
	 * The day a period is judged on: its last day, or today while it runs
	 * ({@link PlanJudge#judgedOn}).
	 */
	public LocalDate judgedOn(LocalDate periodEnd) {
		return this.judge.judgedOn(periodEnd);
	}

	public PlanDocument document(long planId) {
		return this.plans.planDocument(planId);
	}

	/**
	 * The plan as it stood on the day, by {@link PlanJudge#judge}: only what was entered
	 * by the end of the day.
	 */
	public PlanState state(PlanDocument document, LocalDate day) {
		PlanData data = document.data();
		PlanJudgement judgement = this.judge.judge(data, day);
		Map<Long, List<TargetRef>> targetsByItem = data.targetsByItem();
		Map<Long, List<MilestoneRef>> milestonesByItem = data.milestonesByItem();

		Map<Long, List<ItemState>> itemsBySection = new LinkedHashMap<>();
		List<ItemState> items = new ArrayList<>();
		for (ItemVerdict verdict : judgement.items().values()) {
			ItemRef item = verdict.item();
			ItemState state = itemState(verdict, data.topSection(item), data.subsection(item), document,
					targetsByItem.getOrDefault(item.id(), List.of()),
					milestonesByItem.getOrDefault(item.id(), List.of()), judgement.latest(), judgement.planned());
			items.add(state);
			itemsBySection.computeIfAbsent(item.sectionId(), id -> new ArrayList<>()).add(state);
		}
		List<Block> blocks = new ArrayList<>();
		for (SectionRef section : data.topSections()) {
			List<Block> children = data.subsections(section)
				.stream()
				.map(child -> new Block(child, itemsBySection.getOrDefault(child.id(), List.of()), List.of()))
				.toList();
			blocks.add(new Block(section, itemsBySection.getOrDefault(section.id(), List.of()), children));
		}
		return new PlanState(data.plan(), document.preamble(), day, blocks, items);
	}

	private static ItemState itemState(ItemVerdict verdict, SectionRef top, SectionRef subsection,
			PlanDocument document, List<TargetRef> targets, List<MilestoneRef> milestones,
			Map<Long, TargetProgress> latest, Map<Long, List<PlannedPoint>> planned) {
		ItemRef item = verdict.item();
		ItemJudgement judged = verdict.judged();
		List<TargetState> targetStates = targets.stream()
			.map(target -> new TargetState(target, document.note(target.id()), latest.get(target.id()),
					judged.targetLights().get(target.id()), planned.getOrDefault(target.id(), List.of())))
			.toList();
		List<MilestoneState> milestoneStates = milestones.stream()
			.map(milestone -> new MilestoneState(milestone, judged.milestoneLights().get(milestone.id())))
			.toList();
		Light light = judged.light();
		boolean overdue = judged.overdue();
		return new ItemState(item, top, subsection, document.body(item.id()), document.unitName(item.leadUnitId()),
				document.assistUnitNames(item), light, overdue, targetStates, milestoneStates);
	}

}
