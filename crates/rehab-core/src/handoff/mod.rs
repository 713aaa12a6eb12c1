//! The safe hand-off between a patient and their clinician, offline: programmes only the
//! clinician could have written (signed in the minisign format), exports only the clinician
//! can read (encrypted in the age format), and the clinician's key folder. No user interface
//! here: the command line, the export, the review window and the import window call it.
//!
//! Trust is set up on first use, as ssh does: the first signed programme a patient takes up
//! pins its clinician (their name and both public keys, kept with the programme record). A
//! later programme signed with another key, or not signed, needs the patient to confirm a
//! warning; one whose signature does not match its content is refused outright.
//! See docs/security.md for what this protects against and what it does not.

pub mod archive;
pub mod encrypt;
pub mod keys;
pub mod sign;

pub use encrypt::{DecryptError, Identity, Recipient};
pub use keys::{KeyFileError, Signer};

use crate::model::Clinician;

/// How far a programme file can be trusted, given the clinician the patient's app pinned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
    /// Signed, and no clinician is pinned yet: taking it up pins the one who signed.
    FirstSigned(Clinician),
    /// Signed with the pinned clinician's key (their name or encryption key may be new:
    /// taking it up keeps the key and takes the new name and encryption key).
    SameClinician(Clinician),
    /// Signed with another key than the pinned clinician's.
    OtherClinician {
        /// The clinician pinned now.
        pinned: Clinician,
        /// Who signed this file.
        signer: Clinician,
    },
    /// Not signed, while a clinician is pinned.
    UnsignedWhilePinned(Clinician),
    /// Not signed, and no clinician is pinned.
    Unsigned,
}

impl Trust {
    /// Compares who signed a programme (verified) with the pinned clinician.
    #[must_use]
    pub fn of(signed_by: Option<&Clinician>, pinned: Option<&Clinician>) -> Self {
        match (signed_by, pinned) {
            (Some(s), None) => Self::FirstSigned(s.clone()),
            (Some(s), Some(p)) if keys::same_signer(s, p) => Self::SameClinician(s.clone()),
            (Some(s), Some(p)) => Self::OtherClinician {
                pinned: p.clone(),
                signer: s.clone(),
            },
            (None, Some(p)) => Self::UnsignedWhilePinned(p.clone()),
            (None, None) => Self::Unsigned,
        }
    }

    /// Whether the patient must confirm a warning before taking the programme up.
    #[must_use]
    pub fn needs_confirmation(&self) -> bool {
        matches!(
            self,
            Self::OtherClinician { .. } | Self::UnsignedWhilePinned(_)
        )
    }

    /// The clinician pinned once the programme is taken up, when that changes the pin.
    #[must_use]
    pub fn pins(&self) -> Option<&Clinician> {
        match self {
            Self::FirstSigned(c) | Self::SameClinician(c) => Some(c),
            Self::OtherClinician { signer, .. } => Some(signer),
            Self::UnsignedWhilePinned(_) | Self::Unsigned => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clinician(name: &str) -> Clinician {
        let key = sign::SecretKey::generate().unwrap();
        Clinician {
            name: name.into(),
            signing_key: key.public().to_base64(),
            recipient: Identity::generate().recipient().to_string(),
        }
    }

    #[test]
    fn trust_follows_the_pinned_key_not_the_name() {
        let jane = clinician("Jane");
        let mallory = Clinician {
            name: "Jane".into(),
            ..clinician("Jane")
        };
        assert_eq!(
            Trust::of(Some(&jane), None),
            Trust::FirstSigned(jane.clone())
        );
        let renamed = Clinician {
            name: "Jane Physio".into(),
            ..jane.clone()
        };
        let same = Trust::of(Some(&renamed), Some(&jane));
        assert_eq!(same, Trust::SameClinician(renamed.clone()));
        assert!(!same.needs_confirmation());
        assert_eq!(same.pins(), Some(&renamed));
        let other = Trust::of(Some(&mallory), Some(&jane));
        assert!(other.needs_confirmation());
        assert_eq!(other.pins(), Some(&mallory));
        let unsigned = Trust::of(None, Some(&jane));
        assert!(unsigned.needs_confirmation());
        assert_eq!(unsigned.pins(), None);
        assert!(!Trust::of(None, None).needs_confirmation());
    }
}
