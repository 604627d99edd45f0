package org.leagueplan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.importing.ImportForm.ItemRow;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages end to end: upload the seed document, see the preview with its finds
 * marked and the two percentages flagged, be held back until they are dealt with, save in
 * the background, and find the plan; refusals save nothing; an import is only its
 * owner's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestImports.class })
class ImportFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestImports testImports;

	@Autowired
	private PlanImportRepository importRows;

	@Autowired
	private PlanQueries planQueries;

	@Autowired
	private ImportCleanup cleanup;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	private UserDetails office;

	@BeforeEach
	void createOfficeStaff() {
		this.office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
	}

	@Test
	void seedIsPreviewedHeldBackUntilPercentagesAreDealtWithThenSavedAsDraftPlan() throws Exception {
		long importId = upload(this.office, "2023年工作计划.txt", seed());
		this.mvc.perform(get("/imports/" + importId).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark class=\"mark-TARGET\"")))
			.andExpect(content().string(containsString("达30家以上")))
			.andExpect(content().string(containsString("id=\"import-errors\"")))
			.andExpect(content().string(not(containsString("温馨提示:</p>"))));
		long plansBefore = this.planQueries.plans().size();

		ImportForm form = this.testImports.storedForm(importId);
		this.mvc.perform(ImportRequests.formPost(this.office, importId, form, "save"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过 100")));
		assertThat(this.planQueries.plans()).hasSize((int) plansBefore);

		form = this.testImports.storedForm(importId);
		form.getItems().get(5).getTargets().get(0).setValue(new BigDecimal("30"));
		form.getItems().get(5).getTargets().get(1).setConfirmed(true);
		form.getItems().get(0).setHeading("开展党的群众路线教育实践活动（已更正）");
		this.mvc.perform(ImportRequests.formPost(this.office, importId, form, "save"))
			.andExpect(redirectedUrl("/imports/" + importId + "/progress"));
		PlanImport saved = this.testImports.waitUntilDone(importId);
		assertThat(saved.getState()).isEqualTo(PlanImport.State.SAVED);
		assertThat(saved.getItemsSaved()).isEqualTo(15);

		PlanData plan = this.planQueries.planData(saved.getPlanId());
		assertThat(plan.plan().year()).isEqualTo(2023);
		assertThat(plan.sections()).hasSize(5);
		assertThat(plan.sections().stream().filter(section -> section.parentId() != null)).hasSize(2);
		assertThat(plan.items()).hasSize(15);
		assertThat(plan.items().get(0).heading()).isEqualTo("开展党的群众路线教育实践活动（已更正）");
		assertThat(plan.targets()).extracting(PlanData.TargetRef::targetValue)
			.contains(new BigDecimal("30.00"), new BigDecimal("5.00"), new BigDecimal("20230.00"));
		assertThat(plan.targets()).filteredOn(target -> target.kind() == TargetKind.YES_NO).hasSize(3);
		assertThat(plan.milestones()).extracting(PlanData.MilestoneRef::dueDate)
			.contains(java.time.LocalDate.of(2023, 3, 5), java.time.LocalDate.of(2023, 12, 5));
		this.mvc.perform(get("/imports/" + importId).with(user(this.office)))
			.andExpect(redirectedUrl("/imports/" + importId + "/progress"));
		this.mvc.perform(get("/imports/" + importId + "/status").with(user(this.office)))
			.andExpect(content().string(containsString("\"plan\":\"/plans/" + saved.getPlanId() + "\"")));
	}

	@Test
	void itemsCanBeAddedToAnExistingPlan() throws Exception {
		PlanRef existing = this.plans.create(1, 1, 0);
		int itemsBefore = this.planQueries.planData(existing.id()).items().size();
		long importId = upload(this.office, "补充.txt", "一、补充工作\n1、年内新建团支部12个。\n2、开展青年志愿服务活动。\n");
		ImportForm form = this.testImports.storedForm(importId);
		form.setYear(existing.year());
		form.setIntoPlanId(existing.id());
		this.mvc.perform(ImportRequests.formPost(this.office, importId, form, "save"))
			.andExpect(status().is3xxRedirection());
		PlanImport saved = this.testImports.waitUntilDone(importId);
		assertThat(saved.getPlanId()).isEqualTo(existing.id());
		assertThat(this.planQueries.planData(existing.id()).items()).hasSize(itemsBefore + 2);
	}

	@Test
	void mergeAndSplitAreKeptBetweenRequests() throws Exception {
		long importId = upload(this.office, "计划.txt", "一、组织建设\n1、新建团支部12个。\n2、发展团员。\n\n二、宣传\n1、办好公众号。\n");
		this.mvc
			.perform(ImportRequests.formPost(this.office, importId, this.testImports.storedForm(importId), "merge:1"))
			.andExpect(redirectedUrl("/imports/" + importId + "#item-1"));
		ImportForm merged = this.testImports.storedForm(importId);
		assertThat(merged.getItems()).hasSize(2);
		assertThat(merged.getItems().get(0).getText()).isEqualTo("新建团支部12个。\n发展团员。");
		this.mvc.perform(ImportRequests.formPost(this.office, importId, merged, "split:0"))
			.andExpect(redirectedUrl("/imports/" + importId + "#item-0"))
			.andExpect(flash().attribute("failure", "import.split.noMark"));
		assertThat(this.testImports.storedForm(importId).getItems()).hasSize(2);
		ImportForm marked = this.testImports.storedForm(importId);
		marked.getItems().get(0).setText("新建团支部12个。\n\n发展团员20名。");
		this.mvc.perform(ImportRequests.formPost(this.office, importId, marked, "split:0"))
			.andExpect(flash().attributeCount(0));
		assertThat(this.testImports.storedForm(importId).getItems()).extracting(ItemRow::getHeading)
			.containsExactly("新建团支部12个", "发展团员20名", "办好公众号");
	}

	@Test
	void staleFormFromAnotherWindowIsShownNotSaved() throws Exception {
		long importId = upload(this.office, "计划.txt", "一、组织建设\n1、新建团支部12个。\n");
		ImportForm old = this.testImports.storedForm(importId);
		this.mvc.perform(
				ImportRequests.formPost(this.office, importId, this.testImports.storedForm(importId), "addTarget:0"));
		old.setTitle("另一个窗口的标题");
		this.mvc.perform(ImportRequests.formPost(this.office, importId, old, "save"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("另一个窗口中修改")))
			.andExpect(content().string(containsString("另一个窗口的标题")));
		assertThat(this.importRows.findById(importId).orElseThrow().getState()).isEqualTo(PlanImport.State.EDITING);
	}

	@Test
	void aFormCutShortOnTheWayIsNotKept() throws Exception {
		long importId = upload(this.office, "计划.txt", "一、组织建设\n1、新建团支部12个。\n2、发展团员。\n");
		ImportForm form = this.testImports.storedForm(importId);
		form.getItems().remove(1);
		this.mvc.perform(ImportRequests.formPost(this.office, importId, form, "save").with(request -> {
			request.removeParameter("complete");
			return request;
		}))
			.andExpect(redirectedUrl("/imports/" + importId))
			.andExpect(flash().attribute("failure", "import.form.incomplete"));
		assertThat(this.testImports.storedForm(importId).getItems()).hasSize(2);
		assertThat(this.importRows.findById(importId).orElseThrow().getState()).isEqualTo(PlanImport.State.EDITING);
	}

	@Test
	void anActionOutsideTheButtonsIsRefusedWithoutStoringAnything() throws Exception {
		long importId = upload(this.office, "计划.txt", "一、组织建设\n1、新建团支部12个。\n");
		long version = this.importRows.findById(importId).orElseThrow().getVersion();
		for (String action : java.util.List.of("${7*7}", "__${T(java.lang.Runtime).getRuntime()}__::.x",
				"merge:0\r\nX-Injected: 1", "merge:0#x", "drop:0", "merge:", "merge:999999", "save ")) {
			ImportForm form = this.testImports.storedForm(importId);
			form.setTitle("不应保存的标题");
			this.mvc.perform(ImportRequests.formPost(this.office, importId, form, action))
				.andExpect(status().isBadRequest());
		}
		assertThat(this.importRows.findById(importId).orElseThrow().getVersion()).isEqualTo(version);
		assertThat(this.testImports.storedForm(importId).getTitle()).isNotEqualTo("不应保存的标题");
		this.mvc
			.perform(ImportRequests.formPost(this.office, importId, this.testImports.storedForm(importId),
					"addTarget:0"))
			.andExpect(redirectedUrl("/imports/" + importId + "#item-0"));
	}

	@Test
	void unreadableInputsGiveAClearMessageAndSaveNothing() throws Exception {
		long before = this.importRows.count();
		refused(new MockMultipartFile("file", "空.txt", "text/plain", new byte[0]), null, "没有读到任何文字");
		refused(new MockMultipartFile("file", "图片.txt", "text/plain",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 }), null, "不是纯文本文件");
		refused(new MockMultipartFile("file", "计划.docx", "application/octet-stream", "不是压缩包".getBytes()), null,
				"不是有效的 Word 文档");
		refused(new MockMultipartFile("file", "计划.xlsx", "application/octet-stream", "不是压缩包".getBytes()), null,
				"不是有效的 Excel 工作簿");
		refused(new MockMultipartFile("file", "别的表格.xlsx", "application/octet-stream", otherWorkbook()), null,
				"不是本系统导出的计划工作簿：缺少“工作计划”");
		refused(new MockMultipartFile("file", "计划.pdf", "application/pdf", "%PDF-1.4".getBytes()), null, "不是可导入的类型");
		refused(null, "随便写的一段话，没有任何结构。", "没有找到“一、二、三”形式");
		refused(null, "一、只有标题\n", "没有找到事项");
		refused(null, "一、很多行\n" + "1、一行\n".repeat(50_000), "超过了 20000 行的上限");
		refused(null, "一、很多事项\n" + "1、一项\n".repeat(ImportChecks.MAX_ITEMS + 1), "一次最多导入 500 项");
		assertThat(this.importRows.count()).isEqualTo(before);
	}

	@Test
	void anImportIsOnlyItsOwnersAndNeedsThePlanWideRight() throws Exception {
		long importId = upload(this.office, "计划.txt", "一、组织建设\n1、新建团支部12个。\n");
		UserDetails otherOffice = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		this.mvc.perform(get("/imports/" + importId).with(user(otherOffice))).andExpect(status().isNotFound());
		this.mvc.perform(get("/imports/" + importId + "/status").with(user(otherOffice)))
			.andExpect(status().isNotFound());
		UserDetails unitStaff = this.users.principal(this.users.create(Role.STAFF, Set.of(), false));
		this.mvc.perform(get("/imports/new").with(user(unitStaff))).andExpect(status().isForbidden());
		this.mvc.perform(ImportRequests.formPost(unitStaff, importId, this.testImports.storedForm(importId), "save"))
			.andExpect(status().isForbidden());
	}

	@Test
	void importsUntouchedForAWeekAreRemovedAtNight() throws Exception {
		long old = upload(this.office, "旧.txt", "一、组织建设\n1、新建团支部12个。\n");
		long fresh = upload(this.office, "新.txt", "一、组织建设\n1、新建团支部12个。\n");
		this.jdbc.update("update plan_import set updated_at = updated_at - interval '8 days' where id = ?", old);
		this.cleanup.purge();
		assertThat(this.importRows.findById(old)).isEmpty();
		assertThat(this.importRows.findById(fresh)).isPresent();
	}

	private void refused(MockMultipartFile file, String text, String message) throws Exception {
		var request = multipart("/imports/new").with(user(this.office)).with(csrf());
		if (file != null) {
			request.file(file);
		}
		if (text != null) {
			request.param("text", text);
		}
		this.mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString(message)));
	}

	private long upload(UserDetails person, String name, String text) throws Exception {
		return ImportRequests.upload(this.mvc, person, name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** A workbook that is not a LeaguePlan export: one sheet of something else. */
	private static byte[] otherWorkbook() throws IOException {
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			book.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("名单");
			book.write(out);
			return out.toByteArray();
		}
	}

	private static String seed() throws IOException {
		try (InputStream in = new ClassPathResource("demo/2023-district-work-plan.txt").getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
