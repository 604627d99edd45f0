package org.leagueplan.register;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
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
			// no Zip64 extra fields: Java's own ZipInputStream (and the import's zip
			// checks)
			// read the file back
			book.setZip64Mode(Zip64Mode.Never);
			Sheet sheet = book.createSheet(text("register.sheet", locale));
			CellStyle header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			List<String> headings = new ArrayList<>();
			RegisterLayout.COLUMNS.forEach(code -> headings.add(text(code, locale)));
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
				for (int c = 0; c < RegisterLayout.COLUMNS.size(); c++) {
					row.createCell(c).setCellValue(switch (RegisterLayout.COLUMNS.get(c)) {
						case RegisterLayout.NAME -> entry.getName();
						case RegisterLayout.UNIT -> units.getOrDefault(entry.getUnitId(), "#" + entry.getUnitId());
						case RegisterLayout.DATE -> entry.getEntryDate().toString();
						case RegisterLayout.PLACE -> orEmpty(entry.getPlace());
						case RegisterLayout.DESCRIPTION -> orEmpty(entry.getDescription());
						default -> text("register.state." + entry.getState(), locale);
					});
				}
				Map<Long, String> own = values.getOrDefault(entry.getId(), Map.of());
				for (int f = 0; f < fields.size(); f++) {
					row.createCell(RegisterLayout.COLUMNS.size() + f)
						.setCellValue(orEmpty(own.get(fields.get(f).getId())));
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
