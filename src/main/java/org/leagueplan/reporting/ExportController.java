package org.leagueplan.reporting;

import java.io.IOException;
import java.util.Locale;

import org.leagueplan.reporting.ReportTexts.Lines;
import org.leagueplan.system.BadRequestPage;
import org.leagueplan.system.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The progress report as a Word download (the plan workbook is the exchange module's).
 * Everyone logged in may download; everything is read before the first byte is sent, so a
 * bad request still gets its error page.
 */
@Controller
@BadRequestPage
class ExportController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final ExecutionReports reports;

	private final ExecutionReportDocx reportWriter;

	private final ReportTexts texts;

	ExportController(ExecutionReports reports, ExecutionReportDocx reportWriter, ReportTexts texts) {
		this.reports = reports;
		this.reportWriter = reportWriter;
		this.texts = texts;
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
