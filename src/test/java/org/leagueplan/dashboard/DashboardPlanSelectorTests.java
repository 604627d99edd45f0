package org.leagueplan.dashboard;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's plan selector offers the active plans; a draft only to whoever may edit
 * it (the plan-wide right), marked (草稿); an archived plan only while it is the plan on
 * show, marked (已归档).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class DashboardPlanSelectorTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Test
	void selectorListsActivePlansAndDraftsOnlyForTheirEditorsMarked() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		PlanRef active = plan("进行中的计划 " + tag, PlanStatus.ACTIVE);
		PlanRef draft = plan("草拟中的计划 " + tag, PlanStatus.DRAFT);
		PlanRef archived = plan("往年的计划 " + tag, PlanStatus.ARCHIVED);

		String leaderPage = page(loggedIn(Role.LEADER, false), active);
		assertThat(options(leaderPage, tag)).containsExactly(option(active, "进行中的计划 " + tag));
		String staffPage = page(loggedIn(Role.STAFF, false), active);
		assertThat(options(staffPage, tag)).containsExactly(option(active, "进行中的计划 " + tag));

		String officePage = page(loggedIn(Role.STAFF, true), active);
		assertThat(options(officePage, tag)).containsExactlyInAnyOrder(option(active, "进行中的计划 " + tag),
				option(draft, "草拟中的计划 " + tag + "（草稿）"));
		String adminPage = page(loggedIn(Role.ADMIN, false), active);
		assertThat(options(adminPage, tag)).contains(option(draft, "草拟中的计划 " + tag + "（草稿）"))
			.doesNotContain(option(archived, "往年的计划 " + tag + "（已归档）"));

		String archivedShown = page(loggedIn(Role.LEADER, false), archived);
		assertThat(options(archivedShown, tag)).containsExactlyInAnyOrder(option(active, "进行中的计划 " + tag),
				option(archived, "往年的计划 " + tag + "（已归档）"));
	}

	private PlanRef plan(String title, PlanStatus status) {
		return this.plans.plan(2030, title, status);
	}

	private static String page(WebClient browser, PlanRef plan) throws Exception {
		return browser.perform(get("/dashboard").param("plan", Long.toString(plan.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The selector's options naming this test's plans, as {@code id:text}. */
	private static java.util.List<String> options(String page, String tag) {
		String select = page.replaceAll("(?s).*<select[^>]*id=\"f-plan\"[^>]*>(.*?)</select>.*", "$1");
		java.util.List<String> options = new java.util.ArrayList<>();
		java.util.regex.Matcher option = java.util.regex.Pattern
			.compile("(?s)<option value=\"(\\d+)\"[^>]*>([^<]*)</option>")
			.matcher(select);
		while (option.find()) {
			if (option.group(2).contains(tag)) {
				options.add(option.group(1) + ":" + option.group(2));
			}
		}
		return options;
	}

	private static String option(PlanRef plan, String text) {
		return plan.id() + ":" + text;
	}

	private WebClient loggedIn(Role role, boolean planWideEditor) throws Exception {
		WebClient browser = new WebClient(this.mvc);
		browser.login(this.users.create(role, Set.of(), planWideEditor).username(), TestUsers.PASSWORD);
		return browser;
	}

}
