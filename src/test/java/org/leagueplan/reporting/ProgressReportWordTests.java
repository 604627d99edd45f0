package org.leagueplan.reporting;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.reporting.ReportingFixture.ExamplePlan;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Word progress report, opened with POI and read paragraph by paragraph: its wording,
 * and the GB/T 9704-2012 layout (page, margins, line grid, fonts and sizes, page
 * numbers).
 */
@ReportingTest
class ProgressReportWordTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReportingFixture fixture;

	@Autowired
	private TestUsers users;

	private UserDetails leader;

	private ExamplePlan example;

	@BeforeEach
	void setUp() {
		this.leader = this.users.principal(this.users.create(Role.LEADER, Set.of(), false));
		this.example = this.fixture.create();
	}

	@Test
	void quarterReportListsSectionsItemsTargetsNarrativesAndWhatNeedsAttentionInOrder() throws Exception {
		MockHttpServletResponse response = download("2021-Q2");
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).contains("filename=\"report-2021-Q2.docx\"");
		assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
			.isEqualTo("2021年第二季度工作计划执行情况报告.docx");
		try (XWPFDocument document = open(response)) {
			List<String> lines = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			String lead = this.example.lead().name();
			assertThat(lines.get(0)).isEqualTo("2021年第二季度工作计划执行情况报告");
			assertThat(lines.get(1)).startsWith(ReportingFixture.ORGANIZATION + "　").endsWith("日");
			assertThat(lines.get(2)).isEmpty();
			assertThat(lines.get(3)).isEqualTo("现将2021年第二季度工作计划执行情况报告如下。");
			assertThat(lines.get(4)).isEqualTo("本计划共有工作事项3项。截至2021年6月30日，已完成0项，正常推进1项，滞后0项，严重滞后2项，"
					+ "未开始0项；量化指标共3个，已达标1个；本期应报送进展的事项3项，已报送3项，报送率100%。");
			assertThat(lines.subList(5, lines.size())).containsExactly("一、组织建设", "1.示范点建设【严重滞后】",
					"社区综合团委示范点：目标≥30家，截至2021年5月31日为12家。", "区少工委换届：已完成（截至2021年4月15日）。", "进展情况：五月新建2家", "2.无指标事项【严重滞后】",
					"进展情况：正在推进", "（一）基层团组织", "1.团支部规范化【正常】", "规范化比例：目标≥100%，截至2021年6月15日为60%。", "进展情况：六成支部完成", "二、空的部分",
					"三、只有小节的部分", "（一）空小节", "四、需要关注的事项", "1.示范点建设（严重滞后；牵头单位：" + lead + "）。",
					"2.无指标事项（严重滞后、已逾期；牵头单位：" + lead + "）。");
		}
	}

	@Test
	void appendixListsTheRegisterEntriesAcceptedInThePeriodInATableOnAPageOfItsOwn() throws Exception {
		try (XWPFDocument document = open(download("2021-Q2"))) {
			// a plan without registers has no appendix
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).doesNotContain("附件：台账登记情况");
			assertThat(document.getTables()).isEmpty();
		}
		this.fixture.register(this.example);
		try (XWPFDocument document = open(download("2021-Q2"))) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			List<String> lines = paragraphs.stream().map(XWPFParagraph::getText).toList();
			int appendix = lines.indexOf("附件：台账登记情况");
			assertThat(appendix).isGreaterThan(lines.indexOf("四、需要关注的事项"));
			assertThat(lines.subList(appendix, lines.size())).containsExactly("附件：台账登记情况", "（一）示范点台账（对应指标：社区综合团委示范点）");
			assertThat(paragraphs.get(appendix).isPageBreak()).isTrue();
			assertRuns(paragraphs.get(appendix), "黑体", 32);
			assertRuns(paragraphs.get(appendix + 1), "楷体_GB2312", 32);
			assertThat(document.getTables()).hasSize(1);
			List<List<String>> rows = document.getTables()
				.get(0)
				.getRows()
				.stream()
				.map(row -> row.getTableCells().stream().map(cell -> cell.getText()).toList())
				.toList();
			assertThat(rows).containsExactly(List.of("名称", "单位", "日期", "地点"),
					List.of("城南社区示范点", this.example.lead().name(), "2021年4月20日", "城南社区"),
					List.of("城北社区示范点", this.example.assisting().name(), "2021年6月30日", ""));
			// the table is laid out by OfficialDocumentFormat: header in 黑体, cells in 仿宋,
			// 小四
			XWPFParagraph header = document.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0);
			assertRuns(header, "黑体", 24);
			assertRuns(document.getTables().get(0).getRow(1).getCell(0).getParagraphs().get(0), "仿宋_GB2312", 24);
		}
		try (XWPFDocument document = open(download("2021-Q3"))) {
			List<String> lines = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(lines).contains("附件：台账登记情况");
			assertThat(document.getTables()).hasSize(1);
			assertThat(document.getTables().get(0).getRows()).hasSize(2);
			assertThat(document.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("七月示范点");
		}
	}

	@Test
	void monthReportCountsOnlyTheMonthsReports() throws Exception {
		try (XWPFDocument document = open(download("2021-05"))) {
			List<String> lines = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(lines.get(0)).isEqualTo("2021年5月工作计划执行情况报告");
			// the item without targets ended in April: not due in May, though its update
			// of 10 May is shown
			assertThat(lines.get(4)).contains("截至2021年5月31日").endsWith("本期应报送进展的事项2项，已报送1项，报送率50%。");
			assertThat(lines).contains("进展情况：五月新建2家", "进展情况：正在推进", "本期未报送进展情况。");
			assertThat(lines).doesNotContain("进展情况：六成支部完成");
		}
	}

	@Test
	void pageMarginsAndLineGridFollowGbT9704() throws Exception {
		try (XWPFDocument document = open(download("2021-Q2"))) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
			assertThat(twips(section.getPgSz().getH())).isEqualTo(16838);
			CTPageMar margins = section.getPgMar();
			assertThat(twips(margins.getTop())).isEqualTo(2098);
			assertThat(twips(margins.getLeft())).isEqualTo(1587);
			assertThat(twips(margins.getRight())).isEqualTo(1474);
			assertThat(twips(margins.getBottom())).isEqualTo(1984);
			// the text block: 156 × 225 mm
			assertThat((11906 - 1587 - 1474) * 25.4 / 1440).isCloseTo(156, org.assertj.core.data.Offset.offset(0.1));
			assertThat((16838 - 2098 - 1984) * 25.4 / 1440).isCloseTo(225, org.assertj.core.data.Offset.offset(0.1));
			CTDocGrid grid = section.getDocGrid();
			assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
			assertThat(grid.getLinePitch()).isEqualTo(BigInteger.valueOf(579));
			// 28 characters of 16 pt, each 16 pt + charSpace / 4096 wide, fit the
			// 8845-twip line, 29 would not
			double pitch = 16 + grid.getCharSpace().doubleValue() / 4096;
			assertThat(28 * pitch * 20).isLessThanOrEqualTo(8845);
			assertThat(28 * 16.0 * 20).isGreaterThan(8845);
			assertThat(29 * pitch * 20).isGreaterThan(8845);
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				CTSpacing spacing = paragraph.getCTP().getPPr().getSpacing();
				assertThat(twips(spacing.getLine())).as(paragraph.getText()).isEqualTo(579);
				assertThat(spacing.getLineRule()).isEqualTo(STLineSpacingRule.EXACT);
			}
		}
	}

	@Test
	void titleHeadingsAndBodyUseTheirFontsAndSizesOnEveryRun() throws Exception {
		try (XWPFDocument document = open(download("2021-Q2"))) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			XWPFParagraph title = paragraphs.get(0);
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertRuns(title, "方正小标宋简体", 44);
			assertRuns(paragraphs.get(1), "楷体_GB2312", 32);
			for (XWPFParagraph paragraph : paragraphs.subList(3, paragraphs.size())) {
				String text = paragraph.getText();
				String font = text.matches("^[一二三四五六七八九十]+、.*") ? "黑体"
						: text.startsWith("（") ? "楷体_GB2312" : "仿宋_GB2312";
				assertRuns(paragraph, font, 32);
				assertThat(paragraph.getCTP().getPPr().getInd().getFirstLineChars()).as(text)
					.isEqualTo(BigInteger.valueOf(200));
				assertThat(twips(paragraph.getCTP().getPPr().getInd().getFirstLine())).isEqualTo(640);
			}
			assertThat(paragraphs.get(5).getText()).isEqualTo("一、组织建设");
			assertRuns(paragraphs.get(5), "黑体", 32);
			assertThat(paragraphs.get(12).getText()).isEqualTo("（一）基层团组织");
			assertRuns(paragraphs.get(12), "楷体_GB2312", 32);
			assertThat(paragraphs.get(6).getText()).startsWith("1.");
			assertRuns(paragraphs.get(6), "仿宋_GB2312", 32);
			// the defaults: 3号 仿宋, Chinese
			var defaults = document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
			assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
			assertThat(defaults.getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
			var normal = document.getStyles().getStyle("Normal").getCTStyle().getRPr();
			assertThat(normal.getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
		}
	}

	@Test
	void footersCarryAPageFieldBetweenDashesOddRightEvenLeft() throws Exception {
		try (XWPFDocument document = open(download("2021-Q2"))) {
			assertThat(document.getEvenAndOddHeadings()).isTrue();
			List<XWPFFooter> footers = document.getFooterList();
			assertThat(footers).hasSize(2);
			assertThat(footers).extracting(footer -> footer.getParagraphs().get(0).getAlignment())
				.containsExactlyInAnyOrder(ParagraphAlignment.RIGHT, ParagraphAlignment.LEFT);
			for (XWPFFooter footer : footers) {
				XWPFParagraph paragraph = footer.getParagraphs().get(0);
				assertThat(paragraph.getText()).isEqualTo("— 1 —");
				assertThat(paragraph.getRuns()
					.stream()
					.flatMap(run -> run.getCTR().getInstrTextList().stream())
					.map(text -> text.getStringValue().strip())).containsExactly("PAGE");
				assertThat(paragraph.getCTP().xmlText()).contains("w:fldCharType=\"begin\"",
						"w:fldCharType=\"separate\"", "w:fldCharType=\"end\"");
				assertRuns(paragraph, "宋体", 28);
			}
		}
	}

	private static void assertRuns(XWPFParagraph paragraph, String font, int halfPoints) {
		assertThat(paragraph.getRuns()).as(paragraph.getText()).isNotEmpty();
		for (XWPFRun run : paragraph.getRuns()) {
			CTFonts fonts = run.getCTR().getRPr().getRFontsArray(0);
			assertThat(fonts.getEastAsia()).as(paragraph.getText()).isEqualTo(font);
			assertThat(fonts.getAscii()).isEqualTo(font);
			assertThat(fonts.getHAnsi()).isEqualTo(font);
			assertThat(run.getCTR().getRPr().getSzArray(0).getVal()).as(paragraph.getText())
				.isEqualTo(BigInteger.valueOf(halfPoints));
		}
	}

	private static long twips(Object measure) {
		return ((BigInteger) measure).longValue();
	}

	private MockHttpServletResponse download(String period) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/plans/{id}/report.docx", this.example.id()).param("period", period).with(user(this.leader)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		return response;
	}

	private static XWPFDocument open(MockHttpServletResponse response) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

}
