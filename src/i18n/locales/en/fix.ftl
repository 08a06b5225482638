# `fosx fix` (src/fix/): the lines it prints about the changes it made and
# about a file it did not repair.

# A change in a file of several documents: where it was, before the values.
fix-change-in-document = document { $document }, { $path }
fix-verdict = { $file }: { $changed } value(s) changed; the result: { $errors } error(s), { $warnings } warning(s)
fix-unreadable = { $file }: not repaired: it cannot be read
# $what: the message of the unknown field's diagnostic (FOS-S02).
fix-no-place = { $file }: not repaired: the canonical form has no place for { $what }
# $why: why the documents cannot be written (write::WriteError).
fix-not-written = { $file }: not repaired: { $why }
