package org.clearlot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Clearlot: a used-car marketplace where every car's condition and history is verifiable.
 * A Spring Modulith modular monolith; each direct sub-package is a business module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClearlotApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClearlotApplication.class, args);
	}
}
