//! `machi points` and `machi profile`: health points and the family's profiles, headless.
//!
//! Every subcommand is one call of the Machi API; `--profile P` names a profile by name or id (default: the one
//! the device shows). Human output is in the resident's language; `--json` prints one document.

use std::path::{Path, PathBuf};

use base64::Engine;
use clap::{Subcommand, ValueEnum};
use machi_core::health::api::{
    ExportFormat, HistoryEntry, PointsCheckupArgs, PointsClaimArgs, PointsExportArgs,
    PointsHistoryArgs, PointsImportArgs, PointsOverview, PointsStepsArgs, ProfileAddArgs,
    ProfileArgs, ProfileIdArgs, ProfileRenameArgs, ProfilesView, StepFileFormat,
};
use machi_core::health::{Posted, ProfileId};
use machi_core::{ApiError, Machi};
use serde::Serialize;

use crate::{invalid_input, print_json};

#[derive(Subcommand)]
pub enum PointsCommand {
    /// Enter one day's steps; entering the day again replaces its count.
    Steps {
        /// The day, YYYY-MM-DD.
        date: String,
        /// The steps walked that day.
        count: u32,
    },
    /// Credit an event check-in: the code's text (MACHI-EVENT1.…) or a photo or screenshot of its QR code.
    Claim {
        /// The code's text, or the path of a PNG, JPEG or WebP image.
        code: String,
    },
    /// Report a check-up or cancer screening (kinds: see `machi call health_scheme`).
    Checkup {
        /// The kind's id, e.g. tokutei, stomach_cancer.
        kind: String,
        /// The day of the check-up, YYYY-MM-DD.
        date: String,
    },
    /// Enter the daily steps of a Google Fit Takeout CSV or an Apple Health export.xml.
    Import {
        file: PathBuf,
        /// Default: told from the file.
        #[arg(long, value_enum)]
        format: Option<ImportFormat>,
    },
    /// The history, newest first.
    History {
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
    /// Write the "show at the counter" QR code as PNG (several codes: FILE-1.png, FILE-2.png…).
    Counter {
        #[arg(long)]
        out: PathBuf,
    },
    /// Write a profile's data: everything as JSON, or the history as CSV.
    Export {
        #[arg(long, value_enum, default_value = "json")]
        format: ExportKind,
        /// Default: the file name the app would give, in the current folder.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ImportFormat {
    GoogleFit,
    AppleHealth,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportKind {
    Json,
    Csv,
}

#[derive(Subcommand)]
pub enum ProfileCommand {
    /// Every profile on this device; `*` marks the one shown.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add a profile.
    Add {
        name: String,
        /// Also show it from now on.
        #[arg(long)]
        switch: bool,
    },
    /// Remove a profile with its personal details and whole points history.
    Remove { name: String },
    /// Rename a profile.
    Rename { name: String, new_name: String },
    /// Show another profile from now on.
    Switch { name: String },
}

/// The profile `--profile` names (by name or id), or none for the one shown.
fn profile_id(machi: &Machi, profile: Option<&str>) -> Result<Option<ProfileId>, ApiError> {
    profile
        .map(|p| machi.profile_find(p).map(|s| s.id))
        .transpose()
}

/// `machi points [--profile P] [--json] [SUBCOMMAND]`.
pub fn run(
    machi: &Machi,
    profile: Option<&str>,
    json: bool,
    command: Option<PointsCommand>,
) -> Result<(), ApiError> {
    let profile = profile_id(machi, profile)?;
    match command {
        None => status(machi, profile, json),
        Some(PointsCommand::Steps { date, count }) => {
            let r = machi.points_steps(PointsStepsArgs {
                profile,
                date,
                steps: count,
            })?;
            if json {
                print_json(&r);
                return Ok(());
            }
            let args = [
                ("date", r.date.clone()),
                ("steps", r.steps.to_string()),
                ("points", r.points.to_string()),
            ];
            let id = match r.posted {
                Posted::Recorded { .. } => "health-steps-recorded",
                Posted::Corrected { .. } => "health-steps-corrected",
                _ => "health-steps-unchanged",
            };
            say!("{}", machi.text(id, &args));
            print_bonus(machi, r.bonus_points);
            Ok(())
        }
        Some(PointsCommand::Claim { code }) => {
            let args = claim_args(profile, &code)?;
            let r = machi.points_claim(args)?;
            if json {
                print_json(&r);
                return Ok(());
            }
            let event = r.name.clone().unwrap_or_else(|| r.event.clone());
            let text = match &r.posted {
                Posted::AlreadyCredited { date, .. } => machi.text(
                    "health-checkin-already",
                    &[("event", event), ("date", date.clone())],
                ),
                _ => machi.text(
                    "health-checkin-credited",
                    &[
                        ("event", event),
                        ("points", r.points.to_string()),
                        ("name", r.profile.name.clone()),
                    ],
                ),
            };
            say!("{text}");
            Ok(())
        }
        Some(PointsCommand::Checkup { kind, date }) => {
            let r = machi.points_checkup(PointsCheckupArgs {
                profile,
                kind,
                date,
            })?;
            if json {
                print_json(&r);
                return Ok(());
            }
            let text = match &r.posted {
                Posted::AlreadyCredited { date, .. } => machi.text(
                    "health-checkup-already",
                    &[("kind", r.kind.name.clone()), ("date", date.clone())],
                ),
                _ => machi.text(
                    "health-checkup-recorded",
                    &[
                        ("kind", r.kind.name.clone()),
                        ("date", r.date.clone()),
                        ("points", r.points.to_string()),
                    ],
                ),
            };
            say!("{text}");
            Ok(())
        }
        Some(PointsCommand::Import { file, format }) => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| invalid_input(format!("{}: {e}", file.display())))?;
            let r = machi.points_import_steps(PointsImportArgs {
                profile,
                format: format.map(|f| match f {
                    ImportFormat::GoogleFit => StepFileFormat::GoogleFit,
                    ImportFormat::AppleHealth => StepFileFormat::AppleHealth,
                }),
                text,
            })?;
            if json {
                print_json(&r);
                return Ok(());
            }
            say!(
                "{}",
                machi.text(
                    "health-import-done",
                    &[
                        ("days", r.days.to_string()),
                        ("recorded", r.recorded.to_string()),
                        ("corrected", r.corrected.to_string()),
                        ("unchanged", r.unchanged.to_string()),
                        ("skipped", r.skipped.to_string()),
                    ],
                )
            );
            Ok(())
        }
        Some(PointsCommand::History { limit }) => {
            let entries = history(machi, profile, limit)?;
            if json {
                print_json(&entries);
                return Ok(());
            }
            for e in &entries {
                say!("{}", history_line(machi, e));
            }
            if entries.is_empty() {
                say!("{}", machi.text("health-history-empty", &[]));
            }
            Ok(())
        }
        Some(PointsCommand::Counter { out }) => {
            let view = machi.points_counter(ProfileArgs { profile })?;
            let mut written = Vec::new();
            for code in &view.codes {
                let path = numbered(&out, code.part, code.of);
                let png = base64::engine::general_purpose::STANDARD
                    .decode(&code.png_base64)
                    .map_err(|e| invalid_input(format!("counter code: {e}")))?;
                write_file(&path, &png)?;
                written.push(path);
            }
            if json {
                #[derive(Serialize)]
                struct Written<'a> {
                    files: Vec<String>,
                    #[serde(flatten)]
                    view: &'a machi_core::health::api::PointsCounterView,
                }
                print_json(&Written {
                    files: written.iter().map(|p| p.display().to_string()).collect(),
                    view: &view,
                });
            } else {
                for path in &written {
                    say!("{}", path.display());
                }
            }
            Ok(())
        }
        Some(PointsCommand::Export { format, out }) => {
            let file = machi.points_export(PointsExportArgs {
                profile,
                format: match format {
                    ExportKind::Json => ExportFormat::Json,
                    ExportKind::Csv => ExportFormat::Csv,
                },
            })?;
            let path = out.unwrap_or_else(|| PathBuf::from(&file.file_name));
            write_file(&path, file.text.as_bytes())?;
            if json {
                print_json(&serde_json::json!({ "file": path.display().to_string() }));
            } else {
                say!(
                    "{}",
                    machi.text("health-exported", &[("file", path.display().to_string())])
                );
            }
            Ok(())
        }
    }
}

