package org.leagueplan.account;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code leagueplan.security.admin-mfa-required=true} (the postgres profile's
 * default) an administrator without a second factor can do nothing but enrol; other roles
 * are not held up.
 */
@SpringBootTest(properties = "leagueplan.security.admin-mfa-required=true")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class AdminMfaRequiredTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void administratorWithoutSecondFactorMustEnrolFirst() throws Exception {
		WebClient admin = new WebClient(this.mvc);
		admin.login(this.users.create(Role.ADMIN, Set.of(), false).username(), TestUsers.PASSWORD);
		admin.perform(get("/plans")).andExpect(redirectedUrl("/account/mfa"));
		admin.perform(get("/admin/users")).andExpect(redirectedUrl("/account/mfa"));
		admin.perform(get("/account/mfa")).andExpect(status().isOk());

		WebClient staff = new WebClient(this.mvc);
		staff.login(this.users.create(Role.STAFF, Set.of(), false).username(), TestUsers.PASSWORD);
		staff.perform(get("/plans")).andExpect(status().isOk());
	}

}
