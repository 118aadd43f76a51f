package de.amtsportal.catalog.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import de.amtsportal.catalog.PublishedService;
import de.amtsportal.catalog.ServiceChanged;
import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.ServicePublished;
import de.amtsportal.catalog.ServiceWithdrawn;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.catalog.Topic;

/**
 * A service (Leistung) of the authority. German is the language of record; every English text is optional
 * and falls back to German on its own. Publishing and withdrawing are guarded transitions with their events.
 *
 * <p>The search index holds each German text twice: split into n-grams, so that inner parts of compound words
 * match ("Brunnen" in "Brunnenbohrung"), and as whole words, so that a whole-word match ranks higher.
 */
@Entity
@Table(name = "catalog_service")
@Indexed(index = "service")
public class Service extends AbstractAggregateRoot<Service> {

	/** Placeholder until JPA fills the entity: generating a random id here would cost a SecureRandom call per row read. */
	private static final UUID UNLOADED = new UUID(0, 0);

	@Id
	private UUID id;
	@KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
	private String slug;
	@Enumerated(EnumType.STRING)
	@KeywordField
	private ServiceStatus status;
	@Enumerated(EnumType.STRING)
	@KeywordField
	private Topic topic;
	@Enumerated(EnumType.STRING)
	private ServiceKind kind;
	@Enumerated(EnumType.STRING)
	private SignIn signIn;
	@KeywordField(projectable = Projectable.YES)
	private UUID responsibleUnitId;
	private @Nullable UUID formId;
	@KeywordField
	private @Nullable String leikaKey;

