# Reading XML (src/read/xml.rs, src/read/xml_tree.rs, src/read/xml_errors.rs):
# well-formedness (P02), DOCTYPE and entities (P05), depth (P06), and the
# mapping of elements onto the document (S02, S03, S08, S09).

## The document and its namespace (src/read/xml.rs)
xml-not-in-namespace = the element `<{ $element }>` is not in the fosx namespace
xml-add-namespace-help = add xmlns="{ $namespace }" to the root element
xml-other-namespace = the element `<{ $element }>` is in the namespace `{ $namespace }`, not in { $expected }
xml-use-namespace-help = use the namespace { $expected }: xmlns="{ $expected }" on the root element
xml-unknown-attribute = unknown attribute `{ $attribute }` on `<{ $element }>`
# $attributes: the names, each in backticks, separated by commas.
xml-unknown-attributes = unknown attributes { $attributes } on `<{ $element }>`
xml-no-attributes-help = fosx XML has no attributes besides namespace declarations and xsi:schemaLocation: write values as elements
xml-text-between-elements = text is not allowed between the child elements of `<{ $element }>`
xml-text-between-elements-help = remove the text, or put it in the element it belongs to
xml-not-a-document-element = `<{ $element }>` is not a document element
xml-document-elements-help = a document element is <Notification>, <Timetable> or <ProgressReport>; several documents go in <Submissions>
xml-type-not-the-root = DocumentType `{ $type }` does not match the root element `<{ $element }>`
xml-type-not-the-root-help = the DocumentType of a <{ $root }> is `{ $root_type }`; a { $type } document's element is <{ $type_root }>
# $namespace and $document_namespace: xml-in-namespace or xml-in-no-namespace.
xml-element-in-other-namespace = unknown element `<{ $element }>`: it is in { $namespace }, its document in { $document_namespace }
xml-in-namespace = the namespace `{ $namespace }`
xml-in-no-namespace = no namespace
xml-one-namespace-help = the elements of a submission are all in the namespace { $namespace }
xml-unknown-element = unknown element `<{ $element }>`
xml-capital-letter-help = element names start with a capital letter
xml-unknown-item = unknown element `<{ $element }>` in `<{ $list }>`
xml-items-help = the items of `<{ $list }>` are `<{ $item }>` elements

## Well-formedness (src/read/xml_tree.rs)
xml-doctype = the file has a DOCTYPE, which fosx refuses: no DTD is read and no entity is expanded
xml-doctype-help = remove the <!DOCTYPE ...> declaration: a submission needs none
xml-declaration-not-first = the XML declaration must be at the very start of the file
xml-declaration-not-first-help = move <?xml ...?> to the first line, with nothing before it
# $problem: one of the parser's messages below.
xml-declaration = XML declaration: { $problem }
xml-not-closed = the element `<{ $element }>` is not closed before the end of the file
xml-not-closed-help = add `</{ $element }>` where the element ends
xml-no-element = the file holds no element: an XML document has one root element
xml-illegal-character = the character U+{ $code } is not allowed in XML
xml-illegal-character-help = remove it; control characters cannot be written in an XML file
xml-too-deep = the XML is nested more than { $depth } levels deep
xml-second-root = a second root element `<{ $element }>`: an XML document has exactly one root
xml-second-root-help = put several documents in one <Submissions xmlns="urn:fosx:1"> element
xml-bad-element-name = `{ $name }` is not a valid element name
xml-undeclared-prefix = the namespace prefix `{ $prefix }` is not declared
xml-undeclared-prefix-help = declare it, e.g. xmlns:{ $prefix }="urn:fosx:1", or write the name without a prefix
xml-less-than-in-attribute = `<` is not allowed in the value of attribute `{ $attribute }`
xml-write-lt-help = write it as &lt;
xml-bad-attribute-name = `{ $name }` is not a valid attribute name
xml-empty-namespace = the prefix `{ $prefix }` cannot be bound to an empty namespace
xml-text-before-root = text before the root element
xml-text-after-root = text after the root element
xml-text-outside-root-help = everything in an XML document is inside its one root element
xml-cdata-end-in-text = `]]>` is not allowed in text
xml-cdata-end-help = write it as ]]&gt;
xml-cdata-outside-root = a CDATA section outside the root element
xml-bad-character-reference = `&{ $name };` is not a valid character reference
xml-bad-character-reference-help = write &#NNN; (decimal) or &#xHHH; (hexadecimal) for a character XML allows
xml-reference-to-illegal-character = `&{ $name };` stands for the character U+{ $code }, which is not allowed in XML
xml-reference-to-illegal-character-help = remove it; XML allows no control character other than tab, line feed and carriage return, nor U+FFFE or U+FFFF, even written as a reference
xml-end-tag-mismatch = `</{ $found }>` closes `<{ $expected }>`: the end tag does not match the open element
xml-end-tag-mismatch-help = close `<{ $expected }>` with `</{ $expected }>`, and elements in the reverse order of opening
xml-open-element = the open element
xml-end-tag-unmatched = `</{ $tag }>` closes no open element
xml-reference-not-closed = `&` starts a reference that is not closed with `;`
xml-literal-ampersand-help = write a literal & as &amp;
xml-double-hyphen = `--` is not allowed inside a comment
xml-tag-not-closed = a tag is not closed: `>` is missing before the end of the file
xml-bad-markup = `<!` starts neither a comment, a CDATA section nor a DOCTYPE
xml-entity-refused = the entity reference `&{ $name };` is refused: nothing was expanded
xml-entity-refused-help = only &lt; &gt; &amp; &quot; &apos; and character references such as &#233; are allowed; write the text itself
# $problem: one of the parser's messages below.
xml-bad-reference = bad reference: { $problem }
xml-attribute-needs-equals = an attribute name must be followed by `=`
xml-attribute-needs-value = `=` must be followed by a quoted value
xml-attribute-unquoted = an attribute value must be in quotes: name="value"
xml-attribute-not-closed = an attribute value is not closed with `{ $quote }`
xml-attribute-twice = the same attribute is given twice

