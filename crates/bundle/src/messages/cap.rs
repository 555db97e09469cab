//! CAP 1.2 alerts (`kind = "cap"`, e.g. `messages/*.xml`): one XML file, one [`Message`].
//!
//! The file is read with roxmltree, which keeps every element's byte range, so each problem gets its line. The
//! field part of a problem is an element path (`info[2]/area[1]/polygon`), so problems in a file written on one
//! line can still be told apart. Checking goes on after a problem: a file gets every problem at once.
//!
//! What this is not: a CAP signature verifier. `ds:Signature` and elements of other namespaces are skipped;
//! what residents receive is covered by the bundle's own signature. Element order is not enforced.
//!
//! Mapping onto [`Message`] (docs/FORMATS.md has the city's view of it):
//! - several `<info>` in different `<language>`s are one message in several locales; the non-text fields come
//!   from the info in the city's default locale, else the first one;
//! - `<parameter>` `machi:category` picks the Machi category, else the first `<category>` decides;
//! - `<geocode>` `machi:area` names a city.toml area, `JIS-X-0402`/`LGCODE` with the city's code the whole city;
//! - `<parameter>` `machi:open_shelters` lists the place ids of the shelters the message opens;
//! - `System`, `Test` and `Draft`, `Ack` and `Error`, and non-`Public` scopes are not for residents: left out
//!   with a warning.

use std::collections::BTreeMap;

use base64::Engine;
use roxmltree::{Document, Node, ParsingOptions};

use super::notices::CATEGORIES;
use super::{
    category_of, check_cap_id, check_web, locale_of_language, parse_cap_category, parse_cap_time,
    parse_circle, parse_polygon, CityContext, Reference, SourcedMessage, Spot,
};
use crate::content::{
    CapCategory, Certainty, Localized, Message, MessageArea, MessageOrigin, MessageStatus, MsgType,
    Severity, Urgency,
};
use crate::problem::Report;
use crate::text::LineIndex;
use crate::SourceText;

/// The CAP 1.2 namespace: the only one accepted.
pub const CAP_1_2: &str = "urn:oasis:names:tc:emergency:cap:1.2";
/// Older CAP namespaces, named in the error so the sender knows what to change.
const OLDER_CAP: [(&str, &str); 2] = [
    ("urn:oasis:names:tc:emergency:cap:1.1", "CAP 1.1"),
    ("http://www.incident.com/cap/1.0", "CAP 1.0"),
];

/// `<geocode>` valueName of a city.toml area id.
pub const AREA_GEOCODE: &str = "machi:area";
/// `<geocode>` valueNames of a 全国地方公共団体コード (five digits, or six with the check digit).
pub const CITY_CODE_GEOCODES: [&str; 2] = ["JIS-X-0402", "LGCODE"];
/// `<parameter>` valueName of the Machi category (one of `notices::CATEGORIES`).
pub const CATEGORY_PARAMETER: &str = "machi:category";
/// `<parameter>` valueName of the shelters a message opens: place ids separated by spaces.
pub const SHELTERS_PARAMETER: &str = "machi:open_shelters";

/// The language of an `<info>` without `<language>`, per the CAP 1.2 spec.
const DEFAULT_LANGUAGE: &str = "en-US";

#[derive(Clone, Copy, PartialEq)]
enum Occurs {
    One,
    Optional,
    Many,
    OneOrMore,
}
use Occurs::*;

type Schema = &'static [(&'static str, Occurs)];

const ALERT: Schema = &[
    ("identifier", One),
    ("sender", One),
    ("sent", One),
    ("status", One),
    ("msgType", One),
    ("source", Optional),
    ("scope", One),
    ("restriction", Optional),
    ("addresses", Optional),
    ("code", Many),
    ("note", Optional),
    ("references", Optional),
    ("incidents", Optional),
    ("info", Many),
];
const INFO: Schema = &[
    ("language", Optional),
    ("category", OneOrMore),
    ("event", One),
    ("responseType", Many),
    ("urgency", One),
    ("severity", One),
    ("certainty", One),
    ("audience", Optional),
    ("eventCode", Many),
    ("effective", Optional),
    ("onset", Optional),
    ("expires", Optional),
    ("senderName", Optional),
    ("headline", Optional),
    ("description", Optional),
    ("instruction", Optional),
    ("web", Optional),
    ("contact", Optional),
    ("parameter", Many),
    ("resource", Many),
    ("area", Many),
];
const RESOURCE: Schema = &[
    ("resourceDesc", One),
    ("mimeType", One),
    ("size", Optional),
    ("uri", Optional),
    ("derefUri", Optional),
    ("digest", Optional),
];
const AREA: Schema = &[
    ("areaDesc", One),
    ("polygon", Many),
    ("circle", Many),
    ("geocode", Many),
    ("altitude", Optional),
    ("ceiling", Optional),
];
const NAME_VALUE: Schema = &[("valueName", One), ("value", One)];

