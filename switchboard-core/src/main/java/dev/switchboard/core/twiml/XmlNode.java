package dev.switchboard.core.twiml;

import java.util.List;
import java.util.Optional;

/**
 * The parser's private view of the XML: elements with their start-tag position, attributes in
 * document order and children. Only the verb parsers see it; no attribute map leaves the parser.
 */
sealed interface XmlNode {

    /** Character data (text and CDATA, adjacent pieces merged). */
    record Text(String text) implements XmlNode {
        boolean isBlank() { return text.isBlank(); }
    }

    /** An attribute; {@code name} keeps any prefix, e.g. {@code xml:lang}. */
    record Attribute(String name, String value) {
    }

    /** An element; {@code name} keeps any prefix, e.g. {@code amazon:effect}. */
    record Element(String name, List<Attribute> attributes, List<XmlNode> children, int line, int column)
            implements XmlNode {

        public Element {
            attributes = List.copyOf(attributes);
            children = List.copyOf(children);
        }

        Optional<String> attribute(String attributeName) {
            for (Attribute a : attributes) {
                if (a.name().equals(attributeName)) {
                    return Optional.of(a.value());
                }
            }
            return Optional.empty();
        }

        List<Element> elements() {
            return children.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
        }

        /** The element's own character data (not its descendants'), concatenated. */
        String directText() {
            StringBuilder sb = new StringBuilder();
            for (XmlNode child : children) {
                if (child instanceof Text t) {
                    sb.append(t.text());
                }
            }
            return sb.toString();
        }

        String tag() { return "<" + name + ">"; }
    }
}
