//! Dates and numbers as each language writes them, from ICU's data compiled into the binary.
//!
//! For the words a person reads only: CSV, FHIR and JSON keep their language-neutral forms
//! (ISO dates, `.` decimals) and never call these.
//!
//! Each function takes the language; in the window and the CLI that is
//! [`super::language()`], in a clinician's report the clinician's. Pass the result to a
//! message as a string, with the raw number beside it for plural selection (see the module
//! docs of [`super`]).

use std::cell::OnceCell;

use chrono::{Datelike, NaiveDate};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::DecimalFormatterOptions;
use icu_locale::{Locale, locale};

use super::Lang;

/// The ICU locale of a language; the pseudo-locale writes dates and numbers as English does,
/// its month and weekday names accented.
fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En | Lang::Pseudo => locale!("en-GB"),
        Lang::De => locale!("de"),
        Lang::Fr => locale!("fr"),
        Lang::Es => locale!("es"),
    }
}

/// `text` accented in the pseudo-locale, so a date written by hand (plain letters) stands
/// out from one written here; as it is in every other language.
fn pseudo_if(lang: Lang, text: String) -> String {
    if lang == Lang::Pseudo {
        super::pseudo::transform(&text).into_owned()
    } else {
        text
    }
}

/// The date in ICU's calendar; `None` for a date outside its range.
fn icu_date(date: NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Date::try_new_gregorian(date.year(), month, day).ok()
}

/// A date through one of ICU's field sets, with a formatter made once per thread, language
/// and field set (a chart's labels write thousands of dates when its data changes); the ISO
/// date if ICU cannot (a date outside its range), never a panic.
macro_rules! date_with {
    ($lang:expr, $date:expr, $set:ty, $fields:expr) => {{
        thread_local! {
            static CACHE: [OnceCell<Option<FixedCalendarDateTimeFormatter<Gregorian, $set>>>; 5] =
                const { [const { OnceCell::new() }; 5] };
        }
        let (lang, date) = ($lang, $date);
        CACHE.with(|cache| {
            let formatter = cache[usize::from(lang.index())].get_or_init(|| {
                FixedCalendarDateTimeFormatter::<Gregorian, $set>::try_new(
                    locale(lang).into(),
                    $fields,
                )
                .map_err(|e| log::warn!("no date format for {lang}: {e}"))
                .ok()
            });
            match (icu_date(date), formatter) {
                (Some(icu), Some(formatter)) => pseudo_if(lang, formatter.format(&icu).to_string()),
                _ => date.format("%Y-%m-%d").to_string(),
            }
        })
    }};
}

/// The date in full with its weekday: "Friday, 4 December 2026", "Freitag, 4. Dezember 2026",
/// "vendredi 4 décembre 2026", "viernes, 4 de diciembre de 2026".
#[must_use]
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    date_with!(lang, date, fieldsets::YMDE, fieldsets::YMDE::long())
}

/// The date in digits: "04/12/2026", "04.12.26", "04/12/2026", "4/12/26".
#[must_use]
pub fn short_date(lang: Lang, date: NaiveDate) -> String {
    date_with!(lang, date, fieldsets::YMD, fieldsets::YMD::short())
}

/// The day and month, for a chart's axis or a list within a year: "4 Dec", "4. Dez.",
/// "4 déc.", "4 dic".
#[must_use]
pub fn day_month(lang: Lang, date: NaiveDate) -> String {
    date_with!(lang, date, fieldsets::MD, fieldsets::MD::medium())
}

/// The day and the month in full, for a day within the year in a sentence: "4 December",
/// "4. Dezember", "4 décembre", "4 de diciembre".
#[must_use]
pub fn day_month_long(lang: Lang, date: NaiveDate) -> String {
    date_with!(lang, date, fieldsets::MD, fieldsets::MD::long())
}

/// The date in full without its weekday: "4 December 2026", "4. Dezember 2026",
/// "4 décembre 2026", "4 de diciembre de 2026".
#[must_use]
pub fn day_month_year(lang: Lang, date: NaiveDate) -> String {
    date_with!(lang, date, fieldsets::YMD, fieldsets::YMD::long())
}

/// The month and year: "December 2026", "Dezember 2026", "décembre 2026",
/// "diciembre de 2026".
#[must_use]
pub fn month_year(lang: Lang, date: NaiveDate) -> String {
    date_with!(lang, date, fieldsets::YM, fieldsets::YM::long())
}

/// The month abbreviated and the year, for a chart's axis: "Dec 2026", "12/2026" (German
/// writes it in digits), "déc. 2026", "dic 2026".
#[must_use]
pub fn short_month_year(lang: Lang, date: NaiveDate) -> String {
    date_with!(lang, date, fieldsets::YM, fieldsets::YM::medium())
}

