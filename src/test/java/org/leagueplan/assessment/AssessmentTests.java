package org.leagueplan.assessment;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.leagueplan.supervision.TestReminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual assessment end to end: the worked example of docs/assessment.md with its
 * exact scores, the page and its refusals, the weights form, the downloads, and a number
 * of statements that does not grow with the plan.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class, TestReminders.class })
class AssessmentTests {

	/** The day of the worked example. */
	private static final LocalDate DAY = LocalDate.of(2026, 7, 31);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestProgress progress;

	@Autowired
	private TestReminders calendars;

	@Autowired
	private TestClock clock;

	@Autowired
	private Assessments assessments;

	@Autowired
	private WeightSettings weights;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Example example;

	@BeforeEach
	void earlyAugust() {
		this.clock.setTo(LocalDate.of(2026, 8, 5), LocalTime.of(10, 0));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theWorkedExampleScoresAsDocumented() {
		Example example = example();
		Assessment assessment = this.assessments.assess(example.plan.id(), DAY,
				Map.of(example.a.id(), new BigDecimal("0.8")));
		List<UnitScore> units = assessment.units();
		assertThat(units).extracting(UnitScore::unitId).containsExactly(example.a.id(), example.b.id(), example.c.id());
		assertThat(units).extracting(UnitScore::rank).containsExactly(1, 2, 3);
		assertThat(units).extracting(UnitScore::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("72.75"), new BigDecimal("58.33"), new BigDecimal("21.43"));

		UnitScore a = units.get(0);
		assertRates(a, "0.7", "0.8", "0.75", "0.75", "0.5", "1");
		assertPoints(a, "21.00", "8.00", "18.75", "7.50", "7.50", "10.00");
		assertThat(a.part(AssessmentPart.ON_TIME)).extracting(p -> p.count(), p -> p.of()).containsExactly(3, 4);
		assertThat(a.part(AssessmentPart.RETURNED)).extracting(p -> p.count(), p -> p.of()).containsExactly(1, 4);

		UnitScore b = units.get(1);
		assertRates(b, "0.5", null, "0.5", "1", "1", "0");
		assertPoints(b, "16.67", null, "13.89", "11.11", "16.67", "0.00");

		UnitScore c = units.get(2);
		assertRates(c, "0", null, "0", null, "1", null);
		assertPoints(c, "0.00", null, "0.00", null, "21.43", null);
	}

	@Test
	void theRankingPageShowsEachUnitsScoreAndPartsWithoutQuotas() throws Exception {
		Example example = example();
		String page = this.mvc
			.perform(get("/plans/{id}/assessment", example.plan.id()).param("day", DAY.toString())
				.with(user(person(Role.LEADER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// without quota rates A's weights with data make 90: 64.75 × 100 / 90 = 71.94
		assertThat(page).contains(example.a.name(), example.b.name(), example.c.name())
			.contains("71.94")
			.contains("58.33")
			.contains("21.43")
			.contains("无数据")
			.contains("比率 75.0%")
			.doesNotContain("??")
			.doesNotContain("id=\"assessment-weights\"");
		assertThat(page.indexOf(example.a.name())).isLessThan(page.indexOf(example.b.name()));
		assertThat(page.indexOf(example.b.name())).isLessThan(page.indexOf(example.c.name()));
		this.mvc
			.perform(get("/plans/{id}/assessment", example.plan.id()).param("day", DAY.toString())
				.with(user(person(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assessment-weights\"")));
	}

	@Test
	void theDayDefaultsToTodayWithinThePlansYear() throws Exception {
		Example example = example();
		this.mvc.perform(get("/plans/{id}/assessment", example.plan.id()).with(user(person(Role.LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-08-05\"")));
	}

	@Test
	void aDayOutsideThePlansYearOrNoDateIsRefusedWithAMessage() throws Exception {
		Example example = example();
		UserDetails leader = person(Role.LEADER);
		this.mvc.perform(get("/plans/{id}/assessment", example.plan.id()).param("day", "2025-12-31").with(user(leader)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("考评日“2025-12-31”不在本计划的年度（2026年）内。")));
		this.mvc
			.perform(
					get("/plans/{id}/assessment.xlsx", example.plan.id()).param("day", "2027-01-01").with(user(leader)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("2027-01-01")));
		this.mvc
			.perform(get("/plans/{id}/assessment", example.plan.id()).param("day", "31.7.2026")
				.param("lang", "en")
				.with(user(leader)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("cannot be read")));
	}

	@Test
	void theOfficeAndLeadersReadTheRankingStaffAndStrangersDoNot() throws Exception {
		Example example = example();
		this.mvc.perform(get("/plans/{id}/assessment", example.plan.id()).with(user(person(Role.STAFF))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/{id}/assessment.docx", example.plan.id()).with(user(person(Role.STAFF))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/{id}/assessment", example.plan.id()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/plans/{id}/assessment/weights", example.plan.id()).with(user(person(Role.LEADER))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/plans/{id}/assessment/weights", example.plan.id()).with(csrf())
				.with(user(person(Role.STAFF)))
				.params(weightsParams("40", "20", "20", "5", "10", "5", null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void weightsThatDoNotMakeHundredAreRefusedAndNothingIsSaved() throws Exception {
		Example example = example();
		UserDetails admin = person(Role.ADMIN);
		Long version = this.weights.version(example.plan.id());
		this.mvc
			.perform(post("/plans/{id}/assessment/weights", example.plan.id()).with(csrf())
				.with(user(admin))
				.params(weightsParams("40", "20", "20", "5", "10", "15", version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("六项权重合计为 110，须为 100。未保存。")));
		this.mvc
			.perform(post("/plans/{id}/assessment/weights", example.plan.id()).with(csrf())
				.with(user(admin))
				.param("lang", "en")
				.params(weightsParams("140", "-40", "x", "5", "10", "5", version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("At most 100.")))
			.andExpect(content().string(containsString("At least 0.")))
			.andExpect(content().string(containsString("Enter a whole number.")));
		assertThat(this.weights.of(example.plan.id())).isEqualTo(WORKED_WEIGHTS);
		assertThat(this.weights.version(example.plan.id())).isEqualTo(version);
	}

	@Test
	void theOfficeSetsTheWeightsAndTheChangeIsAudited() throws Exception {
		Example example = example();
		UserDetails admin = person(Role.ADMIN);
		this.mvc.perform(get("/plans/{id}/assessment/weights", example.plan.id()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"onTime\"")));
		Long version = this.weights.version(example.plan.id());
		this.mvc
			.perform(post("/plans/{id}/assessment/weights", example.plan.id()).with(csrf())
				.with(user(admin))
				.params(weightsParams("50", "10", "20", "5", "10", "5", version)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + example.plan.id() + "/assessment"));
		assertThat(this.weights.of(example.plan.id())).isEqualTo(new Weights(50, 10, 20, 5, 10, 5));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where kind = 'ASSESSMENT_WEIGHTS_CHANGED' and subject = ?",
				Long.class, "plan " + example.plan.id()))
			.isEqualTo(2);
	}

	@Test
	void aStaleSaveOfTheWeightsShowsTheConflictAndKeepsTheStoredOnes() throws Exception {
		Example example = example();
		UserDetails admin = person(Role.ADMIN);
		Long seen = this.weights.version(example.plan.id());
		// someone else saves first
		assertThat(this.weights.change(example.plan.id(), seen, new Weights(25, 25, 25, 5, 10, 10))).isTrue();
		this.mvc
			.perform(post("/plans/{id}/assessment/weights", example.plan.id()).with(csrf())
				.with(user(admin))
				.params(weightsParams("50", "10", "20", "5", "10", "5", seen)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"conflict-table\"")))
			.andExpect(content().string(containsString("按时报送")));
		assertThat(this.weights.of(example.plan.id())).isEqualTo(new Weights(25, 25, 25, 5, 10, 10));
		// saving what is stored with the old version is no conflict
		this.mvc
			.perform(post("/plans/{id}/assessment/weights", example.plan.id()).with(csrf())
				.with(user(admin))
				.params(weightsParams("25", "25", "25", "5", "10", "10", seen)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theWorkbookOpensAndHoldsTheRanking() throws Exception {
		Example example = example();
		byte[] file = this.mvc
			.perform(get("/plans/{id}/assessment.xlsx", example.plan.id()).param("day", DAY.toString())
				.with(user(person(Role.LEADER))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("assessment-" + example.plan.id())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet ranking = book.getSheet("考评排名");
			assertThat(ranking.getRow(0).getCell(1).getStringCellValue()).isEqualTo("单位");
			assertThat(ranking.getRow(0).getCell(3).getStringCellValue()).isEqualTo("事项完成比率");
			Row first = ranking.getRow(1);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo(example.a.name());
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(71.94);
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0.7);
			assertThat(first.getCell(5).getStringCellValue()).isEqualTo("无数据");
			assertThat(ranking.getRow(2).getCell(1).getStringCellValue()).isEqualTo(example.b.name());
			assertThat(ranking.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(21.43);
			assertThat(ranking.getPrintSetup().getLandscape()).isTrue();
			assertThat(book.getSheet("说明").getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026-07-31");
		}
	}

	@Test
	void theWordTableOpensInTheOfficialLayoutAndHoldsTheRanking() throws Exception {
		Example example = example();
		byte[] file = this.mvc
			.perform(get("/plans/{id}/assessment.docx", example.plan.id()).param("day", DAY.toString())
				.with(user(person(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".docx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("2026年度各单位考评排名");
			// A4 and the GB/T 9704 margins from the one layout
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
			XWPFTable table = document.getTables().get(0);
			assertThat(table.getRows()).hasSize(4);
			assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("单位");
			assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(example.a.name());
			assertThat(table.getRow(1).getCell(8).getText()).isEqualTo("71.94");
			assertThat(table.getRow(2).getCell(2).getText()).contains("16.67").contains("50.0%");
			assertThat(table.getRow(3).getCell(1).getText()).isEqualTo(example.c.name());
			assertThat(table.getRow(3).getCell(5).getText()).isEqualTo("无数据");
		}
	}

	@Test
	void thePlanPageLinksTheAssessmentForTheOfficeAndLeadersOnly() throws Exception {
		Example example = example();
		this.mvc.perform(get("/plans/{id}", example.plan.id()).with(user(person(Role.LEADER))))
			.andExpect(content().string(containsString("id=\"plan-assessment\"")));
		this.mvc.perform(get("/plans/{id}", example.plan.id()).with(user(person(Role.STAFF))))
			.andExpect(content().string(not(containsString("id=\"plan-assessment\""))));
	}

	@Test
	void theRankingAndExportsReadAFixedNumberOfStatementsWhateverThePlansSize() throws Exception {
		PlanRef small = this.plans.create(2, 3, 1);
		PlanRef large = this.plans.create(4, 15, 3);
		for (PlanRef plan : List.of(small, large)) {
			this.calendars.quarterly(plan.id(), 10);
			for (ItemRef item : this.plans.items(plan)) {
				TargetRef target = this.plans.targets(item).get(0);
				long report = this.progress.report(target.id(), plan.id(), new BigDecimal("3"), null,
						LocalDate.of(2026, 3, 1), "报送", null, at(LocalDate.of(2026, 3, 1)));
				this.progress.returnedReport(target.id(), plan.id(), new BigDecimal("4"), LocalDate.of(2026, 5, 1),
						null, at(LocalDate.of(2026, 5, 1)), at(LocalDate.of(2026, 5, 2)));
				long rectification = this.progress.rectification(item.id(), plan.id(), target.id(), report, "整改",
						LocalDate.of(2026, 9, 30), item.leadUnitId(), at(LocalDate.of(2026, 3, 2)));
				this.progress.acceptRectification(rectification, at(LocalDate.of(2026, 4, 1)));
			}
		}
		UserDetails leader = person(Role.LEADER);
		for (String path : List.of("/plans/%d/assessment?day=2026-07-31", "/plans/%d/assessment.xlsx?day=2026-07-31",
				"/plans/%d/assessment.docx?day=2026-07-31")) {
			long smallCount = statements(leader, path.formatted(small.id()));
			long largeCount = statements(leader, path.formatted(large.id()));
			assertThat(largeCount).as(path).isEqualTo(smallCount);
		}
	}

	private long statements(UserDetails person, String path) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(path).with(user(person))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	private static final Weights WORKED_WEIGHTS = new Weights(30, 10, 25, 10, 15, 10);

	/**
	 * The worked example of docs/assessment.md: a 2026 plan, quarterly reports due on the
	 * 10th, three units and four items, assessed on 31 July.
	 */
	private Example example() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		PlanRef plan = this.plans.plan(2026, "考评示例 " + tag, PlanStatus.ACTIVE);
		UnitRef a = this.plans.unit("甲单位");
		UnitRef b = this.plans.unit("乙单位");
		UnitRef c = this.plans.unit("丙单位");
		SectionRef section = this.plans.section(plan, null, "重点工作", 1);
		LocalDate february = LocalDate.of(2026, 2, 1);
		LocalDate yearEnd = LocalDate.of(2026, 12, 31);
		ItemRef a1 = this.plans.item(section, 1, "A1", "A1", a, Set.of(c), null, february, yearEnd,
				ItemStatus.IN_PROGRESS);
		ItemRef a2 = this.plans.item(section, 2, "A2", "A2", a, Set.of(), null, february, LocalDate.of(2026, 6, 30),
				ItemStatus.IN_PROGRESS);
		ItemRef b1 = this.plans.item(section, 3, "B1", "B1", b, Set.of(), null, february, yearEnd,
				ItemStatus.IN_PROGRESS);
		ItemRef c1 = this.plans.item(section, 4, "C1", "C1", c, Set.of(), null, february, yearEnd,
				ItemStatus.IN_PROGRESS);
		TargetRef ta1 = target(a1);
		TargetRef ta2 = target(a2);
		TargetRef tb1 = target(b1);
		target(c1);
		this.calendars.quarterly(plan.id(), 10);

		report(plan, ta1, "3", LocalDate.of(2026, 3, 20));
		report(plan, ta1, "10", LocalDate.of(2026, 7, 5));
		long a2Report = report(plan, ta2, "4", LocalDate.of(2026, 4, 20));
		this.progress.returnedReport(ta2.id(), plan.id(), new BigDecimal("6"), LocalDate.of(2026, 5, 5), null,
				at(LocalDate.of(2026, 5, 5)), at(LocalDate.of(2026, 5, 6)));
		long b1Report = report(plan, tb1, "5", LocalDate.of(2026, 4, 5));

		long closed = this.progress.rectification(a2.id(), plan.id(), ta2.id(), a2Report, "加快进度",
				LocalDate.of(2026, 6, 30), a.id(), at(LocalDate.of(2026, 4, 21)));
		this.progress.acceptRectification(closed, at(LocalDate.of(2026, 6, 1)));
		this.progress.rectification(b1.id(), plan.id(), tb1.id(), b1Report, "补齐短板", LocalDate.of(2026, 9, 30), b.id(),
				at(LocalDate.of(2026, 5, 1)));

		assertThat(this.weights.change(plan.id(), null, WORKED_WEIGHTS)).isTrue();
		this.example = new Example(plan, a, b, c);
		return this.example;
	}

	private TargetRef target(ItemRef item) {
		return this.plans.target(item, 1, "指标", TargetKind.COUNT, TargetComparator.AT_LEAST, BigDecimal.TEN, "个", null,
				null, null);
	}

	private long report(PlanRef plan, TargetRef target, String value, LocalDate day) {
		return this.progress.report(target.id(), plan.id(), new BigDecimal(value), null, day, "报送", null, at(day));
	}

	/** Ten in the morning of the day, in the committee's zone. */
	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(TestClock.COMMITTEE).toInstant();
	}

	private UserDetails person(Role role) {
		return this.users.principal(this.users.create(role, Set.of(), false));
	}

	private static org.springframework.util.MultiValueMap<String, String> weightsParams(String items, String quotas,
			String onTime, String returned, String overdue, String rectifications, Long version) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		params.add("items", items);
		params.add("quotas", quotas);
		params.add("onTime", onTime);
		params.add("returned", returned);
		params.add("overdue", overdue);
		params.add("rectifications", rectifications);
		if (version != null) {
			params.add("version", version.toString());
		}
		return params;
	}

	private static void assertRates(UnitScore unit, String... rates) {
		AssessmentPart[] parts = AssessmentPart.values();
		for (int i = 0; i < parts.length; i++) {
			BigDecimal rate = unit.part(parts[i]).rate();
			if (rates[i] == null) {
				assertThat(rate).as(unit.unitName() + " " + parts[i]).isNull();
			}
			else {
				assertThat(rate).as(unit.unitName() + " " + parts[i]).isEqualByComparingTo(rates[i]);
			}
		}
	}

	private static void assertPoints(UnitScore unit, String... points) {
		AssessmentPart[] parts = AssessmentPart.values();
		for (int i = 0; i < parts.length; i++) {
			BigDecimal value = unit.part(parts[i]).points();
			if (points[i] == null) {
				assertThat(value).as(unit.unitName() + " " + parts[i]).isNull();
			}
			else {
				assertThat(value).as(unit.unitName() + " " + parts[i]).isEqualByComparingTo(points[i]);
			}
		}
	}

	private record Example(PlanRef plan, UnitRef a, UnitRef b, UnitRef c) {
	}

}
