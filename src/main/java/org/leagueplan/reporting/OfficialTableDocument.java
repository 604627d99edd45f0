package org.leagueplan.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A Word document holding one table in the official document layout (GB/T 9704-2012, laid
 * out by {@code OfficialDocumentFormat}, the one owner of that layout): the title, a line
 * under it, the table, then notes as body text. For another module's table (the annual
 * assessment's ranking) that must look like the committee's other documents.
 */
public final class OfficialTableDocument {

	private OfficialTableDocument() {
	}

	/**
	 * The document as bytes.
	 * @param title the title (2号 小标宋, centred)
	 * @param subtitle the line under it (3号 楷体, centred), e.g. the organisation and day
	 * @param header the header row's cells
	 * @param rows the rows, each as many cells as the header ({@code \n} breaks a cell's
	 * line)
	 * @param notes paragraphs of body text after the table (3号 仿宋)
	 * @param creator the document's author (the organisation)
	 */
	public static byte[] write(String title, String subtitle, List<String> header, List<List<String>> rows,
			List<String> notes, String creator) throws IOException {
		try (XWPFDocument document = OfficialDocumentFormat.newDocument()) {
			document.getProperties().getCoreProperties().setTitle(title);
			document.getProperties().getCoreProperties().setCreator(creator);
			OfficialDocumentFormat.title(document, title);
			OfficialDocumentFormat.subtitle(document, subtitle);
			OfficialDocumentFormat.blank(document);
			OfficialDocumentFormat.table(document, header, rows);
			for (String note : notes) {
				OfficialDocumentFormat.body(document, note);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
	}

}
