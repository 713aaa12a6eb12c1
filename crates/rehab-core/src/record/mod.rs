//! The patient's record: the profile, the programmes and the journal, and the one way any of
//! them changes.
//!
//! Every change, from a click in the window or a `log` command, is a [`Change`] given to
//! [`Record::apply`], which checks it, applies it, keeps a step to undo and redo it, and marks
//! the files it touched as unsaved. [`Record::take_unsaved`] hands those files to storage.
//! No user interface and no I/O here: the window and the commands share this one path.

mod check;

pub use check::ChangeError;

use crate::i18n::{self, format};
use crate::model::{
    Entry, EntryId, Event, EventKind, Journal, Month, Pain, Profile, Programme, ProgrammeError,
    ProgrammeRecord, Programmes, Settings, YearMonth,
};
use crate::storage::{Loaded, SaveBatch};
use crate::t;
use chrono::{NaiveDate, NaiveDateTime, Timelike};
use std::collections::BTreeSet;

/// How many changes can be undone.
pub const UNDO_DEPTH: usize = 100;

/// A change to the record. The record gives new entries their ids.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// First-run answers: the profile, saved with the programme in force.
    SetUp(Profile),
    /// A changed profile (units, activities, patient code, affected side, start date).
    UpdateProfile(Profile),
    /// A new entry of any kind; its id is replaced by a fresh one.
    Log(Entry),
    /// An edited entry, replacing the one with the same id.
    Replace(Entry),
    /// Delete an entry.
    Delete(EntryId),
    /// The next-morning pain of a session.
    SetNextMorning {
        /// The session.
        session_id: EntryId,
        /// The score.
        pain: Pain,
    },
    /// Move an exercise to another level (the patient accepted a suggestion); a level-change
    /// event is logged with it.
    ChangeLevel {
        /// The exercise.
        exercise_id: String,
        /// The new level.
        to: u8,
        /// When.
        at: NaiveDateTime,
    },
    /// Move several exercises to other levels at once, as one change to undo (the patient
    /// took the easier dose after a red session); a level-change event is logged for each.
    ChangeLevels {
        /// Each exercise and its new level.
        moves: Vec<(String, u8)>,
        /// When.
        at: NaiveDateTime,
    },
    /// New settings (the reminders).
    UpdateSettings(Settings),
    /// Take up a programme from the clinician from a day on; the one it replaces is kept as
    /// in force until the day before.
    AdoptProgramme {
        /// The programme.
        programme: Box<Programme>,
        /// The first day it is in force.
        from: NaiveDate,
        /// The clinician who signed it (checked), pinned from now on, in the same change.
        pin: Option<Box<crate::model::Clinician>>,
    },
}

/// What a change did, in a few words for the status bar, and the id of a new entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// Such as "Saved: diary entry of 3 November."
    pub message: String,
    /// The id given to a new entry.
    pub new_id: Option<EntryId>,
}

/// The files a change touched and that are not on disk yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unsaved {
    /// The profile.
    pub profile: bool,
    /// The programme file (the programme in force and the earlier ones).
    pub programmes: bool,
    /// The settings file.
    pub settings: bool,
    /// Journal months.
    pub months: BTreeSet<YearMonth>,
}

impl Unsaved {
    /// Nothing to save.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        !self.profile && !self.programmes && !self.settings && self.months.is_empty()
    }

    /// Adds the marks of `other`.
    pub fn merge(&mut self, other: Self) {
        self.profile |= other.profile;
        self.programmes |= other.programmes;
        self.settings |= other.settings;
        self.months.extend(other.months);
    }
}

/// One side of a step: what the parts it touched held.
#[derive(Debug, Clone, PartialEq, Default)]
struct Patch {
    profile: Option<Profile>,
    programmes: Option<ProgrammeRecord>,
    settings: Option<Settings>,
    /// Each entry touched: its content, or `None` where there was none.
    entries: Vec<(EntryId, Option<Entry>)>,
}

/// A change that can be undone and redone: what it touched before and after.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    /// What was done, as the status bar says it: "Saved: diary entry of 3 November."
    done: String,
    /// The change in a few words, for "Undone: …": "the diary entry of 3 November".
    what: String,
    before: Patch,
    after: Patch,
}

