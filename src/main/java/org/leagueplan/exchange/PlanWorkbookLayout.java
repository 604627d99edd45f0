package org.leagueplan.exchange;

import java.util.List;

/**
 * The layout of the plan workbook ({@code GET /plans/{planId}/export.xlsx}), shared by
 * the exporter that writes it and the importer that reads it back. Sheet names and header
 * texts are fixed Chinese strings, never localised, so that a file reads the same
 * whatever the language of the person who exported it; the words in cells (status, kind,
 * comparison, light) are in the exporter's language and read back in either
 * ({@link WorkbookLabels}). Every sheet but {@link #INFO_SHEET} has one header row (row
 * 0), frozen, with an auto-filter over the whole table; numbers are numeric cells, dates
 * date cells ({@link #DATE_FORMAT}), times date-time cells ({@link #DATE_TIME_FORMAT}).
 * docs/reporting.md describes every column.
 */
public final class PlanWorkbookLayout {

	/**
	 * Sheet 1: one row per target; an item without targets has one row with the target
	 * columns empty.
	 */
	public static final String PLAN_SHEET = "工作计划";

	/**
	 * Sheet 2: every report on the plan's targets with an as-of date in the exported
	 * period, and every status update of its items made in the period (the whole history
	 * when no period is chosen); read back on import.
	 */
	public static final String HISTORY_SHEET = "进展记录";

	/** Sheet 3: every milestone of the plan. */
	public static final String MILESTONE_SHEET = "里程碑";

	/** Sheet 4: key / value rows, no header row. */
	public static final String INFO_SHEET = "计划信息";

	/**
	 * Sheet 5: the planned values of time-phased targets (序时进度), one row per target and
	 * period end.
	 */
	public static final String PLANNED_SHEET = "分期目标";

	/** The sheets in the order they appear. */
	public static final List<String> SHEETS = List.of(PLAN_SHEET, HISTORY_SHEET, MILESTONE_SHEET, INFO_SHEET,
			PLANNED_SHEET);

	// Header texts. The same text means the same thing on every sheet it appears on.

	/** The top-level section's title, without its label (一、). */
	public static final String SECTION = "部分";

	/**
	 * The subsection's title, without its label ((一)); empty for an item directly in a
	 * section.
	 */
	public static final String SUBSECTION = "小节";

	/** The item's number within its section or subsection, from 1 (numeric). */
	public static final String NUMBER = "序号";

	public static final String HEADING = "事项";

	/** The item's full text. */
	public static final String BODY = "内容";

	public static final String LEAD_UNIT = "牵头单位";

	/** Unit names joined by {@link #NAME_SEPARATOR}. */
	public static final String ASSIST_UNITS = "配合单位";

	/** The owner's username. */
	public static final String OWNER = "负责人";

	public static final String START_DATE = "开始日期";

	public static final String END_DATE = "结束日期";

	/**
	 * The item's status: its label in the exporter's language ({@code 未开始},
	 * {@code Not started}); an importer reads either language and the {@code ItemStatus}
	 * codes of older workbooks ({@link WorkbookLabels}).
	 */
	public static final String STATUS = "状态";

	/** The target's name. */
	public static final String TARGET = "指标";

	/**
	 * A {@code TargetKind}'s label ({@code 数量}, {@code 百分比}, {@code 是否完成}, {@code 按期完成}),
	 * read as STATUS is.
	 */
	public static final String TARGET_KIND = "指标类型";

	/**
	 * A {@code TargetComparator}'s label ({@code 不少于（以上）}, {@code 不超过（以内）}, {@code 恰好}),
	 * read as STATUS is.
	 */
	public static final String COMPARATOR = "比较";

	public static final String TARGET_VALUE = "目标值";

	public static final String UNIT_LABEL = "计量单位";

	public static final String BASELINE = "基数";

	public static final String TARGET_DUE_DATE = "指标截止日期";

	/** The target's note. */
	public static final String NOTE = "备注";

	/**
	 * The latest reported value on the period's end: the number, or 1 / 0 for a done /
	 * not-done target.
	 */
	public static final String LATEST_VALUE = "最新值";

	/**
	 * The as-of date of a report: on sheet 1 the latest report's, on sheet 2 each
	 * report's.
	 */
	public static final String AS_OF = "截至日期";

