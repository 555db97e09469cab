//! Problems found in a city's sources, as `file:line: field: what is wrong`.
//!
//! Checking never stops at the first problem: a city fixing its data wants the whole list at once.

use std::fmt;

/// Errors stop a build; warnings are printed and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong in one place of the sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path relative to the source folder, with `/` separators (`waste/area_days.csv`).
    pub file: String,
    /// 1-based physical line; for a CSV record, the line the record starts on. 0 when no line applies.
    pub line: usize,
    /// The column name or the key (`緯度`, `city.code`, `notice[2].title`).
    pub field: String,
    pub message: String,
    pub severity: Severity,
}

impl Problem {
    pub fn error(
        file: impl Into<String>,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            file: file.into(),
            line,
            field: field.into(),
            message: message.into(),
            severity: Severity::Error,
        }
    }

    pub fn warning(
        file: impl Into<String>,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(file, line, field, message)
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file, self.line, self.field, self.message
        )
    }
}

/// Every problem found by one check, in file and line order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn new() -> Self {
        Report::default()
    }

    pub fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    pub fn error(
        &mut self,
        file: impl Into<String>,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.push(Problem::error(file, line, field, message));
    }

    pub fn warning(
        &mut self,
        file: impl Into<String>,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.push(Problem::warning(file, line, field, message));
    }

    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_error())
    }

    pub fn error_count(&self) -> usize {
        self.errors().count()
    }

    pub fn warning_count(&self) -> usize {
        self.warnings().count()
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// Orders problems by file, then line; problems on the same line keep the order they were found in.
    pub fn sort(&mut self) {
        self.problems
            .sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    }

    /// One line for the end of a listing: `2 errors, 1 warning`.
    pub fn summary(&self) -> String {
        fn plural(n: usize, word: &str) -> String {
            if n == 1 {
                format!("1 {word}")
            } else {
                format!("{n} {word}s")
            }
        }
        format!(
            "{}, {}",
            plural(self.error_count(), "error"),
            plural(self.warning_count(), "warning")
        )
    }
}

impl fmt::Display for Report {
    /// One problem a line; warnings are marked so they are not mistaken for errors.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.problems {
            match p.severity {
                Severity::Error => writeln!(f, "{p}")?,
                Severity::Warning => writeln!(f, "{p} (warning)")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_file_line_field_message() {
        let p = Problem::error("places/aed.csv", 7, "緯度", "not a number: `abc`");
        assert_eq!(p.to_string(), "places/aed.csv:7: 緯度: not a number: `abc`");
    }

    #[test]
    fn only_errors_fail_and_summary_counts_both() {
        let mut r = Report::new();
        r.warning("b.csv", 3, "x", "odd");
        assert!(!r.has_errors());
        r.error("a.csv", 9, "y", "bad");
        r.error("a.csv", 2, "z", "bad too");
        assert!(r.has_errors());
        assert_eq!(r.summary(), "2 errors, 1 warning");
        r.sort();
        let lines: Vec<_> = r
            .problems
            .iter()
            .map(|p| (p.file.as_str(), p.line))
            .collect();
        assert_eq!(lines, [("a.csv", 2), ("a.csv", 9), ("b.csv", 3)]);
        assert!(r.to_string().contains("b.csv:3: x: odd (warning)\n"));
    }
}
