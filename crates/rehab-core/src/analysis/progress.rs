//! Everything the Progress screen and `status` show, computed in one go from the journal
//! as of one day. Call [`progress`] when the journal changes, not every frame: it is
//! linear in the size of the journal (a few range look-ups per session and per week).

use super::adherence::{Adherence, adherence_by};
use super::escalation::{
    Escalation, EscalationInputs, InjectionEffect, Measures, RedFlag, Status, assess,
    injection_effects,
};
use super::exercises::{ExerciseProgress, exercise_progress};
use super::pain::{
    Baseline, DailyPoint, WeekMean, WindowMean, current, daily_sitting_until, daily_worst_until,
    programme_baseline, weekly_means, with_rolling_mean,
};
use super::traffic_light::{SessionLight, morning_scores, session_light};
use crate::model::{DayState, EntryId, EventKind, Journal, Profile, Programmes};
use chrono::{Months, NaiveDate};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::HashMap;

/// Days in the rolling mean drawn over daily series (one week).
pub const ROLLING_DAYS: u16 = 7;

/// One session's traffic light.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatedLight {
    /// The day of the session.
    pub date: NaiveDate,
    /// The session.
    pub session_id: EntryId,
    /// Its light.
    pub light: SessionLight,
}

/// Sitting tolerance over time (minutes; higher is better).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SittingTrend {
    /// Each day's lowest value, with its rolling mean.
    pub daily: Vec<DailyPoint>,
    /// Per programme week.
    pub weekly: Vec<WeekMean>,
    /// Over the baseline window (same rule as pain).
    pub baseline: Baseline,
    /// Over the current window (same rule as pain).
    pub current: WindowMean,
    /// Current minus baseline, in minutes (positive is better).
    pub change_mins: Option<f64>,
}

/// What a bundle states about the whole diary as of its last day (see [`Progress::restate`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Stated {
    /// The status, with the patient's reasons.
    pub status: Status,
    /// The reasons in the clinician's words.
    pub clinician_reasons: Vec<String>,
    /// The warning signs still standing.
    pub warning_signs: Vec<RedFlag>,
    /// The session lights.
    pub lights: SessionLights,
}

/// The whole picture as of one day.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The day assessed.
    pub on: NaiveDate,
    /// The escalation status, its reasons and the numbers behind it.
    pub escalation: Escalation,
    /// Adherence, overall and per week.
    pub adherence: Adherence,
    /// Daily worst pain with its rolling mean.
    pub daily_worst: Vec<DailyPoint>,
    /// Mean worst pain per programme week.
    pub weekly_pain: Vec<WeekMean>,
    /// Sitting tolerance.
    pub sitting: SittingTrend,
    /// Every session's traffic light up to the day assessed, oldest first.
    pub lights: SessionLights,
    /// Level and weekly volume per exercise.
    pub exercises: Vec<ExerciseProgress>,
    /// Every injection up to the day assessed and its effect, oldest first.
    pub injections: Vec<InjectionEffect>,
    /// Injections logged in the 12 months up to the day assessed.
    pub injections_last_12_months: usize,
    /// Days marked as a flare, oldest first.
    pub flare_days: Vec<NaiveDate>,
    /// The clinician's reasons stated with a bundle of part of the diary ([`Self::restate`]).
    pub stated_clinician_reasons: Option<Vec<String>>,
}

impl Progress {
    /// The status as `status --json` prints it.
    #[must_use]
    pub fn status(&self) -> &Status {
        &self.escalation.status
    }

    /// Puts in what was stated by whoever saw the whole diary (the status, its reasons in
    /// the clinician's words, the warning signs, the session lights) over what was worked
    /// out from part of it (an export bundle of a date range).
    pub fn restate(&mut self, stated: Stated) {
        self.escalation.status = stated.status;
        self.escalation.red_flags = stated.warning_signs;
        self.lights = stated.lights;
        self.stated_clinician_reasons = Some(stated.clinician_reasons);
    }
}

/// Where the diary stands as of `on` (entries dated after it are ignored), each period
/// judged by the programme in force then: the one analysis every screen, command and export
/// shows. Reads PSFS ratings and warning signs from the journal.
#[must_use]
pub fn progress(
    profile: &Profile,
    programmes: Programmes<'_>,
    journal: &Journal,
    on: NaiveDate,
) -> Progress {
    progress_with(
        profile,
        programmes,
        journal,
        &super::escalation::escalation_inputs(journal),
        on,
    )
}

