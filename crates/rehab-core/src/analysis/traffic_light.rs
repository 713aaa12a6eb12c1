//! The pain-monitoring traffic light of one session (clinical reference §3).

use crate::i18n::{Lang, Words};
use crate::model::{Journal, PainBands, Session};
use crate::t_in;
use chrono::{Duration, NaiveDate, NaiveTime, Timelike};
use std::collections::BTreeMap;

/// The colour of a session.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Light {
    /// Fine: keep going, progress when due.
    Green,
    /// Acceptable: repeat the same load.
    Amber,
    /// Too much: ease off one step.
    Red,
}

impl Light {
    /// The word shown with the colour, so it never depends on colour alone, in `lang`.
    #[must_use]
    pub fn word(self, lang: Lang) -> String {
        let words = Words::for_language(lang);
        match self {
            Self::Green => t_in!(words, "analysis-light-green"),
            Self::Amber => t_in!(words, "analysis-light-amber"),
            Self::Red => t_in!(words, "analysis-light-red"),
        }
    }

    /// What it means, in a few plain words, in `lang`.
    #[must_use]
    pub fn meaning(self, lang: Lang) -> String {
        let words = Words::for_language(lang);
        match self {
            Self::Green => t_in!(words, "analysis-light-green-meaning"),
            Self::Amber => t_in!(words, "analysis-light-amber-meaning"),
            Self::Red => t_in!(words, "analysis-light-red-meaning"),
        }
    }
}

/// A session's light, with what it was worked out from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionLight {
    /// The colour.
    pub light: Light,
    /// True until the next-morning pain is in.
    pub provisional: bool,
    /// Highest pain during the session (D).
    pub pain_during: u8,
    /// Usual morning pain (U).
    pub usual_morning: u8,
    /// Next-morning pain (M), if logged.
    pub next_morning: Option<u8>,
    /// Weekly mean worst pain rose two weeks running.
    pub building_week_on_week: bool,
}

/// Morning scores by day: next-morning pain linked to a session (dated the morning after)
/// and diary "pain now" written before noon. Where a day has both, the linked score wins.
#[must_use]
pub fn morning_scores(journal: &Journal) -> BTreeMap<NaiveDate, u8> {
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
    let mut scores = BTreeMap::new();
    for d in journal.diary() {
        if d.time < noon && d.time.hour() >= 3 {
            scores.entry(d.date).or_insert(d.pain_now.get());
        }
    }
    for s in journal.sessions() {
        if let (Some(m), Some(next)) = (s.next_morning_pain, s.date.succ_opt()) {
            scores.insert(next, m.get());
        }
    }
    scores
}

/// The median of the last `days` morning scores before `date`; `None` with fewer than `min`.
#[must_use]
pub fn usual_morning(
    scores: &BTreeMap<NaiveDate, u8>,
    date: NaiveDate,
    days: u8,
    min: u8,
) -> Option<u8> {
    let mut last: Vec<u8> = scores
        .range(..=date)
        .rev()
        .take(usize::from(days))
        .map(|(_, v)| *v)
        .collect();
    if last.len() < usize::from(min.max(1)) {
        return None;
    }
    last.sort_unstable();
    let n = last.len();
    // The lower median for an even count: the cautious choice, as a higher usual value
    // would let a bad morning pass as green.
    Some(last[(n - 1) / 2])
}

