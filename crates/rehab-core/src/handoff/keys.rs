//! The clinician's key folder: made once by `rehab-tracker clinician keygen` or the review
//! window, then read each time a programme is signed or an export opened.
//!
//! ```text
//! identity.txt     secret: the age identity that opens exports encrypted to the clinician
//! signing.key      secret: the minisign key that signs their programmes
//! recipient.txt    public: the age recipient (age1…), for anyone who encrypts to them
//! signing.pub      public: the minisign public key, for `minisign -V -p signing.pub`
//! clinician.ron    public: the name and both public keys, which signed programmes carry
//! ```
//!
//! Every file is written crash-safely and private (0600); a secret file that others can
//! read is refused, as ssh does, with the reason in words.

use super::encrypt::{BadKey, Identity, Recipient};
use super::sign::{KeyError, PublicKey, SecretKey};
use crate::model::Clinician;
use crate::storage::fs::{Fs, RealFs, plain_io, write_atomic};
use crate::t;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The secret age identity.
pub const IDENTITY_FILE: &str = "identity.txt";
/// The secret signing key.
pub const SIGNING_KEY_FILE: &str = "signing.key";
/// The public age recipient.
pub const RECIPIENT_FILE: &str = "recipient.txt";
/// The public signing key.
pub const SIGNING_PUBLIC_FILE: &str = "signing.pub";
/// The name and both public keys.
pub const CARD_FILE: &str = "clinician.ron";

/// Key files are small; anything bigger is not one.
const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;
/// The longest clinician name.
pub const MAX_NAME_CHARS: usize = 100;