/// `machi points [--json]`: the progress view; the JSON also carries the whole history.
fn status(machi: &Machi, profile: Option<ProfileId>, json: bool) -> Result<(), ApiError> {
    let overview = machi.points_status(ProfileArgs { profile })?;
    if json {
        #[derive(Serialize)]
        struct Status {
            #[serde(flatten)]
            overview: PointsOverview,
            history: Vec<HistoryEntry>,
        }
        let history = history(machi, Some(overview.profile.id), u32::MAX)?;
        print_json(&Status { overview, history });
        return Ok(());
    }
    let o = &overview;
    let text = |id: &str, args: &[(&str, String)]| machi.text(id, args);
    say!(
        "{}",
        text(
            "health-progress-heading",
            &[("name", o.profile.name.clone())]
        )
    );
    say!(
        "  {} {}",
        o.balance,
        text("health-balance-unit", &[("points", o.balance.to_string())])
    );
    match &o.tier {
        Some(t) => say!("  {}", text("health-tier", &[("tier", t.name.clone())])),
        None => say!("  {}", text("health-tier-none", &[])),
    }
    match (&o.next_tier, o.points_to_next_tier) {
        (Some(t), Some(n)) => say!(
            "  {}",
            text(
                "health-to-next-tier",
                &[("tier", t.name.clone()), ("points", n.to_string())]
            )
        ),
        _ if o.tier.is_some() => say!("  {}", text("health-top-tier", &[])),
        _ => {}
    }
    say!(
        "  {}: {}",
        text("health-draw-entries-label", &[]),
        text(
            "health-draw-entries",
            &[("count", o.draw_entries.to_string())]
        )
    );
    say!(
        "  {}: {}",
        text("health-streak-label", &[]),
        text("health-streak", &[("days", o.streak_days.to_string())])
    );
    if let Some(p) = &o.period {
        say!("  {}", text("health-period", &[("period", p.name.clone())]));
    }
    Ok(())
}