/// The month abbreviated alone, for a chart's axis: "Dec", "Dez", "déc.", "dic".
#[must_use]
pub fn short_month(lang: Lang, date: NaiveDate) -> String {
    date_with!(lang, date, fieldsets::M, fieldsets::M::medium())
}

/// The weekday's name: "Friday", "Freitag", "vendredi", "viernes".
#[must_use]
pub fn weekday(lang: Lang, date: NaiveDate) -> String {
    date_with!(lang, date, fieldsets::E, fieldsets::E::long())
}

/// The number in the language's digits and separators, through a formatter made once per
/// thread (a frame may write many numbers); `None` if ICU has no data for it.
fn with_decimal_formatter(lang: Lang, number: &Decimal) -> Option<String> {
    thread_local! {
        static CACHE: [OnceCell<Option<DecimalFormatter>>; 5] =
            const { [const { OnceCell::new() }; 5] };
    }
    CACHE.with(|cache| {
        cache[usize::from(lang.index())]
            .get_or_init(|| {
                DecimalFormatter::try_new(locale(lang).into(), DecimalFormatterOptions::default())
                    .inspect_err(|e| log::warn!("no number format for {lang}: {e}"))
                    .ok()
            })
            .as_ref()
            .map(|formatter| formatter.format(number).to_string())
    })
}

/// A number with at most `max_decimals` decimals, trailing zeros dropped, grouped as the
/// language groups thousands: `2.5` -> "2.5", "2,5"; `1234.5` -> "1,234.5", "1.234,5",
/// "1 234,5" (French groups with a narrow no-break space).
#[must_use]
pub fn decimal(lang: Lang, value: f64, max_decimals: u8) -> String {
    let plain = format!("{value:.prec$}", prec = usize::from(max_decimals));
    let Ok(mut number) = Decimal::try_from_str(&plain) else {
        // Not finite: say so plainly rather than panic.
        return plain;
    };
    number.absolute.trim_end();
    if number.absolute.is_zero() {
        // "-0" after rounding reads as a plain 0.
        number = Decimal::from(0);
    }
    with_decimal_formatter(lang, &number).unwrap_or(plain)
}

/// A whole count, grouped: `1234` -> "1,234", "1.234", "1 234", "1234" (Spanish groups
/// from five digits).
#[must_use]
pub fn count(lang: Lang, value: i64) -> String {
    with_decimal_formatter(lang, &Decimal::from(value)).unwrap_or_else(|| value.to_string())
}

/// A percentage (`percent` out of 100) with at most `max_decimals` decimals, with the sign
/// where and how the language puts it: "85%", "85 %" (German and Spanish with a no-break
/// space, French with a narrow no-break space).
#[must_use]
pub fn percent(lang: Lang, percent: f64, max_decimals: u8) -> String {
    let number = decimal(lang, percent, max_decimals);
    match lang {
        Lang::En | Lang::Pseudo => format!("{number}%"),
        Lang::De | Lang::Es => format!("{number}\u{a0}%"),
        Lang::Fr => format!("{number}\u{202f}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_out_of_range_date_falls_back_to_iso_without_panicking() {
        let far = NaiveDate::MAX;
        let text = long_date(Lang::De, far);
        assert!(!text.is_empty());
    }

    #[test]
    fn short_months_are_abbreviated_as_each_language_abbreviates_them() {
        let day = NaiveDate::from_ymd_opt(2026, 9, 4).unwrap_or_default();
        let written: Vec<(String, String)> = Lang::SHIPPED
            .into_iter()
            .map(|l| (short_month(l, day), short_month_year(l, day)))
            .collect();
        assert_eq!(
            written,
            [
                ("Sept", "Sept 2026"),
                ("Sep", "09/2026"),
                ("sept.", "sept. 2026"),
                ("sept", "sept 2026"),
            ]
            .map(|(m, y)| (m.to_owned(), y.to_owned()))
        );
    }

    #[test]
    fn a_number_that_is_not_finite_is_said_plainly() {
        assert_eq!(decimal(Lang::De, f64::NAN, 1), "NaN");
        assert_eq!(decimal(Lang::Fr, -0.01, 1), "0");
    }

    #[test]
    fn the_pseudo_locale_accents_month_and_weekday_names() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap_or_default();
        let text = long_date(Lang::Pseudo, day);
        assert!(text.contains('4') && text.contains("2026"), "{text}");
        assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
        assert_eq!(long_date(Lang::En, day), "Friday, 4 December 2026");
    }
}
