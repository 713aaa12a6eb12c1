//! Malformed files: each is refused with a clear message by the store (what the app shows)
//! and by `rehab-tracker check`, with no panic, and no input of 4 MiB or less takes a second.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// The figures (kills, faults, inputs, times) are printed for the record.
#![allow(clippy::print_stderr)]

mod common;

use rehab_tracker::cli::check_path;
use rehab_tracker::model::YearMonth;
use rehab_tracker::storage::Store;
use rehab_tracker::storage::schema::{FileKind, decode_file};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const MIB: usize = 1024 * 1024;

fn golden_month() -> Vec<u8> {
    std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v1/journal/2026-01.ron"),
    )
    .unwrap()
}

fn jan() -> FileKind {
    FileKind::Month(YearMonth {
        year: 2026,
        month: 1,
    })
}

/// Puts `bytes` in a data folder as January's file; returns what the store and `check` say.
/// `Ok` if both accept it; `Err(messages)` if both refuse it; panics if they disagree.
fn store_and_check(dir: &Path, bytes: &[u8]) -> Result<(), (String, String)> {
    let path = dir.join("journal/2026-01.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    let loaded = Store::new(dir).load();
    let report = check_path(&path);
    match (loaded.problems.first(), report.problems.first()) {
        (None, None) => Ok(()),
        (Some(p), Some(c)) => {
            assert!(p.path == path, "the problem names the file");
            Err((p.message(), c.clone()))
        }
        (p, c) => panic!("store and check disagree: {p:?} / {c:?}"),
    }
}

/// A message is clear: it names the file and says what is wrong in a sentence of sane length.
fn assert_clear(label: &str, (store, check): &(String, String)) {
    for m in [store, check] {
        assert!(m.contains("2026-01.ron"), "{label}: {m}");
        assert!(m.contains("could not be read"), "{label}: {m}");
        assert!(m.len() < 800, "{label}: message of {} bytes", m.len());
    }
}

#[test]
fn a_sample_file_truncated_at_every_offset_is_refused_or_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = golden_month();
    let (mut refused, mut whole) = (0, 0);
    for cut in 0..sample.len() {
        if let Err(msgs) = store_and_check(tmp.path(), &sample[..cut]) {
            assert_clear(&format!("cut at {cut}"), &msgs);
            refused += 1;
        } else {
            {
                // Only a cut in the trailing white space leaves the file whole.
                assert!(
                    sample[cut..].iter().all(u8::is_ascii_whitespace),
                    "cut at {cut} of {} was accepted",
                    sample.len()
                );
                whole += 1;
            }
        }
    }
    eprintln!(
        "truncation: {} offsets, {refused} refused, {whole} whole",
        sample.len()
    );
    assert!(refused > 1000);
}

#[test]
fn bit_flips_and_random_bytes_never_panic() {
    let sample = golden_month();
    let mut rng = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let (mut refused, mut accepted) = (0, 0);
    // Every bit of the sample, flipped one at a time (decoded in memory: the reader both the
    // store and `check` use), and a sample of them through the store and `check` as well.
    let tmp = tempfile::tempdir().unwrap();
    for byte in 0..sample.len() {
        for bit in 0..8 {
            let mut b = sample.clone();
            b[byte] ^= 1 << bit;
            let result = decode_file(jan(), &b);
            if result.is_err() {
                refused += 1;
            } else {
                accepted += 1;
            }
            if (byte * 8 + bit) % 97 == 0 {
                assert_eq!(
                    store_and_check(tmp.path(), &b).is_err(),
                    result.is_err(),
                    "byte {byte} bit {bit}"
                );
            }
        }
    }
    // Random bytes, random printable text, and random runs of RON's own tokens.
    let tokens: [&[u8]; 12] = [
        b"(", b")", b"[", b"]", b"{", b"}", b",", b":", b"\"", b"V1", b"1.5e308", b"diary",
    ];
    let mut random_refused = 0;
    for n in 0..3000 {
        let len = usize::try_from(next() % 2000).unwrap();
        let bytes: Vec<u8> = match n % 3 {
            0 => (0..len).map(|_| next().to_le_bytes()[0]).collect(),
            1 => (0..len).map(|_| b' ' + (next() % 95) as u8).collect(),
            _ => (0..len / 4)
                .flat_map(|_| tokens[usize::try_from(next() % 12).unwrap()].to_vec())
                .collect(),
        };
        if decode_file(jan(), &bytes).is_err() {
            random_refused += 1;
        }
        if n % 50 == 0 {
            let _ = store_and_check(tmp.path(), &bytes);
        }
    }
    eprintln!(
        "bit flips: {} tried, {refused} refused, {accepted} still valid; random inputs: 3000 tried, {random_refused} refused",
        sample.len() * 8
    );
    assert!(random_refused > 2900);
}

