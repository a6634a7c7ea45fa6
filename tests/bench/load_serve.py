"""Load test of ``quizgen serve`` (a script, not a pytest test).

Starts ``quizgen serve`` on 127.0.0.1 with the default SQLite store and ``--workers 2``, then:

1. *Class*: N simulated students (default 300) join within a ramp, answer 20 questions each
   (one autosave request per answer, with a short think time) and submit, all within about a
   minute. Reports errors, p50/p99 latency per request kind, and counts the answer rows in the
   database afterwards: every answer sent must be there.
2. *Throughput*: at concurrency 50 and 200, a bounded number of requests each for the quiz page
   (GET) and for answer saves (POST), reporting requests/s and p50/p99.

The client is a minimal keep-alive HTTP/1.1 client on asyncio (uvloop when installed): httpx's
async client tops out near 600 requests/s on one core here and would measure itself. It runs on
the same two cores as the server, so the numbers are a floor, not capacity.

    .venv/bin/python tests/bench/load_serve.py                 # the full run (about 1.5 minutes)
    .venv/bin/python tests/bench/load_serve.py --students 50 --ramp 5 --think 0.05 --requests 500
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "sample.bank.json"


def make_bank(path: Path, count: int = 20) -> None:
    """A valid bank of ``count`` questions of every type, made from the sample bank."""
    bank = json.loads(SAMPLE.read_text(encoding="utf-8"))
    base = bank["questions"]
    questions = []
    for i in range(count):
        q = copy.deepcopy(base[i % len(base)])
        q["id"] = f"load-{i:04d}"
        q["prompt"] = f"({i + 1}) {q['prompt']}"
        questions.append(q)
    bank["questions"] = questions
    path.write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")


class Response:
    def __init__(self, status_code: int, headers: dict[str, str], body: bytes):
        self.status_code = status_code
        self.headers = headers
        self.body = body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class RawClient:
    """One keep-alive connection with a cookie jar: just enough HTTP/1.1 for this benchmark."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.cookies: dict[str, str] = {}
        self.reader = self.writer = None

    async def _connect(self):
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def request(self, method: str, path: str, data: dict | None = None) -> Response:
        body = urlencode(data).encode() if data is not None else b""
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Connection: keep-alive"]
        if self.cookies:
            head.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if data is not None:
            head += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
        payload = ("\r\n".join(head) + "\r\n\r\n").encode() + body
        for attempt in (1, 2):  # reconnect once if the server closed an idle connection
            try:
                if self.writer is None:
                    await self._connect()
                self.writer.write(payload)
                return await self._read()
            except (ConnectionError, asyncio.IncompleteReadError):
                self.close()
                if attempt == 2:
                    raise

    async def _read(self) -> Response:
        status_line = await self.reader.readuntil(b"\r\n")
        status = int(status_line.split()[1])
        headers: dict[str, str] = {}
        while True:
            line = await self.reader.readuntil(b"\r\n")
            if line == b"\r\n":
                break
            name, _, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                cookie = value.split(";", 1)[0]
                k, _, v = cookie.partition("=")
                if "max-age=0" in value.lower() or v in ("", '""'):
                    self.cookies.pop(k, None)
                else:
                    self.cookies[k] = v
            headers[name] = value
        length = int(headers.get("content-length", "0"))
        body = await self.reader.readexactly(length) if length else b""
        if headers.get("connection", "").lower() == "close":
            self.close()
        return Response(status, headers, body)

    def get(self, path: str):
        return self.request("GET", path)

    def post(self, path: str, data: dict):
        return self.request("POST", path, data)

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, int(round(p / 100 * len(values) + 0.5)) - 1))
    return values[k]


class Stats:
    def __init__(self):
        self.latency = defaultdict(list)
        self.errors = defaultdict(int)
        self.error_samples: list[str] = []

    def record(self, kind: str, seconds: float, ok: bool, detail: str = "") -> None:
        self.latency[kind].append(seconds)
        if not ok:
            self.errors[kind] += 1
            if len(self.error_samples) < 10:
                self.error_samples.append(f"{kind}: {detail}")

    def table(self) -> str:
        lines = [f"{'request':<10} {'count':>6} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}"]
        for kind, values in self.latency.items():
            lines.append(f"{kind:<10} {len(values):>6} {self.errors[kind]:>6} {percentile(values, 50) * 1000:>8.1f} "
                         f"{percentile(values, 99) * 1000:>8.1f} {max(values) * 1000:>8.1f}")
        all_values = [v for vs in self.latency.values() for v in vs]
        lines.append(f"{'all':<10} {len(all_values):>6} {sum(self.errors.values()):>6} "
                     f"{percentile(all_values, 50) * 1000:>8.1f} {percentile(all_values, 99) * 1000:>8.1f} "
                     f"{max(all_values) * 1000:>8.1f}")
        return "\n".join(lines)


