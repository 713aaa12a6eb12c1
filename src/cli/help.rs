//! The command line's `--help` in the reader's language: the texts clap takes from the doc
//! comments are replaced, at run time, by their Fluent messages.

use super::Cli;
use crate::i18n::Words;
use crate::t_in;
use clap::{CommandFactory, FromArgMatches};
use std::fmt::Write as _;

/// The command line, every about and argument help in the language of `words`.
#[must_use]
pub fn command_in(words: &Words) -> clap::Command {
    // `mut_arg` moves an argument to the end; the values first, then every argument in its
    // declared order, keeps the order the usage line lists them in.
    let mut command = texts(words).into_iter().fold(
        value_texts(Cli::command(), words),
        |command, (path, arg, text)| set_help(command, path, arg, text),
    );
    // Clap adds its own --help, --version and `help` when the command is built.
    command.build();
    // Clap keeps headings as `&'static str` (its `string` feature is off): a few bytes, once
    // per run.
    let headings = Headings {
        commands: Box::leak(t_in!(words, "cli-help-heading-commands").into_boxed_str()),
        arguments: Box::leak(t_in!(words, "cli-help-heading-arguments").into_boxed_str()),
        options: Box::leak(t_in!(words, "cli-help-heading-options").into_boxed_str()),
    };
    clap_words(command, words, &headings)
}

/// The headings of the sections of `--help`, in one language.
struct Headings {
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
}

/// Clap's own words in this command and every subcommand: the headings, --help, --version
/// and the `help` subcommand.
fn clap_words(command: clap::Command, w: &Words, headings: &Headings) -> clap::Command {
    let usage = command.get_styles().get_usage();
    let mut template = clap::builder::StyledStr::new();
    let _ = write!(
        template,
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        t_in!(w, "cli-help-heading-usage"),
        usage.render_reset()
    );
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let mut command = ids.iter().fold(command, |command, id| {
        command.mut_arg(id, |a| {
            let heading = if a.is_positional() {
                headings.arguments
            } else {
                headings.options
            };
            let a = a.help_heading(heading);
            match a.get_id().as_str() {
                "help" if a.get_long_help().is_some() => a
                    .help(t_in!(w, "cli-help-help-short"))
                    .long_help(t_in!(w, "cli-help-help-long")),
                "help" => a.help(t_in!(w, "cli-help-help")),
                "version" => a.help(t_in!(w, "cli-help-version")),
                _ => a,
            }
        })
    });
    command = command
        .help_template(template)
        .subcommand_help_heading(headings.commands);
    let subs: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    subs.iter().fold(command, |command, name| {
        command.mut_subcommand(name, |sub| {
            let sub = if name == "help" && sub.get_arguments().next().is_none() {
                sub.about(t_in!(w, "cli-help-help-command"))
            } else {
                sub
            };
            clap_words(sub, w, headings)
        })
    })
}

/// Parses the program's arguments with `--help` in the current language; on bad input or
/// `--help`, prints and exits as clap does.
#[must_use]
pub fn parse() -> Cli {
    let mut command = command_in(crate::i18n::current());
    let matches = command.get_matches_mut();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut command).exit())
}

/// Sets the about of the (sub)command at `path` when `arg` is empty, else the help of its
/// argument `arg` (the field's name).
fn set_help(command: clap::Command, path: &[&str], arg: &str, text: String) -> clap::Command {
    match path.split_first() {
        Some((sub, rest)) => command.mut_subcommand(*sub, |c| set_help(c, rest, arg, text)),
        None if arg.is_empty() => command.about(text).long_about(None::<&str>),
        None => command.mut_arg(arg, |a| a.help(text).long_help(None::<&str>)),
    }
}

