package org.leagueplan.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ASVS 6.2: length 12 to 128 of any characters, no username or organisation name inside,
 * strong enough by the zxcvbn estimator with the committee's own words (each refusal
 * named by our own message codes), and the password checked exactly as typed (no
 * truncation as bcrypt's 72 bytes would do).
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(List.of("团区委", "leagueplan"));

	private final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();

	/**
	 * 64 different Chinese characters: a line of classical prose, as a person might
	 * choose.
	 */
	static final String SIXTY_FOUR_CHINESE = "庆历四年春滕子京谪守巴陵郡越明年政通人和百废具兴乃重修岳阳楼增其旧制刻唐贤今人诗赋于其上属予作文以记之予观夫巴陵胜状在洞庭一湖衔";

	@Test
	void sixtyFourChineseCharactersAreAccepted() {
		String password = SIXTY_FOUR_CHINESE;
		assertThat(password.codePointCount(0, password.length())).isEqualTo(64);
		assertThat(this.policy.violations(password, "zhangsan", "张三")).isEmpty();
		assertThat(this.encoder.matches(password, this.encoder.encode(password))).isTrue();
	}

	@Test
	void aStrongPassphraseIsAccepted() {
		assertThat(this.policy.violations("河边的柳树在春风里发芽了", "zhangsan", "张三")).isEmpty();
		assertThat(this.policy.violations("purple kettle on a windy bridge", "zhangsan", "Zhang San")).isEmpty();
		assertThat(this.policy.violations("Hk7#mPq2$vLw9x", "zhangsan", "张三")).isEmpty();
	}

	@Test
	void lengthIsCountedInCharactersAsTyped() {
		assertThat(this.policy.violations("十一个汉字的密码不够长", "u")).containsExactly("password.length");
		assertThat(this.policy.violations("十二个汉字的密码刚好够长了", "u")).isEmpty();
		assertThat(this.policy.violations(distinctChinese(129), "u")).containsExactly("password.length");
		assertThat(this.policy.violations(distinctChinese(128), "u")).isEmpty();
		assertThat(this.policy.violations("😀🎉🌸🍵🐼🚲📚🎈🌙⛰🍜🧧", "u")).isEmpty();
	}

	@Test
	void passwordsTheOldRuleAcceptedAreRefusedWithTheReasonInChinese() {
		assertThat(this.policy.violations("password1234", "lisi")).containsExactly("password.weak", "password.common");
		assertThat(this.policy.violations("qwertyuiop123", "lisi")).containsExactly("password.weak", "password.common");
		assertThat(this.policy.violations("tuanwei2023!!", "lisi")).containsExactly("password.containsOrganization");
		assertThat(this.policy.violations("gongqingtuan2024", "lisi")).contains("password.containsOrganization",
				"password.weak");
		assertThat(this.policy.violations("zhangsan2024", "zhangsan")).containsExactly("password.containsUsername",
				"password.weak", "password.weak.date");
		assertThat(this.policy.violations("zhangsan1234567", "zhangsan")).containsExactly("password.containsUsername",
				"password.weak", "password.common");
	}

	@Test
	void eachWeaknessIsNamed() {
		assertThat(this.policy.violations("abcdefghijklmn", "u")).containsExactly("password.weak",
				"password.weak.sequence");
		assertThat(this.policy.violations("mnbvcxzlkjhg", "lisi")).contains("password.weak", "password.weak.keyboard");
		assertThat(this.policy.violations("青".repeat(64), "u")).containsExactly("password.weak",
				"password.weak.repeat");
		assertThat(this.policy.violations("198705122019", "u")).contains("password.weak", "password.weak.date");
		assertThat(this.policy.violations("wangxiaoming88", "u", "Wangxiaoming")).contains("password.weak",
				"password.weak.name");
		assertThat(this.policy.violations("sunshinedragon", "u")).contains("password.weak");
	}

	@Test
	void commonPasswordsAreRefusedInAnyCase() {
		assertThat(this.policy.violations("1qaz2wsx3edc", "u")).containsExactly("password.weak", "password.common");
		assertThat(this.policy.violations("1QAZ2WSX3EDC", "u")).containsExactly("password.weak", "password.common");
		assertThat(this.policy.violations("password", "u")).contains("password.common", "password.length");
	}

	@Test
	void usernameAndOrganizationNameAreRefusedInside() {
		assertThat(this.policy.violations("the-Zhangsan-password", "zhangsan"))
			.containsExactly("password.containsUsername");
		assertThat(this.policy.violations("我在团区委工作已经很多年了", "lisi")).containsExactly("password.containsOrganization");
		assertThat(this.policy.violations("my LeaguePlan secret!", "lisi"))
			.containsExactly("password.containsOrganization");
		assertThat(this.policy.violations("我们共青团员都很热爱学习", "lisi")).containsExactly("password.containsOrganization");
	}

	/** {@code count} different CJK characters, no two neighbours in sequence. */
	private static String distinctChinese(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.appendCodePoint(0x4E00 + i * 37);
		}
		return text.toString();
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
