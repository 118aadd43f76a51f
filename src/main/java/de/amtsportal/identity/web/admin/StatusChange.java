package de.amtsportal.identity.web.admin;

import jakarta.validation.constraints.NotNull;

/** Deactivate ({@code active=false}) or reactivate an account; the page's button always says which. */
record StatusChange(@NotNull(message = "{admin.error.status}") Boolean active) {
}