/// Mean daily worst pain in the 7 days ending on `end` (one value per day: the day's highest).
fn week_mean_worst(daily_worst: &BTreeMap<NaiveDate, u8>, end: NaiveDate) -> Option<f64> {
    let start = end - Duration::days(6);
    let values: Vec<f64> = daily_worst
        .range(start..=end)
        .map(|(_, v)| f64::from(*v))
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Whether weekly mean worst pain rose two weeks running, up to `date`.
#[must_use]
pub fn building_week_on_week(daily_worst: &BTreeMap<NaiveDate, u8>, date: NaiveDate) -> bool {
    let w0 = week_mean_worst(daily_worst, date);
    let w1 = week_mean_worst(daily_worst, date - Duration::days(7));
    let w2 = week_mean_worst(daily_worst, date - Duration::days(14));
    matches!((w2, w1, w0), (Some(a), Some(b), Some(c)) if b > a && c > b)
}

/// The light that pain during exercise alone gives, by the clinician's bands: green up to
/// `safe_max`, amber up to `acceptable_max`, red above. The one place the bands are read, for
/// a session's light and for the colours of the 0-10 pain control.
#[must_use]
pub fn pain_during_light(pain: u8, bands: &PainBands) -> Light {
    if pain > bands.acceptable_max {
        Light::Red
    } else if pain > bands.safe_max {
        Light::Amber
    } else {
        Light::Green
    }
}

/// Works out a session's light. `None` when no pain during the session was logged.
#[must_use]
pub fn session_light(
    session: &Session,
    bands: &PainBands,
    mornings: &BTreeMap<NaiveDate, u8>,
    daily_worst: &BTreeMap<NaiveDate, u8>,
) -> Option<SessionLight> {
    let during = session.max_pain_during()?.get();
    let usual = usual_morning(
        mornings,
        session.date,
        bands.usual_morning_days,
        bands.usual_morning_min_entries,
    )
    .unwrap_or(during);
    let next_morning = session.next_morning_pain.map(crate::model::Pain::get);
    let building = building_week_on_week(daily_worst, session.date);
    let rise = next_morning.map(|m| i16::from(m) - i16::from(usual));
    let by_pain = pain_during_light(during, bands);
    let light = if by_pain == Light::Red
        || rise.is_some_and(|r| r >= i16::from(bands.morning_red_rise))
        || building
    {
        Light::Red
    } else if by_pain == Light::Amber
        || rise.is_some_and(|r| r >= i16::from(bands.morning_amber_rise))
    {
        Light::Amber
    } else {
        Light::Green
    };
    Some(SessionLight {
        light,
        provisional: next_morning.is_none(),
        pain_during: during,
        usual_morning: usual,
        next_morning,
        building_week_on_week: building,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExerciseLog, Pain, Programme};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn session(date: NaiveDate, during: i64, morning: Option<i64>) -> Session {
        Session {
            id: 1,
            date,
            time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            exercises: vec![ExerciseLog {
                exercise_id: "hip_thrust".into(),
                level: 1,
                sets: vec![],
                pain_during: Some(Pain::new(during).unwrap()),
                effort: None,
                note: String::new(),
            }],
            next_morning_pain: morning.map(|m| Pain::new(m).unwrap()),
            effort: None,
            note: String::new(),
        }
    }

    fn bands() -> PainBands {
        Programme::default_programme().unwrap().pain_bands
    }

    fn mornings(values: &[(u32, u8)]) -> BTreeMap<NaiveDate, u8> {
        values.iter().map(|(d, v)| (day(*d), *v)).collect()
    }

    #[test]
    fn pain_during_follows_the_clinicians_bands() {
        let mut b = bands();
        b.safe_max = 2;
        b.acceptable_max = 6;
        let lights: Vec<Light> = (0..=10).map(|p| pain_during_light(p, &b)).collect();
        assert_eq!(lights[2], Light::Green);
        assert_eq!(lights[3], Light::Amber);
        assert_eq!(lights[6], Light::Amber);
        assert_eq!(lights[7], Light::Red);
        assert_eq!(lights[10], Light::Red);
    }

    #[test]
    fn pain_during_alone_gives_a_provisional_light() {
        let none = BTreeMap::new();
        for (during, light) in [
            (0, Light::Green),
            (3, Light::Green),
            (4, Light::Amber),
            (5, Light::Amber),
            (6, Light::Red),
        ] {
            let l = session_light(&session(day(10), during, None), &bands(), &none, &none).unwrap();
            assert_eq!(l.light, light, "pain during {during}");
            assert!(l.provisional);
        }
    }

    #[test]
    fn next_morning_against_the_usual_morning() {
        let m = mornings(&[(4, 2), (5, 3), (6, 2), (7, 2), (8, 4), (9, 2)]);
        // Usual = lower median of [2,2,2,2,3,4] = 2.
        let green = session_light(
            &session(day(10), 2, Some(2)),
            &bands(),
            &m,
            &BTreeMap::new(),
        )
        .unwrap();
        assert_eq!(
            (green.light, green.usual_morning, green.provisional),
            (Light::Green, 2, false)
        );
        let amber = session_light(
            &session(day(10), 2, Some(3)),
            &bands(),
            &m,
            &BTreeMap::new(),
        )
        .unwrap();
        assert_eq!(amber.light, Light::Amber);
        let red = session_light(
            &session(day(10), 2, Some(4)),
            &bands(),
            &m,
            &BTreeMap::new(),
        )
        .unwrap();
        assert_eq!(red.light, Light::Red);
    }

    #[test]
    fn with_fewer_than_three_mornings_the_usual_is_pain_during() {
        let m = mornings(&[(8, 0), (9, 0)]);
        let l = session_light(
            &session(day(10), 3, Some(3)),
            &bands(),
            &m,
            &BTreeMap::new(),
        )
        .unwrap();
        assert_eq!((l.usual_morning, l.light), (3, Light::Green));
    }

    #[test]
    fn pain_building_two_weeks_running_is_red() {
        let mut worst = BTreeMap::new();
        for d in 1..=7 {
            worst.insert(day(d), 3);
            worst.insert(day(d + 7), 4);
            worst.insert(day(d + 14), 5);
        }
        let l = session_light(
            &session(day(21), 1, None),
            &bands(),
            &BTreeMap::new(),
            &worst,
        )
        .unwrap();
        assert_eq!(l.light, Light::Red);
        assert!(l.building_week_on_week);
        // Level, then rising, is not two weeks running.
        worst.insert(day(14), 3);
        for d in 8..=14 {
            worst.insert(day(d), 3);
        }
        assert!(!building_week_on_week(&worst, day(21)));
    }
}
