#!/usr/bin/env python3
"""Validates a FHIR R4 (4.0.1) JSON Bundle with the fhir.resources package (5.1.1, its last
R4 release: 6.x is R4B, 7.x and later are R5 with R4B and STU3 subpackages only).

Exit status: 0 valid, 1 invalid (the reasons printed), 77 fhir.resources (R4) not installed.
Besides the package's checks (types, required elements, unknown elements, choice types), the
primitive types the package only warns about are checked against the R4 regular expressions
(a date the package cannot read, such as 2026-13-45, is one of its warnings, and fails), and
the coded elements this app writes against their required R4 value sets, which the package
does not check.
"""

import json
import logging
import re
import sys

R4_DATETIME = re.compile(
    r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])"
    r"(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?"
)
R4_INSTANT = re.compile(
    r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])"
    r"T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))"
)
R4_ID = re.compile(r"[A-Za-z0-9\-\.]{1,64}")
R4_CODE = re.compile(r"[^\s]+(\s[^\s]+)*")
DATETIME_KEYS = {"effectiveDateTime", "performedDateTime", "start", "end", "recordedDate"}
INSTANT_KEYS = {"timestamp", "lastUpdated", "issued"}
CODE_KEYS = {"code", "status", "type", "content"}


# fhir.resources 5.1.1 does not check codes against their value sets, not even the required
# bindings (it takes a Bundle of type "nonsense"). The required bindings of every coded
# element this app writes, from the R4 specification:
REQUIRED_CODES = {
    ("Bundle", "type"): {
        "document", "message", "transaction", "transaction-response", "batch",
        "batch-response", "history", "searchset", "collection",
    },
    ("Observation", "status"): {
        "registered", "preliminary", "final", "amended", "corrected", "cancelled",
        "entered-in-error", "unknown",
    },
    ("Procedure", "status"): {
        "preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
        "entered-in-error", "unknown",
    },
    ("Encounter", "status"): {
        "planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled",
        "entered-in-error", "unknown",
    },
    ("CodeSystem", "status"): {"draft", "active", "retired", "unknown"},
    ("CodeSystem", "content"): {"not-present", "example", "fragment", "complete", "supplement"},
    ("Identifier", "use"): {"usual", "official", "temp", "secondary", "old"},
}
REQUEST_METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"}


def check_codes(resource, where, problems):
    kind = resource.get("resourceType")
    for (owner, key), allowed in REQUIRED_CODES.items():
        if owner == kind and key in resource and resource[key] not in allowed:
            problems.append(f"{where}.{key}: {resource[key]!r} is not in the R4 value set")
    for ident in resource.get("identifier", []):
        if "use" in ident and ident["use"] not in REQUIRED_CODES[("Identifier", "use")]:
            problems.append(f"{where}.identifier.use: {ident['use']!r} is not an R4 code")
    if kind == "Bundle":
        for i, entry in enumerate(resource.get("entry", [])):
            request = entry.get("request")
            if request is not None and request.get("method") not in REQUEST_METHODS:
                problems.append(f"{where}.entry[{i}].request.method: {request.get('method')!r}")
            if resource.get("type") in ("transaction", "batch") and request is None:
                problems.append(f"{where}.entry[{i}]: a {resource['type']} entry needs a request")
            if "resource" in entry:
                check_codes(entry["resource"], f"{where}.entry[{i}].resource", problems)


def walk(value, path, problems):
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}"
            if key in DATETIME_KEYS and not R4_DATETIME.fullmatch(str(item)):
                problems.append(f"{where}: {item!r} is not an R4 dateTime")
            if key in INSTANT_KEYS and not R4_INSTANT.fullmatch(str(item)):
                problems.append(f"{where}: {item!r} is not an R4 instant")
            if key == "id" and not R4_ID.fullmatch(str(item)):
                problems.append(f"{where}: {item!r} is not an R4 id")
            if key in CODE_KEYS and isinstance(item, str) and not R4_CODE.fullmatch(item):
                problems.append(f"{where}: {item!r} is not an R4 code")
            walk(item, where, problems)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            walk(item, f"{path}[{i}]", problems)
    elif isinstance(value, str) and (value == "" or value != value.strip()):
        problems.append(f"{path}: strings must not be empty or padded")


def main():
    try:
        import fhir.resources
        from fhir.resources.bundle import Bundle
    except ImportError:
        print("fhir.resources is not installed (pip install fhir.resources==5.1.1)")
        return 77
    if getattr(fhir.resources, "__fhir_version__", None) != "4.0.1":
        print(
            f"fhir.resources validates FHIR {getattr(fhir.resources, '__fhir_version__', '?')}, "
            "not R4 4.0.1 (pip install fhir.resources==5.1.1)"
        )
        return 77

    warnings = []

    class Collect(logging.Handler):
        def emit(self, record):
            warnings.append(record.getMessage())

    logging.getLogger("fhir.resources").addHandler(Collect())
    logging.getLogger("fhir.resources").setLevel(logging.WARNING)

    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    problems = []
    try:
        bundle = Bundle(data, strict=True)
        bundle.as_json()
    except Exception as e:  # the package raises FHIRValidationError and TypeError
        problems.append(f"fhir.resources: {e}")
    problems.extend(f"fhir.resources warning: {w}" for w in warnings)
    walk(data, "Bundle", problems)
    check_codes(data, "Bundle", problems)
    if problems:
        print("\n".join(problems[:50]))
        return 1
    print(f"valid FHIR R4 Bundle ({data.get('type')}) with {len(data.get('entry', []))} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
