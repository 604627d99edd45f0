package org.leagueplan.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A background save that its instance never finished (killed mid-save) is offered again
 * at once and saves; a save another instance is running under a fresh lease is left
 * alone; two presses at once start one save.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class, TestImports.class })
class ImportSaveRecoveryTests {

	private static final String PLAN = "一、组织建设\n1、新建团支部12个。\n2、发展团员20名。\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestImports testImports;

	@Autowired
	private PlanImportRepository importRows;

	@Autowired
	private PlanQueries planQueries;

	@Autowired
	private ImportSaveLease lease;

	@Autowired
	private JdbcTemplate jdbc;

	private UserDetails office;

	@BeforeEach
	void createOfficeStaff() {
		this.office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
	}

	@Test
	void aSaveLeftBehindByAStoppedInstanceIsOfferedAgainAndSaves() throws Exception {
		long importId = upload("中断.txt");
		leftSaving(importId, "stopped-host:8080", Instant.now().minus(10, ChronoUnit.MINUTES));

		this.mvc.perform(get("/imports/" + importId + "/status").with(user(this.office)))
			.andExpect(jsonPath("$.state").value("FAILED"));
		this.mvc.perform(get("/imports/" + importId + "/progress").with(user(this.office)))
			.andExpect(content().string(containsString("上次保存被中断")));
		this.mvc.perform(get("/imports/" + importId).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上次保存被中断")))
			.andExpect(content().string(containsString("id=\"import-save\"")));

		this.mvc.perform(ImportRequests.formPost(this.office, importId, this.testImports.storedForm(importId), "save"))
			.andExpect(redirectedUrl("/imports/" + importId + "/progress"));
		PlanImport saved = this.testImports.waitUntilDone(importId);
		assertThat(saved.getState()).isEqualTo(PlanImport.State.SAVED);
		assertThat(saved.getItemsSaved()).isEqualTo(2);
		assertThat(this.planQueries.planData(saved.getPlanId()).items()).hasSize(2);
		assertThat(saved.getSaveRun()).isEqualTo(this.lease.run());
	}

	@Test
	void aSaveOfAnEarlierRunOfThisInstanceIsMarkedInterruptedAtStartUp() throws Exception {
		long importId = upload("重启.txt");
		leftSaving(importId, this.lease.instance(), Instant.now());
		this.lease.interruptEarlierRuns();
		PlanImport found = this.importRows.findById(importId).orElseThrow();
		assertThat(found.getState()).isEqualTo(PlanImport.State.FAILED);
		assertThat(found.getFailure()).isEqualTo(ImportSaveLease.INTERRUPTED);
		this.mvc.perform(get("/imports/" + importId).with(user(this.office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上次保存被中断")));
	}

	@Test
	void aSaveAnotherInstanceIsRunningIsLeftAlone() throws Exception {
		long importId = upload("另一实例.txt");
		String otherRun = leftSaving(importId, "other-host:8080", Instant.now());
		this.mvc.perform(get("/imports/" + importId).with(user(this.office)))
			.andExpect(redirectedUrl("/imports/" + importId + "/progress"));
		this.mvc.perform(ImportRequests.formPost(this.office, importId, this.testImports.storedForm(importId), "save"))
			.andExpect(redirectedUrl("/imports/" + importId + "/progress"));
		this.mvc.perform(get("/imports/" + importId + "/status").with(user(this.office)))
			.andExpect(jsonPath("$.state").value("SAVING"));
		PlanImport found = this.importRows.findById(importId).orElseThrow();
		assertThat(found.getState()).isEqualTo(PlanImport.State.SAVING);
		assertThat(found.getSaveRun()).isEqualTo(otherRun);
	}

	@Test
	void twoPressesAtOnceOnAnInterruptedSaveStartOneSave() throws Exception {
		long importId = upload("两次.txt");
		leftSaving(importId, "stopped-host:8080", Instant.now().minus(10, ChronoUnit.MINUTES));
		ImportForm form = this.testImports.storedForm(importId);
		int plansBefore = this.planQueries.plans().size();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService presses = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(presses.submit(() -> {
					together.await();
					return this.mvc.perform(ImportRequests.formPost(this.office, importId, form, "save"))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			presses.shutdownNow();
		}
		PlanImport saved = this.testImports.waitUntilDone(importId);
		assertThat(saved.getState()).isEqualTo(PlanImport.State.SAVED);
		assertThat(this.planQueries.plans()).hasSize(plansBefore + 1);
	}

	/**
	 * The row as a save killed mid-way leaves it: saving, 1 of 2 items, held by that
	 * instance's run.
	 */
	private String leftSaving(long importId, String instance, Instant heardAt) {
		String run = java.util.UUID.randomUUID().toString();
		this.jdbc.update(
				"update plan_import set state = 'SAVING', items_total = 2, items_saved = 1, save_instance = ?,"
						+ " save_run = ?, save_heartbeat_at = ?, version = version + 1 where id = ?",
				instance, run, Timestamp.from(heardAt), importId);
		return run;
	}

	private long upload(String name) throws Exception {
		return ImportRequests.upload(this.mvc, this.office, name, PLAN.getBytes(StandardCharsets.UTF_8));
	}

}
