//! The escalation rule of the clinical reference §5: where the log stands against the plan
//! the clinician set. Evaluated on any day; the first rule that matches wins:
//!
//! 1. a warning sign of the "today" tier ([`RedFlagSign::urgency`]) logged and not yet
//!    followed by a clinician visit: seek care now;
//! 2. a warning sign of the "soon" tier logged and not yet followed by a clinician visit, or
//!    weekly mean worst pain at least `worsening_points` above baseline for
//!    `worsening_weeks` weeks running: contact your clinician soon;
//! 3. no entry at all for `quiet_days` days (the diary went quiet): no recent entries, so
//!    the plan is not judged on entries that stopped;
//! 4. before the decision point, or too little data: keep going;
//! 5. at or after the decision point, adherence below `adherence_min_pct`: review the plan;
//! 6. at or after the decision point, pain improvement below both targets (and, if PSFS was
//!    logged, PSFS gain below its target): discuss next steps;
//! 7. otherwise: improving, keep going.
//!
//! Every number comes from the programme's [`EscalationRule`]. The inputs the journal does
//! not hold yet (PSFS ratings, red flags) come in through [`EscalationInputs`].

use super::adherence::Adherence;
use super::findings::{DecisionWeek, Finding, WeekPain};
use super::pain::{
    self, Baseline, Improvement, WindowMean, current, improvement, programme_baseline, reaches,
};
use crate::i18n::{Lang, Words};
use crate::model::{EscalationRule, EventKind, Journal, RedFlagSign, Urgency};
use crate::t_in;
use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A warning sign the patient ticked (clinical reference §6), one per sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    /// The day it was logged.
    pub date: NaiveDate,
    /// The time it was logged.
    pub time: NaiveTime,
    /// Which sign.
    pub sign: RedFlagSign,
}

impl RedFlag {
    /// How soon it needs a doctor: the sign's tier.
    #[must_use]
    pub fn urgency(&self) -> Urgency {
        self.sign.urgency()
    }

    /// What it was, in the words shown to the patient.
    #[must_use]
    pub fn what(&self) -> String {
        self.sign.label()
    }
}

/// One Patient-Specific Functional Scale rating: the 0-10 scores of the (up to 3)
/// activities the patient rated that day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PsfsRating {
    /// The day of the rating.
    pub date: NaiveDate,
    /// One score per activity, 0 (unable) to 10 (as before the problem).
    pub scores: Vec<u8>,
}

impl PsfsRating {
    /// The PSFS score of the rating: the mean of its activity scores.
    #[must_use]
    pub fn mean(&self) -> Option<f64> {
        (!self.scores.is_empty()).then(|| {
            self.scores.iter().map(|s| f64::from(*s)).sum::<f64>() / self.scores.len() as f64
        })
    }
}

/// What the rule reads besides diary, sessions and events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EscalationInputs {
    /// Every PSFS rating, in any order.
    pub psfs: Vec<PsfsRating>,
    /// Every red flag logged, in any order.
    pub red_flags: Vec<RedFlag>,
}

