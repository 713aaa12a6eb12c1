//! The headless commands: quick logging from a terminal, scripting, and tests.
//! Everything printed goes through [`Output`]; exit codes are 0 (done), 1 (failed), 2 (bad input).

mod check;
mod clinician;
mod commands;
mod export;
mod help;
mod remind;
mod review;
mod status;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

pub use check::{CheckReport, check_path};
pub use help::{command_in, parse};

/// rehab-tracker: a private diary and plan for a home hip-strengthening programme.
#[derive(Debug, Parser)]
#[command(name = "rehab-tracker", version, about, long_about = None)]
pub struct Cli {
    /// Use this data folder instead of the usual one (for tests and portable installs).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Speak this language (en, de, fr, es), whatever the desktop's or the settings' is.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<String>,
    /// Open the window on a generated sample journal in a temporary folder; real data is
    /// never touched.
    #[arg(long)]
    pub demo: bool,
    /// A command to run without opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set up the profile: start date, affected side, units.
    Init(InitArgs),
    /// Log a diary entry, a session or an event.
    #[command(subcommand)]
    Log(LogCommand),
    /// Write a generated sample journal into a new folder.
    Demo(DemoArgs),
    /// Check a data folder or a file the app wrote (an export bundle too); exit 0 when
    /// sound, 1 when not.
    Check(CheckArgs),
    /// Where the diary stands against the plan the clinician set, as of a day. Read-only.
    Status(StatusArgs),
    /// Export the journal for a physiotherapist: CSV tables, a bundle or FHIR.
    Export(ExportArgs),
    /// For clinicians: open patients' export bundles (files, or folders of them) read-only.
    /// Opens the review window, or with --summary prints the caseload table.
    Review(ReviewArgs),
    /// For clinicians: make the keys that sign programmes and open encrypted exports.
    #[command(subcommand)]
    Clinician(ClinicianCommand),
    /// Show the reminders due now (training, diary) as one desktop notification; the app's
    /// timer runs this. Exit 1 when no notification can be shown.
    Remind(RemindArgs),
}

/// `clinician ...`.
#[derive(Debug, Subcommand)]
pub enum ClinicianCommand {
    /// Make a new key pair in a folder: a secret identity that opens exports encrypted to
    /// you, a secret key that signs your programmes, and their public halves to hand out.
    /// Existing keys are never overwritten.
    Keygen(KeygenArgs),
}

/// `clinician keygen`.
#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// The folder to write the keys into (made if missing, readable by you alone).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The name patients see on your programmes, such as "Jane Physio, Hip Clinic".
    #[arg(long)]
    pub name: Option<String>,
}

/// `remind`.
#[derive(Debug, Args)]
pub struct RemindArgs {
    /// Decide as if it were this local time (YYYY-MM-DDTHH:MM), to see what would be due.
    /// A try-out: what it shows is not noted as shown, so the real reminder still comes.
    #[arg(long, value_name = "TIME", value_parser = parse_local_time)]
    pub at: Option<chrono::NaiveDateTime>,
    /// With --at: note what was shown, as the timer's own run does (for testing that each
    /// reminder comes once a day).
    #[arg(long, hide = true, requires = "at")]
    pub note_shown: bool,
    /// Print what is due instead of showing a notification (and note nothing as shown).
    #[arg(long)]
    pub print_only: bool,
    /// Seconds to wait for a click on the notification, which opens the app; 0 to exit at once.
    #[arg(long, value_name = "SECS", default_value_t = 3600)]
    pub wait_for_click: u64,
}

/// `review`.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// Bundles, or folders holding them (every `.ron` file directly inside).
    pub paths: Vec<PathBuf>,
    /// Print the caseload table instead of opening the window; exit 1 if any file could
    /// not be opened (the others are still listed).
    #[arg(long)]
    pub summary: bool,
    /// With --summary: print one JSON object (rows and failures).
    #[arg(long, requires = "summary")]
    pub json: bool,
    /// Your identity file (identity.txt from `clinician keygen`), to open exports encrypted
    /// to you (`.age` files).
    #[arg(long, value_name = "FILE", requires = "summary")]
    pub identity: Option<PathBuf>,
}

