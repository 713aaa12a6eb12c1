//! Signatures in the minisign format (<https://jedisct1.github.io/minisign/>), made and
//! checked with Ed25519 from `ed25519-dalek`, so that the `minisign` command verifies what
//! the app signs, and signs with the app's key files.
//!
//! - A public key is `base64("Ed" || key id (8 bytes) || Ed25519 public key (32))`, in a file
//!   after an `untrusted comment:` line.
//! - A secret key file holds, base64-encoded, `"Ed" || kdf || "B2" || salt (32) || opslimit (8)
//!   || memlimit (8) || key id (8) || seed and public key (64) || checksum (32)`, the checksum
//!   a BLAKE2b-256 of `"Ed" || key id || seed and public key`. The app writes it with no
//!   passphrase (kdf `\0\0`, like `minisign -G -W`); a passphrase-protected key is refused with
//!   a reason, since the app never asks for passphrases.
//! - A signature is four lines: an untrusted comment, `base64("ED" || key id || Ed25519
//!   signature of the BLAKE2b-512 of the message)`, a trusted comment, and `base64(Ed25519
//!   signature of (the signature || the trusted comment))`.

use crate::t;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use blake2::digest::consts::U32;
use blake2::{Blake2b, Blake2b512, Digest};
use ed25519_dalek::{Signer as _, SigningKey, VerifyingKey};
use std::fmt;
use zeroize::Zeroizing;

const ALG_ED: [u8; 2] = *b"Ed";
const ALG_HASHED: [u8; 2] = *b"ED";
const KDF_NONE: [u8; 2] = [0, 0];
const KDF_SCRYPT: [u8; 2] = *b"Sc";
const CHK_BLAKE2: [u8; 2] = *b"B2";
const UNTRUSTED: &str = "untrusted comment: ";
const TRUSTED: &str = "trusted comment: ";
/// The longest comment minisign accepts on a line.
const MAX_COMMENT: usize = 1024;

/// Why a key could not be read, in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// Not in the minisign format.
    Malformed(&'static str),
    /// A passphrase-protected secret key.
    Passphrase,
    /// The checksum inside a secret key does not match.
    Damaged,
}

/// In the current language.
impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Malformed(why) => t!("core-sign-key-malformed", why = *why),
            Self::Passphrase => t!("core-sign-key-passphrase"),
            Self::Damaged => t!("core-sign-key-damaged"),
        };
        f.write_str(&text)
    }
}

/// Why a signature does not hold, in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// Not four lines in the minisign format.
    Malformed(&'static str),
    /// Made with another key than the one it is checked against.
    OtherKey {
        /// The key id in the signature.
        found: String,
        /// The key id of the public key.
        expected: String,
    },
    /// The signed content is not what was signed.
    ContentChanged,
    /// The trusted comment is not what was signed.
    CommentChanged,
}

/// In the current language.
impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::Malformed(why) => t!("core-signature-malformed", why = *why),
            Self::OtherKey { found, expected } => t!(
                "core-signature-other-key",
                found = found.as_str(),
                expected = expected.as_str()
            ),
            Self::ContentChanged => t!("core-signature-content-changed"),
            Self::CommentChanged => t!("core-signature-comment-changed"),
        };
        f.write_str(&text)
    }
}

/// An Ed25519 public key with its minisign key id.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey {
    key_id: [u8; 8],
    key: [u8; 32],
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.key_id_hex())
    }
}

impl PublicKey {
    /// Reads the one-line form, `RW…` (56 characters).
    pub fn from_base64(text: &str) -> Result<Self, KeyError> {
        let bytes = B64
            .decode(text.trim())
            .map_err(|_| KeyError::Malformed("not base64"))?;
        let bytes: [u8; 42] = bytes
            .try_into()
            .map_err(|_| KeyError::Malformed("wrong length for a public key"))?;
        if bytes[..2] != ALG_ED {
            return Err(KeyError::Malformed("not an Ed25519 key"));
        }
        let mut key_id = [0; 8];
        key_id.copy_from_slice(&bytes[2..10]);
        let mut key = [0; 32];
        key.copy_from_slice(&bytes[10..]);
        VerifyingKey::from_bytes(&key).map_err(|_| KeyError::Malformed("not a valid point"))?;
        Ok(Self { key_id, key })
    }

