//! A generated sample journal, so a newcomer (or a test, or a benchmark) sees a lived-in app.
//! The same seed and end date always give the same journal.

use crate::analysis::schedule::prescribed_sets;
use crate::model::{
    Amount, DayState, DiaryEntry, Event, EventKind, ExerciseLog, Journal, Load, LoadKg, Pain,
    Profile, Programme, ProgrammeRecord, Reps, Session, Side, SittingMins, Symptoms, Units,
};
use crate::storage::{SaveBatch, Store};
use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A small, fast, deterministic random number generator (`SplitMix64`).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// Seeded.
    #[must_use]
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

/// A generated sample: profile, programme and journal.
#[derive(Debug, Clone)]
pub struct Demo {
    /// The sample patient's profile.
    pub profile: Profile,
    /// The programme, with the levels the patient has reached.
    pub programme: Programme,
    /// The journal.
    pub journal: Journal,
}

impl Demo {
    /// The sample as the export reads it (one programme, in force throughout).
    #[must_use]
    pub fn export_input(&self) -> crate::export::ExportInput<'_> {
        crate::export::ExportInput {
            profile: Some(&self.profile),
            programme: Some(&self.programme),
            earlier_programmes: &[],
            journal: &self.journal,
        }
    }
}

#[expect(
    clippy::cast_possible_truncation,
    reason = "clamped to the 0-10 scale first"
)]
fn pain(value: f64) -> Pain {
    // Clamped to the scale first, so the conversion cannot fail.
    Pain::new(value.round().clamp(0.0, 10.0) as i64).unwrap_or_default()
}

/// A small, non-negative number rounded to a whole one.
#[expect(
    clippy::cast_possible_truncation,
    reason = "clamped to a day's minutes first"
)]
fn whole(value: f64) -> i64 {
    value.round().clamp(0.0, 1440.0) as i64
}

/// One exercise of a demo session at a level (the affected-side squat held at 2 at most):
/// the prescribed sets, some at the top of the range, a light weight at level 3.
fn demo_exercise(
    ex: &crate::model::Exercise,
    level: u8,
    side: Side,
    worst: f64,
    rng: &mut Rng,
) -> ExerciseLog {
    let mut ex = ex.clone();
    ex.level = if ex.id == "single_leg_squat" {
        level.min(2)
    } else {
        level
    };
    let mut sets = prescribed_sets(&ex, side);
    let top = ex.current().map_or(12, |l| match l.dose.target {
        crate::model::Target::Reps { max, .. } | crate::model::Target::HoldSecs { max, .. } => max,
    });
    for set in &mut sets {
        if let Amount::Reps(_) = set.amount
            && rng.chance(0.4)
            && let Ok(r) = Reps::new(i64::from(top))
        {
            set.amount = Amount::Reps(r);
        }
        if matches!(set.load, Load::Bodyweight)
            && ex.level == 3
            && let Ok(kg) = LoadKg::new(4.0)
        {
            set.load = Load::Kg(kg);
        }
    }
    ExerciseLog {
        exercise_id: ex.id.clone(),
        level: ex.level,
        sets,
        pain_during: Some(pain(worst - 2.5 + rng.unit() * 1.5)),
        effort: None,
        note: String::new(),
    }
}

/// A demo evening's diary: sitting tolerance growing with the weeks, less in a flare.
fn demo_diary(
    id: crate::model::EntryId,
    date: NaiveDate,
    offset: i64,
    progress: f64,
    worst: f64,
    in_flare: bool,
    rng: &mut Rng,
) -> DiaryEntry {
    let sitting =
        (20.0 + 40.0 * progress + rng.unit() * 10.0 - if in_flare { 15.0 } else { 0.0 }).max(5.0);
    DiaryEntry {
        id,
        date,
        time: NaiveTime::from_hms_opt(21, 0, 0).unwrap_or_default(),
        pain_now: pain(worst - 1.0 - rng.unit()),
        worst_24h: pain(worst),
        sitting_mins: SittingMins::new(whole(sitting)).ok(),
        day_state: if in_flare {
            DayState::Flare
        } else {
            DayState::Normal
        },
        symptoms: Symptoms {
            buttock: true,
            snapping: rng.chance(0.1),
            ..Symptoms::default()
        },
        note: if offset == 44 {
            "Long car journey, sore all evening.".into()
        } else {
            String::new()
        },
    }
}

