package org.socialreports.ingest.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * XML parsing that reads nothing but the file it is given: no DTD, so no external entity
 * (XXE, which would read {@code /etc/passwd} or open a connection) and no entity expansion
 * (the "billion laughs" bomb). Exports and feeds never need a DTD, so a file that declares
 * one is refused rather than half-read.
 */
final class SecureXml {

	static final String DTD_REFUSED = "XML declares a DTD (external entities are refused)";

	// the JDK's own StAX parser, since Java 9
	private static final String CDATA_CHUNK_SIZE = "jdk.xml.cdataChunkSize";

	private SecureXml() {
	}

	static XMLInputFactory inputFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		// Text comes in chunks, so that a reader keeps what it wants of a huge one: coalesced,
		// or as one CDATA section, a 100 MB post is a 100 MB event.
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		if (factory.isPropertySupported(CDATA_CHUNK_SIZE)) {
			factory.setProperty(CDATA_CHUNK_SIZE, 64 * 1024);
		}
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("external resource refused: " + systemId);
		});
		return factory;
	}

	/**
	 * @return what the parser says went wrong, without the location prefix the JDK adds
	 */
	static String message(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		int start = message.indexOf("Message: ");
		return ((start >= 0) ? message.substring(start + "Message: ".length()) : message).strip();
	}

}
