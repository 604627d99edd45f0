package org.leagueplan.account.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (OWASP ASVS 5.0 §6.2): 12 to 128 characters of any kind, Chinese included, counted as
 * typed; not one of the 10,000 most common passwords; not containing the username or the organisation's name. No
 * composition rules and no forced rotation.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final String COMMON_PASSWORDS = "security/common-passwords.txt";

	private final Set<String> commonPasswords;

	private final List<String> contextWords;

	PasswordPolicy(@Value("${leagueplan.security.context-words:}") List<String> contextWords) {
		this.commonPasswords = loadCommonPasswords();
		this.contextWords = contextWords.stream()
			.map(String::strip)
			.filter(word -> !word.isEmpty())
			.map(word -> word.toLowerCase(Locale.ROOT))
			.toList();
	}

	/**
	 * The message codes of the rules the password breaks, empty when it is acceptable.
	 */
	public List<String> violations(String password, String username) {
		List<String> codes = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			codes.add("password.length");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (this.commonPasswords.contains(lower)) {
			codes.add("password.common");
		}
		if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
			codes.add("password.containsUsername");
		}
		if (this.contextWords.stream().anyMatch(lower::contains)) {
			codes.add("password.containsOrganization");
		}
		return codes;
	}

	private static Set<String> loadCommonPasswords() {
		try (InputStream in = new ClassPathResource(COMMON_PASSWORDS).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.strip().toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
