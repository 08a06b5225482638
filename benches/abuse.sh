#!/usr/bin/env bash
# What a hostile client or file costs `fosx serve` and `fosx validate`
# (release build), on 127.0.0.1 only. Every step is bounded: a process is
# stopped past 60 s or 4 GiB of resident memory, and said so.
#
# The service, each step on a fresh `fosx serve` with its default options:
#   - N (default 60) clients each send a body one byte under the size limit
#     but its last byte, and stall: the service's peak resident memory
#     (VmHWM), what each client got, and the resident memory 10 s after they
#     have left;
#   - 250 connections each send half a request head, then one byte every
#     2 s: the time to answer GET /healthz meanwhile, and how long the
#     service keeps them (also with the process limited to 200 descriptors);
#   - one form of 300,000 tiny `file` parts: status, time, answer size, peak
#     memory;
#   - `--workers 1 --queue 1`: 100 requests that wait in the queue and are
#     cancelled (the client goes away), then whether a request that must
#     wait is still served.
# The readers, by `fosx validate` and by POST /v1/validate: peak memory and
# time on a 33.5 MB CSV of 16,384-column rows of empty cells, three XLSX cell
# bombs (one-digit cells, 64 MiB, 256 MiB and 1,023 MiB of sheet XML) and a
# 2 MB JSON file whose `stakeholders` list holds 1,000,000 bad items.
#
#   benches/abuse.sh [N]
#   FOSX=path/to/fosx benches/abuse.sh     # another build
# Needs the release binary (cargo build --release) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
fosx=${FOSX:-$PWD/target/release/fosx}
[ -x "$fosx" ] || { echo "no $fosx: cargo build --release first" >&2; exit 2; }
exec python3 - "$fosx" "${1:-60}" <<'PY'
import http.client, io, json, os, resource, shutil, signal, socket, subprocess
import sys, tempfile, threading, time, zipfile

FOSX, N = sys.argv[1], int(sys.argv[2])
AS_OF = "2026-11-28"
LIMIT = 32 << 20          # the service's default --max-file-size
KILL_RSS = 4 << 20        # KiB: a process past 4 GiB is stopped
KILL_TIME = 60            # s
tmp = tempfile.mkdtemp(prefix="fosx-abuse-")
started = []              # every process started, stopped at the end


def mib(kib):
    return f"{kib / 1024:,.0f} MiB"


def status_kib(pid, key):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Server:
    """`fosx serve` on 127.0.0.1, with a watchdog on its memory."""

    def __init__(self, *args, nofile=None):
        def limits():
            if nofile:
                resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
        self.log = open(os.path.join(tmp, "serve.log"), "w+")
        self.proc = subprocess.Popen(
            [FOSX, "serve", "--addr", "127.0.0.1:0", "--as-of", AS_OF, "--quiet", *args],
            stdout=subprocess.DEVNULL, stderr=self.log, preexec_fn=limits)
        started.append(self.proc)
        self.port = None
        for _ in range(200):
            self.log.seek(0)
            first = self.log.readline()
            if "listening on http://" in first:
                self.port = int(first.rsplit(":", 1)[1].strip().strip("/"))
                break
            time.sleep(0.05)
        if self.port is None:
            sys.exit(f"fosx serve did not start: {first!r}")
        self.killed = None
        self.watch = threading.Thread(target=self._watch, daemon=True)
        self.watch.start()

    def _watch(self):
        while self.proc.poll() is None:
            if status_kib(self.proc.pid, "VmRSS") > KILL_RSS:
                self.killed = "stopped past 4 GiB"
                self.proc.kill()
            time.sleep(0.02)

    def rss(self):
        return status_kib(self.proc.pid, "VmRSS")

    def peak(self):
        return status_kib(self.proc.pid, "VmHWM")

    def stop(self):
        self.proc.kill()
        self.proc.wait()
        self.log.close()


