package dev.meridian;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import java.time.LocalDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Project-wide rules that are cheap to check and easy to break by accident. */
class ArchitectureRulesTests {

	private static final JavaClasses MERIDIAN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.meridian");

	@Test
	void entitiesStoreTimeAsUtcInstants() {
		fields().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
			.should().notHaveRawType(LocalDateTime.class)
			.andShould().notHaveRawType(java.util.Date.class)
			.andShould().notHaveRawType(java.sql.Timestamp.class)
			.because("times are stored as Instant (UTC) and shown in the viewer's zone")
			.check(MERIDIAN);
	}

	@Test
	void entitiesLiveInTheirModulesInternalPackage() {
		classes().that().areAnnotatedWith(Entity.class)
			.should().resideInAPackage("dev.meridian..internal..")
			.because("other modules reach an aggregate only through its module's front door")
			.check(MERIDIAN);
	}

	@Test
	void noBareScheduledLoops() {
		methods().should().notBeAnnotatedWith(Scheduled.class)
			.because("a @Scheduled method runs on every node of a cluster; use the cluster-safe scheduler")
			.allowEmptyShould(true)
			.check(MERIDIAN);
	}

	@Test
	void controllersAreNotPartOfAnyPublicFace() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.because("controllers are entry points, not API for other modules")
			.check(MERIDIAN);
	}
}
