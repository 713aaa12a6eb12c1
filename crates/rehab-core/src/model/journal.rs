//! The journal: sessions, diary entries and events, kept by calendar month.

use super::profile::Side;
use super::values::{Ability, Effort, HoldSecs, LoadKg, Pain, Reps, SittingMins};
use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use crate::i18n::Words;
use crate::{t, t_in};

/// Identifies one entry of the journal; unique across all of it.
pub type EntryId = u64;

/// A calendar month; the journal keeps one file per month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// The year, such as 2026.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
}

impl YearMonth {
    /// The month a date falls in.
    #[must_use]
    pub fn of(date: NaiveDate) -> Self {
        Self {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Reads `2026-11`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        let (y, m) = text.split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        let month: u32 = m.parse().ok()?;
        (1..=12).contains(&month).then_some(Self { year, month })
    }

    /// The month after this one.
    #[must_use]
    pub fn next(self) -> Self {
        if self.month >= 12 {
            Self {
                year: self.year.saturating_add(1),
                month: 1,
            }
        } else {
            Self {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// The month before this one.
    #[must_use]
    pub fn previous(self) -> Self {
        if self.month <= 1 {
            Self {
                year: self.year.saturating_sub(1),
                month: 12,
            }
        } else {
            Self {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// Its first day (`None` only for a year chrono cannot hold).
    #[must_use]
    pub fn first_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
    }

    /// Whether a date falls in this month.
    #[must_use]
    pub fn contains(self, date: NaiveDate) -> bool {
        Self::of(date) == self
    }

    /// The lowest id of the entries numbered in this month: new entries take ids from
    /// their month's own range, so a new id needs only that month (no other file is read to
    /// number an entry). Ids of journals numbered before this (1, 2, 3, ...) are far below
    /// every month's range and never meet them.
    #[must_use]
    pub fn first_id(self) -> EntryId {
        let index = u64::try_from(self.year).unwrap_or(0) * 12 + u64::from(self.month - 1);
        index << ID_MONTH_BITS
    }

    /// The month whose range holds `id`, for ids numbered by month.
    #[must_use]
    pub fn of_id(id: EntryId) -> Option<Self> {
        let index = id >> ID_MONTH_BITS;
        let year = i32::try_from(index / 12).ok()?;
        let month = u32::try_from(index % 12).ok()? + 1;
        (year >= 1).then_some(Self { year, month })
    }
}

/// Ids a month can number: about a million entries a month.
const ID_MONTH_BITS: u32 = 20;

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One exercise session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Unique id.
    pub id: EntryId,
    /// The day it was done.
    pub date: NaiveDate,
    /// The time it was logged.
    pub time: NaiveTime,
    /// What was done, exercise by exercise.
    pub exercises: Vec<ExerciseLog>,
    /// Pain the next morning, linked to this session once given.
    #[serde(default)]
    pub next_morning_pain: Option<Pain>,
    /// Effort over the whole session (RPE), if given.
    #[serde(default)]
    pub effort: Option<Effort>,
    /// The patient's note.
    #[serde(default)]
    pub note: String,
}

impl Session {
    /// The highest pain during any exercise of the session.
    #[must_use]
    pub fn max_pain_during(&self) -> Option<Pain> {
        self.exercises.iter().filter_map(|e| e.pain_during).max()
    }
}

/// One exercise within a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseLog {
    /// The programme's id for the exercise.
    pub exercise_id: String,
    /// The level it was done at.
    pub level: u8,
    /// The sets, in order.
    pub sets: Vec<SetLog>,
    /// Pain during the exercise.
    #[serde(default)]
    pub pain_during: Option<Pain>,
    /// Effort (RPE), if given.
    #[serde(default)]
    pub effort: Option<Effort>,
    /// The patient's note.
    #[serde(default)]
    pub note: String,
}

/// One set.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetLog {
    /// The side, for one-sided exercises.
    #[serde(default)]
    pub side: Option<Side>,
    /// Reps, or seconds held.
    pub amount: Amount,
    /// What was added.
    pub load: Load,
}

/// What one set held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Amount {
    /// Repetitions.
    Reps(Reps),
    /// Seconds of an isometric hold.
    HoldSecs(HoldSecs),
}

/// The load used for a set.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Load {
    /// Body weight only.
    Bodyweight,
    /// Body weight plus this many kilograms.
    Kg(LoadKg),
    /// A resistance band.
    Band(Band),
}

/// A resistance band: its strength (colour) and whether it was doubled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// How strong.
    pub strength: BandStrength,
    /// Two bands, or one folded double.
    #[serde(default)]
    pub doubled: bool,
}

/// Band strengths, lightest first, with the colours most makers use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BandStrength {
    /// Yellow.
    ExtraLight,
    /// Red.
    Light,
    /// Green.
    Medium,
    /// Blue.
    Heavy,
    /// Black.
    ExtraHeavy,
}

