package org.leagueplan.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * How an audit line reads to a person: the kind as a label
 * ({@code auditKind.LOGIN_SUCCESS} = 登录成功), the time in the committee's zone, and a
 * summary stored as a message code with arguments ({@link #CODE_MARK}
 * {@code auditDetail.imported|1|4|7}) in the person's language. A summary stored as plain
 * text (user data, older lines) is shown as it is; a login failure's stored reason
 * ({@code BadCredentialsException}) has its own label.
 */
final class AuditTexts {

	/**
	 * Starts a summary that is a message code; its arguments follow, each after a
	 * {@code |}.
	 */
	static final String CODE_MARK = "#";

	private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Z][A-Za-z]*Exception");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	AuditTexts(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
	}

	/** A summary as a message code and its arguments, for storing. */
	static String coded(String code, Object... arguments) {
		StringBuilder summary = new StringBuilder(CODE_MARK).append(code);
		Arrays.stream(arguments).forEach(argument -> summary.append('|').append(argument));
		return summary.toString();
	}

	String kind(String kind) {
		return this.messages.getMessage("auditKind." + kind, null, kind, this.locale);
	}

	String time(java.time.Instant instant) {
		return TIME.format(instant.atZone(this.zone));
	}

	String summary(String summary) {
		if (summary == null) {
			return null;
		}
		if (summary.startsWith(CODE_MARK)) {
			String[] parts = summary.substring(CODE_MARK.length()).split("\\|", -1);
			Object[] arguments = Arrays.copyOfRange(parts, 1, parts.length);
			return this.messages.getMessage(parts[0], arguments, summary, this.locale);
		}
		if (EXCEPTION_NAME.matcher(summary).matches()) {
			return this.messages.getMessage("auditReason." + summary, null,
					this.messages.getMessage("auditReason.other", null, summary, this.locale), this.locale);
		}
		return summary;
	}

}