/// What the patient's diary holds: the profile, the programmes and the journal. Cheap to
/// copy (the journal's months are shared), so work on another thread takes a copy.
#[derive(Debug, Clone, PartialEq)]
pub struct Diary {
    profile: Option<Profile>,
    programmes: ProgrammeRecord,
    journal: Journal,
    settings: Settings,
}

impl Diary {
    /// A diary of these parts.
    #[must_use]
    pub fn new(profile: Option<Profile>, programmes: ProgrammeRecord, journal: Journal) -> Self {
        Self {
            profile,
            programmes,
            journal,
            settings: Settings::default(),
        }
    }

    /// The settings (the reminders); the defaults until saved.
    #[must_use]
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The profile; `None` until first-run setup is done.
    #[must_use]
    pub fn profile(&self) -> Option<&Profile> {
        self.profile.as_ref()
    }

    /// The programme in force now.
    #[must_use]
    pub fn programme(&self) -> &Programme {
        &self.programmes.programme
    }

    /// The programme in force now and the earlier ones, for the analysis.
    #[must_use]
    pub fn programmes(&self) -> Programmes<'_> {
        self.programmes.view()
    }

    /// The programme in force now and the earlier ones, as stored.
    #[must_use]
    pub fn programme_record(&self) -> &ProgrammeRecord {
        &self.programmes
    }

    /// The journal.
    #[must_use]
    pub fn journal(&self) -> &Journal {
        &self.journal
    }
}

/// The patient's diary, the one way it changes, and its history of changes. Reads as a
/// [`Diary`].
#[derive(Debug, Clone)]
pub struct Record {
    diary: Diary,
    version: u64,
    unsaved: Unsaved,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Months with a file not read yet: no change may touch them until they are.
    pending: BTreeSet<YearMonth>,
}

impl std::ops::Deref for Record {
    type Target = Diary;
    fn deref(&self) -> &Diary {
        &self.diary
    }
}

impl Record {
    /// A record of what was read. With no programme file, the built-in programme is used
    /// (and saved once the profile exists).
    pub fn new(
        profile: Option<Profile>,
        programmes: Option<ProgrammeRecord>,
        journal: Journal,
    ) -> Result<Self, ProgrammeError> {
        let mut unsaved = Unsaved::default();
        // A profile saved before patient identifiers gets one, saved with the next change
        // (or at once by the window, which saves what is unsaved when it opens).
        let profile = profile.map(|p| {
            if p.patient_id.is_some() {
                p
            } else {
                unsaved.profile = true;
                Profile {
                    patient_id: crate::model::PatientId::random(),
                    ..p
                }
            }
        });
        let programmes = if let Some(p) = programmes {
            p
        } else {
            unsaved.programmes = profile.is_some();
            ProgrammeRecord::new(Programme::default_programme()?)
        };
        Ok(Self {
            diary: Diary::new(profile, programmes, journal),
            version: 1,
            unsaved,
            undo: Vec::new(),
            redo: Vec::new(),
            pending: BTreeSet::new(),
        })
    }

    /// These months have files still to be read (the window reads them in the background);
    /// until each arrives ([`Self::add_read_month`]), no change may touch it.
    pub fn expect_months(&mut self, months: impl IntoIterator<Item = YearMonth>) {
        self.pending.extend(months);
    }

    /// A month read from its file, or `None` when it could not be read (the caller stops
    /// saving then). Entries added to that month meanwhile are kept, and the month saved.
    pub fn add_read_month(&mut self, ym: YearMonth, month: Option<Month>) {
        self.pending.remove(&ym);
        if let Some(month) = month {
            if self.diary.journal.month(ym).is_some() {
                self.unsaved.months.insert(ym);
            }
            self.diary.journal.add_month(ym, month);
        }
        self.version += 1;
    }

    /// Stops waiting for the months not read (reading them failed): they count as
    /// unreadable, and the caller stops saving.
    pub fn give_up_reading(&mut self) {
        if !self.pending.is_empty() {
            self.pending.clear();
            self.version += 1;
        }
    }

