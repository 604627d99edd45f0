package org.leagueplan.browser;

import java.io.IOException;
import java.util.Base64;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanQueries;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The print views printed by a real browser (Chromium's own PDF, as "print" makes it): A4
 * pages, every page numbered at its foot as 公文 are (— 1 —, — 2 — …), and none of the
 * screen's navigation or buttons on paper.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class PrintBrowserIT extends BrowserTest {

	/** A4 in PostScript points (210 × 297 mm). */
	private static final float A4_WIDTH = 595.3f;

	private static final float A4_HEIGHT = 841.9f;

	@Autowired
	private TestUsers users;

	@Autowired
	private PlanQueries plans;

	@Test
	void thePlanAndTheReportPrintOnNumberedA4Pages() throws IOException {
		long demo = this.plans.plans()
			.stream()
			.filter(plan -> plan.title().equals("2023年区团委工作计划"))
			.findFirst()
			.orElseThrow()
			.id();
		logIn(this.users.create(Role.LEADER, Set.of(), false).username(), TestUsers.PASSWORD);
		Chromium.waitFor(browser, By.cssSelector("form[action$='/logout']"));

		open("/plans/" + demo + "/print");
		Chromium.waitFor(browser, By.cssSelector(".official-document"));
		assertNumberedA4(print(), "2023年区团委工作计划");

		open("/plans/" + demo + "/report?period=2023-Q2");
		Chromium.waitFor(browser, By.cssSelector(".official-document"));
		assertNumberedA4(print(), "2023");
	}

	private static byte[] print() {
		PrintOptions options = new PrintOptions();
		options.setBackground(true);
		Pdf pdf = ((PrintsPage) browser).print(options);
		return Base64.getDecoder().decode(pdf.getContent());
	}

	/**
	 * Every page A4, its text ending in its own number between dashes; the first page
	 * names the document.
	 */
	private static void assertNumberedA4(byte[] pdf, String title) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(2);
			PDFTextStripper text = new PDFTextStripper();
			text.setSortByPosition(true); // top to bottom: the footer comes last
			for (int page = 1; page <= pages; page++) {
				PDRectangle size = document.getPage(page - 1).getMediaBox();
				assertThat(size.getWidth()).as("page %d width", page)
					.isCloseTo(A4_WIDTH, org.assertj.core.data.Offset.offset(1f));
				assertThat(size.getHeight()).as("page %d height", page)
					.isCloseTo(A4_HEIGHT, org.assertj.core.data.Offset.offset(1f));
				text.setStartPage(page);
				text.setEndPage(page);
				String onPage = text.getText(document).strip();
				assertThat(onPage).as("page %d", page).endsWith("— " + page + " —");
				assertThat(onPage).as("page %d", page).doesNotContain("退出登录", "打印");
				if (page == 1) {
					assertThat(onPage).contains(title);
				}
			}
		}
	}

}
