package org.leagueplan.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Evidence attached to a report, an item update or a request to close an item (its step
 * in the closing trail): a file (its bytes kept in {@code evidence_content}) or a link.
 * Which files and links are accepted, and how they are stored, is
 * {@link EvidenceAttachments}'s to decide.
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

	private Long closingStepId;

	private Long registerEntryId;

	private String kind;

	private String fileName;

	private String contentType;

	private Long sizeBytes;

	private String url;

	private Instant createdAt;

	protected Evidence() {
	}

	/**
	 * What a piece of evidence belongs to: a report, an item update or the trail step of
	 * a closing request — one of them.
	 */
	record Owner(Long reportId, Long itemUpdateId, Long closingStepId, Long registerEntryId) {

		Owner(Long reportId, Long itemUpdateId, Long closingStepId) {
			this(reportId, itemUpdateId, closingStepId, null);
		}

		static Owner report(long reportId) {
			return new Owner(reportId, null, null);
		}

		static Owner itemUpdate(long itemUpdateId) {
			return new Owner(null, itemUpdateId, null);
		}

		static Owner closingStep(long closingStepId) {
			return new Owner(null, null, closingStepId);
		}

		static Owner registerEntry(long registerEntryId) {
			return new Owner(null, null, null, registerEntryId);
		}

	}

	static Evidence file(Long reportId, Long itemUpdateId, String fileName, String contentType, long size, Instant at) {
		return file(new Owner(reportId, itemUpdateId, null), fileName, contentType, size, at);
	}

	static Evidence file(Owner owner, String fileName, String contentType, long size, Instant at) {
		Evidence evidence = owned(owner, FILE, at);
		evidence.fileName = fileName;
		evidence.contentType = contentType;
		evidence.sizeBytes = size;
		return evidence;
	}

	static Evidence link(Long reportId, Long itemUpdateId, String url, Instant at) {
		return link(new Owner(reportId, itemUpdateId, null), url, at);
	}

	static Evidence link(Owner owner, String url, Instant at) {
		Evidence evidence = owned(owner, LINK, at);
		evidence.url = url;
		return evidence;
	}

	private static Evidence owned(Owner owner, String kind, Instant at) {
		Evidence evidence = new Evidence();
		evidence.reportId = owner.reportId();
		evidence.itemUpdateId = owner.itemUpdateId();
		evidence.closingStepId = owner.closingStepId();
		evidence.registerEntryId = owner.registerEntryId();
		evidence.kind = kind;
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

	public Long getClosingStepId() {
		return this.closingStepId;
	}

	public Long getRegisterEntryId() {
		return this.registerEntryId;
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
