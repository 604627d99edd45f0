package org.leagueplan.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: an authenticator app (TOTP) that a person enrols with a QR code, and
 * ten one-use recovery codes for when the phone is lost.
 */
@Service
@Transactional
class SecondFactor {

	static final String ISSUER = "LeaguePlan";

	static final int RECOVERY_CODES = 10;

	private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository users;

	private final RecoveryCodeRepository recoveryCodes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SecondFactor(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, ApplicationEventPublisher events,
			Clock clock) {
		this.users = users;
		this.recoveryCodes = recoveryCodes;
		this.events = events;
		this.clock = clock;
	}

	/** Starts (or restarts) enrolment: a new secret, not yet in force. */
	public Enrolment startEnrolment(long userId) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		String secret = Totp.newSecret();
		user.startMfaEnrolment(secret);
		String uri = Totp.otpauthUri(ISSUER, user.getUsername(), secret);
		return new Enrolment(secret, Totp.qrCodeDataUri(uri));
	}

	/** The enrolment in progress, shown again (e.g. after a wrong code). */
	@Transactional(readOnly = true)
	public Enrolment pendingEnrolment(long userId) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		if (user.getMfaSecret() == null || user.isMfaEnabled()) {
			return null;
		}
		String uri = Totp.otpauthUri(ISSUER, user.getUsername(), user.getMfaSecret());
		return new Enrolment(user.getMfaSecret(), Totp.qrCodeDataUri(uri));
	}

	/**
	 * Turns the second factor on when the code from the app matches; answers the recovery
	 * codes to show once, or nothing when the code was wrong.
	 */
	public List<String> confirmEnrolment(long userId, String code) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		if (user.getMfaSecret() == null || user.isMfaEnabled()) {
			return List.of();
		}
		OptionalLong step = Totp.matchingStep(user.getMfaSecret(), code, this.clock.instant(), null);
		if (step.isEmpty()) {
			return List.of();
		}
		user.enableMfa(step.getAsLong());
		List<String> codes = newRecoveryCodes(user.getId());
		this.events.publishEvent(AccountEvent.of("MFA_ENABLED", user.getUsername(), null));
		return codes;
	}

	public void disable(long userId) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		user.disableMfa();
		this.recoveryCodes.deleteByUserId(userId);
		this.events.publishEvent(AccountEvent.of("MFA_DISABLED", user.getUsername(), null));
	}

	/** Checks a code from the app, or a recovery code; each works once. */
	public boolean verify(long userId, String code) {
		UserAccount user = this.users.findById(userId).orElseThrow();
		if (!user.isMfaEnabled() || code == null) {
			return false;
		}
		OptionalLong step = Totp.matchingStep(user.getMfaSecret(), code, this.clock.instant(), user.getMfaLastStep());
		if (step.isPresent()) {
			user.acceptMfaStep(step.getAsLong());
			return true;
		}
		return this.recoveryCodes.findByUserIdAndCodeHashAndUsedAtIsNull(userId, hash(code)).map(recovery -> {
			recovery.use(this.clock.instant());
			return true;
		}).orElse(false);
	}

	private List<String> newRecoveryCodes(long userId) {
		this.recoveryCodes.deleteByUserId(userId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int j = 0; j < 10; j++) {
				code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
			}
			code.insert(5, '-');
			codes.add(code.toString());
			this.recoveryCodes.save(new RecoveryCode(userId, hash(code.toString())));
		}
		return codes;
	}

	static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(code.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the enrolment page shows: the secret to type in, and the same as a QR code.
	 */
	public record Enrolment(String secret, String qrCodeDataUri) {
	}

}
