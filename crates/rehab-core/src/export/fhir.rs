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
//! Besides the diary: the programme as a `CarePlan` per programme in force (each exercise an
//! activity with its level, dose and schedule), the status against the programme's rule as
//! an Observation with its numbers, level changes, and each injection's measured effect.
//!
//! The patient's notes go in `Observation.note` (and `Procedure.note`), except in a
//! pseudonymised export, which holds none. Times are the patient's local time, with the
//! offset this computer's time zone had on that day.
//!
//! The Bundle is written one resource at a time ([`write`]), never held whole in memory.

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
/// The version of [`CODE_SYSTEM`] written: 3 added the programme, its status, level changes
/// and injection effects.
pub const CODE_SYSTEM_VERSION: &str = "3";
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
        "exercise",
        "Exercise of the home programme",
        "One exercise of the programme; the text names it, the activity's description gives its level and dose.",
    ),
    (
        "home-exercise-programme",
        "Home exercise programme",
        "The home strengthening programme the clinician set: its exercises, levels, doses and schedule.",
    ),
    (
        "exercise-level-change",
        "Exercise level changed",
        "The patient moved an exercise to another level of its ladder; the value is the new level.",
    ),
    (
        "level-before",
        "Level before the change",
        "The level the exercise was at before the change.",
    ),
    (
        "injection-effect",
        "Effect of an injection on worst pain",
        "Mean daily worst pain in the days before an injection against the last days measured after it (at most 12 weeks after it), as the programme measures change; the value is the change in points, above zero better.",
    ),
    (
        "pain-before-injection",
        "Mean worst pain before the injection (0-10)",
        "The mean of the daily worst pain in the days before the injection the programme sets for a baseline.",
    ),
    (
        "pain-after-injection",
        "Mean worst pain after the injection (0-10)",
        "The mean of the daily worst pain over the last days measured after the injection.",
    ),
    (
        "change-pct",
        "Change as a share of the value before (%)",
        "The change in points as a share of the value before, in %; above zero is better.",
    ),
    (
        "meets-important-change",
        "Reaches the important change the programme sets",
        "Whether the change reaches the points or the share the programme counts as important.",
    ),
    (
        "programme-status",
        "Status against the programme's rule",
        "Where the diary stands against the escalation rule the clinician set in the programme, as of the effective day; the value is the status, the components the numbers it was worked out from.",
    ),
    (
        "programme-week",
        "Programme week",
        "The week of the programme the day falls in, counted from 1.",
    ),
    (
        "decision-week",
        "Decision week",
        "The week at whose end the programme's decision rules apply.",
    ),
    (
        "adherence",
        "Sessions done of those prescribed (%)",
        "Sessions done over sessions prescribed so far, leaving out rest-advised and away days, in %.",
    ),
    (
        "baseline-pain",
        "Worst pain at the start (0-10)",
        "The mean daily worst pain the programme takes as the start (baseline).",
    ),
    (
        "current-pain",
        "Worst pain lately (0-10)",
        "The mean daily worst pain over the programme's current window.",
    ),
    (
        "improvement-points",
        "Improvement in worst pain (points)",
        "Baseline minus current worst pain, in points; above zero is better.",
    ),
    (
        "improvement-pct",
        "Improvement in worst pain (%)",
        "Baseline minus current worst pain as a share of the baseline, in %.",
    ),
    (
        "psfs-change",
        "Change in the PSFS mean (points)",
        "Current minus baseline PSFS mean; above zero is better.",
    ),
    (
        "days-without-entries",
        "Days without any entry",
        "Days from the last entry of any kind to the effective day; the programme counts a set number as the diary gone quiet.",
    ),
    (
        "seek_care_now",
        "Warning sign: same-day care advised",
        "A warning sign that needs medical help the same day was logged and no clinician visit since.",
    ),
    (
        "contact_clinician_soon",
        "Needs contact before the next review",
        "A warning sign that needs a doctor soon, or worst pain well above the start for the weeks the programme sets.",
    ),
    (
        "no_recent_entries",
        "No recent entries: diary gone quiet",
        "Nothing was logged for the days the programme allows; the plan is not judged on entries that stopped.",
    ),
    (
        "keep_going",
        "In the programme, no decision due",
        "Before the decision point, or too few entries to compare pain.",
    ),
    (
        "review_plan",
        "Decision point: too few sessions",
        "At the decision point, fewer sessions were done than the programme sets for a fair trial.",
    ),
    (
        "discuss_next_steps",
        "Decision point: change not reached",
        "At the decision point, with enough sessions done, worst pain did not change by the amount the programme sets.",
    ),
    (
        "improving",
        "Improving as agreed",
        "At the decision point, the log shows the change the programme sets.",
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

/// One entry of the diary, put in date order before its resources are written.
#[derive(Clone, Copy)]
enum Item<'a> {
    Diary(&'a crate::model::DiaryEntry),
    Session(&'a crate::model::Session),
    Psfs(&'a crate::model::PsfsEntry),
    Event(&'a crate::model::Event),
}

/// Writes the Bundle's entries one at a time: each resource is built, written and dropped,
/// so a diary of any length is exported in little memory.
struct Builder<'a, W: Write> {
    data: &'a Prepared,
    /// What every id of this patient is made from: their random identifier, or for a
    /// profile from before identifiers, their code or pseudonym.
    key: String,
    patient_ref: String,
    kind: BundleType,
    out: W,
    /// Entries written so far (for the commas between them).
    written: usize,
}

impl<W: Write> Builder<'_, W> {
    fn id(&self, name: &str) -> String {
        uuid(&self.key, name)
    }

    fn url(&self, name: &str) -> String {
        format!("urn:uuid:{}", self.id(name))
    }

    /// Writes one entry: its full URL, the resource, and for a transaction its request.
    fn emit(&mut self, url: &str, resource: Value) -> io::Result<()> {
        let mut entry = serde_json::Map::new();
        entry.insert("fullUrl".into(), json!(url));
        let request = (self.kind == BundleType::Transaction).then(|| {
            json!({
                "method": "PUT",
                "url": format!(
                    "{}/{}",
                    resource["resourceType"].as_str().unwrap_or_default(),
                    resource["id"].as_str().unwrap_or_default()
                ),
            })
        });
        entry.insert("resource".into(), resource);
        if let Some(request) = request {
            entry.insert("request".into(), request);
        }
        self.out.write_all(if self.written == 0 {
            b"\n    "
        } else {
            b",\n    "
        })?;
        serde_json::to_writer(&mut self.out, &Value::Object(entry)).map_err(io::Error::other)?;
        self.written += 1;
        Ok(())
    }

    /// A resource other than an Observation; returns its full URL.
    fn resource(
        &mut self,
        name: &str,
        kind: &str,
        members: Vec<(&str, Value)>,
    ) -> io::Result<String> {
        let id = self.id(name);
        let mut map = serde_json::Map::new();
        map.insert("resourceType".into(), json!(kind));
        map.insert("id".into(), json!(id));
        for (k, v) in members {
            map.insert(k.to_owned(), v);
        }
        let url = format!("urn:uuid:{id}");
        self.emit(&url, Value::Object(map))?;
        Ok(url)
    }

    /// An Observation with the common parts; returns its full URL.
    fn observation(
        &mut self,
        name: &str,
        category: &str,
        effective: (&str, Value),
        code: Value,
        rest: Vec<(&str, Value)>,
    ) -> io::Result<String> {
        let id = self.id(name);
        let mut obs = json!({
            "resourceType": "Observation",
            "id": id,
            "status": "final",
            "category": [{
                "coding": [{
                    "system": CATEGORY_SYSTEM,
                    "code": category,
                    "display": if category == "therapy" { "Therapy" } else { "Survey" },
                }]
            }],
            "subject": { "reference": self.patient_ref },
        });
        if let Value::Object(map) = &mut obs {
            map.insert("code".into(), code);
            map.insert(effective.0.into(), effective.1);
            for (k, v) in rest {
                map.insert(k.to_owned(), v);
            }
        }
        let url = format!("urn:uuid:{id}");
        self.emit(&url, obs)?;
        Ok(url)
    }

    /// A patient-reported Observation at a moment.
    fn survey(
        &mut self,
        name: &str,
        effective: String,
        code: Value,
        rest: Vec<(&str, Value)>,
    ) -> io::Result<String> {
        self.observation(
            name,
            "survey",
            ("effectiveDateTime", Value::String(effective)),
            code,
            rest,
        )
    }

    fn pain(
        &mut self,
        name: &str,
        local: &str,
        effective: String,
        pain: Pain,
        note: &str,
    ) -> io::Result<String> {
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
        let mut rest = vec![("valueInteger", json!(pain.get()))];
        push_note(&mut rest, note);
        self.survey(name, effective, code, rest)
    }

    fn item(&mut self, item: Item<'_>) -> io::Result<()> {
        match item {
            Item::Diary(d) => self.diary(d),
            Item::Session(s) => self.session(s),
            Item::Psfs(p) => self.psfs(p),
            Item::Event(e) => self.event(e),
        }
    }

    fn diary(&mut self, d: &crate::model::DiaryEntry) -> io::Result<()> {
        let at = date_time(d.date, d.time);
        // The day's note goes with its worst pain, the figure the programme is judged by.
        self.pain(
            &format!("diary/{}/pain-worst-24h", d.id),
            "pain-worst-24h",
            at.clone(),
            d.worst_24h,
            &d.note,
        )?;
        self.pain(
            &format!("diary/{}/pain-now", d.id),
            "pain-now",
            at.clone(),
            d.pain_now,
            "",
        )?;
        if let Some(mins) = d.sitting_mins {
            self.survey(
                &format!("diary/{}/sitting-tolerance", d.id),
                at,
                local_concept("sitting-tolerance"),
                vec![(
                    "valueQuantity",
                    json!({ "value": mins.get(), "unit": "min", "system": UCUM, "code": "min" }),
                )],
            )?;
        }
        Ok(())
    }

    /// The session's notes: its own, then each exercise's, named.
    fn session_note(&self, s: &crate::model::Session) -> String {
        let mut parts = Vec::new();
        if !s.note.trim().is_empty() {
            parts.push(s.note.trim().to_owned());
        }
        for e in s.exercises.iter().filter(|e| !e.note.trim().is_empty()) {
            let name = self.data.exercise_name(&e.exercise_id);
            let name = if name.is_empty() {
                e.exercise_id.as_str()
            } else {
                name
            };
            parts.push(format!("{name}: {}", e.note.trim()));
        }
        parts.join("\n")
    }

    fn session(&mut self, s: &crate::model::Session) -> io::Result<()> {
        let note = self.session_note(s);
        let during = match s.max_pain_during() {
            Some(p) => Some(self.pain(
                &format!("session/{}/pain-during-exercise", s.id),
                "pain-during-exercise",
                date_time(s.date, s.time),
                p,
                &note,
            )?),
            None => None,
        };
        let morning = match (
            s.next_morning_pain,
            s.date.checked_add_signed(Duration::days(1)),
        ) {
            // Written just after the session, as the morning's time is not kept.
            (Some(p), Some(next)) => Some(self.pain(
                &format!("session/{}/pain-next-morning", s.id),
                "pain-next-morning",
                next.to_string(),
                p,
                "",
            )?),
            _ => None,
        };
        let Some(light) = self.data.lights.get(&s.id) else {
            return Ok(());
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
            ("valueCodeableConcept", local_concept(colour)),
            (
                "component",
                Value::Array(vec![
                    obj([
                        ("code", local_concept("usual-morning-pain")),
                        ("valueInteger", json!(light.usual_morning)),
                    ]),
                    obj([
                        ("code", local_concept("pain-building")),
                        ("valueBoolean", json!(light.building_week_on_week)),
                    ]),
                ]),
            ),
        ];
        if !derived.is_empty() {
            rest.push(("derivedFrom", Value::Array(derived)));
        }
        if during.is_none() {
            push_note(&mut rest, &note);
        }
        if light.provisional {
            // Until the next-morning pain is in, the light is from pain during alone.
            rest.push(("status", json!("preliminary")));
        }
        self.survey(
            &format!("session/{}/session-traffic-light", s.id),
            date_time(s.date, s.time),
            local_concept("session-traffic-light"),
            rest,
        )?;
        Ok(())
    }

    fn psfs(&mut self, p: &crate::model::PsfsEntry) -> io::Result<()> {
        let Some(mean) = p.mean() else {
            return Ok(());
        };
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
        self.survey(
            &format!("psfs/{}", p.id),
            date_time(p.date, p.time),
            local_concept("psfs"),
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
        )?;
        Ok(())
    }

    /// Warning signs (one Observation per sign), medication changes and level changes
    /// (Observations), injections (Procedures, and the effect measured after each) and
    /// clinician visits (Encounters).
    fn event(&mut self, e: &crate::model::Event) -> io::Result<()> {
        let at = date_time(e.date, e.time);
        let subject = json!({ "reference": self.patient_ref });
        match &e.kind {
            EventKind::RedFlag { signs } => self.warning_signs(e, signs, &at)?,
            EventKind::MedicationChange => {
                let mut rest = Vec::new();
                push_note(&mut rest, &e.note);
                self.survey(
                    &format!("event/{}/medication-change", e.id),
                    at,
                    local_concept("medication-change"),
                    rest,
                )?;
            }
            EventKind::Injection { side, guidance } => {
                self.injection(e, *side, *guidance, &at, subject)?;
            }
            EventKind::ClinicianVisit => {
                // An Encounter has no place for a note in R4: the visit's note is left out.
                self.resource(
                    &format!("event/{}/clinician-visit", e.id),
                    "Encounter",
                    vec![
                        ("status", json!("finished")),
                        (
                            "class",
                            json!({ "system": ACT_CODE, "code": "AMB", "display": "ambulatory" }),
                        ),
                        ("type", json!([local_concept("clinician-visit")])),
                        ("subject", subject),
                        ("period", json!({ "start": at })),
                    ],
                )?;
            }
            EventKind::LevelChange {
                exercise_id,
                from,
                to,
            } => self.level_change(e, exercise_id, *from, *to, &at)?,
        }
        Ok(())
    }

    /// Each warning sign of an event as its own Observation, with its urgency.
    fn warning_signs(
        &mut self,
        e: &crate::model::Event,
        signs: &[crate::model::RedFlagSign],
        at: &str,
    ) -> io::Result<()> {
        for sign in signs {
            let code = sign.code();
            let mut rest = vec![
                ("valueCodeableConcept", local_concept(code)),
                (
                    "component",
                    json!([{
                        "code": local_concept("warning-sign-urgency"),
                        "valueCodeableConcept": local_concept(sign.urgency().code()),
                    }]),
                ),
            ];
            push_note(&mut rest, &e.note);
            self.survey(
                &format!("event/{}/warning-sign/{code}", e.id),
                at.to_owned(),
                local_concept("warning-sign"),
                rest,
            )?;
        }
        Ok(())
    }

    /// An injection as a Procedure, and its effect once it can be measured.
    fn injection(
        &mut self,
        e: &crate::model::Event,
        side: Option<Side>,
        guidance: Option<Guidance>,
        at: &str,
        subject: Value,
    ) -> io::Result<()> {
        let guided = guidance
            .filter(|g| *g != Guidance::Other)
            .map(|g| format!(", {}", g.words()))
            .unwrap_or_default();
        let code = obj([
            ("coding", Value::Array(vec![local_coding("injection")])),
            ("text", json!(format!("Injection{guided}"))),
        ]);
        let mut members = vec![
            ("status", json!("completed")),
            ("code", code),
            ("subject", subject),
            ("performedDateTime", json!(at)),
            ("bodySite", json!([body_site(side)])),
        ];
        if !e.note.trim().is_empty() {
            members.push(("note", json!([{ "text": e.note }])));
        }
        let url = self.resource(&format!("event/{}/injection", e.id), "Procedure", members)?;
        self.injection_effect(e, &url)?;
        Ok(())
    }

    /// A change of an exercise's level as an Observation: the level after, and before.
    fn level_change(
        &mut self,
        e: &crate::model::Event,
        exercise_id: &str,
        from: u8,
        to: u8,
        at: &str,
    ) -> io::Result<()> {
        let name = self.data.exercise_name(exercise_id);
        let name = if name.is_empty() { exercise_id } else { name };
        let mut rest = vec![
            ("valueInteger", json!(to)),
            (
                "component",
                json!([
                    {
                        "code": local_concept("exercise"),
                        "valueCodeableConcept": { "text": name },
                    },
                    {
                        "code": local_concept("level-before"),
                        "valueInteger": from,
                    },
                ]),
            ),
        ];
        push_note(&mut rest, &e.note);
        self.survey(
            &format!("event/{}/level-change", e.id),
            at.to_owned(),
            local_concept("exercise-level-change"),
            rest,
        )?;
        Ok(())
    }

    /// The effect of an injection as the status measures it (worst pain before it and in
    /// the last days measured after it, within [`crate::analysis::escalation::INJECTION_EFFECT_DAYS`]),
    /// once both are known, as an Observation part of the injection's Procedure.
    fn injection_effect(&mut self, e: &crate::model::Event, procedure: &str) -> io::Result<()> {
        let data = self.data;
        let Some(progress) = data.progress.as_ref() else {
            return Ok(());
        };
        let Some(effect) = progress.injections.iter().find(|i| i.date == e.date) else {
            return Ok(());
        };
        let outcome = crate::analysis::escalation::InjectionOutcome::of(effect);
        let (Some(before), Some(now), Some(change)) =
            (outcome.before, outcome.now, outcome.change_points)
        else {
            return Ok(());
        };
        let mut components = vec![
            component_quantity("pain-before-injection", before, "{score}"),
            component_quantity("pain-after-injection", now, "{score}"),
        ];
        if let Some(pct) = outcome.change_pct {
            components.push(component_quantity("change-pct", round2(pct), "%"));
        }
        if let Some(meets) = outcome.meets_target {
            components.push(obj([
                ("code", local_concept("meets-important-change")),
                ("valueBoolean", json!(meets)),
            ]));
        }
        self.observation(
            &format!("event/{}/injection-effect", e.id),
            "therapy",
            (
                "effectivePeriod",
                json!({ "start": outcome.now_from.to_string(), "end": outcome.now_to.to_string() }),
            ),
            local_concept("injection-effect"),
            vec![
                ("partOf", json!([{ "reference": procedure }])),
                ("valueQuantity", quantity(round2(change), "{score}")),
                ("component", Value::Array(components)),
            ],
        )?;
        Ok(())
    }

    /// Each programme as a `CarePlan`: the one in force (active) and those before it
    /// (completed), each exercise an activity with its level, dose and schedule.
    fn care_plans(&mut self) -> io::Result<()> {
        let data = self.data;
        let Some(current) = data.programme.as_ref() else {
            return Ok(());
        };
        let mut from = data.profile.as_ref().map(|p| p.start_date);
        for (i, e) in data.earlier_programmes.iter().enumerate() {
            self.care_plan(
                &format!("careplan/earlier/{i}"),
                &e.programme,
                "completed",
                from,
                Some(e.until),
            )?;
            from = e.until.succ_opt();
        }
        self.care_plan("careplan/current", current, "active", from, None)
    }

    fn care_plan(
        &mut self,
        name: &str,
        programme: &crate::model::Programme,
        status: &str,
        from: Option<NaiveDate>,
        until: Option<NaiveDate>,
    ) -> io::Result<()> {
        let days: Vec<&str> = programme
            .training_days
            .iter()
            .map(|d| match d {
                chrono::Weekday::Mon => "mon",
                chrono::Weekday::Tue => "tue",
                chrono::Weekday::Wed => "wed",
                chrono::Weekday::Thu => "thu",
                chrono::Weekday::Fri => "fri",
                chrono::Weekday::Sat => "sat",
                chrono::Weekday::Sun => "sun",
            })
            .collect();
        let mut timing = serde_json::Map::new();
        timing.insert("frequency".into(), json!(programme.sessions_per_week));
        timing.insert("period".into(), json!(1));
        timing.insert("periodUnit".into(), json!("wk"));
        if !days.is_empty() {
            timing.insert("dayOfWeek".into(), json!(days));
        }
        let timing = json!({ "repeat": Value::Object(timing) });
        let activities: Vec<Value> = programme
            .enabled()
            .map(|ex| {
                let level = ex.current();
                let description = level.map_or_else(String::new, |l| {
                    format!(
                        "Level {} of {} ({}): {}{}",
                        ex.level,
                        ex.levels.len(),
                        l.name,
                        l.dose.describe_neutral(),
                        if ex.one_sided { ", each side" } else { "" }
                    )
                });
                let mut detail = serde_json::Map::new();
                detail.insert(
                    "code".into(),
                    json!({
                        "coding": [{ "system": CODE_SYSTEM, "code": "exercise", "display": display("exercise") }],
                        "text": ex.name,
                    }),
                );
                detail.insert(
                    "status".into(),
                    json!(if status == "active" { "in-progress" } else { "completed" }),
                );
                detail.insert("scheduledTiming".into(), timing.clone());
                detail.insert("description".into(), json!(description));
                if let Some(l) = level {
                    detail.insert(
                        "quantity".into(),
                        json!({ "value": l.dose.sets_max, "unit": "sets" }),
                    );
                }
                json!({
                    "detail": Value::Object(detail),
                    "extension": [{
                        "url": LEVEL_EXTENSION,
                        "valueInteger": ex.level,
                    }],
                })
            })
            .collect();
        let mut period = serde_json::Map::new();
        if let Some(from) = from {
            period.insert("start".into(), json!(from.to_string()));
        }
        if let Some(until) = until {
            period.insert("end".into(), json!(until.to_string()));
        }
        let mut members = vec![
            ("status", json!(status)),
            ("intent", json!("plan")),
            (
                "category",
                json!([local_concept("home-exercise-programme")]),
            ),
            ("title", json!(programme.name)),
            (
                "description",
                json!(format!(
                    "{} sessions a week. Pain during exercise: up to {} is fine, up to {} acceptable.",
                    programme.sessions_per_week,
                    programme.pain_bands.safe_max,
                    programme.pain_bands.acceptable_max
                )),
            ),
            ("subject", json!({ "reference": self.patient_ref })),
        ];
        if !period.is_empty() {
            members.push(("period", Value::Object(period)));
        }
        if !activities.is_empty() {
            members.push(("activity", Value::Array(activities)));
        }
        self.resource(name, "CarePlan", members)?;
        Ok(())
    }

    /// Where the diary stands against the programme's rule, as of the export's last day: the
    /// status with its numbers, as `status --json` gives them.
    fn status(&mut self) -> io::Result<()> {
        let data = self.data;
        let Some(progress) = data.progress.as_ref() else {
            return Ok(());
        };
        let s = progress.status();
        let mut components = vec![
            obj([
                ("code", local_concept("programme-week")),
                ("valueInteger", json!(s.week)),
            ]),
            obj([
                ("code", local_concept("decision-week")),
                ("valueInteger", json!(s.decision_week)),
            ]),
            component_quantity("adherence", round2(s.adherence_pct), "%"),
        ];
        for (code, value, unit) in [
            ("baseline-pain", s.baseline_pain, "{score}"),
            ("current-pain", s.current_pain, "{score}"),
            ("improvement-points", s.improvement_points, "{score}"),
            ("improvement-pct", s.improvement_pct, "%"),
            ("psfs-change", s.psfs_change, "{score}"),
        ] {
            if let Some(v) = value {
                components.push(component_quantity(code, round2(v), unit));
            }
        }
        if let Some(g) = &s.engagement {
            components.push(component_quantity(
                "days-without-entries",
                f64::from(g.days_without_entries),
                "d",
            ));
        }
        let notes: Vec<Value> = progress
            .reasons_in(crate::i18n::Lang::En, crate::analysis::Voice::Clinician)
            .into_iter()
            .map(|r| json!({ "text": r }))
            .collect();
        let mut rest = vec![
            ("valueCodeableConcept", local_concept(s.status.code())),
            ("component", Value::Array(components)),
        ];
        if !notes.is_empty() {
            rest.push(("note", Value::Array(notes)));
        }
        if let Some(plan) = data
            .programme
            .as_ref()
            .map(|_| self.url("careplan/current"))
        {
            rest.push(("basedOn", json!([{ "reference": plan }])));
        }
        self.observation(
            "programme-status",
            "therapy",
            ("effectiveDateTime", json!(data.as_of.to_string())),
            local_concept("programme-status"),
            rest,
        )?;
        Ok(())
    }
}

/// The extension giving the level an exercise of a `CarePlan` is at (1 the easiest).
pub const LEVEL_EXTENSION: &str =
    "https://rehab-tracker.invalid/fhir/StructureDefinition/exercise-level";

/// A concept of the project's code system, with its display as text.
fn local_concept(code: &str) -> Value {
    obj([
        ("coding", Value::Array(vec![local_coding(code)])),
        ("text", json!(display(code))),
    ])
}

/// A note, when there is one (notes are empty in a pseudonymised export).
fn push_note(rest: &mut Vec<(&str, Value)>, note: &str) {
    if !note.trim().is_empty() {
        rest.push(("note", json!([{ "text": note }])));
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn quantity(value: f64, unit: &str) -> Value {
    json!({ "value": value, "unit": unit, "system": UCUM, "code": unit })
}

fn component_quantity(code: &str, value: f64, unit: &str) -> Value {
    obj([
        ("code", local_concept(code)),
        ("valueQuantity", quantity(value, unit)),
    ])
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

/// The FHIR Bundle of prepared data, as JSON (what [`write`] writes, read back).
#[must_use]
pub fn bundle(data: &Prepared) -> Value {
    let mut bytes = Vec::new();
    if write(data, &mut bytes).is_err() {
        return Value::Null;
    }
    serde_json::from_slice(&bytes).unwrap_or(Value::Null)
}

/// The Patient: the random identifier to match on, the typed code to name them by.
fn patient_resource(data: &Prepared, patient_uuid: &str) -> Value {
    let label = data.patient_label.as_str();
    let patient_id = data.profile.as_ref().and_then(|p| p.patient_id.as_ref());
    let mut identifiers = Vec::new();
    // The random identifier is the one to match on (`official`); the code, which patients
    // type and two may share, is only how people name the patient (`secondary`).
    if let Some(id) = patient_id {
        identifiers.push(json!({
            "use": "official",
            "system": URI_SYSTEM,
            "value": format!("urn:uuid:{id}"),
        }));
    }
    if !label.is_empty() {
        identifiers.push(json!({
            "use": "secondary",
            "system": PATIENT_CODE_SYSTEM,
            "value": label,
        }));
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
    patient
}

/// The `CodeSystem` that defines the app's own codes.
fn code_system_resource(code_system_id: &str) -> Value {
    json!({
        "resourceType": "CodeSystem",
        "id": code_system_id,
        "url": CODE_SYSTEM,
        "version": CODE_SYSTEM_VERSION,
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
    })
}

/// Writes the FHIR Bundle of prepared data, of the type the options ask for: the Bundle's
/// own members, then one entry per line, each resource built and written in turn (so the
/// whole Bundle is never held in memory). Resources of the diary come in date order.
pub fn write(data: &Prepared, w: &mut impl Write) -> io::Result<()> {
    let label = data.patient_label.as_str();
    let patient_id = data.profile.as_ref().and_then(|p| p.patient_id.as_ref());
    let key = patient_id.map_or_else(|| label.to_owned(), |id| id.as_str().to_owned());
    let patient_uuid = uuid(&key, "patient");
    let patient = patient_resource(data, &patient_uuid);
    let code_system_id = uuid("", "code-system");
    let code_system = code_system_resource(&code_system_id);
    let exported_at = data
        .options
        .exported_at
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string();
    let mut meta = json!({ "lastUpdated": exported_at });
    if data.options.pseudonymise
        && let Value::Object(m) = &mut meta
    {
        m.insert("security".into(), pseudonymised_label());
    }
    let kind = data.options.fhir_bundle;
    let head = obj([
        ("resourceType", json!("Bundle")),
        ("id", json!(uuid(&key, &format!("bundle/{exported_at}")))),
        ("meta", meta),
        ("type", json!(kind.code())),
        ("timestamp", json!(exported_at)),
    ]);
    // The Bundle's own members, then "entry" written one resource at a time.
    let head_text = serde_json::to_string_pretty(&head).map_err(io::Error::other)?;
    let head_text = head_text.trim_end().trim_end_matches('}').trim_end();
    let mut b = Builder {
        data,
        key,
        patient_ref: format!("urn:uuid:{patient_uuid}"),
        kind,
        out: io::BufWriter::new(w),
        written: 0,
    };
    write!(b.out, "{head_text},\n  \"entry\": [")?;
    b.emit(&format!("urn:uuid:{code_system_id}"), code_system)?;
    let patient_ref = b.patient_ref.clone();
    b.emit(&patient_ref, patient)?;
    b.care_plans()?;
    b.status()?;
    let journal = &data.journal;
    let mut items: Vec<(NaiveDate, NaiveTime, Item<'_>)> = journal
        .diary()
        .map(|d| (d.date, d.time, Item::Diary(d)))
        .chain(
            journal
                .sessions()
                .map(|s| (s.date, s.time, Item::Session(s))),
        )
        .chain(journal.psfs().map(|p| (p.date, p.time, Item::Psfs(p))))
        .chain(journal.events().map(|e| (e.date, e.time, Item::Event(e))))
        .collect();
    // Stable: on one day and time, diary, sessions, PSFS and events keep that order.
    items.sort_by_key(|(d, t, _)| (*d, *t));
    for (_, _, item) in items {
        b.item(item)?;
    }
    b.out.write_all(b"\n  ]\n}\n")?;
    b.out.flush()
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
