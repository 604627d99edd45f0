package org.leagueplan.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.leagueplan.system.CommitteeTime;
import org.leagueplan.importing.ImportContent.Segment;
import org.leagueplan.importing.ImportForm.ItemRow;
import org.leagueplan.importing.ImportForm.MilestoneRow;
import org.leagueplan.importing.ImportForm.SectionRow;
import org.leagueplan.importing.ImportForm.TargetRow;
import org.leagueplan.plan.ChineseNumerals;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.ProgressHistory;
import org.leagueplan.reporting.PlanWorkbookLayout;
import org.leagueplan.reporting.WorkbookLabels;
import org.springframework.util.StringUtils;

import static org.leagueplan.reporting.PlanWorkbookLayout.*;

/**
 * Reads a plan workbook as LeaguePlan exports it ({@link PlanWorkbookLayout}) back into the form a person checks:
 * the plan information, sections and subsections in the order they appear, an item per section / subsection /
 * number with a target per row, and the milestones. Columns are found by their header text, so their order does
 * not matter; computed columns (latest value, light, last update) and the progress history are not read back.
 */
final class PlanWorkbookReader {

	/** Reported values are stored with 12 digits before the point. */
	private static final BigDecimal LARGEST_VALUE = new BigDecimal("1000000000000");

	private final DataFormatter text = new DataFormatter();

	private final WorkbookLabels labels;

	private final CommitteeTime time;

	/** {@code time}: the committee's days and wall clock, in which the workbook's times were written. */
	PlanWorkbookReader(WorkbookLabels labels, CommitteeTime time) {
		this.labels = labels;
		this.time = time;
	}

