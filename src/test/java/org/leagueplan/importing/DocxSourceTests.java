package org.leagueplan.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.leagueplan.importing.ParsedPlan.Item;
import org.leagueplan.importing.ParsedPlan.Section;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leagueplan.importing.SourceDocumentsTests.key;
import static org.leagueplan.importing.SourceDocumentsTests.seed;

/**
 * Word documents built here with POI: the seed plan as a .docx reads as the text does,
 * also when Word numbers its sections and items itself; what a reader does not see is
 * left out; and a zip that would inflate into far more than a plan, or reach outside
 * itself, is refused before POI opens it.
 */
class DocxSourceTests {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、(.+)$");

	private static final Pattern SUBSECTION = Pattern.compile("^\\([一二三四五六七八九十]+\\)(.+)$");

	private static final Pattern ITEM = Pattern.compile("^\\d+、(.+)$");

	private final SourceDocuments sources = new SourceDocuments();

	private final PlanDocumentParser parser = new PlanDocumentParser(
			java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai")));

	@Test
	void seedPlanAsDocxReadsAndParsesAsTheText() throws IOException {
		String seed = seed();
		byte[] docx = docx(document -> seed.lines().forEach(line -> paragraph(document, line)));
		String text = this.sources.read("2023年工作计划.docx", docx);
		assertThat(text).isEqualTo(seed);
		ParsedPlan fromDocx = this.parser.parse(text);
		ParsedPlan fromText = this.parser.parse(seed);
		assertThat(fromDocx.sections()).extracting(Section::title)
			.containsExactlyElementsOf(fromText.sections().stream().map(Section::title).toList());
		assertThat(fromDocx.items()).hasSize(15)
			.extracting(Item::heading)
			.containsExactlyElementsOf(fromText.items().stream().map(Item::heading).toList());
		assertThat(fromDocx.items()).extracting(Item::targets)
			.containsExactlyElementsOf(fromText.items().stream().map(Item::targets).toList());
		assertThat(fromDocx).isEqualTo(fromText);
	}

	@Test
	void wordsMultiLevelNumberingComesOutAsTheReaderSeesIt() throws IOException {
		String seed = seed();
		byte[] docx = docx(document -> {
			XWPFNumbering numbering = document.createNumbering();
			BigInteger list = numbering
				.addNum(abstractNum(numbering, 1, level(0, STNumberFormat.CHINESE_COUNTING, "%1、"),
						level(1, STNumberFormat.CHINESE_COUNTING, "（%2）"), level(2, STNumberFormat.DECIMAL, "%3、")));
			numberSeed(document, seed, list, 0, list, 1, () -> list, 2);
		});
		String text = this.sources.read("plan.docx", docx);
		assertThat(text).isEqualTo(asWordShowsIt(seed, "（", "）"));
		assertThat(text).contains("\n一、\t加强团的自身建设,提高团建水平\n1、\t开展党的群众路线教育实践活动。", "\n8、\t开展“展翅方案〞大学生实习见习活动",
				"\n二、\t关注青少年成长,加强素质提升\n1、\t强化青少年德育工作。", "\n（一）\t以“建设志愿者之城先行区〞效劳工作为切入点",
				"\n（二）\t广泛普及志愿效劳理念,不断强化志愿者活动的社会影响力\n1、\t充分利用媒体资源");
		assertThat(this.parser.parse(text)).isEqualTo(this.parser.parse(seed));
	}

	@Test
	void separateListsRestartedPerSectionComeOutAsTheReaderSeesThem() throws IOException {
		String seed = seed();
		byte[] docx = docx(document -> {
			XWPFNumbering numbering = document.createNumbering();
			BigInteger sections = numbering
				.addNum(abstractNum(numbering, 1, level(0, STNumberFormat.CHINESE_COUNTING_THOUSAND, "%1、")));
			BigInteger subsections = numbering
				.addNum(abstractNum(numbering, 2, level(0, STNumberFormat.CHINESE_COUNTING, "(%1)")));
			BigInteger items = abstractNum(numbering, 3, level(0, STNumberFormat.DECIMAL, "%1、"));
			// Word's "restart at 1": a new instance of the items' list for each section
			// and subsection
			numberSeed(document, seed, sections, 0, subsections, 0, () -> restarted(numbering, items, 1), 0);
		});
		String text = this.sources.read("plan.docx", docx);
		assertThat(text).isEqualTo(asWordShowsIt(seed, "(", ")"));
		assertThat(this.parser.parse(text)).isEqualTo(this.parser.parse(seed));
	}

	@Test
	void aListContinuesUnderANewInstanceUnlessItIsRestarted() throws IOException {
		byte[] docx = docx(document -> {
			XWPFNumbering numbering = document.createNumbering();
			BigInteger items = abstractNum(numbering, 1, level(0, STNumberFormat.DECIMAL, "%1."));
			BigInteger first = numbering.addNum(items);
			numbered(document, "甲", first, 0);
			numbered(document, "乙", first, 0);
			paragraph(document, "说明");
			numbered(document, "丙", numbering.addNum(items), 0);
			numbered(document, "丁", restarted(numbering, items, 1), 0);
			numbered(document, "戊", first, 0);
			numbered(document, "己", restarted(numbering, items, 1), 0);
		});
		// LibreOffice 7.4 numbers this document the same way
		assertThat(this.sources.read("plan.docx", docx)).isEqualTo("1.\t甲\n2.\t乙\n说明\n3.\t丙\n1.\t丁\n2.\t戊\n1.\t己");
	}

	@Test
	void otherNumberFormatsSuffixesAndLegalNumbering() throws IOException {
		byte[] docx = docx(document -> {
			XWPFNumbering numbering = document.createNumbering();
			CTLvl circled = level(0, STNumberFormat.DECIMAL_ENCLOSED_CIRCLE, "%1");
			suffix(circled, "nothing");
			BigInteger circles = numbering.addNum(abstractNum(numbering, 1, circled));
			CTLvl chapter = level(0, STNumberFormat.CHINESE_COUNTING, "第%1章");
			suffix(chapter, "space");
			CTLvl legal = level(1, STNumberFormat.DECIMAL, "%1.%2");
			legal.addNewIsLgl();
			BigInteger chapters = numbering.addNum(abstractNum(numbering, 2, chapter, legal,
					level(2, STNumberFormat.UPPER_LETTER, "%1.%2.%3"), level(3, STNumberFormat.BULLET, "\uF0B7")));
			for (int i = 0; i < 3; i++) {
				numbered(document, "开展活动", circles, 0);
			}
			numbered(document, "组织", chapters, 0);
			numbered(document, "基层", chapters, 1);
			numbered(document, "支部", chapters, 2);
			numbered(document, "要点", chapters, 3);
			numbered(document, "宣传", chapters, 0);
			numbered(document, "媒体", chapters, 1);
			numbered(document, "网络", chapters, 2);
		});
		assertThat(this.sources.read("plan.docx", docx).lines()).containsExactly("①开展活动", "②开展活动", "③开展活动", "第一章 组织",
				"1.1\t基层", "一.1.A\t支部", "•\t要点", "第二章 宣传", "2.1\t媒体", "二.1.A\t网络");
	}

	@Test
	void numberingGivenByAParagraphStyleIsShown() throws IOException {
		byte[] docx = docx(document -> {
			XWPFNumbering numbering = document.createNumbering();
			BigInteger plan = numbering.addNum(abstractNum(numbering, 1,
					level(0, STNumberFormat.CHINESE_COUNTING, "%1、"), level(1, STNumberFormat.DECIMAL, "%2、")));
			XWPFStyles styles = document.createStyles();
			styles.addStyle(numberedStyle("PlanSection", "计划部分", plan, null, null));
			styles.addStyle(numberedStyle("PlanItem", "计划事项", plan, 1, null));
			styles.addStyle(numberedStyle("PlanItemStrong", "计划事项加粗", null, null, "PlanItem"));
			paragraph(document, "组织建设").setStyle("PlanSection");
			paragraph(document, "新建团支部12个").setStyle("PlanItem");
			paragraph(document, "发展团员200名").setStyle("PlanItemStrong");
			paragraph(document, "宣传工作").setStyle("PlanSection");
			paragraph(document, "推出优秀作品10篇").setStyle("PlanItem");
			XWPFParagraph notNumbered = paragraph(document, "附：联系人");
			notNumbered.setStyle("PlanItem");
			notNumbered.setNumID(BigInteger.ZERO);
		});
		assertThat(this.sources.read("plan.docx", docx).lines()).containsExactly("一、\t组织建设", "1、\t新建团支部12个",
				"2、\t发展团员200名", "二、\t宣传工作", "1、\t推出优秀作品10篇", "附：联系人");
	}

	@Test
	void tablesGiveALinePerCellParagraphAndWhatIsNotReadIsLeftOut() throws IOException {
		byte[] docx = docx(document -> {
			document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("内部资料 注意保存");
			document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("第 1 页");
			XWPFStyles styles = document.createStyles();
			CTStyle toc = CTStyle.Factory.newInstance();
			toc.setStyleId("TOC1");
			toc.setType(STStyleType.PARAGRAPH);
			toc.addNewName().setVal("toc 1");
			styles.addStyle(new XWPFStyle(toc));
			CTSdtBlock contents = document.getDocument().getBody().addNewSdt();
			contents.addNewSdtPr().addNewDocPartObj().addNewDocPartGallery().setVal("Table of Contents");
			contents.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue("一、组织建设……………3");
			paragraph(document, "一、组织建设……………3").setStyle("TOC1");
			XWPFParagraph section = paragraph(document, "一、组织建设");
			XWPFFootnote footnote = document.createFootnote();
			footnote.createParagraph().createRun().setText("脚注：据2022年统计");
			section.createRun().getCTR().addNewFootnoteReference().setId(footnote.getId());
			XWPFRun hidden = section.createRun();
			hidden.setText("（隐藏的批注）");
			hidden.setVanish(true);
			CTP deleted = section.getCTP();
			deleted.addNewDel().addNewR().addNewDelText().setStringValue("（已删除）");
			XWPFTable table = document.createTable(2, 2);
			table.getRow(0).getCell(0).setText("1、新建团支部12个");
			table.getRow(0).getCell(1).setText("团区委");
			table.getRow(1).getCell(0).setText("2、发展团员200名");
			XWPFParagraph second = table.getRow(1).getCell(1).getParagraphs().get(0);
			second.createRun().setText("各街道团工委");
			second.createRun().addBreak();
			second.createRun().setText("（年底前）");
			paragraph(document, "二、宣传工作");
		});
		String text = this.sources.read("plan.docx", docx);
		assertThat(text.lines()).containsExactly("一、组织建设", "1、新建团支部12个", "团区委", "2、发展团员200名", "各街道团工委", "（年底前）",
				"二、宣传工作");
	}

	@Test
	void aPlanWithALargePictureIsRead() throws IOException {
		byte[] picture = new byte[3 * 1024 * 1024];
		new Random(7).nextBytes(picture);
		byte[] docx = docx(document -> {
			paragraph(document, "一、组织建设");
			try {
				document.addPictureData(picture, PictureType.PNG);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(docx.length).isGreaterThan(picture.length).isLessThan(SourceDocuments.MAX_BYTES);
		assertThat(this.sources.read("plan.docx", docx)).isEqualTo("一、组织建设");
	}

	@Test
	void aZipBombIsRefusedBeforePoiOpensIt() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			docxSkeleton(zip);
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		byte[] bomb = bytes.toByteArray();
		assertThat(bomb.length).isLessThan(SourceDocuments.MAX_BYTES);
		assertThat(key(() -> this.sources.read("plan.docx", bomb))).isEqualTo("import.error.zipBomb");
	}

	@Test
	void tooManyEntriesOrTooMuchInflatedInAllAreRefused() throws IOException {
		byte[] manyEntries = zip(zip -> {
			docxSkeleton(zip);
			for (int i = 0; i < 5000; i++) {
				entry(zip, "word/media/image" + i + ".png", new byte[] { (byte) i });
			}
		});
		assertThat(key(() -> this.sources.read("plan.docx", manyEntries))).isEqualTo("import.error.zipBomb");
		// each part just under 1 MB (where the ratio is not yet held against it), 60 MB
		// in all
		byte[] manySmallBombs = zip(zip -> {
			docxSkeleton(zip);
			for (int i = 0; i < 60; i++) {
				entry(zip, "word/media/image" + i + ".bmp", new byte[1_000_000]);
			}
		});
		assertThat(manySmallBombs.length).isLessThan(SourceDocuments.MAX_BYTES);
		assertThat(key(() -> this.sources.read("plan.docx", manySmallBombs))).isEqualTo("import.error.zipBomb");
	}

	@Test
	void anEntryPathOutsideThePackageIsRefused() throws IOException {
		for (String path : List.of("../../etc/cron.d/x", "word/../../x.xml", "/tmp/x.xml", "..\\x.xml", "C:/x.xml")) {
			byte[] docx = zip(zip -> {
				docxSkeleton(zip);
				entry(zip, path, "<x/>".getBytes(StandardCharsets.UTF_8));
			});
			assertThat(key(() -> this.sources.read("plan.docx", docx))).as(path).isEqualTo("import.error.zipBomb");
		}
	}

	@Test
	void whatIsNotAWordDocumentIsBroken() throws IOException {
		byte[] notDocx = zip(zip -> entry(zip, "计划.txt", "一、组织建设".getBytes(StandardCharsets.UTF_8)));
		assertThat(key(() -> this.sources.read("plan.docx", notDocx))).isEqualTo("import.error.brokenDocx");
		byte[] workbook;
		try (XSSFWorkbook excel = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			excel.createSheet("计划").createRow(0).createCell(0).setCellValue("一、组织建设");
			excel.write(out);
			workbook = out.toByteArray();
		}
		assertThat(key(() -> this.sources.read("plan.docx", workbook))).isEqualTo("import.error.brokenDocx");
		byte[] real = docx(document -> paragraph(document, "一、组织建设"));
		byte[] cutOff = Arrays.copyOf(real, real.length / 2);
		assertThat(key(() -> this.sources.read("plan.docx", cutOff))).isEqualTo("import.error.brokenDocx");
		assertThat(key(() -> this.sources.read("plan.docx", "一、组织建设".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("import.error.brokenDocx");
		byte[] random = new byte[2048];
		new Random(1).nextBytes(random);
		assertThat(key(() -> this.sources.read("plan.docx", random))).isEqualTo("import.error.brokenDocx");
		assertThat(key(() -> this.sources.read("plan.txt", real))).isEqualTo("import.error.binary");
	}

	@Test
	void aDocxWithNoTextIsEmpty() throws IOException {
		byte[] docx = docx(document -> {
			paragraph(document, "");
			paragraph(document, "   ");
		});
		assertThat(key(() -> this.sources.read("plan.docx", docx))).isEqualTo("import.error.empty");
	}

	/**
	 * The seed document's lines as Word shows them when it numbers them: the label, a
	 * tab, the text.
	 */
	private static String asWordShowsIt(String seed, String open, String close) {
		StringBuilder out = new StringBuilder();
		boolean body = false;
		for (String line : seed.lines().toList()) {
			body = body || SECTION.matcher(line).matches();
			String shown = line;
			if (body) {
				shown = line.replaceFirst("^([一二三四五六七八九十]+、)", "$1\t")
					.replaceFirst("^\\(([一二三四五六七八九十]+)\\)", open + "$1" + close + "\t")
					.replaceFirst("^(\\d+、)", "$1\t");
			}
			out.append((out.length() > 0) ? "\n" : "").append(shown);
		}
		return out.toString();
	}

	/**
	 * The seed document with its section, subsection and item labels taken out and Word's
	 * numbering put in their place: a new items list (or the same one) from {@code items}
	 * at each section and subsection.
	 */
	private static void numberSeed(XWPFDocument document, String seed, BigInteger sections, int sectionLevel,
			BigInteger subsections, int subsectionLevel, Supplier<BigInteger> items, int itemLevel) {
		boolean body = false;
		BigInteger itemList = null;
		for (String line : seed.lines().toList()) {
			Matcher section = SECTION.matcher(line);
			Matcher subsection = SUBSECTION.matcher(line);
			Matcher item = ITEM.matcher(line);
			if (section.matches()) {
				body = true;
				numbered(document, section.group(1), sections, sectionLevel);
				itemList = items.get();
			}
			else if (body && subsection.matches()) {
				numbered(document, subsection.group(1), subsections, subsectionLevel);
				itemList = items.get();
			}
			else if (body && item.matches()) {
				numbered(document, item.group(1), itemList, itemLevel);
			}
			else {
				paragraph(document, line);
			}
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		if (!text.isEmpty()) {
			paragraph.createRun().setText(text);
		}
		return paragraph;
	}

	private static void numbered(XWPFDocument document, String text, BigInteger numId, int level) {
		XWPFParagraph paragraph = paragraph(document, text);
		paragraph.setNumID(numId);
		paragraph.setNumILvl(BigInteger.valueOf(level));
	}

	private static BigInteger abstractNum(XWPFNumbering numbering, int id, CTLvl... levels) {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.valueOf(id));
		definition.setLvlArray(levels);
		return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
	}

	private static CTLvl level(int level, STNumberFormat.Enum format, String text) {
		CTLvl lvl = CTLvl.Factory.newInstance();
		lvl.setIlvl(BigInteger.valueOf(level));
		lvl.addNewStart().setVal(BigInteger.ONE);
		lvl.addNewNumFmt().setVal(format);
		lvl.addNewLvlText().setVal(text);
		return lvl;
	}

	/** w:suff, written into the XML (its schema type is not in poi-ooxml-lite). */
	private static void suffix(CTLvl lvl, String value) {
		try (XmlCursor cursor = lvl.getLvlText().newCursor()) {
			cursor.beginElement(new QName(W, "suff", "w"));
			cursor.insertAttributeWithValue(new QName(W, "val", "w"), value);
		}
	}

	/**
	 * A new instance of a list that starts again at {@code start}, as Word writes
	 * "Restart at 1".
	 */
	private static BigInteger restarted(XWPFNumbering numbering, BigInteger abstractNumId, int start) {
		BigInteger numId = numbering.addNum(abstractNumId);
		CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
		override.setIlvl(BigInteger.ZERO);
		override.addNewStartOverride().setVal(BigInteger.valueOf(start));
		return numId;
	}

	private static XWPFStyle numberedStyle(String id, String name, BigInteger numId, Integer level, String basedOn) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
		}
		if (numId != null) {
			var numPr = style.addNewPPr().addNewNumPr();
			numPr.addNewNumId().setVal(numId);
			if (level != null) {
				numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
			}
		}
		return new XWPFStyle(style);
	}

	private static byte[] docx(Consumer<XWPFDocument> content) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.accept(document);
			document.write(out);
			return out.toByteArray();
		}
	}

	private interface ZipContent {

		void write(ZipOutputStream zip) throws IOException;

	}

	private static byte[] zip(ZipContent content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			content.write(zip);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	/** The parts every .docx has, so that only what is added makes the difference. */
	private static void docxSkeleton(ZipOutputStream zip) throws IOException {
		entry(zip, "[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
				</Types>""".getBytes(StandardCharsets.UTF_8));
		entry(zip, "_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
				Target="word/document.xml"/></Relationships>""".getBytes(StandardCharsets.UTF_8));
	}

}