/// Up to `limit` entries, newest first, a page at a time.
fn history(
    machi: &Machi,
    profile: Option<ProfileId>,
    limit: u32,
) -> Result<Vec<HistoryEntry>, ApiError> {
    let mut out: Vec<HistoryEntry> = Vec::new();
    loop {
        let want = (limit as usize).saturating_sub(out.len()).min(200) as u32;
        if want == 0 {
            break;
        }
        let page = machi.points_history(PointsHistoryArgs {
            profile,
            offset: Some(out.len() as u32),
            limit: Some(want),
        })?;
        let done = page.entries.len() < want as usize;
        out.extend(page.entries);
        if done || out.len() as u32 >= page.total {
            break;
        }
    }
    Ok(out)
}

fn history_line(machi: &Machi, e: &HistoryEntry) -> String {
    use machi_core::health::Source;
    let what = match e.source {
        Source::Steps => machi.text(
            if e.correction {
                "health-history-steps-correction"
            } else {
                "health-history-steps"
            },
            &[("steps", e.steps.unwrap_or(0).to_string())],
        ),
        Source::Checkup => machi.text(
            "health-history-checkup",
            &[(
                "kind",
                e.checkup
                    .as_ref()
                    .map(|c| c.name.clone())
                    .unwrap_or_default(),
            )],
        ),
        Source::Checkin => machi.text(
            "health-history-checkin",
            &[(
                "event",
                e.event_name
                    .clone()
                    .or_else(|| e.event.clone())
                    .unwrap_or_default(),
            )],
        ),
        Source::Bonus if e.points < 0 => machi.text("health-history-bonus-removed", &[]),
        Source::Bonus => machi.text(
            "health-history-bonus",
            &[("days", e.streak_days.unwrap_or(0).to_string())],
        ),
    };
    let points = if e.points > 0 {
        format!("+{}", e.points)
    } else {
        e.points.to_string()
    };
    format!("{}  {what}  {points}", e.date)
}

