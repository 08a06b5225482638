# `fosx batch` (src/batch/, src/cli/batch.rs): why a run cannot start, why
# an input is not read, outputs not written, and the lines a run prints.

## Why a run cannot start (batch::BatchError); $reason: the system's words
batch-inbox-unreadable = cannot read the inbox { $inbox }: { $reason }
batch-inbox-not-a-folder = cannot read the inbox { $inbox }: not a folder
batch-output-unwritable = cannot write to { $folder }: { $reason }
batch-overlap = the output folder { $out } overlaps the inbox { $inbox }: choose an output folder outside the inbox
batch-in-use = the output folder { $out } is in use by another fosx run
batch-threads = cannot start the worker threads: { $reason }

## Why an input could not be read (its message in summary.json)
# $reason: one of the three below, or the system's words.
batch-cannot-read = cannot read { $input }: { $reason }
batch-no-such-file = no such file
batch-permission-denied = permission denied
batch-is-a-directory = it is a directory
# $kind: one of the batch-kind-* messages.
batch-not-regular = cannot read { $input }: { $kind }, not a regular file

## What a file that is not a regular file is
batch-kind-fifo = a FIFO
batch-kind-socket = a socket
batch-kind-device = a device
batch-kind-symbolic-link = a symbolic link
batch-kind-other = not a regular file

## Why a file of the inbox is not an input (its reason in summary.json)
batch-skip-link = a symbolic link (followed only with --follow-symlinks)
batch-skip-broken-link = a broken symbolic link
batch-skip-link-outside = a symbolic link to outside the inbox
batch-skip-link-to-folder = a symbolic link to a folder
batch-skip-link-to = a symbolic link to { $kind }
batch-skip-not-a-submission = not a submission file (*.json, *.xml, *.csv)

## Outputs not written or not removed
batch-cannot-write = cannot write { $output }: { $reason }
batch-cannot-remove = cannot remove { $output }: { $reason }

## The table at the end of a run: a label (padded to 12 characters), a
## number, and for some a note
batch-inputs = inputs
batch-accepted = accepted
batch-documents = { $count ->
    [one] ({ $count } document)
   *[other] ({ $count } documents)
}
batch-rejected = rejected
batch-unreadable = unreadable
batch-collisions = collisions
batch-collisions-note = (same member and documentId; both kept)
batch-duplicates = duplicates
batch-duplicates-note = (same documents as another input; stored once)
batch-skipped = skipped
batch-skipped-note = (not inputs; the reasons are in the summary)
batch-failed = failed
batch-failed-note = (outputs not written; run again once fixed)
batch-processed = processed
# $seconds, $hundredths: the time taken, 0.12 s; $rate: files per second.
batch-processed-note = (skipped { $unchanged } already done) in { $seconds }.{ $hundredths } s, { $rate } files/s
batch-summary = summary: { $summary }

## The progress bar (on a terminal): 12/40 files, then the speed
batch-files = files
# $megabytes, $tenths: 1.2 MB/s.
batch-rate = { $rate } files/s, { $megabytes }.{ $tenths } MB/s

## A run that watches the inbox (--watch)
batch-cannot-catch-ctrl-c = cannot catch Ctrl-C: { $reason }
batch-cannot-watch = cannot watch { $inbox }: { $reason }
batch-watching = watching { $inbox } (Ctrl-C to stop)
batch-inbox-gone = the inbox { $inbox } is gone; waiting for it
batch-round = { $new } new: { $accepted } accepted, { $rejected } rejected, { $unreadable } unreadable in all
batch-stopped = stopped; summary: { $summary }
