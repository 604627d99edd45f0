package org.leagueplan.exchange;

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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.leagueplan.exchange.WorkbookPlan.Item;
import org.leagueplan.exchange.WorkbookPlan.Line;
import org.leagueplan.exchange.WorkbookPlan.Milestone;
import org.leagueplan.exchange.WorkbookPlan.Section;
import org.leagueplan.exchange.WorkbookPlan.Target;
import org.leagueplan.plan.ChineseNumerals;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.ReportRules;
import org.leagueplan.system.CommitteeTime;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import static org.leagueplan.exchange.PlanWorkbookLayout.*;

/**
 * Reads a plan workbook as LeaguePlan exports it ({@link PlanWorkbookLayout}) back
 * ({@link WorkbookPlan}): the plan information, sections and subsections in the order
 * they appear, an item per section / subsection / number with a target per row, the
 * milestones, the progress history and the planned values. Columns are found by their
 * header text, so their order does not matter; computed columns (latest value, light,
 * last update) are not read back.
 */
@Component
public class PlanWorkbookReader {

	/** Reported values are stored with 12 digits before the point. */
	private static final BigDecimal LARGEST_VALUE = new BigDecimal("1000000000000");

	private final DataFormatter text = new DataFormatter();

	private final WorkbookLabels labels;

	private final CommitteeTime time;

	/**
	 * {@code time}: the committee's days and wall clock, in which the workbook's times
	 * were written.
	 */
	PlanWorkbookReader(WorkbookLabels labels, CommitteeTime time) {
		this.labels = labels;
		this.time = time;
	}

