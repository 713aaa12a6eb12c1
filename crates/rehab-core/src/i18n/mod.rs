//! The words of the app in the patient's or the clinician's language, through Project Fluent.
//!
//! The messages live in `i18n/<language>/*.ftl` at the repository's top, one folder per
//! language and several files per language, split by area (`core.ftl`, `report.ftl`,
//! `cli.ftl`, `today.ftl`, …). Every id starts with its file's prefix (`today-`, `cli-`, …).
//! All files of a language are embedded in the binary and loaded into one bundle.
//!
//! - [`t!`](crate::t) renders a message in the current language of the window and the
//!   command line: `t!("settings-language")`, `t!("cli-event-saved", event = e, date = d)`.
//! - [`t_in!`](crate::t_in) renders it in an explicit language, whatever the current one is
//!   (the clinician's report and review use the clinician's language):
//!   `t_in!(Words::for_language(Lang::De), "settings-language")`.
//! - [`set_language`] switches the current language at run time (the next frame of the window
//!   shows the new words); [`choose`] picks it from `--lang`, `REHAB_LANG`, the settings or
//!   the desktop's locale.
//! - [`format`] writes dates and numbers as each language does.
//!
//! The first argument of `t!` (the second of `t_in!`) is always a literal id, so
//! `tests/i18n.rs` finds every id the code uses and checks that English has it.
//!
//! # Numbers in messages
//!
//! Fluent's `NUMBER()` ignores the language ("2.5" in German too), so a number is passed
//! twice: formatted by [`format`] for display, and raw for choosing the plural form.
//!
//! ```
//! use rehab_core::i18n::{format, Lang, Words};
//! use rehab_core::t_in;
//!
//! let words = Words::for_language(Lang::De);
//! let kg = 2.5;
//! let text = t_in!(words, "core-load-kg", kg = kg, kg_text = format::decimal(Lang::De, kg, 1));
//! assert_eq!(text, "2,5 kg");
//! ```
//!
//! and in the `.ftl` file the raw number selects, the text is shown:
//!
//! ```text
//! core-load-kg = { $kg ->
//!     [one] { $kg_text } kg
//!    *[other] { $kg_text } kg
//! }
//! ```

pub mod format;
mod pseudo;

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{LazyLock, OnceLock};

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use rust_embed::RustEmbed;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use unic_langid::LanguageIdentifier;

pub use fluent::{FluentArgs, FluentValue};

/// The Fluent domain: the one file name every language's files answer to.
const DOMAIN: &str = "rehab-tracker";

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the source of every message.
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// The pseudo-locale for tests and layout checks: English, accented and about 40 %
    /// longer. Not offered in Settings; chosen with `--lang en-XA` or `REHAB_LANG=en-XA`.
    Pseudo,
}

impl Lang {
    /// The languages offered to the patient, English first.
    pub const SHIPPED: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];

    /// The language's tag (`de`, `en-XA`), as written in the settings file and `--lang`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself ("Deutsch"), as the language choice shows it: a
    /// patient who cannot read the current language still finds their own.
    #[must_use]
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Pseudo => "Ëñĝļîšĥ (ƥšéûðö)",
        }
    }

    /// The language a tag names exactly (`de`, `fr`, `en-XA`), case-insensitive; `None`
    /// for any other. For a locale such as `de_AT.UTF-8` use [`Lang::negotiate`].
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("en-XA") || code.eq_ignore_ascii_case("en_XA") {
            return Some(Lang::Pseudo);
        }
        Lang::SHIPPED
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The best shipped language for these locales in order of preference (`de_AT.UTF-8`,
    /// `fr-CA`, `C`), English when none matches. `en-XA` is taken only when asked for.
    #[must_use]
    pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Lang {
        let mut wanted: Vec<LanguageIdentifier> = Vec::new();
        for locale in requested {
            // `de_AT.UTF-8@euro` -> `de-AT`; LANGUAGE may list several, `fr:de`.
            for one in locale.as_ref().split(':') {
                let tag = one
                    .split(['.', '@'])
                    .next()
                    .unwrap_or_default()
                    .replace('_', "-");
                if Lang::from_code(&tag) == Some(Lang::Pseudo) && wanted.is_empty() {
                    return Lang::Pseudo;
                }
                if let Ok(id) = tag.parse::<LanguageIdentifier>() {
                    wanted.push(id);
                }
            }
        }
        let loader = FluentLanguageLoader::new(DOMAIN, Lang::En.id());
        let Ok(available) = loader.available_languages(&Assets) else {
            return Lang::En;
        };
        fluent_langneg::negotiate_languages(
            &wanted,
            &available,
            Some(&Lang::En.id()),
            fluent_langneg::NegotiationStrategy::Filtering,
        )
        .first()
        .and_then(|id| Lang::from_code(&id.to_string()))
        .unwrap_or(Lang::En)
    }

    /// The language of the desktop's locale (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`), English
    /// when it names none the app speaks.
    #[must_use]
    pub fn from_desktop() -> Lang {
        Lang::negotiate(&sys_locale::get_locales().collect::<Vec<_>>())
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::En => "en".parse().unwrap_or_default(),
            Lang::De => "de".parse().unwrap_or_default(),
            Lang::Fr => "fr".parse().unwrap_or_default(),
            Lang::Es => "es".parse().unwrap_or_default(),
            Lang::Pseudo => "en-XA".parse().unwrap_or_default(),
        }
    }

    fn index(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::De => 1,
            Lang::Fr => 2,
            Lang::Es => 3,
            Lang::Pseudo => 4,
        }
    }

    fn from_index(i: u8) -> Lang {
        match i {
            1 => Lang::De,
            2 => Lang::Fr,
            3 => Lang::Es,
            4 => Lang::Pseudo,
            _ => Lang::En,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Written as its tag (`"de"`), so a settings file reads plainly.
impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Lang::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("no language called {code:?}")))
    }
}

