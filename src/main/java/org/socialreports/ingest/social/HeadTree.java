package org.socialreports.ingest.social;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of the first bytes of a file, as far as they go: a file of hundreds of megabytes on
 * one line is recognised from its head, where the JSON stops in the middle of a value.
 */
final class HeadTree {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private HeadTree() {
	}

	/**
	 * @return the document's start, its containers cut where the head ends, or {@code null}
	 * when the head does not start as JSON
	 */
	static JsonNode of(byte[] head, int offset) {
		JsonNode root = null;
		Deque<JsonNode> open = new ArrayDeque<>();
		String field = null;
		try (JsonParser json = SocialJsonParser.MAPPER.createParser(head, offset, head.length - offset)) {
			for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
				if (token == JsonToken.FIELD_NAME) {
					field = json.currentName();
					continue;
				}
				if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
					open.pop();
					if (open.isEmpty()) {
						break;
					}
					continue;
				}
				JsonNode node = switch (token) {
					case START_OBJECT -> NODES.objectNode();
					case START_ARRAY -> NODES.arrayNode();
					case VALUE_STRING -> NODES.textNode(json.getText());
					case VALUE_NUMBER_INT -> NODES.numberNode(json.getBigIntegerValue());
					case VALUE_NUMBER_FLOAT -> NODES.numberNode(json.getDecimalValue());
					case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
					default -> NODES.nullNode();
				};
				if (root == null) {
					root = node;
				}
				else if (open.peek() instanceof ObjectNode object) {
					object.set(field, node);
				}
				else {
					((ArrayNode) open.peek()).add(node);
				}
				if (node.isContainerNode()) {
					open.push(node);
				}
				else if (open.isEmpty()) {
					break;
				}
			}
		}
		catch (JsonProcessingException ex) {
			// the head ends inside a value, or the file is not JSON past what was read
		}
		catch (IOException ex) {
			throw new IllegalStateException("reading bytes in memory cannot fail", ex);
		}
		return root;
	}

}
