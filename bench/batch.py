#!/usr/bin/env python3
"""Runs one batch job through the API and prints its timings (bench/batch.sh).

Output, one line: status, wall seconds (request to end seen), run seconds (the execution's own
start to end, from the job repository) and, per step, name:seconds:items written.
"""
import argparse
import datetime
import json
import os
import sys
import time
import urllib.request


def call(method, url, body=None):
    request = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Bearer " + os.environ["BENCH_TOKEN"])
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def seconds(start, end):
    parse = lambda t: datetime.datetime.fromisoformat(t.replace("Z", "+00:00"))
    return (parse(end) - parse(start)).total_seconds()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--job", required=True)
    parser.add_argument("--parameters", default="{}")
    args = parser.parse_args()
    began = time.monotonic()
    started = call("POST", f"{args.base_url}/api/batch/jobs/{args.job}/executions",
                   {"parameters": json.loads(args.parameters)})
    execution = started["executionId"]
    while True:
        run = call("GET", f"{args.base_url}/api/batch/executions/{execution}")
        if run["status"] in ("COMPLETED", "FAILED", "STOPPED", "ABANDONED"):
            break
        time.sleep(0.05)
    wall = time.monotonic() - began
    steps = " ".join(f'{s["name"]}:{seconds(s["startedAt"], s["endedAt"]):.3f}:{s["itemsWritten"]}'
                     for s in run["steps"])
    print(f'{run["status"]} {wall:.3f} {seconds(run["startedAt"], run["endedAt"]):.3f} {steps}')
    return 0 if run["status"] == "COMPLETED" else 1


if __name__ == "__main__":
    sys.exit(main())
