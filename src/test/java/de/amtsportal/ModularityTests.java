package de.amtsportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of docs/architecture hold: no cycles, no access to another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AmtsportalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
