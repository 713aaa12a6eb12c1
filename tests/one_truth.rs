//! One truth: for many generated diaries (random lengths, warning signs of both tiers, PSFS
//! ratings, injections, rest and away days, a programme change) and many days D, everything
//! that states where the diary stood on D says the same: `status --on D --json`, the bundle
//! exported `--to D` (and one of the last month only) as the review reads it, the report
//! exported `--to D` (and of the last month only), the session lights in the CSV tables, and,
//! in the window with its clock on D, the Progress card and the lights in History.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{Duration, NaiveDate, NaiveTime};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use rehab_tracker::analysis::{Light, SessionLight, Status, session_lights};
use rehab_tracker::demo::Rng;
use rehab_tracker::model::{
    Ability, DayState, Entry, Event, EventKind, ProgrammeRecord, PsfsEntry, PsfsScore, RedFlagSign,
    Side,
};
use rehab_tracker::record::{Change, Record};
use rehab_tracker::review::caseload;
use rehab_tracker::storage::{SaveBatch, Store};
use rehab_tracker::ui::RehabApp;
use std::collections::BTreeMap;
use std::path::Path;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn below(rng: &mut Rng, n: u64) -> u64 {
    rng.next_u64() % n
}

fn at(date: NaiveDate, h: u32) -> chrono::NaiveDateTime {
    date.and_time(NaiveTime::from_hms_opt(h, 0, 0).unwrap())
}

/// A generated diary in `dir`, changed the way a patient's diary changes (through the
/// record); returns its first and last days.
#[expect(
    clippy::too_many_lines,
    reason = "one generated diary changed entry by entry, every kind of change in turn"
)]
fn build(dir: &Path, seed: u64) -> (NaiveDate, NaiveDate) {
    let mut rng = Rng::new(seed * 7919);
    let weeks = 3 + u32::try_from(below(&mut rng, 22)).unwrap();
    let end = ymd(2026, 11, 20) - Duration::days(i64::try_from(below(&mut rng, 90)).unwrap());
    let demo = rehab_tracker::demo::generate(weeks, end, seed).unwrap();
    let start = demo.profile.start_date;
    let mut record = Record::new(
        Some(demo.profile.clone()),
        Some(ProgrammeRecord::new(demo.programme.clone())),
        demo.journal.clone(),
    )
    .unwrap();
    let days = (end - start).num_days().max(1);
    let some_day = |rng: &mut Rng| {
        start + Duration::days(i64::try_from(below(rng, u64::try_from(days).unwrap())).unwrap())
    };
    // Rest-advised and away days.
    for _ in 0..below(&mut rng, 6) {
        let date = some_day(&mut rng);
        if let Some(d) = record.journal().diary_on(date) {
            let mut d = d.clone();
            d.day_state = if rng.chance(0.5) {
                DayState::RestAdvised
            } else {
                DayState::Away
            };
            record.apply(Change::Replace(Entry::Diary(d)), end).unwrap();
        }
    }
    // Warning signs of either tier, sometimes seen by a clinician a few days later.
    if rng.chance(0.6) {
        let date = some_day(&mut rng);
        let sign = RedFlagSign::ALL[usize::try_from(below(&mut rng, 8)).unwrap()];
        log_event(
            &mut record,
            end,
            date,
            EventKind::RedFlag { signs: vec![sign] },
        );
        if rng.chance(0.5) {
            let visit = (date + Duration::days(3)).min(end);
            log_event(&mut record, end, visit, EventKind::ClinicianVisit);
        }
    }
    // Weekly activity scores, rising a little.
    if rng.chance(0.6) {
        let mut date = start + Duration::days(1);
        let mut score = 2 + below(&mut rng, 4);
        while date <= end {
            record
                .apply(
                    Change::Log(Entry::Psfs(PsfsEntry {
                        id: 0,
                        date,
                        time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                        scores: vec![PsfsScore {
                            activity: "Sitting through a film".into(),
                            score: Ability::new(i64::try_from(score.min(10)).unwrap()).unwrap(),
                        }],
                    })),
                    end,
                )
                .unwrap();
            score += below(&mut rng, 2);
            date += Duration::days(7);
        }
    }
    if rng.chance(0.4) {
        let date = some_day(&mut rng);
        let kind = EventKind::Injection {
            side: Some(Side::Left),
            guidance: None,
        };
        log_event(&mut record, end, date, kind);
    }
    // A programme from the clinician part way through: other bands, other sessions a week.
    if rng.chance(0.4) {
        let mut next = record.programme().clone();
        next.name = "Adjusted".into();
        next.sessions_per_week = 2 + u8::try_from(below(&mut rng, 3)).unwrap();
        next.pain_bands.safe_max = 2;
        next.pain_bands.acceptable_max = 4;
        let from = some_day(&mut rng);
        record
            .apply(
                Change::AdoptProgramme {
                    programme: Box::new(next),
                    from,
                    pin: None,
                },
                end,
            )
            .unwrap();
    }
    let store = Store::new(dir);
    let batch = SaveBatch {
        settings: None,
        profile: record.profile().cloned(),
        programme: Some(record.programme_record().clone()),
        months: record
            .journal()
            .months()
            .iter()
            .map(|(ym, m)| (*ym, m.clone()))
            .collect(),
    };
    store.save(&batch).unwrap();
    (start, end)
}

