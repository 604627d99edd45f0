package org.leagueplan.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an evidence file, read only when someone downloads it.
 */
@Entity
@Table(name = "evidence_content")
class EvidenceContent {

	@Id
	private Long evidenceId;

	private byte[] content;

	protected EvidenceContent() {
	}

	EvidenceContent(long evidenceId, byte[] content) {
		this.evidenceId = evidenceId;
		this.content = content;
	}

	public byte[] getContent() {
		return this.content;
	}

}