	/** The status light, as its Chinese label; computed, an importer ignores it. */
	public static final String LIGHT = "状态灯";

	/**
	 * When the target (or, for an item without targets, the item) was last reported on.
	 */
	public static final String LAST_REPORTED = "最近更新";

	/** A reported number (numeric). */
	public static final String VALUE = "数值";

	/** A reported done flag: {@link #YES}, {@link #NO} or empty. */
	public static final String DONE = "完成";

	public static final String NARRATIVE = "情况说明";

	/** Why a lagging target lags (a report's reason). */
	public static final String REASON = "滞后原因";

	/** What is done about it (a report's corrective action). */
	public static final String CORRECTIVE_ACTION = "整改措施";

	/**
	 * A report's or update's evidence, one a line: {@link #LINK_LINE} and the address of
	 * a web link, or {@link #FILE_LINE} and the name of an uploaded file (the file itself
	 * is not in the workbook).
	 */
	public static final String EVIDENCE = "佐证材料";

	/** Starts an evidence line naming a web link. */
	public static final String LINK_LINE = "链接：";

	/** Starts an evidence line naming an uploaded file. */
	public static final String FILE_LINE = "文件：";

	/**
	 * On the history sheet: the row number (as the spreadsheet shows it) of the report
	 * this report corrects; empty when it corrects none, or the corrected report is
	 * outside the exported period.
	 */
	public static final String CORRECTS = "更正行";

	/** The reporter's username. */
	public static final String REPORTER = "填报人";

	public static final String REPORTED_AT = "填报时间";

	public static final String MILESTONE = "里程碑";

	public static final String DATE = "日期";

	/** Whether the milestone is done: {@link #YES} or {@link #NO}. */
	public static final String MILESTONE_DONE = "已完成";

	/** The last day of a phase of a time-phased target. */
	public static final String PERIOD_END = "期末日期";

	/** The value planned to be reached by {@link #PERIOD_END} (numeric). */
	public static final String PLANNED_VALUE = "计划值";

	// Keys of the plan information sheet (column A; the value is in column B).

	/** The plan's year (numeric). */
	public static final String YEAR = "年度";

	public static final String TITLE = "标题";

	public static final String ORGANIZATION = "单位";

	public static final String PREAMBLE = "前言";

	public static final List<String> PLAN_COLUMNS = List.of(SECTION, SUBSECTION, NUMBER, HEADING, BODY, LEAD_UNIT,
			ASSIST_UNITS, OWNER, START_DATE, END_DATE, STATUS, TARGET, TARGET_KIND, COMPARATOR, TARGET_VALUE,
			UNIT_LABEL, BASELINE, TARGET_DUE_DATE, NOTE, LATEST_VALUE, AS_OF, LIGHT, LAST_REPORTED);

	/**
	 * A report's row names its target ({@link #TARGET}); an item status update's row has
	 * no target and gives the status ({@link #STATUS}) instead of a value.
	 */
	public static final List<String> HISTORY_COLUMNS = List.of(SECTION, SUBSECTION, NUMBER, HEADING, TARGET, AS_OF,
			VALUE, DONE, STATUS, NARRATIVE, REASON, CORRECTIVE_ACTION, EVIDENCE, CORRECTS, REPORTER, REPORTED_AT);

	public static final List<String> MILESTONE_COLUMNS = List.of(SECTION, SUBSECTION, NUMBER, HEADING, MILESTONE, DATE,
			MILESTONE_DONE);

	public static final List<String> PLANNED_COLUMNS = List.of(SECTION, SUBSECTION, NUMBER, HEADING, TARGET, PERIOD_END,
			PLANNED_VALUE);

	/** The keys of the plan information sheet, one a row from row 0. */
	public static final List<String> INFO_KEYS = List.of(YEAR, TITLE, ORGANIZATION, PREAMBLE);

	public static final String YES = "是";

	public static final String NO = "否";

	/** Joins unit names in {@link #ASSIST_UNITS}. */
	public static final String NAME_SEPARATOR = "、";

	/** The number format of date cells. */
	public static final String DATE_FORMAT = "yyyy-mm-dd";

	/** The number format of date-time cells (local time of the server). */
	public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

	private PlanWorkbookLayout() {
	}

}