    /// Reads a public key file: an optional `untrusted comment:` line, then the key.
    pub fn from_file(text: &str) -> Result<Self, KeyError> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with(UNTRUSTED))
            .ok_or(KeyError::Malformed("no key line"))?;
        Self::from_base64(line)
    }

    /// The one-line form.
    #[must_use]
    pub fn to_base64(&self) -> String {
        let mut bytes = Vec::with_capacity(42);
        bytes.extend_from_slice(&ALG_ED);
        bytes.extend_from_slice(&self.key_id);
        bytes.extend_from_slice(&self.key);
        B64.encode(bytes)
    }

    /// The key file `minisign -V -p FILE` reads.
    #[must_use]
    pub fn to_file(&self) -> String {
        format!(
            "{UNTRUSTED}minisign public key {}\n{}\n",
            self.key_id_hex(),
            self.to_base64()
        )
    }

    /// The key id as minisign prints it: 16 upper-case hexadecimal digits.
    #[must_use]
    pub fn key_id_hex(&self) -> String {
        format!("{:016X}", u64::from_le_bytes(self.key_id))
    }
}

/// An Ed25519 secret key with its minisign key id. Its bytes are wiped when dropped.
pub struct SecretKey {
    key_id: [u8; 8],
    signing: SigningKey,
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey({}, hidden)", self.public().key_id_hex())
    }
}

impl SecretKey {
    /// A new key from the system's random source.
    pub fn generate() -> Result<Self, getrandom::Error> {
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut())?;
        let mut key_id = [0u8; 8];
        getrandom::fill(&mut key_id)?;
        Ok(Self {
            key_id,
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// Its public key.
    #[must_use]
    pub fn public(&self) -> PublicKey {
        PublicKey {
            key_id: self.key_id,
            key: self.signing.verifying_key().to_bytes(),
        }
    }

    fn checksum(key_id: [u8; 8], sk: &[u8; 64]) -> [u8; 32] {
        let mut h = Blake2b::<U32>::new();
        h.update(ALG_ED);
        h.update(key_id);
        h.update(sk);
        h.finalize().into()
    }

    /// The secret key file, with no passphrase (`minisign -S -W -s FILE` signs with it).
    #[must_use]
    pub fn to_file(&self, comment: &str) -> Zeroizing<String> {
        let sk = Zeroizing::new(self.signing.to_keypair_bytes());
        let mut bytes = Zeroizing::new(Vec::with_capacity(158));
        bytes.extend_from_slice(&ALG_ED);
        bytes.extend_from_slice(&KDF_NONE);
        bytes.extend_from_slice(&CHK_BLAKE2);
        bytes.extend_from_slice(&[0; 32 + 8 + 8]);
        bytes.extend_from_slice(&self.key_id);
        bytes.extend_from_slice(sk.as_ref());
        bytes.extend_from_slice(&Self::checksum(self.key_id, &sk));
        Zeroizing::new(format!(
            "{UNTRUSTED}{}\n{}\n",
            one_line(comment),
            B64.encode(bytes.as_slice())
        ))
    }

    /// Reads a secret key file written by [`Self::to_file`] or `minisign -G -W`.
    pub fn from_file(text: &str) -> Result<Self, KeyError> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with(UNTRUSTED))
            .ok_or(KeyError::Malformed("no key line"))?;
        let bytes = Zeroizing::new(
            B64.decode(line)
                .map_err(|_| KeyError::Malformed("not base64"))?,
        );
        if bytes.len() != 158 {
            return Err(KeyError::Malformed("wrong length for a secret key"));
        }
        if bytes[..2] != ALG_ED || bytes[4..6] != CHK_BLAKE2 {
            return Err(KeyError::Malformed("not an Ed25519 key"));
        }
        match [bytes[2], bytes[3]] {
            KDF_NONE => {}
            KDF_SCRYPT => return Err(KeyError::Passphrase),
            _ => return Err(KeyError::Malformed("unknown key protection")),
        }
        let mut key_id = [0u8; 8];
        key_id.copy_from_slice(&bytes[54..62]);
        let mut sk = Zeroizing::new([0u8; 64]);
        sk.copy_from_slice(&bytes[62..126]);
        if Self::checksum(key_id, &sk)[..] != bytes[126..158] {
            return Err(KeyError::Damaged);
        }
        let signing = SigningKey::from_keypair_bytes(&sk).map_err(|_| KeyError::Damaged)?;
        Ok(Self { key_id, signing })
    }

