#!/usr/bin/python3
"""Reference for bench/data_ingest_bench: Python's json.load of a MIRAGE file.

Usage: /usr/bin/python3 data_ingest_reference.py FILE
Prints one line: "seconds=<s> cpu=<s> biflows=<n> packets=<n> work_peak_kb=<kb> maxrss_kb=<kb>"
(work_peak_kb: peak RSS during the load above the RSS before it).
json.load accepts the bare NaN tokens of MIRAGE files by default.
"""
import json
import resource
import sys
import time


def rss_kb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


def main():
    path = sys.argv[1]
    # Reset the peak RSS (Linux) so it measures the load, not the interpreter.
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    before = rss_kb("VmRSS")
    start = time.perf_counter()
    cpu0 = time.process_time()
    with open(path, "rb") as f:
        doc = json.load(f)
    packets = sum(len(b["packet_data"]["packet_dir"]) for b in doc.values())
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    work = rss_kb("VmHWM") - before
    print(f"seconds={seconds:.6f} cpu={cpu:.6f} biflows={len(doc)} packets={packets} "
          f"work_peak_kb={work} maxrss_kb={rss}")


if __name__ == "__main__":
    main()