/// The PSFS ratings and red flags the journal holds: the one place the rule reads them.
#[must_use]
pub fn escalation_inputs(journal: &Journal) -> EscalationInputs {
    let psfs = journal
        .psfs()
        .map(|p| PsfsRating {
            date: p.date,
            scores: p.scores.iter().map(|s| s.score.get()).collect(),
        })
        .collect();
    let red_flags = journal
        .events()
        .flat_map(|e| match &e.kind {
            EventKind::RedFlag { signs } => signs
                .iter()
                .map(|sign| RedFlag {
                    date: e.date,
                    time: e.time,
                    sign: *sign,
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    EscalationInputs { psfs, red_flags }
}

/// The statuses, in the order the rule tries them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    /// A warning sign that needs help the same day was logged.
    SeekCareNow,
    /// A warning sign that needs a doctor soon was logged, or pain has been clearly worse
    /// than at the start for weeks running.
    ContactClinicianSoon,
    /// Nothing was logged for the days the programme allows: the diary went quiet, and the
    /// plan is not judged on entries that stopped.
    NoRecentEntries,
    /// Before the decision point, or not enough data yet.
    KeepGoing,
    /// At the decision point, but too few sessions were done for the plan to be judged.
    ReviewPlan,
    /// At the decision point, the programme was done and pain did not change as agreed.
    DiscussNextSteps,
    /// At the decision point, pain (or function) improved as agreed.
    Improving,
}

/// How soon a status needs a clinician, most urgent first: the one place Today, Progress,
/// the report and the caseload take it from (each surface picks its own colour for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusUrgency {
    /// Same-day care: a warning sign that needs help today.
    SameDay,
    /// Contact before the next planned review.
    Soon,
    /// A clinician's look at the next chance: the diary went quiet, or a decision is due.
    NeedsAttention,
    /// Under way, nothing due.
    OnTrack,
    /// Improving as agreed.
    Improving,
}

impl StatusUrgency {
    /// Whether the patient is told to get in touch before the next review (or today).
    #[must_use]
    pub fn is_urgent(self) -> bool {
        self <= Self::Soon
    }

    /// Whether it needs a clinician's attention: urgent, or something due.
    #[must_use]
    pub fn needs_attention(self) -> bool {
        self <= Self::NeedsAttention
    }
}

impl StatusKind {
    /// How soon the status needs a clinician.
    #[must_use]
    pub fn urgency(self) -> StatusUrgency {
        match self {
            Self::SeekCareNow => StatusUrgency::SameDay,
            Self::ContactClinicianSoon => StatusUrgency::Soon,
            Self::NoRecentEntries | Self::DiscussNextSteps | Self::ReviewPlan => {
                StatusUrgency::NeedsAttention
            }
            Self::KeepGoing => StatusUrgency::OnTrack,
            Self::Improving => StatusUrgency::Improving,
        }
    }

    /// Where a caseload sorts it, lower first: by [`Self::urgency`], and among the statuses
    /// needing attention a diary gone quiet first (disengagement is the commonest way a
    /// home programme fails), then the decisions due.
    #[must_use]
    pub fn urgency_rank(self) -> u8 {
        match self {
            Self::SeekCareNow => 0,
            Self::ContactClinicianSoon => 1,
            Self::NoRecentEntries => 2,
            Self::DiscussNextSteps => 3,
            Self::ReviewPlan => 4,
            Self::KeepGoing => 5,
            Self::Improving => 6,
        }
    }
}

impl StatusKind {
    /// Every status, in rule order.
    pub const ALL: [Self; 7] = [
        Self::SeekCareNow,
        Self::ContactClinicianSoon,
        Self::NoRecentEntries,
        Self::KeepGoing,
        Self::ReviewPlan,
        Self::DiscussNextSteps,
        Self::Improving,
    ];

    /// The code used in `status --json`, such as `keep_going`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::SeekCareNow => "seek_care_now",
            Self::ContactClinicianSoon => "contact_clinician_soon",
            Self::NoRecentEntries => "no_recent_entries",
            Self::KeepGoing => "keep_going",
            Self::ReviewPlan => "review_plan",
            Self::DiscussNextSteps => "discuss_next_steps",
            Self::Improving => "improving",
        }
    }

    /// The headline, in plain words, in the patient's voice.
    #[must_use]
    pub fn headline(self, lang: Lang) -> String {
        self.headline_in(lang, Voice::Patient)
    }

    /// What the status means and what to do, framed as the plan the clinician set, in the
    /// patient's voice.
    #[must_use]
    pub fn meaning(self, lang: Lang) -> String {
        self.meaning_in(lang, Voice::Patient)
    }
}

/// Whose words a status is put in: the patient's, on their own screens, or the clinician's,
/// in the report and the review window. One status, worked out once, has both wordings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Voice {
    /// Second person, what to do: "Keep going".
    #[default]
    Patient,
    /// Third person, what the log shows: "The patient's log shows…".
    Clinician,
}

