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
    out.line(&crate::t!(
        "cli-keygen-made",
        name = made.clinician.name.as_str(),
        dir = args.out.display().to_string()
    ));
    out.line(&crate::t!("cli-keygen-secret"));
    for f in &made.files[..2] {
        out.line(&format!("  {}", f.display()));
    }
    out.line(&crate::t!("cli-keygen-public"));
    for f in &made.files[2..] {
        out.line(&format!("  {}", f.display()));
    }
    out.line(&crate::t!(
        "cli-keygen-age-key",
        key = made.clinician.recipient.as_str()
    ));
    out.line(&crate::t!(
        "cli-keygen-signing-key",
        id = made.key_id.as_str(),
        key = made.clinician.signing_key.as_str()
    ));
    out.line(&crate::t!("cli-keygen-done"));
    Ok(())
}
