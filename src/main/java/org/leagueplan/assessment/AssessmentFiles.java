package org.leagueplan.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.leagueplan.assessment.UnitScore.PartScore;
import org.leagueplan.reporting.OfficialTableDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An assessment written out: the Excel workbook (the ranking with each part's rate and
 * points, then the weights and the rule; streamed, printed landscape one page wide) and
 * the Word table in the official document layout ({@link OfficialTableDocument}, owned by
 * reporting). Labels in the person's language.
 */
@Component
class AssessmentFiles {

	private static final int ROWS_IN_MEMORY = 200;

	private final MessageSource messages;

	AssessmentFiles(MessageSource messages) {
		this.messages = messages;
	}

	/** The file's name without extension: the plan's title, 考评 and the day. */
	String fileName(Assessment assessment, Locale locale) {
		return (assessment.plan().title() + "-" + text("assessment.file", locale) + "-" + assessment.day())
			.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
	}

	/** An ASCII name for clients that read only {@code filename}. */
	static String asciiFileName(Assessment assessment) {
		return "assessment-" + assessment.plan().id() + "-" + assessment.day();
	}

	void writeWorkbook(Assessment assessment, Locale locale, OutputStream out) throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			book.setCompressTempFiles(true);
			book.setZip64Mode(Zip64Mode.Never);
			Font bold = book.createFont();
			bold.setBold(true);
			CellStyle header = book.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			CellStyle percent = book.createCellStyle();
			percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
			CellStyle points = book.createCellStyle();
			points.setDataFormat(book.createDataFormat().getFormat("0.00"));
			CellStyle quoted = book.createCellStyle();
			quoted.setQuotePrefixed(true);

			Sheet sheet = book.createSheet(text("assessment.sheet.ranking", locale));
			List<String> columns = new ArrayList<>(List.of(text("assessment.rank", locale),
					text("assessment.unit", locale), text("assessment.score", locale)));
			for (AssessmentPart part : AssessmentPart.values()) {
				String name = text("assessment.part." + part, locale);
				columns.add(text("assessment.column.rate", locale, name));
				columns.add(text("assessment.column.points", locale, name));
			}
			Row top = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = top.createCell(i);
				cell.setCellValue(columns.get(i));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, ((i == 1) ? 24 : 11) * 256);
			}
			sheet.createFreezePane(2, 1);
			int rowNumber = 1;
			String noData = text("assessment.noData", locale);
			for (UnitScore unit : assessment.units()) {
				Row row = sheet.createRow(rowNumber++);
				if (unit.rank() != null) {
					row.createCell(0).setCellValue(unit.rank());
				}
				Cell name = row.createCell(1);
				name.setCellValue(unit.unitName());
				if (looksLikeFormula(unit.unitName())) {
					name.setCellStyle(quoted);
				}
				number(row, 2, unit.score(), points, noData);
				int column = 3;
				for (PartScore part : unit.parts()) {
					number(row, column++, part.rate(), percent, noData);
					number(row, column++, part.points(), points, noData);
				}
			}
			PrintSetup print = sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));

			Sheet about = book.createSheet(text("assessment.sheet.about", locale));
			about.setColumnWidth(0, 20 * 256);
			about.setColumnWidth(1, 80 * 256);
			int line = 0;
			line = pair(about, line, text("assessment.plan", locale), assessment.plan().title(), quoted);
			line = pair(about, line, text("assessment.day", locale), assessment.day().toString(), quoted);
			for (AssessmentPart part : AssessmentPart.values()) {
				Row row = about.createRow(line++);
				row.createCell(0).setCellValue(text("assessment.part." + part, locale));
				row.createCell(1).setCellValue(assessment.weights().of(part));
			}
			pair(about, line, text("assessment.rule", locale), text("assessment.rule.text", locale), quoted);
			book.write(out);
		}
		finally {
			book.dispose();
			book.close();
		}
	}

	byte[] document(Assessment assessment, Locale locale) throws IOException {
		List<String> header = new ArrayList<>(
				List.of(text("assessment.rank", locale), text("assessment.unit", locale)));
		for (AssessmentPart part : AssessmentPart.values()) {
			header.add(text("assessment.part." + part, locale) + "\n"
					+ text("assessment.weight.short", locale, assessment.weights().of(part)));
		}
		header.add(text("assessment.score", locale));
		String noData = text("assessment.noData", locale);
		List<List<String>> rows = new ArrayList<>();
		for (UnitScore unit : assessment.units()) {
			List<String> row = new ArrayList<>();
			row.add((unit.rank() != null) ? unit.rank().toString() : "—");
			row.add(unit.unitName());
			for (PartScore part : unit.parts()) {
				row.add(part.hasData() ? points(part.points()) + "\n" + percent(part.rate()) : noData);
			}
			row.add((unit.score() != null) ? points(unit.score()) : noData);
			rows.add(row);
		}
		String title = text("assessment.title.year", locale, assessment.plan().year());
		String subtitle = text("assessment.byline", locale, assessment.plan().organization(),
				assessment.day().toString());
		return OfficialTableDocument.write(title, subtitle, header, rows,
				List.of(text("assessment.note.cells", locale), text("assessment.rule.text", locale)),
				assessment.plan().organization());
	}

	/** A rate as a percentage with one decimal, half up: 75.0%. */
	static String percent(BigDecimal rate) {
		return rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** Points with two decimals: 18.75. */
	static String points(BigDecimal points) {
		return points.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static void number(Row row, int column, BigDecimal value, CellStyle style, String noData) {
		Cell cell = row.createCell(column);
		if (value == null) {
			cell.setCellValue(noData);
			return;
		}
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(style);
	}

	private static int pair(Sheet sheet, int line, String label, String value, CellStyle quoted) {
		Row row = sheet.createRow(line);
		row.createCell(0).setCellValue(label);
		Cell cell = row.createCell(1);
		cell.setCellValue(value);
		if (looksLikeFormula(value)) {
			cell.setCellStyle(quoted);
		}
		return line + 1;
	}

	private static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