/// The help of each value an argument takes, in the order of the enum's variants.
fn value_texts(command: clap::Command, w: &Words) -> clap::Command {
    use super::{
        AffectedSideArg, DayStateArg, EventKindArg, ExportFormatArg, FhirBundleArg, SideArg,
        UnitsArg,
    };
    command
        .mut_subcommand("init", |c| {
            c.mut_arg("affected_side", |a| {
                values::<AffectedSideArg>(
                    a,
                    &[
                        t_in!(w, "cli-help-value-left-hip"),
                        t_in!(w, "cli-help-value-right-hip"),
                        t_in!(w, "cli-help-value-both-hips"),
                    ],
                )
            })
            .mut_arg("units", |a| {
                values::<UnitsArg>(
                    a,
                    &[t_in!(w, "cli-help-value-kg"), t_in!(w, "cli-help-value-lb")],
                )
            })
        })
        .mut_subcommand("log", |c| {
            c.mut_subcommand("diary", |c| {
                c.mut_arg("day_state", |a| {
                    values::<DayStateArg>(
                        a,
                        &[
                            t_in!(w, "cli-help-value-normal"),
                            t_in!(w, "cli-help-value-flare"),
                            t_in!(w, "cli-help-value-rest-advised"),
                            t_in!(w, "cli-help-value-away"),
                        ],
                    )
                })
            })
            .mut_subcommand("event", |c| {
                c.mut_arg("kind", |a| {
                    values::<EventKindArg>(
                        a,
                        &[
                            t_in!(w, "cli-help-value-injection"),
                            t_in!(w, "cli-help-value-clinician-visit"),
                            t_in!(w, "cli-help-value-medication-change"),
                        ],
                    )
                })
                .mut_arg("side", |a| {
                    values::<SideArg>(
                        a,
                        &[
                            t_in!(w, "cli-help-value-left"),
                            t_in!(w, "cli-help-value-right"),
                        ],
                    )
                })
            })
        })
        .mut_subcommand("export", |c| {
            c.mut_arg("format", |a| {
                values::<ExportFormatArg>(
                    a,
                    &[
                        t_in!(w, "cli-help-value-csv"),
                        t_in!(w, "cli-help-value-bundle"),
                        t_in!(w, "cli-help-value-fhir"),
                        t_in!(w, "cli-help-value-report"),
                        t_in!(w, "cli-help-value-sheet"),
                    ],
                )
            })
            .mut_arg("fhir_bundle", |a| {
                values::<FhirBundleArg>(
                    a,
                    &[
                        t_in!(w, "cli-help-value-transaction"),
                        t_in!(w, "cli-help-value-collection"),
                    ],
                )
            })
        })
}

/// The argument taking the values of `E` as before, each value's help from `helps`.
fn values<E>(arg: clap::Arg, helps: &[String]) -> clap::Arg
where
    E: clap::ValueEnum + Clone + Send + Sync + 'static,
{
    let possible = E::value_variants()
        .iter()
        .zip(helps)
        .filter_map(|(v, help)| v.to_possible_value().map(|p| p.help(help.clone())));
    arg.value_parser(clap::builder::TypedValueParser::try_map(
        clap::builder::PossibleValuesParser::new(possible),
        |s: String| E::from_str(&s, false),
    ))
}

type Text = (&'static [&'static str], &'static str, String);