impl BandStrength {
    /// Every strength, lightest first.
    pub const ALL: [Self; 5] = [
        Self::ExtraLight,
        Self::Light,
        Self::Medium,
        Self::Heavy,
        Self::ExtraHeavy,
    ];

    /// The name shown, such as "Green (medium)", in the current language.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::ExtraLight => t!("core-band-extra-light"),
            Self::Light => t!("core-band-light"),
            Self::Medium => t!("core-band-medium"),
            Self::Heavy => t!("core-band-heavy"),
            Self::ExtraHeavy => t!("core-band-extra-heavy"),
        }
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = if self.doubled {
            t!("core-band-doubled", strength = self.strength.label())
        } else {
            t!("core-band", strength = self.strength.label())
        };
        f.write_str(&text)
    }
}

/// How the day was, for adherence: rest and away days do not count against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
pub enum DayState {
    /// An ordinary day.
    #[default]
    Normal,
    /// A flare of pain.
    Flare,
    /// The clinician advised rest.
    RestAdvised,
    /// Unwell or away from home.
    Away,
}

impl DayState {
    /// Every state, in the order shown.
    pub const ALL: [Self; 4] = [Self::Normal, Self::Flare, Self::RestAdvised, Self::Away];

    /// The words shown, in the current language.
    #[must_use]
    pub fn label(self) -> String {
        match self {
            Self::Normal => t!("core-day-normal"),
            Self::Flare => t!("core-day-flare"),
            Self::RestAdvised => t!("core-day-rest-advised"),
            Self::Away => t!("core-day-away"),
        }
    }
}

/// Where the pain was felt, and whether the hip snapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Symptoms {
    /// A snap or clunk in the hip.
    pub snapping: bool,
    /// Pain in the buttock.
    pub buttock: bool,
    /// Pain in the hip.
    pub hip: bool,
    /// Pain in the groin.
    pub groin: bool,
    /// Pain in the back of the thigh.
    pub back_of_thigh: bool,
}

/// A daily diary entry; several a day are kept, each with its time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiaryEntry {
    /// Unique id.
    pub id: EntryId,
    /// The day it is about.
    pub date: NaiveDate,
    /// When it was written.
    pub time: NaiveTime,
    /// Pain right now.
    pub pain_now: Pain,
    /// The worst pain in the last 24 hours.
    pub worst_24h: Pain,
    /// How long the patient can sit before pain makes them move.
    #[serde(default)]
    pub sitting_mins: Option<SittingMins>,
    /// How the day was.
    #[serde(default)]
    pub day_state: DayState,
    /// Symptoms.
    #[serde(default)]
    pub symptoms: Symptoms,
    /// The patient's note.
    #[serde(default)]
    pub note: String,
}

/// Something that happened that is not a session or a diary entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Unique id.
    pub id: EntryId,
    /// The day.
    pub date: NaiveDate,
    /// When it was logged.
    pub time: NaiveTime,
    /// What happened.
    pub kind: EventKind,
    /// The patient's note.
    #[serde(default)]
    pub note: String,
}

/// The kinds of event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventKind {
    /// A cortisone (or other) injection.
    Injection {
        /// Which side.
        side: Option<Side>,
        /// How it was guided, if known.
        guidance: Option<Guidance>,
    },
    /// A visit to the physiotherapist or doctor.
    ClinicianVisit,
    /// A change of medication.
    MedicationChange,
    /// Warning signs the patient ticked.
    RedFlag {
        /// Which signs.
        signs: Vec<RedFlagSign>,
    },
    /// An exercise moved to another level.
    LevelChange {
        /// The exercise's id.
        exercise_id: String,
        /// The level before.
        from: u8,
        /// The level after.
        to: u8,
    },
}

impl EventKind {
    /// The words shown, in the current language.
    #[must_use]
    pub fn label(&self) -> String {
        match self {
            Self::Injection { .. } => t!("core-event-injection"),
            Self::ClinicianVisit => t!("core-event-clinician-visit"),
            Self::MedicationChange => t!("core-event-medication-change"),
            Self::RedFlag { .. } => t!("core-event-red-flag"),
            Self::LevelChange { .. } => t!("core-event-level-change"),
        }
    }
}

impl RedFlagSign {
    /// The sign in a clinician's words in these words' language, for the report and the
    /// review window.
    #[must_use]
    pub fn clinician_label_in(self, words: &Words) -> String {
        match self {
            Self::SaddleNumbness => t_in!(words, "core-sign-clinician-saddle-numbness"),
            Self::BladderOrBowel => t_in!(words, "core-sign-clinician-bladder-or-bowel"),
            Self::SexualFunction => t_in!(words, "core-sign-clinician-sexual-function"),
            Self::HotSwollenJoint => t_in!(words, "core-sign-clinician-hot-swollen-joint"),
            Self::ProgressiveWeakness => t_in!(words, "core-sign-clinician-progressive-weakness"),
            Self::ConstantNightPain => t_in!(words, "core-sign-clinician-constant-night-pain"),
            Self::WeightLossOrNightSweats => {
                t_in!(words, "core-sign-clinician-weight-loss-or-night-sweats")
            }
            Self::CancerHistory => t_in!(words, "core-sign-clinician-cancer-history"),
        }
    }

