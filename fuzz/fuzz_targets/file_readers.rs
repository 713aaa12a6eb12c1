//! Fuzzes the readers of every file the app reads: the profile, the programme, the settings
//! and a month,
//! through the same function the store and `rehab-tracker check` use, and the files that
//! come from other people: export bundles opened for review, programme files (signed or not),
//! encrypted exports and the clinician's key files. Any panic, hang or
//! run-away allocation is a finding. Run (see docs/data-safety.md):
//!
//!     cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run file_readers -- -max_len=65536
#![no_main]

use libfuzzer_sys::fuzz_target;
use rehab_tracker::model::YearMonth;
use rehab_tracker::storage::schema::{Decoded, FileKind, decode_file, encode, peek_version};

fuzz_target!(|data: &[u8]| {
    let month = FileKind::Month(YearMonth {
        year: 2026,
        month: 1,
    });
    for kind in [
        FileKind::Profile,
        FileKind::Programme,
        FileKind::Settings,
        month,
    ] {
        if let Ok(decoded) = decode_file(kind, data) {
            // Whatever is accepted writes back out and reads back the same.
            let text = match &decoded {
                Decoded::Profile(p) => {
                    encode(&rehab_tracker::storage::schema::ProfileFile::of(p.clone()))
                }
                Decoded::Programme(p) => encode(
                    &rehab_tracker::storage::schema::ProgrammeFile::of(p.clone()),
                ),
                Decoded::Settings(s) => {
                    encode(&rehab_tracker::storage::schema::SettingsFile::V1(*s))
                }
                Decoded::Month(m) => encode(&rehab_tracker::storage::schema::JournalMonthFile::V1(
                    m.clone(),
                )),
            }
            .expect("an accepted file encodes");
            let again = decode_file(kind, text.as_bytes()).expect("what was written reads back");
            assert_eq!(again, decoded);
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = peek_version(text);
    }
    if let Ok(bundle) = rehab_tracker::export::bundle::read(data) {
        // An accepted bundle writes back out byte for byte.
        let mut again = Vec::new();
        rehab_tracker::export::bundle::write_bundle(&bundle, &mut again).expect("writes");
        assert_eq!(
            rehab_tracker::export::bundle::read(&again).ok(),
            Some(bundle)
        );
    }
    let _ = rehab_tracker::review::programme_file::read(data);
    // The hand-off's readers: an age file decrypted with a fixed identity, and the
    // minisign parts a signed programme or a key folder holds.
    let _ = rehab_tracker::handoff::encrypt::decrypt(data, &IDENTITY, 1 << 20);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = rehab_tracker::handoff::sign::PublicKey::from_file(text);
        let _ = rehab_tracker::handoff::sign::SecretKey::from_file(text);
        let _ = rehab_tracker::handoff::Identity::from_file(text);
        let _ = rehab_tracker::handoff::Recipient::from_file(text);
        let lines: Vec<&str> = text.lines().collect();
        if let Ok(sig) = rehab_tracker::handoff::sign::Signature::from_lines(&lines) {
            if let Ok(key) = rehab_tracker::handoff::sign::PublicKey::from_file(text) {
                let _ = sig.verify(&key, data);
            }
        }
    }
});

static IDENTITY: std::sync::LazyLock<rehab_tracker::handoff::Identity> =
    std::sync::LazyLock::new(rehab_tracker::handoff::Identity::generate);
