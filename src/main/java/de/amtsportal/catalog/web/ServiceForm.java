package de.amtsportal.catalog.web;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.catalog.Topic;
import de.amtsportal.catalog.internal.FeeKind;
import de.amtsportal.catalog.internal.ServiceContent;
import de.amtsportal.catalog.internal.ServiceEditing;
import de.amtsportal.catalog.internal.Texts;

/**
 * What the service editor binds, and nothing else. Choices, ids and the amount arrive as text so that a wrong
 * entry gets its own message rather than a conversion error; {@link #check} adds those messages. The slug is
 * only read when a service is created.
 */
record ServiceForm(@Nullable String slug,
		@NotBlank(message = "{catalog.error.topic}") @Nullable String topic,
		@NotBlank(message = "{catalog.error.kind}") @Nullable String kind,
		@NotBlank(message = "{catalog.error.unit}") @Nullable String responsibleUnit,
		@Nullable String formId,
		@NotBlank(message = "{catalog.error.sign-in}") @Nullable String signIn,
		@jakarta.validation.constraints.Pattern(regexp = "\\d{14}|", message = "{catalog.error.leika-format}") @Nullable String leikaKey,
		@NotBlank(message = "{catalog.error.fee-kind}") @Nullable String feeKind,
		@Nullable String feeAmount,

		@NotBlank(message = "{catalog.error.nameDe}") @Size(max = 200, message = "{catalog.error.nameDe.length}") @Nullable String nameDe,
		@NotBlank(message = "{catalog.error.summaryDe}") @Size(max = 500, message = "{catalog.error.summaryDe.length}") @Nullable String summaryDe,
		@NotBlank(message = "{catalog.error.descriptionDe}") @Size(max = 10000, message = "{catalog.error.descriptionDe.length}") @Nullable String descriptionDe,
		@Size(max = 5000, message = "{catalog.error.documentsDe.length}") @Nullable String documentsDe,
		@Size(max = 1000, message = "{catalog.error.feeNoteDe.length}") @Nullable String feeNoteDe,
		@NotBlank(message = "{catalog.error.processingTimeDe}") @Size(max = 500, message = "{catalog.error.processingTimeDe.length}") @Nullable String processingTimeDe,
		@NotBlank(message = "{catalog.error.legalBasisDe}") @Size(max = 2000, message = "{catalog.error.legalBasisDe.length}") @Nullable String legalBasisDe,
		@NotBlank(message = "{catalog.error.privacyPurposesDe}") @Size(max = 2000, message = "{catalog.error.privacyPurposesDe.length}") @Nullable String privacyPurposesDe,
		@NotBlank(message = "{catalog.error.privacyLegalBasisDe}") @Size(max = 2000, message = "{catalog.error.privacyLegalBasisDe.length}") @Nullable String privacyLegalBasisDe,
		@NotBlank(message = "{catalog.error.privacyRecipientsDe}") @Size(max = 2000, message = "{catalog.error.privacyRecipientsDe.length}") @Nullable String privacyRecipientsDe,
		@NotBlank(message = "{catalog.error.privacyRetentionDe}") @Size(max = 2000, message = "{catalog.error.privacyRetentionDe.length}") @Nullable String privacyRetentionDe,
		@NotBlank(message = "{catalog.error.privacyContactDe}") @Size(max = 1000, message = "{catalog.error.privacyContactDe.length}") @Nullable String privacyContactDe,

		@Size(max = 200, message = "{catalog.error.nameEn.length}") @Nullable String nameEn,
		@Size(max = 500, message = "{catalog.error.summaryEn.length}") @Nullable String summaryEn,
		@Size(max = 10000, message = "{catalog.error.descriptionEn.length}") @Nullable String descriptionEn,
		@Size(max = 5000, message = "{catalog.error.documentsEn.length}") @Nullable String documentsEn,
		@Size(max = 1000, message = "{catalog.error.feeNoteEn.length}") @Nullable String feeNoteEn,
		@Size(max = 500, message = "{catalog.error.processingTimeEn.length}") @Nullable String processingTimeEn,
		@Size(max = 2000, message = "{catalog.error.legalBasisEn.length}") @Nullable String legalBasisEn,
		@Size(max = 2000, message = "{catalog.error.privacyPurposesEn.length}") @Nullable String privacyPurposesEn,
		@Size(max = 2000, message = "{catalog.error.privacyLegalBasisEn.length}") @Nullable String privacyLegalBasisEn,
		@Size(max = 2000, message = "{catalog.error.privacyRecipientsEn.length}") @Nullable String privacyRecipientsEn,
		@Size(max = 2000, message = "{catalog.error.privacyRetentionEn.length}") @Nullable String privacyRetentionEn,
		@Size(max = 1000, message = "{catalog.error.privacyContactEn.length}") @Nullable String privacyContactEn) {

	/** Digits with at most two decimals, decimal comma or point; a leading minus only to say what is wrong. */
	private static final Pattern AMOUNT = Pattern.compile("(-?)(\\d{1,8})(?:[.,](\\d{1,2}))?");

	static ServiceForm empty() {
		return new ServiceForm("", "", ServiceKind.APPLICATION.name(), "", "", SignIn.OPTIONAL.name(), "", FeeKind.NONE.name(), "",
				"", "", "", "", "", "", "", "", "", "", "", "",
				"", "", "", "", "", "", "", "", "", "", "", "");
	}

	static ServiceForm of(ServiceContent content, String slug) {
		Texts de = content.german();
		Texts en = content.english();
		return new ServiceForm(slug, content.topic().name(), content.kind().name(), content.responsibleUnit().toString(),
				content.formId() == null ? "" : content.formId().toString(), content.signIn().name(),
				content.leikaKey() == null ? "" : content.leikaKey(), content.feeKind().name(),
				content.feeAmount() == null ? "" : content.feeAmount().toPlainString().replace('.', ','),
				de.name(), de.summary(), de.description(), String.join("\n", de.documents()), de.feeNote(),
				de.processingTime(), de.legalBasis(), de.privacyPurposes(), de.privacyLegalBasis(), de.privacyRecipients(),
				de.privacyRetention(), de.privacyContact(),
				en.name(), en.summary(), en.description(), String.join("\n", en.documents()), en.feeNote(),
				en.processingTime(), en.legalBasis(), en.privacyPurposes(), en.privacyLegalBasis(), en.privacyRecipients(),
				en.privacyRetention(), en.privacyContact());
	}

	/** The checks Bean Validation cannot express: ids that must be ids, an amount that must be one. */
	void check(Errors errors) {
		choice("topic", topic, Topic.class, "catalog.error.topic", errors);
		choice("kind", kind, ServiceKind.class, "catalog.error.kind", errors);
		choice("signIn", signIn, SignIn.class, "catalog.error.sign-in", errors);
		choice("feeKind", feeKind, FeeKind.class, "catalog.error.fee-kind", errors);
		if (!blank(responsibleUnit) && uuid(responsibleUnit) == null) {
			errors.rejectValue("responsibleUnit", "catalog.error.unit-unknown");
		}
		if (!blank(formId) && uuid(formId) == null) {
			errors.rejectValue("formId", "catalog.error.form-unknown");
		}
		if (FeeKind.FIXED.name().equals(feeKind)) {
			if (blank(feeAmount)) {
				errors.rejectValue("feeAmount", "catalog.error.fee-amount");
			}
			else {
				var amount = AMOUNT.matcher(feeAmount.strip());
				if (!amount.matches()) {
					errors.rejectValue("feeAmount", "catalog.error.fee-format");
				}
				else if (!amount.group(1).isEmpty()) {
					errors.rejectValue("feeAmount", "catalog.error.fee-negative");
				}
			}
		}
		if (FeeKind.CALCULATED.name().equals(feeKind) && blank(feeNoteDe)) {
			errors.rejectValue("feeNoteDe", "catalog.error.fee-note");
		}
	}

	/**
	 * Puts the errors in the order of the fields on the page, which is the order of this record's components:
	 * the error summary then reads top to bottom like the form (Bean Validation reports in no fixed order).
	 */
	static void inFieldOrder(BindingResult errors, Model model) {
		List<String> fields = Arrays.stream(ServiceForm.class.getRecordComponents()).map(RecordComponent::getName).toList();
		BindingResult ordered = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
		errors.getGlobalErrors().forEach(ordered::addError);
		errors.getFieldErrors().stream()
			.sorted(Comparator.comparingInt(error -> fields.indexOf(error.getField())))
			.forEach(ordered::addError);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), ordered);
	}

	/** The slug of a new service: required, in the form of an address part. */
	void checkSlug(Errors errors) {
		if (blank(slug)) {
			errors.rejectValue("slug", "catalog.error.slug");
		}
		else if (slug.strip().length() > ServiceEditing.SLUG_LENGTH || !ServiceEditing.SLUG.matcher(slug.strip()).matches()) {
			errors.rejectValue("slug", "catalog.error.slug-format");
		}
	}

	/** Only after {@link #check} and Bean Validation found nothing. */
	ServiceContent content() {
		FeeKind fee = FeeKind.valueOf(feeKind);
		BigDecimal amount = null;
		if (fee == FeeKind.FIXED && feeAmount != null) {
			amount = new BigDecimal(feeAmount.strip().replace(',', '.'));
		}
		return new ServiceContent(Topic.valueOf(topic), ServiceKind.valueOf(kind), UUID.fromString(responsibleUnit.strip()),
				blank(formId) ? null : uuid(formId), SignIn.valueOf(signIn), blank(leikaKey) ? null : leikaKey.strip(), fee, amount,
				new Texts(text(nameDe), text(summaryDe), text(descriptionDe), lines(documentsDe), text(feeNoteDe),
						text(processingTimeDe), text(legalBasisDe), text(privacyPurposesDe), text(privacyLegalBasisDe),
						text(privacyRecipientsDe), text(privacyRetentionDe), text(privacyContactDe)),
				new Texts(text(nameEn), text(summaryEn), text(descriptionEn), lines(documentsEn), text(feeNoteEn),
						text(processingTimeEn), text(legalBasisEn), text(privacyPurposesEn), text(privacyLegalBasisEn),
						text(privacyRecipientsEn), text(privacyRetentionEn), text(privacyContactEn)));
	}

	String slugValue() {
		return slug == null ? "" : slug.strip();
	}

	/** A choice that is given must be one of the offered ones (a missing one is Bean Validation's part). */
	private static <E extends Enum<E>> void choice(String field, @Nullable String value, Class<E> choices, String messageKey,
			Errors errors) {
		if (!blank(value) && Arrays.stream(choices.getEnumConstants()).noneMatch(c -> c.name().equals(value))) {
			errors.rejectValue(field, messageKey);
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable UUID uuid(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	/** Browsers send line breaks as CR LF; the catalogue stores LF only. */
	private static String text(@Nullable String value) {
		return value == null ? "" : value.replace("\r\n", "\n").strip();
	}

	private static List<String> lines(@Nullable String value) {
		return Arrays.stream(text(value).split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
