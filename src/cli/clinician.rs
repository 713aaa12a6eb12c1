//! `rehab-tracker clinician keygen`: the clinician's keys. Prints where the files went and
//! the public keys; never a secret key.

use super::{ClinicianCommand, Failure, KeygenArgs, Output};
use crate::handoff::keys::{self, KeyFileError};

pub(super) fn run(command: &ClinicianCommand, out: &mut Output<'_>) -> Result<(), Failure> {
    match command {
        ClinicianCommand::Keygen(args) => keygen(args, out),
    }
}

fn keygen(args: &KeygenArgs, out: &mut Output<'_>) -> Result<(), Failure> {
    let created = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
    let made = keys::generate(&args.out, args.name.as_deref(), &created).map_err(|e| match e {
        KeyFileError::BadName(_) => Failure::BadInput(e.to_string()),
        _ => Failure::Failed(e.to_string()),
    })?;
    log::info!("made a clinician key pair (signing key {})", made.key_id);
    out.line(&format!(
        "Made the keys of {} in {}.",
        made.clinician.name,
        args.out.display()
    ));
    out.line("Secret, keep them to yourself and back them up (readable by you alone):");
    for f in &made.files[..2] {
        out.line(&format!("  {}", f.display()));
    }
    out.line("Public, to hand out:");
    for f in &made.files[2..] {
        out.line(&format!("  {}", f.display()));
    }
    out.line(&format!(
        "Encryption public key (age): {}",
        made.clinician.recipient
    ));
    out.line(&format!(
        "Signing public key (minisign, key id {}): {}",
        made.key_id, made.clinician.signing_key
    ));
    out.line("Programmes you save in the review window are signed with these keys; patients' exports encrypted to you open with identity.txt.");
    Ok(())
}
