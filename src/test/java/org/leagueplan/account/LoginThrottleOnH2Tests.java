package org.leagueplan.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle on the zero-setup database (embedded H2 in PostgreSQL mode), as the
 * plan module's H2DatabaseTests start it: its counting holds under simultaneous attempts
 * there too.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:leagueplan-h2-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.datasource.username=sa", "spring.datasource.password=", "leagueplan.admin-password=h2-admin-password" })
class LoginThrottleOnH2Tests {

	@Autowired
	private LoginThrottle loginThrottle;

	@Test
	void loginThrottleLetsThroughFiveOfFortySimultaneousAttemptsOnH2() throws Exception {
		ExecutorService attackers = Executors.newFixedThreadPool(40);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> answers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String address = "192.0.2." + (i + 1);
			answers.add(attackers.submit(() -> {
				start.await();
				return this.loginThrottle.admitPassword("h2-throttled-account", address);
			}));
		}
		start.countDown();
		int admitted = 0;
		for (Future<Boolean> answer : answers) {
			admitted += answer.get(60, TimeUnit.SECONDS) ? 1 : 0;
		}
		attackers.shutdown();
		assertThat(admitted).isBetween(1, 5);
		assertThat(this.loginThrottle.admitPassword("h2-throttled-account", "192.0.2.200")).isFalse();
	}

}
