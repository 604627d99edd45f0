package org.leagueplan.account.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ASVS 6.2: length 12 to 128 of any characters, common passwords refused, no username or organisation name inside,
 * and the password checked exactly as typed (no truncation as bcrypt's 72 bytes would do).
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(List.of("团区委", "leagueplan"));

	private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

	@Test
	void sixtyFourChineseCharactersAreAccepted() {
		String password = "青".repeat(64);
		assertThat(this.policy.violations(password, "zhangsan")).isEmpty();
		assertThat(this.encoder.matches(password, this.encoder.encode(password))).isTrue();
	}

	@Test
	void lengthIsCountedInCharactersAsTyped() {
		assertThat(this.policy.violations("十一个汉字的密码不够长", "u")).containsExactly("password.length");
		assertThat(this.policy.violations("十二个汉字的密码刚好够长了", "u")).isEmpty();
		assertThat(this.policy.violations("x".repeat(129), "u")).containsExactly("password.length");
		assertThat(this.policy.violations("x".repeat(128), "u")).isEmpty();
		assertThat(this.policy.violations("😀".repeat(12), "u")).isEmpty();
	}

	@Test
	void commonPasswordsAreRefusedInAnyCase() {
		assertThat(this.policy.violations("1qaz2wsx3edc", "u")).containsExactly("password.common");
		assertThat(this.policy.violations("1QAZ2WSX3EDC", "u")).containsExactly("password.common");
		assertThat(this.policy.violations("password", "u")).contains("password.common", "password.length");
	}

	@Test
	void usernameAndOrganizationNameAreRefusedInside() {
		assertThat(this.policy.violations("the-Zhangsan-password", "zhangsan")).containsExactly("password.containsUsername");
		assertThat(this.policy.violations("我在团区委工作已经很多年了", "lisi")).containsExactly("password.containsOrganization");
		assertThat(this.policy.violations("my LeaguePlan secret!", "lisi")).containsExactly("password.containsOrganization");
	}

	@Test
	void passwordsLongerThanSeventyTwoBytesAreNotTruncated() {
		String longPassword = "密".repeat(30) + "A";
		String sameStart = "密".repeat(30) + "B";
		String hash = this.encoder.encode(longPassword);
		assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(this.encoder.matches(longPassword, hash)).isTrue();
		assertThat(this.encoder.matches(sameStart, hash)).isFalse();
	}

	@Test
	void onlyArgon2HashesAreAccepted() {
		String bcrypt = "{bcrypt}$2a$10$dXJ3SW6G7P50lGmMkkmwe.20cQQubK3.HZWzG3YB1tlRy.fqvM/BG";
		assertThat(this.encoder.matches("password", bcrypt)).isFalse();
	}

}
