//! Property test: any valid journal, profile and programme saves and loads back identical.
//! Values are built only through the builders in `common::model`, so a field added to the
//! model needs one fix there.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{Duration, NaiveDate, NaiveTime};
use common::model as m;
use proptest::prelude::*;
use rehab_tracker::model::{
    Ability, Amount, BandStrength, DayState, DiaryEntry, Effort, EntryId, Event, EventKind,
    ExerciseLog, Guidance, HoldSecs, Journal, Load, LoadKg, Pain, Profile, PsfsEntry, PsfsScore,
    RedFlagSign, Reps, Session, SetLog, Side, SittingMins, Symptoms, Units,
};
use rehab_tracker::storage::{SaveBatch, Store};

fn pain() -> impl Strategy<Value = Pain> {
    (0i64..=10).prop_map(|v| Pain::new(v).unwrap())
}

fn effort() -> impl Strategy<Value = Effort> {
    (0i64..=10).prop_map(|v| Effort::new(v).unwrap())
}

fn side() -> impl Strategy<Value = Side> {
    prop_oneof![Just(Side::Left), Just(Side::Right)]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..3650).prop_map(|d| m::day(2020, 1, 1) + Duration::days(d))
}

fn time() -> impl Strategy<Value = NaiveTime> {
    (0u32..86_400).prop_map(|s| NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap())
}

/// Any text, including quotes, back-slashes, control characters and new lines.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("(?s).{0,24}").unwrap()
}

fn amount() -> impl Strategy<Value = Amount> {
    prop_oneof![
        (0i64..=1000).prop_map(|v| Amount::Reps(Reps::new(v).unwrap())),
        (0i64..=600).prop_map(|v| Amount::HoldSecs(HoldSecs::new(v).unwrap())),
    ]
}

fn load() -> impl Strategy<Value = Load> {
    let strength = proptest::sample::select(BandStrength::ALL.to_vec());
    prop_oneof![
        Just(Load::Bodyweight),
        (0.0f64..=500.0).prop_map(|kg| Load::Kg(LoadKg::new(kg).unwrap())),
        (strength, any::<bool>()).prop_map(|(s, d)| m::band(s, d)),
    ]
}

fn set_log() -> impl Strategy<Value = SetLog> {
    (proptest::option::of(side()), amount(), load()).prop_map(|(s, a, l)| m::set(s, a, l))
}

fn exercise_log() -> impl Strategy<Value = ExerciseLog> {
    (
        text(),
        any::<u8>(),
        proptest::collection::vec(set_log(), 0..5),
        proptest::option::of(pain()),
        proptest::option::of(effort()),
        text(),
    )
        .prop_map(|(id, level, sets, p, e, note)| m::exercise_log(&id, level, sets, p, e, &note))
}

fn session(id: EntryId, date: NaiveDate) -> impl Strategy<Value = Session> {
    (
        time(),
        proptest::collection::vec(exercise_log(), 0..4),
        proptest::option::of(pain()),
        proptest::option::of(effort()),
        text(),
    )
        .prop_map(move |(t, ex, next, e, note)| m::session(id, date, t, ex, next, e, &note))
}

fn day_state() -> impl Strategy<Value = DayState> {
    proptest::sample::select(DayState::ALL.to_vec())
}

fn symptoms() -> impl Strategy<Value = Symptoms> {
    any::<[bool; 5]>().prop_map(m::symptoms)
}

fn diary(id: EntryId, date: NaiveDate) -> impl Strategy<Value = DiaryEntry> {
    (
        time(),
        pain(),
        pain(),
        proptest::option::of((0i64..=1440).prop_map(|v| SittingMins::new(v).unwrap())),
        day_state(),
        symptoms(),
        text(),
    )
        .prop_map(move |(t, now, worst, sit, state, sym, note)| {
            m::diary(id, date, t, now, worst, sit, state, sym, &note)
        })
}