fn log_event(record: &mut Record, today: NaiveDate, date: NaiveDate, kind: EventKind) {
    record
        .apply(
            Change::Log(Entry::Event(Event {
                id: 0,
                date,
                time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                kind,
                note: String::new(),
            })),
            today,
        )
        .unwrap();
}

/// What `status --on D --json` prints, as text (compared as text: every digit counts).
fn status_text(dir: &Path, on: NaiveDate) -> String {
    let o = common::run(dir, &["status", "--on", &on.to_string(), "--json"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    common::stdout(&o).trim().to_owned()
}

fn export(dir: &Path, format: &str, from: Option<NaiveDate>, to: NaiveDate, out: &Path) {
    let to = to.to_string();
    let from = from.map(|f| f.to_string());
    let mut args = vec![
        "export",
        "--format",
        format,
        "--to",
        &to,
        "--out",
        out.to_str().unwrap(),
    ];
    if let Some(from) = &from {
        args.extend(["--from", from.as_str()]);
    }
    let o = common::run(dir, &args);
    assert!(o.status.success(), "{}", common::stderr(&o));
}

/// The status the review reads from a bundle, and the lights.
fn bundle_status(path: &Path) -> (Status, BTreeMap<u64, (Light, bool)>) {
    let (patient, sha) = caseload::open_patient(path).unwrap();
    let p = patient.progress(rehab_tracker::i18n::Lang::En);
    let row = caseload::row_of(path, &patient, sha);
    assert_eq!(row.status, p.status().status);
    let lights = p
        .lights
        .iter()
        .map(|l| (l.session_id, (l.light.light, l.light.provisional)))
        .collect();
    (p.status().clone(), lights)
}

/// The report's status card: its status code and numbers, as its data attributes give them.
fn report_card(path: &Path) -> BTreeMap<String, String> {
    let html = std::fs::read_to_string(path).unwrap();
    let card = html
        .split("<div class=\"card")
        .find(|part| part.contains("data-status="))
        .and_then(|rest| rest.split('>').next())
        .unwrap_or_else(|| panic!("no status card in {}", path.display()));
    card.split_whitespace()
        .filter_map(|attr| {
            let (k, v) = attr.split_once('=')?;
            Some((k.to_owned(), v.trim_matches('"').to_owned()))
        })
        .collect()
}

/// A number from a report's data attribute (empty when there is none).
fn number(text: &str) -> Option<f64> {
    (!text.is_empty()).then(|| text.parse().unwrap())
}

/// Session id to light word and provisional flag, from the CSV sessions table.
fn csv_lights(folder: &Path) -> BTreeMap<u64, (String, bool)> {
    let mut r = csv::Reader::from_path(folder.join("sessions.csv")).unwrap();
    let headers = r.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (id, light, provisional) = (col("session_id"), col("light"), col("light_provisional"));
    r.records()
        .filter_map(|row| {
            let row = row.unwrap();
            let word = row.get(light)?.to_owned();
            if word.is_empty() {
                return None;
            }
            let flag = matches!(row.get(provisional), Some("true" | "1"));
            Some((row.get(id)?.parse().ok()?, (word, flag)))
        })
        .collect()
}

fn word(light: Light) -> &'static str {
    match light {
        Light::Green => "green",
        Light::Amber => "amber",
        Light::Red => "red",
    }
}

/// Checks one day; returns the status code, so the test can see it met several.
fn check_day(dir: &Path, work: &Path, on: NaiveDate) -> &'static str {
    let status = status_text(dir, on);
    let ctx = format!("{} on {on}: {status}", dir.display());
    let json = |s: &Status| serde_json::to_string(s).unwrap();

    // The bundle of everything up to D, and of the last month only, as the review reads them.
    let whole = work.join(format!("{on}.bundle.ron"));
    export(dir, "bundle", None, on, &whole);
    let (from_bundle, bundle_lights) = bundle_status(&whole);
    // A bundle states the findings; the review words them as `status --json` does.
    assert_eq!(json(&from_bundle), status, "bundle --to: {ctx}");
    let month = work.join(format!("{on}-month.bundle.ron"));
    let from = on - Duration::days(30);
    export(dir, "bundle", Some(from), on, &month);
    let (from_month, _) = bundle_status(&month);
    assert_eq!(json(&from_month), status, "bundle --from --to: {ctx}");

    // The report, of everything and of the last month.
    for (name, from) in [("all", None), ("month", Some(from))] {
        let report = work.join(format!("{on}-{name}.html"));
        export(dir, "report", from, on, &report);
        let card = report_card(&report);
        let s = &from_bundle;
        assert_eq!(card["data-status"], s.status.code(), "report {name}: {ctx}");
        assert_eq!(
            number(&card["data-adherence-pct"]),
            Some(s.adherence_pct),
            "report {name}: {ctx}"
        );
        assert_eq!(
            number(&card["data-baseline-pain"]),
            s.baseline_pain,
            "report {name}: {ctx}"
        );
        assert_eq!(
            number(&card["data-current-pain"]),
            s.current_pain,
            "report {name}: {ctx}"
        );
    }

    // Session lights: the CSV tables, the bundle and the analysis of the diary agree.
    let folder = work.join(format!("{on}-csv"));
    export(dir, "csv", None, on, &folder);
    let from_csv = csv_lights(&folder);
    let loaded = Store::new(dir).load();
    let record = ProgrammeRecord::clone(loaded.programme.as_ref().unwrap());
    let analysed: BTreeMap<u64, (String, bool)> =
        session_lights(&loaded.journal, record.view(), on)
            .iter()
            .map(|l| {
                (
                    l.session_id,
                    (word(l.light.light).to_owned(), l.light.provisional),
                )
            })
            .collect();
    assert_eq!(from_csv, analysed, "CSV lights: {ctx}");
    let from_bundle: BTreeMap<u64, (String, bool)> = bundle_lights
        .into_iter()
        .map(|(id, (l, p))| (id, (word(l).to_owned(), p)))
        .collect();
    assert_eq!(from_bundle, analysed, "bundle lights: {ctx}");
    from_month.status.code()
}