    /// Whether every month has been read: the analysis waits for it.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.pending.is_empty()
    }

    /// Months still to be read.
    #[must_use]
    pub fn months_to_read(&self) -> usize {
        self.pending.len()
    }

    /// A record of what a data folder held (its unreadable files are the caller's concern).
    pub fn from_loaded(loaded: Loaded) -> Result<Self, ProgrammeError> {
        let mut record = Self::new(loaded.profile, loaded.programme, loaded.journal)?;
        record.diary.settings = loaded.settings.unwrap_or_default();
        Ok(record)
    }

    /// The diary as it is now (clone it for work on another thread: that is cheap).
    #[must_use]
    pub fn diary(&self) -> &Diary {
        &self.diary
    }

    /// Goes up on every change (undo and redo included), so screens can keep what they
    /// work out until it changes.
    #[must_use]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Checks and applies a change; `today` is the patient's day (dates after tomorrow are
    /// refused). A change that fails leaves the record as it was.
    pub fn apply(&mut self, change: Change, today: NaiveDate) -> Result<Applied, ChangeError> {
        let month = match &change {
            Change::Log(e) | Change::Replace(e) => Some(YearMonth::of(e.date())),
            Change::ChangeLevel { at, .. } => Some(YearMonth::of(at.date())),
            _ => None,
        };
        if let Some(ym) = month.filter(|ym| self.pending.contains(ym)) {
            return Err(ChangeError::StillOpening(ym));
        }
        let (step, new_id) = self.step_for(change, today)?;
        let message = match &step {
            Some(step) => step.done.clone(),
            None => "Saved.".to_owned(),
        };
        if let Some(step) = step {
            self.put(&step.after);
            self.redo.clear();
            if self.undo.len() == UNDO_DEPTH {
                self.undo.remove(0);
            }
            self.undo.push(step);
        }
        Ok(Applied { message, new_id })
    }

    /// Whether an entry would be taken as it stands, new (`replacing` is `None`) or in place
    /// of the entry with that id: the same checks [`Self::apply`] makes, for a form to show
    /// at the field before anything is saved. Nothing is changed.
    pub fn check_entry(
        &self,
        entry: &Entry,
        replacing: Option<EntryId>,
        today: NaiveDate,
    ) -> Result<(), ChangeError> {
        check::entry(entry, today)?;
        check::one_diary_entry_a_day(&self.diary.journal, entry, replacing)
    }

    /// Takes back the last change; says what was undone, or `None` with nothing to undo.
    pub fn undo(&mut self) -> Option<String> {
        let step = self.undo.pop()?;
        self.put(&step.before);
        let what = t!("core-undone", what = step.what.as_str());
        self.redo.push(step);
        Some(what)
    }

    /// Does again the last change undone; `None` with nothing to redo.
    pub fn redo(&mut self) -> Option<String> {
        let step = self.redo.pop()?;
        self.put(&step.after);
        let what = t!("core-done-again", what = step.what.as_str());
        self.undo.push(step);
        Some(what)
    }

    /// What the next undo takes back, in a few words: "the diary entry of 3 November".
    #[must_use]
    pub fn next_undo(&self) -> Option<&str> {
        self.undo.last().map(|s| s.what.as_str())
    }

    /// What the next redo does again.
    #[must_use]
    pub fn next_redo(&self) -> Option<&str> {
        self.redo.last().map(|s| s.what.as_str())
    }

    /// Whether there is a change to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a change to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The files changed since the last call, ready for [`crate::storage::Store::save`],
    /// with the marks to give back through [`Self::mark_unsaved`] if saving fails.
    pub fn take_unsaved(&mut self) -> (Unsaved, SaveBatch) {
        let unsaved = std::mem::take(&mut self.unsaved);
        let batch = self.batch_for(&unsaved);
        (unsaved, batch)
    }

    /// Files not on disk yet, without taking them.
    #[must_use]
    pub fn unsaved(&self) -> &Unsaved {
        &self.unsaved
    }

    /// Marks files as unsaved again (a save failed).
    pub fn mark_unsaved(&mut self, unsaved: Unsaved) {
        self.unsaved.merge(unsaved);
    }

    /// The save batch for a set of marks, from what the record holds now.
    #[must_use]
    pub fn batch_for(&self, unsaved: &Unsaved) -> SaveBatch {
        SaveBatch {
            profile: if unsaved.profile {
                self.diary.profile.clone()
            } else {
                None
            },
            programme: unsaved.programmes.then(|| self.diary.programmes.clone()),
            settings: unsaved.settings.then_some(self.diary.settings),
            months: unsaved
                .months
                .iter()
                .map(|ym| {
                    (
                        *ym,
                        self.diary.journal.shared_month(*ym).unwrap_or_default(),
                    )
                })
                .collect(),
        }
    }

    /// Works out the step a change makes, checking it first.
    fn step_for(
        &mut self,
        change: Change,
        today: NaiveDate,
    ) -> Result<(Option<Step>, Option<EntryId>), ChangeError> {
        Ok(match change {
            Change::SetUp(mut profile) => {
                check::profile(&profile, today)?;
                // The random identifier every export carries, made here, once.
                if profile.patient_id.is_none() {
                    profile.patient_id = crate::model::PatientId::random();
                }
                // Setting up starts the record: there is nothing before it to go back to.
                self.diary.profile = Some(profile);
                self.unsaved.profile = true;
                self.unsaved.programmes = true;
                self.undo.clear();
                self.redo.clear();
                self.version += 1;
                (None, None)
            }
            Change::UpdateProfile(profile) => self.update_profile_step(profile, today)?,
            Change::UpdateSettings(settings) => (
                Some(Step {
                    done: settings_done(&self.diary.settings, &settings),
                    what: settings_what(&self.diary.settings, &settings),
                    before: Patch {
                        settings: Some(self.diary.settings),
                        ..Patch::default()
                    },
                    after: Patch {
                        settings: Some(settings),
                        ..Patch::default()
                    },
                }),
                None,
            ),
            Change::Log(mut entry) => {
                self.check_entry(&entry, None, today)?;
                let id = self.diary.journal.next_id(entry.date());
                set_id(&mut entry, id);
                (
                    Some(Step {
                        done: t!("core-saved", entry = describe(&entry)),
                        what: t!("core-what-new", entry = describe(&entry)),
                        before: Patch::entry(id, None),
                        after: Patch::entry(id, Some(entry)),
                    }),
                    Some(id),
                )
            }
            Change::Replace(entry) => self.replace_step(entry, today)?,
            Change::Delete(id) => {
                let old = self.existing(id)?;
                (
                    Some(Step {
                        done: t!("core-deleted", entry = describe(&old)),
                        what: t!("core-what-deleting", entry = describe(&old)),
                        before: Patch::entry(id, Some(old)),
                        after: Patch::entry(id, None),
                    }),
                    None,
                )
            }
            Change::SetNextMorning { session_id, pain } => {
                let old = self.existing(session_id)?;
                let Entry::Session(mut session) = old.clone() else {
                    return Err(ChangeError::NotFound(session_id));
                };
                session.next_morning_pain = Some(pain);
                (
                    Some(Step {
                        done: t!(
                            "core-saved-morning-pain",
                            pain = format::count(i18n::language(), i64::from(pain.get()))
                        ),
                        what: t!("core-what-morning-pain"),
                        before: Patch::entry(session_id, Some(old)),
                        after: Patch::entry(session_id, Some(Entry::Session(session))),
                    }),
                    None,
                )
            }
            Change::ChangeLevel {
                exercise_id,
                to,
                at,
            } => self.level_step(vec![(exercise_id, to)], at)?,
            Change::ChangeLevels { moves, at } => self.level_step(moves, at)?,
            Change::AdoptProgramme {
                programme,
                from,
                pin,
            } => self.adopt_step(*programme, from, pin)?,
        })
    }

    /// The step that changes the patient's details, checked first; the random identifier
    /// stays the patient's for good.
    fn update_profile_step(
        &self,
        mut profile: Profile,
        today: NaiveDate,
    ) -> Result<(Option<Step>, Option<EntryId>), ChangeError> {
        check::profile(&profile, today)?;
        let Some(old) = self.diary.profile.clone() else {
            return Err(ChangeError::NoProfile);
        };
        // The identifier is the patient's for good: a change never drops it.
        if profile.patient_id.is_none() {
            profile.patient_id.clone_from(&old.patient_id);
        }
        Ok((
            Some(Step {
                done: t!("core-details-changed"),
                what: t!("core-what-details"),
                before: Patch {
                    profile: Some(old),
                    ..Patch::default()
                },
                after: Patch {
                    profile: Some(profile),
                    ..Patch::default()
                },
            }),
            None,
        ))
    }

    /// The step that replaces an entry with its edited copy, checked first; an entry moved
    /// to another month is numbered in that month's range, and its new id returned.
    fn replace_step(
        &self,
        mut entry: Entry,
        today: NaiveDate,
    ) -> Result<(Option<Step>, Option<EntryId>), ChangeError> {
        let id = entry.id();
        self.check_entry(&entry, Some(id), today)?;
        let old = self.existing(id)?;
        // Moved to another month, it is numbered in that month's range.
        let new_id = if YearMonth::of(entry.date()) == YearMonth::of(old.date()) {
            id
        } else {
            self.diary.journal.next_id(entry.date())
        };
        set_id(&mut entry, new_id);
        let (before, after) = if new_id == id {
            (
                Patch::entry(id, Some(old)),
                Patch::entry(id, Some(entry.clone())),
            )
        } else {
            (
                Patch {
                    entries: vec![(id, Some(old)), (new_id, None)],
                    ..Patch::default()
                },
                Patch {
                    entries: vec![(id, None), (new_id, Some(entry.clone()))],
                    ..Patch::default()
                },
            )
        };
        Ok((
            Some(Step {
                done: t!("core-changed", entry = describe(&entry)),
                what: t!("core-what-change", entry = describe(&entry)),
                before,
                after,
            }),
            (new_id != id).then_some(new_id),
        ))
    }

    /// The step that takes up a programme from a day, pinning the clinician who signed it.
    fn adopt_step(
        &self,
        programme: Programme,
        from: NaiveDate,
        pin: Option<Box<crate::model::Clinician>>,
    ) -> Result<(Option<Step>, Option<EntryId>), ChangeError> {
        programme
            .validate()
            .map_err(|e| ChangeError::Invalid(e.to_string()))?;
        let mut programmes = self.diary.programmes.clone();
        let name = programme.name.clone();
        crate::model::adopt(
            &mut programmes.programme,
            &mut programmes.earlier,
            programme,
            from,
        );
        if let Some(pin) = pin {
            programmes.clinician = Some(*pin);
        }
        Ok((
            Some(Step {
                done: t!(
                    "core-programme-taken-up",
                    name = name.as_str(),
                    date = format::day_month_year(i18n::language(), from)
                ),
                what: t!("core-what-programme", name = name.as_str()),
                before: Patch {
                    programmes: Some(self.diary.programmes.clone()),
                    ..Patch::default()
                },
                after: Patch {
                    programmes: Some(programmes),
                    ..Patch::default()
                },
            }),
            None,
        ))
    }

    /// The step that moves exercises to other levels, with a level-change event for each,
    /// and the first event's id; no step when none of them moves.
    fn level_step(
        &self,
        moves: Vec<(String, u8)>,
        at: NaiveDateTime,
    ) -> Result<(Option<Step>, Option<EntryId>), ChangeError> {
        let mut programmes = self.diary.programmes.clone();
        let mut events = Vec::new();
        let mut names = Vec::new();
        let first_id = self.diary.journal.next_id(at.date());
        for (exercise_id, to) in moves {
            let Some(exercise) = programmes
                .programme
                .exercises
                .iter_mut()
                .find(|e| e.id == exercise_id)
            else {
                return Err(ChangeError::Invalid(t!(
                    "core-no-such-exercise",
                    id = exercise_id.as_str()
                )));
            };
            if to == 0 || usize::from(to) > exercise.levels.len() {
                return Err(ChangeError::Invalid(t!(
                    "core-no-such-level",
                    name = exercise.name.as_str(),
                    levels = exercise.levels.len(),
                    level = to
                )));
            }
            let from = exercise.level;
            if from == to {
                continue;
            }
            exercise.level = to;
            names.push((exercise.name.clone(), to));
            let event_id = first_id + events.len() as EntryId;
            events.push((
                event_id,
                Entry::Event(Event {
                    id: event_id,
                    date: at.date(),
                    time: at.time().with_nanosecond(0).unwrap_or(at.time()),
                    kind: EventKind::LevelChange {
                        exercise_id,
                        from,
                        to,
                    },
                    note: String::new(),
                }),
            ));
        }
        let (done, what) = match names.as_slice() {
            [] => return Ok((None, None)),
            [(name, to)] => (
                t!("core-level-moved", name = name.as_str(), level = *to),
                t!("core-what-level-moved", name = name.as_str(), level = *to),
            ),
            several => (
                t!(
                    "core-levels-eased",
                    count = several.len(),
                    count_text = format::count(
                        i18n::language(),
                        i64::try_from(several.len()).unwrap_or(i64::MAX)
                    )
                ),
                t!(
                    "core-what-levels-moved",
                    count = several.len(),
                    count_text = format::count(
                        i18n::language(),
                        i64::try_from(several.len()).unwrap_or(i64::MAX)
                    )
                ),
            ),
        };
        Ok((
            Some(Step {
                done,
                what,
                before: Patch {
                    programmes: Some(self.diary.programmes.clone()),
                    entries: events.iter().map(|(id, _)| (*id, None)).collect(),
                    ..Patch::default()
                },
                after: Patch {
                    programmes: Some(programmes),
                    entries: events.into_iter().map(|(id, e)| (id, Some(e))).collect(),
                    ..Patch::default()
                },
            }),
            Some(first_id),
        ))
    }

    fn existing(&self, id: EntryId) -> Result<Entry, ChangeError> {
        self.diary
            .journal
            .get(id)
            .map(|e| e.to_owned_entry())
            .ok_or(ChangeError::NotFound(id))
    }

    /// Puts one side of a step in place and marks what it touched.
    fn put(&mut self, patch: &Patch) {
        if let Some(profile) = &patch.profile {
            self.diary.profile = Some(profile.clone());
            self.unsaved.profile = true;
        }
        if let Some(programmes) = &patch.programmes {
            self.diary.programmes = programmes.clone();
            self.unsaved.programmes = true;
        }
        if let Some(settings) = patch.settings {
            self.diary.settings = settings;
            self.unsaved.settings = true;
        }
        for (id, entry) in &patch.entries {
            if let Some((ym, _)) = self.diary.journal.remove(*id) {
                self.unsaved.months.insert(ym);
            }
            if let Some(entry) = entry {
                let ym = self.diary.journal.insert(entry.clone());
                self.unsaved.months.insert(ym);
            }
        }
        self.version += 1;
    }
}

