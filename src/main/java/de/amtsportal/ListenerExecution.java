package de.amtsportal;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the listeners after a commit ({@code @ApplicationModuleListener}) run: a few threads with a queue, instead
 * of Spring Boot's default with virtual threads, which starts every listener at once. Unbounded, a burst of
 * submissions started as many listeners, each wanting database connections, and the submits of the next
 * applicants queued behind them for the pool (docs/adr/0026). Nothing is lost by queueing: each listener's event
 * publication is stored with the submission and redelivered when the process dies before it completed. A full
 * queue makes the publishing thread run the listener itself, which slows the requests down instead of dropping
 * work.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecution {

	/** Also named taskExecutor: the executor {@code @Async} (so every application module listener) picks. */
	@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
	ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${amtsportal.listeners.threads}") int threads,
			@Value("${amtsportal.listeners.queue-capacity}") int queueCapacity) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("listener-");
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(queueCapacity);
		executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		return executor;
	}
}
