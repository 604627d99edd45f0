package org.leagueplan.importing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.internal.TestUsers;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.internal.Plan;
import org.leagueplan.plan.internal.TestPlans;
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
 * A plan exported to Excel and imported back becomes a plan whose own export is the same, cell by cell: sections,
 * subsections, items with their texts, units, owners, periods and statuses, targets with every field, milestones, and
 * the plan's year, organisation and preamble. Only the progress columns (latest value, light, last update) differ:
 * a new plan has no reports.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestImports.class })
class WorkbookRoundTripTests {

	private static final Set<String> PROGRESS_COLUMNS = Set.of(PlanWorkbookLayout.LATEST_VALUE,
			PlanWorkbookLayout.AS_OF, PlanWorkbookLayout.LIGHT, PlanWorkbookLayout.LAST_REPORTED);

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

	private void roundTrip(long planId) throws Exception {
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
			for (String sheet : List.of(PlanWorkbookLayout.PLAN_SHEET, PlanWorkbookLayout.MILESTONE_SHEET,
					PlanWorkbookLayout.INFO_SHEET)) {
				assertThat(cells(after.getSheet(sheet))).as(sheet).isEqualTo(cells(before.getSheet(sheet)));
			}
			assertThat(after.getSheet(PlanWorkbookLayout.PLAN_SHEET).getLastRowNum()).isGreaterThan(1);
		}
	}

	private byte[] export(UserDetails person, long planId) throws Exception {
		return this.mvc.perform(get("/plans/" + planId + "/export.xlsx").with(user(person)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** Every cell as displayed, the progress columns left out; rows in order. */
	private List<List<String>> cells(Sheet sheet) {
		List<Integer> skipped = new ArrayList<>();
		Row header = sheet.getRow(0);
		if (header != null) {
			for (Cell cell : header) {
				if (PROGRESS_COLUMNS.contains(this.formatter.formatCellValue(cell))) {
					skipped.add(cell.getColumnIndex());
				}
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> values = new ArrayList<>();
			for (int c = 0; c < row.getLastCellNum(); c++) {
				if (!skipped.contains(c)) {
					values.add(this.formatter.formatCellValue(row.getCell(c)));
				}
			}
			rows.add(values);
		}
		return rows;
	}

	private static Workbook open(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

}