impl StatusKind {
    /// The headline in `voice` and `lang`. The clinician's headlines are short enough for a
    /// table.
    #[must_use]
    pub fn headline_in(self, lang: Lang, voice: Voice) -> String {
        let words = Words::for_language(lang);
        match (self, voice) {
            (Self::SeekCareNow, Voice::Patient) => t_in!(words, "analysis-status-seek-care-now"),
            (Self::SeekCareNow, Voice::Clinician) => {
                t_in!(words, "analysis-status-seek-care-now-clinician")
            }
            (Self::ContactClinicianSoon, Voice::Patient) => {
                t_in!(words, "analysis-status-contact-clinician-soon")
            }
            (Self::ContactClinicianSoon, Voice::Clinician) => {
                t_in!(words, "analysis-status-contact-clinician-soon-clinician")
            }
            (Self::NoRecentEntries, Voice::Patient) => {
                t_in!(words, "analysis-status-no-recent-entries")
            }
            (Self::NoRecentEntries, Voice::Clinician) => {
                t_in!(words, "analysis-status-no-recent-entries-clinician")
            }
            (Self::KeepGoing, Voice::Patient) => t_in!(words, "analysis-status-keep-going"),
            (Self::KeepGoing, Voice::Clinician) => {
                t_in!(words, "analysis-status-keep-going-clinician")
            }
            (Self::ReviewPlan, Voice::Patient) => t_in!(words, "analysis-status-review-plan"),
            (Self::ReviewPlan, Voice::Clinician) => {
                t_in!(words, "analysis-status-review-plan-clinician")
            }
            (Self::DiscussNextSteps, Voice::Patient) => {
                t_in!(words, "analysis-status-discuss-next-steps")
            }
            (Self::DiscussNextSteps, Voice::Clinician) => {
                t_in!(words, "analysis-status-discuss-next-steps-clinician")
            }
            (Self::Improving, Voice::Patient) => t_in!(words, "analysis-status-improving"),
            (Self::Improving, Voice::Clinician) => {
                t_in!(words, "analysis-status-improving-clinician")
            }
        }
    }

    /// What the status means, in `voice` and `lang`.
    #[must_use]
    pub fn meaning_in(self, lang: Lang, voice: Voice) -> String {
        let words = Words::for_language(lang);
        match (self, voice) {
            (Self::SeekCareNow, Voice::Patient) => {
                t_in!(words, "analysis-status-seek-care-now-meaning")
            }
            (Self::SeekCareNow, Voice::Clinician) => {
                t_in!(words, "analysis-status-seek-care-now-meaning-clinician")
            }
            (Self::ContactClinicianSoon, Voice::Patient) => {
                t_in!(words, "analysis-status-contact-clinician-soon-meaning")
            }
            (Self::ContactClinicianSoon, Voice::Clinician) => {
                t_in!(
                    words,
                    "analysis-status-contact-clinician-soon-meaning-clinician"
                )
            }
            (Self::NoRecentEntries, Voice::Patient) => {
                t_in!(words, "analysis-status-no-recent-entries-meaning")
            }
            (Self::NoRecentEntries, Voice::Clinician) => {
                t_in!(words, "analysis-status-no-recent-entries-meaning-clinician")
            }
            (Self::KeepGoing, Voice::Patient) => {
                t_in!(words, "analysis-status-keep-going-meaning")
            }
            (Self::KeepGoing, Voice::Clinician) => {
                t_in!(words, "analysis-status-keep-going-meaning-clinician")
            }
            (Self::ReviewPlan, Voice::Patient) => {
                t_in!(words, "analysis-status-review-plan-meaning")
            }
            (Self::ReviewPlan, Voice::Clinician) => {
                t_in!(words, "analysis-status-review-plan-meaning-clinician")
            }
            (Self::DiscussNextSteps, Voice::Patient) => {
                t_in!(words, "analysis-status-discuss-next-steps-meaning")
            }
            (Self::DiscussNextSteps, Voice::Clinician) => {
                t_in!(
                    words,
                    "analysis-status-discuss-next-steps-meaning-clinician"
                )
            }
            (Self::Improving, Voice::Patient) => {
                t_in!(words, "analysis-status-improving-meaning")
            }
            (Self::Improving, Voice::Clinician) => {
                t_in!(words, "analysis-status-improving-meaning-clinician")
            }
        }
    }
}

