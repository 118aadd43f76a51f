package de.amtsportal.delivery.spi;

/** What one attempt came to. Errors are short texts for operators, without personal data. */
public sealed interface Outcome {

	record Delivered() implements Outcome {
	}

	/** Worth another attempt later (receiver down, timeout, 5xx, 408, 429). */
	record Retry(String error) implements Outcome {
	}

	/** Will not pass by trying again (the receiver rejected the content, the target is wrong). */
	record Refused(String error) implements Outcome {
	}

	static Outcome delivered() {
		return new Delivered();
	}

	static Outcome retry(String error) {
		return new Retry(error);
	}

	static Outcome refused(String error) {
		return new Refused(error);
	}
}