fn event_kind() -> impl Strategy<Value = EventKind> {
    let guidance = prop_oneof![
        Just(Guidance::Ultrasound),
        Just(Guidance::Ct),
        Just(Guidance::Other)
    ];
    prop_oneof![
        (proptest::option::of(side()), proptest::option::of(guidance))
            .prop_map(|(s, g)| m::injection(s, g)),
        Just(EventKind::ClinicianVisit),
        Just(EventKind::MedicationChange),
        proptest::sample::subsequence(RedFlagSign::ALL.to_vec(), 1..=RedFlagSign::ALL.len())
            .prop_map(|signs| EventKind::RedFlag { signs }),
        (text(), 1u8..=3, 1u8..=3).prop_map(|(exercise_id, from, to)| EventKind::LevelChange {
            exercise_id,
            from,
            to
        }),
    ]
}

fn psfs(id: EntryId, date: NaiveDate) -> impl Strategy<Value = PsfsEntry> {
    (
        time(),
        proptest::collection::vec((text(), 0i64..=10), 0..=3),
    )
        .prop_map(move |(t, scores)| PsfsEntry {
            id,
            date,
            time: t,
            scores: scores
                .into_iter()
                .map(|(activity, score)| PsfsScore {
                    activity,
                    score: Ability::new(score).unwrap(),
                })
                .collect(),
        })
}

fn event(id: EntryId, date: NaiveDate) -> impl Strategy<Value = Event> {
    (time(), event_kind(), text()).prop_map(move |(t, k, note)| m::event(id, date, t, k, &note))
}

/// One entry of any kind, with the given id.
#[derive(Debug, Clone)]
enum Entry {
    Session(Session),
    Diary(DiaryEntry),
    Event(Event),
    Psfs(PsfsEntry),
}

fn entry(id: EntryId) -> impl Strategy<Value = Entry> {
    date().prop_flat_map(move |d| {
        prop_oneof![
            session(id, d).prop_map(Entry::Session),
            diary(id, d).prop_map(Entry::Diary),
            event(id, d).prop_map(Entry::Event),
            psfs(id, d).prop_map(Entry::Psfs),
        ]
    })
}

fn journal() -> impl Strategy<Value = Journal> {
    (0usize..25)
        .prop_flat_map(|n| (1..=n as u64).map(entry).collect::<Vec<_>>())
        .prop_map(|entries| {
            let mut j = Journal::new();
            for e in entries {
                match e {
                    Entry::Session(s) => j.add_session(s),
                    Entry::Diary(d) => j.add_diary(d),
                    Entry::Event(e) => j.add_event(e),
                    Entry::Psfs(p) => j.add_psfs(p),
                };
            }
            j
        })
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        side(),
        date(),
        prop_oneof![Just(Units::Kg), Just(Units::Lb)],
        text(),
        proptest::collection::vec(text(), 0..=3),
    )
        .prop_map(|(s, d, u, code, activities)| {
            let mut p = m::profile(s, d, u, &code);
            p.psfs_activities = activities;
            p
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_journal_saves_and_loads_back_identical(journal in journal(), profile in profile()) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::new(tmp.path());
        let batch = SaveBatch {
            profile: Some(profile.clone()),
            programme: None,
            settings: None,
            months: journal.months().iter().map(|(ym, m)| (*ym, m.clone())).collect(),
        };
        store.save(&batch).unwrap();
        // Twice, so the second save also keeps generations of the first.
        store.save(&batch).unwrap();
        let loaded = store.load();
        prop_assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        prop_assert_eq!(loaded.journal, journal);
        prop_assert_eq!(loaded.profile, Some(profile));
    }

    #[test]
    fn any_load_in_range_survives_text_unchanged(kg in 0.0f64..=500.0) {
        let load = LoadKg::new(kg).unwrap();
        let text = ron::to_string(&load).unwrap();
        let back: LoadKg = ron::from_str(&text).unwrap();
        prop_assert_eq!(back, load);
    }
}
