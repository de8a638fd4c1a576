"""How fast this host runs one core right now: the seconds a fixed 20-million-step Python loop takes.

The absolute targets of issue 9 (cold start, search p95) depend on the host as much as on the code, and a shared
virtual host's speed changes by the hour (the same loop took 5.1 s and 2.0 s fifty minutes apart on 2026-12-02).
run.sh and start.sh print this figure beside theirs, measured in the same run, so that runs on different hosts or
hours can be compared.
"""
import time

start = time.perf_counter()
total = 0
for i in range(20_000_000):
    total += i
print(f"{time.perf_counter() - start:.2f}")