/// Each help text: the subcommand's path, the argument ("" for the command's about), the words.
#[allow(clippy::too_many_lines)]
fn texts(w: &Words) -> Vec<Text> {
    let date = || t_in!(w, "cli-help-date");
    let note = || t_in!(w, "cli-help-note");
    vec![
        (&[], "", t_in!(w, "cli-help-about")),
        (&[], "data_dir", t_in!(w, "cli-help-data-dir")),
        (&[], "lang", t_in!(w, "cli-help-lang")),
        (&[], "demo", t_in!(w, "cli-help-demo-window")),
        (&["init"], "", t_in!(w, "cli-help-init-about")),
        (&["init"], "start", t_in!(w, "cli-help-init-start")),
        (
            &["init"],
            "affected_side",
            t_in!(w, "cli-help-init-affected-side"),
        ),
        (&["init"], "units", t_in!(w, "cli-help-init-units")),
        (
            &["init"],
            "patient_code",
            t_in!(w, "cli-help-init-patient-code"),
        ),
        (&["log"], "", t_in!(w, "cli-help-log-about")),
        (&["log", "diary"], "", t_in!(w, "cli-help-log-diary-about")),
        (&["log", "diary"], "date", date()),
        (
            &["log", "diary"],
            "worst",
            t_in!(w, "cli-help-log-diary-worst"),
        ),
        (&["log", "diary"], "now", t_in!(w, "cli-help-log-diary-now")),
        (
            &["log", "diary"],
            "sitting_mins",
            t_in!(w, "cli-help-log-diary-sitting-mins"),
        ),
        (
            &["log", "diary"],
            "day_state",
            t_in!(w, "cli-help-log-diary-day-state"),
        ),
        (&["log", "diary"], "note", note()),
        (
            &["log", "session"],
            "",
            t_in!(w, "cli-help-log-session-about"),
        ),
        (&["log", "session"], "date", date()),
        (
            &["log", "session"],
            "as_prescribed",
            t_in!(w, "cli-help-log-session-as-prescribed"),
        ),
        (
            &["log", "session"],
            "pain_during",
            t_in!(w, "cli-help-log-session-pain-during"),
        ),
        (
            &["log", "session"],
            "next_morning",
            t_in!(w, "cli-help-log-session-next-morning"),
        ),
        (&["log", "event"], "", t_in!(w, "cli-help-log-event-about")),
        (&["log", "event"], "date", date()),
        (
            &["log", "event"],
            "kind",
            t_in!(w, "cli-help-log-event-kind"),
        ),
        (
            &["log", "event"],
            "side",
            t_in!(w, "cli-help-log-event-side"),
        ),
        (&["log", "event"], "note", note()),
        (&["log", "psfs"], "", t_in!(w, "cli-help-log-psfs-about")),
        (&["log", "psfs"], "date", date()),
        (
            &["log", "psfs"],
            "activity",
            t_in!(w, "cli-help-log-psfs-activity"),
        ),
        (
            &["log", "psfs"],
            "score",
            t_in!(w, "cli-help-log-psfs-score"),
        ),
        (
            &["log", "warning-sign"],
            "",
            t_in!(w, "cli-help-log-warning-sign-about"),
        ),
        (&["log", "warning-sign"], "date", date()),
        (
            &["log", "warning-sign"],
            "sign",
            t_in!(w, "cli-help-log-warning-sign-sign"),
        ),
        (&["log", "warning-sign"], "note", note()),
        (&["demo"], "", t_in!(w, "cli-help-demo-about")),
        (&["demo"], "weeks", t_in!(w, "cli-help-demo-weeks")),
        (&["demo"], "out", t_in!(w, "cli-help-demo-out")),
        (&["demo"], "seed", t_in!(w, "cli-help-demo-seed")),
        (&["demo"], "end", t_in!(w, "cli-help-demo-end")),
        (&["demo"], "caseload", t_in!(w, "cli-help-demo-caseload")),
        (
            &["demo"],
            "every_kind",
            t_in!(w, "cli-help-demo-every-kind"),
        ),
        (&["check"], "", t_in!(w, "cli-help-check-about")),
        (&["check"], "path", t_in!(w, "cli-help-check-path")),
        (&["check"], "json", t_in!(w, "cli-help-check-json")),
        (&["check"], "identity", t_in!(w, "cli-help-check-identity")),
        (&["status"], "", t_in!(w, "cli-help-status-about")),
        (&["status"], "on", t_in!(w, "cli-help-status-on")),
        (&["status"], "json", t_in!(w, "cli-help-status-json")),
        (&["export"], "", t_in!(w, "cli-help-export-about")),
        (&["export"], "format", t_in!(w, "cli-help-export-format")),
        (&["export"], "out", t_in!(w, "cli-help-export-out")),
        (&["export"], "from", t_in!(w, "cli-help-export-from")),
        (&["export"], "to", t_in!(w, "cli-help-export-to")),
        (
            &["export"],
            "pseudonymise",
            t_in!(w, "cli-help-export-pseudonymise"),
        ),
        (
            &["export"],
            "fhir_bundle",
            t_in!(w, "cli-help-export-fhir-bundle"),
        ),
        (
            &["export"],
            "encrypt_to",
            t_in!(w, "cli-help-export-encrypt-to"),
        ),
        (&["review"], "", t_in!(w, "cli-help-review-about")),
        (&["review"], "paths", t_in!(w, "cli-help-review-paths")),
        (&["review"], "summary", t_in!(w, "cli-help-review-summary")),
        (&["review"], "json", t_in!(w, "cli-help-review-json")),
        (
            &["review"],
            "identity",
            t_in!(w, "cli-help-review-identity"),
        ),
        (&["clinician"], "", t_in!(w, "cli-help-clinician-about")),
        (
            &["clinician", "keygen"],
            "",
            t_in!(w, "cli-help-clinician-keygen-about"),
        ),
        (
            &["clinician", "keygen"],
            "out",
            t_in!(w, "cli-help-clinician-keygen-out"),
        ),
        (
            &["clinician", "keygen"],
            "name",
            t_in!(w, "cli-help-clinician-keygen-name"),
        ),
        (&["remind"], "", t_in!(w, "cli-help-remind-about")),
        (&["remind"], "at", t_in!(w, "cli-help-remind-at")),
        (
            &["remind"],
            "print_only",
            t_in!(w, "cli-help-remind-print-only"),
        ),
        (
            &["remind"],
            "wait_for_click",
            t_in!(w, "cli-help-remind-wait-for-click"),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every visible text of the command tree: (where, text).
    fn helps(command: &clap::Command, at: &str, out: &mut Vec<(String, String)>) {
        let about = command
            .get_about()
            .map(ToString::to_string)
            .unwrap_or_default();
        out.push((at.to_owned(), about));
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if arg.is_hide_set() || id == "help" || id == "version" {
                continue;
            }
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            out.push((format!("{at} {id}"), help));
            for value in arg.get_possible_values() {
                let help = value
                    .get_help()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                out.push((format!("{at} {id}={}", value.get_name()), help));
            }
        }
        for sub in command.get_subcommands() {
            helps(sub, &format!("{at} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_about_and_argument_help_is_in_each_language() {
        let mut english = Vec::new();
        helps(&command_in(Words::for_language(Lang::En)), "", &mut english);
        let mut derived = Vec::new();
        let mut built = Cli::command();
        built.build();
        helps(&built, "", &mut derived);
        // English says what the doc comments (and the crate's description) say.
        assert_eq!(english, derived);
        assert!(english.len() > 60, "{english:?}");
        for lang in [Lang::De, Lang::Fr, Lang::Es] {
            let command = command_in(Words::for_language(lang));
            command.clone().debug_assert();
            let mut other = Vec::new();
            helps(&command, "", &mut other);
            for ((at, en), (_, text)) in english.iter().zip(&other) {
                assert!(!text.is_empty() && text != en, "{lang:?}{at}: {text:?}");
            }
        }
    }
}
