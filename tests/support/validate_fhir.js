#!/usr/bin/env node
// Validates a FHIR R4 JSON Bundle with the npm package `fhir` (FHIR.js 4.12.0, FHIR 4.0),
// independently of tests/support/validate_fhir.py. Installed by .ci/run: npm ci in this
// folder.
//
// Exit status: 0 valid, 1 invalid (the reasons printed), 77 the package is not installed.
//
// The package checks elements, cardinality, types and required code bindings. Its patterns
// for date, dateTime and instant are not anchored (it takes "2026-13-45" because "2026"
// matches), so every element the package's own structure definitions type as one of those
// is checked again here against the full R4 pattern and the calendar.

"use strict";
const fs = require("fs");
const path = require("path");

let Fhir;
try {
  ({ Fhir } = require(path.join(__dirname, "node_modules", "fhir")));
} catch (e) {
  console.log("the npm package fhir is not installed (npm ci in tests/support)");
  process.exit(77);
}

const YEAR = "([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)";
const ZONE = "(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))";
const TIME = "([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?";
const PATTERNS = {
  date: new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$`),
  dateTime: new RegExp(
    `^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T${TIME}${ZONE})?)?)?$`
  ),
  instant: new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T${TIME}${ZONE}$`),
};

/** Whether a YYYY-MM-DD prefix names a real day (not 30 February). */
function realDay(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

function checkDates(parser, value, properties, where, problems) {
  if (!value || typeof value !== "object" || !properties) return;
  for (const prop of properties) {
    if (!(prop._name in value)) continue;
    const items = Array.isArray(value[prop._name]) ? value[prop._name] : [value[prop._name]];
    items.forEach((item, i) => {
      const at = `${where}.${prop._name}${items.length > 1 ? `[${i}]` : ""}`;
      const pattern = PATTERNS[prop._type];
      if (pattern) {
        if (typeof item !== "string" || !pattern.test(item) || !realDay(item)) {
          problems.push(`${at}: ${JSON.stringify(item)} is not an R4 ${prop._type}`);
        }
      } else if (prop._type === "Resource") {
        checkResource(parser, item, at, problems);
      } else if (prop._properties) {
        checkDates(parser, item, prop._properties, at, problems);
      } else if (parser.parsedStructureDefinitions[prop._type]) {
        checkDates(
          parser,
          item,
          parser.parsedStructureDefinitions[prop._type]._properties,
          at,
          problems
        );
      }
    });
  }
}

function checkResource(parser, resource, where, problems) {
  const sd = resource && parser.parsedStructureDefinitions[resource.resourceType];
  if (sd) checkDates(parser, resource, sd._properties, where || resource.resourceType, problems);
}

function main() {
  const file = process.argv[2];
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  const fhir = new Fhir();
  const result = fhir.validate(data, { errorOnUnexpected: true });
  const problems = result.messages
    .filter((m) => m.severity === "error" || m.severity === "fatal")
    .map((m) => `fhir: ${m.location}: ${m.message}`);
  if (!result.valid && problems.length === 0) problems.push("fhir: not valid");
  checkResource(fhir.parser, data, "Bundle", problems);
  if (problems.length) {
    console.log(problems.slice(0, 50).join("\n"));
    process.exit(1);
  }
  const entries = (data.entry || []).length;
  console.log(`valid FHIR R4 Bundle (${data.type}) with ${entries} entries (npm fhir ${require(path.join(__dirname, "node_modules", "fhir", "package.json")).version})`);
}

main();
