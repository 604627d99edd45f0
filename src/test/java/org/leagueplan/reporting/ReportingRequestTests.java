package org.leagueplan.reporting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.reporting.ReportingFixture.ExamplePlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may export and print, and what a person sees for a request that cannot be answered:
 * a 400 page in Chinese saying what to write, never a stack trace.
 */
@ReportingTest
class ReportingRequestTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReportingFixture fixture;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Test
	void leaderDownloadsAndPrintsEverything() throws Exception {
		ExamplePlan example = this.fixture.create();
		UserDetails leader = principal(Role.LEADER);
		this.mvc.perform(get("/plans/{id}/export.xlsx", example.id()).with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		this.mvc.perform(get("/plans/{id}/report.docx", example.id()).param("period", "2021-05").with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment;")));
		this.mvc.perform(get("/plans/{id}/print", example.id()).with(user(leader))).andExpect(status().isOk());
		this.mvc.perform(get("/plans/{id}/report", example.id()).param("period", "2021-Q2").with(user(leader)))
			.andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorsAreSentToLogin() throws Exception {
		ExamplePlan example = this.fixture.create();
		for (String path : new String[] { "/plans/{id}/export.xlsx", "/plans/{id}/report.docx", "/plans/{id}/print",
				"/plans/{id}/report" }) {
			this.mvc.perform(get(path, example.id())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void unreadablePeriodGetsAChineseMessageNotAStackTrace() throws Exception {
		ExamplePlan example = this.fixture.create();
		UserDetails staff = principal(Role.STAFF);
		for (String path : new String[] { "/plans/{id}/report", "/plans/{id}/report.docx" }) {
			this.mvc.perform(get(path, example.id()).param("period", "2021-13").with(user(staff)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("text/html"))
				.andExpect(content().string(allOf(containsString("请求有误"),
						containsString("报告期“2021-13”无法识别。请写成“2023-05”（月份）或“2023-Q2”（季度）的格式。"),
						not(containsString("Exception")), not(containsString("at org.")))));
		}
		this.mvc.perform(get("/plans/{id}/report", example.id()).param("period", "2021-Q5").with(user(staff)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/plans/{id}/report", example.id()).param("period", "<b>2021</b>").with(user(staff)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("&lt;b&gt;2021&lt;/b&gt;"), not(containsString("<b>")))));
	}

	@Test
	void periodOutsideThePlansYearIsRefused() throws Exception {
		ExamplePlan example = this.fixture.create();
		this.mvc
			.perform(get("/plans/{id}/report.docx", example.id()).param("period", "2024-Q1")
				.with(user(principal(Role.LEADER))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("报告期“2024-Q1”不在本计划的年度（2021年）内。")));
	}

	@Test
	void unreadableOrReversedExportDatesAreRefused() throws Exception {
		ExamplePlan example = this.fixture.create();
		UserDetails leader = principal(Role.LEADER);
		this.mvc.perform(get("/plans/{id}/export.xlsx", example.id()).param("from", "2021-02-30").with(user(leader)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(
					allOf(containsString("日期“2021-02-30”无法识别。请写成“2023-05-31”的格式。"), not(containsString("Exception")))));
		this.mvc
			.perform(get("/plans/{id}/export.xlsx", example.id()).param("from", "2021-07-01")
				.param("to", "2021-06-30")
				.with(user(leader)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("导出期间的开始日期（2021-07-01）晚于结束日期（2021-06-30）。")));
	}

	@Test
	void unknownPlanIsNotFound() throws Exception {
		UserDetails leader = principal(Role.LEADER);
		for (String path : new String[] { "/plans/{id}/export.xlsx", "/plans/{id}/report.docx", "/plans/{id}/print",
				"/plans/{id}/report" }) {
			this.mvc.perform(get(path, 987654321L).with(user(leader))).andExpect(status().isNotFound());
		}
	}

	@Test
	void reportWithoutPeriodCoversThisMonthOrTheLastMonthOfAPastPlan() throws Exception {
		UserDetails leader = principal(Role.LEADER);
		PlanRef current = this.plans.create(1, 1, 1);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		this.mvc.perform(get("/plans/{id}/report", current.id()).with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(today.getYear() + "年" + today.getMonthValue() + "月工作计划执行情况报告")));
		ExamplePlan past = this.fixture.create();
		this.mvc.perform(get("/plans/{id}/report", past.id()).with(user(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2021年12月工作计划执行情况报告")));
	}

	private UserDetails principal(Role role) {
		return this.users.principal(this.users.create(role, Set.of(), false));
	}

}
