package org.leagueplan.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (OWASP ASVS 5.0 §6.2): 12 to 128 characters of any kind,
 * Chinese included, counted as typed; not containing the username or a name of the
 * organisation ({@link #COMMITTEE_WORDS} and the configured
 * {@code leagueplan.security.context-words}); and hard enough to guess: the zxcvbn
 * estimator (dictionaries of common passwords, words and names, l33t, keyboard patterns,
 * sequences, repeats, dates), given the user's and the committee's own words, must score
 * it at least {@link #MIN_SCORE} of 4. No composition rules and no forced rotation.
 * <p>
 * Score 3 means zxcvbn estimates at least 10<sup>8</sup> guesses: out of reach online
 * (login throttling) and costly offline against Argon2id. Score 2 (10<sup>6</sup>) would
 * admit {@code tuanwei2023} and the like. zxcvbn has no Chinese dictionary, so a Chinese
 * passphrase is judged by its length and repetitions only.
 * <p>
 * A refusal says why with our own message codes (never zxcvbn's English feedback).
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/** The lowest zxcvbn score (0 to 4) a new password may have. */
	static final int MIN_SCORE = 3;

	/**
	 * Names of every league committee and of this product: refused inside a password
	 * wherever it runs.
	 */
	static final List<String> COMMITTEE_WORDS = List.of("leagueplan", "团委", "团区委", "区团委", "共青团", "tuanwei", "tuanquwei",
			"qutuanwei", "gongqingtuan", "youthleague", "youth league");

	private final List<String> contextWords;

	private final Zxcvbn estimator = new Zxcvbn();

	PasswordPolicy(@Value("${leagueplan.security.context-words:}") List<String> contextWords) {
		this.contextWords = Stream.concat(COMMITTEE_WORDS.stream(), contextWords.stream())
			.map(String::strip)
			.filter(word -> !word.isEmpty())
			.map(word -> word.toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
	}

	/**
	 * The message codes of the rules the password breaks, empty when it is acceptable.
	 */
	public List<String> violations(String password, String username) {
		return violations(password, username, null);
	}

	/**
	 * The message codes of the rules the password breaks, empty when it is acceptable;
	 * the person's display name counts as a word an attacker would try.
	 */
	public List<String> violations(String password, String username, String displayName) {
		Set<String> codes = new LinkedHashSet<>();
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			codes.add("password.length");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = lowerOrNull(username);
		if (name != null && lower.contains(name)) {
			codes.add("password.containsUsername");
		}
		if (this.contextWords.stream().anyMatch(lower::contains)) {
			codes.add("password.containsOrganization");
		}
		if (length <= MAX_LENGTH && !password.isEmpty()) {
			codes.addAll(weaknesses(password, name, lowerOrNull(displayName)));
		}
		return new ArrayList<>(codes);
	}

	/**
	 * Why the estimator finds the password easy to guess: nothing when it scores at least
	 * {@link #MIN_SCORE}.
	 */
	private List<String> weaknesses(String password, String username, String displayName) {
		List<String> userWords = new ArrayList<>(this.contextWords);
		if (username != null) {
			userWords.add(username);
		}
		if (displayName != null) {
			userWords.add(displayName);
		}
		Strength strength = this.estimator.measure(password, userWords);
		if (strength.getScore() >= MIN_SCORE) {
			return List.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		codes.add("password.weak");
		for (Match match : strength.getSequence()) {
			String code = reason(match, username, displayName);
			if (code != null) {
				codes.add(code);
			}
		}
		return new ArrayList<>(codes);
	}

	private static String reason(Match match, String username, String displayName) {
		Pattern pattern = match.pattern;
		if (pattern == Pattern.Dictionary) {
			String token = String.valueOf((match.matchedWord != null) ? match.matchedWord : match.token)
				.toLowerCase(Locale.ROOT);
			return switch (String.valueOf(match.dictionaryName)) {
				case "passwords" -> "password.common";
				case "user_inputs" -> token.equals(username) ? "password.containsUsername"
						: token.equals(displayName) ? "password.weak.name" : "password.containsOrganization";
				default -> "password.weak.word";
			};
		}
		return switch (pattern) {
			case Spatial -> "password.weak.keyboard";
			case Sequence -> "password.weak.sequence";
			case Repeat -> "password.weak.repeat";
			case Date, Regex -> "password.weak.date";
			default -> null;
		};
	}

	private static String lowerOrNull(String word) {
		return (word == null || word.isBlank()) ? null : word.strip().toLowerCase(Locale.ROOT);
	}

}
