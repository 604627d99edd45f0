package org.leagueplan.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.TestPlans;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year-over-year view (同比) of a plan copied into a new year: this year's values on a
 * day against last year's on the same day and at its end, both years' targets and the
 * change, for everyone who sees the dashboard; a plan that is no copy says so; a day
 * outside the plan's year is refused with a message; and a number of SQL statements that
 * does not grow with the plan.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class })
class YearOverYearTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestProgress progress;

	@Autowired
	private PlanQueries queries;

	@Autowired
	private TestClock clock;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void aWorkedExampleComparesThisYearWithLastYearOnTheSameDayAndAtItsEnd() throws Exception {
		this.clock.setTo(LocalDate.of(2024, 1, 10), LocalTime.of(10, 0));
		long reporter = this.users.create(Role.STAFF, Set.of(), true).id();
		PlanRef source = this.plans.plan(2023, "2023年同比测试 " + tag(), PlanStatus.ACTIVE);
		SectionRef section = this.plans.section(source, null, "组织建设", 1);
		ItemRef item = this.plans.item(section, 1, "示范点建设", null, null, Set.of(), null, LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 12, 31), ItemStatus.IN_PROGRESS);
		TargetRef sites = this.plans.target(item, 1, "示范点", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("30"), "家", null, LocalDate.of(2023, 12, 31), null);
		TargetRef election = this.plans.target(item, 2, "换届", TargetKind.YES_NO, TargetComparator.AT_LEAST, null, null,
				null, LocalDate.of(2023, 12, 31), null);
		report(sites, source, "12", null, LocalDate.of(2023, 2, 28), reporter);
		report(sites, source, "31", null, LocalDate.of(2023, 12, 20), reporter);
		report(election, source, null, true, LocalDate.of(2023, 10, 1), reporter);

		PlanRef copy = cloneInto(source, 2024, "10");
		PlanData data = this.queries.planData(copy.id());
		TargetRef copiedSites = data.targets().stream().filter(t -> t.name().equals("示范点")).findFirst().orElseThrow();
		// a target added this year has no last year
		TargetRef added = this.plans.target(data.items().get(0), 3, "青年之家", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("5"), "个", null, LocalDate.of(2024, 12, 31), null);
		this.clock.setTo(LocalDate.of(2024, 7, 1), LocalTime.of(10, 0));
		report(copiedSites, copy, "15", null, LocalDate.of(2024, 2, 29), reporter);

		UserDetails leader = this.users.principal(this.users.create(Role.LEADER, Set.of(), false));
		String page = page(leader, "/plans/" + copy.id() + "/year-over-year?day=2024-02-29");
		// 29 February is compared with 28 February of last year
		assertThat(text(page, "yoy-against")).contains(source.title()).contains("2024-02-29").contains("2023-02-28");
		String sitesRow = row(page, copiedSites.id());
		assertThat(cell(sitesRow, "yoy-goal")).isEqualTo("≥33家");
		assertThat(cell(sitesRow, "yoy-value")).isEqualTo("15家");
		assertThat(cell(sitesRow, "yoy-last-value")).isEqualTo("12家");
		assertThat(cell(sitesRow, "yoy-change")).isEqualTo("+3 (+25%)");
		assertThat(cell(sitesRow, "yoy-last-final")).isEqualTo("31家");
		assertThat(cell(sitesRow, "yoy-last-goal")).isEqualTo("≥30家");
		assertThat(sitesRow).contains("badge light");
		String electionRow = row(page,
				data.targets().stream().filter(t -> t.name().equals("换届")).findFirst().orElseThrow().id());
		assertThat(cell(electionRow, "yoy-value")).isEqualTo("—");
		assertThat(cell(electionRow, "yoy-last-value")).isEqualTo("—");
		assertThat(cell(electionRow, "yoy-last-final")).isEqualTo("已完成");
		assertThat(cell(row(page, added.id()), "yoy-last-goal")).isEqualTo("本年新增");

		// in English too
		String english = page(leader, "/plans/" + copy.id() + "/year-over-year?day=2024-02-29&lang=en");
		assertThat(english).contains("Year over year").contains("Last year, same day").contains("New this year");

		// the dashboard and the plan page link to it
		assertThat(page(leader, "/dashboard?plan=" + copy.id())).contains("id=\"dashboard-year-over-year\"");
		assertThat(page(leader, "/plans/" + copy.id())).contains("id=\"plan-year-over-year\"");
		assertThat(page(leader, "/plans/" + source.id())).doesNotContain("id=\"plan-year-over-year\"");
	}

	@Test
	void aPlanThatIsNoCopySaysSoAndADayOutsideTheYearIsRefused() throws Exception {
		this.clock.setTo(LocalDate.of(2024, 3, 1), LocalTime.of(10, 0));
		PlanRef plan = this.plans.create(1, 1, 1);
		UserDetails leader = this.users.principal(this.users.create(Role.LEADER, Set.of(), false));
		String page = page(leader, "/plans/" + plan.id() + "/year-over-year");
		assertThat(page).contains("id=\"yoy-no-source\"").contains("本计划不是由上一年度计划复制而来");
		assertThat(page(leader, "/plans/" + plan.id() + "/year-over-year?lang=en"))
			.contains("This plan was not copied from an earlier year");

		assertThat(text(page(leader, "/plans/" + plan.id() + "/year-over-year?day=2023-05-01"), "yoy-day-error"))
			.isEqualTo("日期须在计划年度（2024年）之内，已按默认日期显示。");
		assertThat(text(page(leader, "/plans/" + plan.id() + "/year-over-year?day=2024-13-45"), "yoy-day-error"))
			.isEqualTo("日期格式不正确（应为“年-月-日”），已按默认日期显示。");
		assertThat(
				text(page(leader, "/plans/" + plan.id() + "/year-over-year?day=2099-01-01&lang=en"), "yoy-day-error"))
			.isEqualTo("The day must be in the plan's year (2024); the default day is shown.");
	}

	@Test
	void statementCountDoesNotGrowWithThePlan() throws Exception {
		this.clock.setTo(LocalDate.of(2024, 6, 1), LocalTime.of(10, 0));
		PlanRef small = this.plans.create(1, 1, 1);
		PlanRef large = this.plans.create(2, 5, 1);
		PlanRef smallCopy = cloneInto(small, 2025, "0");
		PlanRef largeCopy = cloneInto(large, 2025, "0");
		assertThat(this.queries.planData(largeCopy.id()).targets()).hasSize(10);
		UserDetails leader = this.users.principal(this.users.create(Role.LEADER, Set.of(), false));
		long smallCount = statements(leader, "/plans/" + smallCopy.id() + "/year-over-year?day=2025-03-01");
		long largeCount = statements(leader, "/plans/" + largeCopy.id() + "/year-over-year?day=2025-03-01");
		assertThat(largeCount).isEqualTo(smallCount);
	}

	private PlanRef cloneInto(PlanRef source, int year, String raise) throws Exception {
		UserDetails admin = this.users.principal(this.users.create(Role.ADMIN, Set.of(), false));
		String location = this.mvc
			.perform(post("/plans/{id}/next-year", source.id()).with(csrf())
				.with(user(admin))
				.param("year", Integer.toString(year))
				.param("title", year + "年复制 " + tag())
				.param("raisePercent", raise)
				.param("token", UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return this.queries.plan(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
	}

	private void report(TargetRef target, PlanRef plan, String value, Boolean done, LocalDate asOf, long reporter) {
		this.progress.report(target.id(), plan.id(), (value != null) ? new BigDecimal(value) : null, done, asOf, "报送",
				reporter, ZonedDateTime.of(asOf, LocalTime.of(10, 0), TestClock.COMMITTEE).toInstant());
	}

	private String page(UserDetails person, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long statements(UserDetails person, String path) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		page(person, path);
		return statistics.getPrepareStatementCount();
	}

	/** The text of the element with the id, tags taken out and spaces folded. */
	private static String text(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("element %s on the page", id).isNotNegative();
		int open = page.indexOf('>', start) + 1;
		String tag = page.substring(page.lastIndexOf('<', start) + 1, start).trim().split("\\s")[0];
		int close = page.indexOf("</" + tag + ">", open);
		return flatten(page.substring(open, close));
	}

	private static String row(String page, long targetId) {
		int start = page.indexOf("id=\"yoy-target-" + targetId + "\"");
		assertThat(start).as("row of target %d", targetId).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static String cell(String row, String cssClass) {
		int start = row.indexOf("class=\"" + cssClass);
		assertThat(start).as("cell %s", cssClass).isNotNegative();
		int open = row.indexOf('>', start) + 1;
		return flatten(row.substring(open, row.indexOf("</td>", open)));
	}

	private static String flatten(String html) {
		return org.springframework.web.util.HtmlUtils
			.htmlUnescape(html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
