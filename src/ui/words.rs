//! Small pieces of wording the screens share: counts with the right plural, and a greeting
//! for the time of day.

use chrono::{NaiveTime, Timelike};

/// A count with its noun in the right number: "1 session", "3 sessions", "0 events".
#[must_use]
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "Good morning" before noon, "Good afternoon" until six, "Good evening" after; "Hello"
/// in the small hours, when none of them fits.
#[must_use]
pub fn greeting(time: NaiveTime) -> String {
    match time.hour() {
        5..=11 => crate::t!("settings-greeting-morning"),
        12..=17 => crate::t!("settings-greeting-afternoon"),
        18..=23 => crate::t!("settings-greeting-evening"),
        _ => crate::t!("settings-greeting-hello"),
    }
}

/// The first letter in upper case: a message from the record, as a sentence.
#[must_use]
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_takes_the_singular_and_every_other_count_the_plural() {
        assert_eq!(count(1, "event", "events"), "1 event");
        assert_eq!(count(0, "event", "events"), "0 events");
        assert_eq!(count(2, "diary entry", "diary entries"), "2 diary entries");
    }

    #[test]
    fn the_greeting_follows_the_clock() {
        crate::i18n::set_language(crate::i18n::Lang::En);
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(greeting(at(7, 30)), "Good morning");
        assert_eq!(greeting(at(11, 59)), "Good morning");
        assert_eq!(greeting(at(12, 0)), "Good afternoon");
        assert_eq!(greeting(at(18, 23)), "Good evening");
        assert_eq!(greeting(at(2, 0)), "Hello");
    }
}
