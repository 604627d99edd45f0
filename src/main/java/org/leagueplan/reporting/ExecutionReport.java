package org.leagueplan.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.progress.Light;
import org.leagueplan.reporting.PlanState.ItemState;
import org.leagueplan.reporting.PlanState.TargetState;

/**
 * A progress report (工作计划执行情况报告) of a plan for a month or a quarter: what both the Word
 * file and its HTML view show, in the same order, without any wording (that is
 * {@link ReportTexts}' part).
 *
 * @param day the day the lights are judged on: the period's last day, or today while the
 * period runs
 * @param issued the day the report was made
 * @param parts the plan's sections in order
 * @param closingLabel the label of the closing section, after the plan's last section
 * (e.g. "四、")
 * @param attention the items far behind or overdue, in the order of the plan
 * @param registers the appendix "台账登记情况": the plan's registers with the entries accepted
 * and dated in the period, in the order they were set up (none: no appendix)
 */
public record ExecutionReport(PlanRef plan, ReportPeriod period, LocalDate day, LocalDate issued, Summary summary,
		List<Part> parts, String closingLabel, List<Entry> attention, List<RegisterPart> registers) {

	/**
	 * The file name of the Word file, e.g. {@code 2023年第二季度工作计划执行情况报告.docx}, given the
	 * title.
	 */
	public static String fileName(String title) {
		return title + ".docx";
	}

	/** The file name for clients that cannot read RFC 5987 names. */
	public String asciiFileName() {
		return "report-" + this.period.code() + ".docx";
	}

	/**
	 * The report's figures.
	 *
	 * @param dueToReport items whose period overlaps the report's
	 * @param reported of those, the items with a report or an update in the period
	 */
	public record Summary(int items, Map<Light, Long> itemsByLight, int targets, int targetsMet, int dueToReport,
			int reported) {

		public long count(Light light) {
			return this.itemsByLight.getOrDefault(light, 0L);
		}

		public int reportingPercent() {
			return (this.dueToReport == 0) ? 0 : (int) Math.round(100.0 * this.reported / this.dueToReport);
		}

	}

	/** A section (label 一、) or subsection (label (一)) with its items. */
	public record Part(String label, String title, boolean subsection, List<Entry> items, List<Part> children) {
	}

	/**
	 * An item in the report: its state on the day and the latest narrative written in the
	 * period ({@code null} for none).
	 */
	public record Entry(ItemState state, String narrative) {

		public int number() {
			return this.state.item().number();
		}

		public String heading() {
			return this.state.item().heading();
		}

		public Light light() {
			return this.state.light();
		}

		public List<TargetState> targets() {
			return this.state.targets();
		}

	}

	/**
	 * A register in the appendix: its name, the target it backs, and its entries of the
	 * period, oldest first.
	 */
	public record RegisterPart(String name, String target, List<RegisterRow> rows) {
	}

	/** An accepted entry of a register, as the appendix's table lists it. */
	public record RegisterRow(String name, String unit, LocalDate date, String place) {
	}

}