/// `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The day the programme starts (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub start: NaiveDate,
    /// The painful side, or both (one-sided exercises then start on the left).
    #[arg(long, value_enum)]
    pub affected_side: AffectedSideArg,
    /// Units for weights.
    #[arg(long, value_enum, default_value_t = UnitsArg::Kg)]
    pub units: UnitsArg,
    /// A short code to give your physiotherapist instead of your name (kept when left out).
    #[arg(long, value_name = "CODE")]
    pub patient_code: Option<String>,
}

/// `log ...`.
#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// A diary entry: pain now, worst pain in the last 24 hours, sitting tolerance.
    Diary(DiaryArgs),
    /// A session done as prescribed.
    Session(SessionArgs),
    /// An injection, a clinician visit or a change of medication.
    Event(EventArgs),
    /// Activity scores (PSFS): each activity you rate, 0 (cannot do it) to 10 (as before).
    Psfs(PsfsArgs),
    /// Warning signs you have now; prints what to do.
    WarningSign(WarningSignArgs),
}

/// `log psfs`.
#[derive(Debug, Args)]
pub struct PsfsArgs {
    /// The day (YYYY-MM-DD); today if left out.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// An activity, in your words (give up to three, each followed by its --score).
    #[arg(long, value_name = "TEXT", required = true)]
    pub activity: Vec<String>,
    /// The score of the activity before it, 0-10.
    #[arg(long, value_name = "N", value_parser = parse_ability, required = true)]
    pub score: Vec<crate::model::Ability>,
}

/// `log warning-sign`.
#[derive(Debug, Args)]
pub struct WarningSignArgs {
    /// The day (YYYY-MM-DD); today if left out.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// A warning sign you have (give one or more): saddle-numbness, bladder-or-bowel,
    /// sexual-function, hot-swollen-joint, progressive-weakness, constant-night-pain,
    /// weight-loss-or-night-sweats, cancer-history.
    #[arg(long, value_name = "SIGN", value_parser = parse_sign, required = true)]
    pub sign: Vec<crate::model::RedFlagSign>,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
}

/// `log diary`.
#[derive(Debug, Args)]
pub struct DiaryArgs {
    /// The day (YYYY-MM-DD); today if left out.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Worst pain in the last 24 hours, 0-10.
    #[arg(long, value_name = "N", value_parser = parse_pain)]
    pub worst: crate::model::Pain,
    /// Pain now, 0-10.
    #[arg(long, value_name = "N", value_parser = parse_pain)]
    pub now: crate::model::Pain,
    /// Minutes you can sit before pain makes you move, 0-1440.
    #[arg(long, value_name = "M", value_parser = parse_sitting, allow_negative_numbers = true)]
    pub sitting_mins: Option<crate::model::SittingMins>,
    /// How the day was.
    #[arg(long, value_enum, default_value_t = DayStateArg::Normal)]
    pub day_state: DayStateArg,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
}

/// `log session`.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The day (YYYY-MM-DD); today if left out.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Every exercise done at its prescribed dose.
    #[arg(long, required = true)]
    pub as_prescribed: bool,
    /// The highest pain during the session, 0-10.
    #[arg(long, value_name = "N", value_parser = parse_pain)]
    pub pain_during: Option<crate::model::Pain>,
    /// Pain the next morning, 0-10.
    #[arg(long, value_name = "N", value_parser = parse_pain)]
    pub next_morning: Option<crate::model::Pain>,
}

/// `log event`.
#[derive(Debug, Args)]
pub struct EventArgs {
    /// The day (YYYY-MM-DD); today if left out.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// What happened.
    #[arg(long, value_enum)]
    pub kind: EventKindArg,
    /// The side, for an injection.
    #[arg(long, value_enum)]
    pub side: Option<SideArg>,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
}

/// `demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many weeks to generate (520 is ten years).
    #[arg(long, default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=2000))]
    pub weeks: u32,
    /// A new (or empty) folder to write into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The random seed: the same seed and end date give the same journal.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The last day of the journal (YYYY-MM-DD); today if left out.
    #[arg(long, value_parser = parse_date)]
    pub end: Option<NaiveDate>,
    /// Instead, write a sample caseload for the review window: export bundles of eight
    /// patients, one for each status, and one damaged bundle.
    #[arg(long, conflicts_with_all = ["weeks", "seed"])]
    pub caseload: bool,
    /// Also log an example of every other kind of entry (PSFS ratings, a medication change,
    /// level changes, a warning sign with a note, and after half a year an injection), so
    /// every part of the exports has something to show.
    #[arg(long, conflicts_with = "caseload")]
    pub every_kind: bool,
}

