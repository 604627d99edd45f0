package org.leagueplan.supervision;

/**
 * What an inbox notice asks of its reader; each kind is named by the message
 * {@code inbox.kind.<KIND>}.
 */
public enum NoticeKind {

	/** A unit was given an item: its staff sign for it (签收). */
	SIGN_FOR,
	/** A report is due soon (临近提醒). */
	REPORT_DUE,
	/** A report is overdue (到期催办). */
	REPORT_OVERDUE,
	/** The office pressed an item by hand (催办). */
	PRESSED,
	/** A reviewer returned a report (退回). */
	REPORT_RETURNED,
	/** A report waits for the reader's review (待审核). */
	REVIEW_WAITING,
	/** A request to close an item waits for the reader's review (办结待审). */
	CLOSING_WAITING,
	/** A request to close an item was returned. */
	CLOSING_RETURNED,
	/** A rectification (整改) reported done waits for the reader's review. */
	RECTIFICATION_WAITING,
	/** A rectification reported done was returned. */
	RECTIFICATION_RETURNED,
	/** A rectification's deadline has passed (整改逾期催办). */
	RECTIFICATION_OVERDUE,
	/** The office issued a bulletin (情况通报). */
	BULLETIN,
	/** A leader's weekly digest. */
	DIGEST,
	/** A unit was given a quota of a target, or its amount changed (任务分解). */
	QUOTA_ASSIGNED;

	/**
	 * Whether it is about a rectification: opening it leads to the item's rectifications.
	 */
	public boolean aboutRectification() {
		return this == RECTIFICATION_WAITING || this == RECTIFICATION_RETURNED || this == RECTIFICATION_OVERDUE;
	}

}
