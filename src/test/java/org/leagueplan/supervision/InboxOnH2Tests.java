package org.leagueplan.supervision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup path: posting a notice twice leaves one entry on embedded H2 too (the
 * insert that skips a known key is written for both databases).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:leagueplan-h2-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"spring.datasource.username=sa", "spring.datasource.password=", "leagueplan.admin-password=h2-admin-password" })
class InboxOnH2Tests {

	@Autowired
	private Inbox inbox;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theSameKeyPostedTwiceLeavesOneEntryOnH2() {
		long admin = this.jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
		Notice notice = new Notice(admin, NoticeKind.BULLETIN, null, null, "十二月通报", null, "h2:bulletin");

		assertThat(this.inbox.post(notice)).isTrue();
		assertThat(this.inbox.post(notice)).isFalse();
		assertThat(this.inbox.unread(admin)).isEqualTo(1);
	}

}
