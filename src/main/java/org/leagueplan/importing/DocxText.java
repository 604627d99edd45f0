package org.leagueplan.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.leagueplan.system.ZipContainers;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of a {@code .docx}: first its zip is walked and refused if it would inflate
 * into far more than a plan document ever is (a zip bomb) or names a path outside itself;
 * only then does POI open it. Body paragraphs and table cells' paragraphs give a line
 * each, in document order, with Word's automatic numbering written out as a reader sees
 * it ({@link WordNumbering}); headers, footers, footnotes, deleted and hidden text and
 * the table of contents are left out.
 */
final class DocxText {

	private static final Logger log = LoggerFactory.getLogger(DocxText.class);

	/**
	 * A docx from Word or WPS has 10 to 30 entries, more with pictures; a thousand is
	 * never a plan.
	 */
	static final int MAX_ENTRIES = 1000;

	/** All entries inflated together: a plan with pictures is a few MB. */
	static final long MAX_INFLATED = 50L * 1024 * 1024;

	/**
	 * An entry may inflate to 100 times its compressed size only while it is small (XML
	 * compresses ~10-30×).
	 */
	static final int MAX_RATIO = 100;

	static final long RATIO_GRACE = 1024 * 1024;

	static final ZipContainers.Limits LIMITS = new ZipContainers.Limits(MAX_ENTRIES, MAX_INFLATED, MAX_RATIO,
			RATIO_GRACE);

	private static final int MAX_DEPTH = 32;

	private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[(?:footnote|endnote)Ref:-?\\d+]");

	private static final Pattern TABLE_OF_CONTENTS_STYLE = Pattern.compile("(?i)toc \\d|table of figures");

	static {
		// POI's own checks, when it opens the package, are tightened to the same limits
		// (never loosened: they are
		// JVM-wide settings, and another part of the application may have set them
		// lower).
		ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 1.0 / MAX_RATIO));
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_INFLATED));
		ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), MAX_ENTRIES));
		ZipSecureFile.setGraceEntrySize(Math.min(ZipSecureFile.getGraceEntrySize(), RATIO_GRACE));
	}

	private DocxText() {
	}

	/**
	 * The document's text, lines separated by {@code \n}; {@code name} is the file name
	 * the messages show.
	 */
	static String read(byte[] content, String name) {
		checkZip(content, name);
		XWPFDocument document;
		try {
			document = new XWPFDocument(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException ex) {
			if (String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
				throw new UnreadableDocument(ex, "import.error.zipBomb", name);
			}
			log.debug("Not a Word document: {}", name, ex);
			throw new UnreadableDocument(ex, "import.error.brokenDocx", name);
		}
		try (document) {
			List<String> lines = new ArrayList<>();
			walk(document.getDocument().getBody(), document, new WordNumbering(document), lines, 0);
			return String.join("\n", lines);
		}
		catch (IOException ex) {
			throw new UnreadableDocument(ex, "import.error.brokenDocx", name);
		}
	}

	/**
	 * Refuses a zip bomb or a broken zip before POI opens it ({@link ZipContainers},
	 * within the limits above).
	 */
	static void checkZip(byte[] content, String name) {
		ZipContainers.Result result = ZipContainers.check(content, LIMITS);
		if (result.verdict() == ZipContainers.Verdict.ZIP_BOMB) {
			log.warn("Refused {} as a zip bomb: {}", name, result.why());
			throw new UnreadableDocument("import.error.zipBomb", name);
		}
		if (result.verdict() == ZipContainers.Verdict.BROKEN) {
			throw new UnreadableDocument("import.error.brokenDocx", name);
		}
	}

	/**
	 * The body in document order: paragraphs, and the paragraphs inside tables (rows,
	 * cells, nested tables) and content controls, except a table of contents, which
	 * repeats the headings.
	 */
	private static void walk(XmlObject container, XWPFDocument document, WordNumbering numbering, List<String> lines,
			int depth) {
		if (depth > MAX_DEPTH) {
			return;
		}
		try (XmlCursor cursor = container.newCursor()) {
			if (!cursor.toFirstChild()) {
				return;
			}
			do {
				XmlObject child = cursor.getObject();
				if (child instanceof CTP element) {
					XWPFParagraph paragraph = new XWPFParagraph(element, document);
					if (!isTableOfContents(paragraph, document)) {
						lines.add(label(paragraph, numbering) + text(paragraph));
					}
				}
				else if (child instanceof CTSdtBlock sdt && sdt.getSdtPr() != null
						&& sdt.getSdtPr().xmlText().contains("Table of Contents")) {
					continue;
				}
				else if (!(child instanceof CTSectPr)) {
					walk(child, document, numbering, lines, depth + 1);
				}
			}
			while (cursor.toNextSibling());
		}
	}

	private static String label(XWPFParagraph paragraph, WordNumbering numbering) {
		try {
			return numbering.next(paragraph);
		}
		catch (RuntimeException ex) {
			// numbering written in a way not foreseen here: the text is still read,
			// without its label
			log.warn("Numbering of a paragraph not read: {}", ex.toString());
			return "";
		}
	}

	private static boolean isTableOfContents(XWPFParagraph paragraph, XWPFDocument document) {
		String styleId = paragraph.getStyleID();
		XWPFStyle style = (styleId != null && document.getStyles() != null) ? document.getStyles().getStyle(styleId)
				: null;
		return style != null && style.getName() != null && TABLE_OF_CONTENTS_STYLE.matcher(style.getName()).matches();
	}

	/**
	 * What the paragraph shows: its runs (links and fields included) without deleted or
	 * hidden text and without footnote marks, and the text of content controls in it.
	 */
	static String text(XWPFParagraph paragraph) {
		StringBuilder out = new StringBuilder();
		for (IRunElement element : paragraph.getIRuns()) {
			if (element instanceof XWPFRun run) {
				if (run.getCTR().sizeOfDelTextArray() == 0 && !run.isVanish()) {
					out.append(run.text());
				}
			}
			else if (element instanceof XWPFSDT sdt) {
				out.append(sdt.getContent().getText());
			}
			else if (element != null) {
				out.append(element);
			}
		}
		return FOOTNOTE_REFERENCE.matcher(out).replaceAll("");
	}

}