/// Reads a chosen language leniently: a tag this version does not speak (written by a later
/// one) reads as "follow the desktop", so the rest of the settings file still loads.
///
/// # Errors
/// Only when the value is not a string or nothing at all.
pub fn lenient_language<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Lang>, D::Error> {
    let code: Option<String> = Option::deserialize(d)?;
    Ok(code.and_then(|c| Lang::from_code(&c)))
}

/// The `.ftl` files, embedded from the repository's `i18n/` folder.
#[derive(RustEmbed)]
#[folder = "../../i18n/"]
struct Files;

/// Every `.ftl` file of a language, answering to the one domain file name the loader asks
/// for (`de/rehab-tracker.ftl`). The pseudo-locale reads English's files.
struct Assets;

impl Assets {
    /// The language folder a loader's path names (`de/rehab-tracker.ftl` -> `de`).
    fn folder(file_path: &str) -> Option<&str> {
        let (folder, file) = file_path.split_once('/')?;
        (file == format!("{DOMAIN}.ftl")).then_some(folder)
    }

    /// The names of one language's files (`de/core.ftl`, …), sorted, so bundles load in a
    /// fixed order.
    fn files_of(folder: &str) -> Vec<Cow<'static, str>> {
        let mut names: Vec<_> = Files::iter()
            .filter(|name| name.ends_with(".ftl"))
            .filter(|name| name.split_once('/').is_some_and(|(f, _)| f == folder))
            .collect();
        names.sort();
        names
    }
}

impl I18nAssets for Assets {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let Some(folder) = Assets::folder(file_path) else {
            return Vec::new();
        };
        let folder = if folder == Lang::Pseudo.code() {
            Lang::En.code()
        } else {
            folder
        };
        Assets::files_of(folder)
            .iter()
            .filter_map(|name| Files::get(name).map(|f| f.data))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        let mut folders: Vec<String> = Files::iter()
            .filter(|name| name.ends_with(".ftl"))
            .filter_map(|name| name.split_once('/').map(|(f, _)| f.to_owned()))
            .collect();
        folders.sort();
        folders.dedup();
        Box::new(folders.into_iter().map(|f| format!("{f}/{DOMAIN}.ftl")))
    }
}

/// The source text of every `.ftl` file, by path (`de/core.ftl`), for the checks in tests.
#[must_use]
pub fn sources() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = Files::iter()
        .filter(|name| name.ends_with(".ftl"))
        .filter_map(|name| {
            let file = Files::get(&name)?;
            Some((
                name.to_string(),
                String::from_utf8_lossy(&file.data).into_owned(),
            ))
        })
        .collect();
    all.sort();
    all
}

/// The messages of one language, ready to render.
pub struct Words {
    loader: FluentLanguageLoader,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.loader.current_language())
            .finish()
    }
}

impl Words {
    fn loaded(lang: Lang) -> Words {
        let words = Words {
            loader: FluentLanguageLoader::new(DOMAIN, Lang::En.id()),
        };
        words.load(lang);
        words
    }

    /// Loads a language's bundles in place (English behind it for any message missing),
    /// with the settings every load needs again.
    fn load(&self, lang: Lang) {
        if let Err(e) = self.loader.load_languages(&Assets, &[lang.id()]) {
            log::error!("could not load the words for {lang}: {e}");
            return;
        }
        // No invisible isolation marks around arguments: they would end up in the CLI's
        // output, CSV cells and the report.
        self.loader.set_use_isolating(false);
        if lang == Lang::Pseudo {
            self.loader.with_bundles_mut(|bundle| {
                if bundle
                    .locales
                    .first()
                    .is_some_and(|l| *l == Lang::Pseudo.id())
                {
                    bundle.set_transform(Some(pseudo::transform));
                }
            });
        }
    }

    /// The words in this language, whatever the current language is: for a clinician's
    /// report or review in the clinician's language. Loaded once, then shared.
    #[must_use]
    pub fn for_language(lang: Lang) -> &'static Words {
        static CACHE: [OnceLock<Words>; 5] = [const { OnceLock::new() }; 5];
        CACHE[usize::from(lang.index())].get_or_init(|| Words::loaded(lang))
    }

    /// The message with no arguments. Prefer [`t!`](crate::t) / [`t_in!`](crate::t_in),
    /// which the id check finds.
    #[must_use]
    pub fn get(&self, id: &str) -> String {
        self.loader.get(id)
    }

    /// The message with these arguments.
    #[must_use]
    pub fn get_args(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.loader.get_args_fluent(id, Some(args))
    }

    /// Whether the message exists (in this language or English behind it).
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.loader.has(id)
    }
}

