package org.clearlot.catalog.importing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Two background threads for CSV imports, drained on shutdown. */
@Configuration(proxyBeanMethods = false)
class ImportExecutorConfiguration {

	/** Not a default candidate: injected only by name, so it never becomes the application's async executor. */
	@Bean(defaultCandidate = false)
	ThreadPoolTaskExecutor importExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setQueueCapacity(100);
		executor.setThreadNamePrefix("import-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}
}
