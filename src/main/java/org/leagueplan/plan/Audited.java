package org.leagueplan.plan;

/**
 * A plan record as the audit log names and describes it.
 */
interface Audited {

	/**
	 * {@code plan}, {@code section}, {@code item}, {@code target}, {@code milestone} or
	 * {@code unit}.
	 */
	String auditType();

	Long getId();

	/** The record's title or name. */
	String auditTitle();

	/** The record's fields, for "before" and "after". */
	String describe();

}