static CURRENT: LazyLock<Words> = LazyLock::new(|| Words::loaded(Lang::En));
static CURRENT_LANG: AtomicU8 = AtomicU8::new(0);

/// The words in the current language of the window and the command line.
#[must_use]
pub fn current() -> &'static Words {
    &CURRENT
}

/// The current language, for formatting dates and numbers to match the words.
#[must_use]
pub fn language() -> Lang {
    Lang::from_index(CURRENT_LANG.load(Ordering::Relaxed))
}

/// Switches the current language: every `t!` from now on (the window's next frame) speaks it.
pub fn set_language(lang: Lang) {
    CURRENT.load(lang);
    CURRENT_LANG.store(lang.index(), Ordering::Relaxed);
}

/// The language to speak, in order: `--lang`, `REHAB_LANG`, the patient's choice in
/// Settings, the desktop's locale. A `--lang` or `REHAB_LANG` that names no language the
/// app speaks is matched like a locale (`de_AT` -> German), else English.
#[must_use]
pub fn choose(flag: Option<&str>, chosen: Option<Lang>) -> Lang {
    if let Some(flag) = flag {
        return Lang::negotiate(&[flag]);
    }
    if let Ok(env) = std::env::var("REHAB_LANG")
        && !env.trim().is_empty()
    {
        return Lang::negotiate(&[env]);
    }
    chosen.unwrap_or_else(Lang::from_desktop)
}

/// Whether `--lang` or `REHAB_LANG` chose the language at start-up, over the settings.
static FORCED: AtomicBool = AtomicBool::new(false);

/// Sets the language at start-up from `--lang`, `REHAB_LANG` or the desktop's locale (the
/// command line and the window before its settings are read). Returns the one chosen.
pub fn start(flag: Option<&str>) -> Lang {
    let forced =
        flag.is_some() || std::env::var("REHAB_LANG").is_ok_and(|env| !env.trim().is_empty());
    FORCED.store(forced, Ordering::Relaxed);
    let lang = choose(flag, None);
    set_language(lang);
    lang
}

/// Follows the patient's choice in Settings (`None`: the desktop's language), unless
/// `--lang` or `REHAB_LANG` chose one at [`start`].
pub fn follow_settings(chosen: Option<Lang>) {
    if !FORCED.load(Ordering::Relaxed) {
        set_language(chosen.unwrap_or_else(Lang::from_desktop));
    }
}

/// Renders a message in the current language. The first argument is always a literal id;
/// arguments follow as `name = value` (strings or numbers).
///
/// ```
/// rehab_core::i18n::set_language(rehab_core::i18n::Lang::En);
/// assert_eq!(rehab_core::t!("settings-language"), "Language");
/// ```
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::i18n::current().get($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::current().get_args($id, &args)
    }};
}

/// Renders a message in the language of these [`Words`](crate::i18n::Words); the second
/// argument is always a literal id.
#[macro_export]
macro_rules! t_in {
    ($words:expr, $id:literal $(,)?) => {
        $words.get($id)
    };
    ($words:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $words.get_args($id, &args)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_are_matched_to_the_languages_shipped() {
        assert_eq!(Lang::negotiate(&["de_AT.UTF-8"]), Lang::De);
        assert_eq!(Lang::negotiate(&["fr_FR.UTF-8"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["es-MX"]), Lang::Es);
        assert_eq!(Lang::negotiate(&["it_IT.UTF-8", "fr"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["C"]), Lang::En);
        assert_eq!(Lang::negotiate(&["pt_BR"]), Lang::En);
        assert_eq!(Lang::negotiate(&["en-XA"]), Lang::Pseudo);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
    }

    #[test]
    fn every_language_folder_is_found_and_pseudo_reads_english() {
        let folders: Vec<String> = Assets.filenames_iter().collect();
        assert_eq!(
            folders,
            ["de", "en", "es", "fr"].map(|f| format!("{f}/{DOMAIN}.ftl"))
        );
        let en = Assets.get_files("en/rehab-tracker.ftl").len();
        assert!(en >= 11, "{en} files");
        assert_eq!(Assets.get_files("en-XA/rehab-tracker.ftl").len(), en);
        assert!(Assets.get_files("de/other.ftl").is_empty());
    }

    #[test]
    fn an_unknown_language_in_settings_reads_as_follow_the_desktop() {
        #[derive(Deserialize)]
        struct S {
            #[serde(default, deserialize_with = "lenient_language")]
            language: Option<Lang>,
        }
        let s: S = ron::from_str(r#"(language: Some("it"))"#).unwrap();
        assert_eq!(s.language, None);
        let s: S = ron::from_str(r#"(language: Some("de"))"#).unwrap();
        assert_eq!(s.language, Some(Lang::De));
    }
}
