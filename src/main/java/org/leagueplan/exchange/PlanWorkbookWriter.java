package org.leagueplan.exchange;

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
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.progress.PlanJudgement.ItemVerdict;
import org.leagueplan.progress.PlannedPoint;
import org.leagueplan.progress.ProgressQueries.EvidenceRef;
import org.leagueplan.progress.ProgressQueries.ItemReport;
import org.leagueplan.progress.ProgressQueries.TargetReport;
import org.leagueplan.progress.TargetProgress;
import org.springframework.stereotype.Component;

import static org.leagueplan.exchange.PlanWorkbookLayout.ASSIST_UNITS;
import static org.leagueplan.exchange.PlanWorkbookLayout.AS_OF;
import static org.leagueplan.exchange.PlanWorkbookLayout.BASELINE;
import static org.leagueplan.exchange.PlanWorkbookLayout.BODY;
import static org.leagueplan.exchange.PlanWorkbookLayout.COMPARATOR;
import static org.leagueplan.exchange.PlanWorkbookLayout.CORRECTIVE_ACTION;
import static org.leagueplan.exchange.PlanWorkbookLayout.CORRECTS;
import static org.leagueplan.exchange.PlanWorkbookLayout.DATE;
import static org.leagueplan.exchange.PlanWorkbookLayout.DATE_FORMAT;
import static org.leagueplan.exchange.PlanWorkbookLayout.DATE_TIME_FORMAT;
import static org.leagueplan.exchange.PlanWorkbookLayout.DONE;
import static org.leagueplan.exchange.PlanWorkbookLayout.END_DATE;
import static org.leagueplan.exchange.PlanWorkbookLayout.EVIDENCE;
import static org.leagueplan.exchange.PlanWorkbookLayout.FILE_LINE;
import static org.leagueplan.exchange.PlanWorkbookLayout.HEADING;
import static org.leagueplan.exchange.PlanWorkbookLayout.HISTORY_COLUMNS;
import static org.leagueplan.exchange.PlanWorkbookLayout.HISTORY_SHEET;
import static org.leagueplan.exchange.PlanWorkbookLayout.INFO_SHEET;
import static org.leagueplan.exchange.PlanWorkbookLayout.LAST_REPORTED;
import static org.leagueplan.exchange.PlanWorkbookLayout.LATEST_VALUE;
import static org.leagueplan.exchange.PlanWorkbookLayout.LEAD_UNIT;
import static org.leagueplan.exchange.PlanWorkbookLayout.LIGHT;
import static org.leagueplan.exchange.PlanWorkbookLayout.LINK_LINE;
import static org.leagueplan.exchange.PlanWorkbookLayout.MILESTONE;
import static org.leagueplan.exchange.PlanWorkbookLayout.MILESTONE_COLUMNS;
import static org.leagueplan.exchange.PlanWorkbookLayout.MILESTONE_DONE;
import static org.leagueplan.exchange.PlanWorkbookLayout.MILESTONE_SHEET;
import static org.leagueplan.exchange.PlanWorkbookLayout.NAME_SEPARATOR;
import static org.leagueplan.exchange.PlanWorkbookLayout.NARRATIVE;
import static org.leagueplan.exchange.PlanWorkbookLayout.NO;
import static org.leagueplan.exchange.PlanWorkbookLayout.NOTE;
import static org.leagueplan.exchange.PlanWorkbookLayout.NUMBER;
import static org.leagueplan.exchange.PlanWorkbookLayout.ORGANIZATION;
import static org.leagueplan.exchange.PlanWorkbookLayout.OWNER;
import static org.leagueplan.exchange.PlanWorkbookLayout.PERIOD_END;
import static org.leagueplan.exchange.PlanWorkbookLayout.PLANNED_COLUMNS;
import static org.leagueplan.exchange.PlanWorkbookLayout.PLANNED_SHEET;
import static org.leagueplan.exchange.PlanWorkbookLayout.PLANNED_VALUE;
import static org.leagueplan.exchange.PlanWorkbookLayout.PLAN_COLUMNS;
import static org.leagueplan.exchange.PlanWorkbookLayout.PLAN_SHEET;
import static org.leagueplan.exchange.PlanWorkbookLayout.PREAMBLE;
import static org.leagueplan.exchange.PlanWorkbookLayout.REASON;
import static org.leagueplan.exchange.PlanWorkbookLayout.REPORTED_AT;
import static org.leagueplan.exchange.PlanWorkbookLayout.REPORTER;
import static org.leagueplan.exchange.PlanWorkbookLayout.SECTION;
import static org.leagueplan.exchange.PlanWorkbookLayout.START_DATE;
import static org.leagueplan.exchange.PlanWorkbookLayout.STATUS;
import static org.leagueplan.exchange.PlanWorkbookLayout.SUBSECTION;
import static org.leagueplan.exchange.PlanWorkbookLayout.TARGET;
import static org.leagueplan.exchange.PlanWorkbookLayout.TARGET_DUE_DATE;
import static org.leagueplan.exchange.PlanWorkbookLayout.TARGET_KIND;
import static org.leagueplan.exchange.PlanWorkbookLayout.TARGET_VALUE;
import static org.leagueplan.exchange.PlanWorkbookLayout.TITLE;
import static org.leagueplan.exchange.PlanWorkbookLayout.UNIT_LABEL;
import static org.leagueplan.exchange.PlanWorkbookLayout.VALUE;
import static org.leagueplan.exchange.PlanWorkbookLayout.YEAR;
import static org.leagueplan.exchange.PlanWorkbookLayout.YES;

