//! Encryption in the age format (<https://age-encryption.org/v1>) with X25519 keys: an export
//! encrypted to a clinician's recipient (`age1…`) opens with their identity
//! (`AGE-SECRET-KEY-1…`) in the app's review window or with `age -d -i identity.txt`.
//!
//! Files are written in age's binary form, not ASCII armour: a third smaller, and e-mail and
//! USB sticks carry binary files as they are. Both forms are read.

use crate::t;
use std::fmt;
use std::io::{self, Read, Write};
use std::str::FromStr;

/// How every binary age file starts.
const BINARY_MAGIC: &[u8] = b"age-encryption.org/v1\n";
/// How every armoured age file starts.
const ARMOUR_MAGIC: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// Someone files can be encrypted to: an X25519 age recipient, `age1…`.
#[derive(Clone, PartialEq, Eq)]
pub struct Recipient(age::x25519::Recipient);

impl fmt::Debug for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Recipient({})", self.0)
    }
}

impl fmt::Display for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Why a recipient or identity could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadKey {
    /// Not an `age1…` public key.
    Recipient(String),
    /// Not an `AGE-SECRET-KEY-1…` identity.
    Identity,
}

/// In the current language.
impl fmt::Display for BadKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Recipient(given) => t!("core-key-not-recipient", given = given.as_str()),
            Self::Identity => t!("core-key-no-identity"),
        };
        f.write_str(&text)
    }
}

impl FromStr for Recipient {
    type Err = BadKey;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        s.parse::<age::x25519::Recipient>().map(Self).map_err(|_| {
            let shown: String = s.chars().take(70).collect();
            BadKey::Recipient(shown)
        })
    }
}

impl Recipient {
    /// Finds the recipient in a recipients file: the first line that is not empty or a
    /// `#` comment.
    pub fn from_file(text: &str) -> Result<Self, BadKey> {
        text.lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .ok_or_else(|| BadKey::Recipient(String::new()))?
            .parse()
    }
}

/// A secret age identity. Never printed, logged or copied to another file.
#[derive(Clone)]
pub struct Identity(age::x25519::Identity);

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Identity(for {}, hidden)", self.0.to_public())
    }
}

impl Identity {
    /// A new identity from the system's random source.
    #[must_use]
    pub fn generate() -> Self {
        Self(age::x25519::Identity::generate())
    }

    /// Its public recipient.
    #[must_use]
    pub fn recipient(&self) -> Recipient {
        Recipient(self.0.to_public())
    }

    /// Reads an identity file as `age-keygen` writes it: `#` comments and one
    /// `AGE-SECRET-KEY-1…` line.
    pub fn from_file(text: &str) -> Result<Self, BadKey> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .ok_or(BadKey::Identity)?;
        line.parse::<age::x25519::Identity>()
            .map(Self)
            .map_err(|_| BadKey::Identity)
    }

    /// The identity file, in `age-keygen`'s layout; wiped from memory when dropped.
    #[must_use]
    pub fn to_file(&self, created: &str) -> zeroize::Zeroizing<String> {
        use age::secrecy::ExposeSecret as _;
        zeroize::Zeroizing::new(format!(
            "# created: {created}\n# public key: {}\n{}\n",
            self.0.to_public(),
            self.0.to_string().expose_secret()
        ))
    }
}

/// Whether the bytes are an age file (binary or armoured), whatever is inside.
#[must_use]
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(BINARY_MAGIC) || bytes.starts_with(ARMOUR_MAGIC)
}

/// Encrypts `plain` to one recipient, as a binary age file.
pub fn encrypt(plain: &[u8], to: &Recipient) -> io::Result<Vec<u8>> {
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&to.0 as &dyn age::Recipient))
        .map_err(io::Error::other)?;
    let mut out = Vec::with_capacity(plain.len() + plain.len() / 3000 * 16 + 256);
    let mut writer = encryptor.wrap_output(&mut out)?;
    writer.write_all(plain)?;
    writer.finish()?;
    Ok(out)
}

/// Why an age file could not be opened, in words a clinician can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecryptError {
    /// Encrypted, but to someone else.
    NotForThisKey,
    /// The header was changed or damaged.
    HeaderChanged,
    /// The content was cut short or changed.
    ContentChanged,
    /// Not an age file, or one this version does not know.
    NotAge(String),
    /// Bigger than the app reads.
    TooLarge(u64),
}

/// In the current language.
impl fmt::Display for DecryptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::NotForThisKey => t!("core-decrypt-other-key"),
            Self::HeaderChanged => t!("core-decrypt-header-changed"),
            Self::ContentChanged => t!("core-decrypt-content-changed"),
            Self::NotAge(why) => t!("core-decrypt-not-age", why = why.as_str()),
            Self::TooLarge(max) => t!("core-decrypt-too-large", max = max.to_string()),
        };
        f.write_str(&text)
    }
}

