package org.leagueplan.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An audit line reads in the person's language and the committee's time zone: kinds as
 * labels, summaries stored as codes with numbers rendered by message keys, login failure
 * reasons named, user text shown as it was.
 */
class AuditTextsTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	AuditTextsTests() {
		this.messages.setBasename("messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	@Test
	void timesAreInTheCommitteesZone() {
		AuditTexts texts = new AuditTexts(this.messages, Locale.SIMPLIFIED_CHINESE, SHANGHAI);
		assertThat(texts.time(Instant.parse("2026-01-01T16:30:00Z"))).isEqualTo("2026-01-02 00:30:00");
	}

	@Test
	void kindsAndCodedSummariesReadInTheReadersLanguage() {
		AuditTexts chinese = new AuditTexts(this.messages, Locale.SIMPLIFIED_CHINESE, SHANGHAI);
		AuditTexts english = new AuditTexts(this.messages, Locale.ENGLISH, SHANGHAI);
		assertThat(chinese.kind("LOGIN_SUCCESS")).isEqualTo("登录成功");
		assertThat(english.kind("LOGIN_SUCCESS")).isEqualTo("Logged in");
		assertThat(chinese.kind("PLAN_IMPORTED")).isEqualTo("导入计划");
		String imported = AuditTexts.coded("auditDetail.imported", 1, 4, 7);
		assertThat(chinese.summary(imported)).isEqualTo("1个部分，4个事项，7个指标");
		assertThat(english.summary(imported)).isEqualTo("1 sections, 4 items, 7 targets");
		assertThat(chinese.summary("#auditDetail.cloned|2024|10|2|5|9")).isEqualTo("由2024年计划复制，指标提高10%：2个部分，5个事项，9个指标");
		assertThat(english.summary("#auditDetail.cloned|2024|10|2|5|9"))
			.isEqualTo("Copied from the 2024 plan, targets raised by 10%: 2 sections, 5 items, 9 targets");
		assertThat(chinese.summary("#auditDetail.historyImported|3|2|1")).isEqualTo("3条指标报送，2条事项更新，1个分期目标值");
		assertThat(chinese.summary("BadCredentialsException")).isEqualTo("用户名或密码错误");
		assertThat(chinese.summary("SomethingNewException")).isEqualTo("登录未通过");
		assertThat(chinese.summary("覆盖率: 3 @ 2026-01-31")).isEqualTo("覆盖率: 3 @ 2026-01-31");
		assertThat(chinese.summary(null)).isNull();
	}

	@Test
	void everyKindTheApplicationRecordsHasALabel() {
		AuditTexts chinese = new AuditTexts(this.messages, Locale.SIMPLIFIED_CHINESE, SHANGHAI);
		for (String kind : new String[] { "ACCESS_DENIED", "ACCOUNT_CREATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED",
				"ACCOUNT_UNLOCKED", "ACCOUNT_UPDATED", "LOGIN_FAILURE", "LOGIN_SUCCESS", "LOGIN_THROTTLED", "LOGOUT",
				"MFA_DISABLED", "MFA_ENABLED", "MFA_FAILURE", "MFA_SUCCESS", "PASSWORD_CHANGED", "PASSWORD_RESET",
				"SESSIONS_ENDED", "TARGET_REPORTED", "ITEM_UPDATED", "HISTORY_IMPORTED", "TARGET_PHASED",
				"STATUS_SETTINGS_CHANGED", "PLAN_CREATED", "PLAN_UPDATED", "PLAN_ARCHIVED", "PLAN_RESTORED",
				"PLAN_MOVED_UP", "PLAN_MOVED_DOWN", "PLAN_IMPORTED", "PLAN_IMPORTED_INTO", "PLAN_CLONED" }) {
			assertThat(chinese.kind(kind)).as(kind).isNotEqualTo(kind);
		}
	}

}
