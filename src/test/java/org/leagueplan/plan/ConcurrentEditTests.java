package org.leagueplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fifty people load the same item and save at the same moment: exactly one save wins, the
 * other 49 see the conflict page, and the stored version counts exactly the saves that
 * succeeded.
 * <p>
 * The pool's wait for a connection is raised for this test: the application answers 503
 * after two seconds without one, and on a busy CI machine fifty requests at once can wait
 * that long. What is tested here is the version check, not how fast the machine is.
 */
@SpringBootTest(properties = "spring.datasource.hikari.connection-timeout=30000")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class ConcurrentEditTests {

	private static final int PEOPLE = 50;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private PlanOutline outline;

	@Autowired
	private PlanItemRepository items;

	@Test
	void fiftySimultaneousSavesOfOneVersionLeaveExactlyOneWinner() throws Exception {
		PlanItem item = this.items.findById(this.plans.firstItem(this.plans.create(1, 1, 0)).id()).orElseThrow();
		long loaded = item.getVersion();
		UserDetails office = this.users.principal(this.users.create(Role.STAFF, Set.of(), true));
		ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			String heading = "同时保存 " + i;
			results.add(pool.submit(() -> {
				start.await();
				return this.mvc
					.perform(post("/items/{id}/edit", item.getId()).with(user(office))
						.with(csrf())
						.param("version", Long.toString(loaded))
						.param("sectionId", item.getSection().getId().toString())
						.param("heading", heading)
						.param("status", "IN_PROGRESS"))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		long saved = statuses.stream().filter((status) -> status == 302).count();
		assertThat(statuses).as("answers to the fifty saves").containsOnly(302, 409);
		assertThat(saved).isEqualTo(1);
		assertThat(this.outline.item(item.getId()).getVersion()).isEqualTo(loaded + saved);
	}

}
