package org.leagueplan.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.leagueplan.progress.ReportRules.Violation;
import org.springframework.stereotype.Component;

/**
 * Importing a register's entries from a workbook, as plan imports do: the file read
 * ({@link RegisterWorkbookReader}) and every row checked by the rules of a person's entry
 * ({@link Registers#checkRows}) into a preview; confirmed, all rows are saved in one
 * transaction ({@link Registers#importRows}) — or, with any row flagged, none.
 */
@Component
class RegisterImports {

	private final Registers registers;

	private final RegisterReading reading;

	private final RegisterWorkbookReader reader;

	RegisterImports(Registers registers, RegisterReading reading, RegisterWorkbookReader reader) {
		this.registers = registers;
		this.reading = reading;
		this.reader = reader;
	}

	/**
	 * The preview of the file: every row with its problems; refused
	 * ({@link UnreadableRegisterWorkbook}) when the file is no register workbook.
	 */
	RegisterImport preview(long registerId, byte[] content, String fileName, Locale locale) {
		this.registers.checkEntries(this.registers.register(registerId));
		RegisterImport read = this.reader.read(registerId, content, fileName, this.reading.fields(registerId),
				this.reading.unitNames(), locale);
		return withRules(read, this.registers.checkRows(registerId, read.inputs()));
	}

	/**
	 * Saves the previewed rows, all or none.
	 * @return empty when saved; else the preview with the problems found now (nothing
	 * saved)
	 */
	Optional<RegisterImport> confirm(RegisterImport preview) {
		if (preview.flagged()) {
			return Optional.of(preview);
		}
		List<List<Violation>> violations = this.registers.importRows(preview.registerId(), preview.inputs());
		if (violations.stream().allMatch(List::isEmpty)) {
			return Optional.empty();
		}
		return Optional.of(withRules(preview, violations));
	}

	/**
	 * The rows with the rules' violations added to what the reading found; a field whose
	 * cell could not be read is not told again as missing.
	 */
	private static RegisterImport withRules(RegisterImport read, List<List<Violation>> violations) {
		List<RegisterImport.Row> rows = new ArrayList<>();
		for (int r = 0; r < read.rows().size(); r++) {
			RegisterImport.Row row = read.rows().get(r);
			List<RegisterImport.Problem> problems = new ArrayList<>(row.problems());
			Set<String> unread = problems.stream().map(RegisterImport.Problem::field).collect(Collectors.toSet());
			for (Violation violation : violations.get(r)) {
				RegisterImport.Problem problem = new RegisterImport.Problem(violation.field(), violation.code(),
						violation.arguments());
				if (!unread.contains(problem.field()) && !problems.contains(problem)) {
					problems.add(problem);
				}
			}
			rows.add(new RegisterImport.Row(row.number(), row.cells(), row.input(), problems));
		}
		return new RegisterImport(read.registerId(), read.fileName(), read.fieldLabels(), rows);
	}

}
