package org.leagueplan.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as Spring Security holds it in the session.
 */
final class AccountUser implements UserDetails {

	private final long id;

	private final String username;

	private final String displayName;

	private final String passwordHash;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final boolean oneTimePasswordExpired;

	private final boolean mfaEnabled;

	private final List<GrantedAuthority> authorities;

	/**
	 * The account as a session holds it; {@code now} decides whether its one-time
	 * password has expired.
	 */
	public AccountUser(UserAccount account, java.time.Instant now) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled();
		this.mustChangePassword = account.isMustChangePassword();
		this.oneTimePasswordExpired = account.isOneTimePasswordExpired(now);
		this.mfaEnabled = account.isMfaEnabled();
		this.authorities = account.getRoles()
			.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	public long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean isMfaEnabled() {
		return this.mfaEnabled;
	}

	/** A one-time password older than its validity no longer logs in. */
	@Override
	public boolean isCredentialsNonExpired() {
		return !this.oneTimePasswordExpired;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
