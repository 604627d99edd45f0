package org.leagueplan.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A register entry as a person's form gives it: its fields, the register's own fields'
 * values ({@code values[7]}), evidence files and links (one per line), and the version
 * the person saw when editing. The rules are {@link EntryRules}'.
 */
public class EntryForm {

	private String name;

	private Long unitId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate entryDate;

	private String place;

	private String description;

	private Map<String, String> values = new HashMap<>();

	private String links;

	private List<MultipartFile> files = new ArrayList<>();

	private Long version;

	EntryInput input() {
		Map<Long, String> byField = new HashMap<>();
		this.values.forEach((key, value) -> {
			try {
				byField.put(Long.valueOf(key), value);
			}
			catch (NumberFormatException ex) {
				// not a field of this register: ignored
			}
		});
		return new EntryInput(this.name, this.unitId, this.entryDate, this.place, this.description, byField);
	}

	static EntryForm of(RegisterEntry entry) {
		EntryForm form = new EntryForm();
		form.name = entry.getName();
		form.unitId = entry.getUnitId();
		form.entryDate = entry.getEntryDate();
		form.place = entry.getPlace();
		form.description = entry.getDescription();
		entry.getValues().forEach((field, value) -> form.values.put(field.toString(), value));
		form.version = entry.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public LocalDate getEntryDate() {
		return this.entryDate;
	}

	public void setEntryDate(LocalDate entryDate) {
		this.entryDate = entryDate;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Map<String, String> getValues() {
		return this.values;
	}

	public void setValues(Map<String, String> values) {
		this.values = (values != null) ? values : new HashMap<>();
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

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
