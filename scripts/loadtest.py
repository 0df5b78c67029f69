#!/usr/bin/env python3
"""Load test: gunicorn on PostgreSQL + Redis, the public page types at 64 connections for 60 s.

    make loadtest        (or .venv/bin/python scripts/loadtest.py --connections 64 --duration 60)

Only 127.0.0.1 is ever contacted; the run stops by itself after --duration seconds. Prints requests
per second, p50/p90/p99 latency, errors and 5xx, and exits non-zero on any error or 5xx.
"""

import argparse
import asyncio
import re
import statistics
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stack

LANGUAGES = stack.site_languages()


def public_paths(base):
    """Every page of the sitemap, the untranslated copies too, plus search, robots and sitemap."""
    with urllib.request.urlopen(f"{base}/sitemap.xml", timeout=10) as response:
        sitemap = response.read().decode()
    paths = {urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    for path in list(paths):
        parts = path.split("/", 2)
        if len(parts) > 2 and parts[1] in LANGUAGES:
            paths.update(f"/{code}/{parts[2]}" for code in LANGUAGES)
    paths.update(f"/{code}/search/?q={q}" for code in LANGUAGES for q in ("tools", "training", "vet"))
    paths.update({"/sitemap.xml", "/robots.txt"})
    return sorted(paths)


async def fetch(reader, writer, path):
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
        keep = headers.get("connection", "").lower() != "close"
    else:
        await reader.read()
        keep = False
    return status, keep


async def worker(host, port, paths, offset, stop_at, results):
    reader = writer = None
    i = offset
    while time.monotonic() < stop_at:
        path = paths[i % len(paths)]
        i += 1
        started = time.monotonic()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            status, keep = await asyncio.wait_for(fetch(reader, writer, path), timeout=60)
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as error:
            results["errors"][type(error).__name__] += 1
            if writer is not None:
                writer.close()
            writer = None
            continue
        results["latencies"].append(time.monotonic() - started)
        results["status"][status] += 1
        if not keep:
            writer.close()
            writer = None
    if writer is not None:
        writer.close()


async def drive(host, port, paths, connections, duration):
    results = {"latencies": [], "status": Counter(), "errors": Counter()}
    stop_at = time.monotonic() + duration
    started = time.monotonic()
    await asyncio.gather(*(worker(host, port, paths, n * 7, stop_at, results) for n in range(connections)))
    return results, time.monotonic() - started


def percentile(values, q):
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=8210)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers (default: 2 x CPU + 1)")
    parser.add_argument("--database", default="vetweb_production_load")
    parser.add_argument("--warmup", type=float, default=5.0)
    args = parser.parse_args()
    args.duration = min(args.duration, 600.0)  # bounded whatever is asked

    env = stack.production_env(args.database)
    stack.prepare_database(args.database, env)
    server = stack.start_gunicorn(args.port, env, workers=args.workers)
    try:
        base = f"http://127.0.0.1:{args.port}"
        paths = public_paths(base)
        print(f"{len(paths)} public URLs, e.g. {', '.join(paths[:4])}", flush=True)
        if args.warmup:
            asyncio.run(drive("127.0.0.1", args.port, paths, min(8, args.connections), args.warmup))
        print(f"Driving {args.connections} connections for {args.duration:.0f} s ...", flush=True)
        results, elapsed = asyncio.run(drive("127.0.0.1", args.port, paths, args.connections, args.duration))
    finally:
        stack.stop(server)

    latencies = sorted(results["latencies"])
    total = len(latencies)
    errors = sum(results["errors"].values())
    server_errors = sum(n for status, n in results["status"].items() if status >= 500)
    not_ok = sum(n for status, n in results["status"].items() if status >= 400)
    print()
    print(f"requests      {total}")
    print(f"duration      {elapsed:.1f} s")
    print(f"requests/s    {total / elapsed:.1f}")
    if latencies:
        print(f"latency p50   {percentile(latencies, 50) * 1000:.0f} ms")
        print(f"latency p90   {percentile(latencies, 90) * 1000:.0f} ms")
        print(f"latency p99   {percentile(latencies, 99) * 1000:.0f} ms")
        print(f"latency max   {latencies[-1] * 1000:.0f} ms")
    print(f"status codes  {dict(sorted(results['status'].items()))}")
    print(f"errors        {errors} {dict(results['errors']) or ''}")
    print(f"5xx           {server_errors}")
    if errors or not_ok or not total:
        print("FAILED: errors, 4xx or 5xx responses")
        return 1
    print("OK: zero errors, zero 5xx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
