package org.socialreports.job;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.LoggerFactory;

/**
 * The ActiveMQ Artemis broker that {@link ArtemisBroker} starts in a JVM of its own: it listens
 * on 127.0.0.1 at a free port, keeps its journal in the folder it is given, writes the port
 * as its only line of standard output once it accepts connections, and stops when its
 * standard input closes (when the tests' JVM closes it, or ends in any way). A message that
 * has been delivered {@value #MAX_DELIVERY_ATTEMPTS} times without being acknowledged goes to
 * the queue {@value #DEAD_LETTERS}.
 */
public final class ArtemisBrokerMain {

	public static final String DEAD_LETTERS = "DLQ";

	public static final int MAX_DELIVERY_ATTEMPTS = 3;

	private static final int PORT_ATTEMPTS = 5;

	private ArtemisBrokerMain() {
	}

	public static void main(String[] args) throws Exception {
		// standard output is the handshake: the broker's own output goes to standard error
		PrintStream handshake = System.out;
		System.setOut(System.err);
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(Level.INFO);
		// a line for each connection, session and message
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.activemq.audit")).setLevel(Level.WARN);
		Path data = Path.of(args[0]);
		EmbeddedActiveMQ broker = null;
		int port = 0;
		// a free port may be taken by another process between the look-up and the bind
		for (int attempt = 1; broker == null; attempt++) {
			port = freePort();
			broker = new EmbeddedActiveMQ().setConfiguration(configuration(data, port)).start();
			if (!((NettyAcceptor) broker.getActiveMQServer().getRemotingService().getAcceptor("tcp")).isStarted()) {
				broker.stop();
				broker = null;
				if (attempt == PORT_ATTEMPTS) {
					throw new IllegalStateException("no free port to listen on after " + attempt + " attempts");
				}
			}
		}
		handshake.println(port);
		handshake.flush();
		while (System.in.read() != -1) {
			// nothing is sent: only the end of the input counts
		}
		broker.stop();
	}

	private static Configuration configuration(Path data, int port) throws Exception {
		return new ConfigurationImpl().setName("tests")
			.setSecurityEnabled(false)
			.setJMXManagementEnabled(false)
			.setPersistenceEnabled(true)
			.setJournalType(JournalType.NIO)
			.setJournalDirectory(data.resolve("journal").toString())
			.setBindingsDirectory(data.resolve("bindings").toString())
			.setLargeMessagesDirectory(data.resolve("large-messages").toString())
			.setPagingDirectory(data.resolve("paging").toString())
			.setJournalFileSize(1024 * 1024)
			.setJournalMinFiles(2)
			// a full disk elsewhere on the machine is not the tests' concern
			.setMaxDiskUsage(100)
			.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port)
			.addAddressSetting("#",
					new AddressSettings().setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
						.setRedeliveryDelay(0)
						.setDeadLetterAddress(SimpleString.of(DEAD_LETTERS)))
			.addAddressConfiguration(new CoreAddressConfiguration().setName(DEAD_LETTERS)
				.addRoutingType(RoutingType.ANYCAST)
				.addQueueConfiguration(QueueConfiguration.of(DEAD_LETTERS).setRoutingType(RoutingType.ANYCAST)));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