    /// The sign in a clinician's words in English, language-neutral: the FHIR export's code
    /// system displays it. People read [`RedFlagSign::clinician_label_in`].
    #[must_use]
    pub fn clinician_label(self) -> &'static str {
        match self {
            Self::SaddleNumbness => "Saddle numbness",
            Self::BladderOrBowel => "New bladder or bowel dysfunction",
            Self::SexualFunction => "New sexual dysfunction",
            Self::HotSwollenJoint => "Hot swollen joint with fever or malaise",
            Self::ProgressiveWeakness => {
                "Progressive leg weakness or numbness, or unable to bear weight after a fall"
            }
            Self::ConstantNightPain => "Constant pain, including at night",
            Self::WeightLossOrNightSweats => "Unexplained weight loss or night sweats",
            Self::CancerHistory => "History of cancer",
        }
    }
}

impl Guidance {
    /// How it was guided, in a clinician's words in these words' language.
    #[must_use]
    pub fn words_in(self, words: &Words) -> String {
        match self {
            Self::Ultrasound => t_in!(words, "core-guidance-ultrasound"),
            Self::Ct => t_in!(words, "core-guidance-ct"),
            Self::Other => t_in!(words, "core-guidance-other"),
        }
    }

    /// How it was guided, in a clinician's words in English, language-neutral (the FHIR
    /// export's text): "ultrasound-guided". People read [`Guidance::words_in`].
    #[must_use]
    pub fn words(self) -> &'static str {
        match self {
            Self::Ultrasound => "ultrasound-guided",
            Self::Ct => "CT-guided",
            Self::Other => "other guidance",
        }
    }
}

/// How an injection was guided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Guidance {
    /// Ultrasound.
    Ultrasound,
    /// CT.
    Ct,
    /// Something else.
    Other,
}

/// A weekly Patient-Specific Functional Scale rating: each chosen activity scored 0-10.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PsfsEntry {
    /// Unique id.
    pub id: EntryId,
    /// The day.
    pub date: NaiveDate,
    /// When it was logged.
    pub time: NaiveTime,
    /// One score per activity.
    pub scores: Vec<PsfsScore>,
}

impl PsfsEntry {
    /// The mean score, if any activity was scored.
    #[must_use]
    pub fn mean(&self) -> Option<f64> {
        (!self.scores.is_empty()).then(|| {
            self.scores
                .iter()
                .map(|s| f64::from(s.score.get()))
                .sum::<f64>()
                / self.scores.len() as f64
        })
    }
}

/// One activity's score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PsfsScore {
    /// The activity, in the patient's words.
    pub activity: String,
    /// 0 unable to do it, 10 able as before the problem.
    pub score: Ability,
}

/// A warning sign the patient can tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RedFlagSign {
    /// Numbness around the bottom, genitals or inner thighs.
    SaddleNumbness,
    /// New trouble passing or holding urine or stools.
    BladderOrBowel,
    /// New problems with sexual function.
    SexualFunction,
    /// A hot swollen joint with fever or feeling unwell.
    HotSwollenJoint,
    /// Weakness or numbness in the leg getting worse, or unable to bear weight after a fall.
    ProgressiveWeakness,
    /// Pain all the time, including at night.
    ConstantNightPain,
    /// Weight loss without trying, or night sweats.
    WeightLossOrNightSweats,
    /// A history of cancer.
    CancerHistory,
}

impl RedFlagSign {
    /// Every sign, the urgent ones first.
    pub const ALL: [Self; 8] = [
        Self::SaddleNumbness,
        Self::BladderOrBowel,
        Self::SexualFunction,
        Self::HotSwollenJoint,
        Self::ProgressiveWeakness,
        Self::ConstantNightPain,
        Self::WeightLossOrNightSweats,
        Self::CancerHistory,
    ];