/// Decrypts an age file (binary or armoured) with an identity, reading at most `max_len`
/// bytes of content.
pub fn decrypt(bytes: &[u8], identity: &Identity, max_len: u64) -> Result<Vec<u8>, DecryptError> {
    if !is_encrypted(bytes) {
        return Err(DecryptError::NotAge(
            "it does not start like an age file".into(),
        ));
    }
    let reader = age::armor::ArmoredReader::new(bytes);
    let decryptor = age::Decryptor::new(reader).map_err(map_error)?;
    let mut stream = decryptor
        .decrypt(std::iter::once(&identity.0 as &dyn age::Identity))
        .map_err(map_error)?;
    let mut plain = Vec::new();
    (&mut stream)
        .take(max_len + 1)
        .read_to_end(&mut plain)
        .map_err(|e| match e.kind() {
            io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => {
                DecryptError::ContentChanged
            }
            _ => DecryptError::NotAge(e.to_string()),
        })?;
    if plain.len() as u64 > max_len {
        return Err(DecryptError::TooLarge(max_len));
    }
    Ok(plain)
}

fn map_error(e: age::DecryptError) -> DecryptError {
    match e {
        age::DecryptError::NoMatchingKeys => DecryptError::NotForThisKey,
        age::DecryptError::InvalidMac => DecryptError::HeaderChanged,
        age::DecryptError::DecryptionFailed => DecryptError::ContentChanged,
        age::DecryptError::Io(io) if io.kind() == io::ErrorKind::UnexpectedEof => {
            DecryptError::ContentChanged
        }
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => {
            DecryptError::NotAge("its header is not that of an age file".into())
        }
        other => DecryptError::NotAge(crate::storage::schema::shorten(&other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_encrypted_opens_with_the_identity_only() {
        let id = Identity::generate();
        let plain = b"a bundle".repeat(10_000);
        let sealed = encrypt(&plain, &id.recipient()).unwrap();
        assert!(is_encrypted(&sealed));
        assert!(!is_encrypted(&plain));
        assert_eq!(decrypt(&sealed, &id, 1 << 20).unwrap(), plain);
        let other = Identity::generate();
        assert_eq!(
            decrypt(&sealed, &other, 1 << 20),
            Err(DecryptError::NotForThisKey)
        );
        assert_eq!(decrypt(&sealed, &id, 100), Err(DecryptError::TooLarge(100)));
    }

    #[test]
    fn cut_or_changed_files_are_named_as_such() {
        let id = Identity::generate();
        let plain = b"a bundle".repeat(20_000);
        let sealed = encrypt(&plain, &id.recipient()).unwrap();
        let cut = &sealed[..sealed.len() - 100];
        assert_eq!(
            decrypt(cut, &id, 1 << 20),
            Err(DecryptError::ContentChanged)
        );
        let mut changed = sealed.clone();
        let last = changed.len() - 10;
        changed[last] ^= 1;
        assert_eq!(
            decrypt(&changed, &id, 1 << 20),
            Err(DecryptError::ContentChanged)
        );
        // A byte of the header's MAC line.
        let mut header = sealed.clone();
        let mac = sealed.windows(4).position(|w| w == b"--- ").unwrap();
        header[mac + 5] = if header[mac + 5] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            decrypt(&header, &id, 1 << 20),
            Err(DecryptError::HeaderChanged)
        );
        // A header cut after its first line reads as a file cut short.
        assert!(matches!(
            decrypt(b"age-encryption.org/v1\ngarbage", &id, 1 << 20),
            Err(DecryptError::NotAge(_) | DecryptError::ContentChanged)
        ));
        assert!(matches!(
            decrypt(b"not age at all", &id, 1 << 20),
            Err(DecryptError::NotAge(_))
        ));
    }

    #[test]
    fn keys_read_back_from_their_files() {
        let id = Identity::generate();
        let text = id.to_file("2026-11-26T10:00:00+00:00");
        let again = Identity::from_file(&text).unwrap();
        assert_eq!(again.recipient(), id.recipient());
        let recipient =
            Recipient::from_file(&format!("# my clinic\n{}\n", id.recipient())).unwrap();
        assert_eq!(recipient, id.recipient());
        assert_eq!(
            Identity::from_file("garbage").unwrap_err(),
            BadKey::Identity
        );
        assert!(matches!(
            "age1nope".parse::<Recipient>(),
            Err(BadKey::Recipient(_))
        ));
        assert!(!format!("{id:?}").contains("AGE-SECRET"));
    }
}
