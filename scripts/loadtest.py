#!/usr/bin/env python3
"""Load test: gunicorn on PostgreSQL + Redis, the public page types at 64 connections for 60 s.

    make loadtest        (or .venv/bin/python scripts/loadtest.py --connections 64 --duration 60)

Only 127.0.0.1 is ever contacted; the run stops by itself after --duration seconds. Prints requests
per second, p50/p90/p99 latency, errors and 5xx, and exits non-zero on any error or 5xx.

Then, where nginx and wrk are installed (Debian: `apt-get install nginx-light wrk`), it compares
page-cache hits with nginx serving the same bytes: the pages the page cache serves are fetched once,
written to files that nginx serves, and wrk (a load generator in C, so the client is not the
bottleneck) drives both with the same connections for the same time. The target (README,
"Performance"): gunicorn's cache hits reach at least HITS_TARGET of nginx's requests per second;
the run exits non-zero when they do not. `--skip-nginx` leaves the comparison out.
"""

import argparse
import asyncio
import hashlib
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stack

LANGUAGES = stack.site_languages()
HITS_TARGET = 0.10  # cache hits: at least 10 % of nginx's requests per second for the same bytes
WRK_WARMUP_SECONDS = 5


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


def cached_pages(base, paths):
    """{path: bytes} of the pages the page cache serves (their second fetch is a hit)."""
    pages = {}
    for path in paths:
        for _ in range(2):
            request = urllib.request.Request(base + path, headers={"Accept-Language": "en"})
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    body, hit = response.read(), response.headers.get("X-Page-Cache") == "hit"
            except urllib.error.HTTPError:
                body, hit = b"", False
        if hit:
            pages[path] = body
    return pages


WRK_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Accept-Language"] = "en"})
end
"""


def run_wrk(port, paths, connections, duration, folder, name):
    """wrk's requests per second and non-2xx responses, cycling through `paths`."""
    script = folder / f"{name}.lua"
    script.write_text(WRK_SCRIPT % ", ".join(f'"{path}"' for path in paths))
    output = subprocess.run(
        [
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(connections),
            "--duration",
            f"{duration:.0f}s",
            "--script",
            str(script),
            f"http://127.0.0.1:{port}/",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return rate, int(bad.group(1)) if bad else 0, errors.group(1) if errors else ""


def start_nginx(port, pages, folder):
    """nginx serving each page's bytes as a static file (named by a hash of its path)."""
    root = folder / "pages"
    root.mkdir()
    static_paths = []
    for path, body in pages.items():
        name = hashlib.sha256(path.encode()).hexdigest() + ".html"
        (root / name).write_bytes(body)
        static_paths.append(f"/{name}")
    config = folder / "nginx.conf"
    config.write_text(
        f"""worker_processes auto;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    client_body_temp_path {folder};
    proxy_temp_path {folder};
    fastcgi_temp_path {folder};
    uwsgi_temp_path {folder};
    scgi_temp_path {folder};
    server {{
        listen 127.0.0.1:{port};
        root {root};
        default_type text/html;
        location / {{ try_files $uri =404; }}
    }}
}}
"""
    )
    process = subprocess.Popen(
        ["nginx", "-c", str(config), "-p", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    for _ in range(50):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{static_paths[0]}", timeout=1):
                return process, static_paths
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    process.kill()
    sys.exit(f"nginx did not start on port {port} (see {folder}/nginx-error.log)")


def compare_with_nginx(base, port, paths, args):
    """Cache hits against nginx serving the same bytes; True when the target is met."""
    pages = cached_pages(base, paths)
    if not pages:
        print("No page was served from the page cache: nothing to compare")
        return False
    folder = Path(tempfile.mkdtemp(prefix="vetweb-loadtest-"))
    try:
        # Both warmed the same way first: each worker process keeps the hits it answers itself
        # (ops/front_cache.py) per Host header, and wrk's names the port where the driver's did not.
        run_wrk(port, list(pages), args.connections, WRK_WARMUP_SECONDS, folder, "hits")
        hits, hits_bad, hits_errors = run_wrk(
            port, list(pages), args.connections, args.hits_duration, folder, "hits"
        )
        nginx, static_paths = start_nginx(args.nginx_port, pages, folder)
        try:
            run_wrk(args.nginx_port, static_paths, args.connections, WRK_WARMUP_SECONDS, folder, "nginx")
            static, static_bad, _ = run_wrk(
                args.nginx_port, static_paths, args.connections, args.hits_duration, folder, "nginx"
            )
        finally:
            nginx.send_signal(signal.SIGQUIT)
            nginx.wait(timeout=20)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    share = hits / static if static else 0
    size = sum(map(len, pages.values())) / len(pages)
    print()
    print(
        f"Page-cache hits against nginx ({len(pages)} cached pages, {size / 1024:.1f} KiB on average, wrk, "
    )
    print(f"{args.connections} connections, {args.hits_duration:.0f} s each):")
    print(
        f"gunicorn hits {hits:9.1f} requests/s  (non-2xx {hits_bad}{', socket errors ' + hits_errors if hits_errors else ''})"
    )
    print(f"nginx         {static:9.1f} requests/s  (non-2xx {static_bad})")
    met = share >= HITS_TARGET and not hits_bad
    print(f"{'met   ' if met else 'MISSED'} hits are {share:.1%} of nginx (target >= {HITS_TARGET:.0%})")
    return met


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
    parser.add_argument("--skip-nginx", action="store_true", help="leave out the comparison with nginx")
    parser.add_argument("--hits-duration", type=float, default=20.0, help="seconds of each wrk run")
    parser.add_argument("--nginx-port", type=int, default=8211)
    args = parser.parse_args()
    args.duration = min(args.duration, 600.0)  # bounded whatever is asked
    args.hits_duration = min(args.hits_duration, 600.0)
    compare = not args.skip_nginx
    if compare and not (shutil.which("nginx") and shutil.which("wrk")):
        print("nginx or wrk not found: the comparison of cache hits with nginx is left out")
        print("(Debian: apt-get install nginx-light wrk; or pass --skip-nginx)")
        compare = False

    # The X-Page-Cache header tells which pages the page cache serves.
    env = stack.production_env(args.database, PAGE_CACHE_DEBUG_HEADER="true")
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
        mixed_ok = report(results, elapsed)
        hits_met = compare_with_nginx(base, args.port, paths, args) if compare else True
    finally:
        stack.stop(server)

    if not mixed_ok:
        print("FAILED: errors, 4xx or 5xx responses")
        return 1
    if not hits_met:
        print("FAILED: page-cache hits below the target against nginx")
        return 1
    print("OK: zero errors, zero 5xx" + (", cache hits on target against nginx" if compare else ""))
    return 0


def report(results, elapsed):
    """Print the mixed load's figures; True when it had no error, 4xx or 5xx."""
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
    return not (errors or not_ok or not total)


if __name__ == "__main__":
    sys.exit(main())
