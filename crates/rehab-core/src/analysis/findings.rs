//! What the escalation rule found, as data: each fact behind a status with its numbers and
//! dates, most important first. The analysis ([`super::escalation::assess`]) lists them; the
//! surfaces word them, for the patient or for the clinician, with [`super::reasons`].

use super::pain::{BaselineSource, Improvement};
use crate::model::RedFlagSign;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One fact the escalation rule found. Every number a reason states is here; the
/// programme's thresholds the reason compares with are copied in, so a finding reads on
/// its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "finding", rename_all = "snake_case")]
pub enum Finding {
    /// A warning sign logged on `date` and not followed by a clinician visit since; its
    /// tier is the sign's ([`RedFlagSign::urgency`]).
    WarningSign {
        /// The day it was logged.
        date: NaiveDate,
        /// Which sign.
        sign: RedFlagSign,
    },
    /// The warning signs above hold the status until a clinician visit is logged after them.
    WarningSignsHeld,
    /// Weekly mean worst pain at or above `limit` (baseline plus `points`) for `weeks`
    /// weeks running.
    Worsening {
        /// The 7-day windows looked at, oldest first.
        windows: Vec<WeekPain>,
        /// Baseline plus `points`.
        limit: f64,
        /// The baseline.
        baseline: f64,
        /// The rise the programme counts as worse.
        points: f64,
        /// The weeks running the programme asks for.
        weeks: u16,
    },
    /// Nothing logged for `days` days, `quiet_after_days` or more.
    Quiet {
        /// The last day with any entry, if any.
        last_entry: Option<NaiveDate>,
        /// Days without an entry.
        days: u32,
        /// The days without an entry the programme counts as gone quiet.
        quiet_after_days: u16,
    },
    /// The programme has not started; the decision point is the end of `decision_week`.
    NotStarted {
        /// The week of the decision point.
        decision_week: u16,
        /// The last day of that week.
        decision_date: NaiveDate,
    },
    /// Week `week` of the programme, before the decision point.
    BeforeDecision {
        /// The programme week.
        week: u32,
        /// The week of the decision point.
        decision_week: u16,
        /// The last day of that week.
        decision_date: NaiveDate,
    },
    /// The decision point has passed but there are too few entries to compare pain.
    DecisionTooFewEntries {
        /// The programme week.
        week: u32,
        /// The week of the decision point.
        decision_week: u16,
    },
    /// The week assessed is the programme's check-in week.
    CheckIn {
        /// The check-in week.
        week: u16,
    },
    /// Sessions done against those prescribed so far.
    Sessions {
        /// Done as a share of prescribed, in %; `None` when none were prescribed yet.
        pct: Option<f64>,
        /// Sessions done.
        done: u32,
        /// Sessions prescribed (rest-advised and away days left out).
        prescribed: f64,
        /// The least the programme asks for, in %.
        min_pct: f64,
    },
    /// Worst pain, baseline against now.
    Pain {
        /// Mean worst pain over the baseline window.
        baseline: f64,
        /// Which window the baseline came from.
        source: BaselineSource,
        /// Mean worst pain over the last `current_days` days.
        current: f64,
        /// The days of the current window.
        current_days: u16,
        /// Baseline minus current.
        change: Improvement,
        /// The important change the programme sets, in points.
        target_points: f64,
        /// The important change the programme sets, in %.
        target_pct: f64,
    },
    /// Too few diary entries to compare pain.
    PainTooFewEntries {
        /// Days with an entry the baseline needs.
        baseline_min_entries: u16,
        /// The days of the baseline window.
        baseline_days: u16,
        /// Days with an entry in the baseline window.
        baseline_logged: u32,
        /// Days with an entry the current window needs.
        current_min_entries: u16,
        /// The days of the current window.
        current_days: u16,
        /// Days with an entry in the current window.
        current_logged: u32,
    },
    /// At or after the decision point, fewer sessions done than the programme sets.
    TooFewSessions {
        /// When: the programme week and the week of the decision point.
        at: DecisionWeek,
        /// Sessions done, in % of those prescribed.
        pct: f64,
        /// The least the programme asks for, in %.
        min_pct: f64,
    },
    /// At or after the decision point, with enough sessions done, pain has not changed by
    /// the amount the programme sets.
    ChangeNotReached {
        /// When.
        at: DecisionWeek,
        /// Sessions done, in % of those prescribed.
        pct: f64,
    },
    /// By the programme's terms, next steps are due for discussion.
    NextStepsDue,
    /// At or after the decision point, the change the programme sets was reached.
    ChangeReached {
        /// When.
        at: DecisionWeek,
        /// Sessions done, in % of those prescribed.
        pct: f64,
    },
    /// The PSFS change, current minus baseline.
    Psfs {
        /// The change (higher is better).
        change: f64,
        /// The important change the programme sets.
        important_change: f64,
    },
    /// The latest injection's effect, measured.
    Injection {
        /// The day of the injection.
        date: NaiveDate,
        /// Mean worst pain in the days before it.
        before: f64,
        /// The days before it the programme measures.
        before_days: u16,
        /// Mean worst pain over the window after it.
        now: f64,
        /// The window after it: its days and its last day.
        now_days: i64,
        /// The last day of that window.
        now_to: NaiveDate,
        /// The window ends on the day assessed (it is still being measured).
        now_ongoing: bool,
        /// Before minus now.
        change: Improvement,
    },
    /// An injection logged, with too few entries around it to measure its effect.
    InjectionNotMeasured {
        /// The day of the injection.
        date: NaiveDate,
        /// Days with an entry needed before it.
        before_min_entries: u16,
        /// The days before it the programme measures.
        before_days: u16,
        /// Days with an entry needed after it.
        after_min_entries: u16,
    },
}

/// One 7-day window of the worsening check.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WeekPain {
    /// The last day of the window.
    pub to: NaiveDate,
    /// Mean worst pain over it.
    pub mean: f64,
}

/// Where the programme stands against its decision point, for findings made at or after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionWeek {
    /// The programme week assessed.
    pub week: u32,
    /// The week of the decision point.
    pub decision_week: u16,
}