/// `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A data folder, or one file the app wrote.
    pub path: PathBuf,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    /// The clinician's identity file (identity.txt from `clinician keygen`), to open an
    /// encrypted export (`.age`) and check what it holds; without it an encrypted file is
    /// reported as not checked.
    #[arg(long, value_name = "FILE")]
    pub identity: Option<PathBuf>,
}

/// `status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The day to assess (YYYY-MM-DD); today if left out.
    #[arg(long, value_parser = parse_date)]
    pub on: Option<NaiveDate>,
    /// Print one JSON object instead of the summary.
    #[arg(long)]
    pub json: bool,
}

/// `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write.
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Where: a folder for CSV (created if missing), a file for the others.
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// The first day to include (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// The last day to include (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Replace the patient code by a pseudonym and leave every free-text note out.
    #[arg(long)]
    pub pseudonymise: bool,
    /// For `--format fhir`: a `transaction` (the default: a FHIR server loads it at its base
    /// URL, and a second export updates the same resources) or a `collection` (a file to
    /// read or archive).
    #[arg(long, value_enum, default_value = "transaction", value_name = "TYPE")]
    pub fhir_bundle: FhirBundleArg,
    /// Encrypt the export so only one clinician can open it: `pinned` (the clinician whose
    /// signed programme you took up), their public key (`age1…`), or a file holding it (the
    /// recipient.txt they gave you). The output is one age file; a CSV export becomes one
    /// encrypted tar archive.
    #[arg(long, value_name = "RECIPIENT")]
    pub encrypt_to: Option<String>,
}

/// The type of FHIR Bundle, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FhirBundleArg {
    /// Each entry with its request: PUT, with identifiers that stay the same.
    Transaction,
    /// The resources alone.
    Collection,
}

impl From<FhirBundleArg> for crate::export::fhir::BundleType {
    fn from(t: FhirBundleArg) -> Self {
        match t {
            FhirBundleArg::Transaction => Self::Transaction,
            FhirBundleArg::Collection => Self::Collection,
        }
    }
}

/// An export format, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    /// A folder of CSV tables: sessions, sets, diary, events, PSFS.
    Csv,
    /// One checksummed RON file holding everything; `check` verifies it.
    Bundle,
    /// A FHIR R4 Bundle (JSON) of Observations.
    Fhir,
    /// A one-page HTML report with charts, for reading or printing on A4.
    Report,
    /// The programme sheet: each exercise's picture, level, dose and cues, on A4.
    Sheet,
}

impl From<ExportFormatArg> for crate::export::Format {
    fn from(f: ExportFormatArg) -> Self {
        match f {
            ExportFormatArg::Csv => Self::Csv,
            ExportFormatArg::Bundle => Self::Bundle,
            ExportFormatArg::Fhir => Self::Fhir,
            ExportFormatArg::Report => Self::Report,
            ExportFormatArg::Sheet => Self::Sheet,
        }
    }
}

/// A side, as typed.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SideArg {
    /// Left.
    Left,
    /// Right.
    Right,
}

impl From<SideArg> for crate::model::Side {
    fn from(s: SideArg) -> Self {
        match s {
            SideArg::Left => Self::Left,
            SideArg::Right => Self::Right,
        }
    }
}

/// The painful side at set-up, as typed: either side, or both, as the window offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AffectedSideArg {
    /// The left hip.
    Left,
    /// The right hip.
    Right,
    /// Both hips.
    Both,
}

/// Units, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UnitsArg {
    /// Kilograms.
    Kg,
    /// Pounds.
    Lb,
}

/// A day state, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DayStateArg {
    /// An ordinary day.
    Normal,
    /// A flare-up.
    Flare,
    /// Rest advised by the clinician.
    RestAdvised,
    /// Unwell or away.
    Away,
}

/// An event kind, as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EventKindArg {
    /// An injection.
    Injection,
    /// A clinician visit.
    ClinicianVisit,
    /// A change of medication.
    MedicationChange,
}

/// Today on the computer's clock: the day a command acts on unless told another.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| crate::t!("cli-not-a-date", text = text))
}