/**
 * Writes the plan workbook in the layout of
 * {@link org.leagueplan.exchange.PlanWorkbookLayout}, streaming: at most
 * {@link #ROWS_IN_MEMORY} rows are held in memory, the rest go to a compressed temporary
 * file that is deleted after.
 */
@Component
class PlanWorkbookWriter {

	static final int ROWS_IN_MEMORY = 200;

	/**
	 * The first characters that make a spreadsheet read a cell as a formula: OWASP's
	 * list, and to be safe the same signs in their full-width forms and a line feed.
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

	/**
	 * Times are written on the committee's wall clock ({@link CommitteeTime}), as the
	 * committee reads them.
	 */
	PlanWorkbookWriter(CommitteeTime time) {
		this.zone = time.zone();
	}

	void write(PlanWorkbook workbook, OutputStream out) throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			book.setCompressTempFiles(true);
			// no Zip64 extra fields: Java's own ZipInputStream (and the importer's zip
			// checks) read the file back
			book.setZip64Mode(Zip64Mode.Never);
			Styles styles = new Styles(book, this.zone);
			writePlan(book.createSheet(PLAN_SHEET), workbook, styles);
			writeHistory(book.createSheet(HISTORY_SHEET), workbook, styles);
			writeMilestones(book.createSheet(MILESTONE_SHEET), workbook, styles);
			writeInfo(book.createSheet(INFO_SHEET), workbook, styles);
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
		for (SectionRef section : workbook.sections()) {
			List<SectionRef> subsections = workbook.subsections(section);
			rowNumber = planRows(sheet, rowNumber, section, null, subsections.isEmpty(), workbook, styles);
			for (SectionRef subsection : subsections) {
				rowNumber = planRows(sheet, rowNumber, subsection, section, true, workbook, styles);
			}
		}
		finish(sheet, rowNumber, PLAN_COLUMNS.size());
	}

	/**
	 * The rows of a section's own items; a row naming only the section when it has no
	 * items and {@code childless} (neither items nor subsections).
	 */
	private static int planRows(Sheet sheet, int rowNumber, SectionRef section, SectionRef parent, boolean childless,
			PlanWorkbook workbook, Styles styles) {
		List<ItemVerdict> items = workbook.items(section);
		if (items.isEmpty() && childless) {
			Row row = sheet.createRow(rowNumber++);
			text(styles, row, plan(SECTION), (parent != null) ? parent.title() : section.title());
			text(styles, row, plan(SUBSECTION), (parent != null) ? section.title() : null);
			return rowNumber;
		}
		for (ItemVerdict item : items) {
			List<TargetRef> targets = workbook.targets(item.item());
			if (targets.isEmpty()) {
				Row row = itemColumns(sheet.createRow(rowNumber++), item.item(), workbook, styles);
				text(styles, row, plan(LIGHT), workbook.lightLabels().get(item.light()));
				dateTime(row, plan(LAST_REPORTED), workbook.lastItemUpdate().get(item.item().id()), styles);
			}
			for (TargetRef target : targets) {
				Row row = itemColumns(sheet.createRow(rowNumber++), item.item(), workbook, styles);
				targetColumns(row, item, target, workbook, styles);
			}
		}
		return rowNumber;
	}

	private static Row itemColumns(Row row, ItemRef item, PlanWorkbook workbook, Styles styles) {
		List<String> assistUnits = workbook.document().assistUnitNames(item);
		itemNaming(row, PLAN_COLUMNS, item, workbook, styles);
		text(styles, row, plan(BODY), workbook.document().body(item.id()));
		text(styles, row, plan(LEAD_UNIT), workbook.document().unitName(item.leadUnitId()));
		text(styles, row, plan(ASSIST_UNITS), assistUnits.isEmpty() ? null : String.join(NAME_SEPARATOR, assistUnits));
		text(styles, row, plan(OWNER), workbook.username(item.ownerId()));
		date(row, plan(START_DATE), item.startDate(), styles);
		date(row, plan(END_DATE), item.endDate(), styles);
		text(styles, row, plan(STATUS), workbook.label().apply(item.status()));
		return row;
	}

	/**
	 * The columns every sheet but the information names an item by: section, subsection,
	 * number and heading.
	 */
	private static Row itemNaming(Row row, List<String> columns, ItemRef item, PlanWorkbook workbook, Styles styles) {
		SectionRef subsection = workbook.subsection(item);
		text(styles, row, column(columns, SECTION), workbook.topSection(item).title());
		text(styles, row, column(columns, SUBSECTION), (subsection != null) ? subsection.title() : null);
		number(row, column(columns, NUMBER), item.number());
		text(styles, row, column(columns, HEADING), item.heading());
		return row;
	}

	private static void targetColumns(Row row, ItemVerdict item, TargetRef target, PlanWorkbook workbook,
			Styles styles) {
		TargetProgress latest = workbook.latest(target);
		text(styles, row, plan(TARGET), target.name());
		text(styles, row, plan(TARGET_KIND), workbook.label().apply(target.kind()));
		text(styles, row, plan(COMPARATOR), workbook.label().apply(target.comparator()));
		number(row, plan(TARGET_VALUE), target.targetValue());
		text(styles, row, plan(UNIT_LABEL), target.unitLabel());
		number(row, plan(BASELINE), target.baseline());
		date(row, plan(TARGET_DUE_DATE), target.dueDate(), styles);
		text(styles, row, plan(NOTE), workbook.document().note(target.id()));
		if (latest != null) {
			if (target.kind() != null && !target.kind().isNumeric()) {
				number(row, plan(LATEST_VALUE),
						(latest.done() != null) ? BigDecimal.valueOf(latest.done() ? 1 : 0) : null);
			}
			else {
				number(row, plan(LATEST_VALUE), latest.value());
			}
			date(row, plan(AS_OF), latest.asOf(), styles);
			dateTime(row, plan(LAST_REPORTED), latest.reportedAt(), styles);
		}
		text(styles, row, plan(LIGHT), workbook.lightLabels().get(workbook.light(item, target)));
	}

	/**
	 * Per item in plan order: its status updates by time, then per target its reports by
	 * as-of date; a correction names the row of the report it corrects when that row is
	 * on the sheet.
	 */
	private static void writeHistory(Sheet sheet, PlanWorkbook workbook, Styles styles) {
		int rowNumber = header(sheet, HISTORY_COLUMNS, HISTORY_WIDTHS, styles);
		Map<Long, List<TargetReport>> reportsByTarget = new HashMap<>();
		workbook.history()
			.forEach(report -> reportsByTarget.computeIfAbsent(report.targetId(), id -> new ArrayList<>()).add(report));
		Map<Long, List<ItemReport>> updatesByItem = new HashMap<>();
		workbook.updates()
			.forEach(update -> updatesByItem.computeIfAbsent(update.itemId(), id -> new ArrayList<>()).add(update));
		for (ItemVerdict item : workbook.items()) {
			List<ItemReport> updates = new ArrayList<>(updatesByItem.getOrDefault(item.item().id(), List.of()));
			updates.sort(Comparator.comparing(ItemReport::reportedAt).thenComparing(ItemReport::id));
			for (ItemReport update : updates) {
				Row row = itemNaming(sheet.createRow(rowNumber++), HISTORY_COLUMNS, item.item(), workbook, styles);
				text(styles, row, history(STATUS), workbook.label().apply(update.status()));
				text(styles, row, history(NARRATIVE), update.narrative());
				text(styles, row, history(EVIDENCE), evidence(workbook.evidence().ofUpdate(update.id())));
				text(styles, row, history(REPORTER), workbook.username(update.reportedBy()));
				dateTime(row, history(REPORTED_AT), update.reportedAt(), styles);
			}
			for (TargetRef target : workbook.targets(item.item())) {
				List<TargetReport> reports = new ArrayList<>(reportsByTarget.getOrDefault(target.id(), List.of()));
				reports.sort(Comparator.comparing(TargetReport::asOf).thenComparing(TargetReport::id));
				// a target's reports are consecutive rows: the row a correction names is
				// known before writing
				Map<Long, Integer> shownRow = new HashMap<>();
				for (int i = 0; i < reports.size(); i++) {
					shownRow.put(reports.get(i).id(), rowNumber + i + 1);
				}
				for (TargetReport report : reports) {
					Row row = itemNaming(sheet.createRow(rowNumber++), HISTORY_COLUMNS, item.item(), workbook, styles);
					text(styles, row, history(TARGET), target.name());
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

	/**
	 * One line a piece of evidence: a link's address or a file's name after its kind;
	 * {@code null} for none.
	 */
	private static String evidence(List<EvidenceRef> evidence) {
		return evidence.isEmpty() ? null
				: evidence.stream()
					.map(piece -> (piece.link() ? LINK_LINE : FILE_LINE) + piece.text())
					.collect(java.util.stream.Collectors.joining("\n"));
	}

	private static void writeMilestones(Sheet sheet, PlanWorkbook workbook, Styles styles) {
		int rowNumber = header(sheet, MILESTONE_COLUMNS, MILESTONE_WIDTHS, styles);
		for (ItemVerdict item : workbook.items()) {
			for (MilestoneRef milestone : workbook.milestones(item.item())) {
				Row row = itemNaming(sheet.createRow(rowNumber++), MILESTONE_COLUMNS, item.item(), workbook, styles);
				text(styles, row, milestone(MILESTONE), milestone.title());
				date(row, milestone(DATE), milestone.dueDate(), styles);
				text(styles, row, milestone(MILESTONE_DONE), milestone.done() ? YES : NO);
			}
		}
		finish(sheet, rowNumber, MILESTONE_COLUMNS.size());
	}

	private static void writePlanned(Sheet sheet, PlanWorkbook workbook, Styles styles) {
		int rowNumber = header(sheet, PLANNED_COLUMNS, PLANNED_WIDTHS, styles);
		for (ItemVerdict item : workbook.items()) {
			for (TargetRef target : workbook.targets(item.item())) {
				for (PlannedPoint point : workbook.planned(target)) {
					Row row = itemNaming(sheet.createRow(rowNumber++), PLANNED_COLUMNS, item.item(), workbook, styles);
					text(styles, row, planned(TARGET), target.name());
					date(row, planned(PERIOD_END), point.periodEnd(), styles);
					number(row, planned(PLANNED_VALUE), point.value());
				}
			}
		}
		finish(sheet, rowNumber, PLANNED_COLUMNS.size());
	}

	private static void writeInfo(Sheet sheet, PlanWorkbook workbook, Styles styles) {
		PlanRef plan = workbook.plan();
		String preambleText = workbook.document().preamble();
		sheet.setColumnWidth(0, 10 * 256);
		sheet.setColumnWidth(1, 100 * 256);
		Row year = sheet.createRow(0);
		key(year, YEAR, styles);
		number(year, 1, plan.year());
		Row title = sheet.createRow(1);
		key(title, TITLE, styles);
		text(styles, title, 1, plan.title());
		Row organization = sheet.createRow(2);
		key(organization, ORGANIZATION, styles);
		text(styles, organization, 1, plan.organization());
		Row preamble = sheet.createRow(3);
		key(preamble, PREAMBLE, styles);
		Cell text = preamble.createCell(1);
		if (preambleText != null) {
			text.setCellValue(preambleText);
		}
		text.setCellStyle(
				(preambleText != null && looksLikeFormula(preambleText)) ? styles.wrappedQuoted : styles.wrapped);
	}

	/**
	 * Writes the bold header row, freezes it and sets the column widths; answers the next
	 * row's number.
	 */
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
	 * A text cell; text a spreadsheet would take for a formula ({@code = + - @}, a tab or
	 * a line break first) is marked quote-prefixed, so that it stays text — shown and
	 * read back exactly as written — when the cell is edited or the sheet saved in
	 * another format (OWASP: CSV injection).
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

	/**
	 * Whether a spreadsheet program could read the text as a formula: its first character
	 * starts one.
	 */
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

	/**
	 * The few cell styles of the workbook, created once (a workbook holds at most 64,000
	 * styles).
	 */
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
