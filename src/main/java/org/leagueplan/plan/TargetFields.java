package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A target's fields, defined once for every form that edits one — the target form
 * ({@code TargetForm}) and an import's target rows (importing's
 * {@code ImportForm.TargetRow}) hold them: name (required, at most {@value #NAME_MAX}
 * characters), kind (by default {@link #DEFAULT_KIND}), comparator (by default
 * {@link #DEFAULT_COMPARATOR}), baseline, due date and note (at most {@value #NOTE_MAX});
 * the target value and unit each form holds under the name its page posts, with the
 * limits given here: numbers from 0 with at most {@value #VALUE_DIGITS} digits before the
 * point and {@value #VALUE_FRACTION} after it ({@link #fits}), a unit of at most
 * {@value #UNIT_MAX} characters. A percentage is at most 100
 * ({@link TargetKind#exceedsMaximum}). The target form checks these by Bean Validation,
 * an import's rows by its own checks with the same limits. The version and token of
 * {@link EditForm} travel with the target form; an import's row leaves them empty.
 */
public abstract class TargetFields extends EditForm {

	public static final int NAME_MAX = 200;

	public static final int UNIT_MAX = 20;

	public static final int NOTE_MAX = 500;

	/** Digits before the decimal point a target value or baseline may have. */
	public static final int VALUE_DIGITS = 12;

	/** Digits after the decimal point a target value or baseline may have. */
	public static final int VALUE_FRACTION = 2;

	/**
	 * The smallest target value or baseline, as Bean Validation's {@code @DecimalMin}
	 * reads it.
	 */
	public static final String VALUE_MIN = "0";

	/** The largest target value or baseline. */
	public static final BigDecimal VALUE_MAX = new BigDecimal("999999999999.99");

	public static final TargetKind DEFAULT_KIND = TargetKind.COUNT;

	public static final TargetComparator DEFAULT_COMPARATOR = TargetComparator.AT_LEAST;

	@NotBlank
	@Size(max = NAME_MAX)
	private String name;

	@NotNull
	private TargetKind kind = DEFAULT_KIND;

	@NotNull
	private TargetComparator comparator = DEFAULT_COMPARATOR;

	@DecimalMin(VALUE_MIN)
	@Digits(integer = VALUE_DIGITS, fraction = VALUE_FRACTION)
	private BigDecimal baseline;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	@Size(max = NOTE_MAX)
	private String note;

	/**
	 * Whether a number fits a target value or baseline: not negative, at most
	 * {@link #VALUE_MAX}, two decimals.
	 */
	public static boolean fits(BigDecimal value) {
		return value.signum() >= 0 && value.compareTo(VALUE_MAX) <= 0 && value.scale() <= VALUE_FRACTION;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public TargetKind getKind() {
		return this.kind;
	}

	public void setKind(TargetKind kind) {
		this.kind = kind;
	}

	public TargetComparator getComparator() {
		return this.comparator;
	}

	public void setComparator(TargetComparator comparator) {
		this.comparator = comparator;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public void setBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
