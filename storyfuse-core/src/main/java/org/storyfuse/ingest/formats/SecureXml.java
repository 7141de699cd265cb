package org.storyfuse.ingest.formats;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.SAXException;

/**
 * Parses untrusted XML (feeds) without ever reading a DTD or an entity: no XXE file disclosure, no
 * requests to outside hosts, no billion-laughs expansion.
 *
 * <p>Rome 2.1.0's own defaults are safe (doctype declarations disallowed, external entities and
 * external DTD loading off, an entity resolver that returns nothing), but they are applied only
 * "where the parser supports them" and can be relaxed with {@code setAllowDoctypes}. We therefore
 * build the XML tree ourselves with the same features set unconditionally (a parser lacking one
 * fails instead of running unprotected) and hand Rome the finished tree.
 *
 * <p>An external DOCTYPE without an internal subset (the RSS 0.91 DTD reference many old feeds
 * carry) is removed before parsing, so such feeds still read while no DTD is ever processed. A
 * DOCTYPE with an internal subset is where entity declarations live, so such documents are refused.
 */
final class SecureXml {

  private SecureXml() {}

  static Document parse(String xml) throws UnreadableInputException {
    String withoutDoctype = Prolog.withoutExternalDoctype(xml);
    try {
      // The fixer turns HTML entities (&nbsp;, &eacute;) that feeds often misuse into characters.
      return lockedBuilder().build(new XmlFixerReader(new StringReader(withoutDoctype)));
    } catch (JDOMParseException e) {
      String at = e.getLineNumber() > 0 ? " (line " + e.getLineNumber() + ")" : "";
      throw new UnreadableInputException("malformed XML: " + Reasons.oneLine(saxMessage(e)) + at);
    } catch (JDOMException | IOException e) {
      throw new UnreadableInputException("unreadable XML: " + Reasons.of(e));
    } catch (IllegalArgumentException e) {
      // JDOM refuses names and data XML does not allow while it builds the tree (IllegalNameException,
      // IllegalDataException): a namespace URI that starts with a digit, a control character in text
      throw new UnreadableInputException("malformed XML: " + Reasons.oneLine(e.getMessage()));
    }
  }

  /** The parser configuration: package-private so tests can check it without the prolog filter. */
  static SAXBuilder lockedBuilder() {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    builder.setExpandEntities(false);
    builder.setEntityResolver(
        (publicId, systemId) -> {
          throw new SAXException("external entities are never read");
        });
    return builder;
  }

  private static String saxMessage(JDOMParseException e) {
    Throwable cause = e.getCause();
    return cause instanceof SAXException && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
  }

  /** The part of an XML document before its root element. */
  static final class Prolog {

    private Prolog() {}

    /** The document with an external-only DOCTYPE removed; refuses one with an internal subset. */
    static String withoutExternalDoctype(String xml) throws UnreadableInputException {
      int i = 0;
      int n = xml.length();
      while (i < n) {
        while (i < n && Character.isWhitespace(xml.charAt(i))) {
          i++;
        }
        if (xml.startsWith("<?", i)) {
          i = skipPast(xml, i, "?>");
        } else if (xml.startsWith("<!--", i)) {
          i = skipPast(xml, i, "-->");
        } else if (xml.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
          int end = doctypeEnd(xml, i);
          return xml.substring(0, i) + xml.substring(end);
        } else {
          return xml; // the root element: no DOCTYPE
        }
      }
      return xml;
    }

    private static int skipPast(String xml, int from, String terminator) {
      int end = xml.indexOf(terminator, from);
      return end < 0 ? xml.length() : end + terminator.length();
    }

    /** Index after the DOCTYPE's closing '>', refusing an internal subset ('[' outside quotes). */
    private static int doctypeEnd(String xml, int start) throws UnreadableInputException {
      char quote = 0;
      for (int i = start + 9; i < xml.length(); i++) {
        char c = xml.charAt(i);
        if (quote != 0) {
          quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '[') {
          throw new UnreadableInputException(
              "XML with its own DTD (entity declarations) is refused: DTDs and entities are never processed");
        } else if (c == '>') {
          return i + 1;
        }
      }
      throw new UnreadableInputException("malformed XML: the DOCTYPE declaration never ends");
    }
  }
}