	/** The workbook's plan; refused when it is not a LeaguePlan workbook. */
	ImportContent read(byte[] content, String name) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet plan = workbook.getSheet(PLAN_SHEET);
			if (plan == null || plan.getRow(0) == null) {
				throw new UnreadableDocument("import.error.workbookLayout", name, PLAN_SHEET);
			}
			Columns columns = new Columns(plan.getRow(0));
			for (String required : List.of(SECTION, NUMBER, HEADING)) {
				if (!columns.has(required)) {
					throw new UnreadableDocument("import.error.workbookLayout", name, required);
				}
			}
			ImportForm form = new ImportForm();
			info(workbook.getSheet(INFO_SHEET), form);
			Reading reading = new Reading(form);
			forEachRow(plan, (row, cells) -> planRow(row, cells, reading));
			forEachRow(workbook.getSheet(MILESTONE_SHEET), (row, cells) -> milestoneRow(row, cells, reading));
			if (form.getItems().isEmpty()) {
				throw new UnreadableDocument("import.error.noItems");
			}
			List<ImportHistory.Entry> history = new ArrayList<>();
			forEachRow(workbook.getSheet(HISTORY_SHEET), (row, cells) -> history.add(historyRow(row, cells, reading)));
			List<ImportHistory.Planned> planned = new ArrayList<>();
			forEachRow(workbook.getSheet(PLANNED_SHEET), (row, cells) -> planned.add(plannedRow(row, cells, reading)));
			return new ImportContent(reading.source, form, history, planned);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableDocument unreadable) {
				throw unreadable;
			}
			throw new UnreadableDocument("import.error.brokenWorkbook", name);
		}
	}

	/** Each row below the header that names a section, in order; nothing when the sheet or its header is missing. */
	private void forEachRow(Sheet sheet, BiConsumer<Row, Columns> reader) {
		if (sheet == null || sheet.getRow(0) == null) {
			return;
		}
		Columns columns = new Columns(sheet.getRow(0));
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && !string(columns.cell(row, SECTION)).isEmpty()) {
				reader.accept(row, columns);
			}
		}
	}

	private void info(Sheet sheet, ImportForm form) {
		if (sheet == null) {
			return;
		}
		for (Row row : sheet) {
			String key = string(row.getCell(0));
			Cell value = row.getCell(1);
			switch (key) {
				case YEAR -> {
					BigDecimal year = number(value);
					form.setYear((year != null) ? year.intValue() : null);
				}
				case TITLE -> form.setTitle(emptyToNull(string(value)));
				case ORGANIZATION -> form.setOrganization(emptyToNull(string(value)));
				case PREAMBLE -> form.setPreamble(emptyToNull(string(value)));
				default -> {
				}
			}
		}
	}

	private void planRow(Row row, Columns columns, Reading reading) {
		int sectionIndex = reading.section(string(columns.cell(row, SECTION)), string(columns.cell(row, SUBSECTION)));
		String heading = string(columns.cell(row, HEADING));
		if (heading.isEmpty()) {
			return;
		}
		String key = sectionIndex + "|" + string(columns.cell(row, NUMBER));
		ItemRow item = reading.items.get(key);
		if (item == null) {
			item = new ItemRow();
			item.setKey("r" + (row.getRowNum() + 1));
			item.setSection(sectionIndex);
			item.setHeading(heading);
			item.setText(emptyToNull(string(columns.cell(row, BODY))));
			item.setLeadUnit(emptyToNull(string(columns.cell(row, LEAD_UNIT))));
			item.setAssistUnits(emptyToNull(string(columns.cell(row, ASSIST_UNITS))));
			item.setOwner(emptyToNull(string(columns.cell(row, OWNER))));
			item.setStart(date(columns.cell(row, START_DATE)));
			item.setEnd(date(columns.cell(row, END_DATE)));
			item.setStatus(named(ItemStatus.class, string(columns.cell(row, STATUS)), ItemStatus.NOT_STARTED));
			reading.items.put(key, item);
			reading.form.getItems().add(item);
			reading.source.add(Segment.plain(Segment.Kind.ROW, PLAN_SHEET + " " + (row.getRowNum() + 1), heading));
		}
		String targetName = string(columns.cell(row, TARGET));
		if (!targetName.isEmpty()) {
			TargetRow target = new TargetRow();
			target.setKey("t" + (row.getRowNum() + 1));
			target.setName(targetName);
			target.setKind(named(TargetKind.class, string(columns.cell(row, TARGET_KIND)), TargetKind.COUNT));
			target.setComparator(named(TargetComparator.class, string(columns.cell(row, COMPARATOR)),
					TargetComparator.AT_LEAST));
			target.setValue(number(columns.cell(row, TARGET_VALUE)));
			target.setUnit(emptyToNull(string(columns.cell(row, UNIT_LABEL))));
			target.setBaseline(number(columns.cell(row, BASELINE)));
			target.setDueDate(date(columns.cell(row, TARGET_DUE_DATE)));
			target.setNote(emptyToNull(string(columns.cell(row, NOTE))));
			item.getTargets().add(target);
		}
	}

	/** A milestone of an item on the plan sheet; one naming no such item, or without a title, is passed over. */
	private void milestoneRow(Row row, Columns columns, Reading reading) {
		String title = string(columns.cell(row, MILESTONE));
		ItemRow item = title.isEmpty() ? null
				: reading.item(string(columns.cell(row, SECTION)), string(columns.cell(row, SUBSECTION)),
						string(columns.cell(row, NUMBER)));
		if (item != null) {
			MilestoneRow milestone = new MilestoneRow();
			milestone.setTitle(title);
			milestone.setDate(date(columns.cell(row, DATE)));
			milestone.setDone(YES.equals(string(columns.cell(row, MILESTONE_DONE))));
			item.getMilestones().add(milestone);
		}
	}

	/**
	 * A report (the row names a target) or an item's status update (it names a status instead); a row whose item or
	 * target the plan sheet does not have, or that lacks what its kind needs, is kept as unreadable so that it is
	 * counted among the rows not imported.
	 */
	private ImportHistory.Entry historyRow(Row row, Columns columns, Reading reading) {
		int shown = row.getRowNum() + 1;
		ImportHistory.Entry unreadable = new ImportHistory.Entry(shown, null, null, null, null, null, null, null, null,
				null, null, null, null, List.of(), 0);
		ItemRow item = reading.item(string(columns.cell(row, SECTION)), string(columns.cell(row, SUBSECTION)),
				string(columns.cell(row, NUMBER)));
		String narrative = limited(string(columns.cell(row, NARRATIVE)), 4000);
		String reporter = emptyToNull(string(columns.cell(row, REPORTER)));
		Instant reportedAt = instant(columns.cell(row, REPORTED_AT));
		Evidence evidence = evidence(string(columns.cell(row, EVIDENCE)));
		if (item == null || narrative == null || evidence == null) {
			return unreadable;
		}
		String targetName = string(columns.cell(row, TARGET));
		if (targetName.isEmpty()) {
			ItemStatus status = named(ItemStatus.class, string(columns.cell(row, STATUS)), null);
			return (status == null || reportedAt == null) ? unreadable
					: new ImportHistory.Entry(shown, item.getKey(), null, null, null, null, status,
							emptyToNull(narrative), null, null, null, reporter, reportedAt, evidence.links(),
							evidence.files());
		}
		TargetRow target = reading.target(item, targetName);
		LocalDate asOf = date(columns.cell(row, AS_OF));
		BigDecimal value = number(columns.cell(row, VALUE));
		String reason = limited(string(columns.cell(row, REASON)), 2000);
		String action = limited(string(columns.cell(row, CORRECTIVE_ACTION)), 2000);
		if (target == null || asOf == null || reason == null || action == null
				|| (value != null && value.abs().compareTo(LARGEST_VALUE) >= 0)) {
			return unreadable;
		}
		String done = string(columns.cell(row, DONE));
		BigDecimal corrects = number(columns.cell(row, CORRECTS));
		return new ImportHistory.Entry(shown, item.getKey(), target.getKey(), asOf, value,
				YES.equals(done) ? Boolean.TRUE : NO.equals(done) ? Boolean.FALSE : null, null, emptyToNull(narrative),
				emptyToNull(reason), emptyToNull(action), (corrects != null) ? corrects.intValue() : null, reporter,
				(reportedAt != null) ? reportedAt : this.time.startOfDay(asOf),
				evidence.links(), evidence.files());
	}

	/**
	 * The evidence cell: a line a piece, {@code 链接：} and a web address or {@code 文件：} and a file name (a bare
	 * web address counts as a link, any other line as a file); {@code null} when a link is not an address evidence
	 * may link to.
	 */
	private static Evidence evidence(String cell) {
		List<String> links = new ArrayList<>();
		int files = 0;
		for (String line : cell.split("\\R")) {
			String piece = line.strip();
			if (piece.isEmpty()) {
				continue;
			}
			String link = piece.startsWith(LINK_LINE) ? piece.substring(LINK_LINE.length()).strip()
					: ProgressHistory.isWebLink(piece) ? piece : null;
			if (link == null) {
				files++;
			}
			else if (ProgressHistory.isWebLink(link)) {
				links.add(link);
			}
			else {
				return null;
			}
		}
		return new Evidence(links, files);
	}

	private record Evidence(List<String> links, int files) {
	}

	/** A planned value of a target on the plan sheet; without a target key when it names none or is incomplete. */
	private ImportHistory.Planned plannedRow(Row row, Columns columns, Reading reading) {
		TargetRow target = reading.target(string(columns.cell(row, SECTION)), string(columns.cell(row, SUBSECTION)),
				string(columns.cell(row, NUMBER)), string(columns.cell(row, TARGET)));
		LocalDate periodEnd = date(columns.cell(row, PERIOD_END));
		BigDecimal value = number(columns.cell(row, PLANNED_VALUE));
		boolean complete = target != null && periodEnd != null && value != null
				&& value.abs().compareTo(LARGEST_VALUE) < 0;
		return new ImportHistory.Planned(row.getRowNum() + 1, complete ? target.getKey() : null, periodEnd, value);
	}

	/** The text, or {@code null} when it is longer than the database keeps. */
	private static String limited(String text, int max) {
		return (text.length() <= max) ? text : null;
	}

	/** A date-time cell (the committee's local time, as exported) or such a text. */
	private Instant instant(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return this.time.at(cell.getLocalDateTimeCellValue());
		}
		String written = this.text.formatCellValue(cell).strip();
		try {
			return written.isEmpty() ? null
					: this.time.at(LocalDateTime.parse(written.replace(' ', 'T')));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private String string(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
			BigDecimal number = number(cell);
			return (number != null) ? number.stripTrailingZeros().toPlainString() : "";
		}
		return this.text.formatCellValue(cell).strip();
	}

	private BigDecimal number(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			// as a person wrote it: 10, not 10.0 (a cell holds a double); at most two decimals, as stored
			BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
			return (value.scale() < 0) ? value.setScale(0)
					: (value.scale() > 2) ? value.setScale(2, java.math.RoundingMode.HALF_UP) : value;
		}
		String written = this.text.formatCellValue(cell).strip();
		try {
			return written.isEmpty() ? null : new BigDecimal(written);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private LocalDate date(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String written = this.text.formatCellValue(cell).strip();
		try {
			return written.isEmpty() ? null : LocalDate.parse(written);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A status, kind or comparison by its label in either language or its code; {@code otherwise} for none. */
	private <E extends Enum<E>> E named(Class<E> type, String text, E otherwise) {
		return this.labels.parse(type, text).orElse(otherwise);
	}

	private static String emptyToNull(String text) {
		return StringUtils.hasText(text) ? text : null;
	}

	/** Header texts to column numbers. */
	private final class Columns {

		private final Map<String, Integer> byName = new HashMap<>();

		Columns(Row header) {
			for (Cell cell : header) {
				this.byName.putIfAbsent(string(cell), cell.getColumnIndex());
			}
		}

		boolean has(String name) {
			return this.byName.containsKey(name);
		}

		Cell cell(Row row, String name) {
			Integer column = this.byName.get(name);
			return (column != null) ? row.getCell(column) : null;
		}

	}

	/** What has been read so far: sections by title, items by section and number, the source pane's rows. */
	private static final class Reading {

		final ImportForm form;

		final Map<String, Integer> sections = new LinkedHashMap<>();

		final Map<String, ItemRow> items = new HashMap<>();

		final List<Segment> source = new java.util.ArrayList<>();

		Reading(ImportForm form) {
			this.form = form;
		}

		/** The item of that section (or subsection) and number on the plan sheet, or {@code null}. */
		ItemRow item(String section, String subsection, String number) {
			Integer index = this.sections.get(subsection.isEmpty() ? section : section + "\n" + subsection);
			return (index != null) ? this.items.get(index + "|" + number) : null;
		}

		/**
		 * The item's target of that name, or {@code null}: also when the item has two targets of that name, since the
		 * history sheets name a target only by its name (such rows are listed as not saved, never given to the wrong
		 * target).
		 */
		TargetRow target(ItemRow item, String name) {
			List<TargetRow> named = (item == null) ? List.of()
					: item.getTargets().stream().filter(target -> target.getName().equals(name)).toList();
			return (named.size() == 1) ? named.get(0) : null;
		}

		/** The target of that name of the item of that section (or subsection) and number, or {@code null}. */
		TargetRow target(String section, String subsection, String number, String name) {
			return target(item(section, subsection, number), name);
		}

		/** The index of the section (or of its subsection), added when first seen. */
		int section(String title, String subtitle) {
			int top = this.sections.computeIfAbsent(title, key -> add(title, null));
			if (subtitle.isEmpty()) {
				return top;
			}
			return this.sections.computeIfAbsent(title + "\n" + subtitle, key -> add(subtitle, top));
		}

		private int add(String title, Integer parent) {
			List<SectionRow> rows = this.form.getSections();
			long siblings = rows.stream().filter(row -> java.util.Objects.equals(row.getParent(), parent)).count();
			rows.add(new SectionRow(ChineseNumerals.sectionLabel((int) siblings + 1, parent != null), title, parent));
			this.source.add(Segment.plain(Segment.Kind.SECTION, rows.get(rows.size() - 1).getLabel(), title));
			return rows.size() - 1;
		}

	}

}
