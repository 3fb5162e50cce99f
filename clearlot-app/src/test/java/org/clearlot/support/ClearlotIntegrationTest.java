package org.clearlot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application on a random port, with its own embedded PostgreSQL and search index in a fresh directory
 * under {@code target/test-data}. All classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"clearlot.demo.enabled=true",
		"clearlot.demo.listings=400",
		"clearlot.demo.battery-history-days=10",
		"clearlot.gateway.platforms[0].username=test-oem",
		"clearlot.gateway.platforms[0].password=test-oem-secret",
		"clearlot.payment.sandbox.max-delay=300ms",
		"clearlot.payment.sandbox.duplicate-rate=0.3",
		"clearlot.payment.sandbox.delivery-interval=100ms",
		"clearlot.trade.platform-fee-percent=2",
		"clearlot.trade.max-holds-per-buyer=1000",
		"logging.level.org.clearlot=info" })
@ContextConfiguration(initializers = FreshDataDirectory.class)
public @interface ClearlotIntegrationTest {
}
