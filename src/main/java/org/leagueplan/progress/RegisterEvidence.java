package org.leagueplan.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.leagueplan.progress.Evidence.Owner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence of a register entry (台账), kept by the one owner of evidence rules
 * ({@link EvidenceAttachments}): the register module checks an entry's files and links
 * here (rejecting on its form's {@code files} and {@code links} fields), stores them once
 * the entry is saved, in the same transaction, and reads them back for its pages. Files
 * are downloaded at {@code /evidence/{id}} like any other evidence.
 */
@Component
public class RegisterEvidence {

	private final EvidenceAttachments attachments;

	private final EvidenceRepository evidence;

	RegisterEvidence(EvidenceAttachments attachments, EvidenceRepository evidence) {
		this.attachments = attachments;
		this.evidence = evidence;
	}

	/** Files and links that passed the rules, ready to be stored with an entry. */
	public static final class Checked {

		private final Given given;

		private final List<EvidenceAttachments.Upload> uploads;

		private Checked(Given given, List<EvidenceAttachments.Upload> uploads) {
			this.given = given;
			this.uploads = uploads;
		}

	}

	/** One piece of an entry's evidence: a file (download by id) or a link. */
	public record Item(long id, boolean link, String text) {
	}

	/**
	 * Checks the files and the links (one per line), rejecting each bad one on
	 * {@code errors} (fields {@code files} and {@code links}).
	 */
	public Checked check(List<MultipartFile> files, String links, Errors errors) {
		Given given = new Given(files, links);
		return new Checked(given, this.attachments.check(given, errors));
	}

	/** Stores what passed as the entry's evidence. */
	@Transactional
	public void store(long entryId, Checked checked, Instant now) {
		this.attachments.store(Owner.registerEntry(entryId), checked.given, checked.uploads, now);
	}

	/** The evidence of the entries, by entry id, in the order given (one query). */
	@Transactional(readOnly = true)
	public Map<Long, List<Item>> ofEntries(Collection<Long> entryIds) {
		if (entryIds.isEmpty()) {
			return Map.of();
		}
		return this.evidence.findByRegisterEntryIdInOrderByIdAsc(entryIds)
			.stream()
			.collect(Collectors.groupingBy(Evidence::getRegisterEntryId,
					Collectors.mapping(e -> new Item(e.getId(), !e.isFile(), e.isFile() ? e.getFileName() : e.getUrl()),
							Collectors.toList())));
	}

	private static final class Given extends EvidenceForm {

		Given(List<MultipartFile> files, String links) {
			setFiles(files);
			setLinks(links);
		}

	}

}
