package de.amtsportal.catalog.web;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.catalog.Topic;
import de.amtsportal.catalog.internal.FeeKind;
import de.amtsportal.catalog.internal.Service;
import de.amtsportal.catalog.internal.Texts;

/** A service as its public page shows it, in the reader's language with German where a translation is missing. */
record ServiceView(String slug, Localized name, Localized summary, Localized description, Localized documents,
		FeeKind feeKind, @Nullable String feeAmount, Localized feeNote, Localized processingTime, Localized legalBasis,
		Localized privacyPurposes, Localized privacyLegalBasis, Localized privacyRecipients,
		Localized privacyRetention, Localized privacyContact, Topic topic, ServiceKind kind, SignIn signIn,
		@Nullable String leikaKey, String unitName, boolean onlineApplication) {

	/** Whether some text is shown in German on the English page, which the page then says once at the top (public: the template calls it). */
	public boolean partlyGerman() {
		return Stream.of(name, summary, description, documents, feeNote, processingTime, legalBasis,
				privacyPurposes, privacyLegalBasis, privacyRecipients, privacyRetention, privacyContact)
			.anyMatch(text -> text.lang() != null);
	}

	static ServiceView of(Service service, String unitName, boolean onlineApplication, Locale locale) {
		Texts de = service.german();
		Texts en = service.english();
		String amount = null;
		if (service.feeKind() == FeeKind.FIXED && service.feeAmount() != null) {
			// euro amounts as the reader writes them: "30,50 €" in German, "€30.50" in English
			NumberFormat format = NumberFormat.getCurrencyInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.GERMANY);
			format.setCurrency(Currency.getInstance("EUR"));
			amount = format.format(service.feeAmount());
		}
		return new ServiceView(service.slug(), Localized.of(de.name(), en.name(), locale),
				Localized.of(de.summary(), en.summary(), locale), Localized.of(de.description(), en.description(), locale),
				Localized.of(String.join("\n", de.documents()), String.join("\n", en.documents()), locale),
				service.feeKind(), amount, Localized.of(de.feeNote(), en.feeNote(), locale),
				Localized.of(de.processingTime(), en.processingTime(), locale),
				Localized.of(de.legalBasis(), en.legalBasis(), locale),
				Localized.of(de.privacyPurposes(), en.privacyPurposes(), locale),
				Localized.of(de.privacyLegalBasis(), en.privacyLegalBasis(), locale),
				Localized.of(de.privacyRecipients(), en.privacyRecipients(), locale),
				Localized.of(de.privacyRetention(), en.privacyRetention(), locale),
				Localized.of(de.privacyContact(), en.privacyContact(), locale), service.topic(), service.kind(),
				service.signIn(), service.leikaKey(), unitName, onlineApplication);
	}
}
