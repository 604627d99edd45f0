package org.leagueplan.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.leagueplan.system.PlainText;

/**
 * A person who logs in. The username is stored in lower case, so it is unique regardless
 * of case.
 */
@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String username;

	private String displayName;

	private String passwordHash;

	private boolean enabled = true;

	private boolean mustChangePassword;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_unit", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new HashSet<>();

	private boolean planWideEditor;

	private Instant lastLoginAt;

	private Instant passwordExpiresAt;

	private String mfaSecret;

	private boolean mfaEnabled;

	private Long mfaLastStep;

	private String email;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
		this.username = normalize(username);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = createdAt;
	}

	/**
	 * The one canonical form of a username, for storing, looking up, throttling and the
	 * audit log: Unicode NFKC (full-width letters and no-break spaces become plain ones),
	 * without surrounding white space, in lower case.
	 */
	public static String normalize(String username) {
		return java.text.Normalizer.normalize(username, java.text.Normalizer.Form.NFKC)
			.strip()
			.toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * A login name as typed, in its canonical form ({@link #normalize(String)}), or
	 * {@code null} when it holds characters no username may hold (control characters,
	 * line breaks: {@link PlainText#isAcceptableLine}). A missing name is the empty one.
	 */
	static String loginName(String typed) {
		if (typed == null) {
			return "";
		}
		if (!PlainText.isAcceptableLine(typed)) {
			return null;
		}
		String name = normalize(typed);
		return PlainText.isAcceptableLine(name) ? name : null;
	}

	/** The person chose a new password: any one-time password and its expiry are gone. */
	public void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
		this.passwordExpiresAt = null;
	}

	public void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	/**
	 * An administrator gave a one-time password: valid until {@code expiresAt}, to be
	 * changed at first login.
	 */
	void giveOneTimePassword(String hash, Instant expiresAt) {
		this.passwordHash = hash;
		this.mustChangePassword = true;
		this.passwordExpiresAt = expiresAt;
	}

	void update(String displayName, Set<Role> roles, Set<Long> unitIds, boolean planWideEditor) {
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.unitIds = new HashSet<>(unitIds);
		this.planWideEditor = planWideEditor;
	}

	/** Where reminders go by e-mail; {@code null} when the person has none. */
	public String getEmail() {
		return this.email;
	}

	void setEmail(String email) {
		this.email = (email == null || email.isBlank()) ? null : email.strip();
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void recordLogin(Instant at) {
		this.lastLoginAt = at;
	}

	void startMfaEnrolment(String secret) {
		this.mfaSecret = secret;
		this.mfaEnabled = false;
	}

	void enableMfa(long step) {
		this.mfaEnabled = true;
		this.mfaLastStep = step;
	}

	void disableMfa() {
		this.mfaSecret = null;
		this.mfaEnabled = false;
		this.mfaLastStep = null;
	}

	/**
	 * Remembers the time step of an accepted code, so that code is not accepted again.
	 */
	void acceptMfaStep(long step) {
		this.mfaLastStep = step;
	}

	public Long getMfaLastStep() {
		return this.mfaLastStep;
	}

	public boolean isOneTimePasswordExpired(Instant now) {
		return this.passwordExpiresAt != null && now.isAfter(this.passwordExpiresAt);
	}

	public boolean isActiveAdmin() {
		return this.enabled && this.roles.contains(Role.ADMIN);
	}

	public long getVersion() {
		return this.version;
	}

	public Set<Long> getUnitIds() {
		return Set.copyOf(this.unitIds);
	}

	public boolean isPlanWideEditor() {
		return this.planWideEditor;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public Instant getPasswordExpiresAt() {
		return this.passwordExpiresAt;
	}

	public String getMfaSecret() {
		return this.mfaSecret;
	}

	public boolean isMfaEnabled() {
		return this.mfaEnabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

}
