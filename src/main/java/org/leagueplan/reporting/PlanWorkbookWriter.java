package org.leagueplan.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leagueplan.system.CommitteeTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.progress.PlannedPoint;
import org.leagueplan.progress.ProgressQueries.EvidenceRef;
import org.leagueplan.progress.ProgressQueries.ItemReport;
import org.leagueplan.progress.ProgressQueries.TargetReport;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.reporting.PlanState.Block;
import org.leagueplan.reporting.PlanState.ItemState;
import org.leagueplan.reporting.PlanState.MilestoneState;
import org.leagueplan.reporting.PlanState.TargetState;
import org.springframework.stereotype.Component;

import static org.leagueplan.reporting.PlanWorkbookLayout.ASSIST_UNITS;
import static org.leagueplan.reporting.PlanWorkbookLayout.AS_OF;
import static org.leagueplan.reporting.PlanWorkbookLayout.BASELINE;
import static org.leagueplan.reporting.PlanWorkbookLayout.BODY;
import static org.leagueplan.reporting.PlanWorkbookLayout.COMPARATOR;
import static org.leagueplan.reporting.PlanWorkbookLayout.CORRECTIVE_ACTION;
import static org.leagueplan.reporting.PlanWorkbookLayout.CORRECTS;
import static org.leagueplan.reporting.PlanWorkbookLayout.DATE;
import static org.leagueplan.reporting.PlanWorkbookLayout.DATE_FORMAT;
import static org.leagueplan.reporting.PlanWorkbookLayout.DATE_TIME_FORMAT;
import static org.leagueplan.reporting.PlanWorkbookLayout.DONE;
import static org.leagueplan.reporting.PlanWorkbookLayout.END_DATE;
import static org.leagueplan.reporting.PlanWorkbookLayout.EVIDENCE;
import static org.leagueplan.reporting.PlanWorkbookLayout.FILE_LINE;
import static org.leagueplan.reporting.PlanWorkbookLayout.HEADING;
import static org.leagueplan.reporting.PlanWorkbookLayout.HISTORY_COLUMNS;
import static org.leagueplan.reporting.PlanWorkbookLayout.HISTORY_SHEET;
import static org.leagueplan.reporting.PlanWorkbookLayout.INFO_SHEET;
import static org.leagueplan.reporting.PlanWorkbookLayout.LAST_REPORTED;
import static org.leagueplan.reporting.PlanWorkbookLayout.LATEST_VALUE;
import static org.leagueplan.reporting.PlanWorkbookLayout.LEAD_UNIT;
import static org.leagueplan.reporting.PlanWorkbookLayout.LIGHT;
import static org.leagueplan.reporting.PlanWorkbookLayout.LINK_LINE;
import static org.leagueplan.reporting.PlanWorkbookLayout.MILESTONE;
import static org.leagueplan.reporting.PlanWorkbookLayout.MILESTONE_COLUMNS;
import static org.leagueplan.reporting.PlanWorkbookLayout.MILESTONE_DONE;
import static org.leagueplan.reporting.PlanWorkbookLayout.MILESTONE_SHEET;
import static org.leagueplan.reporting.PlanWorkbookLayout.NAME_SEPARATOR;
import static org.leagueplan.reporting.PlanWorkbookLayout.NARRATIVE;
import static org.leagueplan.reporting.PlanWorkbookLayout.NO;
import static org.leagueplan.reporting.PlanWorkbookLayout.NOTE;
import static org.leagueplan.reporting.PlanWorkbookLayout.NUMBER;
import static org.leagueplan.reporting.PlanWorkbookLayout.ORGANIZATION;
import static org.leagueplan.reporting.PlanWorkbookLayout.OWNER;
import static org.leagueplan.reporting.PlanWorkbookLayout.PERIOD_END;
import static org.leagueplan.reporting.PlanWorkbookLayout.PLANNED_COLUMNS;
import static org.leagueplan.reporting.PlanWorkbookLayout.PLANNED_SHEET;
import static org.leagueplan.reporting.PlanWorkbookLayout.PLANNED_VALUE;
import static org.leagueplan.reporting.PlanWorkbookLayout.PLAN_COLUMNS;
import static org.leagueplan.reporting.PlanWorkbookLayout.PLAN_SHEET;
import static org.leagueplan.reporting.PlanWorkbookLayout.PREAMBLE;
import static org.leagueplan.reporting.PlanWorkbookLayout.REASON;
import static org.leagueplan.reporting.PlanWorkbookLayout.REPORTED_AT;
import static org.leagueplan.reporting.PlanWorkbookLayout.REPORTER;
import static org.leagueplan.reporting.PlanWorkbookLayout.SECTION;
import static org.leagueplan.reporting.PlanWorkbookLayout.START_DATE;
import static org.leagueplan.reporting.PlanWorkbookLayout.STATUS;
import static org.leagueplan.reporting.PlanWorkbookLayout.SUBSECTION;
import static org.leagueplan.reporting.PlanWorkbookLayout.TARGET;
import static org.leagueplan.reporting.PlanWorkbookLayout.TARGET_DUE_DATE;
import static org.leagueplan.reporting.PlanWorkbookLayout.TARGET_KIND;
import static org.leagueplan.reporting.PlanWorkbookLayout.TARGET_VALUE;
import static org.leagueplan.reporting.PlanWorkbookLayout.TITLE;
import static org.leagueplan.reporting.PlanWorkbookLayout.UNIT_LABEL;
import static org.leagueplan.reporting.PlanWorkbookLayout.VALUE;
import static org.leagueplan.reporting.PlanWorkbookLayout.YEAR;
import static org.leagueplan.reporting.PlanWorkbookLayout.YES;

