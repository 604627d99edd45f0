package org.leagueplan.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.leagueplan.reporting.ExecutionReport.Entry;
import org.leagueplan.reporting.ExecutionReport.Part;
import org.leagueplan.reporting.ExecutionReport.RegisterPart;
import org.leagueplan.reporting.PlanState.TargetState;
import org.leagueplan.reporting.ReportTexts.Lines;
import org.springframework.stereotype.Component;

import static org.leagueplan.reporting.OfficialDocumentFormat.blank;
import static org.leagueplan.reporting.OfficialDocumentFormat.body;
import static org.leagueplan.reporting.OfficialDocumentFormat.heading1;
import static org.leagueplan.reporting.OfficialDocumentFormat.heading2;
import static org.leagueplan.reporting.OfficialDocumentFormat.heading3;
import static org.leagueplan.reporting.OfficialDocumentFormat.subtitle;
import static org.leagueplan.reporting.OfficialDocumentFormat.table;
import static org.leagueplan.reporting.OfficialDocumentFormat.title;

/**
 * Writes a progress report as a Word file in the official document layout
 * ({@link OfficialDocumentFormat}): title, organisation and date, the figures, each
 * section (一、) and subsection (（一）) with its items (1.), their targets and latest
 * narrative, a closing section with the items far behind or overdue, and the appendix of
 * the period's register entries (if any).
 */
@Component
class ExecutionReportDocx {

	public byte[] render(ExecutionReport report, Lines lines) throws IOException {
		try (XWPFDocument document = OfficialDocumentFormat.newDocument()) {
			String title = lines.title(report);
			document.getProperties().getCoreProperties().setTitle(title);
			document.getProperties().getCoreProperties().setCreator(report.plan().organization());
			title(document, title);
			subtitle(document, lines.byline(report));
			blank(document);
			body(document, lines.intro(report));
			body(document, lines.summary(report));
			for (Part part : report.parts()) {
				heading1(document, lines.heading(part));
				entries(document, part, lines);
				for (Part child : part.children()) {
					heading2(document, lines.heading(child));
					entries(document, child, lines);
				}
			}
			heading1(document, lines.closing(report));
			if (report.attention().isEmpty()) {
				body(document, lines.noAttention(report));
			}
			for (int i = 0; i < report.attention().size(); i++) {
				body(document, lines.attention(i + 1, report.attention().get(i)));
			}
			appendix(document, report, lines);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * The appendix "附件：台账登记情况" on a page of its own: per register a heading (（一）) and a
	 * table of its entries of the period; none for a plan without register entries in the
	 * period.
	 */
	private static void appendix(XWPFDocument document, ExecutionReport report, Lines lines) {
		if (report.registers().isEmpty()) {
			return;
		}
		heading1(document, lines.appendixTitle()).setPageBreak(true);
		for (int i = 0; i < report.registers().size(); i++) {
			RegisterPart register = report.registers().get(i);
			heading2(document, lines.appendixRegister(i + 1, register));
			table(document, lines.appendixHeader(), register.rows().stream().map(lines::appendixRow).toList());
		}
	}

	private static void entries(XWPFDocument document, Part part, Lines lines) {
		for (Entry entry : part.items()) {
			heading3(document, lines.item(entry));
			for (TargetState target : entry.targets()) {
				body(document, lines.target(target));
			}
			body(document, lines.narrative(entry));
		}
	}

}