fn print_bonus(machi: &Machi, bonus: i64) {
    if bonus > 0 {
        say!(
            "{}",
            machi.text("health-bonus-earned", &[("points", bonus.to_string())])
        );
    } else if bonus < 0 {
        say!(
            "{}",
            machi.text("health-bonus-lost", &[("points", (-bonus).to_string())])
        );
    }
}

/// A code's text as it is, or the image at that path.
fn claim_args(profile: Option<ProfileId>, code: &str) -> Result<PointsClaimArgs, ApiError> {
    let path = Path::new(code);
    if !code.trim_start().starts_with("MACHI-") && path.is_file() {
        let bytes =
            std::fs::read(path).map_err(|e| invalid_input(format!("{}: {e}", path.display())))?;
        return Ok(PointsClaimArgs {
            profile,
            payload: None,
            image_base64: Some(base64::engine::general_purpose::STANDARD.encode(bytes)),
        });
    }
    Ok(PointsClaimArgs {
        profile,
        payload: Some(code.to_string()),
        image_base64: None,
    })
}

/// `FILE.png` for one code; `FILE-1.png`, `FILE-2.png`… for several.
fn numbered(out: &Path, part: u32, of: u32) -> PathBuf {
    if of <= 1 {
        return out.to_path_buf();
    }
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "counter".into());
    let ext = out
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "png".into());
    out.with_file_name(format!("{stem}-{part}.{ext}"))
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ApiError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| invalid_input(format!("{}: {e}", dir.display())))?;
    }
    std::fs::write(path, bytes).map_err(|e| invalid_input(format!("{}: {e}", path.display())))
}

/// `machi profile list|add|remove|rename|switch`.
pub fn profile(machi: &Machi, command: ProfileCommand) -> Result<(), ApiError> {
    let view = match command {
        ProfileCommand::List { json } => {
            let view = machi.profiles_list()?;
            if json {
                print_json(&view);
                return Ok(());
            }
            view
        }
        ProfileCommand::Add { name, switch } => machi.profile_add(ProfileAddArgs {
            name,
            activate: Some(switch),
        })?,
        ProfileCommand::Remove { name } => {
            let p = machi.profile_find(&name)?;
            let deleted = machi.points_delete_all(ProfileIdArgs { profile: p.id })?;
            say!(
                "{}",
                machi.text(
                    "health-deleted",
                    &[
                        ("name", deleted.name.clone()),
                        ("count", deleted.entries.to_string())
                    ]
                )
            );
            deleted.profiles
        }
        ProfileCommand::Rename { name, new_name } => {
            let p = machi.profile_find(&name)?;
            machi.profile_rename(ProfileRenameArgs {
                profile: p.id,
                name: new_name,
            })?
        }
        ProfileCommand::Switch { name } => {
            let p = machi.profile_find(&name)?;
            machi.profile_switch(ProfileIdArgs { profile: p.id })?
        }
    };
    print_profiles(&view);
    Ok(())
}

fn print_profiles(view: &ProfilesView) {
    for p in &view.profiles {
        let mark = if p.id == view.active { "*" } else { " " };
        say!("{mark} {}", p.name);
    }
}
