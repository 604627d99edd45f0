package org.leagueplan.progress;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence part of a report form: files and links (one per line).
 */
abstract class EvidenceForm {

	@Size(max = 10000)
	private String links;

	private List<MultipartFile> files = new ArrayList<>();

	/** The links, blank lines ignored. */
	List<String> linkList() {
		return (this.links == null) ? List.of()
				: this.links.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** The files actually chosen (a browser sends an empty part when none is). */
	List<MultipartFile> chosenFiles() {
		return this.files.stream().filter(file -> file != null && !file.isEmpty()).toList();
	}

	public String getLinks() {
		return this.links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = (files != null) ? files : new ArrayList<>();
	}

}