    /// The code of the sign, as `events.csv` writes it and `log warning-sign --sign` takes
    /// it (with dashes or underscores): `constant_night_pain`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::SaddleNumbness => "saddle_numbness",
            Self::BladderOrBowel => "bladder_or_bowel",
            Self::SexualFunction => "sexual_function",
            Self::HotSwollenJoint => "hot_swollen_joint",
            Self::ProgressiveWeakness => "progressive_weakness",
            Self::ConstantNightPain => "constant_night_pain",
            Self::WeightLossOrNightSweats => "weight_loss_or_night_sweats",
            Self::CancerHistory => "cancer_history",
        }
    }

    /// The sign with this code (dashes read as underscores).
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().replace('-', "_");
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// How soon this sign needs a doctor: the one table every screen, command and export
    /// reads (clinical reference §6).
    #[must_use]
    pub fn urgency(self) -> Urgency {
        match self {
            Self::SaddleNumbness
            | Self::BladderOrBowel
            | Self::SexualFunction
            | Self::HotSwollenJoint
            | Self::ProgressiveWeakness => Urgency::Today,
            Self::ConstantNightPain | Self::WeightLossOrNightSweats | Self::CancerHistory => {
                Urgency::Soon
            }
        }
    }

    /// The words shown to the patient, in the current language.
    #[must_use]
    pub fn label(self) -> String {
        self.label_in(crate::i18n::current())
    }

    /// The words shown to the patient, in these words' language.
    #[must_use]
    pub fn label_in(self, words: &Words) -> String {
        match self {
            Self::SaddleNumbness => t_in!(words, "core-sign-saddle-numbness"),
            Self::BladderOrBowel => t_in!(words, "core-sign-bladder-or-bowel"),
            Self::SexualFunction => t_in!(words, "core-sign-sexual-function"),
            Self::HotSwollenJoint => t_in!(words, "core-sign-hot-swollen-joint"),
            Self::ProgressiveWeakness => t_in!(words, "core-sign-progressive-weakness"),
            Self::ConstantNightPain => t_in!(words, "core-sign-constant-night-pain"),
            Self::WeightLossOrNightSweats => t_in!(words, "core-sign-weight-loss-or-night-sweats"),
            Self::CancerHistory => t_in!(words, "core-sign-cancer-history"),
        }
    }
}

/// How soon a warning sign needs a doctor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// Medical help the same day.
    Today,
    /// An appointment with a doctor soon.
    Soon,
}

impl Urgency {
    /// Both tiers, the more urgent first.
    pub const ALL: [Self; 2] = [Self::Today, Self::Soon];

    /// The heading over the signs of this tier on the Warning signs page, in the current
    /// language.
    #[must_use]
    pub fn heading(self) -> String {
        match self {
            Self::Today => t!("core-urgency-today-heading"),
            Self::Soon => t!("core-urgency-soon-heading"),
        }
    }

    /// What to do, in the patient's words, in the current language.
    #[must_use]
    pub fn advice(self) -> String {
        self.advice_in(crate::i18n::current())
    }

    /// What to do, in the patient's words, in these words' language.
    #[must_use]
    pub fn advice_in(self, words: &Words) -> String {
        match self {
            Self::Today => t_in!(words, "core-urgency-today-advice"),
            Self::Soon => t_in!(words, "core-urgency-soon-advice"),
        }
    }

    /// What to do, in a clinician's words (for reports and the review window), in these
    /// words' language.
    #[must_use]
    pub fn clinician_advice_in(self, words: &Words) -> String {
        match self {
            Self::Today => t_in!(words, "core-urgency-today-clinician"),
            Self::Soon => t_in!(words, "core-urgency-soon-clinician"),
        }
    }

    /// What to do, in a clinician's words in English.
    #[must_use]
    pub fn clinician_advice(self) -> &'static str {
        match self {
            Self::Today => "same-day care",
            Self::Soon => "doctor soon",
        }
    }

    /// The code used in files and CSV, such as `today`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Today => "today",
            Self::Soon => "soon",
        }
    }
}

/// One month of the journal: what one file holds.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Month {
    /// Sessions, oldest first.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Diary entries, oldest first.
    #[serde(default)]
    pub diary: Vec<DiaryEntry>,
    /// Events, oldest first.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Weekly PSFS ratings, oldest first.
    #[serde(default)]
    pub psfs: Vec<PsfsEntry>,
}

impl Month {
    /// Whether the month holds nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
            && self.diary.is_empty()
            && self.events.is_empty()
            && self.psfs.is_empty()
    }

    /// Every entry of the month, newest first.
    #[must_use]
    pub fn entries_newest_first(&self) -> Vec<EntryRef<'_>> {
        let mut all: Vec<EntryRef<'_>> = self
            .sessions
            .iter()
            .map(EntryRef::Session)
            .chain(self.diary.iter().map(EntryRef::Diary))
            .chain(self.events.iter().map(EntryRef::Event))
            .chain(self.psfs.iter().map(EntryRef::Psfs))
            .collect();
        all.sort_by_key(|e| std::cmp::Reverse((e.date(), e.time())));
        all
    }

    /// Every entry's id and date.
    fn ids_and_dates(&self) -> impl Iterator<Item = (EntryId, NaiveDate)> + '_ {
        self.sessions
            .iter()
            .map(|s| (s.id, s.date))
            .chain(self.diary.iter().map(|d| (d.id, d.date)))
            .chain(self.events.iter().map(|e| (e.id, e.date)))
            .chain(self.psfs.iter().map(|p| (p.id, p.date)))
    }

    /// Problems that make the month inconsistent with the file it came from.
    #[must_use]
    pub fn problems(&self, ym: YearMonth) -> Vec<String> {
        // Counted, not listed one by one: a month's file saved under another month's name
        // would otherwise give one line per entry.
        let mut misfiled: Option<(NaiveDate, NaiveDate, usize)> = None;
        let mut shared: Vec<EntryId> = Vec::new();
        let mut ids = std::collections::HashSet::new();
        for (id, date) in self.ids_and_dates() {
            if !ym.contains(date) {
                misfiled = Some(misfiled.map_or((date, date, 1), |(lo, hi, n)| {
                    (lo.min(date), hi.max(date), n + 1)
                }));
            }
            if !ids.insert(id) {
                shared.push(id);
            }
        }
        let mut problems = Vec::new();
        match misfiled {
            Some((date, _, 1)) => {
                problems.push(t!(
                    "core-file-entry-misfiled",
                    date = date.to_string(),
                    month = ym.to_string()
                ));
            }
            Some((from, to, n)) => problems.push(t!(
                "core-file-entries-misfiled",
                count = n,
                count_text = n.to_string(),
                from = from.to_string(),
                to = to.to_string(),
                month = ym.to_string()
            )),
            None => {}
        }
        problems.extend(shared_numbers(&shared));
        problems
    }
}