/// A key file that could not be written or used, in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyFileError {
    /// Keys are never overwritten.
    Exists(PathBuf),
    /// The name is not usable.
    BadName(String),
    /// Could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// "read" or "written".
        action: &'static str,
        /// Why, in words.
        reason: String,
    },
    /// A secret key file other people can read.
    Exposed {
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// Not the key it should be.
    Bad {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// In the current language.
impl std::fmt::Display for KeyFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Exists(path) => t!("core-keys-exist", path = path.display().to_string()),
            Self::BadName(text) => return f.write_str(text),
            Self::Io {
                path,
                action: "read",
                reason,
            } => t!(
                "core-keys-could-not-read",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
            Self::Io {
                path,
                action: "made",
                reason,
            } => t!(
                "core-keys-could-not-make",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
            Self::Io { path, reason, .. } => t!(
                "core-keys-could-not-write",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
            Self::Exposed { path, mode } => t!(
                "core-keys-exposed",
                path = path.display().to_string(),
                mode = format!("{mode:03o}")
            ),
            Self::Bad { path, reason } => t!(
                "core-keys-bad",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
        };
        f.write_str(&text)
    }
}

/// The card: a clinician's name and public keys, as a versioned file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum CardFile {
    V1(Clinician),
}

/// What `generate` made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The name and public keys.
    pub clinician: Clinician,
    /// The signing key's id, as minisign shows it.
    pub key_id: String,
    /// The files written: the two secret ones first.
    pub files: Vec<PathBuf>,
}

/// A name as it may be shown: one line of at most [`MAX_NAME_CHARS`] characters.
pub fn check_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(t!("core-keys-name-empty"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(t!(
            "core-keys-name-too-long",
            max = MAX_NAME_CHARS.to_string()
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(t!("core-keys-name-one-line"));
    }
    Ok(name.to_owned())
}

/// Checks that a clinician's name and both keys are usable, and returns the keys.
pub fn parse_clinician(c: &Clinician) -> Result<(PublicKey, Recipient), String> {
    check_name(&c.name)?;
    let key = PublicKey::from_base64(&c.signing_key)
        .map_err(|e| t!("core-keys-signing-key-bad", reason = e.to_string()))?;
    let recipient: Recipient = c
        .recipient
        .parse()
        .map_err(|e: BadKey| t!("core-keys-encryption-key-bad", reason = e.to_string()))?;
    Ok((key, recipient))
}

/// Whether two clinicians sign with the same key (names and encryption keys may differ).
#[must_use]
pub fn same_signer(a: &Clinician, b: &Clinician) -> bool {
    match (
        PublicKey::from_base64(&a.signing_key),
        PublicKey::from_base64(&b.signing_key),
    ) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// The key id of a clinician's signing key, as minisign shows it.
#[must_use]
pub fn key_id(c: &Clinician) -> String {
    PublicKey::from_base64(&c.signing_key).map_or_else(|_| "unknown".into(), |k| k.key_id_hex())
}

/// Makes a new key pair in `dir` (created if missing, private): refuses to replace any key
/// file already there. Without a name, the clinician is called after the key id.
pub fn generate(dir: &Path, name: Option<&str>, created: &str) -> Result<Generated, KeyFileError> {
    let name = name
        .map(|n| check_name(n).map_err(KeyFileError::BadName))
        .transpose()?;
    let paths: Vec<PathBuf> = [
        IDENTITY_FILE,
        SIGNING_KEY_FILE,
        RECIPIENT_FILE,
        SIGNING_PUBLIC_FILE,
        CARD_FILE,
    ]
    .iter()
    .map(|f| dir.join(f))
    .collect();
    if let Some(existing) = paths.iter().find(|p| p.exists()) {
        return Err(KeyFileError::Exists(existing.clone()));
    }
    let io = |path: &Path, action: &'static str| {
        let path = path.to_owned();
        move |e: std::io::Error| KeyFileError::Io {
            path,
            action,
            reason: plain_io(&e),
        }
    };
    if !dir.is_dir() {
        RealFs.create_dir_all(dir).map_err(io(dir, "made"))?;
    }
    let identity = Identity::generate();
    let signing = SecretKey::generate().map_err(|e| KeyFileError::Io {
        path: dir.to_owned(),
        action: "made",
        reason: t!("core-keys-no-random", error = e.to_string()),
    })?;
    let public = signing.public();
    let clinician = Clinician {
        name: name.unwrap_or_else(|| format!("Clinician {}", &public.key_id_hex()[..8])),
        signing_key: public.to_base64(),
        recipient: identity.recipient().to_string(),
    };
    let card = crate::storage::schema::encode(&CardFile::V1(clinician.clone())).map_err(|e| {
        KeyFileError::BadName(t!("core-keys-name-unwritable", error = e.to_string()))
    })?;
    let identity_text = identity.to_file(created);
    let signing_text = signing.to_file(&format!("rehab-tracker signing key of {}", clinician.name));
    let recipient_text = format!(
        "# age public key of {}: exports encrypted to it open only with their identity\n{}\n",
        clinician.name, clinician.recipient
    );
    let public_text = public.to_file();
    let card_text = format!("{card}\n");
    let contents: [(&Path, &[u8]); 5] = [
        (&paths[0], identity_text.as_bytes()),
        (&paths[1], signing_text.as_bytes()),
        (&paths[2], recipient_text.as_bytes()),
        (&paths[3], public_text.as_bytes()),
        (&paths[4], card_text.as_bytes()),
    ];
    // The secret texts are wiped from memory when dropped.
    for (path, bytes) in contents {
        write_atomic(&RealFs, path, bytes).map_err(io(path, "written"))?;
    }
    Ok(Generated {
        key_id: public.key_id_hex(),
        clinician,
        files: paths,
    })
}

/// Reads a secret key file: refuses one that group or others can read, or one too large.
fn read_secret(path: &Path) -> Result<zeroize::Zeroizing<String>, KeyFileError> {
    let io = |e: &std::io::Error| KeyFileError::Io {
        path: path.to_owned(),
        action: "read",
        reason: plain_io(e),
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(path).map_err(|e| io(&e))?;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(KeyFileError::Exposed {
                path: path.to_owned(),
                mode,
            });
        }
    }
    let bytes = zeroize::Zeroizing::new(
        RealFs
            .read_capped(path, MAX_KEY_FILE_BYTES)
            .map_err(|e| io(&e))?,
    );
    std::str::from_utf8(&bytes)
        .map(|s| zeroize::Zeroizing::new(s.to_owned()))
        .map_err(|_| KeyFileError::Bad {
            path: path.to_owned(),
            reason: t!("core-keys-not-text"),
        })
}

/// Reads the clinician's age identity, checking its permissions first.
pub fn read_identity(path: &Path) -> Result<Identity, KeyFileError> {
    let text = read_secret(path)?;
    Identity::from_file(&text).map_err(|e| KeyFileError::Bad {
        path: path.to_owned(),
        reason: e.to_string(),
    })
}

/// Reads a clinician card (`clinician.ron`).
pub fn read_card(path: &Path) -> Result<Clinician, KeyFileError> {
    let bad = |reason: String| KeyFileError::Bad {
        path: path.to_owned(),
        reason,
    };
    let bytes = RealFs
        .read_capped(path, MAX_KEY_FILE_BYTES)
        .map_err(|e| KeyFileError::Io {
            path: path.to_owned(),
            action: "read",
            reason: plain_io(&e),
        })?;
    let text = std::str::from_utf8(&bytes).map_err(|_| bad(t!("core-keys-not-text")))?;
    let CardFile::V1(card) = ron::Options::default()
        .from_str(text)
        .map_err(|e| bad(crate::storage::schema::shorten(&e.to_string())))?;
    parse_clinician(&card).map_err(bad)?;
    Ok(card)
}

/// The clinician's signing key with the card it belongs to.
#[derive(Debug)]
pub struct Signer {
    /// Who signs: the name and public keys that go into each signed programme.
    pub clinician: Clinician,
    key: SecretKey,
}

impl Signer {
    /// The signing key.
    #[must_use]
    pub fn key(&self) -> &SecretKey {
        &self.key
    }

    /// A signer from a key and a name, for tests and demos.
    #[must_use]
    pub fn new(key: SecretKey, name: &str, recipient: &Recipient) -> Self {
        Self {
            clinician: Clinician {
                name: name.to_owned(),
                signing_key: key.public().to_base64(),
                recipient: recipient.to_string(),
            },
            key,
        }
    }
}

/// The key folder of an identity file: where its signing key and card are.
#[must_use]
pub fn folder_of(identity: &Path) -> PathBuf {
    match identity.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Reads the signing key and the card from a key folder, and checks they belong together.
pub fn read_signer(dir: &Path) -> Result<Signer, KeyFileError> {
    let card_path = dir.join(CARD_FILE);
    let clinician = read_card(&card_path)?;
    let key_path = dir.join(SIGNING_KEY_FILE);
    let text = read_secret(&key_path)?;
    let key = SecretKey::from_file(&text).map_err(|e: KeyError| KeyFileError::Bad {
        path: key_path.clone(),
        reason: e.to_string(),
    })?;
    if key.public().to_base64() != clinician.signing_key.trim() {
        return Err(KeyFileError::Bad {
            path: key_path,
            reason: t!(
                "core-keys-not-a-pair",
                card = card_path.display().to_string()
            ),
        });
    }
    Ok(Signer { clinician, key })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_folder_is_made_private_and_reads_back() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("keys");
        let made = generate(&dir, Some("  Jane Physio, Hip Clinic "), "2026-11-26").unwrap();
        assert_eq!(made.clinician.name, "Jane Physio, Hip Clinic");
        assert_eq!(made.files.len(), 5);
        let identity = read_identity(&dir.join(IDENTITY_FILE)).unwrap();
        assert_eq!(identity.recipient().to_string(), made.clinician.recipient);
        let signer = read_signer(&dir).unwrap();
        assert_eq!(signer.clinician, made.clinician);
        assert_eq!(read_card(&dir.join(CARD_FILE)).unwrap(), made.clinician);
        let public = std::fs::read_to_string(dir.join(SIGNING_PUBLIC_FILE)).unwrap();
        assert_eq!(
            PublicKey::from_file(&public).unwrap().to_base64(),
            made.clinician.signing_key
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for f in &made.files {
                let bits = std::fs::metadata(f).unwrap().permissions().mode() & 0o777;
                assert_eq!(bits, 0o600, "{}", f.display());
            }
        }
        // Nothing is overwritten.
        let again = generate(&dir, None, "2026-11-27").unwrap_err();
        assert!(matches!(again, KeyFileError::Exists(_)), "{again}");
        assert_eq!(read_signer(&dir).unwrap().clinician, made.clinician);
    }

    #[cfg(unix)]
    #[test]
    fn a_secret_key_others_can_read_is_refused_in_words() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        generate(tmp.path(), None, "2026-11-26").unwrap();
        let path = tmp.path().join(IDENTITY_FILE);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = read_identity(&path).unwrap_err();
        assert_eq!(
            err,
            KeyFileError::Exposed {
                path: path.clone(),
                mode: 0o644
            }
        );
        let text = err.to_string();
        assert!(text.contains("chmod 600") && text.contains("644"), "{text}");
        let key = tmp.path().join(SIGNING_KEY_FILE);
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert!(matches!(
            read_signer(tmp.path()),
            Err(KeyFileError::Exposed { mode: 0o640, .. })
        ));
    }

    #[test]
    fn names_garbage_and_mixed_up_keys_are_refused() {
        assert!(check_name("").is_err());
        assert!(check_name("two\nlines").is_err());
        assert!(check_name(&"x".repeat(101)).is_err());
        let tmp = tempfile::tempdir().unwrap();
        assert!(matches!(
            generate(tmp.path(), Some("\u{7}"), "x"),
            Err(KeyFileError::BadName(_))
        ));
        let path = tmp.path().join(IDENTITY_FILE);
        write_atomic(&RealFs, &path, b"garbage").unwrap();
        assert!(matches!(
            read_identity(&path),
            Err(KeyFileError::Bad { .. })
        ));
        // The signing key of one pair with the card of another.
        let a = tmp.path().join("a");
        let b = tmp.path().join("b");
        generate(&a, Some("A"), "x").unwrap();
        generate(&b, Some("B"), "x").unwrap();
        std::fs::copy(b.join(SIGNING_KEY_FILE), a.join(SIGNING_KEY_FILE)).unwrap();
        let err = read_signer(&a).unwrap_err();
        assert!(err.to_string().contains("two different key pairs"), "{err}");
        assert!(matches!(
            read_identity(&tmp.path().join("missing.txt")),
            Err(KeyFileError::Io { .. })
        ));
    }
}
