package org.leagueplan.register;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a register's entries from Excel on PostgreSQL with a fixed clock: an exported
 * register imports back into another of the same shape as the same entries (through
 * review); rows with a bad date, an unknown unit, text in a number field or a unit not
 * the person's are flagged in the preview in Chinese and English, and confirming saves
 * nothing; a file that is no workbook, or has other headers, is told so and saves
 * nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class RegisterImportTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RegisterRepository registers;

	@Autowired
	private RegisterEntryRepository entries;

	private PlanRef plan;

	private ItemRef item;

	private List<TargetRef> targets;

	private long unit;

	private long otherUnit;

	private String unitName;

	private String otherUnitName;

	private UserDetails admin;

	private UserDetails staff;

	@BeforeEach
	void setUp() {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		this.plan = this.plans.create(1, 1, 2);
		this.item = this.plans.firstItem(this.plan);
		this.targets = this.plans.targets(this.item);
		this.unit = this.item.leadUnitId();
		this.unitName = this.jdbc.sql("select name from org_unit where id = ?")
			.param(this.unit)
			.query(String.class)
			.single();
		org.leagueplan.plan.PlanData.UnitRef other = this.plans.unit("其他单位");
		this.otherUnit = other.id();
		this.otherUnitName = other.name();
		this.admin = this.users.principal(this.users.create(Role.ADMIN, Set.of(), false));
		this.staff = this.users.principal(this.users.create(Role.STAFF, Set.of(this.unit), false));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private ResultActions as(UserDetails person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(person)));
	}

	/** A register on the n-th target with a number field 参与人数. */
	private long register(int n, String name) throws Exception {
		TargetRef target = this.targets.get(n);
		as(this.admin, post("/targets/{t}/register", target.id()).param("name", name))
			.andExpect(flash().attribute("message", "register.setUp.done"));
		long id = this.registers.findByTargetId(target.id()).orElseThrow().getId();
		as(this.admin,
				post("/registers/{r}/edit", id).param("name", name)
					.param("label", "参与人数")
					.param("kind", "NUMBER")
					.param("version", Long.toString(this.registers.findById(id).orElseThrow().getVersion())))
			.andExpect(flash().attribute("message", "register.settings.saved"));
		return id;
	}

	private long fieldOf(long registerId) {
		return this.jdbc.sql("select id from register_field where register_id = ?")
			.param(registerId)
			.query(Long.class)
			.single();
	}

	private long entryCount(long registerId) {
		return this.jdbc.sql("select count(*) from register_entry where register_id = ?")
			.param(registerId)
			.query(Long.class)
			.single();
	}

	private void make(UserDetails person, long registerId, String name, long unitId, LocalDate date, String place,
			String people) throws Exception {
		as(person,
				multipart("/registers/{r}/entries", registerId).param("name", name)
					.param("unitId", Long.toString(unitId))
					.param("entryDate", date.toString())
					.param("place", place)
					.param("description", "说明 " + name)
					.param("values[" + fieldOf(registerId) + "]", people))
			.andExpect(status().is3xxRedirection());
	}

	private static MockMultipartFile file(byte[] content, String name) {
		return new MockMultipartFile("file", name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				content);
	}

	private ResultActions upload(UserDetails person, Visit session, long registerId, MockMultipartFile file,
			String language) throws Exception {
		return session.send(person, multipart("/registers/{r}/import", registerId).file(file).param("lang", language));
	}

	private ResultActions confirm(UserDetails person, Visit session, long registerId, String language)
			throws Exception {
		return session.send(person, post("/registers/{r}/import/confirm", registerId).param("lang", language));
	}

	/**
	 * One person's visit: the session cookie (Spring Session's, which keeps the preview)
	 * sent back on every request.
	 */
	private final class Visit {

		private final java.util.Map<String, jakarta.servlet.http.Cookie> cookies = new java.util.HashMap<>();

		ResultActions send(UserDetails person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
			if (!this.cookies.isEmpty()) {
				request.cookie(this.cookies.values().toArray(jakarta.servlet.http.Cookie[]::new));
			}
			ResultActions actions = as(person, request);
			for (jakarta.servlet.http.Cookie cookie : actions.andReturn().getResponse().getCookies()) {
				this.cookies.put(cookie.getName(), cookie);
			}
			return actions;
		}

	}

	/**
	 * The entries of a register as comparable rows: name, unit, date, place, description,
	 * value.
	 */
	private List<String> rows(long registerId) {
		return this.entries.findAll()
			.stream()
			.filter(entry -> entry.getRegisterId() == registerId)
			.map(entry -> String.join("|", entry.getName(), Long.toString(entry.getUnitId()),
					entry.getEntryDate().toString(), String.valueOf(entry.getPlace()),
					String.valueOf(entry.getDescription())))
			.sorted()
			.toList();
	}

	private List<String> values(long registerId) {
		return this.jdbc
			.sql("select v.field_value from register_entry_value v join register_entry e on e.id = v.entry_id "
					+ "where e.register_id = ? order by v.field_value")
			.param(registerId)
			.query(String.class)
			.list();
	}

	@Test
	void anExportedRegisterImportsBackAsTheSameEntriesThroughReview() throws Exception {
		long source = register(0, "示范点台账");
		make(this.admin, source, "阳光社区示范点", this.unit, TODAY.minusDays(10), "阳光社区", "35");
		make(this.admin, source, "明月社区示范点", this.unit, TODAY.minusDays(3), "明月社区", "12");
		byte[] exported = as(this.admin, get("/registers/{r}/export.xlsx", source)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		long copy = register(1, "示范点台账（副本）");
		this.jdbc.sql("insert into plan_review_setting (plan_id, enabled, version) values (?, true, 0)")
			.param(this.plan.id())
			.update();
		as(this.staff, get("/registers/{r}", copy))
			.andExpect(content().string(containsString("id=\"register-import\"")));
		as(this.staff, get("/registers/{r}/import", copy)).andExpect(status().isOk())
			.andExpect(content().string(containsString("从Excel导入台账条目")));
		Visit session = new Visit();
		upload(this.staff, session, copy, file(exported, "台账.xlsx"), "zh_CN").andExpect(status().isOk())
			.andExpect(content().string(containsString("共2行，均通过检查")))
			.andExpect(content().string(containsString("阳光社区示范点")))
			.andExpect(content().string(containsString("class=\"table-responsive\"")));
		assertThat(entryCount(copy)).isZero();
		confirm(this.staff, session, copy, "zh_CN").andExpect(flash().attribute("message", "register.import.saved"));

		assertThat(rows(copy)).isEqualTo(rows(source)).hasSize(2);
		assertThat(values(copy)).isEqualTo(values(source)).containsExactly("12", "35");
		// through review, as a person's entries: waiting for a reviewer, trailed, audited
		assertThat(this.jdbc.sql("select distinct state from register_entry where register_id = ?")
			.param(copy)
			.query(String.class)
			.list()).containsExactly("PENDING");
		assertThat(this.jdbc
			.sql("select count(*) from register_entry_step s join register_entry e on e.id = s.entry_id "
					+ "where e.register_id = ? and s.action = 'MADE'")
			.param(copy)
			.query(Long.class)
			.single()).isEqualTo(2);
		// a second confirmation saves nothing more
		confirm(this.staff, session, copy, "zh_CN").andExpect(flash().attribute("problem", "register.import.expired"));
		assertThat(entryCount(copy)).isEqualTo(2);
	}

	/** A workbook with the export's Chinese headers and the given rows. */
	private static byte[] workbook(List<String> headers, List<List<String>> rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("台账");
			Row top = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				top.createCell(c).setCellValue(headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private static final List<String> HEADERS = List.of("名称", "所属单位", "日期", "地点/社区", "情况说明", "状态", "参与人数");

	@ParameterizedTest
	@ValueSource(strings = { "zh_CN", "en" })
	void flaggedRowsAreShownInThePersonsLanguageAndNothingIsSaved(String language) throws Exception {
		boolean zh = language.startsWith("zh");
		long registerId = register(0, "示范点台账");
		String day = TODAY.minusDays(1).toString();
		byte[] content = workbook(HEADERS, List.of(List.of("好的一行", this.unitName, day, "社区", "", "", "20"),
				List.of("日期不对", this.unitName, "2026-13-45", "", "", "", "20"),
				List.of("单位不明", "不存在的单位", day, "", "", "", "20"), List.of("人数不对", this.unitName, day, "", "", "", "很多"),
				List.of("别的单位", this.otherUnitName, day, "", "", "", "5"),
				List.of("明年", this.unitName, "2027-01-05", "", "", "", "5")));
		Visit session = new Visit();
		upload(this.staff, session, registerId, file(content, "bad.xlsx"), language).andExpect(status().isOk())
			.andExpect(content().string(containsString(zh ? "共6行，其中5行有问题" : "6 rows, 5 with problems")))
			.andExpect(content()
				.string(containsString(zh ? "日期“2026-13-45”无法识别" : "The date &quot;2026-13-45&quot; cannot be read")))
			.andExpect(content()
				.string(containsString(zh ? "没有名为“不存在的单位”的单位" : "There is no unit named &quot;不存在的单位&quot;")))
			.andExpect(content().string(containsString(zh ? "须填写数字" : "must be a number")))
			.andExpect(
					content().string(containsString(zh ? "只能为本人所在的单位登记" : "You may only register entries for a unit")))
			.andExpect(content()
				.string(containsString(zh ? "日期须在计划年度（2026年）内" : "The date must lie within the plan year (2026)")))
			.andExpect(content().string(containsString("id=\"import-row-2\"")))
			.andExpect(content().string(not(containsString(zh ? "请选择所属单位" : "Choose a unit."))));
		confirm(this.staff, session, registerId, language).andExpect(status().isOk())
			.andExpect(content().string(containsString(zh ? "未保存任何条目" : "no entry was saved")));
		assertThat(entryCount(registerId)).isZero();

		// the same rows, all good, are saved — by ADMIN, who may register for any unit,
		// at once
		byte[] good = workbook(HEADERS, List.of(List.of("好的一行", this.unitName, day, "社区", "", "", "20"),
				List.of("别的单位", this.otherUnitName, day, "", "", "", "5")));
		Visit adminSession = new Visit();
		upload(this.admin, adminSession, registerId, file(good, "good.xlsx"), language).andExpect(status().isOk());
		confirm(this.admin, adminSession, registerId, language)
			.andExpect(flash().attribute("message", "register.import.saved"));
		assertThat(this.jdbc.sql("select state from register_entry where register_id = ?")
			.param(registerId)
			.query(String.class)
			.list()).containsExactly("ACCEPTED", "ACCEPTED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh_CN", "en" })
	void aFileThatIsNoRegisterWorkbookIsToldSoAndSavesNothing(String language) throws Exception {
		boolean zh = language.startsWith("zh");
		long registerId = register(0, "示范点台账");
		Visit session = new Visit();
		upload(this.staff, session, registerId, file("名称,日期".getBytes(StandardCharsets.UTF_8), "list.csv"), language)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(zh ? "不是可读取的Excel工作簿" : "is not a readable Excel workbook")));
		upload(this.staff, session, registerId, file(new byte[0], "empty.xlsx"), language).andExpect(status().isOk())
			.andExpect(content().string(containsString(zh ? "没有可导入的行" : "has no rows to import")));
		// a zip that is no workbook
		java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipped)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
			zip.write("x".getBytes(StandardCharsets.UTF_8));
		}
		upload(this.staff, session, registerId, file(zipped.toByteArray(), "fake.xlsx"), language)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(zh ? "不是可读取的Excel工作簿" : "is not a readable Excel workbook")));
		byte[] otherHeaders = workbook(List.of("标题", "单位", "时间"), List.of(List.of("a", "b", "c")));
		upload(this.staff, session, registerId, file(otherHeaders, "other.xlsx"), language).andExpect(status().isOk())
			.andExpect(content()
				.string(containsString(zh ? "列名与台账导出格式不符：缺少“名称”列" : "the column &quot;Name&quot; is missing")))
			.andExpect(content().string(not(containsString("Exception"))));
		byte[] headersOnly = workbook(HEADERS, List.of());
		upload(this.staff, session, registerId, file(headersOnly, "headers.xlsx"), language).andExpect(status().isOk())
			.andExpect(content().string(containsString(zh ? "没有可导入的行" : "has no rows to import")));
		// nothing previewed: confirming is told so
		confirm(this.staff, session, registerId, language)
			.andExpect(flash().attribute("problem", "register.import.expired"));
		assertThat(entryCount(registerId)).isZero();
	}

	@Test
	void aPersonWhoMayNotAddEntriesMayNotImport() throws Exception {
		long registerId = register(0, "示范点台账");
		UserDetails outsider = this.users.principal(this.users.create(Role.STAFF, Set.of(this.otherUnit), false));
		as(outsider, get("/registers/{r}/import", registerId)).andExpect(status().isForbidden());
		as(outsider, multipart("/registers/{r}/import", registerId).file(file(workbook(HEADERS, List.of()), "x.xlsx")))
			.andExpect(status().isForbidden());
		as(outsider, get("/registers/{r}", registerId))
			.andExpect(content().string(not(containsString("id=\"register-import\""))));
	}

}