## The parser's own words (quick-xml, src/read/xml_errors.rs), shown after
## one of the messages above or in a workbook's part (diag-xlsx.ftl)
xml-parser-io = I/O error: { $reason }
xml-parser-syntax = syntax error: { $problem }
xml-parser-ill-formed = ill-formed document: { $problem }
xml-parser-attribute = error while parsing attribute: { $problem }
xml-parser-unknown-markup = unknown or missed symbol in markup
xml-parser-pi-not-closed = processing instruction not closed: `?>` not found before end of input
xml-parser-declaration-not-closed = XML declaration not closed: `?>` not found before end of input
xml-parser-comment-not-closed = comment not closed: `-->` not found before end of input
xml-parser-doctype-not-closed = DOCTYPE not closed: `>` not found before end of input
xml-parser-cdata-not-closed = CDATA not closed: `]]>` not found before end of input
xml-parser-tag-not-closed = tag not closed: `>` not found before end of input
xml-parser-single-quote-not-closed = attribute value not closed: `'` not found before end of input
xml-parser-double-quote-not-closed = attribute value not closed: `"` not found before end of input
xml-parser-no-version = an XML declaration does not contain `version` attribute
xml-parser-version-not-first = an XML declaration must start with `version` attribute, but in starts with `{ $attribute }`
xml-parser-unknown-version = unknown XML version: either 1.0 or 1.1 is expected
xml-parser-doctype-without-name = `<!DOCTYPE>` declaration does not contain a name of a document type
xml-parser-end-tag-missing = start tag not closed: `</{ $tag }>` not found before end of input
xml-parser-end-tag-unmatched = close tag `</{ $tag }>` does not match any open tag
xml-parser-end-tag-mismatch = expected `</{ $expected }>`, but `</{ $found }>` was found
xml-parser-double-hyphen = forbidden string `--` was found in a comment
xml-parser-reference-not-closed = entity or character reference not closed: `;` not found before end of input
xml-parser-attribute-needs-equals = position { $position }: attribute key must be directly followed by `=` or space
xml-parser-attribute-needs-value = position { $position }: `=` must be followed by an attribute value
xml-parser-attribute-unquoted = position { $position }: attribute value must be enclosed in `"` or `'`
xml-parser-attribute-not-closed = position { $position }: missing closing quote `{ $quote }` in attribute value
xml-parser-attribute-twice = position { $position }: duplicated attribute, previous declaration at position { $previous }
xml-parser-invalid-utf8 = cannot decode input using UTF-8: invalid utf-8 sequence of { $length } bytes from index { $index }
xml-parser-incomplete-utf8 = cannot decode input using UTF-8: incomplete utf-8 byte sequence from index { $index }
xml-parser-cannot-decode = cannot decode input using { $encoding }
xml-parser-cannot-decode-input = cannot decode input
xml-parser-unknown-entity = at { $range }: unrecognized entity `{ $name }`
xml-parser-entity-not-closed = Error while escaping character at range { $range }: Cannot find ';' after '&'
xml-parser-bad-character-reference = invalid character reference: { $problem }
xml-parser-nested-entities = too many nested entities in an attribute value
xml-parser-number-sign = unexpected number sign
xml-parser-not-a-code-point = `{ $number }` is not a valid codepoint
xml-parser-character-not-permitted = 0x{ $code } character is not permitted in XML
xml-parser-number-empty = cannot parse integer from empty string
xml-parser-number-invalid-digit = invalid digit found in string
xml-parser-number-too-large = number too large to fit in target type
xml-parser-number-too-small = number too small to fit in target type
xml-parser-number-zero = number would be zero for non-zero type
xml-parser-number-unreadable = the number cannot be read
xml-parser-unknown-prefix = unknown namespace prefix '{ $prefix }'
xml-parser-xml-prefix-bound = the namespace prefix 'xml' cannot be bound to '{ $namespace }'
xml-parser-xmlns-prefix-bound = the namespace prefix 'xmlns' cannot be bound to '{ $namespace }'
xml-parser-prefix-for-xml = the namespace prefix '{ $prefix }' cannot be bound to 'http://www.w3.org/XML/1998/namespace'
xml-parser-prefix-for-xmlns = the namespace prefix '{ $prefix }' cannot be bound to 'http://www.w3.org/2000/xmlns/'
xml-parser-too-many-bindings = more than { $limit } namespace bindings in scope; raise the limit with NamespaceResolver::set_max_namespace_bindings
xml-parser-too-deep = document nests elements deeper than the supported limit of { $limit }
