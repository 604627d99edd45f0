package org.leagueplan.system;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leagueplan.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Running it as a service: probes, metrics and info for operators, one log line per
 * request with its id, a plain 503 while the database is away, and the nightly clean-up
 * (of form tokens: the plan module's FormSubmissionCleanupTests).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private java.time.Clock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void probesArePublicButSayOnlyUpOrDown() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("components"))));
		this.mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("\"db\"")));
	}

	@Test
	void metricsAndInfoAreForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator/prometheus").with(user("leader").roles("LEADER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		this.mvc.perform(get("/actuator/info").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void everyRequestIsLoggedOnceWithItsIdAndUser(CapturedOutput output) throws Exception {
		this.mvc.perform(get("/plans").header("X-Request-Id", "proxy-id-42").with(user("zhangsan").roles("LEADER")))
			.andExpect(header().string("X-Request-Id", "proxy-id-42"));
		assertThat(output.getOut()).containsPattern("GET /plans 200 \\d+ms");
		this.mvc.perform(get("/plans").header("X-Request-Id", "forged\r\nline").with(user("lisi").roles("LEADER")))
			.andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
	}

	@Test
	void unreachableDatabaseAnswersAPlain503() throws Exception {
		DatabaseOutage filter = new DatabaseOutage();
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/plans"), response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse res)
					throws ServletException {
				throw new ServletException(
						new CannotGetJdbcConnectionException("down", new SQLTransientConnectionException(
								"Connection is not available, request timed out after 2000ms")));
			}
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString()).contains("服务暂不可用").doesNotContain("Exception");
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");

		org.springframework.transaction.TransactionSystemException failedRollback = new org.springframework.transaction.TransactionSystemException(
				"Could not roll back", new java.sql.SQLException("Connection is closed"));
		failedRollback
			.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException("I/O error"));
		MockHttpServletResponse duringRollback = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/plans"), duringRollback, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse res) {
				throw failedRollback;
			}
		});
		assertThat(duringRollback.getStatus()).isEqualTo(503);

		MockHttpServletResponse closedUnderTransaction = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/plans"), closedUnderTransaction, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse res) {
				throw new org.springframework.orm.jpa.JpaSystemException(
						new RuntimeException("Unable to rollback against JDBC Connection",
								new java.sql.SQLException("Connection is closed")));
			}
		});
		assertThat(closedUnderTransaction.getStatus()).isEqualTo(503);

		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/plans"),
				new MockHttpServletResponse(), new MockFilterChain() {
					@Override
					public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse res) {
						throw new IllegalStateException("a bug, not an outage");
					}
				}))
			.isInstanceOf(IllegalStateException.class);
	}

}
