"""gunicorn under load for `make bench`: start a server, load it with wrk, and measure the CPU
its workers spend on sequential admin requests."""

import http.client
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"
WORKERS = 2
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def gunicorn_args(port):
    """The shipped config with two workers; only the address and the log level are changed."""
    return ["-c", str(GUNICORN_CONFIG), f"--bind=127.0.0.1:{port}", "--log-level=warning"]


def get(port, url, headers=None, timeout=300):
    """One GET without following redirects: (status, seconds)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("GET", url, headers=headers or {})
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    return response.status, time.perf_counter() - started


class Server:
    """One gunicorn master and its workers, started for a `with` block.

    The access log, which the shipped config writes to standard output, is written and thrown
    away, so it costs what it costs in production without flooding the report.
    """

    def __init__(self, command, env, cwd, port, ready_url):
        self.command, self.env, self.cwd = command, env, cwd
        self.port, self.ready_url = port, ready_url

    def answers(self):
        try:
            get(self.port, self.ready_url, timeout=10)
        except OSError:  # not listening yet, or a worker still booting
            return False
        return True

    def __enter__(self):
        if self.answers():
            raise SystemExit(f"Port {self.port} is taken; set BENCH_PORT to a free one.")
        self.process = subprocess.Popen(
            self.command,
            cwd=self.cwd,
            env={**self.env, "WEB_CONCURRENCY": str(WORKERS)},
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 90
        while not self.answers():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.__exit__()
                raise SystemExit(f"gunicorn did not start: {' '.join(self.command)}")
            time.sleep(0.3)
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=60)

    def worker_cpu(self):
        """CPU seconds (user + system) of each worker, by process id, from /proc."""
        seconds = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # the process ended meanwhile
                continue
            fields = stat.rsplit(")", 1)[1].split()
            # After the name: state, ppid, ..., utime and stime (fields 14 and 15 of proc(5)).
            if int(fields[1]) == self.process.pid:
                seconds[int(entry.name)] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        return seconds

    def admin_cost(self, url, cookie, requests):
        """Server CPU and latency per request over `requests` sequential requests.

        A few requests first let each worker import and compile what the view needs. If a worker
        was replaced meanwhile (the shipped config recycles them), the measurement is repeated.
        """
        headers = {"Cookie": cookie}
        for _ in range(2 * WORKERS):
            get(self.port, url, headers)
        for _attempt in range(3):
            before = self.worker_cpu()
            results = [get(self.port, url, headers) for _ in range(requests)]
            after = self.worker_cpu()
            if before.keys() == after.keys():
                break
            print(f"  {url}: a worker was replaced, measuring again", file=sys.stderr)
        cpu = sum(after.values()) - sum(before.values())
        return {
            "cpu_ms": cpu * 1000 / requests,
            "p50": statistics.median(seconds for _, seconds in results) * 1000,
            "errors": sum(status != 200 for status, _ in results),
        }


def wrk(port, url, status, duration, connections):
    output = subprocess.run(
        [
            "wrk",
            "--threads=2",
            f"--connections={connections}",
            f"--duration={duration}s",
            "--timeout=10s",
            f"--script={ROOT / 'benchmarks' / 'report.lua'}",
            f"http://127.0.0.1:{port}{url}",
            "--",
            str(status),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    return {
        "rps": result["requests"] / (result["duration_us"] / 1e6),
        "p50": result["p50_us"] / 1000,
        "p99": result["p99_us"] / 1000,
        "errors": result["socket_errors"] + result["wrong_status"],
    }
