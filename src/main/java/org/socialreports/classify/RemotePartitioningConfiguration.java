package org.socialreports.classify;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.socialreports.ingest.ArchiveItemReader;
import org.socialreports.ingest.InputFolders;
import org.socialreports.ingest.InputPartitioner;
import org.socialreports.ingest.RejectRecorder;
import org.socialreports.ingest.Settings;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.jms.support.converter.MessageConversionException;
import org.springframework.jms.support.converter.MessageConverter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest-and-classify step spread over several machines, when {@code reports.broker-url}
 * names an ActiveMQ Artemis broker: the run is the manager, which plans the partitions as
 * ever and sends each one's identity to the queue {@code reports.broker-queue}; processes
 * started with {@code --worker} take them and run the worker step on them, against the same
 * database; the manager learns from the job repository when they are done. Without a broker,
 * {@link ClassifyConfiguration} runs the partitions on this machine's threads.
 * <p>
 * A worker takes a request in a transacted JMS session that commits only once the partition's
 * step has ended: a worker killed half way leaves its request to the broker, which gives it to
 * another worker, and that one resumes the partition from its last committed chunk. The broker
 * moves a request that cannot be handled to its dead-letter queue after its last delivery
 * ({@code max-delivery-attempts}); the worker refuses anything but a text message.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${reports.broker-url:}'.isBlank()")
@EnableIntegration
class RemotePartitioningConfiguration {

	private static final Log logger = LogFactory.getLog(RemotePartitioningConfiguration.class);

	/** How often the manager asks the job repository whether the partitions are done. */
	private static final long POLL_MILLIS = 1000;

	private static final String FILE_STEP_NAME = ClassifyConfiguration.STEP_NAME + "-file";

