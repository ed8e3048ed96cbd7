package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.text.Utf8;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a TwiML string into an {@link XmlNode.Element} tree with the JDK's StAX parser, refusing
 * anything Twilio would answer with 11750, 12100 or 12102. XXE-safe: DTDs are not supported,
 * external entities are not resolved, and a DOCTYPE is refused outright. Iterative (no recursion),
 * so deep nesting cannot overflow the stack; depth is capped anyway.
 */
final class XmlTreeReader {
    /** Twilio error 11750: "the response body is larger than 64 kB". */
    static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    /** Switchboard's own limit; real TwiML nests at most five or six levels. */
    static final int MAX_DEPTH = 64;

    private static final XMLInputFactory FACTORY = newFactory();

    private final String source;
    private final SourcePositions positions;

    private XmlTreeReader(String source) {
        this.source = source;
        this.positions = new SourcePositions(source);
    }

    /** The {@code <Response>} element of {@code xml}. */
    static XmlNode.Element read(String xml) {
        long size = Utf8.length(xml);
        if (size > MAX_DOCUMENT_BYTES) {
            throw new TwimlParseException(TwilioError.TWIML_RESPONSE_TOO_LARGE, 1, 1,
                    "the document is " + size + " bytes; the limit is " + MAX_DOCUMENT_BYTES);
        }
        String body = xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
        rejectLeadingWhitespaceBeforeDeclaration(body);
        return new XmlTreeReader(body).readTree();
    }

    private static void rejectLeadingWhitespaceBeforeDeclaration(String body) {
        int i = 0;
        while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        if (i > 0 && body.startsWith("<?xml", i)) {
            int[] at = new SourcePositions(body).positionOf(i);
            throw new TwimlParseException(TwilioError.DOCUMENT_PARSE_FAILURE, at[0], at[1],
                    "whitespace before the XML declaration; <?xml must be the very first characters");
        }
    }

    private XmlNode.Element readTree() {
        Deque<OpenElement> open = new ArrayDeque<>();
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(source));
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> open.push(startElement(reader, open.size()));
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlNode.Element done = open.pop().toElement();
                        if (open.isEmpty()) {
                            drain(reader);
                            return done;
                        }
                        open.peek().add(done);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().addText(reader.getText());
                        }
                    }
                    case XMLStreamConstants.DTD -> {
                        Location end = reader.getLocation();
                        int[] at = positions.lastBefore("<!DOCTYPE", end.getLineNumber(), end.getColumnNumber());
                        throw new TwimlParseException(TwilioError.DOCUMENT_PARSE_FAILURE, at[0], at[1],
                                "a DOCTYPE is not allowed in TwiML");
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw refused(reader.getLocation(),
                            "undeclared entity &" + reader.getLocalName() + ";");
                    default -> { } // comments, processing instructions, document start/end
                }
            }
            throw new TwimlParseException(TwilioError.DOCUMENT_PARSE_FAILURE, 1, 1,
                    "the root <Response> element is missing");
        } catch (XMLStreamException e) {
            throw refused(e.getLocation(), stripStaxPrefix(e.getMessage()));
        } finally {
            close(reader);
        }
    }

    private OpenElement startElement(XMLStreamReader reader, int depth) {
        int[] at = positions.startOfTag(reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber());
        String name = reader.getLocalName(); // not namespace-aware: includes any prefix
        if (depth == 0 && !name.equals("Response")) {
            throw new TwimlParseException(TwilioError.ROOT_ELEMENT_NOT_RESPONSE, at[0], at[1],
                    "found <" + name + ">; the root element must be <Response> (names are case-sensitive)");
        }
        if (depth >= MAX_DEPTH) {
            throw new TwimlParseException(TwilioError.DOCUMENT_PARSE_FAILURE, at[0], at[1],
                    "elements nested deeper than " + MAX_DEPTH + " levels");
        }
        List<XmlNode.Attribute> attributes = new ArrayList<>(reader.getAttributeCount());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = reader.getAttributePrefix(i);
            String local = reader.getAttributeLocalName(i);
            String attributeName = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            attributes.add(new XmlNode.Attribute(attributeName, reader.getAttributeValue(i)));
        }
        return new OpenElement(name, attributes, at[0], at[1]);
    }

    /** Reads past the root's end tag so trailing garbage is still reported as 12100. */
    private static void drain(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            reader.next();
        }
    }

    private static TwimlParseException refused(Location location, String detail) {
        int line = location == null || location.getLineNumber() < 1 ? 1 : location.getLineNumber();
        int column = location == null || location.getColumnNumber() < 1 ? 1 : location.getColumnNumber();
        return new TwimlParseException(TwilioError.DOCUMENT_PARSE_FAILURE, line, column, detail);
    }

    /** StAX messages start with "ParseError at [row,col]:[1,5]\nMessage: "; keep the message. */
    private static String stripStaxPrefix(String message) {
        if (message == null) {
            return "the document is not well-formed XML";
        }
        int at = message.indexOf("Message: ");
        return at < 0 ? message : message.substring(at + "Message: ".length()).trim();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release for a StringReader
            }
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** An element whose end tag has not been read yet. */
    private static final class OpenElement {
        private final String name;
        private final List<XmlNode.Attribute> attributes;
        private final int line;
        private final int column;
        private final List<XmlNode> children = new ArrayList<>();

        OpenElement(String name, List<XmlNode.Attribute> attributes, int line, int column) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
            this.column = column;
        }

        void add(XmlNode.Element child) { children.add(child); }

        void addText(String text) {
            int last = children.size() - 1;
            if (last >= 0 && children.get(last) instanceof XmlNode.Text previous) {
                children.set(last, new XmlNode.Text(previous.text() + text));
            } else {
                children.add(new XmlNode.Text(text));
            }
        }

        XmlNode.Element toElement() { return new XmlNode.Element(name, attributes, children, line, column); }
    }
}
