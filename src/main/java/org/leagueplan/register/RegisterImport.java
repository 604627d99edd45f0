package org.leagueplan.register;

import java.io.Serializable;
import java.util.List;

/**
 * A workbook read for import, kept in the person's session between the preview and the
 * confirmation: the own fields' labels (the columns after the fixed ones) and every row
 * with the values as written, the entry read from it and the problems found — the
 * reading's (a date or unit that cannot be read) and the rules' ({@link EntryRules}).
 */
record RegisterImport(long registerId, String fileName, List<String> fieldLabels,
		List<Row> rows) implements Serializable {

	RegisterImport {
		fieldLabels = List.copyOf(fieldLabels);
		rows = List.copyOf(rows);
	}

	/** A problem of a row, on a field, as a message code and its arguments. */
	record Problem(String field, String code, List<Object> arguments) implements Serializable {

		Problem {
			arguments = List.copyOf(arguments);
		}

		Object[] args() {
			return this.arguments.toArray();
		}

	}

	/**
	 * A row: its number in the sheet (1-based, as Excel shows it), its cells as written
	 * (fixed columns then own fields), the entry read from it, the problems found.
	 */
	record Row(int number, List<String> cells, EntryInput input, List<Problem> problems) implements Serializable {

		Row {
			cells = List.copyOf(cells);
			problems = List.copyOf(problems);
		}

		boolean flagged() {
			return !this.problems.isEmpty();
		}

	}

	boolean flagged() {
		return this.rows.stream().anyMatch(Row::flagged);
	}

	long flaggedCount() {
		return this.rows.stream().filter(Row::flagged).count();
	}

	List<EntryInput> inputs() {
		return this.rows.stream().map(Row::input).toList();
	}

}
