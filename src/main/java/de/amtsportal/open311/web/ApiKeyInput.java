package de.amtsportal.open311.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new API key as the administrator's form sends it. */
record ApiKeyInput(@NotBlank(message = "{open311.keys.error.name}") @Size(max = 200, message = "{open311.keys.error.name-length}") String name,
		@NotNull(message = "{open311.keys.error.budget}") @Min(value = 1, message = "{open311.keys.error.budget}")
		@Max(value = 10_000, message = "{open311.keys.error.budget}") @Nullable Integer requestsPerMinute,
		@Nullable Boolean trusted) {

	/** An unticked checkbox sends nothing, so {@code trusted} may be absent. */
	ApiKeyInput {
		name = name == null ? "" : name;
		trusted = Boolean.TRUE.equals(trusted);
	}

	static ApiKeyInput empty(int requestsPerMinute) {
		return new ApiKeyInput("", requestsPerMinute, false);
	}
}
