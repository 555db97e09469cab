use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// message id → the set of variables it uses, for one locale (all its files).
fn messages_of(tag: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (t, source) in embedded::FTL_SOURCES.iter().filter(|(t, _)| *t == tag) {
        let resource = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("{t}: Fluent syntax errors: {errors:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    collect_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    collect_vars(&a.value, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
    }
    out
}

fn collect_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expr_vars(expression, vars);
        }
    }
}

fn collect_expr_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            collect_inline_vars(selector, vars);
            for v in variants {
                collect_vars(&v.value, vars);
            }
        }
    }
}

fn collect_inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expr_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_shipped_locale_has_files() {
    for tag in LOCALES {
        assert!(
            embedded::FTL_SOURCES.iter().any(|(t, _)| t == tag),
            "locales/{tag}/ has no .ftl file"
        );
    }
    for (tag, _) in embedded::FTL_SOURCES {
        assert!(is_supported(tag), "locales/{tag}/ is not in LOCALES");
    }
}

#[test]
fn every_locale_has_exactly_the_keys_and_variables_of_japanese() {
    let reference = messages_of(DEFAULT_LOCALE);
    assert!(
        reference.len() > 20,
        "ja has only {} messages",
        reference.len()
    );
    let mut problems = vec![];
    for tag in LOCALES.iter().filter(|t| **t != DEFAULT_LOCALE) {
        let messages = messages_of(tag);
        for (id, vars) in &reference {
            match messages.get(id) {
                None => problems.push(format!("{tag}: missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{tag}: {id} uses {v:?}, ja uses {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in messages.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is not in ja"));
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn errors_have_messages_in_every_locale() {
    let l10n = Localizer::embedded();
    for tag in LOCALES {
        let rollback = Error::SyncRollback {
            held: 20,
            offered: 10,
        }
        .record();
        let text = l10n.format_error(tag, &rollback);
        assert!(text.contains("20") && text.contains("10"), "{tag}: {text}");
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{tag}: isolation marks leak"
        );
        let internal = l10n.format_error(tag, &Error::Internal("secret detail".into()).record());
        assert!(
            !internal.contains("secret"),
            "{tag}: internal details must not be shown"
        );
    }
}

/// What a resident reads never shows the code's vocabulary: each kind of missing thing has its own sentence in
/// every locale (a translator who drops a variant makes two kinds read alike), sizes carry their unit.
#[test]
fn not_found_and_too_large_read_as_sentences_for_residents() {
    use crate::error::{Missing, SYNC_WHOLE_BUNDLE};
    let l10n = Localizer::embedded();
    for tag in LOCALES {
        let texts: BTreeSet<String> = Missing::ALL
            .iter()
            .map(|&what| {
                let text = l10n.format_error(
                    tag,
                    &Error::NotFound {
                        what,
                        id: "X-42".into(),
                    }
                    .record(),
                );
                // The selector's own words (`city_data`, `operation`) never reach the screen.
                assert!(
                    !text.contains("operation") && !text.contains("city_data"),
                    "{tag}: {text}"
                );
                text
            })
            .collect();
        assert_eq!(
            texts.len(),
            Missing::ALL.len(),
            "{tag}: two kinds read alike: {texts:?}"
        );
        for what in [SYNC_WHOLE_BUNDLE, "c/0123.json"] {
            let text = l10n.format_error(
                tag,
                &Error::SyncTooLarge {
                    what: what.into(),
                    limit: 8 * 1024 * 1024,
                }
                .record(),
            );
            assert!(
                text.contains("8 MB"),
                "{tag}: the limit has its unit: {text}"
            );
            assert!(
                !text.contains("c/0123") && !text.contains("bundle"),
                "{tag}: {text}"
            );
        }
    }
}

#[test]
fn sizes_read_with_their_unit() {
    use crate::error::human_size;
    assert_eq!(human_size(8 * 1024 * 1024), "8 MB");
    assert_eq!(human_size(1536 * 1024), "1.5 MB");
    assert_eq!(human_size(64 * 1024), "64 KB");
    assert_eq!(human_size(900), "900 B");
}

#[test]
fn easy_japanese_differs_from_japanese_and_falls_back_to_it() {
    let l10n = Localizer::embedded();
    assert_ne!(
        l10n.format("ja-easy", "locale-name", &[]),
        l10n.format("ja", "locale-name", &[])
    );
    // An id only Japanese could have still renders for やさしい日本語 rather than showing the id.
    assert_eq!(ui_chain("ja-easy"), vec!["ja-easy", "ja"]);
    assert_eq!(l10n.format("ja", "no-such-message", &[]), "no-such-message");
}

#[test]
fn negotiation_maps_system_languages_to_shipped_locales() {
    assert_eq!(negotiate(&["pt-BR"]), "pt-BR");
    assert_eq!(negotiate(&["pt-PT"]), "pt-BR");
    assert_eq!(negotiate(&["es-PE"]), "es");
    assert_eq!(negotiate(&["vi-VN"]), "vi");
    assert_eq!(negotiate(&["fil-PH"]), "tl");
    assert_eq!(negotiate(&["ne-NP"]), "ne");
    assert_eq!(negotiate(&["zh-CN"]), "zh-Hans");
    assert_eq!(negotiate(&["zh_TW.UTF-8"]), "zh-Hant");
    assert_eq!(negotiate(&["zh-HK"]), "zh-Hant");
    assert_eq!(negotiate(&["my-MM"]), "my");
    assert_eq!(negotiate(&["si-LK"]), "si");
    assert_eq!(negotiate(&["km-KH"]), "km");
    assert_eq!(negotiate(&["mn-MN"]), "mn");
    assert_eq!(negotiate(&["ko-KR"]), "ko");
    assert_eq!(negotiate(&["th-TH"]), "th");
    assert_eq!(negotiate(&["id-ID"]), "id");
    assert_eq!(negotiate(&["en_US.UTF-8"]), "en");
    assert_eq!(negotiate(&["ja-JP"]), "ja");
    assert_eq!(negotiate(&["de-DE", "vi"]), "vi");
    assert_eq!(negotiate(&["de-DE"]), "ja");
    assert_eq!(negotiate::<&str>(&[]), "ja");
}

#[test]
fn content_falls_back_through_second_language_to_japanese() {
    let text: BTreeMap<String, String> = [("ja", "避難所"), ("ja-easy", "にげる ところ")]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .into();
    assert_eq!(
        pick(&text, &content_chain("ne", "ja-easy")),
        "にげる ところ"
    );
    assert_eq!(pick(&text, &content_chain("ne", "ja")), "避難所");
    assert_eq!(
        pick(&text, &content_chain("ja-easy", "ja-easy")),
        "にげる ところ"
    );
    assert_eq!(default_second_locale("vi"), "ja-easy");
    assert_eq!(default_second_locale("ja"), "ja");
}

#[test]
fn tags_parse_for_formatting() {
    for tag in LOCALES {
        let id = language_of(tag);
        assert!(!id.language.as_str().is_empty(), "{tag}");
    }
    assert_eq!(language_of("ja-easy").to_string(), "ja");
    assert_eq!(language_of("zh-Hans").to_string(), "zh-Hans");
}

/// What the core formats (CLI lines, notifications, errors) picks plural variants by the number it is given, and
/// leaves ids, dates and codes exactly as written.
#[test]
fn counts_select_their_plural_and_other_values_stay_as_written() {
    let l10n = Localizer::embedded();
    assert_eq!(
        l10n.format("en", "waste-missing-count", &[("count", "1".into())]),
        "once"
    );
    assert_eq!(
        l10n.format("en", "waste-missing-count", &[("count", "3".into())]),
        "3 times"
    );
    assert_eq!(
        l10n.format(
            "en",
            "waste-missing-sent",
            &[("count", "0".into()), ("host", "x".into())]
        ),
        "There were no words left to send."
    );
    // A long number passed as a number still prints its digits exactly (no grouping, no exponent).
    assert!(l10n
        .format(
            "en",
            "error-sync-http-status",
            &[("status", "123456789012345".into())]
        )
        .contains("123456789012345"));
    for (text, number) in [("0", Some(0.0)), ("42", Some(42.0)), ("-3", Some(-3.0))] {
        assert_eq!(whole_number(text), number, "{text}");
    }
    for text in [
        "0001",
        "2026-12-01",
        "2.5",
        "",
        "-",
        "1e3",
        "1234567890123456",
    ] {
        assert_eq!(whole_number(text), None, "{text}");
    }
}