async def timed(stats: Stats, kind: str, coro, expect=(200, 303)):
    start = time.perf_counter()
    try:
        response = await coro
    except Exception as exc:  # a refused or dropped connection is an error, not a crash of the bench
        stats.record(kind, time.perf_counter() - start, False, repr(exc))
        return None
    ok = response.status_code in expect
    stats.record(kind, time.perf_counter() - start, ok, f"HTTP {response.status_code} {response.text[:120]!r}")
    return response


CSRF = re.compile(r'name="csrf" value="([^"]+)"')
FIELDSET = re.compile(r'<fieldset class="question q-(\w+)" id="(q\d+)"(.*?)</fieldset>', re.S)


def answer_fields(html: str) -> list[dict[str, str]]:
    """One form payload per question on the quiz page (a plausible answer for each type)."""
    payloads = []
    for qtype, name, body in FIELDSET.findall(html):
        if qtype in ("multiple_choice", "true_false"):
            payloads.append({name: "0"})
        elif qtype in ("short_answer", "cloze"):
            payloads.append({name: "8 May 1992"})
        else:
            selects = re.findall(rf'name="({name}_\d+)"', body)
            if qtype == "ordering":
                positions = list(range(1, len(selects) + 1))
                random.shuffle(positions)
                payloads.append({s: str(p) for s, p in zip(selects, positions)})
            else:
                payloads.append({s: str(i) for i, s in enumerate(selects)})
    return payloads


async def join(client: RawClient, code: str, name: str, stats: Stats) -> str | None:
    r = await timed(stats, "join page", client.get(f"/j/{code}"), expect=(200,))
    if r is None or r.status_code != 200:
        return None
    token = CSRF.search(r.text).group(1)
    r = await timed(stats, "join", client.post("/join", data={"csrf": token, "code": code, "name": name}))
    if r is None or r.status_code != 303:
        return None
    return token


async def student(port: int, code: str, index: int, delay: float, think: float, stats: Stats, sent: list) -> None:
    await asyncio.sleep(delay)
    client = RawClient("127.0.0.1", port)
    try:
        if await join(client, code, f"Student {index:03d} Şuşa", stats) is None:
            return
        r = await timed(stats, "quiz page", client.get(f"/quiz/{code}"), expect=(200,))
        if r is None:
            return
        token = CSRF.search(r.text).group(1)
        for payload in answer_fields(r.text):
            await asyncio.sleep(random.uniform(0.5 * think, 1.5 * think))
            r = await timed(stats, "answer", client.post(f"/quiz/{code}/answer", data={"csrf": token, **payload}),
                            expect=(200,))
            if r is not None and r.status_code == 200:
                sent.append(1)
        await timed(stats, "submit", client.post(f"/quiz/{code}/submit", data={"csrf": token, "action": "submit"}))
        await timed(stats, "result", client.get(f"/quiz/{code}/result"), expect=(200,))
    finally:
        client.close()


async def class_run(port: int, code: str, students: int, ramp: float, think: float) -> tuple[Stats, int, float]:
    stats, sent = Stats(), []
    start = time.perf_counter()
    await asyncio.gather(*[
        student(port, code, i, random.uniform(0, ramp), think, stats, sent) for i in range(students)])
    return stats, len(sent), time.perf_counter() - start


