package de.amtsportal.catalog.internal;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.amtsportal.catalog.ServiceKind;
import de.amtsportal.catalog.SignIn;
import de.amtsportal.catalog.Topic;

/** What an editor sets on a service, in both languages; the slug is chosen once, when the service is created. */
public record ServiceContent(Topic topic, ServiceKind kind, UUID responsibleUnit, @Nullable UUID formId, SignIn signIn,
		@Nullable String leikaKey, FeeKind feeKind, @Nullable BigDecimal feeAmount, Texts german, Texts english) {
}