/// [`progress`], with the PSFS ratings and warning signs given (tests pass their own): a
/// session's light by the pain bands of its day, a day's share of adherence by the sessions
/// a week prescribed that day, and the status by the rule in force on `on`.
#[must_use]
pub fn progress_with(
    profile: &Profile,
    programmes: Programmes<'_>,
    journal: &Journal,
    inputs: &EscalationInputs,
    on: NaiveDate,
) -> Progress {
    let start = profile.start_date;
    let programme = programmes.in_force(on);
    let rule = &programme.escalation;
    let worst = daily_worst_until(journal, on);
    let adherence = adherence_by(
        journal,
        start,
        |d| programmes.in_force(d).sessions_per_week,
        on,
    );
    let injections = injection_effects(journal, &worst, on, rule);
    let escalation = assess(
        &Measures {
            start,
            on,
            week: profile.week_of(on),
            rule,
            daily_worst: &worst,
            adherence: &adherence,
            injection: injections.last().copied(),
        },
        journal,
        inputs,
    );

    let sitting_daily = daily_sitting_until(journal, on);
    let sitting_baseline = programme_baseline(&sitting_daily, start, on, rule);
    let sitting_current = current(&sitting_daily, on, start, rule);
    let sitting = SittingTrend {
        daily: with_rolling_mean(&sitting_daily, ROLLING_DAYS),
        weekly: weekly_means(&sitting_daily, start, on),
        change_mins: sitting_baseline
            .value()
            .zip(sitting_current.mean)
            .map(|(b, c)| c - b),
        baseline: sitting_baseline,
        current: sitting_current,
    };

    let year_ago = on
        .checked_sub_months(Months::new(12))
        .unwrap_or(NaiveDate::MIN);
    let injections_last_12_months = journal
        .events()
        .filter(|e| {
            e.date > year_ago && e.date <= on && matches!(e.kind, EventKind::Injection { .. })
        })
        .count();
    let mut flare_days: Vec<NaiveDate> = journal
        .diary()
        .filter(|d| d.date <= on && d.day_state == DayState::Flare)
        .map(|d| d.date)
        .collect();
    flare_days.dedup();

    Progress {
        on,
        lights: lights(journal, programmes, &worst, on),
        exercises: exercise_progress(journal, programmes.current, start, on),
        daily_worst: with_rolling_mean(&worst, ROLLING_DAYS),
        weekly_pain: weekly_means(&worst, start, on),
        escalation,
        adherence,
        sitting,
        injections,
        injections_last_12_months,
        flare_days,
        stated_clinician_reasons: None,
    }
}

/// The traffic light of every session up to `on`, each by the pain bands of the programme
/// in force on its day, as it stood at the end of `on` (a next-morning score dated after
/// `on` is not yet known, so that session's light is provisional). The one place a
/// session's light is worked out: Today, History, Progress, the report, CSV, FHIR and the
/// review all read it, directly or through [`Progress::lights`].
#[must_use]
pub fn session_lights(
    journal: &Journal,
    programmes: Programmes<'_>,
    on: NaiveDate,
) -> SessionLights {
    lights(journal, programmes, &daily_worst_until(journal, on), on)
}

fn lights(
    journal: &Journal,
    programmes: Programmes<'_>,
    worst: &std::collections::BTreeMap<NaiveDate, u8>,
    on: NaiveDate,
) -> SessionLights {
    let mut mornings = morning_scores(journal);
    if let Some(after) = on.succ_opt() {
        let _later = mornings.split_off(&after);
    }
    let list = journal
        .sessions()
        .filter(|s| s.date <= on)
        .filter_map(|s| {
            let session = if s.date >= on && s.next_morning_pain.is_some() {
                let mut s = s.clone();
                s.next_morning_pain = None;
                Cow::Owned(s)
            } else {
                Cow::Borrowed(s)
            };
            let bands = &programmes.in_force(s.date).pain_bands;
            let light = session_light(&session, bands, &mornings, worst)?;
            Some(DatedLight {
                date: s.date,
                session_id: s.id,
                light,
            })
        })
        .collect();
    SessionLights::from_list(list)
}

/// Every session's light, oldest first, found by session too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionLights {
    list: Vec<DatedLight>,
    by_session: HashMap<EntryId, usize>,
}

impl SessionLights {
    /// Lights already worked out, oldest first.
    #[must_use]
    pub fn from_list(list: Vec<DatedLight>) -> Self {
        let by_session = list
            .iter()
            .enumerate()
            .map(|(i, l)| (l.session_id, i))
            .collect();
        Self { list, by_session }
    }