/// Generates `weeks` weeks ending on `end`: sessions three times a week with a few missed,
/// a diary most days, pain easing slowly from about 6.5 to about 3.5 over 16 weeks, a
/// flare in week 7, clinician visits, and levels that move up as the weeks pass.
pub fn generate(
    weeks: u32,
    end: NaiveDate,
    seed: u64,
) -> Result<Demo, crate::model::ProgrammeError> {
    let mut rng = Rng::new(seed);
    let mut programme = Programme::default_programme()?;
    let days = i64::from(weeks.max(1)) * 7;
    let start = end - Duration::days(days - 1);
    let profile = Profile {
        affected_side: Side::Right,
        both_sides: false,
        start_date: start,
        units: Units::Kg,
        patient_code: format!("DEMO-{:04}", seed % 10_000),
        psfs_activities: Vec::new(),
        // Made from everything that shapes the sample, so samples of other lengths or end
        // days, and the caseload's patients, never share an identifier with it.
        patient_id: Some(crate::model::PatientId::derived(&format!(
            "demo {seed} {weeks} {end}"
        ))),
    };
    let mut journal = Journal::new();
    let flare = 43..48; // days of programme week 7
    for offset in 0..days {
        let date = start + Duration::days(offset);
        let week = offset / 7 + 1;
        let progress = (offset as f64 / (16.0 * 7.0)).min(1.0);
        let in_flare = flare.contains(&offset);
        let mut worst = 6.5 - 3.0 * progress + (rng.unit() - 0.5) * 1.6;
        if in_flare {
            worst += 2.5;
        }
        // Levels: up one after week 5 and again after week 10, the affected-side squat held back.
        let level = match week {
            ..=5 => 1,
            6..=10 => 2,
            _ => 3,
        };
        let due = programme.is_training_day(date.weekday());
        let skip = in_flare || rng.chance(0.12);
        if due && !skip {
            let id = journal.next_id(date);
            let exercises = programme
                .enabled()
                .map(|ex| demo_exercise(ex, level, profile.affected_side, worst, &mut rng))
                .collect();
            journal.add_session(Session {
                id,
                date,
                time: NaiveTime::from_hms_opt(18, 30, 0).unwrap_or_default(),
                exercises,
                next_morning_pain: (date < end).then(|| pain(worst - 2.0 + rng.unit())),
                effort: None,
                note: String::new(),
            });
        }
        if rng.chance(0.9) || in_flare {
            let id = journal.next_id(date);
            journal.add_diary(demo_diary(
                id, date, offset, progress, worst, in_flare, &mut rng,
            ));
        }
        if offset == 0 || offset == 41 || (offset > 0 && offset % 84 == 0) {
            let id = journal.next_id(date);
            journal.add_event(Event {
                id,
                date,
                time: NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default(),
                kind: EventKind::ClinicianVisit,
                note: String::new(),
            });
        }
    }
    for ex in &mut programme.exercises {
        if ex.enabled {
            ex.level = if ex.id == "single_leg_squat" {
                journal_level(weeks).min(2)
            } else {
                journal_level(weeks)
            };
        }
    }
    Ok(Demo {
        profile,
        programme,
        journal,
    })
}