#[test]
fn every_command_and_export_agrees_on_many_diaries_and_days() {
    let mut seen = std::collections::BTreeSet::new();
    for seed in 1..=8 {
        let tmp = tempfile::tempdir().unwrap();
        let work = tempfile::tempdir().unwrap();
        let (start, end) = build(tmp.path(), seed);
        let mut rng = Rng::new(seed);
        let span = u64::try_from((end - start).num_days().max(1)).unwrap();
        let mut days = vec![start + Duration::days(5), start + Duration::days(83), end];
        for _ in 0..3 {
            days.push(start + Duration::days(i64::try_from(below(&mut rng, span)).unwrap()));
        }
        days.retain(|d| *d <= end);
        for on in days {
            seen.insert(check_day(tmp.path(), work.path(), on));
        }
    }
    // The diaries reach several statuses, warning signs among them, so the agreement is
    // not that of empty diaries.
    assert!(seen.len() >= 3, "{seen:?}");
    assert!(
        seen.contains("seek_care_now") || seen.contains("contact_clinician_soon"),
        "{seen:?}"
    );
}

/// The label of a light badge: "Green", "Amber (provisional)", ...
fn badge(label: &str) -> Option<(Light, bool)> {
    let (word, provisional) = match label.strip_suffix(" (provisional)") {
        Some(w) => (w, true),
        None => (label, false),
    };
    let light = match word {
        "Green" => Light::Green,
        "Amber" => Light::Amber,
        "Red" => Light::Red,
        _ => return None,
    };
    Some((light, provisional))
}

