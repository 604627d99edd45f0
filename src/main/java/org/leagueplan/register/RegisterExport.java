package org.leagueplan.register;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A register written out as an Excel workbook: one row per entry that passes the filters,
 * every column the pages show and the register's own fields, headed in the person's
 * language (Chinese by default). Reads the entries and all their values in two queries;
 * streams the rows.
 */
@Component
class RegisterExport {

	private final RegisterReading reading;

	private final RegisterEntryRepository entries;

	private final MessageSource messages;

	RegisterExport(RegisterReading reading, RegisterEntryRepository entries, MessageSource messages) {
		this.reading = reading;
		this.entries = entries;
		this.messages = messages;
	}

	/** The file name of the register's workbook. */
	String fileName(Register register) {
		return register.getName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".xlsx";
	}

	@Transactional(readOnly = true)
	void write(long registerId, EntryFilter filter, Locale locale, OutputStream out) throws IOException {
		List<RegisterEntry> rows = this.reading.all(registerId, filter);
		List<RegisterField> fields = this.reading.fields(registerId);
		Map<Long, Map<Long, String>> values = new HashMap<>();
		for (RegisterEntryRepository.Value value : this.entries.findValuesOfRegister(registerId)) {
			values.computeIfAbsent(value.getEntryId(), id -> new HashMap<>()).put(value.getFieldId(), value.getValue());
		}
		Map<Long, String> units = this.reading.unitNames();
		SXSSFWorkbook book = new SXSSFWorkbook(100);
		try {
			Sheet sheet = book.createSheet(text("register.sheet", locale));
			CellStyle header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			List<String> headings = new ArrayList<>(
					List.of(text("register.entry.name", locale), text("register.entry.unit", locale),
							text("register.entry.date", locale), text("register.entry.place", locale),
							text("register.entry.description", locale), text("register.entry.state", locale)));
			fields.forEach(field -> headings.add(field.getLabel()));
			Row top = sheet.createRow(0);
			for (int c = 0; c < headings.size(); c++) {
				Cell cell = top.createCell(c);
				cell.setCellValue(headings.get(c));
				cell.setCellStyle(header);
			}
			int r = 1;
			for (RegisterEntry entry : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(entry.getName());
				row.createCell(1).setCellValue(units.getOrDefault(entry.getUnitId(), "#" + entry.getUnitId()));
				row.createCell(2).setCellValue(entry.getEntryDate().toString());
				row.createCell(3).setCellValue(orEmpty(entry.getPlace()));
				row.createCell(4).setCellValue(orEmpty(entry.getDescription()));
				row.createCell(5).setCellValue(text("register.state." + entry.getState(), locale));
				Map<Long, String> own = values.getOrDefault(entry.getId(), Map.of());
				for (int f = 0; f < fields.size(); f++) {
					row.createCell(6 + f).setCellValue(orEmpty(own.get(fields.get(f).getId())));
				}
			}
			book.write(out);
		}
		finally {
			book.dispose();
			book.close();
		}
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