async def throughput(port: int, code: str, concurrency: int, requests: int) -> dict[str, dict[str, float]]:
    """``requests`` GETs of the quiz page, then ``requests`` answer saves, by ``concurrency`` clients."""
    clients = [RawClient("127.0.0.1", port) for _ in range(concurrency)]
    setup = Stats()
    tokens = await asyncio.gather(*[join(c, code, f"Bench {i}", setup) for i, c in enumerate(clients)])
    pages = [await c.get(f"/quiz/{code}") for c in clients]
    payloads = [answer_fields(p.text) for p in pages]
    out = {}
    for kind in ("quiz page", "answer"):
        stats = Stats()
        per_client = requests // concurrency

        async def loop(i: int):
            c = clients[i]
            for n in range(per_client):
                if kind == "quiz page":
                    await timed(stats, kind, c.get(f"/quiz/{code}"), expect=(200,))
                else:
                    payload = payloads[i][n % len(payloads[i])]
                    await timed(stats, kind, c.post(f"/quiz/{code}/answer", data={"csrf": tokens[i], **payload}),
                                expect=(200,))

        start = time.perf_counter()
        await asyncio.gather(*[loop(i) for i in range(concurrency)])
        elapsed = time.perf_counter() - start
        values = stats.latency[kind]
        out[kind] = {"requests": len(values), "errors": stats.errors[kind], "rps": len(values) / elapsed,
                     "p50_ms": percentile(values, 50) * 1000, "p99_ms": percentile(values, 99) * 1000}
    for c in clients:
        c.close()
    return out


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"quizgen serve exited early:\n{proc.stdout.read()}")
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("quizgen serve did not start")


def run(coro):
    try:
        import uvloop

        return uvloop.run(coro)
    except ImportError:
        return asyncio.run(coro)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=300)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--ramp", type=float, default=20.0, help="students join within this many seconds")
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds between two answers of a student")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--requests", type=int, default=4000, help="requests per kind in the throughput runs")
    parser.add_argument("--concurrency", default="50,200")
    parser.add_argument("--db", default=None, help="SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--json", default=None, help="also write the results to this JSON file")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="quizgen-load-"))
    bank = tmp / "load.bank.json"
    make_bank(bank, args.questions)
    db = args.db or f"sqlite:///{tmp / 'serve.sqlite'}"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "quizgen", "serve", str(bank), "--port", str(port), "--workers", str(args.workers),
           "--db", db]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=tmp,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    results: dict = {"command": " ".join(cmd[1:]), "students": args.students, "questions": args.questions}
    try:
        wait_ready(base, proc)
        from quizgen.serve.store import Store

        store = Store(db)
        quiz = store.list_quizzes()[-1]
        code = quiz["code"]
        print(f"server: {' '.join(cmd[2:])}\nclass code {code}; {args.students} students x {args.questions} "
              f"questions, joining within {args.ramp:.0f} s, about {args.think:.1f} s between answers")
        stats, sent, elapsed = run(class_run(port, code, args.students, args.ramp, args.think))
        rows = store.count_answers(quiz["id"])
        expected = args.students * args.questions
        submitted = sum(1 for a in store.list_attempts(quiz["id"]) if a["submitted_at"] is not None)
        print(f"\nclass run: {elapsed:.1f} s wall, {sum(len(v) for v in stats.latency.values())} requests")
        print(stats.table())
        print(f"answers acknowledged {sent}, rows in the database {rows}, expected {expected}; "
              f"lost {expected - rows}; submitted attempts {submitted}/{args.students}")
        for sample in stats.error_samples:
            print("  error:", sample)
        all_lat = [v for vs in stats.latency.values() for v in vs]
        results["class"] = {
            "wall_s": round(elapsed, 1), "requests": len(all_lat), "errors": sum(stats.errors.values()),
            "p50_ms": round(percentile(all_lat, 50) * 1000, 1), "p99_ms": round(percentile(all_lat, 99) * 1000, 1),
            "answer_p99_ms": round(percentile(stats.latency["answer"], 99) * 1000, 1),
            "answers_sent": sent, "answer_rows": rows, "expected_rows": expected, "submitted": submitted,
        }
        results["throughput"] = {}
        for c in [int(x) for x in args.concurrency.split(",") if x]:
            out = run(throughput(port, code, c, args.requests))
            results["throughput"][c] = out
            for kind, r in out.items():
                print(f"concurrency {c:>3} {kind:<10} {r['requests']:>6} requests {r['errors']:>3} errors "
                      f"{r['rps']:>8.0f} req/s  p50 {r['p50_ms']:.1f} ms  p99 {r['p99_ms']:.1f} ms")
        store.dispose()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    bad = results.get("class", {})
    if bad.get("errors") or bad.get("answer_rows") != bad.get("expected_rows"):
        sys.exit(1)


if __name__ == "__main__":
    main()