/// A language the app speaks, or a locale that names one (`de_AT.UTF-8`, `en-XA`).
fn parse_lang(text: &str) -> Result<String, String> {
    let lang = crate::i18n::Lang::negotiate(&[text]);
    let english = text.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("en"));
    if lang == crate::i18n::Lang::En && !english {
        let codes: Vec<_> = crate::i18n::Lang::SHIPPED
            .iter()
            .map(|l| l.code())
            .collect();
        return Err(crate::t!(
            "cli-unknown-language",
            text = text,
            codes = codes.join(", ")
        ));
    }
    Ok(text.to_owned())
}

fn parse_local_time(text: &str) -> Result<chrono::NaiveDateTime, String> {
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .map_err(|_| crate::t!("cli-not-a-time", text = text))
}

fn parse_int(text: &str) -> Result<i64, String> {
    text.trim()
        .parse::<i64>()
        .map_err(|_| crate::t!("cli-not-a-whole-number", text = text))
}

fn parse_pain(text: &str) -> Result<crate::model::Pain, String> {
    crate::model::Pain::new(parse_int(text)?).map_err(|e| e.to_string())
}

fn parse_sign(text: &str) -> Result<crate::model::RedFlagSign, String> {
    crate::model::RedFlagSign::from_code(text).ok_or_else(|| {
        let codes: Vec<String> = crate::model::RedFlagSign::ALL
            .iter()
            .map(|s| s.code().replace('_', "-"))
            .collect();
        crate::t!(
            "cli-unknown-warning-sign",
            text = text,
            codes = codes.join(", ")
        )
    })
}

fn parse_ability(text: &str) -> Result<crate::model::Ability, String> {
    crate::model::Ability::new(parse_int(text)?).map_err(|e| e.to_string())
}

fn parse_sitting(text: &str) -> Result<crate::model::SittingMins, String> {
    crate::model::SittingMins::new(parse_int(text)?).map_err(|e| e.to_string())
}

/// The `--lang` on a command line, found before the rest is parsed, so that an error in what
/// was typed is already in that language.
#[must_use]
pub fn lang_flag<I: IntoIterator<Item = std::ffi::OsString>>(args: I) -> Option<String> {
    let mut args = args.into_iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return args.next();
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
    }
    None
}

/// Speaks the language the patient chose in Settings (`None`: the desktop's), unless
/// `--lang` or `REHAB_LANG` chose one: a command says what the window would.
fn follow_settings(settings: Option<&crate::model::Settings>) {
    crate::i18n::follow_settings(settings.and_then(|s| s.language));
}

/// How a command ended.
#[derive(Debug)]
pub enum Failure {
    /// A value the user gave is not acceptable (exit 2).
    BadInput(String),
    /// Anything else (exit 1).
    Failed(String),
}

/// The one place the commands print from.
pub struct Output<'a> {
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
}

impl<'a> Output<'a> {
    /// Prints to the given streams.
    pub fn new(out: &'a mut dyn Write, err: &'a mut dyn Write) -> Self {
        Self { out, err }
    }

    /// A line of normal output.
    pub fn line(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    /// A line of error output.
    pub fn error(&mut self, text: &str) {
        let _ = writeln!(self.err, "rehab-tracker: {text}");
    }
}

/// Runs a headless command, printing to `out`; returns the exit code.
pub fn run(command: Command, data_dir: Option<PathBuf>, out: &mut Output<'_>) -> ExitCode {
    let result = commands::run(command, data_dir, out);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::BadInput(msg)) => {
            out.error(&msg);
            ExitCode::from(2)
        }
        Err(Failure::Failed(msg)) => {
            out.error(&msg);
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_found_before_the_command_line_is_parsed() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(args(&["rehab-tracker", "--lang", "fr", "status"])),
            Some("fr".into())
        );
        assert_eq!(
            lang_flag(args(&["rehab-tracker", "status", "--lang=de"])),
            Some("de".into())
        );
        assert_eq!(lang_flag(args(&["rehab-tracker", "status"])), None);
        assert_eq!(
            lang_flag(args(&["rehab-tracker", "review", "--", "--lang"])),
            None
        );
    }

    #[test]
    fn every_format_code_is_what_the_command_line_takes() {
        for format in crate::export::Format::ALL {
            let arg = ExportFormatArg::from_str(format.code(), false).unwrap();
            assert_eq!(crate::export::Format::from(arg), format);
        }
    }
}