/// Adds an example of every other kind of entry, so every part of the exports and the report
/// has something to show: a PSFS rating every week, a medication change each year, a
/// level change event where the levels move, a warning sign with a note (followed by a
/// clinician visit), and an injection in a diary longer than half a year.
pub fn add_examples(demo: &mut Demo) {
    let Some(first) = demo.journal.sessions().next().map(|s| s.date) else {
        return;
    };
    let start = demo.profile.start_date.min(first);
    let end = demo.journal.last_day().unwrap_or(start);
    let days = (end - start).num_days() + 1;
    let at = |h: u32, m: u32| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
    demo.profile.psfs_activities = vec![
        "Sitting through a film".to_owned(),
        "Driving for an hour".to_owned(),
    ];
    let mut offset = 2;
    while offset < days {
        let share = (offset as f64 / (16.0 * 7.0)).min(1.0);
        let score = |base: f64| crate::model::Ability::new(whole(base + 4.0 * share)).ok();
        let date = start + Duration::days(offset);
        let id = demo.journal.next_id(date);
        let scores: Vec<crate::model::PsfsScore> = [(3.0, 0), (4.0, 1)]
            .into_iter()
            .filter_map(|(base, i)| {
                Some(crate::model::PsfsScore {
                    activity: demo.profile.psfs_activities[i].clone(),
                    score: score(base)?,
                })
            })
            .collect();
        demo.journal.add_psfs(crate::model::PsfsEntry {
            id,
            date,
            time: at(20, 30),
            scores,
        });
        offset += 7;
    }
    let mut event = |offset: i64, time: NaiveTime, kind: EventKind, note: &str| {
        if offset < days {
            let date = start + Duration::days(offset);
            let id = demo.journal.next_id(date);
            demo.journal.add_event(Event {
                id,
                date,
                time,
                kind,
                note: note.to_owned(),
            });
        }
    };
    let mut year = 0;
    while year * 365 + 20 < days {
        event(
            year * 365 + 20,
            at(9, 0),
            EventKind::MedicationChange,
            "Stopped the naproxen.",
        );
        year += 1;
    }
    event(
        30,
        at(7, 45),
        EventKind::RedFlag {
            signs: vec![crate::model::RedFlagSign::ConstantNightPain],
        },
        "Woke with pain three nights running.",
    );
    for (offset, from, to) in [(35, 1, 2), (70, 2, 3)] {
        event(
            offset,
            at(18, 20),
            EventKind::LevelChange {
                exercise_id: "hip_thrust".into(),
                from,
                to,
            },
            "",
        );
    }
    event(
        200,
        at(11, 30),
        EventKind::Injection {
            side: Some(demo.profile.affected_side),
            guidance: Some(crate::model::Guidance::Ultrasound),
        },
        "",
    );
}

fn journal_level(weeks: u32) -> u8 {
    match weeks {
        ..=5 => 1,
        6..=10 => 2,
        _ => 3,
    }
}

/// A sample caseload for the review window: eight patients whose diaries reach each status
/// the rule can give (warning signs, pain worse than at the start, a diary gone quiet, a
/// decision with no agreed change, a decision with too few sessions, still in the
/// programme, improving).
pub fn caseload(end: NaiveDate) -> Result<Vec<Demo>, crate::model::ProgrammeError> {
    let mut out = caseload_diaries(end)?;
    // Each patient of the caseload is a patient of its own: an identifier no single sample
    // (`demo --seed N`) has.
    for (i, demo) in out.iter_mut().enumerate() {
        demo.profile.patient_id = Some(crate::model::PatientId::derived(&format!(
            "caseload {end} patient {i}"
        )));
    }
    Ok(out)
}

