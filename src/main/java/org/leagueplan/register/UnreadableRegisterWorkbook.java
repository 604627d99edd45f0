package org.leagueplan.register;

/**
 * A file that is not a register's workbook: not an xlsx, a zip bomb, no rows, headers
 * other than the export writes. Carries the message telling the person so.
 */
class UnreadableRegisterWorkbook extends RuntimeException {

	private final String code;

	private final Object[] arguments;

	UnreadableRegisterWorkbook(String code, Object... arguments) {
		super(code, null, false, false);
		this.code = code;
		this.arguments = arguments;
	}

	String code() {
		return this.code;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