/// The status as `status --json` prints it (and as an export bundle carries it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Status {
    /// Which status.
    pub status: StatusKind,
    /// The programme week of the day assessed (0 before the start).
    pub week: u32,
    /// The week of the decision point.
    pub decision_week: u16,
    /// Adherence over the programme so far, in % (0 when nothing was prescribed yet).
    pub adherence_pct: f64,
    /// Baseline worst pain, if there were enough entries.
    pub baseline_pain: Option<f64>,
    /// Current worst pain, if there were enough entries.
    pub current_pain: Option<f64>,
    /// Baseline minus current, in points.
    pub improvement_points: Option<f64>,
    /// Baseline minus current, in % of baseline.
    pub improvement_pct: Option<f64>,
    /// Current PSFS minus baseline PSFS (higher is better).
    pub psfs_change: Option<f64>,
    /// How recently anything was logged (absent from bundles written before it was kept).
    #[serde(default)]
    pub engagement: Option<Engagement>,
    /// The latest injection's effect, measured within [`INJECTION_EFFECT_DAYS`] after it
    /// (absent from bundles written before it was kept, and when no injection was logged).
    #[serde(default)]
    pub injection: Option<InjectionOutcome>,
    /// Why, in the patient's words, as `status --json` and export bundles before version 6
    /// state the status: worded from [`Self::findings`] by the surface that writes it, read
    /// back from such files. Empty as [`assess`] returns it (the findings say why), and in
    /// bundles from version 6 on, which hold the findings instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// What the rule found, with its numbers, most important first: the facts the reasons
    /// state, worded for the patient or the clinician by the surfaces that show them.
    /// Export bundles before version 6 leave them out (they state the reasons), as do files
    /// written before they were kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Finding>,
}

/// How recently the patient logged anything, against the days the programme allows
/// ([`EscalationRule::quiet_days`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Engagement {
    /// The last day with any entry (diary, session, event or PSFS) on or before the day
    /// assessed.
    pub last_entry: Option<NaiveDate>,
    /// Days from the last entry to the day assessed (0: something was logged that day);
    /// with no entry at all, the days of the programme so far.
    pub days_without_entries: u32,
    /// The days without an entry the programme counts as gone quiet.
    pub quiet_after_days: u16,
    /// `days_without_entries` reached `quiet_after_days` (never before the programme starts).
    pub quiet: bool,
}

/// How recently anything was logged, as of `on`.
#[must_use]
pub fn engagement(
    journal: &Journal,
    start: NaiveDate,
    on: NaiveDate,
    rule: &EscalationRule,
) -> Engagement {
    let last_entry = journal.last_day_until(on);
    let since = last_entry.unwrap_or_else(|| start.pred_opt().unwrap_or(start));
    let days = u32::try_from((on - since).num_days().max(0)).unwrap_or(u32::MAX);
    Engagement {
        last_entry,
        days_without_entries: days,
        quiet_after_days: rule.quiet_days,
        quiet: on >= start && days >= u32::from(rule.quiet_days.max(1)),
    }
}

/// The days after an injection its effect is measured in: the current pain it is judged
/// by is that of the last days up to this many days after it (or the day assessed, if
/// sooner), so an old injection is never compared with today's pain. Twelve weeks: the
/// relief of a steroid injection is often short-lived, and a review asks about it well
/// within that time.
pub const INJECTION_EFFECT_DAYS: i64 = 84;

/// The latest injection's effect as a status carries it: the numbers, with the days they
/// come from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InjectionOutcome {
    /// The day of the injection.
    pub date: NaiveDate,
    /// Mean worst pain in the days before it, when there were enough entries.
    pub before: Option<f64>,
    /// The first day `before` is taken from.
    pub before_from: NaiveDate,
    /// The last day `before` is taken from.
    pub before_to: NaiveDate,
    /// Mean worst pain over the last days measured after it, when there were enough.
    pub now: Option<f64>,
    /// The first day `now` is taken from.
    pub now_from: NaiveDate,
    /// The last day measured: the day assessed, the day before the next injection, or
    /// [`INJECTION_EFFECT_DAYS`] after the injection, whichever comes first.
    pub now_to: NaiveDate,
    /// `before` minus `now`, in points: above zero is better.
    pub change_points: Option<f64>,
    /// The change as a share of `before`, in %.
    pub change_pct: Option<f64>,
    /// The change reaches the programme's important change.
    pub meets_target: Option<bool>,
}

impl InjectionOutcome {
    /// The outcome of a measured effect.
    #[must_use]
    pub fn of(effect: &InjectionEffect) -> Self {
        Self {
            date: effect.date,
            before: effect.baseline.value(),
            before_from: effect.baseline.window.from,
            before_to: effect.baseline.window.to,
            now: effect.current.mean,
            now_from: effect.current.from,
            now_to: effect.current.to,
            change_points: effect.improvement.map(|i| i.points),
            change_pct: effect.improvement.and_then(|i| i.pct),
            meets_target: effect.improvement.map(|i| i.meets_target),
        }
    }
}