    /// Signs `message` (prehashed, as minisign does by default) with a trusted comment.
    #[must_use]
    pub fn sign(&self, message: &[u8], trusted_comment: &str) -> Signature {
        let trusted_comment = one_line(trusted_comment);
        let content_sig = self
            .signing
            .sign(Blake2b512::digest(message).as_slice())
            .to_bytes();
        let mut global_input = content_sig.to_vec();
        global_input.extend_from_slice(trusted_comment.as_bytes());
        let global = self.signing.sign(&global_input).to_bytes();
        Signature {
            untrusted_comment: "signature from a rehab-tracker clinician key".into(),
            key_id: self.key_id,
            content_sig,
            trusted_comment,
            global,
        }
    }
}

/// A minisign signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    untrusted_comment: String,
    key_id: [u8; 8],
    /// The signature of the content's BLAKE2b-512.
    content_sig: [u8; 64],
    trusted_comment: String,
    global: [u8; 64],
}

impl Signature {
    /// The four lines of a `.minisig` file.
    #[must_use]
    pub fn to_lines(&self) -> [String; 4] {
        let mut sig = Vec::with_capacity(74);
        sig.extend_from_slice(&ALG_HASHED);
        sig.extend_from_slice(&self.key_id);
        sig.extend_from_slice(&self.content_sig);
        [
            format!("{UNTRUSTED}{}", self.untrusted_comment),
            B64.encode(sig),
            format!("{TRUSTED}{}", self.trusted_comment),
            B64.encode(self.global),
        ]
    }

    /// Reads the four lines of a signature.
    pub fn from_lines(lines: &[&str]) -> Result<Self, SignatureError> {
        let [untrusted, sig, trusted, global] = lines else {
            return Err(SignatureError::Malformed("it is not four lines"));
        };
        let untrusted_comment = untrusted
            .strip_prefix(UNTRUSTED)
            .ok_or(SignatureError::Malformed("no untrusted comment"))?;
        let trusted_comment = trusted
            .strip_prefix(TRUSTED)
            .ok_or(SignatureError::Malformed("no trusted comment"))?;
        if untrusted_comment.len() > MAX_COMMENT || trusted_comment.len() > 8 * MAX_COMMENT {
            return Err(SignatureError::Malformed("a comment is too long"));
        }
        let sig = B64
            .decode(sig.trim())
            .map_err(|_| SignatureError::Malformed("not base64"))?;
        let sig: [u8; 74] = sig
            .try_into()
            .map_err(|_| SignatureError::Malformed("wrong length"))?;
        if sig[..2] != ALG_HASHED {
            return Err(SignatureError::Malformed(
                "not a prehashed Ed25519 signature",
            ));
        }
        let global: [u8; 64] = B64
            .decode(global.trim())
            .map_err(|_| SignatureError::Malformed("not base64"))?
            .try_into()
            .map_err(|_| SignatureError::Malformed("wrong length"))?;
        let mut key_id = [0u8; 8];
        key_id.copy_from_slice(&sig[2..10]);
        let mut content_sig = [0u8; 64];
        content_sig.copy_from_slice(&sig[10..]);
        Ok(Self {
            untrusted_comment: untrusted_comment.to_owned(),
            key_id,
            content_sig,
            trusted_comment: trusted_comment.to_owned(),
            global,
        })
    }

    /// The trusted comment (only to be believed once [`Self::verify`] passed).
    #[must_use]
    pub fn trusted_comment(&self) -> &str {
        &self.trusted_comment
    }

    /// Checks that `key` signed `message` and the trusted comment.
    pub fn verify(&self, key: &PublicKey, message: &[u8]) -> Result<(), SignatureError> {
        if self.key_id != key.key_id {
            return Err(SignatureError::OtherKey {
                found: format!("{:016X}", u64::from_le_bytes(self.key_id)),
                expected: key.key_id_hex(),
            });
        }
        let verifying = VerifyingKey::from_bytes(&key.key)
            .map_err(|_| SignatureError::Malformed("the public key is not a valid point"))?;
        let content_sig = ed25519_dalek::Signature::from_bytes(&self.content_sig);
        verifying
            .verify_strict(Blake2b512::digest(message).as_slice(), &content_sig)
            .map_err(|_| SignatureError::ContentChanged)?;
        let mut global_input = self.content_sig.to_vec();
        global_input.extend_from_slice(self.trusted_comment.as_bytes());
        verifying
            .verify_strict(
                &global_input,
                &ed25519_dalek::Signature::from_bytes(&self.global),
            )
            .map_err(|_| SignatureError::CommentChanged)
    }
}

