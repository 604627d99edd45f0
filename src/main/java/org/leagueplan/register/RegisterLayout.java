package org.leagueplan.register;

import java.util.List;

/**
 * The one column layout of a register's workbook, written by {@link RegisterExport} and
 * read back by {@link RegisterWorkbookReader}: these fixed columns (headed by the
 * messages of these codes, in the person's language), then one column per own field,
 * headed by its label. The state column is written for the reader of the file and not
 * read back: an imported entry takes the review like any new entry.
 */
final class RegisterLayout {

	static final String NAME = "register.entry.name";

	static final String UNIT = "register.entry.unit";

	static final String DATE = "register.entry.date";

	static final String PLACE = "register.entry.place";

	static final String DESCRIPTION = "register.entry.description";

	static final String STATE = "register.entry.state";

	/** The fixed columns, in order; the own fields follow. */
	static final List<String> COLUMNS = List.of(NAME, UNIT, DATE, PLACE, DESCRIPTION, STATE);

	/** The fixed columns read back by an import, in order (all but the state). */
	static final List<String> READ_BACK = COLUMNS.stream().filter(code -> !STATE.equals(code)).toList();

	/** The columns an imported workbook must have. */
	static final List<String> REQUIRED = List.of(NAME, UNIT, DATE);

	private RegisterLayout() {
	}

}