/// The problem of entry numbers used more than once, counted in one line rather than one
/// per number (a month given twice shares all of them).
#[must_use]
pub fn shared_numbers(shared: &[EntryId]) -> Option<String> {
    match shared {
        [] => None,
        [id] => Some(t!("core-file-number-shared", number = id.to_string())),
        [first, ..] => Some(t!(
            "core-file-numbers-shared",
            count = shared.len(),
            count_text = shared.len().to_string(),
            first = first.to_string()
        )),
    }
}

/// All sessions, diary entries and events, by month. Each month is shared: a copy of the
/// journal (for work on another thread) costs one pointer per month, and changing a month
/// copies only that month, and only while a copy is still in use.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Journal {
    months: BTreeMap<YearMonth, Arc<Month>>,
}

/// Refers to an entry of any kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EntryRef<'a> {
    /// A session.
    Session(&'a Session),
    /// A diary entry.
    Diary(&'a DiaryEntry),
    /// An event.
    Event(&'a Event),
    /// A PSFS rating.
    Psfs(&'a PsfsEntry),
}

/// An entry of any kind, owned: what an edit or an undo puts back.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A session.
    Session(Session),
    /// A diary entry.
    Diary(DiaryEntry),
    /// An event.
    Event(Event),
    /// A PSFS rating.
    Psfs(PsfsEntry),
}

impl Entry {
    /// A borrowed view of the entry.
    #[must_use]
    pub fn as_ref(&self) -> EntryRef<'_> {
        match self {
            Self::Session(s) => EntryRef::Session(s),
            Self::Diary(d) => EntryRef::Diary(d),
            Self::Event(e) => EntryRef::Event(e),
            Self::Psfs(p) => EntryRef::Psfs(p),
        }
    }

    /// The entry's id.
    #[must_use]
    pub fn id(&self) -> EntryId {
        self.as_ref().id()
    }

    /// The entry's day.
    #[must_use]
    pub fn date(&self) -> NaiveDate {
        self.as_ref().date()
    }
}

impl EntryRef<'_> {
    /// The day of the entry.
    #[must_use]
    pub fn date(&self) -> NaiveDate {
        match self {
            Self::Session(s) => s.date,
            Self::Diary(d) => d.date,
            Self::Event(e) => e.date,
            Self::Psfs(p) => p.date,
        }
    }

    /// The time of the entry.
    #[must_use]
    pub fn time(&self) -> NaiveTime {
        match self {
            Self::Session(s) => s.time,
            Self::Diary(d) => d.time,
            Self::Event(e) => e.time,
            Self::Psfs(p) => p.time,
        }
    }

    /// The entry's id.
    #[must_use]
    pub fn id(&self) -> EntryId {
        match self {
            Self::Session(s) => s.id,
            Self::Diary(d) => d.id,
            Self::Event(e) => e.id,
            Self::Psfs(p) => p.id,
        }
    }

    /// An owned copy.
    #[must_use]
    pub fn to_owned_entry(&self) -> Entry {
        match self {
            Self::Session(s) => Entry::Session((*s).clone()),
            Self::Diary(d) => Entry::Diary((*d).clone()),
            Self::Event(e) => Entry::Event((*e).clone()),
            Self::Psfs(p) => Entry::Psfs((*p).clone()),
        }
    }
}

impl Journal {
    /// An empty journal.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds a journal from months read from files.
    #[must_use]
    pub fn from_months(months: BTreeMap<YearMonth, Month>) -> Self {
        Self {
            months: months
                .into_iter()
                .map(|(ym, m)| (ym, Arc::new(m)))
                .collect(),
        }
    }