impl Patch {
    fn entry(id: EntryId, entry: Option<Entry>) -> Self {
        Self {
            entries: vec![(id, entry)],
            ..Self::default()
        }
    }
}

fn set_id(entry: &mut Entry, id: EntryId) {
    match entry {
        Entry::Session(s) => s.id = id,
        Entry::Diary(d) => d.id = id,
        Entry::Event(e) => e.id = id,
        Entry::Psfs(p) => p.id = id,
    }
}

/// An entry in a few words, for messages.
#[must_use]
pub fn describe(entry: &Entry) -> String {
    let date = format::day_month_long(i18n::language(), entry.date());
    match entry {
        Entry::Session(_) => t!("core-entry-session", date = date),
        Entry::Diary(_) => t!("core-entry-diary", date = date),
        Entry::Event(e) => match e.kind {
            EventKind::Injection { .. } => t!("core-entry-injection", date = date),
            EventKind::ClinicianVisit => t!("core-entry-clinician-visit", date = date),
            EventKind::MedicationChange => t!("core-entry-medication-change", date = date),
            EventKind::RedFlag { .. } => t!("core-entry-red-flag", date = date),
            EventKind::LevelChange { .. } => t!("core-entry-level-change", date = date),
        },
        Entry::Psfs(_) => t!("core-entry-psfs", date = date),
    }
}

#[cfg(test)]
mod tests;

/// Whether only the chime differs between two settings.
fn only_sound_differs(before: &Settings, after: &Settings) -> bool {
    before.sound != after.sound
        && before.training_reminder == after.training_reminder
        && before.diary_reminder == after.diary_reminder
}

/// What saving settings did, in the words of the notice.
fn settings_done(before: &Settings, after: &Settings) -> String {
    match (only_sound_differs(before, after), after.sound) {
        (true, true) => t!("core-sound-on"),
        (true, false) => t!("core-sound-off"),
        (false, _) => t!("core-reminders-saved"),
    }
}

/// What undo of saving settings puts back.
fn settings_what(before: &Settings, after: &Settings) -> String {
    if only_sound_differs(before, after) {
        t!("core-what-sound")
    } else {
        t!("core-what-reminders")
    }
}
