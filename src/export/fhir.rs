//! FHIR R4 (4.0.1): a Bundle of type `transaction` (or, on request, `collection`) holding
//! the app's code system, the Patient, and what the diary holds: Observations of pain
//! (LOINC 72514-3, category `survey`, `valueInteger`), sitting tolerance, PSFS (one
//! Observation per rating, a component per activity), session traffic lights, warning
//! signs and medication changes; a Procedure per injection (body site with its side); an
//! Encounter per clinician visit. What LOINC has no code for is coded in the project's own
//! code system [`CODE_SYSTEM`]. The mapping is described in `docs/export-format.md`.
//!
//! Every resource's id is made from the patient's random identifier and the entry's number,
//! so exporting again gives the same ids: a transaction's `PUT`s update what an earlier
//! export created instead of adding copies, and two patients never share an id.
//!
//! Free-text notes are never written here. Times are the patient's local time, with the
//! offset this computer's time zone had on that day.

use super::Prepared;
use crate::analysis::Light;
use crate::model::{EventKind, Guidance, Pain, Side};
use chrono::{Duration, Local, NaiveDate, NaiveTime, Offset, TimeZone};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::io::{self, Write};

/// The project's code system for what LOINC has no code for. It names codes; it is not a web
/// page (`.invalid` never resolves), and it will not change.
pub const CODE_SYSTEM: &str = "https://rehab-tracker.invalid/fhir/CodeSystem/rehab-tracker";
/// The identifier system of the patient code (or its pseudonym).
pub const PATIENT_CODE_SYSTEM: &str =
    "https://rehab-tracker.invalid/fhir/NamingSystem/patient-code";
/// The identifier system of the patient's random identifier, written `urn:uuid:…`.
pub const URI_SYSTEM: &str = "urn:ietf:rfc:3986";
/// LOINC.
pub const LOINC: &str = "http://loinc.org";
/// LOINC's pain severity, 0-10 numeric rating, patient-reported.
pub const LOINC_PAIN: &str = "72514-3";
/// Its display name.
pub const LOINC_PAIN_DISPLAY: &str =
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
/// SNOMED CT.
pub const SNOMED: &str = "http://snomed.info/sct";
/// UCUM, the units.
pub const UCUM: &str = "http://unitsofmeasure.org";
/// HL7's observation categories.
pub const CATEGORY_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
/// HL7's encounter classes (v3 `ActCode`).
pub const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

/// The type of FHIR Bundle to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BundleType {
    /// A `transaction`: each entry with its request (`PUT Observation/<id>`), so a FHIR
    /// server takes the file at its base URL, all or nothing, and a second export of the
    /// same diary updates the same resources.
    #[default]
    Transaction,
    /// A `collection`: the resources alone, to read or archive.
    Collection,
}

impl BundleType {
    /// The FHIR code, as `Bundle.type` holds it.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Transaction => "transaction",
            Self::Collection => "collection",
        }
    }
}