    /// Adds a month read from its file (the journal had none for it, or only entries added
    /// since, which are kept in time order with the ones read).
    pub fn add_month(&mut self, ym: YearMonth, month: Month) {
        match self.months.get_mut(&ym) {
            None => {
                self.months.insert(ym, Arc::new(month));
            }
            Some(existing) => {
                let added = std::mem::replace(Arc::make_mut(existing), month);
                for s in added.sessions {
                    self.add_session(s);
                }
                for d in added.diary {
                    self.add_diary(d);
                }
                for e in added.events {
                    self.add_event(e);
                }
                for p in added.psfs {
                    self.add_psfs(p);
                }
            }
        }
    }

    /// The months, oldest first.
    #[must_use]
    pub fn months(&self) -> &BTreeMap<YearMonth, Arc<Month>> {
        &self.months
    }

    /// One month, if it holds anything.
    #[must_use]
    pub fn month(&self, ym: YearMonth) -> Option<&Month> {
        self.months.get(&ym).map(AsRef::as_ref)
    }

    /// One month, shared (a copy costs a pointer).
    #[must_use]
    pub fn shared_month(&self, ym: YearMonth) -> Option<Arc<Month>> {
        self.months.get(&ym).cloned()
    }

    /// A fresh id for a new entry dated `date`: the next in its month's range
    /// ([`YearMonth::first_id`]). Only that month is looked at.
    #[must_use]
    pub fn next_id(&self, date: NaiveDate) -> EntryId {
        let ym = YearMonth::of(date);
        let first = ym.first_id();
        let end = first + (1 << ID_MONTH_BITS);
        self.months
            .get(&ym)
            .and_then(|m| {
                m.ids_and_dates()
                    .map(|(id, _)| id)
                    .filter(|id| (first..end).contains(id))
                    .max()
            })
            .map_or(first + 1, |id| id + 1)
    }

    /// The month an entry is in: where its id says first, then every month.
    fn month_of(&self, id: EntryId) -> Option<YearMonth> {
        let holds = |m: &Month| m.ids_and_dates().any(|(i, _)| i == id);
        if let Some(ym) = YearMonth::of_id(id)
            && self.months.get(&ym).is_some_and(|m| holds(m))
        {
            return Some(ym);
        }
        self.months
            .iter()
            .find(|(_, m)| holds(m))
            .map(|(ym, _)| *ym)
    }

    fn month_mut(&mut self, date: NaiveDate) -> (YearMonth, &mut Month) {
        let ym = YearMonth::of(date);
        (ym, Arc::make_mut(self.months.entry(ym).or_default()))
    }

    /// Adds a session; returns the month that changed.
    pub fn add_session(&mut self, session: Session) -> YearMonth {
        let (ym, month) = self.month_mut(session.date);
        insert_by_time(&mut month.sessions, session, |x| (x.date, x.time));
        ym
    }

    /// Adds a diary entry; returns the month that changed.
    pub fn add_diary(&mut self, entry: DiaryEntry) -> YearMonth {
        let (ym, month) = self.month_mut(entry.date);
        insert_by_time(&mut month.diary, entry, |x| (x.date, x.time));
        ym
    }

    /// Adds an event; returns the month that changed.
    pub fn add_event(&mut self, event: Event) -> YearMonth {
        let (ym, month) = self.month_mut(event.date);
        insert_by_time(&mut month.events, event, |x| (x.date, x.time));
        ym
    }

    /// Records the next-morning pain of a session; returns the month that changed.
    pub fn set_next_morning_pain(&mut self, session_id: EntryId, pain: Pain) -> Option<YearMonth> {
        let ym = self.month_of(session_id)?;
        let month = Arc::make_mut(self.months.get_mut(&ym)?);
        let s = month.sessions.iter_mut().find(|s| s.id == session_id)?;
        s.next_morning_pain = Some(pain);
        Some(ym)
    }

    /// Adds a PSFS rating; returns the month that changed.
    pub fn add_psfs(&mut self, entry: PsfsEntry) -> YearMonth {
        let (ym, month) = self.month_mut(entry.date);
        insert_by_time(&mut month.psfs, entry, |x| (x.date, x.time));
        ym
    }

    /// Adds an entry of any kind; returns the month that changed.
    pub fn insert(&mut self, entry: Entry) -> YearMonth {
        match entry {
            Entry::Session(s) => self.add_session(s),
            Entry::Diary(d) => self.add_diary(d),
            Entry::Event(e) => self.add_event(e),
            Entry::Psfs(p) => self.add_psfs(p),
        }
    }

    /// Removes an entry of any kind; returns the month that changed and the entry.
    pub fn remove(&mut self, id: EntryId) -> Option<(YearMonth, Entry)> {
        let ym = self.month_of(id)?;
        let removed = {
            let m = Arc::make_mut(self.months.get_mut(&ym)?);
            if let Some(i) = m.sessions.iter().position(|s| s.id == id) {
                Entry::Session(m.sessions.remove(i))
            } else if let Some(i) = m.diary.iter().position(|d| d.id == id) {
                Entry::Diary(m.diary.remove(i))
            } else if let Some(i) = m.events.iter().position(|e| e.id == id) {
                Entry::Event(m.events.remove(i))
            } else if let Some(i) = m.psfs.iter().position(|p| p.id == id) {
                Entry::Psfs(m.psfs.remove(i))
            } else {
                return None;
            }
        };
        if self.months.get(&ym).is_some_and(|m| m.is_empty()) {
            self.months.remove(&ym);
        }
        Some((ym, removed))
    }