/// A comment on one line, cut to minisign's limit.
fn one_line(text: &str) -> String {
    let mut s: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if s.len() > MAX_COMMENT {
        let mut cut = MAX_COMMENT;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_signatures_round_trip_through_their_text() {
        let key = SecretKey::generate().unwrap();
        let again = SecretKey::from_file(&key.to_file("test key")).unwrap();
        assert_eq!(again.public(), key.public());
        let public = PublicKey::from_file(&key.public().to_file()).unwrap();
        assert_eq!(public, key.public());
        assert_eq!(public.to_base64().len(), 56);
        assert!(public.to_base64().starts_with("RW"));

        let sig = key.sign(b"the message", "made for a test");
        let lines = sig.to_lines();
        let parsed =
            Signature::from_lines(&lines.iter().map(String::as_str).collect::<Vec<_>>()).unwrap();
        assert_eq!(parsed, sig);
        assert_eq!(parsed.verify(&public, b"the message"), Ok(()));
        assert_eq!(parsed.trusted_comment(), "made for a test");
    }

    #[test]
    fn each_way_a_signature_can_fail_is_named() {
        let key = SecretKey::generate().unwrap();
        let other = SecretKey::generate().unwrap();
        let sig = key.sign(b"the message", "comment");
        assert_eq!(
            sig.verify(&key.public(), b"another message"),
            Err(SignatureError::ContentChanged)
        );
        assert!(matches!(
            sig.verify(&other.public(), b"the message"),
            Err(SignatureError::OtherKey { .. })
        ));
        let mut lines = sig.to_lines();
        lines[2] = "trusted comment: a different comment".into();
        let changed =
            Signature::from_lines(&lines.iter().map(String::as_str).collect::<Vec<_>>()).unwrap();
        assert_eq!(
            changed.verify(&key.public(), b"the message"),
            Err(SignatureError::CommentChanged)
        );
        // The same key id with another key's bytes: a forged key id.
        let forged = PublicKey {
            key_id: key.key_id,
            key: other.public().key,
        };
        assert_eq!(
            sig.verify(&forged, b"the message"),
            Err(SignatureError::ContentChanged)
        );
        assert!(matches!(
            Signature::from_lines(&["untrusted comment: x", "RUQ", "trusted comment: y", "AA"]),
            Err(SignatureError::Malformed(_))
        ));
        assert!(matches!(
            Signature::from_lines(&["x"]),
            Err(SignatureError::Malformed(_))
        ));
    }

    #[test]
    fn bad_key_files_are_refused_with_a_reason() {
        assert!(matches!(
            PublicKey::from_file("garbage"),
            Err(KeyError::Malformed(_))
        ));
        assert!(matches!(
            SecretKey::from_file(""),
            Err(KeyError::Malformed(_))
        ));
        let key = SecretKey::generate().unwrap();
        let text = key.to_file("k");
        let line = text.lines().nth(1).unwrap();
        let mut bytes = B64.decode(line).unwrap();
        // A flipped bit in the key: the checksum catches it.
        bytes[70] ^= 1;
        let damaged = format!("untrusted comment: k\n{}\n", B64.encode(&bytes));
        assert_eq!(
            SecretKey::from_file(&damaged).unwrap_err(),
            KeyError::Damaged
        );
        bytes[70] ^= 1;
        bytes[2..4].copy_from_slice(b"Sc");
        let locked = format!("untrusted comment: k\n{}\n", B64.encode(&bytes));
        assert_eq!(
            SecretKey::from_file(&locked).unwrap_err(),
            KeyError::Passphrase
        );
        // A public key where a secret one is wanted.
        assert!(matches!(
            SecretKey::from_file(&key.public().to_file()),
            Err(KeyError::Malformed(_))
        ));
    }
}
