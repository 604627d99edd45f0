package org.leagueplan.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.exchange.PlanWorkbookLayout;
import org.leagueplan.exchange.TestWorkbooks;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.progress.TestProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * A plan exported to Excel and imported back becomes a plan whose own export is the same,
 * cell by cell, on every sheet: sections, subsections, items with their texts, units,
 * owners, periods and statuses, targets with every field, their latest values, lights and
 * last updates, the whole progress history (values, done flags, narratives, reasons,
 * corrective actions, evidence links, corrections, reporters and times, item status
 * updates), milestones, the planned values of time-phased targets, and the plan's year,
 * organisation and preamble.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestImports.class, TestProgress.class })
class WorkbookRoundTripTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestPlans plans;

	@Autowired
	private PlanQueries planQueries;

	@Autowired
	private TestImports testImports;

	@Autowired
	private TestProgress progress;

	@Autowired
	private ProgressQueries progressQueries;

	private final DataFormatter formatter = new DataFormatter();

	@Test
	void theDemoPlanComesBackTheSame() throws Exception {
		long demo = this.planQueries.plans()
			.stream()
			.filter(plan -> plan.title().equals("2023年区团委工作计划"))
			.findFirst()
			.orElseThrow()
			.id();
		roundTrip(demo);
	}

	@Test
	void ownersUnitsAndSeveralTargetsPerItemComeBackTheSame() throws Exception {
		long owner = this.users.create(Role.STAFF, Set.of(), false).id();
		PlanRef plan = this.plans.create(2, 3, 2, List.of(owner));
		roundTrip(plan.id());
	}

	@Test
	void theProgressHistoryComesBackTheSame() throws Exception {
		long reporter = this.users.create(Role.STAFF, Set.of(), false).id();
		long leaver = this.users.disabled(Role.STAFF).id();
		PlanRef plan = this.plans.create(1, 2, 2, List.of(reporter));
		int year = plan.year();
		ItemRef first = this.plans.items(plan).get(0);
		ItemRef second = this.plans.items(plan).get(1);
		TargetRef counted = this.plans.targets(first).get(0);
		TargetRef other = this.plans.targets(first).get(1);
		TargetRef done = this.plans.target(second, 3, "换届完成", TargetKind.YES_NO, TargetComparator.EXACTLY, null, null,
				null, LocalDate.of(year, 6, 30), null);
		Instant january = LocalDate.of(year, 1, 31)
			.atTime(9, 30, 15)
			.atZone(org.leagueplan.TestClock.COMMITTEE)
			.toInstant();
		long wrong = this.progress.report(counted.id(), plan.id(), new BigDecimal("30"), null,
				LocalDate.of(year, 1, 31), "一月填错了", reporter, january);
		this.progress.report(counted.id(), plan.id(), new BigDecimal("4.5"), null, LocalDate.of(year, 2, 28), "二月进展",
				null, null, null, leaver, january.plusSeconds(86400L * 28));
		this.progress.report(counted.id(), plan.id(), new BigDecimal("3"), null, LocalDate.of(year, 1, 31), "更正一月",
				"统计口径有误", "按季度复核", wrong, reporter, january.plusSeconds(86400L * 30));
		this.progress.report(other.id(), plan.id(), BigDecimal.ONE, null, LocalDate.of(year, 1, 15), null, "进度滞后",
				"加派人手", null, null, january.minusSeconds(3600));
		this.progress.report(done.id(), plan.id(), null, true, LocalDate.of(year, 1, 20), "已完成换届", reporter,
				january.plusSeconds(60));
		long started = this.progress.update(first.id(), plan.id(), ItemStatus.IN_PROGRESS, "已启动", reporter,
				january.minusSeconds(86400));
		this.progress.link(wrong, null, "https://example.org/news/1");
		this.progress.link(wrong, null, "http://example.org/photos?id=2");
		this.progress.link(null, started, "https://example.org/notice");
		this.progress.update(second.id(), plan.id(), ItemStatus.COMPLETED, "全部完成", leaver, january.plusSeconds(120));

		this.progress.planned(counted.id(), plan.id(), LocalDate.of(year, 3, 31), new BigDecimal("2.5"));
		this.progress.planned(counted.id(), plan.id(), LocalDate.of(year, 12, 31), BigDecimal.TEN);

		long copy = roundTrip(plan.id());
		Map<Long, TargetProgress> latest = this.progressQueries.latestOfPlan(copy);
		assertThat(latest.values()).extracting(TargetProgress::value)
			.containsExactlyInAnyOrder(new BigDecimal("3.00"), new BigDecimal("1.00"), null);
		assertThat(this.progressQueries.reportsOfPlan(copy, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
			.hasSize(5)
			.filteredOn(report -> report.correctsId() != null)
			.singleElement()
			.satisfies(correction -> assertThat(correction.reason()).isEqualTo("统计口径有误"));
		ProgressQueries.PlanEvidence evidence = this.progressQueries.evidenceOfPlan(copy);
		assertThat(evidence.byReport().values()).singleElement()
			.satisfies(links -> assertThat(links).extracting(ProgressQueries.EvidenceRef::text)
				.containsExactly("https://example.org/news/1", "http://example.org/photos?id=2"));
		assertThat(evidence.byUpdate().values()).singleElement()
			.satisfies(links -> assertThat(links).extracting(ProgressQueries.EvidenceRef::text)
				.containsExactly("https://example.org/notice"));
	}

	@Test
	void textThatASpreadsheetWouldTakeForAFormulaIsQuotePrefixedAndComesBackTheSame() throws Exception {
		PlanRef plan = this.plans.create(1, 1, 1);
		int year = plan.year();
		SectionRef section = this.plans.section(plan, null, "=SUM(1+1)部分", 2);
		UnitRef lead = this.plans.unit("+牵头单位");
		ItemRef item = this.plans.item(section, 1, "=HYPERLINK(\"http://evil.example\",\"点击\")",
				"+cmd|' /C calc'!A0\n第二行", lead, Set.of(), null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				ItemStatus.IN_PROGRESS);
		this.plans.target(item, 1, "@SUM(A1)", TargetKind.COUNT, TargetComparator.AT_LEAST, BigDecimal.TEN, "-个", null,
				LocalDate.of(year, 12, 31), "-2+3");
		this.plans.milestone(item, "=cmd|' /C calc'!A0", LocalDate.of(year, 6, 30), false);
		this.progress.update(item.id(), plan.id(), ItemStatus.IN_PROGRESS, "\uFF1D1+1 进展", null,
				LocalDate.of(year, 1, 31).atTime(9, 0).atZone(org.leagueplan.TestClock.COMMITTEE).toInstant());

		UserDetails office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		try (Workbook book = open(export(office, plan.id()))) {
			List<String> quoted = new ArrayList<>();
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (org.apache.poi.ss.usermodel.Cell cell : row) {
						assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
						if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
								&& "=+-@\uFF1D".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
							assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
							quoted.add(cell.getStringCellValue());
						}
						else {
							assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.toString()).isFalse();
						}
					}
				}
			}
			assertThat(quoted).contains("=SUM(1+1)部分", "=HYPERLINK(\"http://evil.example\",\"点击\")",
					"+cmd|' /C calc'!A0\n第二行", "@SUM(A1)", "-个", "-2+3", "=cmd|' /C calc'!A0", "\uFF1D1+1 进展",
					lead.name());
		}
		long copy = roundTrip(plan.id());
		assertThat(this.planQueries.planData(copy).items()).extracting(org.leagueplan.plan.PlanData.ItemRef::heading)
			.contains("=HYPERLINK(\"http://evil.example\",\"点击\")");
	}

	@Test
	void statusKindAndComparisonAreWordsInTheReadersLanguageAndComeBackInEitherOrAsOldCodes() throws Exception {
		PlanRef plan = this.plans.create(1, 2, 1);
		UserDetails office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		byte[] chinese = export(office, plan.id(), null);
		byte[] english = export(office, plan.id(), "en");
		List<String> codes = List.of("NOT_STARTED", "IN_PROGRESS", "COMPLETED", "SUSPENDED", "COUNT", "PERCENTAGE",
				"YES_NO", "DATE", "AT_LEAST", "AT_MOST", "EXACTLY");
		try (Workbook zh = open(chinese); Workbook en = open(english)) {
			Sheet zhPlan = zh.getSheet(PlanWorkbookLayout.PLAN_SHEET);
			Sheet enPlan = en.getSheet(PlanWorkbookLayout.PLAN_SHEET);
			assertThat(column(zhPlan, PlanWorkbookLayout.STATUS)).contains("进行中").doesNotContainAnyElementsOf(codes);
			assertThat(column(zhPlan, PlanWorkbookLayout.TARGET_KIND)).isNotEmpty().doesNotContainAnyElementsOf(codes);
			assertThat(column(zhPlan, PlanWorkbookLayout.COMPARATOR)).isNotEmpty().doesNotContainAnyElementsOf(codes);
			assertThat(column(enPlan, PlanWorkbookLayout.STATUS)).contains("In progress");
			for (String sheet : PlanWorkbookLayout.SHEETS) {
				assertThat(cells(zh.getSheet(sheet)).stream().flatMap(List::stream)).as(sheet)
					.doesNotContainAnyElementsOf(codes);
			}
		}
		// an English workbook, and one with the codes older exports wrote, import to the
		// same plan
		roundTrip(plan.id(), english, chinese);
		roundTrip(plan.id(), withCodes(chinese), chinese);
	}

	/**
	 * The workbook as exports before labels wrote it: status, kind and comparison as
	 * their codes.
	 */
	private byte[] withCodes(byte[] workbook) throws IOException {
		try (Workbook book = open(workbook)) {
			Sheet sheet = book.getSheet(PlanWorkbookLayout.PLAN_SHEET);
			Map<String, Class<? extends Enum<?>>> columns = Map.of(PlanWorkbookLayout.STATUS, ItemStatus.class,
					PlanWorkbookLayout.TARGET_KIND, TargetKind.class, PlanWorkbookLayout.COMPARATOR,
					TargetComparator.class);
			for (Map.Entry<String, Class<? extends Enum<?>>> column : columns.entrySet()) {
				int index = PlanWorkbookLayout.PLAN_COLUMNS.indexOf(column.getKey());
				for (Row row : sheet) {
					if (row.getRowNum() > 0 && row.getCell(index) != null) {
						String label = row.getCell(index).getStringCellValue();
						row.getCell(index).setCellValue(code(column.getValue(), label));
					}
				}
			}
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static String code(Class type, String label) {
		return TestWorkbooks.code(type, label);
	}

	private List<String> column(Sheet sheet, String header) {
		int index = PlanWorkbookLayout.PLAN_COLUMNS.indexOf(header);
		return cells(sheet).stream()
			.skip(1)
			.map(row -> (index < row.size()) ? row.get(index) : "")
			.filter(value -> !value.isEmpty())
			.toList();
	}

	/**
	 * Exports the plan, imports the workbook as it is, exports the new plan and compares;
	 * answers the new plan.
	 */
	private long roundTrip(long planId) throws Exception {
		UserDetails office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		byte[] exported = export(office, planId);
		return roundTrip(planId, exported, exported);
	}

	/**
	 * Imports {@code uploaded}, exports the new plan in Chinese and compares it with
	 * {@code expected}.
	 */
	private long roundTrip(long planId, byte[] uploaded, byte[] exported) throws Exception {
		UserDetails office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		long importId = ImportRequests.upload(this.mvc, office, "导出.xlsx", uploaded);
		ImportForm form = this.testImports.storedForm(importId);
		this.mvc.perform(ImportRequests.formPost(office, importId, form, "save"))
			.andExpect(redirectedUrl("/imports/" + importId + "/progress"));
		PlanImport saved = this.testImports.waitUntilDone(importId);
		assertThat(saved.getState()).isEqualTo(PlanImport.State.SAVED);
		byte[] again = export(office, saved.getPlanId());
		try (Workbook before = open(exported); Workbook after = open(again)) {
			for (String sheet : PlanWorkbookLayout.SHEETS) {
				assertThat(cells(after.getSheet(sheet))).as(sheet).isEqualTo(cells(before.getSheet(sheet)));
			}
			assertThat(after.getSheet(PlanWorkbookLayout.PLAN_SHEET).getLastRowNum()).isGreaterThan(1);
		}
		return saved.getPlanId();
	}

	private byte[] export(UserDetails person, long planId) throws Exception {
		return export(person, planId, null);
	}

	private byte[] export(UserDetails person, long planId, String lang) throws Exception {
		var request = get("/plans/" + planId + "/export.xlsx").with(user(person));
		if (lang != null) {
			request.param("lang", lang);
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsByteArray();
	}

	/** Every cell as displayed; rows in order. */
	private List<List<String>> cells(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> values = new ArrayList<>();
			for (int c = 0; c < row.getLastCellNum(); c++) {
				values.add(this.formatter.formatCellValue(row.getCell(c)));
			}
			rows.add(values);
		}
		return rows;
	}

	private static Workbook open(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

}
