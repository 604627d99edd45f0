package org.leagueplan.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Evidence attached to a report or an item update: a file (its bytes kept in
 * {@code evidence_content}) or a link.
 */
@Entity
@Table(name = "evidence")
class Evidence {

	public static final String FILE = "FILE";

	public static final String LINK = "LINK";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reportId;

	private Long itemUpdateId;

	private String kind;

	private String fileName;

	private String contentType;

	private Long sizeBytes;

	private String url;

	private Instant createdAt;

	protected Evidence() {
	}

	static Evidence file(Long reportId, Long itemUpdateId, String fileName, String contentType, long size, Instant at) {
		Evidence evidence = new Evidence();
		evidence.reportId = reportId;
		evidence.itemUpdateId = itemUpdateId;
		evidence.kind = FILE;
		evidence.fileName = fileName;
		evidence.contentType = contentType;
		evidence.sizeBytes = size;
		evidence.createdAt = at;
		return evidence;
	}

	static Evidence link(Long reportId, Long itemUpdateId, String url, Instant at) {
		Evidence evidence = new Evidence();
		evidence.reportId = reportId;
		evidence.itemUpdateId = itemUpdateId;
		evidence.kind = LINK;
		evidence.url = url;
		evidence.createdAt = at;
		return evidence;
	}

	public Long getId() {
		return this.id;
	}

	public Long getReportId() {
		return this.reportId;
	}

	public Long getItemUpdateId() {
		return this.itemUpdateId;
	}

	public String getKind() {
		return this.kind;
	}

	public boolean isFile() {
		return FILE.equals(this.kind);
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public Long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getUrl() {
		return this.url;
	}

}