/// The PSFS change: baseline and current windows, as for pain, one rating being enough.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PsfsChange {
    /// Mean PSFS score over the baseline window.
    pub baseline: Baseline,
    /// Mean PSFS score over the current window.
    pub current: WindowMean,
    /// Current minus baseline.
    pub change: Option<f64>,
    /// The change reaches `psfs_important_change`.
    pub meets_target: bool,
}

/// Pain clearly worse than baseline: the weekly windows the rule looked at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Worsening {
    /// Baseline plus `worsening_points`, when there is a baseline.
    pub limit: Option<f64>,
    /// The 7-day windows ending on the day assessed, then 7 and 14 days before, and so on
    /// (`worsening_weeks` of them), newest first.
    pub windows: Vec<WindowMean>,
    /// Every window's mean reached the limit.
    pub running: bool,
}

/// The effect of one injection, measured like the programme (§5): a new baseline over the
/// `baseline_days` days before it, current pain over the last `current_days` days measured
/// after it (at most [`INJECTION_EFFECT_DAYS`] after it).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct InjectionEffect {
    /// The day of the injection.
    pub date: NaiveDate,
    /// The last day measured: the day assessed, the day before the next injection, or
    /// [`INJECTION_EFFECT_DAYS`] after it, whichever comes first.
    pub until: NaiveDate,
    /// Mean worst pain in the days before it.
    pub baseline: Baseline,
    /// Mean worst pain over the last days after it.
    pub current: WindowMean,
    /// Baseline minus current, when both are known.
    pub improvement: Option<Improvement>,
}

/// The escalation status with everything it was worked out from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Escalation {
    /// The status, as `status --json` prints it.
    pub status: Status,
    /// The thresholds used, from the programme file.
    pub rule: EscalationRule,
    /// The day assessed.
    pub on: NaiveDate,
    /// The last day of week `decision_week`: from this day the decision rules apply.
    pub decision_date: NaiveDate,
    /// The day assessed is on or after the decision date.
    pub decision_reached: bool,
    /// The day assessed falls in the check-in week.
    pub at_checkin: bool,
    /// Baseline worst pain.
    pub baseline: Baseline,
    /// Current worst pain.
    pub current: WindowMean,
    /// The change, when both are known.
    pub improvement: Option<Improvement>,
    /// The PSFS change.
    pub psfs: PsfsChange,
    /// The worsening check.
    pub worsening: Worsening,
    /// Red flags not yet followed by a clinician visit.
    pub red_flags: Vec<RedFlag>,
    /// The latest injection on or before the day assessed, and its effect.
    pub injection: Option<InjectionEffect>,
    /// How recently anything was logged.
    pub engagement: Engagement,
}

/// The day from which the decision rules apply: the last day of week `decision_week`,
/// when that many full weeks of the programme have been done.
#[must_use]
pub fn decision_date(start: NaiveDate, rule: &EscalationRule) -> NaiveDate {
    start + Duration::days(i64::from(rule.decision_week) * 7 - 1)
}

/// Mean PSFS score per day (two ratings on one day are averaged), up to `on`.
fn psfs_daily(ratings: &[PsfsRating], on: NaiveDate) -> BTreeMap<NaiveDate, f64> {
    let mut sums: BTreeMap<NaiveDate, (f64, u32)> = BTreeMap::new();
    for r in ratings.iter().filter(|r| r.date <= on) {
        if let Some(m) = r.mean() {
            let slot = sums.entry(r.date).or_insert((0.0, 0));
            slot.0 += m;
            slot.1 += 1;
        }
    }
    sums.into_iter()
        .map(|(d, (sum, n))| (d, sum / f64::from(n)))
        .collect()
}

/// The PSFS change over the same windows as pain; PSFS is weekly, so one rating in a
/// window is enough.
#[must_use]
pub fn psfs_change(
    ratings: &[PsfsRating],
    start: NaiveDate,
    on: NaiveDate,
    rule: &EscalationRule,
) -> PsfsChange {
    let daily = psfs_daily(ratings, on);
    let one = EscalationRule {
        baseline_min_entries: 1,
        current_min_entries: 1,
        ..*rule
    };
    let baseline = programme_baseline(&daily, start, on, &one);
    let current = current(&daily, on, start, &one);
    let change = baseline.value().zip(current.mean).map(|(b, c)| c - b);
    PsfsChange {
        baseline,
        current,
        change,
        meets_target: change.is_some_and(|c| reaches(c, rule.psfs_important_change)),
    }
}

