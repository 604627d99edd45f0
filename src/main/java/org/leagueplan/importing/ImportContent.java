package org.leagueplan.importing;

import java.util.ArrayList;
import java.util.List;

import org.leagueplan.exchange.WorkbookHistory;
import org.leagueplan.importing.ParsedPlan.Mark;

/**
 * What an import keeps between requests: the source as the parser read it (the left pane
 * of the preview, with each find marked where it stands), the plan as the person corrects
 * it, and the progress history and planned values a workbook brought (empty for a
 * document).
 */
record ImportContent(List<Segment> source, ImportForm form, List<WorkbookHistory.Entry> history,
		List<WorkbookHistory.Planned> planned) {

	ImportContent {
		history = (history != null) ? history : List.of();
		planned = (planned != null) ? planned : List.of();
	}

	ImportContent(List<Segment> source, ImportForm form) {
		this(source, form, List.of(), List.of());
	}

	/** The same source and history with the form as now corrected. */
	ImportContent with(ImportForm corrected) {
		return new ImportContent(this.source, corrected, this.history, this.planned);
	}

	/** Whether a workbook brought any history or planned values. */
	boolean hasHistory() {
		return !this.history.isEmpty() || !this.planned.isEmpty();
	}

	/**
	 * A stretch of the source: the title, the preamble, a heading, an item, or text that
	 * was dropped as noise.
	 */
	record Segment(Kind kind, String label, String itemKey, List<Piece> pieces) {

		enum Kind {

			TITLE, PREAMBLE, SECTION, ITEM, DROPPED, ROW

		}

		static Segment plain(Kind kind, String label, String text) {
			return new Segment(kind, label, null, List.of(new Piece(text, null)));
		}

		/**
		 * An item's text cut into plain pieces and marked pieces; overlapping marks keep
		 * the first.
		 */
		static Segment item(String label, String itemKey, String text, List<Mark> marks) {
			List<Piece> pieces = new ArrayList<>();
			int at = 0;
			for (Mark mark : marks) {
				if (mark.start() < at || mark.end() > text.length()) {
					continue;
				}
				if (mark.start() > at) {
					pieces.add(new Piece(text.substring(at, mark.start()), null));
				}
				pieces.add(new Piece(text.substring(mark.start(), mark.end()), mark.kind()));
				at = mark.end();
			}
			if (at < text.length()) {
				pieces.add(new Piece(text.substring(at), null));
			}
			return new Segment(Kind.ITEM, label, itemKey, pieces);
		}

	}

	/**
	 * A piece of source text; {@code mark} says what the parser found in it, {@code null}
	 * for plain text.
	 */
	record Piece(String text, Mark.Kind mark) {
	}

}