/**
 * Writes the plan workbook in the layout of {@link org.leagueplan.reporting.PlanWorkbookLayout}, streaming: at most
 * {@link #ROWS_IN_MEMORY} rows are held in memory, the rest go to a compressed temporary file that is deleted after.
 */
@Component
public class PlanWorkbookWriter {

	static final int ROWS_IN_MEMORY = 200;

	/**
	 * The first characters that make a spreadsheet read a cell as a formula: OWASP's list, and to be safe the same
	 * signs in their full-width forms and a line feed.
	 */
	private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

	/** Column widths in characters, in the order of the columns. */
	private static final int[] PLAN_WIDTHS = { 24, 24, 6, 30, 60, 16, 24, 14, 12, 12, 13, 30, 12, 10, 10, 9, 9, 13, 24,
			10, 12, 10, 20 };

	private static final int[] HISTORY_WIDTHS = { 24, 24, 6, 30, 30, 12, 10, 6, 13, 60, 30, 30, 40, 8, 14, 20 };

	private static final int[] MILESTONE_WIDTHS = { 24, 24, 6, 30, 30, 12, 8 };

	private static final int[] PLANNED_WIDTHS = { 24, 24, 6, 30, 30, 12, 10 };

	private static int plan(String header) {
		return column(PLAN_COLUMNS, header);
	}

	private static int history(String header) {
		return column(HISTORY_COLUMNS, header);
	}

	private static int planned(String header) {
		return column(PLANNED_COLUMNS, header);
	}

	private static int milestone(String header) {
		return column(MILESTONE_COLUMNS, header);
	}

	private static int column(List<String> columns, String header) {
		int index = columns.indexOf(header);
		if (index < 0) {
			throw new IllegalArgumentException(header);
		}
		return index;
	}

	private final ZoneId zone;

	/** Times are written on the committee's wall clock ({@link CommitteeTime}), as the committee reads them. */
	PlanWorkbookWriter(CommitteeTime time) {
		this.zone = time.zone();
	}

