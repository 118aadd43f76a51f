package de.amtsportal.decisions.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The text of a service's decisions in one language: title, body and the Rechtsbehelfsbelehrung. */
@Entity
@Table(name = "decision_template")
public class DecisionTemplate {

	@Id
	private UUID id;
	private UUID serviceId;
	private String language;
	private String title;
	private String body;
	private String legalRemedy;
	private String changedBy;
	private Instant changedAt;

	protected DecisionTemplate() {
		this.id = this.serviceId = new UUID(0, 0);
		this.language = this.title = this.body = this.legalRemedy = this.changedBy = "";
		this.changedAt = Instant.EPOCH;
	}

	DecisionTemplate(UUID serviceId, String language, TemplateText text, String changedBy, Instant changedAt) {
		this.id = UUID.randomUUID();
		this.serviceId = serviceId;
		this.language = language;
		this.title = text.title();
		this.body = text.body();
		this.legalRemedy = text.legalRemedy();
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	void revise(TemplateText text, String by, Instant at) {
		this.title = text.title();
		this.body = text.body();
		this.legalRemedy = text.legalRemedy();
		this.changedBy = by;
		this.changedAt = at;
	}

	public UUID serviceId() {
		return serviceId;
	}

	public String language() {
		return language;
	}

	public TemplateText text() {
		return new TemplateText(title, body, legalRemedy);
	}

	public Instant changedAt() {
		return changedAt;
	}
}
