package org.leagueplan.reporting.internal;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads: the plan workbook (Excel, streamed as it is written). Everyone logged in may download; everything is
 * read before the first byte is sent, so a bad request still gets its error page.
 */
@Controller
class ExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PlanWorkbooks workbooks;

	private final PlanWorkbookWriter workbookWriter;

	ExportController(PlanWorkbooks workbooks, PlanWorkbookWriter workbookWriter) {
		this.workbooks = workbooks;
		this.workbookWriter = workbookWriter;
	}

	@GetMapping("/plans/{planId}/export.xlsx")
	void exportWorkbook(@PathVariable long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		PlanWorkbook workbook = this.workbooks.prepare(planId, from, to);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				Downloads.attachment(workbook.fileName(), workbook.asciiFileName()));
		this.workbookWriter.write(workbook, response.getOutputStream());
	}

}
