package org.leagueplan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.importing.ImportContent.Piece;
import org.leagueplan.importing.ImportContent.Segment;
import org.leagueplan.importing.ImportForm.ItemRow;
import org.leagueplan.importing.ImportForm.TargetRow;
import org.leagueplan.importing.ParsedPlan.Mark;
import org.leagueplan.plan.PlanDraft;
import org.leagueplan.plan.PlanDraft.TargetDraft;
import org.leagueplan.plan.TargetKind;
import org.springframework.core.io.ClassPathResource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed document as the preview form shows it, the corrections a person makes there
 * (merge, split, confirm, correct) and the checks that hold the save back until
 * implausible values are dealt with.
 */
class ImportCorrectionsTests {

	private final PlanDocumentParser parser = new PlanDocumentParser(
			java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai")));

	private final ImportCorrections corrections = new ImportCorrections(this.parser);

	private final ImportChecks checks = new ImportChecks(Set.of("组织部"), Set.of("zhang"));

	private ImportContent content;

	private ImportForm form;

	@BeforeEach
	void readSeed() throws IOException {
		try (InputStream in = new ClassPathResource("demo/2023-district-work-plan.txt").getInputStream()) {
			this.content = ImportForms
				.fromParsed(this.parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), "共青团罗湖区委员会");
		}
		this.form = this.content.form();
	}

	@Test
	void seedBecomesThreeSectionsTwoSubsectionsAndFifteenItems() {
		assertThat(this.form.getSections()).extracting(ImportForm.SectionRow::getLabel)
			.containsExactly("一、", "二、", "三、", "(一)", "(二)");
		assertThat(this.form.getSections()).extracting(ImportForm.SectionRow::getParent)
			.containsExactly(null, null, null, 2, 2);
		assertThat(this.form.getItems()).hasSize(15);
		assertThat(this.form.getYear()).isEqualTo(2023);
		assertThat(this.form.getOrganization()).isEqualTo("共青团罗湖区委员会");
		assertThat(this.form.getItems().get(1).getTargets()).extracting(TargetRow::getValue)
			.containsExactly(new BigDecimal("30"));
	}

	@Test
	void sourcePaneMarksEachFindWhereItStandsAndKeepsDroppedNoise() {
		Segment second = this.content.source()
			.stream()
			.filter(segment -> "i2".equals(segment.itemKey()))
			.findFirst()
			.orElseThrow();
		assertThat(second.pieces()).filteredOn(piece -> piece.mark() == Mark.Kind.TARGET)
			.extracting(Piece::text)
			.containsExactly("达30家以上");
		assertThat(String.join("", second.pieces().stream().map(Piece::text).toList()))
			.isEqualTo(this.form.getItems().get(1).getText());
		Segment first = this.content.source().stream().filter(s -> "i1".equals(s.itemKey())).findFirst().orElseThrow();
		assertThat(first.pieces()).filteredOn(piece -> piece.mark() == Mark.Kind.PERIOD).isNotEmpty();
		assertThat(this.content.source()).filteredOn(segment -> segment.kind() == Segment.Kind.DROPPED)
			.anySatisfy(segment -> assertThat(segment.pieces().get(0).text()).contains("温馨提示"));
	}

