package org.leagueplan.assessment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.system.BadRequestPage;
import org.leagueplan.system.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assessment as downloads: the Excel workbook (streamed as it is written) and the
 * Word table. For the office and leaders, like the page; everything is read before the
 * first byte is sent, so a bad day still gets its error page.
 */
@Controller
@BadRequestPage
class AssessmentExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final Assessments assessments;

	private final AssessmentFiles files;

	private final PlanQueries plans;

	AssessmentExportController(Assessments assessments, AssessmentFiles files, PlanQueries plans) {
		this.assessments = assessments;
		this.files = files;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/assessment.xlsx")
	void workbook(@PathVariable long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			HttpServletResponse response, Locale locale) throws IOException {
		Assessment assessment = read(planId, day);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				Downloads.attachment(this.files.fileName(assessment, locale) + ".xlsx",
						AssessmentFiles.asciiFileName(assessment) + ".xlsx"));
		this.files.writeWorkbook(assessment, locale, response.getOutputStream());
	}

	@GetMapping("/plans/{planId}/assessment.docx")
	ResponseEntity<byte[]> document(@PathVariable long planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Locale locale)
			throws IOException {
		Assessment assessment = read(planId, day);
		byte[] file = this.files.document(assessment, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(DOCX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					Downloads.attachment(this.files.fileName(assessment, locale) + ".docx",
							AssessmentFiles.asciiFileName(assessment) + ".docx"))
			.body(file);
	}

	private Assessment read(long planId, LocalDate day) {
		PlanRef plan = this.plans.plan(planId);
		return this.assessments.assess(planId, this.assessments.dayOf(plan, day));
	}

}
