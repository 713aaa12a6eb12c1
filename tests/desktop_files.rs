//! The menu entry (`assets/rehab-tracker.desktop`) and the software centre's page
//! (`assets/org.rehab_tracker.RehabTracker.metainfo.xml`) say, in every language the app
//! speaks, what `desktop.ftl` says: no stale translation, none missing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rehab_tracker::i18n::{Lang, Words};
use std::collections::BTreeMap;
use std::path::Path;

fn asset(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets")
            .join(name),
    )
    .unwrap()
}

/// The desktop entry's keys, each with its values by language (`""` for the untranslated one).
fn entry_keys(text: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut keys: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with(['#', '['])) {
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let (key, lang) = match key.split_once('[') {
            Some((k, l)) => (k, l.trim_end_matches(']')),
            None => (key, ""),
        };
        let old = keys
            .entry(key.to_owned())
            .or_default()
            .insert(lang.to_owned(), value.to_owned());
        assert!(old.is_none(), "{key}[{lang}] is given twice");
    }
    keys
}

/// The text of every `<tag>` or `<tag xml:lang="…">` directly in the component, by language.
fn xml_texts(text: &str, tag: &str) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for line in text.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix(&format!("<{tag}")) else {
            continue;
        };
        let (attrs, rest) = rest.split_once('>').unwrap();
        let value = rest.strip_suffix(&format!("</{tag}>")).unwrap();
        let lang = attrs
            .trim()
            .strip_prefix("xml:lang=\"")
            .map_or("", |l| l.trim_end_matches('"'));
        let value = value
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        assert!(
            found.insert(lang.to_owned(), value).is_none(),
            "<{tag}> in {lang:?} twice"
        );
    }
    found
}

/// The message in each shipped language, keyed as the files key them: `""` for English.
fn by_language(id: &str) -> BTreeMap<String, String> {
    Lang::SHIPPED
        .into_iter()
        .map(|lang| {
            let words = Words::for_language(lang);
            assert!(words.has(id), "{id} is missing");
            let key = if lang == Lang::En { "" } else { lang.code() };
            (key.to_owned(), words.get(id))
        })
        .collect()
}

#[test]
fn the_desktop_entry_says_what_desktop_ftl_says_in_every_language() {
    let keys = entry_keys(&asset("rehab-tracker.desktop"));
    for (key, id) in [
        ("Name", "desktop-entry-name"),
        ("GenericName", "desktop-entry-generic-name"),
        ("Comment", "desktop-entry-comment"),
        ("Keywords", "desktop-entry-keywords"),
    ] {
        assert_eq!(keys[key], by_language(id), "{key} and {id}");
    }
    // The German entry is German, not English copied over.
    assert_ne!(keys["Comment"]["de"], keys["Comment"][""]);
    assert!(keys["Keywords"]["fr"].ends_with(';'), "a list ends with ;");
}

#[test]
fn the_metainfo_says_what_desktop_ftl_says_in_every_language() {
    let text = asset("org.rehab_tracker.RehabTracker.metainfo.xml");
    assert_eq!(xml_texts(&text, "name"), by_language("desktop-entry-name"));
    assert_eq!(
        xml_texts(&text, "summary"),
        by_language("desktop-metainfo-summary")
    );
    assert_eq!(
        xml_texts(&text, "summary")["es"],
        "Un diario privado y un plan para un programa de fortalecimiento de cadera en casa"
    );
}

#[test]
fn a_stale_or_missing_translation_is_caught() {
    let stale = "[Desktop Entry]\nName=Rehab tracker\nName[de]=Rehab tracker\nName[it]=x\n";
    assert_ne!(
        entry_keys(stale)["Name"],
        by_language("desktop-entry-name"),
        "an extra language"
    );
    let missing = "<component>\n  <summary>A</summary>\n</component>\n";
    assert_ne!(
        xml_texts(missing, "summary"),
        by_language("desktop-metainfo-summary")
    );
}
