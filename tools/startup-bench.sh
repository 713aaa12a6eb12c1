#!/usr/bin/env bash
# The start-up benchmark: how long until the first visible window, and the resident memory a
# few seconds later, of the app on a ten-year journal against a bare eframe window with the
# same renderer (examples/bare_window.rs) as the floor; and the CPU time of `log diary` on a
# ten-year journal against a one-month one. Runs alternate under one virtual display, so the
# programs compared share the machine's state; medians are printed, then one line each:
#   ratio <name> <value>   (target <= N: meets|MISSES)
#
#   tools/startup-bench.sh [RUNS] [SETTLE_SECS]      (defaults 5 and 8)
#
# Builds the release binary and the example first. Installs what it needs (xvfb, xdotool)
# when missing. The method and the last figures are in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
settle=${2:-8}

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
if [[ ${#need[@]} -gt 0 ]]; then
  echo "startup-bench: installing ${need[*]}" >&2
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

cargo build --release --locked --quiet --bin rehab-tracker --example bare_window
app=$PWD/target/release/rehab-tracker
bare=$PWD/target/release/examples/bare_window

work=$(mktemp -d)
chmod 700 "$work"
trap 'kill ${xpid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
# The sample ends three weeks ago, so `log diary` below writes on days neither journal has yet,
# into months that hold the same recent weeks in both.
end=$(date -d '-21 days' +%F)
"$app" demo --weeks 520 --out "$work/ten-years" --end "$end" >/dev/null
"$app" demo --weeks 4 --out "$work/one-month" --end "$end" >/dev/null

disp=:96
Xvfb $disp -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
sleep 1

# One run of a window: milliseconds to the first visible window, then RSS (KiB) after
# $settle seconds.
window() {
  local t0 t1 pid rss home
  home=$(mktemp -d -p "$work")
  t0=$(date +%s%N)
  env -u WAYLAND_DISPLAY DISPLAY=$disp XDG_RUNTIME_DIR="$home" HOME="$home" "$@" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 1000); do
    DISPLAY=$disp xdotool search --onlyvisible --pid $pid >/dev/null 2>&1 && break
    sleep 0.005
  done
  t1=$(date +%s%N)
  sleep "$settle"
  rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status 2>/dev/null || echo 0)
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  echo "$(((t1 - t0) / 1000000)) ${rss:-0}"
}

results=$work/results
for i in $(seq 1 "$runs"); do
  echo "ten_years $(window "$app" --data-dir "$work/ten-years")"
  echo "one_month $(window "$app" --data-dir "$work/one-month")"
  echo "bare $(window "$bare")"
done >"$results"
kill $xpid 2>/dev/null || true

# `log diary` on each journal, alternately: user + system CPU time of the process, each on a
# day of its own after the sample's end, so every run adds an entry to the same months in both.
python3 - "$app" "$work" "$runs" "$results" "$end" <<'PY'
import os, resource, subprocess, sys, datetime, statistics as st
app, work, runs, results = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
end = datetime.date.fromisoformat(sys.argv[5])
rows = {}
for line in open(results):
    name, ms, kb = line.split()
    rows.setdefault(name, []).append((int(ms), int(kb)))

def cpu(folder, day):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([app, "--data-dir", folder, "log", "diary", "--worst", "4", "--now", "3",
                    "--date", day], check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000

log = {"ten_years": [], "one_month": []}
first = end + datetime.timedelta(days=1)
for i in range(20):
    day = (first + datetime.timedelta(days=i)).isoformat()
    for name in log:
        log[name].append(cpu(os.path.join(work, name.replace("_", "-")), day))

med = {k: (st.median(x[0] for x in v), st.median(x[1] for x in v)) for k, v in rows.items()}
for k in ("ten_years", "one_month", "bare"):
    print(f"{k}: first window {med[k][0]:.0f} ms, RSS {med[k][1] / 1024:.1f} MiB (medians of {len(rows[k])})")
for k, v in log.items():
    print(f"log diary, {k}: {st.median(v):.1f} ms CPU (median of {len(v)})")

def ratio(name, value, target):
    verdict = "meets" if value <= target else "MISSES"
    print(f"ratio {name} {value:.3f}   (target <= {target}: {verdict})")

ratio("first_window_ten_years_vs_bare_window", med["ten_years"][0] / med["bare"][0], 1.3)
ratio("first_window_one_month_vs_bare_window", med["one_month"][0] / med["bare"][0], 1.3)
ratio("rss_ten_years_vs_bare_window", med["ten_years"][1] / med["bare"][1], 1.5)
ratio("log_diary_cpu_ten_years_vs_one_month", st.median(log["ten_years"]) / st.median(log["one_month"]), 1.5)
PY