/// Elements that hold other elements: always numbered in paths (`info[1]`), so a path says which one.
const CONTAINERS: [&str; 6] = [
    "info",
    "area",
    "resource",
    "parameter",
    "geocode",
    "eventCode",
];

const STATUSES: [&str; 5] = ["Actual", "Exercise", "System", "Test", "Draft"];
const MSG_TYPES: [&str; 5] = ["Alert", "Update", "Cancel", "Ack", "Error"];
const SCOPES: [&str; 3] = ["Public", "Restricted", "Private"];
const CAP_CATEGORIES: [&str; 12] = [
    "Geo",
    "Met",
    "Safety",
    "Security",
    "Rescue",
    "Fire",
    "Health",
    "Env",
    "Transport",
    "Infra",
    "CBRNE",
    "Other",
];
const RESPONSE_TYPES: [&str; 9] = [
    "Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess", "AllClear", "None",
];
const URGENCIES: [(&str, Urgency); 5] = [
    ("Immediate", Urgency::Immediate),
    ("Expected", Urgency::Expected),
    ("Future", Urgency::Future),
    ("Past", Urgency::Past),
    ("Unknown", Urgency::Unknown),
];
const SEVERITIES: [(&str, Severity); 5] = [
    ("Extreme", Severity::Extreme),
    ("Severe", Severity::Severe),
    ("Moderate", Severity::Moderate),
    ("Minor", Severity::Minor),
    ("Unknown", Severity::Unknown),
];
const CERTAINTIES: [(&str, Certainty); 5] = [
    ("Observed", Certainty::Observed),
    ("Likely", Certainty::Likely),
    ("Possible", Certainty::Possible),
    ("Unlikely", Certainty::Unlikely),
    ("Unknown", Certainty::Unknown),
];

/// Reads and checks one CAP file. `None` when it has errors or is not for residents (a warning says so).
pub fn import(src: &SourceText, city: &CityContext, report: &mut Report) -> Option<SourcedMessage> {
    let lines = LineIndex::new(src.text.as_bytes());
    let doc = parse_xml(src, report)?;
    let mut r = Reader {
        file: &src.file,
        lines,
        report,
        city,
    };
    let root = doc.root_element();
    if !r.is_cap_1_2(root) {
        return None;
    }
    let errors_before = r.report.error_count();
    let alert = r.alert(root);
    let message = r.message(&alert);
    let published = r.published(&alert);
    if r.report.error_count() > errors_before || !published {
        return None;
    }
    let message = message?;
    let inherits = alert.usable_infos().next().is_none();
    Some(SourcedMessage {
        inherits,
        file: src.file.clone(),
        id_at: Spot::new(
            alert.identifier.as_ref().map_or(alert.line, |f| f.line),
            "identifier",
        ),
        references: alert.references.clone(),
        references_at: alert.references_at.clone(),
        shelters_at: alert
            .primary()
            .and_then(|i| i.shelters.as_ref().map(|(_, at)| at.clone()))
            .unwrap_or_default(),
        message,
    })
}

/// Parses the XML; a file that is not well-formed is one error at the place the parser gave up.
fn parse_xml<'i>(src: &'i SourceText, report: &mut Report) -> Option<Document<'i>> {
    let options = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    match Document::parse_with_options(&src.text, options) {
        Ok(doc) => Some(doc),
        Err(e) => {
            let last_line = src.text.lines().count().max(1);
            let (line, message) = match e {
                roxmltree::Error::UnclosedRootNode | roxmltree::Error::UnexpectedEndOfStream => (
                    last_line,
                    "the file ends before the XML is complete (truncated?)".to_string(),
                ),
                roxmltree::Error::NoRootNode => (1, "no XML element: not a CAP alert".into()),
                roxmltree::Error::DtdDetected => (
                    1,
                    "a DTD (<!DOCTYPE …>) is not allowed in a CAP alert".into(),
                ),
                other => {
                    let pos = other.pos();
                    let text = other.to_string();
                    let suffix = format!(" at {}:{}", pos.row, pos.col);
                    let text = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
                    (pos.row as usize, format!("not well-formed XML: {text}"))
                }
            };
            report.error(&src.file, line, "xml", message);
            None
        }
    }
}

/// A checked text element and where it is.
#[derive(Debug, Clone)]
struct Field {
    text: String,
    line: usize,
    path: String,
}

/// A CAP time and its instant.
#[derive(Debug, Clone)]
struct Time {
    field: Field,
    at: i64,
}