	public void write(PlanWorkbook workbook, OutputStream out) throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			book.setCompressTempFiles(true);
			// no Zip64 extra fields: Java's own ZipInputStream (and the importer's zip checks) read the file back
			book.setZip64Mode(Zip64Mode.Never);
			Styles styles = new Styles(book, this.zone);
			writePlan(book.createSheet(PLAN_SHEET), workbook, styles);
			writeHistory(book.createSheet(HISTORY_SHEET), workbook, styles);
			writeMilestones(book.createSheet(MILESTONE_SHEET), workbook.state(), styles);
			writeInfo(book.createSheet(INFO_SHEET), workbook.state(), styles);
			writePlanned(book.createSheet(PLANNED_SHEET), workbook, styles);
			book.write(out);
		}
		finally {
			book.dispose();
			book.close();
		}
	}

	private static void writePlan(Sheet sheet, PlanWorkbook workbook, Styles styles) {
		int rowNumber = header(sheet, PLAN_COLUMNS, PLAN_WIDTHS, styles);
		for (Block block : workbook.state().blocks()) {
			rowNumber = planRows(sheet, rowNumber, block, null, workbook, styles);
			for (Block child : block.children()) {
				rowNumber = planRows(sheet, rowNumber, child, block, workbook, styles);
			}
		}
		finish(sheet, rowNumber, PLAN_COLUMNS.size());
	}

	/** The rows of a section's own items; a row naming only the section when it has neither items nor subsections. */
	private static int planRows(Sheet sheet, int rowNumber, Block block, Block parent, PlanWorkbook workbook,
			Styles styles) {
		if (block.isEmpty()) {
			Row row = sheet.createRow(rowNumber++);
			text(styles, row, plan(SECTION), (parent != null) ? parent.section().title() : block.section().title());
			text(styles, row, plan(SUBSECTION), (parent != null) ? block.section().title() : null);
			return rowNumber;
		}
		for (ItemState item : block.items()) {
			if (item.targets().isEmpty()) {
				Row row = itemColumns(sheet.createRow(rowNumber++), item, workbook, styles);
				text(styles, row, plan(LIGHT), workbook.lightLabels().get(item.light()));
				dateTime(row, plan(LAST_REPORTED), workbook.lastItemUpdate().get(item.item().id()), styles);
			}
			for (TargetState target : item.targets()) {
				Row row = itemColumns(sheet.createRow(rowNumber++), item, workbook, styles);
				targetColumns(row, target, workbook, styles);
			}
		}
		return rowNumber;
	}

	private static Row itemColumns(Row row, ItemState state, PlanWorkbook workbook, Styles styles) {
		text(styles, row, plan(SECTION), state.topSection().title());
		text(styles, row, plan(SUBSECTION), (state.subsection() != null) ? state.subsection().title() : null);
		number(row, plan(NUMBER), state.item().number());
		text(styles, row, plan(HEADING), state.item().heading());
		text(styles, row, plan(BODY), state.body());
		text(styles, row, plan(LEAD_UNIT), state.leadUnit());
		text(styles, row, plan(ASSIST_UNITS), state.assistUnits().isEmpty() ? null : String.join(NAME_SEPARATOR, state.assistUnits()));
		text(styles, row, plan(OWNER), workbook.username(state.item().ownerId()));
		date(row, plan(START_DATE), state.item().startDate(), styles);
		date(row, plan(END_DATE), state.item().endDate(), styles);
		text(styles, row, plan(STATUS), workbook.label().apply(state.item().status()));
		return row;
	}

	private static void targetColumns(Row row, TargetState state, PlanWorkbook workbook, Styles styles) {
		TargetRef target = state.target();
		TargetProgress latest = state.latest();
		text(styles, row, plan(TARGET), target.name());
		text(styles, row, plan(TARGET_KIND), workbook.label().apply(target.kind()));
		text(styles, row, plan(COMPARATOR), workbook.label().apply(target.comparator()));
		number(row, plan(TARGET_VALUE), target.targetValue());
		text(styles, row, plan(UNIT_LABEL), target.unitLabel());
		number(row, plan(BASELINE), target.baseline());
		date(row, plan(TARGET_DUE_DATE), target.dueDate(), styles);
		text(styles, row, plan(NOTE), state.note());
		if (latest != null) {
			if (target.kind() != null && !target.kind().isNumeric()) {
				number(row, plan(LATEST_VALUE), (latest.done() != null) ? BigDecimal.valueOf(latest.done() ? 1 : 0) : null);
			}
			else {
				number(row, plan(LATEST_VALUE), latest.value());
			}
			date(row, plan(AS_OF), latest.asOf(), styles);
			dateTime(row, plan(LAST_REPORTED), latest.reportedAt(), styles);
		}
		text(styles, row, plan(LIGHT), workbook.lightLabels().get(state.light()));
	}

	/**
	 * Per item in plan order: its status updates by time, then per target its reports by as-of date; a correction
	 * names the row of the report it corrects when that row is on the sheet.
	 */
	private static void writeHistory(Sheet sheet, PlanWorkbook workbook, Styles styles) {
		int rowNumber = header(sheet, HISTORY_COLUMNS, HISTORY_WIDTHS, styles);
		Map<Long, List<TargetReport>> reportsByTarget = new HashMap<>();
		workbook.history().forEach(report -> reportsByTarget.computeIfAbsent(report.targetId(), id -> new ArrayList<>())
			.add(report));
		Map<Long, List<ItemReport>> updatesByItem = new HashMap<>();
		workbook.updates().forEach(update -> updatesByItem.computeIfAbsent(update.itemId(), id -> new ArrayList<>())
			.add(update));
		for (ItemState item : workbook.state().items()) {
			List<ItemReport> updates = new ArrayList<>(updatesByItem.getOrDefault(item.item().id(), List.of()));
			updates.sort(Comparator.comparing(ItemReport::reportedAt).thenComparing(ItemReport::id));
			for (ItemReport update : updates) {
				Row row = historyRow(sheet.createRow(rowNumber++), item, styles);
				text(styles, row, history(STATUS), workbook.label().apply(update.status()));
				text(styles, row, history(NARRATIVE), update.narrative());
				text(styles, row, history(EVIDENCE), evidence(workbook.evidence().ofUpdate(update.id())));
				text(styles, row, history(REPORTER), workbook.username(update.reportedBy()));
				dateTime(row, history(REPORTED_AT), update.reportedAt(), styles);
			}
			for (TargetState target : item.targets()) {
				List<TargetReport> reports = new ArrayList<>(reportsByTarget.getOrDefault(target.target().id(), List.of()));
				reports.sort(Comparator.comparing(TargetReport::asOf).thenComparing(TargetReport::id));
				// a target's reports are consecutive rows: the row a correction names is known before writing
				Map<Long, Integer> shownRow = new HashMap<>();
				for (int i = 0; i < reports.size(); i++) {
					shownRow.put(reports.get(i).id(), rowNumber + i + 1);
				}
				for (TargetReport report : reports) {
					Row row = historyRow(sheet.createRow(rowNumber++), item, styles);
					text(styles, row, history(TARGET), target.target().name());
					date(row, history(AS_OF), report.asOf(), styles);
					number(row, history(VALUE), report.value());
					text(styles, row, history(DONE), (report.done() != null) ? (report.done() ? YES : NO) : null);
					text(styles, row, history(NARRATIVE), report.narrative());
					text(styles, row, history(REASON), report.reason());
					text(styles, row, history(CORRECTIVE_ACTION), report.correctiveAction());
					text(styles, row, history(EVIDENCE), evidence(workbook.evidence().ofReport(report.id())));
					Integer corrected = (report.correctsId() != null) ? shownRow.get(report.correctsId()) : null;
					if (corrected != null) {
						number(row, history(CORRECTS), corrected);
					}
					text(styles, row, history(REPORTER), workbook.username(report.reportedBy()));
					dateTime(row, history(REPORTED_AT), report.reportedAt(), styles);
				}
			}
		}
		finish(sheet, rowNumber, HISTORY_COLUMNS.size());
	}

	/** One line a piece of evidence: a link's address or a file's name after its kind; {@code null} for none. */
	private static String evidence(List<EvidenceRef> evidence) {
		return evidence.isEmpty() ? null
				: evidence.stream()
					.map(piece -> (piece.link() ? LINK_LINE : FILE_LINE) + piece.text())
					.collect(java.util.stream.Collectors.joining("\n"));
	}

	private static Row historyRow(Row row, ItemState item, Styles styles) {
		text(styles, row, history(SECTION), item.topSection().title());
		text(styles, row, history(SUBSECTION), (item.subsection() != null) ? item.subsection().title() : null);
		number(row, history(NUMBER), item.item().number());
		text(styles, row, history(HEADING), item.item().heading());
		return row;
	}

	private static void writeMilestones(Sheet sheet, PlanState state, Styles styles) {
		int rowNumber = header(sheet, MILESTONE_COLUMNS, MILESTONE_WIDTHS, styles);
		for (ItemState item : state.items()) {
			for (MilestoneState milestoneState : item.milestones()) {
				MilestoneRef milestone = milestoneState.milestone();
				Row row = sheet.createRow(rowNumber++);
				text(styles, row, milestone(SECTION), item.topSection().title());
				text(styles, row, milestone(SUBSECTION), (item.subsection() != null) ? item.subsection().title() : null);
				number(row, milestone(NUMBER), item.item().number());
				text(styles, row, milestone(HEADING), item.item().heading());
				text(styles, row, milestone(MILESTONE), milestone.title());
				date(row, milestone(DATE), milestone.dueDate(), styles);
				text(styles, row, milestone(MILESTONE_DONE), milestone.done() ? YES : NO);
			}
		}
		finish(sheet, rowNumber, MILESTONE_COLUMNS.size());
	}

	private static void writePlanned(Sheet sheet, PlanWorkbook workbook, Styles styles) {
		int rowNumber = header(sheet, PLANNED_COLUMNS, PLANNED_WIDTHS, styles);
		for (ItemState item : workbook.state().items()) {
			for (TargetState target : item.targets()) {
				for (PlannedPoint point : target.planned()) {
					Row row = sheet.createRow(rowNumber++);
					text(styles, row, planned(SECTION), item.topSection().title());
					text(styles, row, planned(SUBSECTION), (item.subsection() != null) ? item.subsection().title() : null);
					number(row, planned(NUMBER), item.item().number());
					text(styles, row, planned(HEADING), item.item().heading());
					text(styles, row, planned(TARGET), target.target().name());
					date(row, planned(PERIOD_END), point.periodEnd(), styles);
					number(row, planned(PLANNED_VALUE), point.value());
				}
			}
		}
		finish(sheet, rowNumber, PLANNED_COLUMNS.size());
	}

	private static void writeInfo(Sheet sheet, PlanState state, Styles styles) {
		sheet.setColumnWidth(0, 10 * 256);
		sheet.setColumnWidth(1, 100 * 256);
		Row year = sheet.createRow(0);
		key(year, YEAR, styles);
		number(year, 1, state.plan().year());
		Row title = sheet.createRow(1);
		key(title, TITLE, styles);
		text(styles, title, 1, state.plan().title());
		Row organization = sheet.createRow(2);
		key(organization, ORGANIZATION, styles);
		text(styles, organization, 1, state.plan().organization());
		Row preamble = sheet.createRow(3);
		key(preamble, PREAMBLE, styles);
		Cell text = preamble.createCell(1);
		if (state.preamble() != null) {
			text.setCellValue(state.preamble());
		}
		text.setCellStyle((state.preamble() != null && looksLikeFormula(state.preamble())) ? styles.wrappedQuoted
				: styles.wrapped);
	}

	/** Writes the bold header row, freezes it and sets the column widths; answers the next row's number. */
	private static int header(Sheet sheet, List<String> columns, int[] widths, Styles styles) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, 1);
		return 1;
	}

	/** An auto-filter over the whole table, header included. */
	private static void finish(Sheet sheet, int rowCount, int columnCount) {
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowCount - 1), 0, columnCount - 1));
	}

	private static void key(Row row, String key, Styles styles) {
		Cell cell = row.createCell(0);
		cell.setCellValue(key);
		cell.setCellStyle(styles.header);
	}

	/**
	 * A text cell; text a spreadsheet would take for a formula ({@code = + - @}, a tab or a line break first) is
	 * marked quote-prefixed, so that it stays text — shown and read back exactly as written — when the cell is
	 * edited or the sheet saved in another format (OWASP: CSV injection).
	 */
	private static void text(Styles styles, Row row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			if (looksLikeFormula(value)) {
				cell.setCellStyle(styles.quoted);
			}
		}
	}

	/** Whether a spreadsheet program could read the text as a formula: its first character starts one. */
	static boolean looksLikeFormula(String value) {
		return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
	}

	private static void number(Row row, int column, BigDecimal value) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
		}
	}

	private static void number(Row row, int column, int value) {
		row.createCell(column).setCellValue(value);
	}

	private static void date(Row row, int column, LocalDate value, Styles styles) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(styles.date);
		}
	}

	private static void dateTime(Row row, int column, Instant value, Styles styles) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(LocalDateTime.ofInstant(value, styles.zone));
			cell.setCellStyle(styles.dateTime);
		}
	}

	/** The few cell styles of the workbook, created once (a workbook holds at most 64,000 styles). */
	private static final class Styles {

		private final CellStyle header;

		private final CellStyle date;

		private final CellStyle dateTime;

		private final CellStyle wrapped;

		private final CellStyle quoted;

		private final CellStyle wrappedQuoted;

		private final ZoneId zone;

		Styles(SXSSFWorkbook book, ZoneId zone) {
			this.zone = zone;
			Font bold = book.createFont();
			bold.setBold(true);
			this.header = book.createCellStyle();
			this.header.setFont(bold);
			this.date = book.createCellStyle();
			this.date.setDataFormat(book.createDataFormat().getFormat(DATE_FORMAT));
			this.dateTime = book.createCellStyle();
			this.dateTime.setDataFormat(book.createDataFormat().getFormat(DATE_TIME_FORMAT));
			this.wrapped = book.createCellStyle();
			this.wrapped.setWrapText(true);
			this.quoted = book.createCellStyle();
			this.quoted.setQuotePrefixed(true);
			this.wrappedQuoted = book.createCellStyle();
			this.wrappedQuoted.setWrapText(true);
			this.wrappedQuoted.setQuotePrefixed(true);
		}

	}

}
