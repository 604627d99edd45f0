package org.leagueplan.reporting;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.leagueplan.reporting.ReportTexts.Lines;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads: the plan workbook (Excel, streamed as it is written) and the progress report (Word). Everyone logged in
 * may download; everything is read before the first byte is sent, so a bad request still gets its error page.
 */
@Controller
class ExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final PlanWorkbooks workbooks;

	private final PlanWorkbookWriter workbookWriter;

	private final ExecutionReports reports;

	private final ExecutionReportDocx reportWriter;

	private final ReportTexts texts;

	ExportController(PlanWorkbooks workbooks, PlanWorkbookWriter workbookWriter, ExecutionReports reports,
			ExecutionReportDocx reportWriter, ReportTexts texts) {
		this.workbooks = workbooks;
		this.workbookWriter = workbookWriter;
		this.reports = reports;
		this.reportWriter = reportWriter;
		this.texts = texts;
	}

	@GetMapping("/plans/{planId}/export.xlsx")
	void exportWorkbook(@PathVariable long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response, Locale locale) throws IOException {
		PlanWorkbook workbook = this.workbooks.prepare(planId, from, to, locale);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				Downloads.attachment(workbook.fileName(), workbook.asciiFileName()));
		this.workbookWriter.write(workbook, response.getOutputStream());
	}

	@GetMapping("/plans/{planId}/report.docx")
	ResponseEntity<byte[]> downloadReport(@PathVariable long planId, @RequestParam(required = false) String period,
			Locale locale) throws IOException {
		ExecutionReport report = this.reports.build(planId, period);
		Lines lines = this.texts.in(locale);
		byte[] file = this.reportWriter.render(report, lines);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(DOCX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					Downloads.attachment(ExecutionReport.fileName(lines.title(report)), report.asciiFileName()))
			.body(file);
	}

}