/// The named hostile inputs: each refused, clearly, by the store and by `check`.
fn hostile_inputs() -> Vec<(&'static str, Vec<u8>)> {
    let entry_start = "V1((diary: [(id: 1, date: \"2026-01-05\", time: \"08:00:00\", ";
    vec![
        ("100,000 nested brackets", {
            let mut s = "V1((diary: ".to_owned();
            s.push_str(&"[".repeat(100_000));
            s.into_bytes()
        }),
        ("100,000 nested parentheses", "(".repeat(100_000).into_bytes()),
        (
            "a 30 MB string",
            format!(
                "{entry_start}pain_now: 3, worst_24h: 5, note: \"{}",
                "x".repeat(30_000_000)
            )
            .into_bytes(),
        ),
        (
            "a 30 MB string where a number goes",
            format!("V1((diary: [(id: \"{}\")]))", "9".repeat(30_000_000)).into_bytes(),
        ),
        (
            "200,000 escapes",
            format!(
                "{entry_start}pain_now: 3, worst_24h: 5, note: \"{}\\q\")]))",
                "\\n\\\"\\u{41}".repeat(200_000 / 3)
            )
            .into_bytes(),
        ),
        ("40,000 floats in an unknown field", {
            let floats: Vec<String> = (0..40_000).map(|i| format!("{i}.5e-3")).collect();
            format!("V1((sessions: [], surprise: [{}]))", floats.join(", ")).into_bytes()
        }),
        ("40,000 floats in an unknown field of an entry", {
            let floats: Vec<String> = (0..40_000).map(|i| format!("{i}.25")).collect();
            format!(
                "{entry_start}pain_now: 3, worst_24h: 5, floats: [{}])]))",
                floats.join(",")
            )
            .into_bytes()
        }),
        ("invalid UTF-8", {
            let mut b = golden_month();
            b.splice(40..40, [0xff, 0xfe, 0xc3]);
            b
        }),
        (
            "format version 999",
            String::from_utf8(golden_month())
                .unwrap()
                .replacen("V1(", "V999(", 1)
                .into_bytes(),
        ),
        (
            "pain 11",
            format!("{entry_start}pain_now: 11, worst_24h: 5)]))").into_bytes(),
        ),
        (
            "pain -1",
            format!("{entry_start}pain_now: -1, worst_24h: 5)]))").into_bytes(),
        ),
        (
            "pain 2.5",
            format!("{entry_start}pain_now: 2.5, worst_24h: 5)]))").into_bytes(),
        ),
        (
            "sitting 1441 minutes",
            format!("{entry_start}pain_now: 1, worst_24h: 5, sitting_mins: Some(1441))]))")
                .into_bytes(),
        ),
        (
            "load NaN",
            b"V1((sessions: [(id: 1, date: \"2026-01-05\", time: \"08:00:00\", exercises: [(exercise_id: \"x\", level: 1, sets: [(amount: Reps(5), load: Kg(NaN))])])]))".to_vec(),
        ),
        (
            "load infinity",
            b"V1((sessions: [(id: 1, date: \"2026-01-05\", time: \"08:00:00\", exercises: [(exercise_id: \"x\", level: 1, sets: [(amount: Reps(5), load: Kg(inf))])])]))".to_vec(),
        ),
        (
            "load 501 kg",
            b"V1((sessions: [(id: 1, date: \"2026-01-05\", time: \"08:00:00\", exercises: [(exercise_id: \"x\", level: 1, sets: [(amount: Reps(5), load: Kg(501.0))])])]))".to_vec(),
        ),
        (
            "reps 1001",
            b"V1((sessions: [(id: 1, date: \"2026-01-05\", time: \"08:00:00\", exercises: [(exercise_id: \"x\", level: 1, sets: [(amount: Reps(1001), load: Bodyweight)])])]))".to_vec(),
        ),
        (
            "hold 601 s",
            b"V1((sessions: [(id: 1, date: \"2026-01-05\", time: \"08:00:00\", exercises: [(exercise_id: \"x\", level: 1, sets: [(amount: HoldSecs(601), load: Bodyweight)])])]))".to_vec(),
        ),
        (
            "an entry of another month",
            b"V1((diary: [(id: 1, date: \"2026-02-05\", time: \"08:00:00\", pain_now: 1, worst_24h: 5)]))"
                .to_vec(),
        ),
        ("an empty file", Vec::new()),
        ("a NUL byte", b"V1((sessions: [\0]))".to_vec()),
    ]
}

