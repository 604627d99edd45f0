package org.leagueplan.security;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding 6 of the outside test: a NUL or another control character in a person's text
 * was a 500 on PostgreSQL. Now every form refuses it on the field (typeMismatch,
 * "含有不允许的控制字符"), keeps the input and saves nothing; a query parameter with one is a 400
 * page in Chinese; an upload's file name with one is cleaned, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class ControlCharacterTests {

	private static final String REFUSAL = "含有不允许的控制字符";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	private ItemRef item;

	private long planId;

	private TargetRef target;

	private WebClient staff;

	private WebClient admin;

	@BeforeEach
	void setUp() throws Exception {
		PlanRef plan = this.plans.create(1, 1, 1);
		this.planId = plan.id();
		this.item = this.plans.firstItem(plan);
		this.target = this.plans.targets(this.item).get(0);
		this.staff = new WebClient(this.mvc);
		this.staff.login(this.users.create(Role.STAFF, Set.of(), true).username(), TestUsers.PASSWORD);
		this.admin = new WebClient(this.mvc);
		this.admin.login(this.users.create(Role.ADMIN, Set.of(), false).username(), TestUsers.PASSWORD);
	}

	@Test
	void itemHeadingAndBodyWithNulAreRefusedOnTheFieldWithTheInputKept() throws Exception {
		ItemRef stored = this.plans.item(this.item.id());
		long version = this.plans.version(stored);
		for (String field : new String[] { "heading", "body" }) {
			String page = this.staff
				.perform(post("/items/{id}/edit", this.item.id()).with(csrf())
					.param("version", String.valueOf(version))
					.param("sectionId", Long.toString(stored.sectionId()))
					.param("heading", "heading".equals(field) ? "标题\u0000后半" : "标题")
					.param("body", "body".equals(field) ? "正文\u0001\n第二行" : "正文")
					.param("leadUnitId", stored.leadUnitId().toString())
					.param("status", stored.status().name()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("itemForm", field, "typeMismatch"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains(REFUSAL).contains("heading".equals(field) ? "后半" : "第二行");
		}
		assertThat(this.plans.version(stored)).isEqualTo(version);
	}

	@Test
	void targetNameAndMilestoneTitleWithControlCharactersAreRefused() throws Exception {
		long targetsBefore = rows("plan_target");
		this.staff
			.perform(post("/items/{id}/targets/new", this.item.id()).with(csrf())
				.param("token", "t-" + System.nanoTime())
				.param("name", "指标\u0000")
				.param("kind", "COUNT")
				.param("comparator", "AT_LEAST")
				.param("targetValue", "10"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("targetForm", "name", "typeMismatch"))
			.andExpect(content().string(containsString(REFUSAL)));
		assertThat(rows("plan_target")).isEqualTo(targetsBefore);
		long milestonesBefore = rows("plan_milestone");
		this.staff
			.perform(post("/items/{id}/milestones/new", this.item.id()).with(csrf())
				.param("token", "m-" + System.nanoTime())
				.param("title", "节点\u001b[31m")
				.param("dueDate", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("milestoneForm", "title", "typeMismatch"));
		assertThat(rows("plan_milestone")).isEqualTo(milestonesBefore);
	}

	@Test
	void reportAndUpdateNarrativesWithNulAreRefusedButTabsAndLineBreaksAreKept() throws Exception {
		long reportsBefore = rows("progress_report");
		this.staff
			.perform(multipart("/targets/{id}/progress", this.target.id()).with(csrf())
				.param("asOf", LocalDate.now().toString())
				.param("value", "10")
				.param("narrative", "进展\u0000"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "narrative", "typeMismatch"));
		assertThat(rows("progress_report")).isEqualTo(reportsBefore);
		long updatesBefore = rows("item_update");
		this.staff
			.perform(multipart("/items/{id}/updates", this.item.id()).with(csrf())
				.param("status", "IN_PROGRESS")
				.param("narrative", "进展\u0085"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("itemUpdateForm", "narrative", "typeMismatch"));
		assertThat(rows("item_update")).isEqualTo(updatesBefore);
		this.staff
			.perform(multipart("/items/{id}/updates", this.item.id()).with(csrf())
				.param("status", "IN_PROGRESS")
				.param("narrative", "第一行\r\n\t第二行"))
			.andExpect(status().is3xxRedirection());
		assertThat(rows("item_update")).isEqualTo(updatesBefore + 1);
	}

	@Test
	void aQueryParameterWithAControlCharacterIsA400PageInChinese() throws Exception {
		this.admin.perform(get("/admin/users").param("q", "adm\u0000in"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("控制字符")));
		this.staff.perform(get("/plans/{id}", this.planId).param("q", "\u0000")).andExpect(status().isBadRequest());
	}

	@Test
	void aPlanPastedFromWordKeepsItsBreaksForTheImportToRead() throws Exception {
		// a pasted plan is a source document: Word's vertical tabs and form feeds are
		// line breaks to the import
		String redirect = this.admin
			.perform(multipart("/imports/new").with(csrf()).param("text", "一、加强团的自身建设\u000B1. 强化基层组织建设。\f"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(redirect).matches("/imports/\\d+");
	}

	@Test
	void uploadFileNamesWithNulAreCleanedNotA500() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		long reportsBefore = rows("progress_report");
		this.staff
			.perform(multipart("/targets/{id}/progress", this.target.id())
				.file(new MockMultipartFile("files", "现场\u0000照片\u0085.png", "image/png", png))
				.with(csrf())
				.param("asOf", LocalDate.now().toString())
				.param("value", "10")
				.param("narrative", "进展"))
			.andExpect(status().is3xxRedirection());
		assertThat(rows("progress_report")).isEqualTo(reportsBefore + 1);
		String page = this.staff.perform(get("/targets/{id}/progress", this.target.id()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("现场_照片_.png").doesNotContain("\u0000");
		this.admin
			.perform(
					multipart("/imports/new")
						.file(new MockMultipartFile("file", "计划\u0000\u0001.txt", "text/plain",
								"一、加强团的自身建设\n1. 强化基层组织建设。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
						.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * How many rows the table holds (the tables of several modules: this test spans
	 * them).
	 */
	private long rows(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