/// The text a node shows (a label keeps it in its value).
fn shown_text(n: &egui_kittest::kittest::AccessKitNode<'_>) -> Option<String> {
    if n.role() == egui::accesskit::Role::Label {
        n.value()
    } else {
        n.label()
    }
}

/// "Tue 24 Nov 2026 18:30", as History writes a row's day and time.
fn row_time(label: &str) -> Option<chrono::NaiveDateTime> {
    chrono::NaiveDateTime::parse_from_str(label, "%a %d %b %Y %H:%M").ok()
}

#[test]
fn the_window_agrees_with_the_status_command() {
    for seed in [3, 6] {
        let tmp = tempfile::tempdir().unwrap();
        let (start, end) = build(tmp.path(), seed);
        for on in [start + Duration::days(40), end] {
            if on > end {
                continue;
            }
            let status: Status = serde_json::from_str(&status_text(tmp.path(), on)).unwrap();
            let mut h = common::window_at(tmp.path(), at(on, 21), [1280.0, 6000.0]);
            // The Progress card.
            h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num4);
            h.run();
            h.get_by_label(&status.status.headline(rehab_tracker::i18n::Lang::En));
            let shown = |h: &Harness<'static, RehabApp>, text: &str| {
                assert!(
                    h.query_all_by_label_contains(text).next().is_some(),
                    "{text} on the Progress card on {on}, seed {seed}"
                );
            };
            shown(
                &h,
                &format!(
                    "{} of the sessions due so far",
                    rehab_tracker::analysis::reasons::pct(
                        rehab_tracker::i18n::Lang::En,
                        status.adherence_pct
                    )
                ),
            );
            match status.baseline_pain {
                Some(b) => shown(
                    &h,
                    &format!(
                        "{} out of 10",
                        rehab_tracker::analysis::reasons::pain(rehab_tracker::i18n::Lang::En, b)
                    ),
                ),
                None => shown(&h, "not enough diary entries yet"),
            }

            // History, sessions only: each row's light is the light as of D.
            h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
            h.run();
            h.get_by_label("Sessions").click();
            h.run();
            let loaded = Store::new(tmp.path()).load();
            let programmes = loaded.programme.clone().unwrap();
            let analysed: BTreeMap<u64, SessionLight> =
                session_lights(&loaded.journal, programmes.view(), on)
                    .iter()
                    .map(|l| (l.session_id, l.light))
                    .collect();
            let by_time: BTreeMap<chrono::NaiveDateTime, Option<(Light, bool)>> = loaded
                .journal
                .sessions()
                .map(|s| {
                    let light = analysed.get(&s.id).map(|l| (l.light, l.provisional));
                    (s.date.and_time(s.time), light)
                })
                .collect();
            let labels: Vec<String> = h
                .query_all(by().predicate(|n| {
                    shown_text(n).is_some_and(|l| row_time(&l).is_some() || badge(&l).is_some())
                }))
                .filter_map(|n| shown_text(&n.accesskit_node()))
                .collect();
            let mut rows = 0;
            for (i, label) in labels.iter().enumerate() {
                let Some(time) = row_time(label) else {
                    continue;
                };
                let shown = labels
                    .get(i + 1)
                    .and_then(|next| badge(next))
                    .filter(|_| row_time(&labels[i + 1]).is_none());
                assert_eq!(
                    Some(&shown),
                    by_time.get(&time),
                    "History row {label} on {on}, seed {seed}"
                );
                rows += 1;
            }
            assert!(rows > 0, "History shows sessions");
        }
    }
}