/// The codes of [`CODE_SYSTEM`]: code, display, definition.
pub const CODES: &[(&str, &str, &str)] = &[
    (
        "pain-now",
        "Pain now (0-10)",
        "Pain at the time of the diary entry, on the 0-10 numeric rating scale.",
    ),
    (
        "pain-worst-24h",
        "Worst pain in the last 24 hours (0-10)",
        "The worst pain in the 24 hours before the diary entry, on the 0-10 numeric rating scale.",
    ),
    (
        "pain-during-exercise",
        "Highest pain during an exercise session (0-10)",
        "The highest pain reported during any exercise of a session, on the 0-10 numeric rating scale.",
    ),
    (
        "pain-next-morning",
        "Pain the morning after an exercise session (0-10)",
        "Pain on the morning after a session, on the 0-10 numeric rating scale, linked to that session.",
    ),
    (
        "sitting-tolerance",
        "Sitting tolerance (minutes)",
        "How many minutes the patient can sit before pain makes them move. No validated scale exists.",
    ),
    (
        "psfs",
        "Patient-Specific Functional Scale, mean score (0-10)",
        "The mean of the activity scores of one PSFS rating: 0 unable to do the activity, 10 able to do it as before the problem.",
    ),
    (
        "psfs-activity",
        "Patient-Specific Functional Scale, one activity (0-10)",
        "One activity's score in a PSFS rating; the activity, in the patient's words, is the component's code text.",
    ),
    (
        "session-traffic-light",
        "Exercise session pain-monitoring traffic light",
        "Green, amber or red after Silbernagel 2007: pain during the session against the safe and acceptable limits, next-morning pain against the usual morning pain, and whether weekly pain is building.",
    ),
    (
        "usual-morning-pain",
        "Usual morning pain (0-10)",
        "The median of the morning pain scores of the days before a session, which next-morning pain is compared with.",
    ),
    (
        "pain-building",
        "Pain building week on week",
        "Whether the weekly mean of the daily worst pain rose two weeks running up to the session.",
    ),
    (
        "warning-sign",
        "Warning sign reported by the patient",
        "A warning sign (red flag) the patient ticked in the app; the value names the sign and the urgency component how soon it needs a doctor.",
    ),
    (
        "warning-sign-urgency",
        "How soon a warning sign needs a doctor",
        "today: medical help the same day; soon: a doctor's appointment soon, before the next planned review.",
    ),
    (
        "today",
        "Needs medical help the same day",
        "A warning sign that needs medical help the same day.",
    ),
    (
        "soon",
        "Needs a doctor's appointment soon",
        "A warning sign that needs a doctor's appointment soon, before the next planned review.",
    ),
    (
        "saddle_numbness",
        "Saddle numbness",
        "Numbness around the buttocks, genitals or inner thighs.",
    ),
    (
        "bladder_or_bowel",
        "New bladder or bowel dysfunction",
        "New difficulty passing or holding urine or stools.",
    ),
    (
        "sexual_function",
        "New sexual dysfunction",
        "New problems with sexual function.",
    ),
    (
        "hot_swollen_joint",
        "Hot swollen joint with fever or malaise",
        "A hot, swollen joint together with fever or feeling unwell.",
    ),
    (
        "progressive_weakness",
        "Progressive leg weakness or numbness, or unable to bear weight after a fall",
        "Weakness or numbness in the leg that is getting worse, or unable to bear weight on the leg after a fall.",
    ),
    (
        "constant_night_pain",
        "Constant pain, including at night",
        "Pain that is present all the time, including at night.",
    ),
    (
        "weight_loss_or_night_sweats",
        "Unexplained weight loss or night sweats",
        "Weight loss without trying, or night sweats.",
    ),
    (
        "cancer_history",
        "History of cancer",
        "The patient reports a history of cancer.",
    ),
    (
        "medication-change",
        "Medication changed (patient-reported)",
        "The patient logged a change of medication; what changed is not recorded here.",
    ),
    (
        "injection",
        "Injection (patient-reported)",
        "An injection the patient logged, such as a cortisone injection into the quadratus femoris; the body site gives the side.",
    ),
    (
        "clinician-visit",
        "Visit to the physiotherapist or doctor (patient-reported)",
        "A visit the patient logged; it lifts a standing warning sign from the top of the app's status.",
    ),
    (
        "green",
        "Green",
        "Fine: pain during the session within the safe limit and next-morning pain no higher than usual.",
    ),
    (
        "amber",
        "Amber",
        "Acceptable: pain during the session within the acceptable limit, or next-morning pain one point above usual.",
    ),
    (
        "red",
        "Red",
        "Too much: pain during the session above the acceptable limit, next-morning pain two or more points above usual, or pain building week on week.",
    ),
];

fn display(code: &str) -> &'static str {
    CODES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or("", |(_, d, _)| d)
}

