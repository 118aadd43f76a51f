package de.amtsportal.intranet.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.amtsportal.identity.Directory;
import de.amtsportal.intranet.ItemKind;

/**
 * Circulars and news of the school supervision for the vocational schools (OSZ), for the demo run only and
 * only into an empty intranet. Published through the items' own transition.
 */
@Component
@Profile("demo & !prod")
class IntranetDemoContent {

	private static final Logger log = LoggerFactory.getLogger(IntranetDemoContent.class);

	private final Items items;
	private final ProcessVersions processVersions;
	private final Directory directory;
	private final Clock clock;

	IntranetDemoContent(Items items, ProcessVersions processVersions, Directory directory, Clock clock) {
		this.items = items;
		this.processVersions = processVersions;
		this.directory = directory;
		this.clock = clock;
	}

	/** After the identity demo content, which creates the schools and the school supervision's editor. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	@Transactional
	public void seed() {
		if (items.count() > 0) {
			return;
		}
		UUID author = directory.person("formulare@musterstadt.example").map(p -> p.id().value()).orElse(null);
		if (author == null) {
			return;
		}
		Set<String> everybody = Set.copyOf(directory.targetGroups());
		LocalDate today = LocalDate.now(clock.withZone(Noticeboard.ZONE));
		publish(ItemKind.CIRCULAR, author, new Item.Content("Rundschreiben 14/2026: Zeugniskonferenzen im ersten Halbjahr",
				"""
				Die Zeugniskonferenzen für das erste Schulhalbjahr finden in der Zeit vom **12. bis 23. Januar** statt.

				- Die Noten sind bis zum 9. Januar im Schulverwaltungsprogramm einzutragen.
				- Die Protokolle der Konferenzen gehen bis zum 30. Januar an die Schulaufsicht.

				Rechtsgrundlage: § 58 Schulgesetz in Verbindung mit der Zeugnisverordnung.""",
				today, today.plusMonths(3), true, new Audience(true, Set.of(), Set.of("Schulleitung", "Verwaltung"))));
		publish(ItemKind.CIRCULAR, author, new Item.Content("Rundschreiben 15/2026: Brandschutzübungen",
				"""
				Jede Schule führt im Schuljahr zwei Räumungsübungen durch, die erste bis zu den Herbstferien.
				Bitte dokumentieren Sie die Übung mit dem Formular aus der Bibliothek (Ordner „Arbeitsschutz“).""",
				today, null, true, new Audience(true, Set.of(), everybody)));
		publish(ItemKind.NEWS, author, new Item.Content("Fortbildungsreihe „Digitales Lernen in der Berufsschule“",
				"""
				Die Fortbildungsreihe startet im Februar mit drei Online-Terminen. Anmeldungen nimmt das Fortbildungsportal
				entgegen: [Fortbildungsportal](https://fortbildung.musterstadt.example)""",
				today, today.plusMonths(2), false, new Audience(true, Set.of(), Set.of("Lehrkraft", "Schulleitung"))));
		describeSchoolTrip(author);
		log.info("Demo intranet created: {} circulars, news and process descriptions", items.count());
	}

	/** A process as the school supervision describes it for the schools: approving a school trip. */
	private void describeSchoolTrip(UUID author) {
		ProcessVersion.Description trip = new ProcessVersion.Description("Schulfahrt genehmigen",
				"""
				Ablauf für mehrtägige Schulfahrten (Klassen- und Studienfahrten) der Oberstufenzentren, von der Planung
				bis zur Abrechnung. Für Tagesausflüge genügt die Zustimmung der Schulleitung.""",
				List.of(ProcessStep.of(1, "Fahrt planen und Kosten schätzen",
						"Ziel, Programm, Begleitpersonen und Kosten je Schülerin und Schüler festlegen; die Kostenobergrenze des Wandertagserlasses beachten.",
						"Lehrkraft", "12 Wochen vor Fahrtbeginn", "Wandertagserlass Nr. 2", List.of(), List.of()),
						ProcessStep.of(2, "Zustimmung der Schulkonferenz einholen",
								"Die Schulkonferenz stimmt dem Fahrtenkonzept zu; bei Minderjährigen werden die Eltern informiert.",
								"Gremium", "10 Wochen vor Fahrtbeginn", "§ 76 Schulgesetz", List.of(), List.of()),
						ProcessStep.of(3, "Fahrt genehmigen",
								"Die Schulleitung genehmigt die Fahrt und die Begleitpersonen als Dienstreise.",
								"Schulleitung", "8 Wochen vor Fahrtbeginn", "Bundesreisekostengesetz, § 2", List.of(), List.of()),
						ProcessStep.of(4, "Abrechnen",
								"Die Verwaltung rechnet die Fahrt ab und legt die Belege zur Prüfung vor.",
								"Verwaltung", "4 Wochen nach Fahrtende", "Landeshaushaltsordnung, § 70", List.of(), List.of())));
		Audience schools = new Audience(true, Set.of(), Set.copyOf(directory.targetGroups()));
		Item process = items.save(Item.process(new Item.Content(trip.title(), trip.searchText(), null, null, false, schools),
				author, clock.instant()));
		processVersions.save(new ProcessVersion(process.id(), 1, trip, "", "Schulaufsicht", clock.instant()));
	}

	private void publish(ItemKind kind, UUID author, Item.Content content) {
		Item item = new Item(kind, content, author, clock.instant());
		item.publish(clock.instant());
		items.save(item);
	}
}