def request(port, method, path, body=b"", headers=None, timeout=KILL_TIME):
    """(status, answer bytes, seconds); status None when no answer came."""
    start = time.monotonic()
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, data, time.monotonic() - start
    except (OSError, http.client.HTTPException) as e:
        return None, str(e).encode(), time.monotonic() - start


def first_line(sock, wait):
    """The status of an answer already sent on `sock`, if any."""
    sock.settimeout(wait)
    try:
        data = sock.recv(200)
    except socket.timeout:
        return "no answer"
    except OSError as e:
        return type(e).__name__
    if not data:
        return "closed"
    return data.split(b"\r\n", 1)[0].decode(errors="replace").replace("HTTP/1.1 ", "")


def tally(items):
    counts = {}
    for i in items:
        counts[i] = counts.get(i, 0) + 1
    return ", ".join(f"{v} {k}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))


# ----- the service ----------------------------------------------------------

def stalled_uploads():
    s = Server()
    idle = s.rss()
    size = LIMIT - 1
    head = (f"POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Length: {size}\r\n\r\n").encode()
    chunk = b"x" * (1 << 20)
    socks, fates = [], [None] * N

    def client(i):
        sock = socket.create_connection(("127.0.0.1", s.port))
        socks.append(sock)
        try:
            sock.sendall(head)
            left = size - 1
            while left:
                n = min(left, len(chunk))
                sock.sendall(chunk[:n])
                left -= n
            fates[i] = "stalled"
        except OSError:
            fates[i] = "refused"

    start = time.monotonic()
    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(max(1, KILL_TIME - (time.monotonic() - start)))
    time.sleep(1)
    peak = s.peak()
    answers = [first_line(sock, 0.05) for sock in socks]
    for sock in socks:
        sock.close()
    time.sleep(10)
    after = s.rss()
    print(f"{N} stalled uploads of {size:,} bytes: peak {mib(peak)} (idle {mib(idle)}); "
          f"{mib(after)} 10 s after they left")
    print(f"  the clients: {tally(f or 'still sending' for f in fates)}; answers: {tally(answers)}"
          + (f"; {s.killed}" if s.killed else ""))
    s.stop()


def half_open(nofile=None, count=250):
    s = Server(nofile=nofile)
    socks = []
    for _ in range(count):
        try:
            sock = socket.create_connection(("127.0.0.1", s.port), timeout=5)
            sock.sendall(b"POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            socks.append(sock)
        except OSError:
            break
    stop = threading.Event()
    closed_at = {}

    def trickle():
        start = time.monotonic()
        while not stop.is_set() and len(closed_at) < len(socks):
            for i, sock in enumerate(socks):
                if i in closed_at:
                    continue
                try:
                    sock.setblocking(False)
                    try:
                        if sock.recv(1) == b"":
                            closed_at[i] = time.monotonic() - start
                            continue
                    except BlockingIOError:
                        pass
                    sock.send(b"a")
                except OSError:
                    closed_at[i] = time.monotonic() - start
            stop.wait(2)

    t = threading.Thread(target=trickle, daemon=True)
    t.start()
    time.sleep(0.5)
    status, body, took = request(s.port, "GET", "/healthz", timeout=30)
    answered = f"{took:.3f} s" if status == 200 else f"not answered in {took:.0f} s ({status})"
    t.join(40)
    stop.set()
    held = len(socks) - len(closed_at)
    if closed_at:
        last = max(closed_at.values())
        cut = f"{len(closed_at)} closed by the service, the last after {last:.0f} s"
    else:
        cut = "none closed by the service"
    where = f", {nofile} descriptors" if nofile else ""
    print(f"{len(socks)} half-open connections sending a byte every 2 s{where}: "
          f"GET /healthz {answered}; {cut}; {held} still open after 40 s")
    for sock in socks:
        sock.close()
    s.stop()


def many_parts(parts=300_000):
    """The form is sent while the answer is read: an answer may come (and the
    connection close) before the form is all sent."""
    s = Server()
    part = (b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f\"\r\n"
            b"\r\n{}\r\n")
    body = part * parts + b"--B--\r\n"
    head = (f"POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            f"Content-Type: multipart/form-data; boundary=B\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    sock = socket.create_connection(("127.0.0.1", s.port))
    sent = [0]

    def send():
        try:
            view = memoryview(head + body)
            while sent[0] < len(view):
                sent[0] += sock.send(view[sent[0]:sent[0] + (1 << 20)])
        except OSError:
            pass

    start = time.monotonic()
    threading.Thread(target=send, daemon=True).start()
    sock.settimeout(KILL_TIME)
    chunks = []
    try:
        while True:
            chunk = sock.recv(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    except OSError:
        pass
    took = time.monotonic() - start
    sock.close()
    answer = b"".join(chunks)
    head_end = answer.find(b"\r\n\r\n")
    status = answer.split(b" ", 2)[1].decode() if answer.startswith(b"HTTP/") else "no answer"
    payload = answer[head_end + 4:] if head_end >= 0 else b""
    code = ""
    if len(payload) < 10_000:
        try:
            code = " " + json.loads(payload)["error"]["code"]
        except (ValueError, KeyError, TypeError):
            pass
    print(f"a form of {parts:,} parts ({len(body) / 1e6:.1f} MB): {status}{code} "
          f"after {took:.2f} s ({min(sent[0], len(head) + len(body)):,} bytes sent), "
          f"answer {len(payload):,} bytes, peak {mib(s.peak())}"
          + (f"; {s.killed}" if s.killed else ""))
    s.stop()


def cancelled_in_queue(times=100):
    s = Server("--workers", "1", "--queue", "1")
    busy = open(os.path.join(tmp, "busy.json"), "rb").read()
    small = open("fixtures/valid/timetable.json", "rb").read()
    head = (f"POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Length: {len(small)}\r\n\r\n").encode()
    fates = []

    def occupy():
        """A request that keeps the one worker busy for a while."""
        done = threading.Event()
        sock = socket.create_connection(("127.0.0.1", s.port))
        sock.sendall((f"POST /v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      f"Content-Length: {len(busy)}\r\nConnection: close\r\n\r\n").encode())

        def send():
            sock.sendall(busy)
            done.set()
        threading.Thread(target=send, daemon=True).start()
        done.wait(10)
        time.sleep(0.05)
        return sock

    start = time.monotonic()
    while len(fates) < times and time.monotonic() - start < 120:
        worker = occupy()
        for _ in range(min(3, times - len(fates))):
            sock = socket.create_connection(("127.0.0.1", s.port))
            sock.sendall(head + small)
            fate = first_line(sock, 0.05)
            sock.close()
            fates.append("cancelled while queued" if fate == "no answer" else fate)
            # The service sees the client go within a few milliseconds.
            time.sleep(0.02)
        first_line(worker, 30)
        worker.close()
    # The worker is free again: one request occupies it, one more must wait.
    worker = occupy()
    status, _, took = request(s.port, "POST", f"/v1/validate?as_of={AS_OF}", small, timeout=30)
    first_line(worker, 30)
    worker.close()
    print(f"--workers 1 --queue 1, {len(fates)} requests sent while the worker is kept busy, "
          f"each given up after 50 ms: {tally(fates)}; "
          f"then a request that must wait: {status} after {took:.2f} s")
    s.stop()


# ----- the readers ----------------------------------------------------------

def make_files():
    files = []
    # The timetable's header and its first row, each padded with empty cells
    # to 16,384 columns; the row repeated to just under the service's limit.
    header, first = open("fixtures/valid/timetable.csv", newline="").read().split("\r\n")[:2]
    header, row = ((line + "," * (16384 - len(line.split(","))) + "\r\n").encode()
                   for line in (header, first))
    wide = os.path.join(tmp, "wide-empty-cells.csv")
    with open(wide, "wb") as f:
        f.write(header + row * ((LIMIT - 1 - len(header)) // len(row)))
    files.append(wide)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Submission" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    }
    cell = b"<c><v>1</v></c>"
    row = b"<row>" + cell * 16384 + b"</row>"
    for mib_xml in (64, 256, 1023):
        path = os.path.join(tmp, f"cells-{mib_xml}mib.xlsx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in parts.items():
                z.writestr(name, text)
            with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
                sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
                for _ in range((mib_xml << 20) // len(row)):
                    sheet.write(row)
                sheet.write(b"</sheetData></worksheet>")
        files.append(path)
    p = open("fixtures/valid/progress-report.json").read()
    flood = os.path.join(tmp, "stakeholders-1000000.json")
    open(flood, "w").write(p.replace('"postal-operators",', "1," * 1_000_000, 1))
    files.append(flood)
    # For the queue: a large valid collection that keeps a worker busy.
    one = p.replace('"KE-PR-2025"', '"KE-PR-{}"')
    docs = ",".join(one.replace("{}", str(i), 1) for i in range((24 << 20) // len(one)))
    open(os.path.join(tmp, "busy.json"), "w").write("[" + docs + "]")
    return files


# A child's peak memory (wait4's ru_maxrss) counts the memory of the process
# it was forked from: forked from this script, which holds the test files, it
# would read about 120 MiB for any run. So `fosx validate` is started by a
# small process of its own, itself started before any file is made.
RUNNER = r"""
import json, os, subprocess, sys, time
KILL_RSS, KILL_TIME = 4 << 20, 60
def rss(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0
for line in sys.stdin:
    start = time.monotonic()
    proc = subprocess.Popen(json.loads(line), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    why = None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - start > KILL_TIME:
            why = f"stopped after {KILL_TIME} s"
        elif rss(proc.pid) > KILL_RSS:
            why = "stopped past 4 GiB"
        if why:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    took = time.monotonic() - start
    outcome = why or f"exit {os.waitstatus_to_exitcode(status)}"
    print(json.dumps([outcome, took, usage.ru_maxrss]), flush=True)
"""
runner = None


def start_runner():
    global runner
    runner = subprocess.Popen([sys.executable, "-c", RUNNER], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    started.append(runner)


def run_validate(path):
    """(exit code or what stopped it, seconds, peak KiB)."""
    runner.stdin.write(json.dumps([FOSX, "validate", "--as-of", AS_OF, "--format", "json", path]) + "\n")
    runner.stdin.flush()
    outcome, took, peak = json.loads(runner.stdout.readline())
    return outcome, took, peak


def readers(files):
    for path in files:
        name = os.path.basename(path)
        size = os.path.getsize(path)
        outcome, took, peak = run_validate(path)
        print(f"{name} ({size:,} bytes)")
        print(f"  fosx validate:     {outcome}, {took:.2f} s, peak {mib(peak)}")
        if size > LIMIT:
            print("  POST /v1/validate: larger than the service's limit")
            continue
        s = Server()
        status, answer, took = request(s.port, "POST", f"/v1/validate?name={name}&as_of={AS_OF}",
                                       open(path, "rb").read())
        codes = ""
        try:
            report = json.loads(answer)
            seen = sorted({d["code"] for f in report["files"] for d in f["diagnostics"]})
            codes = " " + ",".join(seen[:6])
        except (ValueError, KeyError, TypeError):
            pass
        print(f"  POST /v1/validate: {status}{codes}, {took:.2f} s, peak {mib(s.peak())}"
              + (f"; {s.killed}" if s.killed else ""))
        s.stop()


def main():
    print(f"{FOSX} ({os.cpu_count()} cores)")
    start_runner()
    files = make_files()
    stalled_uploads()
    half_open()
    half_open(nofile=200)
    many_parts()
    cancelled_in_queue()
    readers(files)


try:
    main()
finally:
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    shutil.rmtree(tmp, ignore_errors=True)
PY
