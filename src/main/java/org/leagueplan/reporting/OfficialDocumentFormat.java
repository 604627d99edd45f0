package org.leagueplan.reporting;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The layout of a Chinese official document (党政机关公文格式, GB/T 9704-2012) in
 * WordprocessingML, in one place. Sizes in twips (1/20 pt, 1/1440 inch: 1 mm ≈ 56.7
 * twips) and font sizes in half-points, as the file stores them:
 * <ul>
 * <li>A4 paper, 210 × 297 mm = {@value #PAGE_WIDTH} × {@value #PAGE_HEIGHT} twips;</li>
 * <li>top margin 37 mm, left 28 mm, text block 156 × 225 mm, hence right 26 mm and bottom
 * 35 mm;</li>
 * <li>22 lines of 28 characters: lines exactly 28.95 pt ({@value #LINE_PITCH} twips)
 * apart, a document grid of that pitch whose character pitch ({@link #CHAR_SPACE}) puts
 * exactly 28 characters of 3号 on a line;</li>
 * <li>body text 3号 (16 pt, {@value #BODY_SIZE} half-points) 仿宋, first line indented by
 * two characters; the title 2号 (22 pt, {@value #TITLE_SIZE}) 小标宋, centred; headings 一、 in
 * 黑体, （一） in 楷体, 1. in 仿宋;</li>
 * <li>tables as wide as the text block, in 小四 (12 pt, {@value #TABLE_SIZE} half-points)
 * 仿宋 with the header row in 黑体, lines exactly {@value #TABLE_LINE} twips apart, cells
 * centred, single borders;</li>
 * <li>page numbers at the foot as "— 1 —" in 4号 (14 pt) 宋体, odd pages on the right and
 * even pages on the left, one character in from the text block's edge, the line 7 mm
 * under the text block.</li>
 * </ul>
 * Every run names its font for East-Asian text ({@code w:eastAsia}) and for Latin text
 * ({@code w:ascii}, {@code w:hAnsi}), so Word and WPS pick the same font.
 */
final class OfficialDocumentFormat {

	static final int PAGE_WIDTH = 11906;

	static final int PAGE_HEIGHT = 16838;

	static final int MARGIN_TOP = twips(37);

	static final int MARGIN_BOTTOM = twips(35);

	static final int MARGIN_LEFT = twips(28);

	static final int MARGIN_RIGHT = twips(26);

	static final int HEADER_DISTANCE = twips(15);

	/** 28.95 pt between lines: 22 lines fill the 225 mm text block. */
	static final int LINE_PITCH = 579;

	static final int LINES_PER_PAGE = 22;

	static final int CHARS_PER_LINE = 28;

	/** 3号: 16 pt. */
	static final int BODY_SIZE = 32;

	/** 2号: 22 pt. */
	static final int TITLE_SIZE = 44;

	/** 小四: 12 pt, the text of a table. */
	static final int TABLE_SIZE = 24;

	/** A table's lines: exactly 18 pt apart. */
	static final int TABLE_LINE = 360;

	/** 4号: 14 pt. */
	static final int PAGE_NUMBER_SIZE = 28;

	/**
	 * The page number's line is 14 pt high and its top 7 mm under the text block: 35 − 7
	 * mm less 14 pt.
	 */
	static final int FOOTER_DISTANCE = twips(35 - 7) - PAGE_NUMBER_SIZE * 10;

	/**
	 * The document grid's character pitch, in 4096ths of a point added to the body font's
	 * 16 pt, rounded down so that 28 characters fit the text block's width: (8845 twips /
	 * 20 / 28 − 16) × 4096 ≈ −841.1, hence −842.
	 */
	static final int CHAR_SPACE = (int) Math
		.floor(((PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / 20.0 / CHARS_PER_LINE - BODY_SIZE / 2.0) * 4096);

	static final String FANGSONG = "仿宋_GB2312";

	static final String HEITI = "黑体";

	static final String KAITI = "楷体_GB2312";

	static final String XIAOBIAOSONG = "方正小标宋简体";

	static final String SONGTI = "宋体";

	/** Two characters of the body font. */
	private static final int INDENT_TWO_CHARACTERS = BODY_SIZE * 10 * 2;

	private OfficialDocumentFormat() {
	}

	/** Millimetres to twips, rounded. */
	static int twips(double millimetres) {
		return (int) Math.round(millimetres / 25.4 * 1440);
	}

	/**
	 * An empty document with the page, the grid, the default fonts and the page numbers
	 * set.
	 */
	static XWPFDocument newDocument() {
		XWPFDocument document = new XWPFDocument();
		document.createStyles().setStyles(styles());
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
		margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
		margins.setGutter(BigInteger.ZERO);
		CTDocGrid grid = section.addNewDocGrid();
		grid.setType(STDocGrid.LINES_AND_CHARS);
		grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
		grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
		pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
		document.setEvenAndOddHeadings(true);
		return document;
	}

	/** Defaults for every paragraph, and the Normal style: 3号 仿宋, Chinese. */
	private static CTStyles styles() {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = styles.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		fonts(run, FANGSONG);
		run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
		run.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
		CTLanguage language = run.addNewLang();
		language.setVal("en-US");
		language.setEastAsia("zh-CN");
		spacing(defaults.addNewPPrDefault().addNewPPr());
		CTStyle normal = styles.addNewStyle();
		normal.setType(STStyleType.PARAGRAPH);
		normal.setStyleId("Normal");
		normal.setDefault(true);
		normal.addNewName().setVal("Normal");
		normal.addNewQFormat();
		// the document grid's character pitch is relative to the Normal style's font size
		CTRPr normalRun = normal.addNewRPr();
		fonts(normalRun, FANGSONG);
		normalRun.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
		normalRun.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
		return styles;
	}

	/** The title: 2号 小标宋, centred. */
	static XWPFParagraph title(XWPFDocument document, String text) {
		return paragraph(document, text, XIAOBIAOSONG, TITLE_SIZE, ParagraphAlignment.CENTER, false);
	}

	/** A centred line under the title (organisation and date): 3号 楷体. */
	static XWPFParagraph subtitle(XWPFDocument document, String text) {
		return paragraph(document, text, KAITI, BODY_SIZE, ParagraphAlignment.CENTER, false);
	}

	/** A first-level heading 一、: 3号 黑体. */
	static XWPFParagraph heading1(XWPFDocument document, String text) {
		return paragraph(document, text, HEITI, BODY_SIZE, ParagraphAlignment.BOTH, true);
	}

	/** A second-level heading （一）: 3号 楷体. */
	static XWPFParagraph heading2(XWPFDocument document, String text) {
		return paragraph(document, text, KAITI, BODY_SIZE, ParagraphAlignment.BOTH, true);
	}

	/** A third-level heading 1.: 3号 仿宋. */
	static XWPFParagraph heading3(XWPFDocument document, String text) {
		return paragraph(document, text, FANGSONG, BODY_SIZE, ParagraphAlignment.BOTH, true);
	}

	/** Body text: 3号 仿宋, justified, the first line indented by two characters. */
	static XWPFParagraph body(XWPFDocument document, String text) {
		return paragraph(document, text, FANGSONG, BODY_SIZE, ParagraphAlignment.BOTH, true);
	}

	/** An empty line of body text. */
	static XWPFParagraph blank(XWPFDocument document) {
		return paragraph(document, "", FANGSONG, BODY_SIZE, ParagraphAlignment.BOTH, false);
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String text, String font, int halfPoints,
			ParagraphAlignment alignment, boolean indent) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		spacing(properties);
		if (indent) {
			CTInd indentation = properties.addNewInd();
			indentation.setFirstLineChars(BigInteger.valueOf(200));
			indentation.setFirstLine(BigInteger.valueOf(INDENT_TWO_CHARACTERS));
		}
		XWPFRun run = run(paragraph, font, halfPoints);
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
		return paragraph;
	}

	/** Exactly 28.95 pt between lines, nothing before or after a paragraph. */
	private static void spacing(CTPPrBase properties) {
		CTSpacing spacing = properties.isSetSpacing() ? properties.getSpacing() : properties.addNewSpacing();
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(LINE_PITCH));
		spacing.setLineRule(STLineSpacingRule.EXACT);
	}

	/** A run in the font (East-Asian and Latin) and size. */
	static XWPFRun run(XWPFParagraph paragraph, String font, int halfPoints) {
		XWPFRun run = paragraph.createRun();
		CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		fonts(properties, font);
		run.setFontSize(halfPoints / 2.0);
		return run;
	}

	private static void fonts(CTRPr properties, String font) {
		CTFonts fonts = (properties.sizeOfRFontsArray() > 0) ? properties.getRFontsArray(0) : properties.addNewRFonts();
		fonts.setAscii(font);
		fonts.setHAnsi(font);
		fonts.setEastAsia(font);
		fonts.setCs(font);
		fonts.setHint(STHint.EAST_ASIA);
	}

	/**
	 * "— 1 —" with a PAGE field, 4号 宋体, one character in from the side it is aligned to.
	 */
	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph()
				: footer.getParagraphArray(0);
		paragraph.setAlignment(alignment);
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTSpacing spacing = properties.addNewSpacing();
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(PAGE_NUMBER_SIZE * 10));
		spacing.setLineRule(STLineSpacingRule.EXACT);
		CTInd indentation = properties.addNewInd();
		BigInteger oneCharacter = BigInteger.valueOf(PAGE_NUMBER_SIZE * 10);
		if (alignment == ParagraphAlignment.RIGHT) {
			indentation.setRight(oneCharacter);
		}
		else {
			indentation.setLeft(oneCharacter);
		}
		run(paragraph, SONGTI, PAGE_NUMBER_SIZE).setText("— ");
		run(paragraph, SONGTI, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		CTText instruction = run(paragraph, SONGTI, PAGE_NUMBER_SIZE).getCTR().addNewInstrText();
		instruction.setStringValue(" PAGE ");
		instruction.setSpace(SpaceAttribute.Space.PRESERVE);
		run(paragraph, SONGTI, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(paragraph, SONGTI, PAGE_NUMBER_SIZE).setText("1");
		run(paragraph, SONGTI, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		run(paragraph, SONGTI, PAGE_NUMBER_SIZE).setText(" —");
	}

	/**
	 * A table as wide as the text block: a header row in 黑体, then the rows, every cell in
	 * 小四 仿宋, centred; a cell's line breaks ({@code \n}) are kept.
	 */
	static XWPFTable table(XWPFDocument document, List<String> header, List<List<String>> rows) {
		int columns = header.size();
		XWPFTable table = document.createTable(rows.size() + 1, columns);
		int width = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
		table.getCTTbl().getTblPr().addNewTblW().setType(STTblWidth.DXA);
		table.getCTTbl().getTblPr().getTblW().setW(BigInteger.valueOf(width));
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		table.setWidth(width);
		for (int r = 0; r <= rows.size(); r++) {
			XWPFTableRow row = table.getRow(r);
			List<String> values = (r == 0) ? header : rows.get(r - 1);
			if (r == 0) {
				row.setRepeatHeader(true);
			}
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = row.getCell(c);
				cell.setWidth(Integer.toString(width / columns));
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				XWPFParagraph paragraph = cell.getParagraphs().get(0);
				paragraph.setAlignment(ParagraphAlignment.CENTER);
				CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
						: paragraph.getCTP().addNewPPr();
				CTSpacing spacing = properties.isSetSpacing() ? properties.getSpacing() : properties.addNewSpacing();
				spacing.setBefore(BigInteger.ZERO);
				spacing.setAfter(BigInteger.ZERO);
				spacing.setLine(BigInteger.valueOf(TABLE_LINE));
				spacing.setLineRule(STLineSpacingRule.EXACT);
				XWPFRun run = run(paragraph, (r == 0) ? HEITI : FANGSONG, TABLE_SIZE);
				String[] lines = ((c < values.size() && values.get(c) != null) ? values.get(c) : "").split("\\R", -1);
				for (int i = 0; i < lines.length; i++) {
					if (i > 0) {
						run.addBreak();
					}
					run.setText(lines[i]);
				}
			}
		}
		return table;
	}

}
