package org.leagueplan.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leagueplan.progress.Evidence.Owner;
import org.leagueplan.progress.EvidenceFiles.FileType;
import org.leagueplan.progress.ReportRules.Violation;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one owner of the evidence given with a form ({@link EvidenceForm}) — a report, an
 * item update, a request to close an item: which files are accepted (at most
 * {@link #MAX_FILES}, each at most {@link EvidenceFiles#MAX_BYTES}, its type read from
 * its content by {@link EvidenceFiles}, its name cleaned), which links
 * ({@link ReportRules#linkViolations}), and how both are stored. Every form checks its
 * evidence here first and stores it here only once the whole form passed, in the same
 * transaction, so a refused form leaves no evidence behind.
 */
@Component
class EvidenceAttachments {

	/** The most files one form may carry. */
	static final int MAX_FILES = 10;

	private final EvidenceRepository evidence;

	private final EvidenceContentRepository contents;

	EvidenceAttachments(EvidenceRepository evidence, EvidenceContentRepository contents) {
		this.evidence = evidence;
		this.contents = contents;
	}

	/** A file that passed, its name cleaned, ready to be stored. */
	record Upload(String name, FileType type, byte[] bytes) {
	}

	/**
	 * Checks the form's files and links, rejecting each bad one on {@code errors} (fields
	 * {@code files} and {@code links}); answers the files that passed.
	 */
	List<Upload> check(EvidenceForm form, Errors errors) {
		List<Upload> uploads = checkFiles(form, errors);
		if (!errors.hasFieldErrors("links")) {
			for (Violation violation : ReportRules.linkViolations(form.linkList())) {
				errors.rejectValue(violation.field(), violation.code(), violation.getArguments(), null);
			}
		}
		return uploads;
	}

	/**
	 * Checks the form's files only, for a form whose links are checked with its other
	 * rules (a report: {@link ReportRules#violations}).
	 */
	List<Upload> checkFiles(EvidenceForm form, Errors errors) {
		List<Upload> uploads = new ArrayList<>();
		List<MultipartFile> files = form.chosenFiles();
		if (files.size() > MAX_FILES) {
			errors.rejectValue("files", "evidence.tooMany", new Object[] { MAX_FILES }, null);
			return uploads;
		}
		for (MultipartFile file : files) {
			String name = String.valueOf(file.getOriginalFilename());
			if (file.getSize() > EvidenceFiles.MAX_BYTES) {
				errors.rejectValue("files", "evidence.tooLarge", new Object[] { name }, null);
				continue;
			}
			byte[] bytes = bytes(file);
			EvidenceFiles.Detected detected = EvidenceFiles.detect(bytes);
			Optional<FileType> type = detected.type();
			if (detected.zipBomb()) {
				errors.rejectValue("files", "evidence.zipBomb", new Object[] { name }, null);
			}
			else if (type.isEmpty()) {
				errors.rejectValue("files", "evidence.type", new Object[] { name }, null);
			}
			else if (!type.get().extensions.contains(EvidenceFiles.extension(name))) {
				errors.rejectValue("files", "evidence.disguised", new Object[] { name }, null);
			}
			else {
				uploads.add(new Upload(EvidenceFiles.safeName(name, type.get()), type.get(), bytes));
			}
		}
		return uploads;
	}

	/** Stores the checked files and the form's links as the owner's evidence. */
	void store(Owner owner, EvidenceForm form, List<Upload> uploads, Instant now) {
		for (Upload upload : uploads) {
			Evidence file = this.evidence.save(Evidence.file(owner, upload.name(),
					upload.type().contentTypeFor(EvidenceFiles.extension(upload.name())), upload.bytes().length, now));
			this.contents.save(new EvidenceContent(file.getId(), upload.bytes()));
		}
		form.linkList().forEach(link -> this.evidence.save(Evidence.link(owner, link, now)));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
