package de.amtsportal.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.access.Role;

/**
 * The demo authority "Stadt Musterstadt", three vocational schools and one account per role. Only in the
 * demo profile, and only into an empty database, so a restart keeps what a visitor changed.
 */
@Component
@Profile("demo & !prod")
class DemoContent {

	static final String PASSWORD = "Demo-Zugang-2026!";
	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private final Organisations organisations;
	private final OrgUnits units;
	private final Accounts accounts;
	private final PasswordEncoder encoder;
	private final Clock clock;

	DemoContent(Organisations organisations, OrgUnits units, Accounts accounts, PasswordEncoder encoder, Clock clock) {
		this.organisations = organisations;
		this.units = units;
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	@Transactional
	public void seed() {
		if (organisations.count() > 0) {
			return;
		}
		Organisation city = organisations.save(new Organisation(Organisation.Kind.AUTHORITY, "Stadt Musterstadt",
				"stadt-musterstadt", clock.instant()));
		OrgUnit citizensOffice = unit(city, "Bürgeramt", "buergeramt");
		OrgUnit publicOrder = unit(city, "Ordnungsamt", "ordnungsamt");
		OrgUnit water = unit(city, "Umweltamt / Untere Wasserbehörde", "umweltamt");
		OrgUnit traffic = unit(city, "Straßenverkehrsbehörde", "strassenverkehrsbehoerde");
		OrgUnit schools = unit(city, "Schulaufsicht Berufliche Schulen", "schulaufsicht");
		OrgUnit civilEngineering = unit(city, "Tiefbauamt", "tiefbauamt");
		Organisation technik = institution("OSZ Technik", "osz-technik");
		institution("OSZ Wirtschaft", "osz-wirtschaft");
		institution("OSZ Gesundheit", "osz-gesundheit");

		account("buerger@musterstadt.example", "Erika", "Mustermann", Membership.global(Role.CITIZEN));
		account("sachbearbeitung@musterstadt.example", "Sam", "Sachbearbeiter",
				Membership.inUnit(Role.CASEWORKER, citizensOffice.id()), Membership.inUnit(Role.CASEWORKER, water.id()),
				Membership.inUnit(Role.CASEWORKER, publicOrder.id()), Membership.inUnit(Role.CASEWORKER, traffic.id()),
				Membership.inUnit(Role.CASEWORKER, schools.id()), Membership.inUnit(Role.CASEWORKER, civilEngineering.id()));
		account("formulare@musterstadt.example", "Fiona", "Formular", Membership.global(Role.FORM_EDITOR));
		account("pruefung@musterstadt.example", "Paul", "Prüfer", Membership.inUnit(Role.REVIEWER, water.id()),
				Membership.inUnit(Role.REVIEWER, citizensOffice.id()), Membership.inUnit(Role.REVIEWER, traffic.id()),
				Membership.inUnit(Role.REVIEWER, schools.id()), Membership.inUnit(Role.REVIEWER, publicOrder.id()),
				Membership.inUnit(Role.REVIEWER, civilEngineering.id()));
		account("schulleitung@osz-technik.example", "Sabine", "Schulleitung",
				Membership.inInstitution(technik.id(), Set.of("Schulleitung")));
		account("admin@musterstadt.example", "Anna", "Admin", Membership.global(Role.ADMINISTRATOR));
		log.info("Demo content created: Stadt Musterstadt with 6 org units, 3 institutions and 6 demo accounts");
	}

	private OrgUnit unit(Organisation authority, String name, String slug) {
		return units.save(new OrgUnit(authority.id(), name, slug, slug + "@musterstadt.example"));
	}

	private Organisation institution(String name, String slug) {
		return organisations.save(new Organisation(Organisation.Kind.INSTITUTION, name, slug, clock.instant()));
	}

	private void account(String email, String givenName, String familyName, Membership... memberships) {
		Account account = Account.invited(email, givenName, familyName, Locale.GERMAN, clock.instant());
		account.replaceMemberships(List.of(memberships));
		account.acceptInvitation(encoder.encode(PASSWORD));
		accounts.save(account);
	}
}
