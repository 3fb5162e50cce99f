package org.clearlot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module boundaries and writes the module documentation to target/spring-modulith-docs. The GB/T 32960
 * codec and the fleet simulator share the base package but are libraries built beside the application (Maven
 * modules of their own, without Spring), not modules of it.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ClearlotApplication.class,
			JavaClass.Predicates.resideInAnyPackage("org.clearlot.gbt32960..", "org.clearlot.simulator.."));

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theBusinessModulesExist() {
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
				.contains("identity", "catalog", "platform", "inspection", "telemetry", "battery")
				.doesNotContain("gbt32960", "simulator");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
