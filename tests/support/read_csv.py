#!/usr/bin/env python3
"""Reads a CSV export folder back the way docs/export-format.md tells an analyst to: with
Python's csv module and with pandas, using the documented column types.

Usage: read_csv.py FOLDER PATIENT
Prints one JSON object: per table, its row count, the patient names found and the pandas
dtype of every column. Exit status: 0 read as documented, 1 not (the reasons printed),
77 pandas not installed.
"""

import csv
import json
import sys

TABLES = ["sessions", "sets", "diary", "events", "psfs", "status", "programme"]
# The booleans of each table: always true or false, so pandas reads them as bool.
BOOLEANS = {
    "sessions": ["light_provisional", "pain_building"],
    "sets": ["band_doubled"],
    "diary": ["snapping", "pain_buttock", "pain_hip", "pain_groin", "pain_back_of_thigh"],
    "events": ["red_flag_urgent"],
    "psfs": [],
    "status": ["quiet"],
    "programme": ["in_force", "enabled", "held", "one_sided"],
}
# Integer columns documented as nullable: read as pandas' nullable Int64.
NULLABLE_INTS = {
    "sessions": ["programme_week", "pain_during_max", "next_morning_pain",
                 "usual_morning_pain", "effort"],
    "sets": ["programme_week", "reps", "hold_secs", "exercise_pain_during", "exercise_effort"],
    "diary": ["programme_week", "sitting_mins"],
    "events": ["programme_week", "level_from", "level_to"],
    "psfs": ["programme_week"],
    "status": ["days_without_entries", "quiet_after_days"],
    "programme": ["sets_min", "sets_max", "target_min", "target_max"],
}
# Integer columns documented as never empty: pandas reads them as int64 with no help.
INTS = {
    "sessions": ["session_id", "exercises", "sets"],
    "sets": ["session_id", "level", "set_number"],
    "diary": ["entry_id", "pain_now", "worst_24h"],
    "events": ["event_id"],
    "psfs": ["entry_id", "activity_number", "score"],
    "status": ["programme_week", "decision_week"],
    "programme": ["sessions_per_week", "level", "levels"],
}


def main():
    try:
        import pandas as pd
    except ImportError:
        print("pandas is not installed (pip install pandas)")
        return 77
    folder, patient = sys.argv[1], sys.argv[2]
    problems = []
    out = {}
    for table in TABLES:
        path = f"{folder}/{table}.csv"
        # The csv module: the byte-order mark is taken off by utf-8-sig, every row as long as
        # the header.
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        if header[0] != "patient":
            problems.append(f"{table}: the first column is {header[0]!r}, not patient")
        for i, row in enumerate(body):
            if len(row) != len(header):
                problems.append(f"{table} row {i + 1}: {len(row)} fields, header has {len(header)}")
        names = sorted({row[0] for row in body})
        frame = pd.read_csv(
            path,
            dtype={c: "Int64" for c in NULLABLE_INTS[table]},
            keep_default_na=False,
            na_values=[""],
        )
        dtypes = {c: str(t) for c, t in frame.dtypes.items()}
        if list(frame.columns) != header:
            problems.append(f"{table}: pandas read the columns {list(frame.columns)}")
        if len(frame) != len(body):
            problems.append(f"{table}: pandas read {len(frame)} rows, csv {len(body)}")
        for c in BOOLEANS[table]:
            if len(frame) and dtypes.get(c) != "bool":
                problems.append(f"{table}.{c} reads as {dtypes.get(c)}, not bool")
        for c in INTS[table]:
            if len(frame) and dtypes.get(c) != "int64":
                problems.append(f"{table}.{c} reads as {dtypes.get(c)}, not int64")
        if len(frame) and set(frame["patient"]) != {patient}:
            problems.append(f"{table}: patient column holds {sorted(set(frame['patient']))}")
        out[table] = {"rows": len(body), "patients": names, "dtypes": dtypes}
    print(json.dumps(out))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
