package de.amtsportal.places;

import java.nio.charset.StandardCharsets;

import org.springframework.context.ApplicationContext;

import de.amtsportal.catalog.CatalogFixtures;
import de.amtsportal.identity.internal.TestAccounts;
import de.amtsportal.places.internal.RegisterAdministration;

/** A small register of Teststadt, loaded through the administrators' upload. */
public class PlaceFixtures {

	/** Schulstraße 4 is in two places; Bahnhofstraße 3 and Hauptstraße 5a only in one. */
	public static final String TESTSTADT = """
			strasse;hausnummer;plz;ort;breite;laenge
			Bahnhofstraße;3;12345;Teststadt;52,516290;13,410850
			Hauptstraße;5;12345;Teststadt;52.520000;13.400000
			Hauptstraße;5a;12345;Teststadt;52.520050;13.400050
			Schulstraße;4;12345;Teststadt;52.522900;13.396420
			Schulstraße;4;12347;Teststadt-Hausen;52.529500;13.415000
			Karl-Müller-Straße;10;12345;Teststadt;52.520700;13.398000
			""";

	private final ApplicationContext context;

	public PlaceFixtures(ApplicationContext context) {
		this.context = context;
	}

	public PlaceRegister load(String csv) {
		var administrator = new TestAccounts(context).administrator(TestAccounts.unique("adressen"));
		return new CatalogFixtures(context).as(administrator,
				() -> context.getBean(RegisterAdministration.class).load(csv.getBytes(StandardCharsets.UTF_8)));
	}
}