/// A JSON object of the given members, moved in (`json!` would copy each value).
fn obj<const N: usize>(members: [(&str, Value); N]) -> Value {
    Value::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

fn local_coding(code: &str) -> Value {
    json!({ "system": CODE_SYSTEM, "code": code, "display": display(code) })
}

/// A stable id for a resource: the same entry of the same patient gives the same id in
/// every export (a UUID of version 8, made from a SHA-256 digest of the patient's key and
/// the resource's name).
fn uuid(patient: &str, name: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"rehab-tracker fhir v1\n");
    hasher.update(patient.as_bytes());
    hasher.update(b"\n");
    hasher.update(name.as_bytes());
    let d = hasher.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    crate::model::PatientId::from_bytes(b, 8)
        .as_str()
        .to_owned()
}

/// A FHIR `dateTime` for a day and local time, with the offset of this computer's time zone
/// on that day.
fn date_time(date: NaiveDate, time: NaiveTime) -> String {
    let naive = date.and_time(time);
    let offset = Local.from_local_datetime(&naive).earliest().map_or_else(
        || Local.offset_from_utc_datetime(&naive).fix(),
        |t| t.offset().fix(),
    );
    format!("{}{offset}", naive.format("%Y-%m-%dT%H:%M:%S"))
}

struct Builder<'a> {
    data: &'a Prepared,
    /// What every id of this patient is made from: their random identifier, or for a
    /// profile from before identifiers, their code or pseudonym.
    key: String,
    patient_ref: String,
    /// (day, time, full URL, resource), sorted by day and time at the end.
    entries: Vec<(NaiveDate, NaiveTime, String, Value)>,
}

