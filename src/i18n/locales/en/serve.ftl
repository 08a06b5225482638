# fosx serve (src/serve/, src/cli/serve.rs): the `message` of the HTTP
# error bodies (`{"error":{"code":…,"message":…}}`; the code is for
# programs and stays as it is), and the errors of the command. A request's
# messages are in the language of its `lang` parameter.

## Query parameters

serve-unknown-parameter = unknown parameter `{ $key }`; this route takes { $allowed }
serve-query-unreadable = the query cannot be read: { $reason }
serve-flag = `{ $key }` is true or false, not `{ $value }`
serve-bad-from = `from` is json, xml, csv or xlsx, not `{ $value }`
serve-bad-as-of = `as_of` is a date written YYYY-MM-DD, not `{ $value }`
serve-bad-lang = `lang` is one of { $codes }, not `{ $value }`
serve-bad-format = `format` is json, sarif or junit, not `{ $value }`
serve-bad-to = `to` is json, xml, csv or xlsx, not `{ $value }`
serve-to-required = `to` is required: json, xml, csv or xlsx

## Bodies

serve-convert-one-file = convert takes one file
# $option: the option that sets a limit (--max-depth); what a P06 help names.
serve-limit-option = { $option }, an option of `fosx serve` that the service's operator sets
serve-body-too-large = the body is larger than the limit of { $limit } bytes (--max-file-size)
serve-memory-full = the requests in progress hold the { $budget } bytes the service may hold at once (--max-memory); try again shortly
serve-too-many-parts = the form has more than { $max } parts (--max-parts)
serve-body-unreadable = the body cannot be read: { $reason }
# A form the multipart reader refused; its reason is the reader's own.
serve-form-unreadable = { $reason }
serve-unknown-field = unknown form field `{ $name }`; files go in fields named `file`
serve-no-file = the form has no field named `file`

## Routes

serve-not-found = no such route
serve-unknown-type = `{ $type }` is not a document type: notification, timetable or progress-report
serve-unknown-code = `{ $code }` is not a fosx diagnostic code
serve-unknown-schema = no schema `{ $name }`: fosx.schema.json, fosx.xsd, or TYPE.table-schema.json
serve-unknown-list = no code list `{ $list }`: { $lists }
serve-cannot-write-template = cannot write the template: { $reason }

## The service

serve-overloaded = every worker is busy and the queue is full; try again shortly
serve-timeout = the request took longer than { $seconds } seconds
serve-internal = an internal error stopped this request; the service goes on

## fosx serve

serve-memory-below-file-size = --max-memory ({ $memory }) is smaller than --max-file-size ({ $file_size }): a body of the largest size could never be held
serve-cannot-listen = cannot listen on { $addr }: { $reason }
serve-stopped = the service stopped: { $reason }
# --cors-origin: why a text is not an origin.
serve-not-an-origin = `{ $text }` is not an origin: { $why }
serve-origin-form = write it as https://HOST or http://HOST:PORT
serve-origin-scheme = the scheme is http or https
serve-origin-path = an origin has no path, query or fragment (not even a final `/`)
serve-origin-user = an origin has no user name or password
serve-origin-host = the host is a name of letters, digits, `-` and `.`, or an IP address
serve-origin-port = the port is a number from 1 to 65535