/// Red flags logged up to the end of `on` and not followed by a clinician visit (also up
/// to `on`): once the clinician has seen the patient, the flag no longer holds the top.
#[must_use]
pub fn active_red_flags(journal: &Journal, flags: &[RedFlag], on: NaiveDate) -> Vec<RedFlag> {
    let last_visit: Option<NaiveDateTime> = journal
        .events()
        .filter(|e| e.date <= on && matches!(e.kind, EventKind::ClinicianVisit))
        .map(|e| e.date.and_time(e.time))
        .max();
    let mut active: Vec<RedFlag> = flags
        .iter()
        .filter(|f| f.date <= on && last_visit.is_none_or(|v| f.date.and_time(f.time) > v))
        .cloned()
        .collect();
    active.sort_by_key(|f| (f.date, f.time));
    active
}

/// The worsening check: the last `worsening_weeks` 7-day windows ending on `on` (days from
/// the start only), each needing at least one entry and a mean at or above baseline +
/// `worsening_points`.
#[must_use]
pub fn worsening(
    daily: &BTreeMap<NaiveDate, u8>,
    start: NaiveDate,
    on: NaiveDate,
    baseline: Option<f64>,
    rule: &EscalationRule,
) -> Worsening {
    let limit = baseline.map(|b| b + rule.worsening_points);
    let windows: Vec<WindowMean> = (0..i64::from(rule.worsening_weeks.max(1)))
        .map(|k| {
            let to = on - Duration::days(7 * k);
            let from = (to - Duration::days(6)).max(start);
            pain::window_mean(daily, from, to, 1)
        })
        .collect();
    let running = limit.is_some_and(|limit| {
        windows
            .iter()
            .all(|w| w.mean.is_some_and(|m| reaches(m, limit)))
    });
    Worsening {
        limit,
        windows,
        running,
    }
}

/// The effect of each injection up to `on`, oldest first.
#[must_use]
pub fn injection_effects(
    journal: &Journal,
    daily: &BTreeMap<NaiveDate, u8>,
    on: NaiveDate,
    rule: &EscalationRule,
) -> Vec<InjectionEffect> {
    let mut dates: Vec<NaiveDate> = journal
        .events()
        .filter(|e| e.date <= on && matches!(e.kind, EventKind::Injection { .. }))
        .map(|e| e.date)
        .collect();
    dates.dedup();
    let mut out: Vec<InjectionEffect> = Vec::with_capacity(dates.len());
    for (i, date) in dates.iter().enumerate() {
        let until = dates
            .get(i + 1)
            .map_or(on, |next| (*next - Duration::days(1)).min(on))
            .min(*date + Duration::days(INJECTION_EFFECT_DAYS));
        let baseline = pain::days_before(daily, *date, on, rule);
        let after = *date + Duration::days(1);
        let current = if until >= after {
            current(daily, until, after, rule)
        } else {
            pain::window_mean(daily, after, until, rule.current_min_entries)
        };
        let improvement = baseline
            .value()
            .zip(current.mean)
            .map(|(b, c)| improvement(b, c, rule));
        out.push(InjectionEffect {
            date: *date,
            until,
            baseline,
            current,
            improvement,
        });
    }
    out
}

/// What [`assess`] works from: the pieces the rest of the Progress screen needs too, so
/// they are computed once.
#[derive(Debug, Clone, Copy)]
pub struct Measures<'a> {
    /// The programme start.
    pub start: NaiveDate,
    /// The day assessed.
    pub on: NaiveDate,
    /// The programme week of `on`.
    pub week: u32,
    /// The programme's thresholds.
    pub rule: &'a EscalationRule,
    /// Daily worst pain up to `on`.
    pub daily_worst: &'a BTreeMap<NaiveDate, u8>,
    /// Adherence up to `on`.
    pub adherence: &'a Adherence,
    /// The latest injection's effect, if any.
    pub injection: Option<InjectionEffect>,
}

