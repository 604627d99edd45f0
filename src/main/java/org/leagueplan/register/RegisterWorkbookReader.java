package org.leagueplan.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.leagueplan.system.ZipContainers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a register's workbook in the layout the export writes ({@link RegisterLayout}):
 * the first sheet, its header row naming the columns (in Chinese or English, in any
 * order), a row per entry. Only the reading is done here — a unit by its name, a date as
 * {@code yyyy-MM-dd} or an Excel date; whether the entry may be taken is
 * {@link EntryRules}' to say. The file is held to the checks of every upload first: a zip
 * container within limits ({@link ZipContainers}), then at most {@link #MAX_ROWS} rows.
 */
@Component
class RegisterWorkbookReader {

	private static final Logger log = LoggerFactory.getLogger(RegisterWorkbookReader.class);

	/** A register's workbook is a few sheets' XML; a hundred entries is never one. */
	static final ZipContainers.Limits LIMITS = new ZipContainers.Limits(100, 50L * 1024 * 1024, 100, 1024 * 1024);

	static final int MAX_ROWS = 2000;

	/** The languages a header may be written in. */
	private static final List<Locale> HEADER_LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final MessageSource messages;

	RegisterWorkbookReader(MessageSource messages) {
		this.messages = messages;
	}

	/** The rows read, with what could not be read as the rows' problems. */
	RegisterImport read(long registerId, byte[] content, String fileName, List<RegisterField> fields,
			Map<Long, String> unitNames, Locale locale) {
		if (content == null || content.length == 0) {
			throw new UnreadableRegisterWorkbook("register.import.error.empty", fileName);
		}
		if (!ZipContainers.isZip(content)) {
			throw new UnreadableRegisterWorkbook("register.import.error.notXlsx", fileName);
		}
		ZipContainers.Result zip = ZipContainers.check(content, LIMITS);
		if (zip.verdict() == ZipContainers.Verdict.ZIP_BOMB) {
			log.warn("Refused {} as a zip bomb: {}", fileName, zip.why());
			throw new UnreadableRegisterWorkbook("register.import.error.zipBomb", fileName);
		}
		if (zip.verdict() == ZipContainers.Verdict.BROKEN) {
			log.debug("Not a zip {}: {}", fileName, zip.why());
			throw new UnreadableRegisterWorkbook("register.import.error.notXlsx", fileName);
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			return read(registerId, workbook, fileName, fields, unitNames, locale);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnreadableRegisterWorkbook unreadable) {
				throw unreadable;
			}
			log.debug("Not a workbook: {}", fileName, ex);
			throw new UnreadableRegisterWorkbook("register.import.error.notXlsx", fileName);
		}
	}

	private RegisterImport read(long registerId, Workbook workbook, String fileName, List<RegisterField> fields,
			Map<Long, String> unitNames, Locale locale) {
		Sheet sheet = (workbook.getNumberOfSheets() > 0) ? workbook.getSheetAt(0) : null;
		if (sheet == null || sheet.getRow(sheet.getFirstRowNum()) == null) {
			throw new UnreadableRegisterWorkbook("register.import.error.empty", fileName);
		}
		Row header = sheet.getRow(sheet.getFirstRowNum());
		Map<String, Integer> columns = new HashMap<>();
		for (Cell cell : header) {
			columns.putIfAbsent(text(cell), cell.getColumnIndex());
		}
		Map<String, Integer> fixed = new HashMap<>();
		for (String code : RegisterLayout.COLUMNS) {
			for (Locale language : languages(locale)) {
				Integer column = columns.get(this.messages.getMessage(code, null, code, language));
				if (column != null) {
					fixed.putIfAbsent(code, column);
				}
			}
		}
		for (String code : RegisterLayout.REQUIRED) {
			if (!fixed.containsKey(code)) {
				throw new UnreadableRegisterWorkbook("register.import.error.headers", fileName,
						this.messages.getMessage(code, null, code, locale));
			}
		}
		List<RegisterField> active = fields.stream().filter(field -> !field.isArchived()).toList();
		Map<String, Long> byName = new LinkedHashMap<>();
		unitNames.forEach((id, name) -> byName.putIfAbsent(name.strip(), id));
		List<RegisterImport.Row> rows = new ArrayList<>();
		for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			for (String code : RegisterLayout.READ_BACK) {
				cells.add(cellText(row, fixed.get(code)));
			}
			for (RegisterField field : active) {
				Integer column = columns.get(field.getLabel());
				Cell cell = (column != null) ? row.getCell(column) : null;
				cells.add((field.getKind() == FieldKind.DATE && isDate(cell)) ? day(cell).toString() : text(cell));
			}
			if (cells.stream().allMatch(String::isEmpty)) {
				continue;
			}
			if (rows.size() >= MAX_ROWS) {
				throw new UnreadableRegisterWorkbook("register.import.error.tooManyRows", fileName, MAX_ROWS);
			}
			rows.add(row(r + 1, row, cells, fixed, active, byName));
		}
		if (rows.isEmpty()) {
			throw new UnreadableRegisterWorkbook("register.import.error.empty", fileName);
		}
		return new RegisterImport(registerId, fileName, active.stream().map(RegisterField::getLabel).toList(), rows);
	}

	private RegisterImport.Row row(int number, Row row, List<String> cells, Map<String, Integer> fixed,
			List<RegisterField> active, Map<String, Long> units) {
		List<RegisterImport.Problem> problems = new ArrayList<>();
		// the cells follow RegisterLayout.READ_BACK: name, unit, date, place, description
		String unitName = cells.get(1);
		Long unitId = null;
		if (!unitName.isEmpty()) {
			unitId = units.get(unitName);
			if (unitId == null) {
				problems.add(new RegisterImport.Problem("unitId", "register.import.unit.unknown", List.of(unitName)));
			}
		}
		LocalDate date = null;
		Integer dateColumn = fixed.get(RegisterLayout.DATE);
		Cell dateCell = (dateColumn != null) ? row.getCell(dateColumn) : null;
		if (isDate(dateCell)) {
			date = day(dateCell);
			cells.set(2, date.toString());
		}
		else if (!cells.get(2).isEmpty()) {
			try {
				date = LocalDate.parse(cells.get(2));
			}
			catch (DateTimeParseException ex) {
				problems.add(
						new RegisterImport.Problem("entryDate", "register.import.date.invalid", List.of(cells.get(2))));
			}
		}
		Map<Long, String> values = new HashMap<>();
		for (int f = 0; f < active.size(); f++) {
			String value = cells.get(RegisterLayout.READ_BACK.size() + f);
			if (!value.isEmpty()) {
				values.put(active.get(f).getId(), value);
			}
		}
		EntryInput input = new EntryInput(cells.get(0), unitId, date, cells.get(3), cells.get(4), values);
		return new RegisterImport.Row(number, cells, input, problems);
	}

	private static List<Locale> languages(Locale locale) {
		List<Locale> languages = new ArrayList<>();
		languages.add(locale);
		languages.addAll(HEADER_LANGUAGES);
		return languages;
	}

	private String cellText(Row row, Integer column) {
		return (column != null) ? text(row.getCell(column)) : "";
	}

	private static boolean isDate(Cell cell) {
		return cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
	}

	private static LocalDate day(Cell cell) {
		return cell.getLocalDateTimeCellValue().toLocalDate();
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		String text = new DataFormatter(Locale.ROOT).formatCellValue(cell);
		return (text != null) ? text.strip() : "";
	}

}