#[test]
fn hostile_inputs_are_refused_clearly_by_the_store_and_check() {
    let tmp = tempfile::tempdir().unwrap();
    for (label, bytes) in hostile_inputs() {
        let started = Instant::now();
        let msgs = store_and_check(tmp.path(), &bytes)
            .err()
            .unwrap_or_else(|| panic!("{label} was accepted"));
        assert_clear(label, &msgs);
        eprintln!(
            "{label}: {} bytes, refused in {:?}: {}",
            bytes.len(),
            started.elapsed(),
            msgs.0
        );
    }
    // The specific words for the cases a patient or clinician may meet.
    let reason = |label: &str| {
        let bytes = hostile_inputs()
            .into_iter()
            .find(|(l, _)| *l == label)
            .unwrap()
            .1;
        store_and_check(tmp.path(), &bytes).unwrap_err().0
    };
    assert!(
        reason("pain 11")
            .contains("a pain score must be a whole number from 0 to 10, but it was 11")
    );
    assert!(reason("format version 999").contains("newer version"));
    assert!(reason("invalid UTF-8").contains("not text"));
    assert!(reason("40,000 floats in an unknown field").contains("surprise"));
    assert!(reason("load NaN").contains("kilograms from 0 to 500"));
    assert!(reason("an entry of another month").contains("2026-02-05"));
}

#[test]
fn check_from_the_command_line_reports_each_hostile_input() {
    let tmp = tempfile::tempdir().unwrap();
    for (label, bytes) in hostile_inputs() {
        let path = tmp.path().join("2026-01.ron");
        std::fs::write(&path, &bytes).unwrap();
        let o = common::run(tmp.path(), &["check", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{label}");
        let out = common::stdout(&o);
        assert!(out.contains("Problem: The file"), "{label}: {out}");
        assert!(out.contains("Not sound."), "{label}: {out}");
        assert!(!common::stderr(&o).contains("panicked"), "{label}");
    }
}

/// Inputs of 4 MiB, each built to be as slow as possible for one part of the reader.
fn four_mib_inputs() -> Vec<(&'static str, Vec<u8>, bool)> {
    let fill = |prefix: &str, unit: &str, suffix: &str| {
        let mut s = prefix.to_owned();
        while s.len() + unit.len() + suffix.len() <= 4 * MIB {
            s.push_str(unit);
        }
        s.push_str(suffix);
        s.into_bytes()
    };
    let entry = "(id: 1, date: \"2026-01-05\", time: \"08:00:00\", pain_now: 3, worst_24h: 5, note: \"ok\"),";
    let mut valid = "V1((diary: [".to_owned();
    let mut id = 0;
    while valid.len() + entry.len() + 10 < 4 * MIB {
        id += 1;
        valid.push_str(&entry.replacen("id: 1,", &format!("id: {id},"), 1));
    }
    valid.push_str("]))");
    let mut rng = 12345u64;
    vec![
        ("opening brackets", fill("V1((diary: ", "[", ""), false),
        ("opening parentheses", fill("", "(", ""), false),
        ("brackets closed", fill("V1((diary: [", "[],", "]))"), false),
        (
            "one long string",
            fill("V1((diary: [(note: \"", "x", "\")]))"),
            false,
        ),
        (
            "escapes",
            fill("V1((diary: [(note: \"", "\\u{41}\\n", "\")]))"),
            false,
        ),
        (
            "floats in an unknown field",
            fill("V1((surprise: [", "1.25e-7,", "]))"),
            false,
        ),
        (
            "floats in a known list",
            fill("V1((diary: [", "1.25e-7,", "]))"),
            false,
        ),
        ("comments", fill("", "/* a */", "V1(())"), false),
        ("nested comments", fill("V1((diary: [", "/*", ""), false),
        ("white space", fill("V1(", " ", "())"), false),
        ("a valid month of many entries", valid.into_bytes(), true),
        (
            "random bytes",
            (0..4 * MIB)
                .map(|_| {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    rng.to_le_bytes()[0]
                })
                .collect(),
            false,
        ),
    ]
}

#[test]
fn no_input_of_4_mib_takes_a_second_to_accept_or_refuse() {
    for (label, bytes, expect_ok) in four_mib_inputs() {
        assert!(bytes.len() <= 4 * MIB, "{label}");
        // The best of three, so a busy machine does not fail the test; one slow read of
        // a super-linear parser would still take far more than a second every time.
        let mut took = Duration::MAX;
        let mut result = Err(rehab_tracker::storage::schema::DecodeError::NotText);
        for _ in 0..3 {
            let started = Instant::now();
            result = decode_file(jan(), &bytes);
            took = took.min(started.elapsed());
        }
        if expect_ok {
            assert!(result.is_ok(), "{label}: {result:?}");
        }
        eprintln!(
            "4 MiB {label}: {} in {took:?}",
            if result.is_ok() {
                "accepted"
            } else {
                "refused"
            }
        );
        assert!(took < Duration::from_secs(1), "{label} took {took:?}");
    }
}