impl Builder<'_> {
    fn id(&self, name: &str) -> String {
        uuid(&self.key, name)
    }

    /// A resource other than an Observation; returns its full URL.
    fn resource(
        &mut self,
        name: &str,
        when: (NaiveDate, NaiveTime),
        kind: &str,
        members: Vec<(&str, Value)>,
    ) -> String {
        let id = self.id(name);
        let mut map = serde_json::Map::new();
        map.insert("resourceType".into(), json!(kind));
        map.insert("id".into(), json!(id));
        for (k, v) in members {
            map.insert(k.to_owned(), v);
        }
        let url = format!("urn:uuid:{id}");
        self.entries
            .push((when.0, when.1, url.clone(), Value::Object(map)));
        url
    }

    /// An Observation with the common parts; returns its full URL.
    fn observation(
        &mut self,
        name: &str,
        when: (NaiveDate, NaiveTime),
        effective: String,
        code: Value,
        rest: Vec<(&str, Value)>,
    ) -> String {
        let id = self.id(name);
        let mut obs = json!({
            "resourceType": "Observation",
            "id": id,
            "status": "final",
            "category": [{
                "coding": [{ "system": CATEGORY_SYSTEM, "code": "survey", "display": "Survey" }]
            }],
            "subject": { "reference": self.patient_ref },
        });
        if let Value::Object(map) = &mut obs {
            map.insert("code".into(), code);
            map.insert("effectiveDateTime".into(), Value::String(effective));
            for (k, v) in rest {
                map.insert(k.to_owned(), v);
            }
        }
        let url = format!("urn:uuid:{id}");
        self.entries.push((when.0, when.1, url.clone(), obs));
        url
    }

    fn pain(
        &mut self,
        name: &str,
        local: &str,
        when: (NaiveDate, NaiveTime),
        effective: String,
        pain: Pain,
    ) -> String {
        let code = obj([
            (
                "coding",
                Value::Array(vec![
                    json!({ "system": LOINC, "code": LOINC_PAIN, "display": LOINC_PAIN_DISPLAY }),
                    local_coding(local),
                ]),
            ),
            ("text", json!(display(local))),
        ]);
        self.observation(
            name,
            when,
            effective,
            code,
            vec![("valueInteger", json!(pain.get()))],
        )
    }

    fn local_code(code: &str) -> Value {
        obj([
            ("coding", Value::Array(vec![local_coding(code)])),
            ("text", json!(display(code))),
        ])
    }

    fn diary(&mut self) {
        for d in self.data.journal.diary() {
            let when = (d.date, d.time);
            let at = date_time(d.date, d.time);
            self.pain(
                &format!("diary/{}/pain-worst-24h", d.id),
                "pain-worst-24h",
                when,
                at.clone(),
                d.worst_24h,
            );
            self.pain(
                &format!("diary/{}/pain-now", d.id),
                "pain-now",
                when,
                at.clone(),
                d.pain_now,
            );
            if let Some(mins) = d.sitting_mins {
                self.observation(
                    &format!("diary/{}/sitting-tolerance", d.id),
                    when,
                    at,
                    Self::local_code("sitting-tolerance"),
                    vec![(
                        "valueQuantity",
                        json!({ "value": mins.get(), "unit": "min", "system": UCUM, "code": "min" }),
                    )],
                );
            }
        }
    }

    fn sessions(&mut self) {
        for s in self.data.journal.sessions() {
            let when = (s.date, s.time);
            let during = s.max_pain_during().map(|p| {
                self.pain(
                    &format!("session/{}/pain-during-exercise", s.id),
                    "pain-during-exercise",
                    when,
                    date_time(s.date, s.time),
                    p,
                )
            });
            let morning = match (
                s.next_morning_pain,
                s.date.checked_add_signed(Duration::days(1)),
            ) {
                (Some(p), Some(next)) => Some(self.pain(
                    &format!("session/{}/pain-next-morning", s.id),
                    "pain-next-morning",
                    // Sorted just after the session, as the morning's time is not kept.
                    when,
                    next.to_string(),
                    p,
                )),
                _ => None,
            };
            let Some(light) = self.data.lights.get(&s.id) else {
                continue;
            };
            let colour = match light.light {
                Light::Green => "green",
                Light::Amber => "amber",
                Light::Red => "red",
            };
            let derived: Vec<Value> = during
                .iter()
                .chain(morning.iter())
                .map(|url| json!({ "reference": url }))
                .collect();
            let mut rest = vec![
                ("valueCodeableConcept", Self::local_code(colour)),
                (
                    "component",
                    Value::Array(vec![
                        obj([
                            ("code", Self::local_code("usual-morning-pain")),
                            ("valueInteger", json!(light.usual_morning)),
                        ]),
                        obj([
                            ("code", Self::local_code("pain-building")),
                            ("valueBoolean", json!(light.building_week_on_week)),
                        ]),
                    ]),
                ),
            ];
            if !derived.is_empty() {
                rest.push(("derivedFrom", Value::Array(derived)));
            }
            let url = self.observation(
                &format!("session/{}/session-traffic-light", s.id),
                when,
                date_time(s.date, s.time),
                Self::local_code("session-traffic-light"),
                rest,
            );
            if light.provisional
                && let Some((_, _, last_url, Value::Object(obs))) = self.entries.last_mut()
                && *last_url == url
            {
                // Until the next-morning pain is in, the light is from pain during alone.
                obs.insert("status".into(), json!("preliminary"));
            }
        }
    }

    fn psfs(&mut self) {
        for p in self.data.journal.psfs() {
            let Some(mean) = p.mean() else { continue };
            let components: Vec<Value> = p
                .scores
                .iter()
                .map(|s| {
                    obj([
                        (
                            "code",
                            obj([
                                ("coding", Value::Array(vec![local_coding("psfs-activity")])),
                                ("text", json!(s.activity)),
                            ]),
                        ),
                        ("valueInteger", json!(s.score.get())),
                    ])
                })
                .collect();
            self.observation(
                &format!("psfs/{}", p.id),
                (p.date, p.time),
                date_time(p.date, p.time),
                Self::local_code("psfs"),
                vec![
                    (
                        "valueQuantity",
                        json!({
                            "value": (mean * 100.0).round() / 100.0,
                            "unit": "{score}",
                            "system": UCUM,
                            "code": "{score}",
                        }),
                    ),
                    ("component", Value::Array(components)),
                ],
            );
        }
    }
}

