package org.leagueplan.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanDocument;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.progress.PlanJudgement.ItemVerdict;
import org.leagueplan.progress.PlannedPoint;
import org.leagueplan.progress.ProgressQueries.ItemReport;
import org.leagueplan.progress.ProgressQueries.PlanEvidence;
import org.leagueplan.progress.ProgressQueries.TargetReport;
import org.leagueplan.progress.TargetProgress;

/**
 * Everything the plan workbook holds, read before the first byte is written: the plan
 * with its texts and the one judgement of it ({@link org.leagueplan.progress.PlanJudge})
 * on the period's end (or today while the period runs), and the history of the period.
 *
 * @param document the plan with its texts and unit names
 * @param judgement the plan judged on the period's end: items with their status and
 * lights on that day, the targets' latest values and planned values
 * @param from first day of the exported period
 * @param to last day of the exported period
 * @param history the reports with an as-of date in the period
 * @param updates the status updates of items made in the period (all of them for the
 * whole plan)
 * @param evidence the evidence of the plan's reports and updates
 * @param users the items' owners and the reporters, by id
 * @param lastItemUpdate when each item last had a status update up to the period's end
 * @param lightLabels the lights' labels in the reader's language
 * @param label the label of an item status, target kind or comparison in the reader's
 * language
 * @param targetsByItem the plan's targets by item id, in the plan's order
 * @param milestonesByItem the plan's milestones by item id, in the plan's order
 */
record PlanWorkbook(PlanDocument document, PlanJudgement judgement, LocalDate from, LocalDate to,
		List<TargetReport> history, List<ItemReport> updates, PlanEvidence evidence, Map<Long, UserSummary> users,
		Map<Long, Instant> lastItemUpdate, Map<Light, String> lightLabels, Function<Enum<?>, String> label,
		Map<Long, List<TargetRef>> targetsByItem, Map<Long, List<MilestoneRef>> milestonesByItem) {

	PlanWorkbook(PlanDocument document, PlanJudgement judgement, LocalDate from, LocalDate to,
			List<TargetReport> history, List<ItemReport> updates, PlanEvidence evidence, Map<Long, UserSummary> users,
			Map<Long, Instant> lastItemUpdate, Map<Light, String> lightLabels, Function<Enum<?>, String> label) {
		this(document, judgement, from, to, history, updates, evidence, users, lastItemUpdate, lightLabels, label,
				document.data().targetsByItem(), document.data().milestonesByItem());
	}

	PlanRef plan() {
		return this.document.data().plan();
	}

	/** The file name a browser saves: {@code 2023年工作计划.xlsx}. */
	String fileName() {
		return plan().year() + "年工作计划.xlsx";
	}

	/** The file name for clients that cannot read RFC 5987 names. */
	String asciiFileName() {
		return "plan-" + plan().year() + ".xlsx";
	}

	/** The username of a user, or {@code null}. */
	String username(Long userId) {
		UserSummary user = (userId != null) ? this.users.get(userId) : null;
		return (user != null) ? user.username() : null;
	}

	/** The top-level sections in the plan's order. */
	List<SectionRef> sections() {
		return this.document.data().topSections();
	}

	/** The subsections of a top-level section in the plan's order. */
	List<SectionRef> subsections(SectionRef section) {
		return this.document.data().subsections(section);
	}

	/** Every item in the plan's order, as judged (its status on the day). */
	List<ItemVerdict> items() {
		return new ArrayList<>(this.judgement.items().values());
	}

	/** The items directly in a section or subsection, in the plan's order. */
	List<ItemVerdict> items(SectionRef section) {
		return items().stream().filter(verdict -> verdict.item().sectionId() == section.id()).toList();
	}

	/** The item's top-level section: its own section when that is top-level. */
	SectionRef topSection(ItemRef item) {
		return this.document.data().topSection(item);
	}

	/** The item's subsection, or {@code null} for an item directly in a section. */
	SectionRef subsection(ItemRef item) {
		return this.document.data().subsection(item);
	}

	List<TargetRef> targets(ItemRef item) {
		return this.targetsByItem.getOrDefault(item.id(), List.of());
	}

	List<MilestoneRef> milestones(ItemRef item) {
		return this.milestonesByItem.getOrDefault(item.id(), List.of());
	}

	/** The target's latest report as of the day, {@code null} before any. */
	TargetProgress latest(TargetRef target) {
		return this.judgement.latest().get(target.id());
	}

	/** The planned values of a time-phased target by period end, else empty. */
	List<PlannedPoint> planned(TargetRef target) {
		return this.judgement.planned().getOrDefault(target.id(), List.of());
	}

	/** The target's light on the day. */
	Light light(ItemVerdict item, TargetRef target) {
		return item.judged().targetLights().get(target.id());
	}

}
