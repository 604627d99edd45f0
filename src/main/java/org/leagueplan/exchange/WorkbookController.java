package org.leagueplan.exchange;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.leagueplan.system.BadRequestPage;
import org.leagueplan.system.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan workbook as a download (Excel, streamed as it is written). Everyone logged in
 * may download; everything is read before the first byte is sent, so a bad request still
 * gets its error page.
 */
@Controller
@BadRequestPage
class WorkbookController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PlanWorkbooks workbooks;

	private final PlanWorkbookWriter writer;

	WorkbookController(PlanWorkbooks workbooks, PlanWorkbookWriter writer) {
		this.workbooks = workbooks;
		this.writer = writer;
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
		this.writer.write(workbook, response.getOutputStream());
	}

}