	@Test
	void twoPercentagesAboveHundredHoldTheSaveBackUntilCorrectedOrConfirmed() {
		BeanPropertyBindingResult errors = check();
		assertThat(errors.getFieldErrors()).extracting(FieldError::getField)
			.containsExactly("items[5].targets[0].value", "items[5].targets[1].value");
		List<TargetRow> percentages = this.form.getItems().get(5).getTargets();
		percentages.get(0).setValue(new BigDecimal("30"));
		percentages.get(1).setConfirmed(true);
		assertThat(check().hasErrors()).isFalse();
		PlanDraft draft = ImportForms.toDraft(this.form, java.util.Map.of());
		List<TargetDraft> saved = draft.sections().get(0).items().get(5).targets();
		assertThat(saved).extracting(TargetDraft::kind, TargetDraft::value, TargetDraft::unit)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TargetKind.PERCENTAGE, new BigDecimal("30"), "%"),
					org.assertj.core.groups.Tuple.tuple(TargetKind.COUNT, new BigDecimal("20230"), "%"));
		assertThat(draft.itemCount()).isEqualTo(15);
		assertThat(draft.sections().get(2).subsections()).hasSize(2);
	}

	@Test
	void farYearsUnknownUnitsAndOwnersAndEmptyHeadingsAreFlagged() {
		this.form.getItems().get(5).getTargets().forEach(target -> target.setRemoved(true));
		ItemRow item = this.form.getItems().get(0);
		item.setLeadUnit("没有的单位");
		item.setOwner("nobody");
		item.setHeading(" ");
		item.setEnd(LocalDate.of(2040, 1, 1));
		assertThat(check().getFieldErrors()).extracting(FieldError::getField, FieldError::getCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("items[0].heading", "NotBlank"),
					org.assertj.core.groups.Tuple.tuple("items[0].leadUnit", "import.unit.unknown"),
					org.assertj.core.groups.Tuple.tuple("items[0].owner", "import.owner.unknown"),
					org.assertj.core.groups.Tuple.tuple("items[0].datesConfirmed", "import.dates.far"));
		item.setDatesConfirmed(true);
		item.setLeadUnit("组织部");
		item.setOwner("ZHANG");
		item.setHeading("开展党的群众路线教育实践活动");
		assertThat(check().getFieldErrors()).isEmpty();
	}

	@Test
	void mergingJoinsAnItemIntoThePreviousOneOfItsSection() {
		ItemRow first = this.form.getItems().get(0);
		String secondText = this.form.getItems().get(1).getText();
		assertThat(this.corrections.apply(this.form, "merge:1")).isNull();
		assertThat(this.form.getItems()).hasSize(14);
		assertThat(first.getText()).endsWith(secondText);
		assertThat(first.getTargets()).extracting(TargetRow::getValue).containsExactly(new BigDecimal("30"));
		int firstOfSectionTwo = this.form.getItems().indexOf(this.form.itemsOf(1).get(0));
		assertThat(this.corrections.apply(this.form, "merge:" + firstOfSectionTwo))
			.isEqualTo("import.merge.noPrevious");
		assertThat(this.corrections.apply(this.form, "merge:0")).isEqualTo("import.merge.noPrevious");
	}

	@Test
	void splittingCutsAtTheEmptyLineAndReadsBothPartsAgain() {
		ItemRow item = this.form.getItems().get(0);
		item.setText("开展主题活动，年内完成。\n\n培育团建工作典型，年内培育5个团建工作典型。");
		item.setLeadUnit("组织部");
		assertThat(this.corrections.apply(this.form, "split:0")).isNull();
		assertThat(this.form.getItems()).hasSize(16);
		ItemRow second = this.form.getItems().get(1);
		assertThat(this.form.getItems().get(0).getHeading()).isEqualTo("开展主题活动");
		assertThat(second.getHeading()).isEqualTo("培育团建工作典型");
		assertThat(second.getTargets()).extracting(TargetRow::getValue).containsExactly(new BigDecimal("5"));
		assertThat(second.getLeadUnit()).isEqualTo("组织部");
		assertThat(second.getSection()).isEqualTo(0);
		assertThat(this.form.numberOf(second)).isEqualTo(2);
		assertThat(this.corrections.apply(this.form, "split:1")).isEqualTo("import.split.noMark");
	}

	@Test
	void addingTargetsAndMilestonesAndUnknownActions() {
		assertThat(this.corrections.apply(this.form, "addTarget:3")).isNull();
		assertThat(this.corrections.apply(this.form, "addMilestone:3")).isNull();
		assertThat(this.form.getItems().get(3).getTargets()).hasSize(1);
		assertThat(this.form.getItems().get(3).getMilestones()).hasSize(1);
		assertThat(check().getFieldErrors()).extracting(FieldError::getField)
			.contains("items[3].targets[0].name", "items[3].targets[0].value", "items[3].milestones[0].title",
					"items[3].milestones[0].date");
		for (String action : List.of("merge:99", "drop:1", "split:x", "merge", "", "${7*7}")) {
			assertThat(this.corrections.apply(this.form, action)).as(action).isEqualTo("import.action.unknown");
		}
	}

	private BeanPropertyBindingResult check() {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(this.form, "importForm");
		this.checks.check(this.form, errors);
		return errors;
	}

}
