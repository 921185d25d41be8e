#!/usr/bin/env python3
"""Ledger benchmark driver: prices a 20-component build against 200 recipes and books it, over HTTP.

Each iteration creates an inquiry (not measured), then measures:
  price   POST /api/builds with the bench deliverable (20 components) and one coverage line
  edit    POST /api/builds/{id}/operations changing one component (re-prices it)
  book    POST /api/builds/{id}/book (lock, client, project, change order 1, snapshot 1, and
          whatever observes BuildBooked: task generation, payment schedule)
Prints one summary line per measure (p50/p90/p99/max/mean in ms) and checks every answer.
"""
import argparse
import json
import os
import statistics
import time
import urllib.error
import urllib.request


def call(base, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    request.add_header("Content-Type", "application/json")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            payload = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        raise SystemExit(f"{method} {path}: {error.code} {error.read().decode()[:500]}")
    elapsed = (time.perf_counter() - started) * 1000.0
    return status, (json.loads(payload) if payload else None), elapsed


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--deliverable", type=int, required=True)
    parser.add_argument("--operator", type=int, required=True)
    parser.add_argument("--scene", type=int, required=True)
    parser.add_argument("--iterations", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--projects-file", required=True)
    args = parser.parse_args()
    token = os.environ["BENCH_TOKEN"]
    timings = {"price": [], "edit": [], "book": []}
    projects = []
    for i in range(args.warmup + args.iterations):
        unique = f"{os.getpid()}-{i}-{time.time_ns()}"
        _, inquiry, _ = call(args.base_url, token, "POST", "/api/inquiries", {
            "contact": {"firstName": "Bench", "lastName": "Couple", "email": f"bench-{unique}@bench.invalid"},
            "weddingDate": "2031-09-%02d" % (1 + i % 28),
        })
        _, build, price_ms = call(args.base_url, token, "POST", "/api/builds", {
            "inquiryId": inquiry["id"],
            "operations": [
                {"op": "addDeliverable", "deliverableId": args.deliverable},
                {"op": "addCoverage", "coverageSceneId": args.scene, "operatorTypeId": args.operator,
                 "quantity": 2, "hours": 8},
            ],
        })
        components = build["deliverables"][0]["components"]
        if len(components) != 20 or float(build["livePrice"]) <= 0:
            raise SystemExit(f"unexpected build: {len(components)} components, live {build['livePrice']}")
        first = components[0]
        _, edited, edit_ms = call(args.base_url, token, "POST", f"/api/builds/{build['id']}/operations", {
            "operations": [{"op": "modifyComponent", "lineId": first["id"],
                            "targetMinutes": float(first.get("targetMinutes") or 0) + 1}],
        })
        _, booked, book_ms = call(args.base_url, token, "POST", f"/api/builds/{build['id']}/book")
        if booked["status"] != "Booked" or booked["approvedPrice"] != edited["livePrice"]:
            raise SystemExit(f"unexpected booking: {booked['status']} {booked['approvedPrice']}")
        projects.append(str(booked["projectId"]))
        if i >= args.warmup:
            timings["price"].append(price_ms)
            timings["edit"].append(edit_ms)
            timings["book"].append(book_ms)
    with open(args.projects_file, "w") as out:
        out.write(",".join(projects))
    print(f"{'measure':<8}{'n':>5}{'p50 ms':>10}{'p90 ms':>10}{'p99 ms':>10}{'max ms':>10}{'mean ms':>10}")
    for name, values in timings.items():
        print(f"{name:<8}{len(values):>5}{percentile(values, 50):>10.1f}{percentile(values, 90):>10.1f}"
              f"{percentile(values, 99):>10.1f}{max(values):>10.1f}{statistics.mean(values):>10.1f}")


if __name__ == "__main__":
    main()
