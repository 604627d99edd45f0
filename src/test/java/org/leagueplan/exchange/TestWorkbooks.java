package org.leagueplan.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The plan workbook as tests need it: a plan's workbook written without a request, and
 * the words it writes for statuses, kinds and comparisons.
 */
@TestComponent
public class TestWorkbooks {

	private final PlanWorkbooks workbooks;

	private final PlanWorkbookWriter writer;

	TestWorkbooks(PlanWorkbooks workbooks, PlanWorkbookWriter writer) {
		this.workbooks = workbooks;
		this.writer = writer;
	}

	/**
	 * The whole plan's workbook in Chinese, as {@code GET /plans/{planId}/export.xlsx}
	 * sends it.
	 */
	public void write(long planId, OutputStream out) throws IOException {
		this.writer.write(this.workbooks.prepare(planId, null, null), out);
	}

	public byte[] export(long planId) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(planId, out);
		return out.toByteArray();
	}

	/**
	 * The code ({@code IN_PROGRESS}) of a status, kind or comparison a workbook names by
	 * its label.
	 */
	public static <E extends Enum<E>> String code(Class<E> type, String label) {
		return labels().parse(type, label).orElseThrow().name();
	}

	/** The labels from the application's message bundles. */
	static WorkbookLabels labels() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new WorkbookLabels(messages);
	}

}
