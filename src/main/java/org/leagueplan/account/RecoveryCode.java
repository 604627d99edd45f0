package org.leagueplan.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-use recovery code for the second factor, kept only as a SHA-256 hash.
 */
@Entity
@Table(name = "mfa_recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long userId;

	private String codeHash;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(long userId, String codeHash) {
		this.userId = userId;
		this.codeHash = codeHash;
	}

	void use(Instant at) {
		this.usedAt = at;
	}

	public boolean isUsed() {
		return this.usedAt != null;
	}

	public String getCodeHash() {
		return this.codeHash;
	}

}