impl Builder<'_> {
    /// Warning signs (one Observation per sign), medication changes (Observations),
    /// injections (Procedures) and clinician visits (Encounters).
    fn events(&mut self) {
        for e in self.data.journal.events() {
            let when = (e.date, e.time);
            let at = date_time(e.date, e.time);
            let subject = json!({ "reference": self.patient_ref });
            match &e.kind {
                EventKind::RedFlag { signs } => {
                    for sign in signs {
                        let code = sign.code();
                        self.observation(
                            &format!("event/{}/warning-sign/{code}", e.id),
                            when,
                            at.clone(),
                            Self::local_code("warning-sign"),
                            vec![
                                ("valueCodeableConcept", Self::local_code(code)),
                                (
                                    "component",
                                    json!([{
                                        "code": Self::local_code("warning-sign-urgency"),
                                        "valueCodeableConcept": Self::local_code(sign.urgency().code()),
                                    }]),
                                ),
                            ],
                        );
                    }
                }
                EventKind::MedicationChange => {
                    self.observation(
                        &format!("event/{}/medication-change", e.id),
                        when,
                        at,
                        Self::local_code("medication-change"),
                        Vec::new(),
                    );
                }
                EventKind::Injection { side, guidance } => {
                    let guided = guidance
                        .filter(|g| *g != Guidance::Other)
                        .map(|g| format!(", {}", g.words()))
                        .unwrap_or_default();
                    let code = obj([
                        ("coding", Value::Array(vec![local_coding("injection")])),
                        ("text", json!(format!("Injection{guided}"))),
                    ]);
                    self.resource(
                        &format!("event/{}/injection", e.id),
                        when,
                        "Procedure",
                        vec![
                            ("status", json!("completed")),
                            ("code", code),
                            ("subject", subject),
                            ("performedDateTime", json!(at)),
                            ("bodySite", json!([body_site(*side)])),
                        ],
                    );
                }
                EventKind::ClinicianVisit => {
                    self.resource(
                        &format!("event/{}/clinician-visit", e.id),
                        when,
                        "Encounter",
                        vec![
                            ("status", json!("finished")),
                            (
                                "class",
                                json!({ "system": ACT_CODE, "code": "AMB", "display": "ambulatory" }),
                            ),
                            ("type", json!([Self::local_code("clinician-visit")])),
                            ("subject", subject),
                            ("period", json!({ "start": at })),
                        ],
                    );
                }
                EventKind::LevelChange { .. } => {}
            }
        }
    }
}

/// Where an injection for this condition goes: the buttock (quadratus femoris), by side,
/// in SNOMED CT.
fn body_site(side: Option<Side>) -> Value {
    let (code, display, text) = match side {
        Some(Side::Right) => ("723980000", "Structure of right buttock", "Right buttock"),
        Some(Side::Left) => ("723979003", "Structure of left buttock", "Left buttock"),
        None => ("46862004", "Buttock structure", "Buttock, side not given"),
    };
    json!({
        "coding": [{ "system": SNOMED, "code": code, "display": display }],
        "text": text,
    })
}

fn pseudonymised_label() -> Value {
    json!([{
        "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
        "code": "PSEUDED",
        "display": "pseudonymized",
    }])
}

