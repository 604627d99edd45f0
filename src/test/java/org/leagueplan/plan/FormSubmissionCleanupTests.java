package org.leagueplan.plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly clean-up of the form tokens that make a double submission harmless.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
class FormSubmissionCleanupTests {

	@Autowired
	private FormSubmissionRepository submissions;

	@Autowired
	private java.time.Clock clock;

	@Autowired
	private FormSubmissionCleanup cleanup;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void nightlyCleanupForgetsOldFormTokensOnlyAndTakesTheSharedLock() {
		this.submissions
			.save(new FormSubmission("old-token-" + System.nanoTime(), RecordRef.plan(1), this.clock.instant()));
		String old = this.jdbc.queryForObject(
				"select token from form_submission where token like 'old-token-%' order by token desc limit 1",
				String.class);
		this.jdbc.update("update form_submission set submitted_at = ? where token = ?",
				java.sql.Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)), old);
		String fresh = "fresh-token-" + System.nanoTime();
		this.submissions.save(new FormSubmission(fresh, RecordRef.plan(1), this.clock.instant()));
		this.cleanup.purge();
		assertThat(this.submissions.existsById(old)).isFalse();
		assertThat(this.submissions.existsById(fresh)).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'form-submission-cleanup'",
				Integer.class))
			.isEqualTo(1);
	}

}