    /// An entry by id.
    #[must_use]
    pub fn get(&self, id: EntryId) -> Option<EntryRef<'_>> {
        let ym = self.month_of(id)?;
        self.months.get(&ym).and_then(|m| {
            m.sessions
                .iter()
                .find(|s| s.id == id)
                .map(EntryRef::Session)
                .or_else(|| m.diary.iter().find(|d| d.id == id).map(EntryRef::Diary))
                .or_else(|| m.events.iter().find(|e| e.id == id).map(EntryRef::Event))
                .or_else(|| m.psfs.iter().find(|p| p.id == id).map(EntryRef::Psfs))
        })
    }

    /// Every session, oldest first.
    #[must_use]
    pub fn sessions(&self) -> impl DoubleEndedIterator<Item = &Session> {
        self.months.values().flat_map(|m| m.sessions.iter())
    }

    /// Every diary entry, oldest first.
    #[must_use]
    pub fn diary(&self) -> impl DoubleEndedIterator<Item = &DiaryEntry> {
        self.months.values().flat_map(|m| m.diary.iter())
    }

    /// Every event, oldest first.
    #[must_use]
    pub fn events(&self) -> impl DoubleEndedIterator<Item = &Event> {
        self.months.values().flat_map(|m| m.events.iter())
    }

    /// Every PSFS rating, oldest first.
    #[must_use]
    pub fn psfs(&self) -> impl DoubleEndedIterator<Item = &PsfsEntry> {
        self.months.values().flat_map(|m| m.psfs.iter())
    }

    /// The last day with an entry of any kind (only the newest month is looked at).
    #[must_use]
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.last_day_until(NaiveDate::MAX)
    }

    /// The last day on or before `on` with an entry of any kind (only the months up to
    /// `on`'s are looked at, newest first, until one holds an entry by then).
    #[must_use]
    pub fn last_day_until(&self, on: NaiveDate) -> Option<NaiveDate> {
        self.months
            .range(..=YearMonth::of(on))
            .rev()
            .find_map(|(_, m)| {
                m.sessions
                    .iter()
                    .map(|s| s.date)
                    .chain(m.diary.iter().map(|d| d.date))
                    .chain(m.events.iter().map(|e| e.date))
                    .chain(m.psfs.iter().map(|p| p.date))
                    .filter(|d| *d <= on)
                    .max()
            })
    }

    /// Counts of sessions, diary entries and events.
    #[must_use]
    pub fn counts(&self) -> (usize, usize, usize) {
        self.months.values().fold((0, 0, 0), |(s, d, e), m| {
            (s + m.sessions.len(), d + m.diary.len(), e + m.events.len())
        })
    }

    /// The session on a given day, if any (the last one logged that day).
    #[must_use]
    pub fn session_on(&self, date: NaiveDate) -> Option<&Session> {
        self.months
            .get(&YearMonth::of(date))?
            .sessions
            .iter()
            .rev()
            .find(|s| s.date == date)
    }

    /// The diary entry of a given day, if any (the last one written that day, for journals
    /// kept before one entry a day was the rule).
    #[must_use]
    pub fn diary_on(&self, date: NaiveDate) -> Option<&DiaryEntry> {
        self.months
            .get(&YearMonth::of(date))?
            .diary
            .iter()
            .rev()
            .find(|d| d.date == date)
    }

    /// Every entry of one month, newest first.
    #[must_use]
    pub fn entries_newest_first(&self, ym: YearMonth) -> Vec<EntryRef<'_>> {
        self.months
            .get(&ym)
            .map(|m| m.entries_newest_first())
            .unwrap_or_default()
    }
}

/// Inserts `item` after every element at or before its date and time, keeping `list` in order.
fn insert_by_time<T>(list: &mut Vec<T>, item: T, key: impl Fn(&T) -> (NaiveDate, NaiveTime)) {
    let k = key(&item);
    let at = list.partition_point(|x| key(x) <= k);
    list.insert(at, item);
}

