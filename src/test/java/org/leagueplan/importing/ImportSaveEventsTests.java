package org.leagueplan.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanUpdates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The background save goes through the event publication registry: a press publishes
 * {@link ImportSaveRequested}, whose publication is completed once the import is saved
 * (as the person who pressed, in the audit log); a save whose listener died before it
 * finished (an instance killed mid-save) stays an incomplete publication, is published
 * again as at a restart, and the import is saved exactly once, however often the event
 * arrives.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class, TestImports.class })
class ImportSaveEventsTests {

	private static final String PLAN = "一、组织建设\n1、新建团支部12个。\n2、发展团员20名。\n";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestImports testImports;

	@Autowired
	private PlanQueries planQueries;

	@MockitoSpyBean
	private PlanUpdates planUpdates;

	@Autowired
	private IncompleteEventPublications incompletePublications;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private Environment environment;

	@Autowired
	private JdbcTemplate jdbc;

	private UserDetails office;

	@BeforeEach
	void createOfficeStaff() {
		this.office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
	}

	@Test
	void aSaveCompletesItsEventPublicationAndIsAuditedAsThePersonWhoPressedSave() throws Exception {
		long importId = upload("事件.txt");
		save(importId);

		PlanImport saved = this.testImports.waitUntilDone(importId);
		assertThat(saved.getState()).isEqualTo(PlanImport.State.SAVED);
		assertThat(this.planQueries.planData(saved.getPlanId()).items()).hasSize(2);
		await("the publication of the save of import " + importId + " completed").atMost(PATIENCE)
			.until(() -> publications(importId, "completion_date is not null and status = 'COMPLETED'") == 1);
		assertThat(publications(importId, "completion_date is null")).isZero();
		assertThat(this.jdbc.queryForList("select actor from audit_event where kind = 'PLAN_IMPORTED' and subject = ?",
				String.class, "plan " + saved.getPlanId()))
			.containsExactly(this.office.getUsername());
	}

	@Test
	void aSaveWhoseListenerDiedIsPublishedAgainAtRestartAndSavesExactlyOnce() throws Exception {
		assertThat(this.environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart",
				Boolean.class))
			.isTrue();
		long importId = upload("崩溃.txt");
		int plansBefore = this.planQueries.plans().size();
		doThrow(new InstanceKilled()).doCallRealMethod().when(this.planUpdates).importDraft(any(), any(), any());

		save(importId);
		// the listener died mid-save: its publication stays incomplete, the import is
		// shown as interrupted
		await("the listener of import " + importId + " failed").atMost(PATIENCE)
			.until(() -> publications(importId, "completion_date is null and status = 'FAILED'") == 1);
		this.mvc.perform(get("/imports/" + importId + "/status").with(user(this.office)))
			.andExpect(jsonPath("$.state").value("FAILED"));
		assertThat(this.planQueries.plans()).hasSize(plansBefore);

		// what a restart does
		// (spring.modulith.events.republish-outstanding-events-on-restart)
		this.incompletePublications.resubmitIncompletePublications(publication -> true);
		PlanImport saved = this.testImports.waitUntilDone(importId);
		assertThat(saved.getState()).isEqualTo(PlanImport.State.SAVED);
		assertThat(this.planQueries.planData(saved.getPlanId()).items()).hasSize(2);
		await("the publication of import " + importId + " completed").atMost(PATIENCE)
			.until(() -> publications(importId, "completion_date is null") == 0);

		// the event again — another restart, a delivery twice: the saved import is left
		// as it is
		this.incompletePublications.resubmitIncompletePublications(publication -> true);
		this.transaction.executeWithoutResult(status -> this.events
			.publishEvent(new ImportSaveRequested(importId, saved.getVersion(), this.office.getUsername())));
		await("the second publication of import " + importId + " completed").atMost(PATIENCE)
			.until(() -> publications(importId, "completion_date is not null") == 2);
		assertThat(this.planQueries.plans()).hasSize(plansBefore + 1);
		assertThat(this.testImports.waitUntilDone(importId).getPlanId()).isEqualTo(saved.getPlanId());
	}

	/** The import's save-request publications that match the condition. */
	private int publications(long importId, String condition) {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where event_type = ? and " + "serialized_event like ? and "
						+ condition,
				Integer.class, ImportSaveRequested.class.getName(), "%\"importId\":" + importId + ",%");
	}

	private void save(long importId) throws Exception {
		this.mvc.perform(ImportRequests.formPost(this.office, importId, this.testImports.storedForm(importId), "save"))
			.andExpect(redirectedUrl("/imports/" + importId + "/progress"));
	}

	private long upload(String name) throws Exception {
		return ImportRequests.upload(this.mvc, this.office, name, PLAN.getBytes(StandardCharsets.UTF_8));
	}

	/** What a listener meets when its instance dies under it: nothing it catches. */
	private static final class InstanceKilled extends Error {

		InstanceKilled() {
			super("the instance was killed mid-save (simulated)");
		}

	}

}