	@Bean(destroyMethod = "close")
	ActiveMQConnectionFactory brokerConnectionFactory(@Value("${reports.broker-url}") String url,
			@Value("${reports.broker-user:}") String user, @Value("${reports.broker-password:}") String password) {
		ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url.strip(), user.isEmpty() ? null : user,
				password.isEmpty() ? null : password);
		// no request waits in a busy worker's buffer while another worker is idle
		factory.setConsumerWindowSize(0);
		// the requests are text; no Java object off the queue is ever deserialised
		factory.setDeserializationDenyList("*");
		return factory;
	}

	// the manager

	@Bean
	DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	/** Each request, as a line of text, to the queue; one connection for all of them. */
	@Bean
	IntegrationFlow partitionRequestsToBroker(@Qualifier("partitionRequests") DirectChannel partitionRequests,
			ActiveMQConnectionFactory brokerConnectionFactory, @Value("${reports.broker-queue}") String queue) {
		return IntegrationFlow.from(partitionRequests)
			.transform(org.springframework.messaging.Message.class, RemotePartitioningConfiguration::requestText)
			.handle(Jms.outboundAdapter(new CachingConnectionFactory(brokerConnectionFactory)).destination(queue))
			.get();
	}

	@Bean
	Step ingestAndClassifyStep(JobRepository jobRepository,
			@Qualifier("partitionRequests") DirectChannel partitionRequests, InputPartitioner inputPartitioner,
			ProgressLogger ingestProgressLogger, TaxonomyChangeCheck taxonomyChangeCheck,
			@Value("${reports.partition-timeout}") String timeout) {
		return new RemotePartitioningManagerStepBuilder(ClassifyConfiguration.STEP_NAME, jobRepository)
			.partitioner(FILE_STEP_NAME, inputPartitioner)
			.outputChannel(partitionRequests)
			.pollInterval(POLL_MILLIS)
			.listener(ingestProgressLogger)
			.listener(taxonomyChangeCheck)
			.listener(new PartitionWatchdog(jobRepository, FILE_STEP_NAME,
					duration("reports.partition-timeout", timeout), Duration.ofMillis(POLL_MILLIS)))
			.build();
	}

	// the worker

	@Bean
	@ConditionalOnProperty(name = "reports.worker", havingValue = "true")
	DirectChannel workerRequests() {
		return new DirectChannel();
	}

	/**
	 * The requests from the queue, as many at once as {@code reports.threads}, each in a
	 * transaction of its own that commits when its partition has run.
	 */
	@Bean
	@ConditionalOnProperty(name = "reports.worker", havingValue = "true")
	DefaultMessageListenerContainer partitionRequestListener(ActiveMQConnectionFactory brokerConnectionFactory,
			@Value("${reports.broker-queue}") String queue, @Value("${reports.threads:0}") String threads) {
		int threadCount = Settings.intAtLeast("reports.threads", threads, 0);
		int consumers = (threadCount > 0) ? threadCount : Runtime.getRuntime().availableProcessors();
		DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
		container.setConnectionFactory(brokerConnectionFactory);
		container.setDestinationName(queue);
		container.setSessionTransacted(true);
		container.setConcurrentConsumers(consumers);
		container.setMaxConcurrentConsumers(consumers);
		// one line, not a stack trace for each delivery of a request refused
		container.setErrorHandler((refusal) -> logger.warn("Refused a partition request (the broker delivers it again,"
				+ " then moves it to its dead-letter queue): " + NestedExceptionUtils.getMostSpecificCause(refusal)));
		return container;
	}

	@Bean
	@ConditionalOnProperty(name = "reports.worker", havingValue = "true")
	PartitionWorker partitionWorker(DefaultMessageListenerContainer partitionRequestListener) {
		return new PartitionWorker(partitionRequestListener);
	}

	/** Each request, text only, checked, to the worker step; stale ones dropped. */
	@Bean
	@ConditionalOnProperty(name = "reports.worker", havingValue = "true")
	IntegrationFlow partitionRequestsFromBroker(@Qualifier("workerRequests") DirectChannel workerRequests,
			DefaultMessageListenerContainer partitionRequestListener, JobRepository jobRepository) {
		PartitionRequestCheck check = new PartitionRequestCheck(jobRepository, FILE_STEP_NAME);
		return IntegrationFlow
			.from(Jms.messageDrivenChannelAdapter(partitionRequestListener).jmsMessageConverter(new TextOnly()))
			.transform(String.class, PartitionRequest::parse)
			.filter(PartitionRequest.class, check::isCurrent)
			.transform(PartitionRequest.class, PartitionRequest::stepExecutionRequest)
			.channel(workerRequests)
			.get();
	}

	/** The worker step: the same reading, classifying and storing as a partition run on this machine. */
	@Bean
	@ConditionalOnProperty(name = "reports.worker", havingValue = "true")
	Step ingestAndClassifyFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			@Qualifier("workerRequests") DirectChannel workerRequests, BeanFactory beanFactory,
			ArchiveItemReader archiveItemReader, ThemeClassifier themeClassifier, RejectRecorder rejectRecorder,
			ProgressLogger ingestProgressLogger, StagedPostWriter stagedPostWriter,
			ReviewCollector reviewCollector, TaxonomyReviewStore taxonomyReviewStore, InputFolders folders,
			@Value("${reports.chunk-size:500}") String chunkSize) {
		return ClassifyConfiguration.fileStep(
				new RemotePartitioningWorkerStepBuilder(FILE_STEP_NAME, jobRepository).inputChannel(workerRequests)
					.beanFactory(beanFactory)
					// the requests name the step, not its bean; this one is the only step a worker runs
					.stepLocator((name) -> FILE_STEP_NAME.equals(name)
							? beanFactory.getBean("ingestAndClassifyFileStep", Step.class) : null),
				transactionManager, archiveItemReader, themeClassifier, rejectRecorder, ingestProgressLogger,
				stagedPostWriter, reviewCollector, taxonomyReviewStore, folders, chunkSize);
	}

	private static String requestText(org.springframework.messaging.Message<?> message) {
		StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
		// the partition handler correlates a run's requests as "<job execution>:<step>"
		String correlation = String.valueOf(new IntegrationMessageHeaderAccessor(message).getCorrelationId());
		return PartitionRequest.of(request, Long.parseLong(correlation.substring(0, correlation.indexOf(':')))).text();
	}

	private static Duration duration(String name, String value) {
		try {
			Duration duration = DurationStyle.detectAndParse(value.strip());
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException(name + " must be longer than nothing, not '" + value + "'");
			}
			return duration;
		}
		catch (IllegalArgumentException ex) {
			if (ex.getMessage() != null && ex.getMessage().startsWith(name)) {
				throw ex;
			}
			throw new IllegalArgumentException(
					name + " must be a duration such as 10m, 90s or 500ms, not '" + value + "'");
		}
	}

	/** Takes a text message's text; refuses any other kind, so that the broker dead-letters it. */
	private static final class TextOnly implements MessageConverter {

		@Override
		public Object fromMessage(Message message) throws JMSException {
			if (message instanceof TextMessage text && text.getText() != null) {
				return text.getText();
			}
			throw new MessageConversionException("a partition request is a text message, not "
					+ message.getClass().getSimpleName() + " " + message.getJMSMessageID());
		}

		@Override
		public Message toMessage(Object object, Session session) throws JMSException {
			return session.createTextMessage(object.toString());
		}

	}

}
