package org.leagueplan.register;

import java.time.LocalDate;
import java.util.Map;

/**
 * An entry as given — by a person's form or a row of an imported workbook — before the
 * rules ({@link EntryRules}) take it: the unit by id ({@code null} when none or unknown),
 * the register's own fields' values by field id.
 */
record EntryInput(String name, Long unitId, LocalDate entryDate, String place, String description,
		Map<Long, String> values) implements java.io.Serializable {

	EntryInput {
		values = (values != null) ? Map.copyOf(values) : Map.of();
	}

}