fn caseload_diaries(end: NaiveDate) -> Result<Vec<Demo>, crate::model::ProgrammeError> {
    let mut out = vec![generate(16, end, 11)?, generate(5, end, 12)?];
    let mut flagged = generate(9, end, 13)?;
    let flag_day = end - Duration::days(2);
    let id = flagged.journal.next_id(flag_day);
    flagged.journal.add_event(Event {
        id,
        date: flag_day,
        time: NaiveTime::from_hms_opt(7, 40, 0).unwrap_or_default(),
        kind: EventKind::RedFlag {
            signs: vec![crate::model::RedFlagSign::HotSwollenJoint],
        },
        note: String::new(),
    });
    out.push(flagged);
    // Pain at 9 or 10 over the last three weeks, well above where it started.
    let mut worse = generate(8, end, 14)?;
    reshape_pain(&mut worse.journal, |date, worst| {
        if date > end - Duration::days(21) {
            9 + worst % 2
        } else {
            worst
        }
    });
    out.push(worse);
    // Fourteen weeks of pain that stays where it started.
    let mut flat = generate(14, end, 15)?;
    let start = flat.profile.start_date;
    reshape_pain(&mut flat.journal, |date, worst| {
        let first_weeks = date < start + Duration::days(7);
        if first_weeks { worst } else { 6 + worst % 2 }
    });
    out.push(flat);
    // Thirteen weeks with only one session in three done.
    let mut sparse = generate(13, end, 16)?;
    let ids: Vec<_> = sparse.journal.sessions().map(|s| s.id).collect();
    for (i, id) in ids.into_iter().enumerate() {
        if i % 3 != 0 {
            let _ = sparse.journal.remove(id);
        }
    }
    out.push(sparse);
    out.push(generate(20, end, 17)?);
    // Fifteen weeks, one session in five skipped, and nothing logged in the last month:
    // the diary went quiet.
    let mut quiet = generate(15, end, 18)?;
    let stopped = end - Duration::days(30);
    let sessions: Vec<_> = quiet.journal.sessions().map(|s| (s.id, s.date)).collect();
    for (i, (id, date)) in sessions.into_iter().enumerate() {
        if date > stopped || i % 5 == 4 {
            let _ = quiet.journal.remove(id);
        }
    }
    let later: Vec<_> = quiet
        .journal
        .diary()
        .filter(|d| d.date > stopped)
        .map(|d| d.id)
        .chain(
            quiet
                .journal
                .events()
                .filter(|e| e.date > stopped)
                .map(|e| e.id),
        )
        .collect();
    for id in later {
        let _ = quiet.journal.remove(id);
    }
    out.push(quiet);
    Ok(out)
}

/// Changes every diary entry's worst pain with `f(date, worst)` (kept on the 0-10 scale).
fn reshape_pain(journal: &mut Journal, f: impl Fn(NaiveDate, u8) -> u8) {
    let entries: Vec<DiaryEntry> = journal.diary().cloned().collect();
    for mut d in entries {
        let worst = f(d.date, d.worst_24h.get()).min(10);
        d.worst_24h = pain(f64::from(worst));
        if d.pain_now.get() > worst {
            d.pain_now = d.worst_24h;
        }
        let _ = journal.remove(d.id);
        journal.insert(crate::model::Entry::Diary(d));
    }
}

/// Writes a generated journal into a folder that holds no journal yet; with `every_kind`,
/// with an example of every other kind of entry ([`add_examples`]).
pub fn write_journal(
    dir: &Path,
    weeks: u32,
    seed: u64,
    end: NaiveDate,
    every_kind: bool,
) -> Result<(usize, usize, usize), String> {
    let store = Store::new(dir);
    let existing = store.load();
    if existing.profile.is_some()
        || existing.journal.counts() != (0, 0, 0)
        || !existing.problems.is_empty()
    {
        return Err(format!(
            "{} already holds a journal; the sample is written only into a new or empty folder",
            dir.display()
        ));
    }
    let mut demo = generate(weeks, end, seed).map_err(|e| e.to_string())?;
    if every_kind {
        add_examples(&mut demo);
    }
    let batch = SaveBatch {
        profile: Some(demo.profile),
        programme: Some(ProgrammeRecord::new(demo.programme)),
        settings: None,
        months: demo
            .journal
            .months()
            .iter()
            .map(|(ym, m)| (*ym, Arc::clone(m)))
            .collect(),
    };
    store.save(&batch).map_err(|e| e.to_string())?;
    Ok(demo.journal.counts())
}

