package org.socialreports.job;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.support.converter.MessageConversionException;
import org.springframework.jms.support.converter.MessageConverter;
import org.springframework.jms.support.converter.SimpleMessageConverter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker the remote partitioning will run over, in a process of its own: a partition
 * request goes through it, and a message that the workers refuse to deserialise ends in the
 * dead-letter queue after the broker's last delivery attempt, rather than coming back for ever.
 */
class ArtemisBrokerTests {

	/** What the workers accept: the requests of Spring Batch's partitioning, and nothing else. */
	private static final String ALLOWED = StepExecutionRequest.class.getName();

	private static ArtemisBroker broker;

	@BeforeAll
	static void startBroker() throws Exception {
		broker = ArtemisBroker.start();
	}

	@AfterAll
	static void stopBroker() throws Exception {
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void aPartitionRequestGoesThroughTheBrokerAndIsReadBack() {
		try (ActiveMQConnectionFactory connectionFactory = connectionFactory()) {
			JmsTemplate jms = jms(connectionFactory);

			jms.convertAndSend("requests", new StepExecutionRequest("ingest-and-classify-file", 42L));

			StepExecutionRequest received = (StepExecutionRequest) jms.receiveAndConvert("requests");
			assertThat(received.getStepName()).isEqualTo("ingest-and-classify-file");
			assertThat(received.getStepExecutionId()).isEqualTo(42L);
		}
	}

	@Test
	void aMessageOfAClassOutsideTheAllowListIsRefusedAndDeadLetteredAfterTheLastDeliveryAttempt() throws JMSException {
		try (ActiveMQConnectionFactory connectionFactory = connectionFactory();
				AnnotationConfigApplicationContext worker = worker(connectionFactory)) {
			JmsTemplate jms = jms(connectionFactory);

			jms.convertAndSend("refused", new Intruder("rm -rf /"), (message) -> {
				message.setStringProperty("sentBy", "the test");
				return message;
			});

			Message dead = jms.receive(ArtemisBrokerMain.DEAD_LETTERS);
			assertThat(dead).as("the message in the dead-letter queue").isNotNull();
			assertThat(dead.getStringProperty("sentBy")).isEqualTo("the test");
			assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("refused");
			CountingConverter converter = worker.getBean(CountingConverter.class);
			assertThat(converter.refusals).hasValue(ArtemisBrokerMain.MAX_DELIVERY_ATTEMPTS);
			assertThat(converter.reasons).allMatch((reason) -> reason.contains(Intruder.class.getName()));
			assertThat(worker.getBean(Worker.class).received).isEmpty();
		}
	}

	private static ActiveMQConnectionFactory connectionFactory() {
		return new ActiveMQConnectionFactory(broker.url() + "?deserializationAllowList=" + ALLOWED);
	}

	private static JmsTemplate jms(ConnectionFactory connectionFactory) {
		JmsTemplate jms = new JmsTemplate(connectionFactory);
		jms.setReceiveTimeout(30_000);
		return jms;
	}

	/** A worker as the remote partitioning's would be: each message read in a transaction. */
	private static AnnotationConfigApplicationContext worker(ConnectionFactory connectionFactory) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.registerBean(ConnectionFactory.class, () -> connectionFactory);
		context.register(Worker.class);
		context.refresh();
		return context;
	}

	@Configuration
	@EnableIntegration
	static class Worker {

		final List<Object> received = new CopyOnWriteArrayList<>();

		@Bean
		CountingConverter converter() {
			return new CountingConverter();
		}

		@Bean
		IntegrationFlow requests(ConnectionFactory connectionFactory, CountingConverter converter) {
			return IntegrationFlow
				.from(Jms.messageDrivenChannelAdapter(connectionFactory)
					.destination("refused")
					.jmsMessageConverter(converter)
					.configureListenerContainer((container) -> container.sessionTransacted(true)
						// the converter counted the refusal: no stack trace in the build's log for each
						.errorHandler((refusal) -> {
						})))
				.handle((message) -> this.received.add(message.getPayload()))
				.get();
		}

	}

	/**
	 * Deserialises as Spring's converter does, and counts the messages that the client's
	 * allow-list refused. A refusal is a failed conversion: as the JMS exception it is, the
	 * listener container would also drop its consumer and wait 5 s before the next delivery.
	 */
	static class CountingConverter implements MessageConverter {

		final AtomicInteger refusals = new AtomicInteger();

		final List<String> reasons = new CopyOnWriteArrayList<>();

		private final SimpleMessageConverter converter = new SimpleMessageConverter();

		@Override
		public Message toMessage(Object object, Session session) throws JMSException {
			return this.converter.toMessage(object, session);
		}

		@Override
		public Object fromMessage(Message message) {
			try {
				return this.converter.fromMessage(message);
			}
			catch (JMSException ex) {
				this.reasons.add(String.valueOf(ex.getMessage()));
				this.refusals.incrementAndGet();
				throw new MessageConversionException("refused: " + ex.getMessage(), ex);
			}
		}

	}

	/** Serialisable, but not a class a worker accepts. */
	record Intruder(String command) implements Serializable {
	}

}
