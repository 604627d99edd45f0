package org.leagueplan.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * There is no default password: the first admin gets the configured one, or a random
 * one-time password that is printed once and must be changed.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

	private final UserAccountRepository users = mock(UserAccountRepository.class);

	private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

	@Test
	void withoutConfiguredPasswordTheAdminGetsAPrintedOneTimePassword(CapturedOutput output) {
		UserAccount admin = bootstrap("");
		assertThat(admin.getUsername()).isEqualTo("admin");
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
		assertThat(admin.isMustChangePassword()).isTrue();
		String printed = output.getOut().replaceAll("(?s).*one-time password: (\\S+).*", "$1");
		assertThat(printed).hasSize(20);
		assertThat(this.encoder.matches(printed, admin.getPasswordHash())).isTrue();
	}

	@Test
	void configuredPasswordIsUsedAndNotPrinted(CapturedOutput output) {
		UserAccount admin = bootstrap("a-chosen-password");
		assertThat(admin.isMustChangePassword()).isFalse();
		assertThat(this.encoder.matches("a-chosen-password", admin.getPasswordHash())).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{argon2}$argon2id$");
		assertThat(output.getOut()).doesNotContain("a-chosen-password");
	}

	@Test
	void nothingIsCreatedWhenAccountsExist() {
		given(this.users.count()).willReturn(1L);
		new AdminBootstrap(this.users, this.encoder, "", java.time.Clock.systemUTC()).run(null);
		then(this.users).should(never()).save(any());
	}

	@Test
	void randomPasswordsDiffer() {
		assertThat(AdminBootstrap.randomPassword()).isNotEqualTo(AdminBootstrap.randomPassword());
	}

	private UserAccount bootstrap(String configuredPassword) {
		given(this.users.count()).willReturn(0L);
		new AdminBootstrap(this.users, this.encoder, configuredPassword, java.time.Clock.systemUTC()).run(null);
		ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
		then(this.users).should().save(saved.capture());
		return saved.getValue();
	}

}
