package org.leagueplan.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.exchange.PlanWorkbookLayout;
import org.leagueplan.importing.ImportForm.ItemRow;
import org.leagueplan.importing.ImportForm.TargetRow;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.PlannedPoint;
import org.leagueplan.progress.ProgressHistory;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.leagueplan.progress.ProgressHistory.PastUpdate;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.ProgressQueries.TargetReport;
import org.leagueplan.progress.ReportRules;
import org.leagueplan.progress.TestProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The progress history of an imported workbook: the check page says how much of it will
 * be saved and how much not, and the save keeps exactly the part that still fits the plan
 * as corrected — reports and planned values of removed targets, reports whose value no
 * longer fits a target's changed kind, and rows naming no item of the workbook are left
 * out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestImports.class, TestProgress.class })
class HistoryImportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestImports testImports;

	@Autowired
	private TestProgress progress;

	@Autowired
	private ProgressQueries progressQueries;

	@Autowired
	private ProgressHistory history;

	private UserDetails office;

	private PlanRef plan;

	private int year;

	@BeforeEach
	void planWithHistory() {
		this.office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		this.plan = this.plans.create(1, 2, 1);
		this.year = this.plan.year();
		ItemRef first = this.plans.items(this.plan).get(0);
		ItemRef second = this.plans.items(this.plan).get(1);
		TargetRef counted = this.plans.targets(first).get(0);
		TargetRef removedLater = this.plans.targets(second).get(0);
		TargetRef done = this.plans.target(second, 2, "换届完成", TargetKind.YES_NO, TargetComparator.EXACTLY, null, null,
				null, null, null);
		Instant at = LocalDate.of(this.year, 1, 10).atStartOfDay(org.leagueplan.TestClock.COMMITTEE).toInstant();
		long january = this.progress.report(counted.id(), this.plan.id(), new BigDecimal("2"), null,
				LocalDate.of(this.year, 1, 9), "一月", null, at);
		this.progress.file(january, "活动照片.png");
		this.progress.link(january, null, "https://example.org/activity");
		this.progress.report(counted.id(), this.plan.id(), new BigDecimal("5"), null, LocalDate.of(this.year, 2, 9),
				"二月", null, at.plusSeconds(86400L * 31));
		this.progress.report(removedLater.id(), this.plan.id(), new BigDecimal("7"), null,
				LocalDate.of(this.year, 1, 9), "将被删除的指标", null, at);
		this.progress.report(done.id(), this.plan.id(), null, true, LocalDate.of(this.year, 1, 9), "已换届", null, at);
		this.progress.update(first.id(), this.plan.id(), ItemStatus.IN_PROGRESS, "已启动", null, at);
		this.progress.planned(counted.id(), this.plan.id(), LocalDate.of(this.year, 6, 30), new BigDecimal("5"));
		this.progress.planned(counted.id(), this.plan.id(), LocalDate.of(this.year, 12, 31), BigDecimal.TEN);
		this.progress.planned(removedLater.id(), this.plan.id(), LocalDate.of(this.year, 6, 30), BigDecimal.ONE);
	}

	@Test
	void theCheckPageCountsTheHistoryAndTheSaveKeepsWhatStillFits() throws Exception {
		long importId = ImportRequests.upload(this.mvc, this.office, "导出.xlsx", withForeignRow(export()));
		String page = this.mvc.perform(get("/imports/" + importId).with(user(this.office)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"import-history\"", "4 条指标报送，1 条事项状态更新", "3 个分期计划值", "1 行进展记录或分期计划值不会保存",
				"1 个附件文件不在表格里");

		ImportForm form = this.testImports.storedForm(importId);
		ItemRow second = form.getItems().get(1);
		TargetRow removed = second.getTargets().get(0);
		TargetRow changed = second.getTargets().get(1);
		assertThat(removed.getName()).isEqualTo("指标 1");
		assertThat(changed.getName()).isEqualTo("换届完成");
		removed.setRemoved(true);
		changed.setKind(TargetKind.COUNT);
		changed.setValue(BigDecimal.ONE);
		String checked = this.mvc.perform(ImportRequests.formPost(this.office, importId, form, "check"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(checked).contains("2 条指标报送，1 条事项状态更新", "2 个分期计划值", "4 行进展记录或分期计划值不会保存");
		// the rows are named: on 进展记录 (header, the first item's update and its target's
		// two reports in rows 2-4)
		// the removed target's report (5), the yes/no report (6) and the foreign row (7);
		// on 分期目标 the removed
		// target's phase (after the counted target's two)
		assertThat(checked).contains("“进展记录”表中不保存的行：5、6、7", "“分期目标”表中不保存的行：4");

		this.mvc.perform(ImportRequests.formPost(this.office, importId, this.testImports.storedForm(importId), "save"))
			.andExpect(redirectedUrl("/imports/" + importId + "/progress"));
		PlanImport saved = this.testImports.waitUntilDone(importId);
		assertThat(saved.getState()).isEqualTo(PlanImport.State.SAVED);
		List<TargetReport> reports = this.progressQueries.reportsOfPlan(saved.getPlanId(),
				LocalDate.of(this.year, 1, 1), LocalDate.of(this.year, 12, 31));
		assertThat(reports).extracting(TargetReport::narrative).containsExactlyInAnyOrder("一月", "二月");
		assertThat(this.progressQueries.evidenceOfPlan(saved.getPlanId()).byReport().values()).singleElement()
			.satisfies(evidence -> assertThat(evidence)
				.containsExactly(new ProgressQueries.EvidenceRef(true, "https://example.org/activity")));
		assertThat(this.progressQueries.itemUpdatesOfPlan(saved.getPlanId(), Instant.EPOCH, Instant.now()))
			.extracting(ProgressQueries.ItemReport::narrative)
			.containsExactly("已启动");
		assertThat(this.progressQueries.latestOfPlan(saved.getPlanId()).values()).singleElement()
			.satisfies(latest -> assertThat(latest.value()).isEqualByComparingTo("5"));
		assertThat(this.progressQueries.plannedOfPlan(saved.getPlanId()).values()).singleElement()
			.satisfies(points -> assertThat(points).extracting(PlannedPoint::periodEnd)
				.containsExactly(LocalDate.of(this.year, 6, 30), LocalDate.of(this.year, 12, 31)));
	}

	@Test
	void aDocumentImportShowsNoHistory() throws Exception {
		long importId = ImportRequests.upload(this.mvc, this.office, "计划.txt",
				"2026年工作计划\n一、组织建设\n1、建设示范点10家。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String page = this.mvc.perform(get("/imports/" + importId).with(user(this.office)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("id=\"import-history\"");
	}

	@Test
	void historyForAnotherPlansTargetIsRefused() {
		PlanRef other = this.plans.create(1, 1, 1);
		long foreignTarget = this.plans.targets(this.plans.items(other).get(0)).get(0).id();
		PastReport report = new PastReport(foreignTarget, BigDecimal.ONE, null, LocalDate.of(this.year, 1, 1), null,
				null, null, null, null, Instant.now(), List.of());
		assertThatThrownBy(() -> this.history.restore(this.plan.id(), List.of(report), List.of(), List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRowBreakingAReportRuleIsFlaggedOnTheCheckPageAndItsReportIsNotSaved() throws Exception {
		long importId = ImportRequests.upload(this.mvc, this.office, "导出.xlsx",
				withAsOf(export(), "二月", LocalDate.of(this.year - 1, 12, 31)));
		String page = this.mvc.perform(get("/imports/" + importId).with(user(this.office)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the February report, now dated in the year before the plan's, in row 4 (after
		// the update and January's)
		assertThat(page).contains("id=\"history-refused-rows\"", "第 4 行不符合报送规则，不会保存：截至日期须在计划年度（" + this.year + "年）内。",
				"3 条指标报送");

		this.mvc.perform(ImportRequests.formPost(this.office, importId, this.testImports.storedForm(importId), "save"))
			.andExpect(redirectedUrl("/imports/" + importId + "/progress"));
		PlanImport saved = this.testImports.waitUntilDone(importId);
		assertThat(saved.getState()).isEqualTo(PlanImport.State.SAVED);
		assertThat(this.progressQueries.reportsOfPlan(saved.getPlanId(), LocalDate.of(this.year - 1, 1, 1),
				LocalDate.of(this.year, 12, 31)))
			.extracting(TargetReport::narrative)
			.containsExactlyInAnyOrder("一月", "将被删除的指标", "已换届");
	}

	@Test
	void restoreRefusesAReportOrUpdateBreakingAReportRuleAndStoresNothing() {
		ItemRef first = this.plans.items(this.plan).get(0);
		long counted = this.plans.targets(first).get(0).id();
		Instant at = LocalDate.of(this.year, 1, 10).atStartOfDay(org.leagueplan.TestClock.COMMITTEE).toInstant();
		PastReport fine = new PastReport(counted, BigDecimal.ONE, null, LocalDate.of(this.year, 1, 2), "可以", null, null,
				null, null, at, List.of());
		PastReport nextYear = new PastReport(counted, BigDecimal.ONE, null, LocalDate.of(this.year + 1, 1, 2), "明年",
				null, null, null, null, at, List.of());
		PastReport noValue = new PastReport(counted, null, null, LocalDate.of(this.year, 1, 2), "无值", null, null, null,
				null, at, List.of());
		long before = reportCount();
		assertThatThrownBy(() -> this.history.restore(this.plan.id(), List.of(fine, nextYear), List.of(), List.of()))
			.isInstanceOf(ReportRules.Refused.class)
			.hasMessage("report 1 refused: [report.asOf.outsideYear]");
		assertThatThrownBy(() -> this.history.restore(this.plan.id(), List.of(noValue), List.of(), List.of()))
			.isInstanceOf(ReportRules.Refused.class)
			.hasMessageContaining("report.value.required");
		PastUpdate elevenLinks = new PastUpdate(first.id(), ItemStatus.IN_PROGRESS, "链接太多", null, at,
				java.util.Collections.nCopies(11, "https://example.org/a"));
		assertThatThrownBy(() -> this.history.restore(this.plan.id(), List.of(fine), List.of(elevenLinks), List.of()))
			.isInstanceOf(ReportRules.Refused.class)
			.hasMessage("item update 0 refused: [evidence.tooManyLinks]");
		assertThat(reportCount()).isEqualTo(before);
	}

	private long reportCount() {
		return this.progressQueries
			.reportsOfPlan(this.plan.id(), LocalDate.of(this.year - 1, 1, 1), LocalDate.of(this.year + 1, 12, 31))
			.size();
	}

	/** The workbook with the as-of day of the history row with the narrative changed. */
	private static byte[] withAsOf(byte[] workbook, String narrative, LocalDate asOf) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheet(PlanWorkbookLayout.HISTORY_SHEET);
			List<String> columns = PlanWorkbookLayout.HISTORY_COLUMNS;
			for (Row row : sheet) {
				org.apache.poi.ss.usermodel.Cell told = row.getCell(columns.indexOf(PlanWorkbookLayout.NARRATIVE));
				if (told != null && narrative.equals(told.getStringCellValue())) {
					row.getCell(columns.indexOf(PlanWorkbookLayout.AS_OF)).setCellValue(asOf);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

	private byte[] export() throws Exception {
		return this.mvc.perform(get("/plans/" + this.plan.id() + "/export.xlsx").with(user(this.office)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * The workbook with one more history row, naming an item the plan sheet does not
	 * have.
	 */
	private static byte[] withForeignRow(byte[] workbook) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheet(PlanWorkbookLayout.HISTORY_SHEET);
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			List<String> columns = PlanWorkbookLayout.HISTORY_COLUMNS;
			row.createCell(columns.indexOf(PlanWorkbookLayout.SECTION)).setCellValue("不存在的部分");
			row.createCell(columns.indexOf(PlanWorkbookLayout.NUMBER)).setCellValue(1);
			row.createCell(columns.indexOf(PlanWorkbookLayout.TARGET)).setCellValue("指标 1");
			row.createCell(columns.indexOf(PlanWorkbookLayout.AS_OF)).setCellValue("2026-01-01");
			row.createCell(columns.indexOf(PlanWorkbookLayout.VALUE)).setCellValue(3);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

}
