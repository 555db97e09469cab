//! What the operation declarations generate for the other side of the API: the UI's TypeScript types
//! (`ui/src/generated/api.ts`, from the Rust types through ts-rs) and the operation table of `docs/API.md`.
//!
//! The files are committed; the test `generated_files_are_fresh` fails when they differ from what the Rust
//! types say now. `scripts/generate.sh` (or `MACHI_REGENERATE=1 cargo test -p machi-core generated`) rewrites them.

use std::collections::BTreeMap;

use ts_rs::{Config, TypeVisitor, TS};

use crate::error::ErrorCode;
use crate::ApiError;

/// The generated TypeScript file, relative to the repository root.
pub const TYPESCRIPT_FILE: &str = "ui/src/generated/api.ts";
/// The documentation file whose operation table is generated (between the two markers).
pub const API_DOC_FILE: &str = "docs/API.md";
const TABLE_START: &str = "<!-- operations:start (generated from crates/core/src/api.rs) -->";
const TABLE_END: &str = "<!-- operations:end -->";

/// One operation's TypeScript names, and a way to visit its types.
pub(crate) struct OperationTypes {
    pub name: &'static str,
    pub doc: &'static str,
    pub args: String,
    pub result: String,
    visit: fn(&mut Declarations),
}

impl OperationTypes {
    pub(crate) fn of<A: TS + 'static, R: TS + 'static>(
        name: &'static str,
        doc: &'static str,
    ) -> Self {
        let cfg = config();
        OperationTypes {
            name,
            doc: doc.trim(),
            args: A::name(&cfg),
            result: R::name(&cfg),
            visit: |d| {
                d.visit::<A>();
                d.visit::<R>();
            },
        }
    }
}

fn config() -> Config {
    // serde_json writes u64 as a JSON number; versions and byte counts stay far below 2^53.
    Config::new().with_large_int("number")
}

/// Collects the declaration of every named type reachable from the operations, once each.
pub(crate) struct Declarations {
    cfg: Config,
    by_name: BTreeMap<String, String>,
}

impl TypeVisitor for Declarations {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Primitives, containers and chrono types have no declaration of their own.
        if T::output_path().is_none() {
            T::visit_dependencies(self);
            T::visit_generics(self);
            return;
        }
        let name = T::ident(&self.cfg);
        let text = format!(
            "{}export {}",
            T::docs().unwrap_or_default(),
            T::decl(&self.cfg)
        );
        match self.by_name.get(&name) {
            Some(seen) if *seen == text => return,
            Some(_) => panic!("two Rust types are called `{name}` in TypeScript; rename one"),
            None => {
                self.by_name.insert(name, text);
            }
        }
        T::visit_dependencies(self);
    }
}

/// The whole of `ui/src/generated/api.ts`.
pub fn typescript() -> String {
    let operations = super::operation_types();
    let mut decls = Declarations {
        cfg: config(),
        by_name: BTreeMap::new(),
    };
    decls.visit::<ApiError>();
    for op in &operations {
        (op.visit)(&mut decls);
    }
    let mut out = String::from(
        "// Generated from machi-core's Rust types (crates/core/src/api.rs) by `scripts/generate.sh`. Do not edit.\n\n",
    );
    out.push_str(&notification_categories());
    for text in decls.by_name.values() {
        out.push_str(text);
        out.push_str("\n\n");
    }
    out.push_str("/** Every error code, for code that must list them. */\nexport const ERROR_CODES: readonly ErrorCode[] = [");
    out.push_str(&quoted_list(ErrorCode::ALL.iter().map(|c| c.as_str())));
    out.push_str("];\n\n");
    out.push_str("/** Every operation of the Machi API: its arguments and its result. */\nexport type Operations = {\n");
    for op in &operations {
        out.push_str(&format!(
            "  /** {} */\n  {}: {{ args: {}; result: {} }};\n",
            op.doc, op.name, op.args, op.result
        ));
    }
    out.push_str("};\n\nexport type OperationName = keyof Operations;\n\n");
    out.push_str("/** The operation names, in declaration order. */\nexport const OPERATION_NAMES: readonly OperationName[] = [");
    out.push_str(&quoted_list(operations.iter().map(|op| op.name)));
    out.push_str("];\n");
    out
}