/// Applies the rule, first match wins, and lists what it found.
#[must_use]
pub fn assess(m: &Measures<'_>, journal: &Journal, inputs: &EscalationInputs) -> Escalation {
    let rule = m.rule;
    let baseline = programme_baseline(m.daily_worst, m.start, m.on, rule);
    let current = current(m.daily_worst, m.on, m.start, rule);
    let improvement = baseline
        .value()
        .zip(current.mean)
        .map(|(b, c)| improvement(b, c, rule));
    let psfs = psfs_change(&inputs.psfs, m.start, m.on, rule);
    let worsening = worsening(m.daily_worst, m.start, m.on, baseline.value(), rule);
    let red_flags = active_red_flags(journal, &inputs.red_flags, m.on);
    let decision_date = decision_date(m.start, rule);
    let decision_reached = m.on >= decision_date;
    let adherence_ok = super::adherence::meets_minimum(m.adherence.pct, rule.adherence_min_pct);
    let engagement = engagement(journal, m.start, m.on, rule);

    let kind = if red_flags.iter().any(|f| f.urgency() == Urgency::Today) {
        StatusKind::SeekCareNow
    } else if worsening.running || !red_flags.is_empty() {
        StatusKind::ContactClinicianSoon
    } else if engagement.quiet {
        StatusKind::NoRecentEntries
    } else if !decision_reached || improvement.is_none() {
        StatusKind::KeepGoing
    } else if !adherence_ok {
        StatusKind::ReviewPlan
    } else if improvement.is_some_and(|i| !i.meets_target) && !psfs.meets_target {
        StatusKind::DiscussNextSteps
    } else {
        StatusKind::Improving
    };

    let mut escalation = Escalation {
        status: Status {
            status: kind,
            week: m.week,
            decision_week: rule.decision_week,
            adherence_pct: m.adherence.pct.unwrap_or(0.0),
            baseline_pain: baseline.value(),
            current_pain: current.mean,
            improvement_points: improvement.map(|i| i.points),
            improvement_pct: improvement.and_then(|i| i.pct),
            psfs_change: psfs.change,
            engagement: Some(engagement),
            injection: m.injection.as_ref().map(InjectionOutcome::of),
            reasons: Vec::new(),
            findings: Vec::new(),
        },
        rule: *rule,
        on: m.on,
        decision_date,
        decision_reached,
        at_checkin: m.week == u32::from(rule.checkin_week),
        baseline,
        current,
        improvement,
        psfs,
        worsening,
        red_flags,
        injection: m.injection,
        engagement,
    };
    escalation.status.findings = findings(&escalation, m.adherence);
    escalation
}

/// What the rule found for the status of `e`, most important first: the facts its reasons
/// state.
fn findings(e: &Escalation, a: &Adherence) -> Vec<Finding> {
    let s = &e.status;
    let rule = &e.rule;
    let at = DecisionWeek {
        week: s.week,
        decision_week: rule.decision_week,
    };
    let done = a.pct.unwrap_or(0.0);
    let mut out = Vec::new();
    match s.status {
        StatusKind::SeekCareNow => warning_sign_findings(e, &mut out),
        StatusKind::ContactClinicianSoon => {
            warning_sign_findings(e, &mut out);
            out.extend(worsening_finding(e));
        }
        StatusKind::NoRecentEntries => {
            out.extend([quiet_finding(e), sessions_finding(e, a), pain_finding(e)]);
        }
        StatusKind::KeepGoing => {
            out.push(if e.decision_reached {
                Finding::DecisionTooFewEntries {
                    week: s.week,
                    decision_week: rule.decision_week,
                }
            } else if s.week == 0 {
                Finding::NotStarted {
                    decision_week: rule.decision_week,
                    decision_date: e.decision_date,
                }
            } else {
                Finding::BeforeDecision {
                    week: s.week,
                    decision_week: rule.decision_week,
                    decision_date: e.decision_date,
                }
            });
            if e.at_checkin {
                out.push(Finding::CheckIn {
                    week: rule.checkin_week,
                });
            }
            out.extend([sessions_finding(e, a), pain_finding(e)]);
        }
        StatusKind::ReviewPlan => out.extend([
            Finding::TooFewSessions {
                at,
                pct: done,
                min_pct: rule.adherence_min_pct,
            },
            sessions_finding(e, a),
            pain_finding(e),
        ]),
        StatusKind::DiscussNextSteps => {
            out.extend([Finding::ChangeNotReached { at, pct: done }, pain_finding(e)]);
            out.extend(psfs_finding(e));
            out.push(Finding::NextStepsDue);
        }
        StatusKind::Improving => {
            out.extend([Finding::ChangeReached { at, pct: done }, pain_finding(e)]);
            out.extend(psfs_finding(e));
        }
    }
    if e.engagement.quiet && s.status != StatusKind::NoRecentEntries {
        out.push(quiet_finding(e));
    }
    if s.status != StatusKind::SeekCareNow {
        out.extend(injection_finding(e));
    }
    out
}