/// The FHIR Bundle of prepared data, as JSON, of the type the options ask for.
#[must_use]
pub fn bundle(data: &Prepared) -> Value {
    let label = data.patient_label.as_str();
    let patient_id = data.profile.as_ref().and_then(|p| p.patient_id.as_ref());
    let key = patient_id.map_or_else(|| label.to_owned(), |id| id.as_str().to_owned());
    let patient_uuid = uuid(&key, "patient");
    let mut identifiers = Vec::new();
    if let Some(id) = patient_id {
        identifiers.push(json!({ "system": URI_SYSTEM, "value": format!("urn:uuid:{id}") }));
    }
    if !label.is_empty() {
        identifiers.push(json!({ "system": PATIENT_CODE_SYSTEM, "value": label }));
    }
    let mut patient = json!({ "resourceType": "Patient", "id": patient_uuid });
    if let Value::Object(map) = &mut patient {
        if !identifiers.is_empty() {
            map.insert("identifier".into(), Value::Array(identifiers));
        }
        if data.options.pseudonymise {
            map.insert("meta".into(), json!({ "security": pseudonymised_label() }));
        }
    }
    let mut b = Builder {
        data,
        key,
        patient_ref: format!("urn:uuid:{patient_uuid}"),
        entries: Vec::new(),
    };
    b.diary();
    b.sessions();
    b.psfs();
    b.events();
    b.entries.sort_by_key(|(d, t, _, _)| (*d, *t));

    let code_system_id = uuid("", "code-system");
    let code_system = json!({
        "resourceType": "CodeSystem",
        "id": code_system_id,
        "url": CODE_SYSTEM,
        "version": "2",
        "name": "RehabTrackerCodes",
        "title": "rehab-tracker codes",
        "status": "active",
        "experimental": false,
        "publisher": "rehab-tracker",
        "description": "Codes for what a home hip-strengthening diary records and LOINC has no code for.",
        "caseSensitive": true,
        "content": "complete",
        "count": CODES.len(),
        "concept": CODES
            .iter()
            .map(|(code, display, definition)| json!({
                "code": code, "display": display, "definition": definition,
            }))
            .collect::<Vec<_>>(),
    });

    let exported_at = data
        .options
        .exported_at
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string();
    let kind = data.options.fhir_bundle;
    let entry_of = |url: String, resource: Value| {
        let mut e = obj([("fullUrl", json!(url)), ("resource", resource)]);
        if kind == BundleType::Transaction
            && let Value::Object(map) = &mut e
            && let Some(r) = map.get("resource")
        {
            let target = format!(
                "{}/{}",
                r["resourceType"].as_str().unwrap_or_default(),
                r["id"].as_str().unwrap_or_default()
            );
            map.insert("request".into(), json!({ "method": "PUT", "url": target }));
        }
        e
    };
    let mut entry = Vec::with_capacity(b.entries.len() + 2);
    entry.push(entry_of(format!("urn:uuid:{code_system_id}"), code_system));
    entry.push(entry_of(b.patient_ref.clone(), patient));
    entry.extend(
        b.entries
            .into_iter()
            .map(|(_, _, url, resource)| entry_of(url, resource)),
    );
    let mut meta = json!({ "lastUpdated": exported_at });
    if data.options.pseudonymise
        && let Value::Object(m) = &mut meta
    {
        m.insert("security".into(), pseudonymised_label());
    }
    obj([
        ("resourceType", json!("Bundle")),
        ("id", json!(uuid(&b.key, &format!("bundle/{exported_at}")))),
        ("meta", meta),
        ("type", json!(kind.code())),
        ("timestamp", json!(exported_at)),
        ("entry", Value::Array(entry)),
    ])
}

/// Writes the FHIR Bundle as indented JSON.
pub fn write(data: &Prepared, w: &mut impl Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, &bundle(data)).map_err(io::Error::other)?;
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_stable_and_well_formed() {
        let a = uuid("P-1", "diary/1/pain-now");
        assert_eq!(a, uuid("P-1", "diary/1/pain-now"));
        assert_ne!(a, uuid("P-2", "diary/1/pain-now"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"));
    }

    #[test]
    fn date_times_carry_an_offset() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let t = NaiveTime::from_hms_opt(21, 0, 0).unwrap();
        let s = date_time(d, t);
        assert!(s.starts_with("2026-11-24T21:00:00"), "{s}");
        assert_eq!(s.len(), "2026-11-24T21:00:00+00:00".len(), "{s}");
    }

    #[test]
    fn every_local_code_used_is_defined() {
        for code in [
            "pain-now",
            "pain-worst-24h",
            "pain-during-exercise",
            "pain-next-morning",
            "sitting-tolerance",
            "psfs",
            "psfs-activity",
            "session-traffic-light",
            "usual-morning-pain",
            "pain-building",
            "green",
            "amber",
            "red",
            "warning-sign",
            "warning-sign-urgency",
            "today",
            "soon",
            "medication-change",
            "injection",
            "clinician-visit",
        ] {
            assert!(!display(code).is_empty(), "{code}");
        }
        for sign in crate::model::RedFlagSign::ALL {
            let code = sign.code();
            assert_eq!(display(code), sign.clinician_label(), "{code}");
            assert!(!display(sign.urgency().code()).is_empty());
        }
    }
}