    /// The light of one session, if it has one (a session with no pain score has none).
    #[must_use]
    pub fn get(&self, session_id: EntryId) -> Option<&SessionLight> {
        self.by_session
            .get(&session_id)
            .and_then(|i| self.list.get(*i))
            .map(|l| &l.light)
    }
}

impl<'a> IntoIterator for &'a SessionLights {
    type Item = &'a DatedLight;
    type IntoIter = std::slice::Iter<'a, DatedLight>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

impl std::ops::Deref for SessionLights {
    type Target = [DatedLight];
    fn deref(&self) -> &[DatedLight] {
        &self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::escalation::StatusKind;
    use crate::analysis::traffic_light::Light;

    #[test]
    fn the_sixteen_week_demo_gives_every_series() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let demo = crate::demo::generate(16, end, 1).unwrap();
        let p = progress(
            &demo.profile,
            Programmes::only(&demo.programme),
            &demo.journal,
            end,
        );
        let (sessions, _, _) = demo.journal.counts();
        assert_eq!(p.lights.len(), sessions);
        // The last session's next morning is after the day assessed: provisional.
        assert!(p.lights.iter().all(|l| l.date <= end));
        assert_eq!(p.weekly_pain.len(), 16);
        assert_eq!(p.adherence.weeks.len(), 16);
        assert_eq!(p.exercises.len(), 6);
        assert_eq!(
            p.exercises[0].last_level(),
            Some(2),
            "the squat is held back"
        );
        assert_eq!(p.exercises[1].last_level(), Some(3));
        assert!(!p.flare_days.is_empty());
        assert!(p.sitting.change_mins.is_some_and(|c| c > 0.0));
        assert_eq!(
            p.daily_worst.len(),
            p.weekly_pain
                .iter()
                .map(|w| usize::try_from(w.days_with_entries).unwrap())
                .sum::<usize>()
        );
        assert_eq!(p.status().status, StatusKind::Improving);
        assert_eq!(p.injections_last_12_months, 0);
    }

    #[test]
    fn each_period_is_judged_by_the_programme_in_force_then() {
        use crate::model::{EarlierProgramme, Programmes};
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let demo = crate::demo::generate(16, end, 1).unwrap();
        let change = end - chrono::Duration::days(28);
        // From `change` on, any pain during a session is too much, and five sessions a week
        // are asked for.
        let mut strict = demo.programme.clone();
        strict.pain_bands.safe_max = 0;
        strict.pain_bands.acceptable_max = 0;
        strict.sessions_per_week = 5;
        let earlier = [EarlierProgramme {
            until: change - chrono::Duration::days(1),
            programme: demo.programme.clone(),
        }];
        let inputs = EscalationInputs::default();
        let before = progress_with(
            &demo.profile,
            Programmes::only(&demo.programme),
            &demo.journal,
            &inputs,
            end,
        );
        let after = progress_with(
            &demo.profile,
            Programmes {
                current: &strict,
                earlier: &earlier,
            },
            &demo.journal,
            &inputs,
            end,
        );
        assert_eq!(before.lights.len(), after.lights.len());
        let mut changed = 0;
        for (b, a) in before.lights.iter().zip(&after.lights) {
            if a.date < change {
                assert_eq!(a.light, b.light, "{}", a.date);
            } else {
                assert_eq!(a.light.light, Light::Red, "{}", a.date);
                changed += usize::from(b.light.light != Light::Red);
            }
        }
        assert!(
            changed > 0,
            "the demo has sessions that were not red before"
        );
        let weeks = &after.adherence.weeks;
        let full_week_after = weeks
            .iter()
            .find(|w| w.from >= change && w.to == w.from + chrono::Duration::days(6))
            .unwrap();
        assert!((full_week_after.prescribed - 5.0).abs() < 1e-9);
        let first = &weeks[0];
        assert!((first.prescribed - 3.0).abs() < 1e-9);
        assert_eq!(after.adherence.sessions_per_week, 5);
    }

    #[test]
    fn ten_years_are_handled_in_one_pass() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let demo = crate::demo::generate(520, end, 3).unwrap();
        let started = std::time::Instant::now();
        let p = progress(
            &demo.profile,
            Programmes::only(&demo.programme),
            &demo.journal,
            end,
        );
        let took = started.elapsed();
        assert_eq!(p.weekly_pain.len(), 520);
        assert_eq!(p.status().week, 520);
        // Generous, for slow debug builds on a busy machine; it takes milliseconds.
        assert!(took.as_secs() < 5, "{took:?}");
    }
}