/// Each warning sign still standing, the most urgent first, then that they hold the status
/// until a clinician visit.
fn warning_sign_findings(e: &Escalation, out: &mut Vec<Finding>) {
    if e.red_flags.is_empty() {
        return;
    }
    for urgency in Urgency::ALL {
        out.extend(
            e.red_flags
                .iter()
                .filter(|f| f.urgency() == urgency)
                .map(|f| Finding::WarningSign {
                    date: f.date,
                    sign: f.sign,
                }),
        );
    }
    out.push(Finding::WarningSignsHeld);
}

/// Pain well above the start for weeks running, when it is.
fn worsening_finding(e: &Escalation) -> Option<Finding> {
    let w = &e.worsening;
    w.running.then(|| Finding::Worsening {
        windows: w
            .windows
            .iter()
            .rev()
            .map(|m| WeekPain {
                to: m.to,
                mean: m.mean.unwrap_or_default(),
            })
            .collect(),
        limit: w.limit.unwrap_or_default(),
        baseline: e.baseline.value().unwrap_or_default(),
        points: e.rule.worsening_points,
        weeks: e.rule.worsening_weeks,
    })
}

fn quiet_finding(e: &Escalation) -> Finding {
    Finding::Quiet {
        last_entry: e.engagement.last_entry,
        days: e.engagement.days_without_entries,
        quiet_after_days: e.engagement.quiet_after_days,
    }
}

fn sessions_finding(e: &Escalation, a: &Adherence) -> Finding {
    Finding::Sessions {
        pct: a.pct,
        done: a.done,
        prescribed: a.prescribed,
        min_pct: e.rule.adherence_min_pct,
    }
}

fn pain_finding(e: &Escalation) -> Finding {
    let rule = &e.rule;
    match (e.baseline.value(), e.current.mean, e.improvement) {
        (Some(baseline), Some(current), Some(change)) => Finding::Pain {
            baseline,
            source: e.baseline.source,
            current,
            current_days: rule.current_days,
            change,
            target_points: rule.important_change_points,
            target_pct: rule.important_change_pct,
        },
        _ => Finding::PainTooFewEntries {
            baseline_min_entries: rule.baseline_min_entries,
            baseline_days: rule.baseline_days,
            baseline_logged: e.baseline.window.days_with_entries,
            current_min_entries: rule.current_min_entries,
            current_days: rule.current_days,
            current_logged: e.current.days_with_entries,
        },
    }
}

fn psfs_finding(e: &Escalation) -> Option<Finding> {
    e.psfs.change.map(|change| Finding::Psfs {
        change,
        important_change: e.rule.psfs_important_change,
    })
}

/// The latest injection's effect, or that it cannot be measured yet.
fn injection_finding(e: &Escalation) -> Option<Finding> {
    let inj = e.injection?;
    let rule = &e.rule;
    Some(
        match (inj.baseline.value(), inj.current.mean, inj.improvement) {
            (Some(before), Some(now), Some(change)) => Finding::Injection {
                date: inj.date,
                before,
                before_days: rule.baseline_days,
                now,
                now_days: (inj.current.to - inj.current.from).num_days() + 1,
                now_to: inj.current.to,
                now_ongoing: inj.current.to >= e.on,
                change,
            },
            _ => Finding::InjectionNotMeasured {
                date: inj.date,
                before_min_entries: rule.baseline_min_entries,
                before_days: rule.baseline_days,
                after_min_entries: rule.current_min_entries,
            },
        },
    )
}

#[cfg(test)]
#[path = "escalation_tests.rs"]
mod tests;