	@FullTextField(name = "name_de", analyzer = SearchAnalysis.GERMAN, searchAnalyzer = SearchAnalysis.GERMAN_QUERY)
	@FullTextField(name = "name_de_word", analyzer = SearchAnalysis.GERMAN_QUERY)
	@KeywordField(name = "name_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
	@GenericField(name = "name_de_stored", projectable = Projectable.YES, searchable = Searchable.NO)
	private String nameDe;
	@FullTextField(name = "name_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	@GenericField(name = "name_en_stored", projectable = Projectable.YES, searchable = Searchable.NO)
	private @Nullable String nameEn;
	@FullTextField(name = "summary_de", analyzer = SearchAnalysis.GERMAN, searchAnalyzer = SearchAnalysis.GERMAN_QUERY)
	@FullTextField(name = "summary_de_word", analyzer = SearchAnalysis.GERMAN_QUERY)
	@GenericField(name = "summary_de_stored", projectable = Projectable.YES, searchable = Searchable.NO)
	private String summaryDe;
	@FullTextField(name = "summary_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	@GenericField(name = "summary_en_stored", projectable = Projectable.YES, searchable = Searchable.NO)
	private @Nullable String summaryEn;
	@FullTextField(name = "description_de", analyzer = SearchAnalysis.GERMAN, searchAnalyzer = SearchAnalysis.GERMAN_QUERY)
	private String descriptionDe;
	@FullTextField(name = "description_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	private @Nullable String descriptionEn;
	@FullTextField(name = "documents_de", analyzer = SearchAnalysis.GERMAN, searchAnalyzer = SearchAnalysis.GERMAN_QUERY)
	private @Nullable String documentsDe;
	@FullTextField(name = "documents_en", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_QUERY)
	private @Nullable String documentsEn;

	@Enumerated(EnumType.STRING)
	private FeeKind feeKind;
	private @Nullable BigDecimal feeAmount;
	private @Nullable String feeNoteDe;
	private @Nullable String feeNoteEn;
	private String processingTimeDe;
	private @Nullable String processingTimeEn;
	private String legalBasisDe;
	private @Nullable String legalBasisEn;

	private String privacyPurposesDe;
	private @Nullable String privacyPurposesEn;
	private String privacyLegalBasisDe;
	private @Nullable String privacyLegalBasisEn;
	private String privacyRecipientsDe;
	private @Nullable String privacyRecipientsEn;
	private String privacyRetentionDe;
	private @Nullable String privacyRetentionEn;
	private String privacyContactDe;
	private @Nullable String privacyContactEn;

	private Instant createdAt;
	private String createdBy;
	private Instant updatedAt;
	private String updatedBy;
	private @Nullable Instant publishedAt;
	@Version
	private long version;

	protected Service() {
		this.id = this.responsibleUnitId = UNLOADED;
		this.slug = this.nameDe = this.summaryDe = this.descriptionDe = this.processingTimeDe = this.legalBasisDe = "";
		this.privacyPurposesDe = this.privacyLegalBasisDe = this.privacyRecipientsDe = this.privacyRetentionDe = "";
		this.privacyContactDe = this.createdBy = this.updatedBy = "";
		this.status = ServiceStatus.DRAFT;
		this.topic = Topic.HOUSING_AND_REGISTRATION;
		this.kind = ServiceKind.APPLICATION;
		this.signIn = SignIn.OPTIONAL;
		this.feeKind = FeeKind.NONE;
		this.createdAt = this.updatedAt = Instant.EPOCH;
	}

	Service(String slug, ServiceContent content, String author, Instant now) {
		this();
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.createdBy = author;
		this.createdAt = now;
		apply(content, author, now);
	}

	/** New content replaces the old at once, also while published: the catalogue has no review step. */
	void revise(ServiceContent content, String editor, Instant now) {
		apply(content, editor, now);
		registerEvent(new ServiceChanged(id, slug));
	}

	void publish(String editor, Instant now) {
		if (status == ServiceStatus.PUBLISHED) {
			throw new IllegalStateException("Service " + slug + " is already published");
		}
		status = ServiceStatus.PUBLISHED;
		publishedAt = now;
		touch(editor, now);
		registerEvent(new ServicePublished(id, slug));
	}

	void withdraw(String editor, Instant now) {
		if (status != ServiceStatus.PUBLISHED) {
			throw new IllegalStateException("Service " + slug + " is not published");
		}
		status = ServiceStatus.WITHDRAWN;
		touch(editor, now);
		registerEvent(new ServiceWithdrawn(id, slug));
	}

	private void apply(ServiceContent content, String editor, Instant now) {
		Texts de = content.german();
		Texts en = content.english();
		this.topic = content.topic();
		this.kind = content.kind();
		this.responsibleUnitId = content.responsibleUnit();
		this.formId = content.formId();
		this.signIn = content.signIn();
		this.leikaKey = optional(content.leikaKey());
		this.feeKind = content.feeKind();
		this.feeAmount = content.feeKind() == FeeKind.FIXED ? content.feeAmount() : null;
		this.nameDe = de.name().strip();
		this.nameEn = optional(en.name());
		this.summaryDe = de.summary().strip();
		this.summaryEn = optional(en.summary());
		this.descriptionDe = de.description().strip();
		this.descriptionEn = optional(en.description());
		this.documentsDe = lines(de.documents());
		this.documentsEn = lines(en.documents());
		this.feeNoteDe = content.feeKind() == FeeKind.NONE ? null : optional(de.feeNote());
		this.feeNoteEn = content.feeKind() == FeeKind.NONE ? null : optional(en.feeNote());
		this.processingTimeDe = de.processingTime().strip();
		this.processingTimeEn = optional(en.processingTime());
		this.legalBasisDe = de.legalBasis().strip();
		this.legalBasisEn = optional(en.legalBasis());
		this.privacyPurposesDe = de.privacyPurposes().strip();
		this.privacyPurposesEn = optional(en.privacyPurposes());
		this.privacyLegalBasisDe = de.privacyLegalBasis().strip();
		this.privacyLegalBasisEn = optional(en.privacyLegalBasis());
		this.privacyRecipientsDe = de.privacyRecipients().strip();
		this.privacyRecipientsEn = optional(en.privacyRecipients());
		this.privacyRetentionDe = de.privacyRetention().strip();
		this.privacyRetentionEn = optional(en.privacyRetention());
		this.privacyContactDe = de.privacyContact().strip();
		this.privacyContactEn = optional(en.privacyContact());
		touch(editor, now);
	}

	private void touch(String editor, Instant now) {
		this.updatedBy = editor;
		this.updatedAt = now;
	}

	private static @Nullable String optional(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static @Nullable String lines(List<String> items) {
		return optional(String.join("\n", items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
	}

	private static List<String> items(@Nullable String lines) {
		return lines == null ? List.of() : Arrays.stream(lines.split("\n")).filter(s -> !s.isBlank()).toList();
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public ServiceStatus status() {
		return status;
	}

	public boolean isPublished() {
		return status == ServiceStatus.PUBLISHED;
	}

	public Topic topic() {
		return topic;
	}

	public ServiceKind kind() {
		return kind;
	}

	public SignIn signIn() {
		return signIn;
	}

	public UUID responsibleUnitId() {
		return responsibleUnitId;
	}

	public @Nullable UUID formId() {
		return formId;
	}

	public @Nullable String leikaKey() {
		return leikaKey;
	}

	public FeeKind feeKind() {
		return feeKind;
	}

	public @Nullable BigDecimal feeAmount() {
		return feeAmount;
	}

	public String nameDe() {
		return nameDe;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public @Nullable Instant publishedAt() {
		return publishedAt;
	}

	public Texts german() {
		return new Texts(nameDe, summaryDe, descriptionDe, items(documentsDe), text(feeNoteDe), processingTimeDe,
				legalBasisDe, privacyPurposesDe, privacyLegalBasisDe, privacyRecipientsDe, privacyRetentionDe,
				privacyContactDe);
	}

	/** The English texts as entered; empty parts are not translated. */
	public Texts english() {
		return new Texts(text(nameEn), text(summaryEn), text(descriptionEn), items(documentsEn), text(feeNoteEn),
				text(processingTimeEn), text(legalBasisEn), text(privacyPurposesEn), text(privacyLegalBasisEn),
				text(privacyRecipientsEn), text(privacyRetentionEn), text(privacyContactEn));
	}

	public ServiceContent content() {
		return new ServiceContent(topic, kind, responsibleUnitId, formId, signIn, leikaKey, feeKind, feeAmount, german(),
				english());
	}

	PublishedService published() {
		return new PublishedService(id, slug, nameDe, nameEn, topic, kind, responsibleUnitId, formId, signIn, processingTimeDe,
				processingTimeEn, documentsDe, documentsEn);
	}
}