/// Writes the sample caseload as export bundles into `dir` (created if missing), with one
/// bundle damaged after export, as a physiotherapist might receive them. Returns the files.
pub fn write_caseload(dir: &Path, end: NaiveDate) -> Result<Vec<PathBuf>, String> {
    use crate::export::{self, ExportOptions, Format};
    std::fs::create_dir_all(dir).map_err(|e| {
        format!(
            "{} could not be made: {}",
            dir.display(),
            crate::storage::store::plain_io(&e)
        )
    })?;
    // Exported on the sample's last day, so each patient's status is the one of that day
    // whenever the sample is made.
    let mut options = ExportOptions::now();
    if let Some(evening) = end
        .and_hms_opt(18, 0, 0)
        .and_then(|t| t.and_local_timezone(chrono::Local).single())
        .map(|t| t.fixed_offset())
        .filter(|t| *t < options.exported_at)
    {
        options.exported_at = evening;
    }
    let mut files = Vec::new();
    for demo in caseload(end).map_err(|e| e.to_string())? {
        let prepared = export::prepare(&demo.export_input(), &options);
        let path = dir.join(format!(
            "{}.bundle.ron",
            demo.profile.patient_code.to_lowercase()
        ));
        export::write_to_path(Format::Bundle, &prepared, &path).map_err(|e| e.to_string())?;
        files.push(path);
    }
    // One export changed after it was written: the review lists it with the reason.
    if let Some(first) = files.first() {
        let mut bytes = std::fs::read(first).map_err(|e| e.to_string())?;
        if let Some(last) = bytes.iter().rposition(u8::is_ascii_digit) {
            bytes[last] = if bytes[last] == b'1' { b'2' } else { b'1' };
        }
        let damaged = dir.join("demo-damaged.bundle.ron");
        export::write_file(&damaged, &bytes).map_err(|e| e.to_string())?;
        files.push(damaged);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_caseload_reaches_every_status() {
        use crate::analysis::{StatusKind, progress};
        use crate::model::Programmes;
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let statuses: Vec<StatusKind> = caseload(end)
            .unwrap()
            .iter()
            .map(|d| {
                progress(&d.profile, Programmes::only(&d.programme), &d.journal, end)
                    .status()
                    .status
            })
            .collect();
        for kind in StatusKind::ALL {
            assert!(
                statuses.contains(&kind),
                "{kind:?} missing from {statuses:?}"
            );
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_journal_and_another_seed_does_not() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let a = generate(16, end, 7).unwrap();
        let b = generate(16, end, 7).unwrap();
        let c = generate(16, end, 8).unwrap();
        assert_eq!(a.journal, b.journal);
        assert_ne!(a.journal, c.journal);
    }

    #[test]
    fn sixteen_weeks_look_lived_in() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let demo = generate(16, end, 1).unwrap();
        let (sessions, diary, events) = demo.journal.counts();
        // 48 sessions are due in 16 weeks; a few are missed, the flare week among them.
        assert!((30..48).contains(&sessions), "{sessions}");
        assert!(diary > 90, "{diary}");
        assert!(events >= 2);
        assert!(demo.journal.diary().any(|d| d.day_state == DayState::Flare));
        let first: f64 = demo
            .journal
            .diary()
            .take(7)
            .map(|d| f64::from(d.worst_24h.get()))
            .sum::<f64>()
            / 7.0;
        let last: f64 = demo
            .journal
            .diary()
            .rev()
            .take(14)
            .map(|d| f64::from(d.worst_24h.get()))
            .sum::<f64>()
            / 14.0;
        assert!(first - last > 2.0, "pain eases: {first} -> {last}");
        assert_eq!(demo.profile.start_date, end - Duration::days(16 * 7 - 1));
    }
}
