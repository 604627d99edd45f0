package org.leagueplan.reporting;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.reporting.ReportingFixture.ExamplePlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The print views: the whole plan as a document, and the progress report as HTML saying
 * what the Word file says, with a period picker; the plan page and the dashboard link to
 * them.
 */
@ReportingTest
class PrintViewTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReportingFixture fixture;

	@Autowired
	private TestUsers users;

	@Test
	void printedPlanHasTitlePreambleSectionsItemsUnitsTargetsAndLatestValues() throws Exception {
		ExamplePlan example = this.fixture.create();
		String page = page("/plans/" + example.id() + "/print");
		assertThat(page).contains("id=\"print-title\">" + example.plan().title() + "<")
			.contains(ReportingFixture.ORGANIZATION)
			.contains("导语第一段。\n导语第二段。")
			.contains("class=\"official-document\"")
			.contains("一、组织建设", "(一)基层团组织", "二、空的部分", "三、只有小节的部分", "(一)空小节")
			.contains("1.示范点建设", "全文：建设社区综合团委示范点30家以上。", "2.无指标事项", "1.团支部规范化")
			.contains(example.lead().name(), example.assisting().name(), "2021-01-01 ~ 2021-12-31")
			.contains("社区综合团委示范点", "≥30家", "最新：20家（截至2021-08-31）", "最新：已完成（截至2021-04-15）")
			.contains("light-RED", "2021-06-30 中期检查")
			.contains("状态灯按2021-12-31的进展判断。");
		assertThat(page.indexOf("一、组织建设")).isLessThan(page.indexOf("(一)基层团组织"));
		assertThat(page.indexOf("2.无指标事项")).isLessThan(page.indexOf("(一)基层团组织"));
		assertThat(page.indexOf("(一)基层团组织")).isLessThan(page.indexOf("二、空的部分"));
	}

	@Test
	void htmlReportSaysWhatTheWordFileSaysWithAPeriodPicker() throws Exception {
		ExamplePlan example = this.fixture.create();
		String page = page("/plans/" + example.id() + "/report?period=2021-Q2");
		assertThat(page).contains("id=\"report-title\">2021年第二季度工作计划执行情况报告<")
			.contains("现将2021年第二季度工作计划执行情况报告如下。")
			.contains("本计划共有工作事项3项。截至2021年6月30日，已完成0项，正常推进1项，滞后0项，严重滞后2项")
			.contains("一、组织建设", "1.示范点建设【严重滞后】", "社区综合团委示范点：目标≥30家，截至2021年5月31日为12家。", "进展情况：五月新建2家", "（一）基层团组织",
					"四、需要关注的事项", "2.无指标事项（严重滞后、已逾期；牵头单位：" + example.lead().name() + "）。")
			.contains("<option value=\"2021-05\">2021年5月</option>")
			.contains("<option value=\"2021-Q2\" selected=\"selected\">2021年第二季度</option>")
			.contains("href=\"/plans/" + example.id() + "/report.docx?period=2021-Q2\"")
			.contains("href=\"/plans/" + example.id() + "/export.xlsx?from=2021-04-01&amp;to=2021-06-30\"")
			.contains("data-print");
		assertThat(page.indexOf("1.示范点建设【严重滞后】")).isLessThan(page.indexOf("（一）基层团组织"));
		assertThat(page.indexOf("（一）基层团组织")).isLessThan(page.indexOf("二、空的部分"));
	}

	@Test
	void htmlReportHasTheRegisterAppendixOfThePeriodAsTheWordFile() throws Exception {
		ExamplePlan example = this.fixture.create();
		assertThat(page("/plans/" + example.id() + "/report?period=2021-Q2")).doesNotContain("id=\"report-appendix\"")
			.doesNotContain("附件：台账登记情况");
		this.fixture.register(example);
		String page = page("/plans/" + example.id() + "/report?period=2021-Q2");
		assertThat(page)
			.contains("id=\"report-appendix\"", "附件：台账登记情况", "（一）示范点台账（对应指标：社区综合团委示范点）", "<th scope=\"col\">名称</th>",
					"<th scope=\"col\">地点</th>", "class=\"table-responsive\"", "<td>城南社区示范点</td>",
					"<td>2021年4月20日</td>", "<td>城南社区</td>", "<td>城北社区示范点</td>", "<td>2021年6月30日</td>")
			.doesNotContain("七月示范点")
			.doesNotContain("待审示范点");
		assertThat(page.indexOf("四、需要关注的事项")).isLessThan(page.indexOf("附件：台账登记情况"));
		assertThat(page.indexOf("城南社区示范点")).isLessThan(page.indexOf("城北社区示范点"));
		String english = page("/plans/" + example.id() + "/report?period=2021-Q2&lang=en");
		assertThat(english).contains("Appendix: register entries", "示范点台账 (target: 社区综合团委示范点)",
				"<th scope=\"col\">Place</th>");
	}

	@Test
	void planPageAndDashboardLinkToExportsAndPrintViews() throws Exception {
		ExamplePlan example = this.fixture.create();
		String plan = page("/plans/" + example.id());
		assertThat(plan).contains("href=\"/plans/" + example.id() + "/print\"")
			.contains("href=\"/plans/" + example.id() + "/report\"")
			.contains("href=\"/plans/" + example.id() + "/export.xlsx\"");
		String dashboard = page("/dashboard?plan=" + example.id());
		assertThat(dashboard).contains("href=\"/plans/" + example.id() + "/report\"")
			.contains("href=\"/plans/" + example.id() + "/export.xlsx\"");
	}

	@Test
	void englishReportComesFromTheEnglishMessages() throws Exception {
		ExamplePlan example = this.fixture.create();
		String page = page("/plans/" + example.id() + "/report?period=2021-05&lang=en");
		assertThat(page).contains("Work plan progress report, 2021-05")
			.contains("Items needing attention")
			.doesNotContain("工作计划执行情况报告");
	}

	private String page(String path) throws Exception {
		UserDetails leader = this.users.principal(this.users.create(Role.LEADER, Set.of(), false));
		var response = this.mvc.perform(get(path).with(user(leader))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}