/// Refuses a date after tomorrow (time zones can make "tomorrow" honest).
pub fn check_date(date: NaiveDate, today: NaiveDate) -> Result<(), super::OutOfRange> {
    match today.succ_opt() {
        Some(tomorrow) if date > tomorrow => Err(super::OutOfRange {
            what: super::Quantity::Date,
            got: date.to_string(),
        }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn diary(id: EntryId, date: NaiveDate, worst: i64) -> DiaryEntry {
        DiaryEntry {
            id,
            date,
            time: NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
            pain_now: Pain::new(worst - 1).unwrap(),
            worst_24h: Pain::new(worst).unwrap(),
            sitting_mins: None,
            day_state: DayState::Normal,
            symptoms: Symptoms::default(),
            note: String::new(),
        }
    }

    #[test]
    fn entries_go_to_their_month_in_date_order() {
        let mut j = Journal::new();
        assert_eq!(
            j.add_diary(diary(1, day(2026, 11, 20), 5)),
            YearMonth {
                year: 2026,
                month: 11
            }
        );
        j.add_diary(diary(2, day(2026, 11, 3), 6));
        j.add_diary(diary(3, day(2026, 10, 31), 7));
        let dates: Vec<NaiveDate> = j.diary().map(|d| d.date).collect();
        assert_eq!(
            dates,
            [day(2026, 10, 31), day(2026, 11, 3), day(2026, 11, 20)]
        );
        assert_eq!(j.months().len(), 2);
    }

    #[test]
    fn new_ids_come_from_their_month_alone() {
        let mut j = Journal::new();
        // Entries numbered before ids were kept by month (1, 2, 3) sit far below.
        j.add_diary(diary(1, day(2026, 11, 20), 5));
        j.add_diary(diary(2, day(2026, 10, 3), 5));
        let nov = YearMonth::of(day(2026, 11, 1));
        let first = j.next_id(day(2026, 11, 21));
        assert_eq!(first, nov.first_id() + 1);
        assert_eq!(YearMonth::of_id(first), Some(nov));
        j.add_diary(diary(first, day(2026, 11, 21), 4));
        assert_eq!(j.next_id(day(2026, 11, 2)), first + 1);
        // Another month has its own range, whatever this one holds.
        let dec = j.next_id(day(2026, 12, 1));
        assert_eq!(YearMonth::of_id(dec), YearMonth::parse("2026-12"));
        assert!(dec > first + 1);
        assert_eq!(YearMonth::of_id(2), None, "old ids name no month");
        // Found by id, old and new.
        assert_eq!(j.get(first).map(|e| e.date()), Some(day(2026, 11, 21)));
        assert_eq!(j.get(2).map(|e| e.date()), Some(day(2026, 10, 3)));
    }

    #[test]
    fn a_month_read_late_keeps_the_entries_added_meanwhile() {
        let mut j = Journal::new();
        let nov = YearMonth::of(day(2026, 11, 1));
        j.add_diary(diary(nov.first_id() + 5, day(2026, 11, 20), 5));
        let mut read = Month::default();
        read.diary
            .push(diary(nov.first_id() + 1, day(2026, 11, 2), 3));
        read.diary
            .push(diary(nov.first_id() + 2, day(2026, 11, 25), 4));
        j.add_month(nov, read);
        let days: Vec<u32> = j.diary().map(|d| d.date.day()).collect();
        assert_eq!(days, [2, 20, 25]);
    }

    #[test]
    fn remove_reports_the_month_it_changed() {
        let mut j = Journal::new();
        j.add_diary(diary(7, day(2026, 3, 1), 4));
        let (ym, entry) = j.remove(7).unwrap();
        assert_eq!(
            ym,
            YearMonth {
                year: 2026,
                month: 3
            }
        );
        assert_eq!(entry.id(), 7);
        assert_eq!(j.remove(7), None);
        // Putting it back restores the journal.
        j.insert(entry);
        assert_eq!(j.diary().count(), 1);
    }

    #[test]
    fn month_problems_find_misfiled_dates_and_shared_ids() {
        let mut m = Month::default();
        m.diary.push(diary(1, day(2026, 5, 1), 3));
        m.diary.push(diary(1, day(2026, 6, 1), 3));
        let problems = m.problems(YearMonth {
            year: 2026,
            month: 5,
        });
        assert_eq!(problems.len(), 2, "{problems:?}");
        // A whole month filed under another month's name: one line, counted, not one per
        // entry.
        let mut june = Month::default();
        for d in 1..=30 {
            june.diary
                .push(diary(d, day(2026, 6, u32::try_from(d).unwrap()), 3));
        }
        let problems = june.problems(YearMonth {
            year: 2026,
            month: 5,
        });
        assert_eq!(
            problems,
            ["30 entries dated 2026-06-01 to 2026-06-30 are in the file for 2026-05"]
        );
    }

    #[test]
    fn year_month_parses_only_the_file_form() {
        assert_eq!(
            YearMonth::parse("2026-11"),
            Some(YearMonth {
                year: 2026,
                month: 11
            })
        );
        assert_eq!(YearMonth::parse("2026-13"), None);
        assert_eq!(YearMonth::parse("26-1"), None);
        assert_eq!(
            YearMonth {
                year: 2026,
                month: 1
            }
            .to_string(),
            "2026-01"
        );
    }

    #[test]
    fn dates_after_tomorrow_are_refused() {
        let today = day(2026, 11, 24);
        assert!(check_date(day(2026, 11, 25), today).is_ok());
        assert!(check_date(day(2026, 11, 26), today).is_err());
    }
}
