//! Localisation: the shipped locales, negotiation from the OS language, and Fluent formatting.
//!
//! The `.ftl` files under `locales/` are embedded at build time; the web UI bundles the very same files. Text
//! for residents goes through [`Localizer::format`]; content (notices, places) carries its own per-locale
//! fields and is picked with [`content_chain`].

use std::collections::{BTreeMap, HashMap};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, ErrorRecord, Result};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The locale every chain ends in, and the city's own language.
pub const DEFAULT_LOCALE: &str = "ja";
/// やさしい日本語. Our tag for it; Fluent formats it with Japanese rules.
pub const EASY_JAPANESE: &str = "ja-easy";

/// Every shipped locale tag, in the order settings lists them.
pub const LOCALES: &[&str] = &[
    "ja", "ja-easy", "en", "pt-BR", "es", "vi", "tl", "ne", "zh-Hans", "zh-Hant", "ko", "th", "id",
    "my", "si", "km", "mn",
];

/// Whether `tag` is a locale Machi ships.
pub fn is_supported(tag: &str) -> bool {
    LOCALES.contains(&tag)
}

/// The language identifier Fluent formats a tag with (plural rules, number formatting).
fn language_of(tag: &str) -> LanguageIdentifier {
    if tag == EASY_JAPANESE {
        return unic_langid::langid!("ja");
    }
    tag.parse().unwrap_or_else(|_| unic_langid::langid!("ja"))
}

/// UI string lookup order: the locale, then Japanese (やさしい日本語 falls back to ordinary Japanese).
pub fn ui_chain(tag: &str) -> Vec<&str> {
    let mut chain = vec![tag];
    if tag != DEFAULT_LOCALE {
        chain.push(DEFAULT_LOCALE);
    }
    chain
}

/// Content lookup order: the resident's language → their second language → Japanese.
pub fn content_chain<'a>(locale: &'a str, second: &'a str) -> Vec<&'a str> {
    let mut chain = vec![locale];
    for next in [second, DEFAULT_LOCALE] {
        if !chain.contains(&next) {
            chain.push(next);
        }
    }
    chain
}

/// Picks the text for `chain` from per-locale content, or any text at all rather than nothing.
pub fn pick<'m>(text: &'m BTreeMap<String, String>, chain: &[&str]) -> &'m str {
    chain
        .iter()
        .find_map(|tag| text.get(*tag).filter(|t| !t.is_empty()))
        .or_else(|| text.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

/// `text` as a number when it is a whole number written plainly (no sign but `-`, no leading zero, at most 15
/// digits), so that it formats back to exactly the same digits.
fn whole_number(text: &str) -> Option<f64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let plain = !digits.is_empty()
        && digits.len() <= 15
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    plain.then(|| text.parse().ok()).flatten()
}

/// The default second language for content: やさしい日本語 for everyone who does not read ordinary Japanese.
pub fn default_second_locale(locale: &str) -> &'static str {
    if locale == DEFAULT_LOCALE {
        DEFAULT_LOCALE
    } else {
        EASY_JAPANESE
    }
}

/// Chooses the UI locale from the OS's preferred languages (BCP 47 tags, best first).
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    let available: Vec<LanguageIdentifier> = LOCALES
        .iter()
        .filter(|t| **t != EASY_JAPANESE)
        .map(|t| t.parse().expect("shipped tags parse"))
        .collect();
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| {
            // Filipino is `fil` on most systems; the strings are Tagalog-based Filipino.
            let r = r.as_ref().replace('_', "-");
            let r = r.split('.').next().unwrap_or_default().to_string();
            let mut parts = r.split('-');
            let r = match parts.next() {
                Some("fil") => "tl".to_string(),
                // Taiwan, Hong Kong and Macau write Traditional Chinese; a region alone would not say so.
                Some("zh")
                    if parts.any(|p| {
                        ["hant", "tw", "hk", "mo"].contains(&p.to_ascii_lowercase().as_str())
                    }) =>
                {
                    "zh-Hant".to_string()
                }
                Some("zh") => "zh-Hans".to_string(),
                _ => r,
            };
            r.split('.').next()?.parse().ok()
        })
        .collect();
    let default: LanguageIdentifier = unic_langid::langid!("ja");
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    let chosen = chosen.first().map(|l| l.to_string()).unwrap_or_default();
    LOCALES
        .iter()
        .find(|t| **t == chosen)
        .copied()
        .unwrap_or(DEFAULT_LOCALE)
}

/// The OS's preferred locale, negotiated to a shipped one.
pub fn system_locale() -> &'static str {
    let requested: Vec<String> = sys_locale::get_locales().collect();
    negotiate(&requested)
}

/// Formats Fluent messages for any shipped locale.
pub struct Localizer {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl Localizer {
    /// Loads the embedded `.ftl` files. A file that does not parse is a build defect, caught by the tests.
    pub fn embedded() -> Self {
        let mut bundles: HashMap<&'static str, FluentBundle<FluentResource>> = HashMap::new();
        for (tag, source) in embedded::FTL_SOURCES {
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    eprintln!("machi: {tag}: {} Fluent syntax error(s)", errors.len());
                    r
                }
            };
            let bundle = bundles.entry(tag).or_insert_with(|| {
                let mut b = FluentBundle::new_concurrent(vec![language_of(tag)]);
                // Isolation marks (U+2068/U+2069) would leak into notifications, the CLI and ICS files.
                b.set_use_isolating(false);
                b
            });
            if let Err(errors) = bundle.add_resource(resource) {
                eprintln!("machi: {tag}: {} duplicate Fluent message(s)", errors.len());
            }
        }
        Localizer { bundles }
    }

    /// The message `id` in `locale` (falling back along [`ui_chain`]); the id itself if no locale has it.
    pub fn format(&self, locale: &str, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            // A whole number goes in as a number, so plural variants ([one], [0]) select on it; its digits
            // format exactly as given. Anything else (ids with leading zeros, dates, decimals) stays text.
            match whole_number(v) {
                Some(n) => fluent_args.set(*k, n),
                None => fluent_args.set(*k, v.clone()),
            }
        }
        for tag in ui_chain(locale) {
            let Some(bundle) = self.bundles.get(tag) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            // What the core formats is plain text (CLI, notifications, errors): furigana keep only their bases.
            return machi_bundle::ruby::plain(&text).into_owned();
        }
        id.to_string()
    }

    /// The resident-facing message of an error.
    pub fn format_error(&self, locale: &str, record: &ErrorRecord) -> String {
        let args: Vec<(&str, String)> = record
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        let id = record.message_id();
        let text = self.format(locale, &id, &args);
        if text == id {
            // An error without its own message still reads as a sentence, never as an id.
            self.format(locale, "error-internal", &[])
        } else {
            text
        }
    }

    /// Each locale's name in its own language.
    pub fn locale_names(&self) -> Vec<(String, String)> {
        LOCALES
            .iter()
            .map(|tag| (tag.to_string(), self.format(tag, "locale-name", &[])))
            .collect()
    }

    /// Checks a requested locale tag.
    pub fn require_supported(tag: &str) -> Result<&'static str> {
        LOCALES
            .iter()
            .find(|t| **t == tag)
            .copied()
            .ok_or_else(|| Error::UnknownLocale {
                locale: tag.to_string(),
            })
    }
}

#[cfg(test)]
mod tests;
