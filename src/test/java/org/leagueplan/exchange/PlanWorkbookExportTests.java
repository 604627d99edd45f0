package org.leagueplan.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.reporting.ReportingFixture;
import org.leagueplan.reporting.ReportingFixture.ExamplePlan;
import org.leagueplan.reporting.ReportingTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leagueplan.reporting.ReportingFixture.at;
import static org.leagueplan.reporting.ReportingFixture.day;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The plan workbook, opened with POI and read cell by cell against
 * {@link PlanWorkbookLayout}: the importer reads exactly this.
 */
@ReportingTest
class PlanWorkbookExportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReportingFixture fixture;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private UserDetails leader;

	@BeforeEach
	void logIn() {
		this.leader = this.users.principal(this.users.create(Role.LEADER, Set.of(), false));
	}

	@Test
	void sheetsAndHeadersAreInTheFixedOrderWithFrozenHeaderAndFilter() throws Exception {
		ExamplePlan example = this.fixture.create();
		MockHttpServletResponse response = export(example.id(), null, null);
		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment;").contains("filename=\"plan-2021.xlsx\"");
		String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("2021年工作计划.xlsx");

		try (XSSFWorkbook book = open(response)) {
			assertThat(book.getNumberOfSheets()).isEqualTo(5);
			assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
					book.getSheetName(4)))
				.containsExactly("工作计划", "进展记录", "里程碑", "计划信息", "分期目标");
			assertThat(headers(book.getSheet("分期目标"))).containsExactly("部分", "小节", "序号", "事项", "指标", "期末日期", "计划值");
			assertThat(headers(book.getSheet("工作计划"))).containsExactly("部分", "小节", "序号", "事项", "内容", "牵头单位", "配合单位",
					"负责人", "开始日期", "结束日期", "状态", "指标", "指标类型", "比较", "目标值", "计量单位", "基数", "指标截止日期", "备注", "最新值", "截至日期",
					"状态灯", "最近更新");
			assertThat(headers(book.getSheet("进展记录"))).containsExactly("部分", "小节", "序号", "事项", "指标", "截至日期", "数值", "完成",
					"状态", "情况说明", "滞后原因", "整改措施", "佐证材料", "更正行", "填报人", "填报时间");
			assertThat(headers(book.getSheet("里程碑"))).containsExactly("部分", "小节", "序号", "事项", "里程碑", "日期", "已完成");
			assertThat(headers(book.getSheet("工作计划"))).isEqualTo(PlanWorkbookLayout.PLAN_COLUMNS);
			assertThat(headers(book.getSheet("进展记录"))).isEqualTo(PlanWorkbookLayout.HISTORY_COLUMNS);
			assertThat(headers(book.getSheet("里程碑"))).isEqualTo(PlanWorkbookLayout.MILESTONE_COLUMNS);
			for (String name : List.of("工作计划", "进展记录", "里程碑", "分期目标")) {
				XSSFSheet sheet = book.getSheet(name);
				PaneInformation pane = sheet.getPaneInformation();
				assertThat(pane).as("%s has a frozen header", name).isNotNull();
				assertThat(pane.isFreezePane()).isTrue();
				assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
				assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
				assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotNull();
				assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
					.as("%s header is bold", name)
					.isTrue();
				assertThat(sheet.getColumnWidth(0)).as("%s has its column widths", name).isGreaterThan(20 * 256);
			}
			assertThat(autoFilter(book.getSheet("工作计划"))).isEqualTo("A1:W7");
			assertThat(autoFilter(book.getSheet("进展记录"))).isEqualTo("A1:P7"); // 5 reports
																				// and 1
																				// item
																				// update
			assertThat(autoFilter(book.getSheet("里程碑"))).isEqualTo("A1:G2");
		}
	}

	@Test
	void onePlanRowPerTargetWithNumbersAndDatesAsSuch() throws Exception {
		ExamplePlan example = this.fixture.create();
		try (XSSFWorkbook book = open(export(example.id(), null, null))) {
			XSSFSheet sheet = book.getSheet("工作计划");
			assertThat(sheet.getLastRowNum()).isEqualTo(6);
			// the count target of the first item: every item column, every target column
			Row count = sheet.getRow(1);
			assertThat(text(count, "部分")).isEqualTo("组织建设");
			assertThat(cell(count, "小节")).isNull();
			assertThat(number(count, "序号")).isEqualTo(1);
			assertThat(text(count, "事项")).isEqualTo("示范点建设");
			assertThat(text(count, "内容")).isEqualTo("全文：建设社区综合团委示范点30家以上。");
			assertThat(text(count, "牵头单位")).isEqualTo(example.lead().name());
			assertThat(text(count, "配合单位")).isEqualTo(example.assisting().name());
			assertThat(text(count, "负责人")).isEqualTo(example.owner().username());
			assertThat(date(count, "开始日期")).isEqualTo(day(1, 1));
			assertThat(date(count, "结束日期")).isEqualTo(day(12, 31));
			assertThat(text(count, "状态")).isEqualTo("进行中");
			assertThat(text(count, "指标")).isEqualTo("社区综合团委示范点");
			assertThat(text(count, "指标类型")).isEqualTo("数量");
			assertThat(text(count, "比较")).isEqualTo("不少于（以上）");
			assertThat(number(count, "目标值")).isEqualTo(30);
			assertThat(text(count, "计量单位")).isEqualTo("家");
			assertThat(number(count, "基数")).isEqualTo(5);
			assertThat(date(count, "指标截止日期")).isEqualTo(day(12, 31));
			assertThat(text(count, "备注")).isEqualTo("含新建");
			assertThat(number(count, "最新值")).isEqualTo(20);
			assertThat(date(count, "截至日期")).isEqualTo(day(8, 31));
			assertThat(text(count, "状态灯")).isEqualTo("严重滞后");
			assertThat(dateTime(count, "最近更新")).isEqualTo(local(at(9, 1)));
			// the yes/no target of the same item: 1 for done, the item columns again
			Row election = sheet.getRow(2);
			assertThat(text(election, "事项")).isEqualTo("示范点建设");
			assertThat(number(election, "序号")).isEqualTo(1);
			assertThat(text(election, "指标")).isEqualTo("区少工委换届");
			assertThat(text(election, "指标类型")).isEqualTo("是否完成");
			assertThat(cell(election, "目标值")).isNull();
			assertThat(number(election, "最新值")).isEqualTo(1);
			assertThat(text(election, "状态灯")).isEqualTo("已完成");
			// an item without targets: one row, the target columns empty
			Row withoutTargets = sheet.getRow(3);
			assertThat(text(withoutTargets, "事项")).isEqualTo("无指标事项");
			assertThat(number(withoutTargets, "序号")).isEqualTo(2);
			assertThat(cell(withoutTargets, "负责人")).isNull();
			for (String column : List.of("指标", "指标类型", "比较", "目标值", "计量单位", "基数", "指标截止日期", "备注", "最新值", "截至日期")) {
				assertThat(cell(withoutTargets, column)).as(column).isNull();
			}
			assertThat(text(withoutTargets, "状态灯")).isEqualTo("严重滞后");
			assertThat(dateTime(withoutTargets, "最近更新")).isEqualTo(local(at(5, 10)));
			// an item of a subsection, numbered within it
			Row rules = sheet.getRow(4);
			assertThat(text(rules, "部分")).isEqualTo("组织建设");
			assertThat(text(rules, "小节")).isEqualTo("基层团组织");
			assertThat(number(rules, "序号")).isEqualTo(1);
			assertThat(text(rules, "指标类型")).isEqualTo("百分比");
			assertThat(number(rules, "最新值")).isEqualTo(60);
			// a section without items, and an empty subsection: only their titles
			assertThat(filled(sheet.getRow(5))).containsExactly("部分");
			assertThat(text(sheet.getRow(5), "部分")).isEqualTo("空的部分");
			assertThat(filled(sheet.getRow(6))).containsExactly("部分", "小节");
			assertThat(text(sheet.getRow(6), "部分")).isEqualTo("只有小节的部分");
			assertThat(text(sheet.getRow(6), "小节")).isEqualTo("空小节");

			XSSFSheet milestones = book.getSheet("里程碑");
			Row milestone = milestones.getRow(1);
			assertThat(milestone.getCell(0).getStringCellValue()).isEqualTo("组织建设");
			assertThat(milestone.getCell(1)).isNull();
			assertThat(milestone.getCell(2).getNumericCellValue()).isEqualTo(1);
			assertThat(milestone.getCell(3).getStringCellValue()).isEqualTo("示范点建设");
			assertThat(milestone.getCell(4).getStringCellValue()).isEqualTo("中期检查");
			assertDate(milestone.getCell(5), day(6, 30));
			assertThat(milestone.getCell(6).getStringCellValue()).isEqualTo("否");

			XSSFSheet info = book.getSheet("计划信息");
			assertThat(info.getRow(0).getCell(0).getStringCellValue()).isEqualTo("年度");
			assertThat(info.getRow(0).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(info.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(2021);
			assertThat(info.getRow(1).getCell(0).getStringCellValue()).isEqualTo("标题");
			assertThat(info.getRow(1).getCell(1).getStringCellValue()).isEqualTo(example.plan().title());
			assertThat(info.getRow(2).getCell(0).getStringCellValue()).isEqualTo("单位");
			assertThat(info.getRow(2).getCell(1).getStringCellValue()).isEqualTo(ReportingFixture.ORGANIZATION);
			assertThat(info.getRow(3).getCell(0).getStringCellValue()).isEqualTo("前言");
			assertThat(info.getRow(3).getCell(1).getStringCellValue()).isEqualTo(ReportingFixture.PREAMBLE);
			assertThat(info.getLastRowNum()).isEqualTo(3);
		}
	}

	@Test
	void historyHoldsOnlyReportsAsOfTheChosenPeriodAndLatestValuesStandAtItsEnd() throws Exception {
		ExamplePlan example = this.fixture.create();
		try (XSSFWorkbook book = open(export(example.id(), "2021-04-01", "2021-06-30"))) {
			XSSFSheet history = book.getSheet("进展记录");
			assertThat(history.getLastRowNum()).isEqualTo(4);
			Row may = history.getRow(1);
			assertThat(historyCell(may, "部分").getStringCellValue()).isEqualTo("组织建设");
			assertThat(historyCell(may, "小节")).isNull();
			assertThat(historyCell(may, "序号").getNumericCellValue()).isEqualTo(1);
			assertThat(historyCell(may, "事项").getStringCellValue()).isEqualTo("示范点建设");
			assertThat(historyCell(may, "指标").getStringCellValue()).isEqualTo("社区综合团委示范点");
			assertDate(historyCell(may, "截至日期"), day(5, 31));
			assertThat(historyCell(may, "数值").getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(historyCell(may, "数值").getNumericCellValue()).isEqualTo(12);
			assertThat(historyCell(may, "完成")).isNull();
			assertThat(historyCell(may, "状态")).isNull();
			assertThat(historyCell(may, "情况说明").getStringCellValue()).isEqualTo("五月新建2家");
			assertThat(historyCell(may, "填报人").getStringCellValue()).isEqualTo(example.reporter().username());
			assertThat(historyCell(may, "填报时间").getLocalDateTimeCellValue()).isEqualTo(local(at(6, 1)));
			assertThat(historyCell(may, "填报时间").getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
			Row election = history.getRow(2);
			assertThat(historyCell(election, "指标").getStringCellValue()).isEqualTo("区少工委换届");
			assertDate(historyCell(election, "截至日期"), day(4, 15));
			assertThat(historyCell(election, "数值")).isNull();
			assertThat(historyCell(election, "完成").getStringCellValue()).isEqualTo("是");
			// an item's status update: no target, the status instead of a value
			Row update = history.getRow(3);
			assertThat(historyCell(update, "事项").getStringCellValue()).isEqualTo("无指标事项");
			assertThat(historyCell(update, "指标")).isNull();
			assertThat(historyCell(update, "截至日期")).isNull();
			assertThat(historyCell(update, "状态").getStringCellValue()).isEqualTo("进行中");
			assertThat(historyCell(update, "情况说明").getStringCellValue()).isEqualTo("正在推进");
			assertThat(historyCell(update, "填报时间").getLocalDateTimeCellValue()).isEqualTo(local(at(5, 10)));
			Row share = history.getRow(4);
			assertThat(historyCell(share, "小节").getStringCellValue()).isEqualTo("基层团组织");
			assertThat(historyCell(share, "指标").getStringCellValue()).isEqualTo("规范化比例");
			assertDate(historyCell(share, "截至日期"), day(6, 15));
			List<String> narratives = new ArrayList<>();
			for (int i = 1; i <= history.getLastRowNum(); i++) {
				narratives.add(historyCell(history.getRow(i), "情况说明").getStringCellValue());
			}
			assertThat(narratives).doesNotContain("一季度新建5家", "八月新建8家");
			assertThat(autoFilter(history)).isEqualTo("A1:P5");

			Row count = book.getSheet("工作计划").getRow(1);
			assertThat(number(count, "最新值")).isEqualTo(12);
			assertThat(date(count, "截至日期")).isEqualTo(day(5, 31));
			assertThat(dateTime(count, "最近更新")).isEqualTo(local(at(6, 1)));
		}
	}

	@Test
	void largePlanStreamsWithEveryRow() throws Exception {
		PlanRef large = this.plans.create(20, 100, 1);
		try (XSSFWorkbook book = open(export(large.id(), null, null))) {
			XSSFSheet sheet = book.getSheet("工作计划");
			assertThat(sheet.getLastRowNum()).isEqualTo(2000);
			assertThat(sheet.getRow(2000).getCell(PlanWorkbookLayout.PLAN_COLUMNS.indexOf("事项")).getStringCellValue())
				.isEqualTo("事项 20.100");
			assertThat(book.getSheet("里程碑").getLastRowNum()).isEqualTo(2000);
		}
	}

	@Test
	void exportStatementCountDoesNotGrowWithThePlan() throws Exception {
		PlanRef small = this.plans.create(1, 2, 1);
		PlanRef larger = this.plans.create(3, 10, 2);
		long smallCount = statements(small.id());
		assertThat(statements(larger.id())).isEqualTo(smallCount);
	}

	private long statements(long planId) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		export(planId, null, null);
		return statistics.getPrepareStatementCount();
	}

	private MockHttpServletResponse export(long planId, String from, String to) throws Exception {
		var request = get("/plans/{id}/export.xlsx", planId).with(user(this.leader));
		if (from != null) {
			request.param("from", from).param("to", to);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response;
	}

	private static XSSFWorkbook open(MockHttpServletResponse response) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private static List<String> headers(XSSFSheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
		return headers;
	}

	private static String autoFilter(XSSFSheet sheet) {
		return sheet.getCTWorksheet().getAutoFilter().getRef();
	}

	private static Cell historyCell(Row row, String header) {
		return row.getCell(PlanWorkbookLayout.HISTORY_COLUMNS.indexOf(header));
	}

	private static Cell cell(Row row, String header) {
		return row.getCell(PlanWorkbookLayout.PLAN_COLUMNS.indexOf(header));
	}

	private static String text(Row row, String header) {
		Cell cell = cell(row, header);
		assertThat(cell).as(header).isNotNull();
		assertThat(cell.getCellType()).as(header).isEqualTo(CellType.STRING);
		return cell.getStringCellValue();
	}

	private static double number(Row row, String header) {
		Cell cell = cell(row, header);
		assertThat(cell).as(header).isNotNull();
		assertThat(cell.getCellType()).as(header + " is a number").isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).as(header + " is not a date").isFalse();
		return cell.getNumericCellValue();
	}

	private static LocalDate date(Row row, String header) {
		Cell cell = cell(row, header);
		assertThat(cell).as(header).isNotNull();
		assertThat(cell.getCellStyle().getDataFormatString()).as(header).isEqualTo("yyyy-mm-dd");
		assertDate(cell, null);
		return cell.getLocalDateTimeCellValue().toLocalDate();
	}

	private static LocalDateTime dateTime(Row row, String header) {
		Cell cell = cell(row, header);
		assertThat(cell).as(header).isNotNull();
		assertThat(cell.getCellType()).as(header).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).as(header).isTrue();
		assertThat(cell.getCellStyle().getDataFormatString()).as(header).isEqualTo("yyyy-mm-dd hh:mm:ss");
		return cell.getLocalDateTimeCellValue();
	}

	/** A numeric cell formatted as a date (never text), on the day when one is given. */
	private static void assertDate(Cell cell, LocalDate expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		if (expected != null) {
			assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
			assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
		}
	}

	private static List<String> filled(Row row) {
		List<String> headers = new ArrayList<>();
		row.forEach(cell -> headers.add(PlanWorkbookLayout.PLAN_COLUMNS.get(cell.getColumnIndex())));
		return headers;
	}

	private static LocalDateTime local(java.time.Instant instant) {
		return LocalDateTime.ofInstant(instant, org.leagueplan.TestClock.COMMITTEE);
	}

}