/// What the alert block said, before it becomes a message.
struct Alert {
    line: usize,
    identifier: Option<Field>,
    sender: Option<Field>,
    sent: Option<Time>,
    status: Option<(&'static str, Field)>,
    msg_type: Option<(&'static str, Field)>,
    scope: Option<(&'static str, Field)>,
    references: Vec<Reference>,
    references_at: Spot,
    infos: Vec<Info>,
    default_locale: String,
}

impl Alert {
    /// Infos in a language Machi ships, the first of each locale.
    fn usable_infos(&self) -> impl Iterator<Item = &Info> {
        self.infos.iter().filter(|i| i.usable)
    }

    /// The info whose non-text fields the message takes: the city's default locale, else the first.
    fn primary(&self) -> Option<&Info> {
        self.usable_infos()
            .find(|i| i.locale == Some(self.default_locale.as_str()))
            .or_else(|| self.usable_infos().next())
    }
}

/// One `<info>`.
struct Info {
    path: String,
    line: usize,
    locale: Option<&'static str>,
    /// In a known locale and the first in it.
    usable: bool,
    cap_categories: Vec<CapCategory>,
    urgency: Urgency,
    severity: Severity,
    certainty: Certainty,
    effective: Option<Time>,
    onset: Option<Time>,
    expires: Option<Time>,
    web: Option<String>,
    machi_category: Option<String>,
    shelters: Option<(Vec<String>, Spot)>,
    area: MessageArea,
    event: Option<String>,
    headline: Option<String>,
    description: Option<String>,
    instruction: Option<String>,
    area_descriptions: Vec<String>,
}

impl Info {
    /// The fields that must agree between languages, as text for a warning.
    fn non_text(&self) -> Vec<(&'static str, String)> {
        let time = |t: &Option<Time>| {
            t.as_ref()
                .map_or_else(|| "none".to_string(), |t| t.field.text.clone())
        };
        let area = &self.area;
        vec![
            ("category", format!("{:?}", self.cap_categories)),
            ("urgency", format!("{:?}", self.urgency)),
            ("severity", format!("{:?}", self.severity)),
            ("certainty", format!("{:?}", self.certainty)),
            ("effective", time(&self.effective)),
            ("onset", time(&self.onset)),
            ("expires", time(&self.expires)),
            ("web", self.web.clone().unwrap_or_else(|| "none".into())),
            (
                CATEGORY_PARAMETER,
                self.machi_category.clone().unwrap_or_else(|| "none".into()),
            ),
            (
                SHELTERS_PARAMETER,
                self.shelters
                    .as_ref()
                    .map_or_else(|| "none".into(), |(s, _)| s.join(" ")),
            ),
            (
                "area",
                if area.is_whole_city() {
                    "the whole city".into()
                } else {
                    format!(
                        "ids {:?}, {} polygon(s), {} circle(s)",
                        area.ids,
                        area.polygons.len(),
                        area.circles.len()
                    )
                },
            ),
        ]
    }
}

/// The element children of one element, grouped by CAP name, each with its path.
struct Children<'a, 'i> {
    by_name: BTreeMap<&'static str, Vec<(Node<'a, 'i>, String)>>,
}

impl<'a, 'i> Children<'a, 'i> {
    fn one(&self, name: &str) -> Option<&(Node<'a, 'i>, String)> {
        self.by_name.get(name).and_then(|v| v.first())
    }

    fn all(&self, name: &str) -> &[(Node<'a, 'i>, String)] {
        self.by_name.get(name).map_or(&[], Vec::as_slice)
    }
}

struct Reader<'r> {
    file: &'r str,
    lines: LineIndex,
    report: &'r mut Report,
    city: &'r CityContext,
}

impl<'r> Reader<'r> {
    fn line(&self, node: Node) -> usize {
        self.lines.line(node.range().start)
    }

    fn error(&mut self, line: usize, field: &str, message: impl Into<String>) {
        self.report.error(self.file, line, field, message);
    }

    fn warning(&mut self, line: usize, field: &str, message: impl Into<String>) {
        self.report.warning(self.file, line, field, message);
    }

    /// The root must be a CAP 1.2 `<alert>`; older CAP versions are named.
    fn is_cap_1_2(&mut self, root: Node) -> bool {
        let line = self.line(root);
        let name = root.tag_name().name();
        let ns = root.tag_name().namespace().unwrap_or("");
        if name == "alert" && ns == CAP_1_2 {
            return true;
        }
        let message = if let Some((_, version)) = OLDER_CAP.iter().find(|(n, _)| *n == ns) {
            format!("{version} ({ns}); only CAP 1.2 ({CAP_1_2}) is published")
        } else if name == "alert" {
            format!("namespace `{ns}` is not CAP 1.2 ({CAP_1_2})")
        } else {
            format!("root element <{name}> is not a CAP 1.2 <alert>")
        };
        self.error(line, "alert", message);
        false
    }

    /// Groups the CAP children of `parent` and checks how often each occurs. Elements of other namespaces
    /// (`ds:Signature`, extensions) are skipped; unknown CAP elements get a warning.
    fn children<'a, 'i>(
        &mut self,
        parent: Node<'a, 'i>,
        path: &str,
        schema: Schema,
    ) -> Children<'a, 'i> {
        let mut nodes: BTreeMap<&'static str, Vec<Node<'a, 'i>>> = BTreeMap::new();
        for child in parent.children().filter(Node::is_element) {
            if child.tag_name().namespace() != Some(CAP_1_2) {
                continue;
            }
            let name = child.tag_name().name();
            match schema.iter().find(|(n, _)| *n == name) {
                Some((known, _)) => nodes.entry(known).or_default().push(child),
                None => {
                    let line = self.line(child);
                    self.warning(
                        line,
                        &join(path, name),
                        format!("unknown CAP 1.2 element <{name}>; ignored"),
                    );
                }
            }
        }
        let parent_line = self.line(parent);
        let mut by_name = BTreeMap::new();
        for &(name, occurs) in schema {
            let found = nodes.remove(name).unwrap_or_default();
            if found.is_empty() && matches!(occurs, One | OneOrMore) {
                self.error(parent_line, &join(path, name), "required element missing");
            }
            if found.len() > 1 && matches!(occurs, One | Optional) {
                let line = self.line(found[1]);
                let first = self.line(found[0]);
                self.error(
                    line,
                    &join(path, name),
                    format!(
                        "appears {} times (first at line {first}); CAP allows one",
                        found.len()
                    ),
                );
            }
            let numbered = CONTAINERS.contains(&name) || found.len() > 1;
            let with_paths = found
                .into_iter()
                .enumerate()
                .map(|(i, n)| {
                    let p = if numbered {
                        join(path, &format!("{name}[{}]", i + 1))
                    } else {
                        join(path, name)
                    };
                    (n, p)
                })
                .collect();
            by_name.insert(name, with_paths);
        }
        Children { by_name }
    }

    /// The text of a leaf element, trimmed; an element inside is an error.
    fn text(&mut self, node: Node, path: &str) -> Field {
        let line = self.line(node);
        if node.children().any(|c| c.is_element()) {
            self.error(line, path, "holds elements; CAP expects text here");
        }
        let text: String = node
            .children()
            .filter(Node::is_text)
            .filter_map(|c| c.text())
            .collect();
        Field {
            text: text.trim().to_string(),
            line,
            path: path.to_string(),
        }
    }

    fn field(&mut self, children: &Children, name: &str) -> Option<Field> {
        let (node, path) = children.one(name)?.clone();
        Some(self.text(node, &path))
    }

    /// A required text that must not be empty.
    fn non_empty(&mut self, children: &Children, name: &str) -> Option<Field> {
        let f = self.field(children, name)?;
        if f.text.is_empty() {
            self.error(f.line, &f.path, "must not be empty");
            return None;
        }
        Some(f)
    }

    fn cap_id(&mut self, children: &Children, name: &str) -> Option<Field> {
        let f = self.non_empty(children, name)?;
        if let Err(e) = check_cap_id(&f.text) {
            self.error(f.line, &f.path, e);
            return None;
        }
        Some(f)
    }

    fn time_of(&mut self, f: Field) -> Option<Time> {
        match parse_cap_time(&f.text) {
            Ok(t) => Some(Time {
                at: t.timestamp(),
                field: f,
            }),
            Err(e) => {
                self.error(f.line, &f.path, e);
                None
            }
        }
    }

    fn time(&mut self, children: &Children, name: &str) -> Option<Time> {
        let f = self.field(children, name)?;
        self.time_of(f)
    }

    /// One of the values CAP allows, spelled as CAP spells it.
    fn keyword(
        &mut self,
        f: Field,
        what: &str,
        allowed: &[&'static str],
    ) -> Option<(&'static str, Field)> {
        match allowed.iter().find(|a| **a == f.text) {
            Some(k) => Some((k, f)),
            None => {
                self.error(
                    f.line,
                    &f.path,
                    format!(
                        "unknown {what} `{}` (CAP 1.2: {})",
                        f.text,
                        allowed.join(", ")
                    ),
                );
                None
            }
        }
    }

    fn keyword_of(
        &mut self,
        children: &Children,
        name: &str,
        allowed: &[&'static str],
    ) -> Option<(&'static str, Field)> {
        let f = self.field(children, name)?;
        self.keyword(f, name, allowed)
    }

    fn alert(&mut self, root: Node) -> Alert {
        let line = self.line(root);
        let c = self.children(root, "", ALERT);
        let identifier = self.cap_id(&c, "identifier");
        let sender = self.cap_id(&c, "sender");
        let sent = self.time(&c, "sent");
        let status = self.keyword_of(&c, "status", &STATUSES);
        let msg_type = self.keyword_of(&c, "msgType", &MSG_TYPES);
        let scope = self.keyword_of(&c, "scope", &SCOPES);
        for leaf in ["source", "restriction", "note", "incidents"] {
            self.field(&c, leaf);
        }
        for (node, path) in c.all("code") {
            self.text(*node, path);
        }
        let addresses = self.field(&c, "addresses");
        if let Some((s, f)) = &scope {
            if *s == "Private" && addresses.as_ref().is_none_or(|a| a.text.is_empty()) {
                self.error(
                    f.line,
                    "addresses",
                    "required when scope is Private (CAP 1.2 §3.2.1)",
                );
            }
        }
        let (references, references_at) = match self.field(&c, "references") {
            Some(f) => (self.references(&f), Spot::new(f.line, f.path)),
            None => (
                Vec::new(),
                Spot::new(
                    msg_type.as_ref().map_or(line, |(_, f)| f.line),
                    "references",
                ),
            ),
        };
        let mut infos: Vec<Info> = c
            .all("info")
            .iter()
            .map(|(node, path)| self.info(*node, path))
            .collect();
        self.pick_languages(&mut infos);
        Alert {
            line,
            identifier,
            sender,
            sent,
            status,
            msg_type,
            scope,
            references,
            references_at,
            infos,
            default_locale: self.city.default_locale.clone(),
        }
    }

    /// `sender,identifier,sent` entries separated by whitespace.
    fn references(&mut self, f: &Field) -> Vec<Reference> {
        if f.text.is_empty() {
            self.error(
                f.line,
                &f.path,
                "empty: list the messages as sender,identifier,sent",
            );
            return Vec::new();
        }
        let mut out = Vec::new();
        for entry in f.text.split_whitespace() {
            let parts: Vec<&str> = entry.split(',').collect();
            let [sender, id, sent] = parts[..] else {
                self.error(
                    f.line,
                    &f.path,
                    format!("`{entry}` is not sender,identifier,sent"),
                );
                continue;
            };
            let mut ok = true;
            for value in [sender, id] {
                if let Err(e) = check_cap_id(value) {
                    self.error(f.line, &f.path, format!("in `{entry}`: {e}"));
                    ok = false;
                }
            }
            if let Err(e) = parse_cap_time(sent) {
                self.error(f.line, &f.path, format!("in `{entry}`: {e}"));
                ok = false;
            }
            if ok {
                out.push(Reference {
                    id: id.to_string(),
                    sender: Some(sender.to_string()),
                    sent: Some(sent.to_string()),
                });
            }
        }
        out
    }

    fn info(&mut self, node: Node, path: &str) -> Info {
        let line = self.line(node);
        let c = self.children(node, path, INFO);
        let locale = self.locale(&c, path, line);
        let mut cap_categories = Vec::new();
        for (n, p) in c.all("category") {
            let f = self.text(*n, p);
            if let Some((k, _)) = self.keyword(f, "category", &CAP_CATEGORIES) {
                cap_categories.extend(parse_cap_category(k));
            }
        }
        for (n, p) in c.all("responseType") {
            let f = self.text(*n, p);
            self.keyword(f, "responseType", &RESPONSE_TYPES);
        }
        let urgency = self.value_of(&c, "urgency", &URGENCIES);
        let severity = self.value_of(&c, "severity", &SEVERITIES);
        let certainty = self.value_of(&c, "certainty", &CERTAINTIES);
        let effective = self.time(&c, "effective");
        let onset = self.time(&c, "onset");
        let expires = self.time(&c, "expires");
        let web = self.web(&c);
        for leaf in ["audience", "senderName", "contact"] {
            self.field(&c, leaf);
        }
        for (n, p) in c.all("eventCode") {
            self.name_value(*n, p);
        }
        let (machi_category, shelters) = self.parameters(&c);
        for (n, p) in c.all("resource") {
            self.resource(*n, p);
        }
        let (area, area_descriptions) = self.areas(&c);
        let event = self.field(&c, "event").map(|f| tidy(&f.text, false));
        let headline = self.field(&c, "headline").map(|f| tidy(&f.text, false));
        let description = self.field(&c, "description").map(|f| tidy(&f.text, true));
        let instruction = self.field(&c, "instruction").map(|f| tidy(&f.text, true));
        Info {
            path: path.to_string(),
            line,
            locale,
            usable: locale.is_some(),
            cap_categories,
            urgency,
            severity,
            certainty,
            effective,
            onset,
            expires,
            web,
            machi_category,
            shelters,
            area,
            event,
            headline,
            description,
            instruction,
            area_descriptions,
        }
    }

    /// Machi's locale for the info's `<language>` (`en-US` when missing); a language Machi does not ship is a
    /// warning, and the info is left out.
    fn locale(&mut self, c: &Children, path: &str, info_line: usize) -> Option<&'static str> {
        let language = self.field(c, "language");
        let tag = language
            .as_ref()
            .map_or(DEFAULT_LANGUAGE, |f| f.text.as_str());
        let locale = locale_of_language(tag);
        if locale.is_none() {
            let (line, field) = language
                .as_ref()
                .map_or((info_line, join(path, "language")), |f| {
                    (f.line, f.path.clone())
                });
            self.warning(
                line,
                &field,
                format!("language `{tag}` is not one of Machi's locales; this <info> is left out"),
            );
        }
        locale
    }

    /// One of CAP's values, as our enum; the default (`Unknown`) when missing or wrong (both reported).
    fn value_of<T: Copy + Default>(
        &mut self,
        c: &Children,
        name: &str,
        table: &[(&'static str, T)],
    ) -> T {
        let names: Vec<&'static str> = table.iter().map(|(n, _)| *n).collect();
        self.keyword_of(c, name, &names)
            .and_then(|(k, _)| table.iter().find(|(n, _)| *n == k))
            .map_or_else(T::default, |(_, v)| *v)
    }

    fn web(&mut self, c: &Children) -> Option<String> {
        let f = self.field(c, "web")?;
        match check_web(&f.text) {
            Ok(()) => Some(f.text),
            Err(e) => {
                self.error(f.line, &f.path, e);
                None
            }
        }
    }

    /// The union of the info's `<area>`s and their descriptions. No `<area>`, or one that is the whole city,
    /// makes the whole info the whole city.
    fn areas(&mut self, c: &Children) -> (MessageArea, Vec<String>) {
        let mut area = MessageArea::default();
        let mut whole_city = c.all("area").is_empty();
        let mut descriptions = Vec::new();
        for (n, p) in c.all("area") {
            let (a, whole, desc) = self.area(*n, p);
            whole_city |= whole;
            area.ids.extend(a.ids);
            area.polygons.extend(a.polygons);
            area.circles.extend(a.circles);
            descriptions.extend(desc);
        }
        if whole_city {
            area = MessageArea::default();
        }
        area.ids.sort();
        area.ids.dedup();
        (area, descriptions)
    }

    /// A `<valueName>`/`<value>` pair (parameter, geocode, eventCode).
    fn name_value(&mut self, node: Node, path: &str) -> Option<(Field, Field)> {
        let c = self.children(node, path, NAME_VALUE);
        let name = self.field(&c, "valueName");
        let value = self.field(&c, "value");
        Some((name?, value?))
    }

    /// `machi:category` and `machi:open_shelters`; other parameters are the sender's business.
    fn parameters(&mut self, c: &Children) -> (Option<String>, Option<(Vec<String>, Spot)>) {
        let mut category = None;
        let mut shelters = None;
        for (n, p) in c.all("parameter") {
            let Some((name, value)) = self.name_value(*n, p) else {
                continue;
            };
            match name.text.as_str() {
                CATEGORY_PARAMETER => {
                    if CATEGORIES.contains(&value.text.as_str()) {
                        category.get_or_insert(value.text);
                    } else {
                        self.error(
                            value.line,
                            &value.path,
                            format!(
                                "unknown {CATEGORY_PARAMETER} `{}` (known: {})",
                                value.text,
                                CATEGORIES.join(", ")
                            ),
                        );
                    }
                }
                SHELTERS_PARAMETER => {
                    let ids: Vec<String> =
                        value.text.split_whitespace().map(str::to_string).collect();
                    if ids.is_empty() {
                        self.error(
                            value.line,
                            &value.path,
                            "empty: list the place ids of the shelters, separated by spaces",
                        );
                    } else {
                        shelters.get_or_insert((ids, Spot::new(value.line, value.path)));
                    }
                }
                other if other.starts_with("machi:") => {
                    self.warning(
                        name.line,
                        &name.path,
                        format!(
                            "unknown Machi parameter `{other}` (known: {CATEGORY_PARAMETER}, {SHELTERS_PARAMETER}); ignored"
                        ),
                    );
                }
                _ => {}
            }
        }
        (category, shelters)
    }

    fn resource(&mut self, node: Node, path: &str) {
        let c = self.children(node, path, RESOURCE);
        self.non_empty(&c, "resourceDesc");
        self.non_empty(&c, "mimeType");
        for leaf in ["uri", "digest"] {
            self.field(&c, leaf);
        }
        if let Some(f) = self.field(&c, "size") {
            if f.text.parse::<u64>().is_err() {
                self.error(
                    f.line,
                    &f.path,
                    format!("`{}` is not a size in bytes", f.text),
                );
            }
        }
        if let Some(f) = self.field(&c, "derefUri") {
            let data: String = f.text.split_ascii_whitespace().collect();
            if let Err(e) = base64::engine::general_purpose::STANDARD.decode(data.as_bytes()) {
                self.error(f.line, &f.path, format!("not valid base64 ({e})"));
            }
        }
    }

    /// One `<area>`: its narrowing (area ids, polygons, circles), whether it is the whole city, and `areaDesc`.
    fn area(&mut self, node: Node, path: &str) -> (MessageArea, bool, Option<String>) {
        let c = self.children(node, path, AREA);
        let desc = self.field(&c, "areaDesc").map(|f| tidy(&f.text, false));
        let mut area = MessageArea::default();
        for (n, p) in c.all("polygon") {
            let f = self.text(*n, p);
            if f.text.is_empty() {
                self.warning(f.line, &f.path, "empty polygon; ignored");
                continue;
            }
            match parse_polygon(&f.text) {
                Ok(points) => area.polygons.push(points),
                Err(e) => self.error(f.line, &f.path, e),
            }
        }
        for (n, p) in c.all("circle") {
            let f = self.text(*n, p);
            match parse_circle(&f.text) {
                Ok(circle) => area.circles.push(circle),
                Err(e) => self.error(f.line, &f.path, e),
            }
        }
        let mut whole_city = false;
        let geocodes = c.all("geocode");
        for (n, p) in geocodes {
            let Some((name, value)) = self.name_value(*n, p) else {
                continue;
            };
            if name.text == AREA_GEOCODE {
                if self.city.area_ids.contains(&value.text) {
                    area.ids.push(value.text);
                } else {
                    self.error(
                        value.line,
                        &value.path,
                        format!(
                            "unknown area id `{}` (not an [[areas]] id in city.toml)",
                            value.text
                        ),
                    );
                }
            } else if CITY_CODE_GEOCODES.contains(&name.text.as_str()) {
                let v = &value.text;
                if !(v.len() == 5 || v.len() == 6) || !v.bytes().all(|b| b.is_ascii_digit()) {
                    self.error(
                        value.line,
                        &value.path,
                        format!("`{v}` is not a 全国地方公共団体コード (5 digits, or 6 with the check digit)"),
                    );
                } else if self.city.is_city_code(v) {
                    whole_city = true;
                } else {
                    self.warning(
                        value.line,
                        &value.path,
                        format!("`{v}` is not this city ({}); ignored", self.city.code),
                    );
                }
            }
        }
        for leaf in ["altitude", "ceiling"] {
            if let Some(f) = self.field(&c, leaf) {
                if f.text.parse::<f64>().map_or(true, |v| !v.is_finite()) {
                    self.error(f.line, &f.path, format!("`{}` is not a number", f.text));
                }
            }
        }
        if c.one("ceiling").is_some() && c.one("altitude").is_none() {
            let line = self.line(node);
            self.error(
                line,
                &join(path, "ceiling"),
                "only allowed together with <altitude>",
            );
        }
        if area.is_whole_city() && !whole_city && !geocodes.is_empty() {
            let line = self.line(node);
            self.warning(
                line,
                path,
                format!("no {AREA_GEOCODE} geocode, city code, polygon or circle that Machi reads: treated as the whole city"),
            );
        }
        let whole = whole_city || area.is_whole_city();
        (area, whole, desc)
    }

    /// Marks the infos the message is made of: one per known locale, the first. Warns about later infos whose
    /// non-text fields differ from the primary one's.
    fn pick_languages(&mut self, infos: &mut [Info]) {
        let mut seen: BTreeMap<&'static str, String> = BTreeMap::new();
        for info in infos.iter_mut() {
            let Some(locale) = info.locale else { continue };
            if let Some(first) = seen.get(locale) {
                self.report.warning(
                    self.file,
                    info.line,
                    &info.path,
                    format!("a second <info> in `{locale}` (first: {first}); left out"),
                );
                info.usable = false;
            } else {
                seen.insert(locale, info.path.clone());
            }
        }
        let default = self.city.default_locale.as_str();
        let primary = infos
            .iter()
            .position(|i| i.usable && i.locale == Some(default))
            .or_else(|| infos.iter().position(|i| i.usable));
        let Some(p) = primary else { return };
        let reference = infos[p].non_text();
        for (i, info) in infos.iter().enumerate() {
            if i == p || !info.usable {
                continue;
            }
            for ((name, mine), (_, theirs)) in info.non_text().iter().zip(&reference) {
                if mine != theirs {
                    self.report.warning(
                        self.file,
                        info.line,
                        &info.path,
                        format!(
                            "{name} differs from {} ({mine}, not {theirs}); {}'s is used",
                            infos[p].path, infos[p].path
                        ),
                    );
                }
            }
        }
    }

    /// Whether the alert is for residents; warns when it is not.
    fn published(&mut self, alert: &Alert) -> bool {
        let not_for_residents = [
            alert
                .status
                .as_ref()
                .filter(|(s, _)| !matches!(*s, "Actual" | "Exercise")),
            alert
                .msg_type
                .as_ref()
                .filter(|(t, _)| matches!(*t, "Ack" | "Error")),
            alert.scope.as_ref().filter(|(s, _)| *s != "Public"),
        ];
        let mut published = true;
        for (value, f) in not_for_residents.into_iter().flatten() {
            self.warning(
                f.line,
                &f.path,
                format!("`{value}`: not published to residents"),
            );
            published = false;
        }
        published
    }

    /// The message the alert makes, when its required parts are there.
    fn message(&mut self, alert: &Alert) -> Option<Message> {
        let primary = alert.primary();
        let written_type = alert.msg_type.as_ref().map(|(t, _)| *t);
        let msg_type = match written_type {
            Some("Update") => MsgType::Update,
            Some("Cancel") => MsgType::Cancel,
            _ => MsgType::Alert,
        };
        if primary.is_none() && matches!(written_type, Some("Alert" | "Update")) {
            let what = if alert.infos.is_empty() {
                "no <info>"
            } else {
                "no <info> in a language Machi shows"
            };
            self.error(
                alert.line,
                "info",
                format!(
                    "{what}: residents would get an empty message (only a Cancel may have none)"
                ),
            );
        }
        if let (Some(p), false) = (
            primary,
            alert
                .usable_infos()
                .any(|i| i.locale == Some(alert.default_locale.as_str())),
        ) {
            self.warning(
                p.line,
                &p.path,
                format!(
                    "no <info> in the city's default locale `{}`; the non-text fields come from this one",
                    alert.default_locale
                ),
            );
        }
        if let (Some(sent), Some(expires)) = (&alert.sent, primary.and_then(|p| p.expires.as_ref()))
        {
            if expires.at < sent.at {
                self.warning(
                    expires.field.line,
                    &expires.field.path,
                    "expires before the alert is sent: residents never see it as current",
                );
            }
        }
        let text = |get: fn(&Info) -> Option<&String>| -> Localized {
            alert
                .usable_infos()
                .filter_map(|i| Some((i.locale?.to_string(), get(i)?.clone())))
                .filter(|(_, t)| !t.is_empty())
                .collect()
        };
        let event = text(|i| i.event.as_ref());
        let headline = text(|i| i.headline.as_ref());
        let description = text(|i| i.description.as_ref());
        let instruction = text(|i| i.instruction.as_ref());
        let area_description: Localized = alert
            .usable_infos()
            .filter(|i| !i.area_descriptions.is_empty())
            .filter_map(|i| Some((i.locale?.to_string(), i.area_descriptions.join(" / "))))
            .collect();
        let status = match alert.status.as_ref().map(|(s, _)| *s) {
            Some("Exercise") => MessageStatus::Exercise,
            _ => MessageStatus::Actual,
        };
        let category = primary.map_or_else(String::new, |p| {
            p.machi_category.clone().unwrap_or_else(|| {
                p.cap_categories
                    .first()
                    .map_or("city", |c| category_of(*c))
                    .to_string()
            })
        });
        let mut area = primary.map(|p| p.area.clone()).unwrap_or_default();
        area.description = area_description;
        let time = |t: Option<&Time>| t.map(|t| t.field.text.clone());
        Some(Message {
            id: alert.identifier.as_ref()?.text.clone(),
            sender: alert.sender.as_ref()?.text.clone(),
            sent: alert.sent.as_ref()?.field.text.clone(),
            status,
            msg_type,
            references: alert.references.iter().map(|r| r.id.clone()).collect(),
            category,
            cap_categories: primary
                .map(|p| p.cap_categories.clone())
                .unwrap_or_default(),
            event,
            urgency: primary.map(|p| p.urgency).unwrap_or_default(),
            severity: primary.map(|p| p.severity).unwrap_or_default(),
            certainty: primary.map(|p| p.certainty).unwrap_or_default(),
            effective: time(primary.and_then(|p| p.effective.as_ref())),
            onset: time(primary.and_then(|p| p.onset.as_ref())),
            expires: time(primary.and_then(|p| p.expires.as_ref())),
            headline,
            description,
            instruction,
            web: primary.and_then(|p| p.web.clone()),
            area,
            opens_shelters: primary
                .and_then(|p| p.shelters.as_ref().map(|(s, _)| s.clone()))
                .unwrap_or_default(),
            origin: MessageOrigin::Cap,
        })
    }
}

/// `parent/name`, or `name` at the top.
fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}/{name}")
    }
}

/// Removes the indentation XML files carry inside text. Long texts keep their line breaks; short ones (event,
/// headline, areaDesc) become one line.
fn tidy(text: &str, keep_lines: bool) -> String {
    if keep_lines {
        text.lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}