	/**
	 * The workbook's plan; refused ({@link UnreadableWorkbook}) when it is not a
	 * LeaguePlan workbook.
	 */
	public WorkbookPlan read(byte[] content, String name) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet plan = workbook.getSheet(PLAN_SHEET);
			if (plan == null || plan.getRow(0) == null) {
				throw new UnreadableWorkbook("import.error.workbookLayout", name, PLAN_SHEET);
			}
			Columns columns = new Columns(plan.getRow(0));
			for (String required : List.of(SECTION, NUMBER, HEADING)) {
				if (!columns.has(required)) {
					throw new UnreadableWorkbook("import.error.workbookLayout", name, required);
				}
			}
			Map<String, Object> info = info(workbook.getSheet(INFO_SHEET));
			Reading reading = new Reading();
			forEachRow(plan, (row, cells) -> planRow(row, cells, reading));
			forEachRow(workbook.getSheet(MILESTONE_SHEET), (row, cells) -> milestoneRow(row, cells, reading));
			if (reading.itemsInOrder.isEmpty()) {
				throw new UnreadableWorkbook("import.error.noItems");
			}
			List<WorkbookHistory.Entry> history = new ArrayList<>();
			forEachRow(workbook.getSheet(HISTORY_SHEET), (row, cells) -> history.add(historyRow(row, cells, reading)));
			List<WorkbookHistory.Planned> planned = new ArrayList<>();
			forEachRow(workbook.getSheet(PLANNED_SHEET), (row, cells) -> planned.add(plannedRow(row, cells, reading)));
			BigDecimal year = (BigDecimal) info.get(YEAR);
			return new WorkbookPlan((year != null) ? year.intValue() : null, (String) info.get(TITLE),
					(String) info.get(ORGANIZATION), (String) info.get(PREAMBLE), List.copyOf(reading.sections),
					reading.itemsInOrder.stream().map(ItemReading::item).toList(), List.copyOf(reading.lines), history,
					planned);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableWorkbook unreadable) {
				throw unreadable;
			}
			throw new UnreadableWorkbook("import.error.brokenWorkbook", name);
		}
	}

	/**
	 * Each row below the header that names a section, in order; nothing when the sheet or
	 * its header is missing.
	 */
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

	/**
	 * The plan information by key: the year a number, the rest texts; a key without a
	 * value is left out.
	 */
	private Map<String, Object> info(Sheet sheet) {
		Map<String, Object> info = new HashMap<>();
		if (sheet == null) {
			return info;
		}
		for (Row row : sheet) {
			String key = string(row.getCell(0));
			Cell value = row.getCell(1);
			switch (key) {
				case YEAR -> info.put(YEAR, number(value));
				case TITLE, ORGANIZATION, PREAMBLE -> info.put(key, emptyToNull(string(value)));
				default -> {
				}
			}
		}
		return info;
	}

	private void planRow(Row row, Columns columns, Reading reading) {
		int sectionIndex = reading.section(string(columns.cell(row, SECTION)), string(columns.cell(row, SUBSECTION)));
		String heading = string(columns.cell(row, HEADING));
		if (heading.isEmpty()) {
			return;
		}
		String key = sectionIndex + "|" + string(columns.cell(row, NUMBER));
		ItemReading item = reading.items.get(key);
		if (item == null) {
			item = new ItemReading("r" + (row.getRowNum() + 1), sectionIndex, heading,
					emptyToNull(string(columns.cell(row, BODY))), emptyToNull(string(columns.cell(row, LEAD_UNIT))),
					emptyToNull(string(columns.cell(row, ASSIST_UNITS))), emptyToNull(string(columns.cell(row, OWNER))),
					date(columns.cell(row, START_DATE)), date(columns.cell(row, END_DATE)),
					named(ItemStatus.class, string(columns.cell(row, STATUS)), ItemStatus.NOT_STARTED));
			reading.items.put(key, item);
			reading.itemsInOrder.add(item);
			reading.lines.add(new Line(false, PLAN_SHEET + " " + (row.getRowNum() + 1), heading));
		}
		String targetName = string(columns.cell(row, TARGET));
		if (!targetName.isEmpty()) {
			item.targets.add(
					new Target("t" + (row.getRowNum() + 1), targetName,
							named(TargetKind.class, string(columns.cell(row, TARGET_KIND)), TargetKind.COUNT),
							named(TargetComparator.class, string(columns.cell(row, COMPARATOR)),
									TargetComparator.AT_LEAST),
							number(columns.cell(row, TARGET_VALUE)), emptyToNull(string(columns.cell(row, UNIT_LABEL))),
							number(columns.cell(row, BASELINE)), date(columns.cell(row, TARGET_DUE_DATE)),
							emptyToNull(string(columns.cell(row, NOTE)))));
		}
	}

	/**
	 * A milestone of an item on the plan sheet; one naming no such item, or without a
	 * title, is passed over.
	 */
	private void milestoneRow(Row row, Columns columns, Reading reading) {
		String title = string(columns.cell(row, MILESTONE));
		ItemReading item = title.isEmpty() ? null : reading.item(string(columns.cell(row, SECTION)),
				string(columns.cell(row, SUBSECTION)), string(columns.cell(row, NUMBER)));
		if (item != null) {
			item.milestones.add(new Milestone(title, date(columns.cell(row, DATE)),
					YES.equals(string(columns.cell(row, MILESTONE_DONE)))));
		}
	}

	/**
	 * A report (the row names a target) or an item's status update (it names a status
	 * instead); a row whose item or target the plan sheet does not have, or that lacks
	 * what its kind needs, is kept as unreadable so that it is counted among the rows not
	 * imported.
	 */
	private WorkbookHistory.Entry historyRow(Row row, Columns columns, Reading reading) {
		int shown = row.getRowNum() + 1;
		WorkbookHistory.Entry unreadable = new WorkbookHistory.Entry(shown, null, null, null, null, null, null, null,
				null, null, null, null, null, List.of(), 0);
		ItemReading item = reading.item(string(columns.cell(row, SECTION)), string(columns.cell(row, SUBSECTION)),
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
					: new WorkbookHistory.Entry(shown, item.key, null, null, null, null, status, emptyToNull(narrative),
							null, null, null, reporter, reportedAt, evidence.links(), evidence.files());
		}
		Target target = reading.target(item, targetName);
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
		return new WorkbookHistory.Entry(shown, item.key, target.key(), asOf, value,
				YES.equals(done) ? Boolean.TRUE : NO.equals(done) ? Boolean.FALSE : null, null, emptyToNull(narrative),
				emptyToNull(reason), emptyToNull(action), (corrects != null) ? corrects.intValue() : null, reporter,
				(reportedAt != null) ? reportedAt : this.time.startOfDay(asOf), evidence.links(), evidence.files());
	}

	/**
	 * The evidence cell: a line a piece, {@code 链接：} and a web address or {@code 文件：} and
	 * a file name (a bare web address counts as a link, any other line as a file);
	 * {@code null} when a link is not an address evidence may link to.
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
					: ReportRules.isWebLink(piece) ? piece : null;
			if (link == null) {
				files++;
			}
			else if (ReportRules.isWebLink(link)) {
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

	/**
	 * A planned value of a target on the plan sheet; without a target key when it names
	 * none or is incomplete.
	 */
	private WorkbookHistory.Planned plannedRow(Row row, Columns columns, Reading reading) {
		Target target = reading.target(string(columns.cell(row, SECTION)), string(columns.cell(row, SUBSECTION)),
				string(columns.cell(row, NUMBER)), string(columns.cell(row, TARGET)));
		LocalDate periodEnd = date(columns.cell(row, PERIOD_END));
		BigDecimal value = number(columns.cell(row, PLANNED_VALUE));
		boolean complete = target != null && periodEnd != null && value != null
				&& value.abs().compareTo(LARGEST_VALUE) < 0;
		return new WorkbookHistory.Planned(row.getRowNum() + 1, complete ? target.key() : null, periodEnd, value);
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
			return written.isEmpty() ? null : this.time.at(LocalDateTime.parse(written.replace(' ', 'T')));
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
			// as a person wrote it: 10, not 10.0 (a cell holds a double); at most two
			// decimals, as stored
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

	/**
	 * A status, kind or comparison by its label in either language or its code;
	 * {@code otherwise} for none.
	 */
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

	/** An item as read so far: its targets and milestones grow as rows name it. */
	private static final class ItemReading {

		final String key;

		final int section;

		final String heading;

		final String text;

		final String leadUnit;

		final String assistUnits;

		final String owner;

		final LocalDate start;

		final LocalDate end;

		final ItemStatus status;

		final List<Target> targets = new ArrayList<>();

		final List<Milestone> milestones = new ArrayList<>();

		ItemReading(String key, int section, String heading, String text, String leadUnit, String assistUnits,
				String owner, LocalDate start, LocalDate end, ItemStatus status) {
			this.key = key;
			this.section = section;
			this.heading = heading;
			this.text = text;
			this.leadUnit = leadUnit;
			this.assistUnits = assistUnits;
			this.owner = owner;
			this.start = start;
			this.end = end;
			this.status = status;
		}

		Item item() {
			return new Item(this.key, this.section, this.heading, this.text, this.leadUnit, this.assistUnits,
					this.owner, this.start, this.end, this.status, List.copyOf(this.targets),
					List.copyOf(this.milestones));
		}

	}

	/**
	 * What has been read so far: sections by title, items by section and number, the rows
	 * read.
	 */
	private static final class Reading {

		final List<Section> sections = new ArrayList<>();

		final Map<String, Integer> sectionIndexes = new LinkedHashMap<>();

		final Map<String, ItemReading> items = new HashMap<>();

		final List<ItemReading> itemsInOrder = new ArrayList<>();

		final List<Line> lines = new ArrayList<>();

		/**
		 * The item of that section (or subsection) and number on the plan sheet, or
		 * {@code null}.
		 */
		ItemReading item(String section, String subsection, String number) {
			Integer index = this.sectionIndexes.get(subsection.isEmpty() ? section : section + "\n" + subsection);
			return (index != null) ? this.items.get(index + "|" + number) : null;
		}

		/**
		 * The item's target of that name, or {@code null}: also when the item has two
		 * targets of that name, since the history sheets name a target only by its name
		 * (such rows are listed as not saved, never given to the wrong target).
		 */
		Target target(ItemReading item, String name) {
			List<Target> named = (item == null) ? List.of()
					: item.targets.stream().filter(target -> target.name().equals(name)).toList();
			return (named.size() == 1) ? named.get(0) : null;
		}

		/**
		 * The target of that name of the item of that section (or subsection) and number,
		 * or {@code null}.
		 */
		Target target(String section, String subsection, String number, String name) {
			return target(item(section, subsection, number), name);
		}

		/** The index of the section (or of its subsection), added when first seen. */
		int section(String title, String subtitle) {
			int top = this.sectionIndexes.computeIfAbsent(title, key -> add(title, null));
			if (subtitle.isEmpty()) {
				return top;
			}
			return this.sectionIndexes.computeIfAbsent(title + "\n" + subtitle, key -> add(subtitle, top));
		}

		private int add(String title, Integer parent) {
			long siblings = this.sections.stream()
				.filter(row -> java.util.Objects.equals(row.parent(), parent))
				.count();
			Section section = new Section(ChineseNumerals.sectionLabel((int) siblings + 1, parent != null), title,
					parent);
			this.sections.add(section);
			this.lines.add(new Line(true, section.label(), title));
			return this.sections.size() - 1;
		}

	}

}
