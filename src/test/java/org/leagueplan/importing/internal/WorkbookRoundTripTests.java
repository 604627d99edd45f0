package org.leagueplan.importing.internal;

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
import org.leagueplan.account.internal.TestUsers;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.internal.Plan;
import org.leagueplan.plan.internal.PlanItem;
import org.leagueplan.plan.internal.Target;
import org.leagueplan.plan.internal.TestPlans;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.progress.internal.TestProgress;
import org.leagueplan.reporting.PlanWorkbookLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
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
 * A plan exported to Excel and imported back becomes a plan whose own export is the same, cell by cell, on every
 * sheet: sections, subsections, items with their texts, units, owners, periods and statuses, targets with every
 * field, their latest values, lights and last updates, the whole progress history (values, done flags, narratives,
 * reasons, corrective actions, evidence links, corrections, reporters and times, item status updates), milestones, the planned
 * values of time-phased targets, and the plan's year, organisation and preamble.
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
		long demo = this.planQueries.plans().stream()
			.filter(plan -> plan.title().equals("2023年区团委工作计划"))
			.findFirst()
			.orElseThrow()
			.id();
		roundTrip(demo);
	}

	@Test
	void ownersUnitsAndSeveralTargetsPerItemComeBackTheSame() throws Exception {
		long owner = this.users.create(Role.STAFF, Set.of(), false).getId();
		Plan plan = this.plans.create(2, 3, 2, List.of(owner));
		roundTrip(plan.getId());
	}

	@Test
	void theProgressHistoryComesBackTheSame() throws Exception {
		long reporter = this.users.create(Role.STAFF, Set.of(), false).getId();
		long leaver = this.users.disabled(Role.STAFF).getId();
		Plan plan = this.plans.create(1, 2, 2, List.of(reporter));
		int year = plan.getYear();
		PlanItem first = this.plans.items(plan).get(0);
		PlanItem second = this.plans.items(plan).get(1);
		Target counted = this.plans.targets(first).get(0);
		Target other = this.plans.targets(first).get(1);
		Target done = this.plans.target(second, 3, "换届完成", TargetKind.YES_NO, TargetComparator.EXACTLY, null, null,
				null, LocalDate.of(year, 6, 30), null);
		Instant january = LocalDate.of(year, 1, 31).atTime(9, 30, 15).atZone(org.leagueplan.TestClock.COMMITTEE).toInstant();
		long wrong = this.progress.report(counted.getId(), plan.getId(), new BigDecimal("30"), null,
				LocalDate.of(year, 1, 31), "一月填错了", reporter, january);
		this.progress.report(counted.getId(), plan.getId(), new BigDecimal("4.5"), null, LocalDate.of(year, 2, 28),
				"二月进展", null, null, null, leaver, january.plusSeconds(86400L * 28));
		this.progress.report(counted.getId(), plan.getId(), new BigDecimal("3"), null, LocalDate.of(year, 1, 31),
				"更正一月", "统计口径有误", "按季度复核", wrong, reporter, january.plusSeconds(86400L * 30));
		this.progress.report(other.getId(), plan.getId(), BigDecimal.ONE, null, LocalDate.of(year, 1, 15), null,
				"进度滞后", "加派人手", null, null, january.minusSeconds(3600));
		this.progress.report(done.getId(), plan.getId(), null, true, LocalDate.of(year, 1, 20), "已完成换届", reporter,
				january.plusSeconds(60));
		long started = this.progress.update(first.getId(), plan.getId(), ItemStatus.IN_PROGRESS, "已启动", reporter,
				january.minusSeconds(86400));
		this.progress.link(wrong, null, "https://example.org/news/1");
		this.progress.link(wrong, null, "http://example.org/photos?id=2");
		this.progress.link(null, started, "https://example.org/notice");
		this.progress.update(second.getId(), plan.getId(), ItemStatus.COMPLETED, "全部完成", leaver, january.plusSeconds(120));

		this.progress.planned(counted.getId(), plan.getId(), LocalDate.of(year, 3, 31), new BigDecimal("2.5"));
		this.progress.planned(counted.getId(), plan.getId(), LocalDate.of(year, 12, 31), BigDecimal.TEN);

		long copy = roundTrip(plan.getId());
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

	/** Exports the plan, imports the workbook as it is, exports the new plan and compares; answers the new plan. */
	private long roundTrip(long planId) throws Exception {
		UserDetails office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		byte[] exported = export(office, planId);
		long importId = ImportRequests.upload(this.mvc, office, "导出.xlsx", exported);
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
		return this.mvc.perform(get("/plans/" + planId + "/export.xlsx").with(user(person)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
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