/// The notification categories come from the city's notice format, not from a hand-kept list.
fn notification_categories() -> String {
    format!(
        "/** The notice categories a resident can follow or mute. */\nexport type NotificationCategory = {};\n\nexport const NOTIFICATION_CATEGORIES: readonly NotificationCategory[] = [{}];\n\n",
        crate::settings::NOTIFICATION_CATEGORIES
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(" | "),
        quoted_list(crate::settings::NOTIFICATION_CATEGORIES.iter().copied())
    )
}

fn quoted_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The operation table of `docs/API.md` (between its markers).
pub fn api_table() -> String {
    let mut out = format!(
        "{TABLE_START}\n| operation | arguments | result | what it does |\n|---|---|---|---|\n"
    );
    for op in super::operation_types() {
        let args = if op.args == "NoArgs" {
            "–".to_string()
        } else {
            format!("`{}`", op.args)
        };
        out.push_str(&format!(
            "| `{}` | {} | `{}` | {} |\n",
            op.name,
            args,
            op.result.replace('|', "\\|"),
            op.doc
        ));
    }
    out.push_str(TABLE_END);
    out
}

/// `docs/API.md` with its table replaced by the current one.
pub fn api_doc(current: &str) -> Result<String, String> {
    let start = current
        .find(TABLE_START)
        .ok_or_else(|| format!("{API_DOC_FILE} lacks the marker {TABLE_START}"))?;
    let end = current
        .find(TABLE_END)
        .ok_or_else(|| format!("{API_DOC_FILE} lacks the marker {TABLE_END}"))?;
    Ok(format!(
        "{}{}{}",
        &current[..start],
        api_table(),
        &current[end + TABLE_END.len()..]
    ))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn repo_file(rel: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(rel)
    }

    /// Compares a generated file with the committed one, or rewrites it under `MACHI_REGENERATE=1`.
    fn check_or_write(rel: &str, expected: &str) {
        let path = repo_file(rel);
        if std::env::var_os("MACHI_REGENERATE").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, expected).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == expected,
            "{rel} is stale: the Rust API types changed. Run scripts/generate.sh and commit the result.\n\
             first difference at line {}",
            committed
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .map_or(committed.lines().count().min(expected.lines().count()) + 1, |i| i + 1)
        );
    }

    #[test]
    fn generated_files_are_fresh() {
        check_or_write(TYPESCRIPT_FILE, &typescript());
        let doc = std::fs::read_to_string(repo_file(API_DOC_FILE)).unwrap();
        check_or_write(API_DOC_FILE, &api_doc(&doc).unwrap());
    }

    #[test]
    fn every_operation_is_in_the_typescript_map_and_the_table() {
        let ts = typescript();
        let table = api_table();
        for op in super::super::OPERATIONS {
            assert!(
                ts.contains(&format!("  {}: {{ args:", op.name)),
                "{}",
                op.name
            );
            assert!(table.contains(&format!("| `{}` |", op.name)), "{}", op.name);
            assert!(!op.doc.trim().is_empty(), "{} has no doc line", op.name);
        }
    }

    #[test]
    fn error_codes_are_a_union_of_their_strings() {
        let ts = typescript();
        let union: Vec<String> = ErrorCode::ALL
            .iter()
            .map(|c| format!("\"{}\"", c.as_str()))
            .collect();
        assert!(
            ts.contains(&format!("export type ErrorCode = {};", union.join(" | "))),
            "ErrorCode is not the union of its codes:\n{ts}"
        );
        assert!(ts.contains("export type ApiError = { code: ErrorCode, message: string, };"));
    }

    #[test]
    fn large_integers_are_numbers_not_bigints() {
        assert!(!typescript().contains("bigint"));
    }
}
