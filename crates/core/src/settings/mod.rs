//! The resident's settings: language, second language for content, font size, contrast, home area and which
//! notices may notify them. They live only on the device.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n;
use crate::inbox::notify::QuietHours;
use crate::waste::reminders::WasteReminders;

/// The notice categories a resident can mute or follow: the ones the city's notices are filed under.
pub const NOTIFICATION_CATEGORIES: &[&str] = &machi_bundle::notices::CATEGORIES;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FontScale {
    Normal,
    Large,
    Xlarge,
}

impl FontScale {
    fn as_str(self) -> &'static str {
        match self {
            FontScale::Normal => "normal",
            FontScale::Large => "large",
            FontScale::Xlarge => "xlarge",
        }
    }
    fn parse(s: &str) -> Result<Self> {
        match s {
            "normal" => Ok(FontScale::Normal),
            "large" => Ok(FontScale::Large),
            "xlarge" => Ok(FontScale::Xlarge),
            other => Err(Error::InvalidInput {
                detail: format!("font_scale: {other}"),
            }),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Settings {
    pub locale: String,
    pub second_locale: String,
    pub font_scale: FontScale,
    pub high_contrast: bool,
    pub home_area: Option<String>,
    /// Notification category → on/off, for every category of [`NotificationCategory`].
    #[ts(type = "Record<NotificationCategory, boolean>")]
    pub notifications: BTreeMap<String, bool>,
    /// The language the "back" button of やさしい日本語 returns to: the one chosen before it (default `ja`).
    pub easy_return_locale: String,
    /// Hours in which only Extreme or Immediate alerts notify.
    pub quiet_hours: Option<QuietHours>,
    /// Start Machi (in the tray) when the resident logs in, so alerts arrive with the window closed.
    pub start_at_login: bool,
    /// The most messages the inbox keeps; the oldest read, unpinned ones go first.
    pub inbox_cap: u32,
    /// When to be reminded to put the waste out.
    pub waste_reminders: WasteReminders,
    /// Readings over kanji (furigana): `null` follows the language (on for やさしい日本語).
    pub furigana: Option<bool>,
}

/// A change to some settings; absent fields stay as they are. `home_area: null` clears the home area.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SettingsPatch {
    #[ts(optional)]
    pub locale: Option<String>,
    #[ts(optional)]
    pub second_locale: Option<String>,
    #[ts(optional)]
    pub font_scale: Option<FontScale>,
    #[ts(optional)]
    pub high_contrast: Option<bool>,
    /// `null` clears the home area; absent leaves it.
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[ts(optional, type = "string | null")]
    pub home_area: Option<Option<String>>,
    #[ts(optional, type = "Partial<Record<NotificationCategory, boolean>>")]
    pub notifications: Option<BTreeMap<String, bool>>,
    /// `null` switches quiet hours off.
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[ts(optional, type = "QuietHours | null")]
    pub quiet_hours: Option<Option<QuietHours>>,
    #[ts(optional)]
    pub start_at_login: Option<bool>,
    #[ts(optional)]
    pub inbox_cap: Option<u32>,
    #[ts(optional)]
    pub waste_reminders: Option<WasteReminders>,
    /// `null` follows the language again.
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[ts(optional, type = "boolean | null")]
    pub furigana: Option<Option<bool>>,
}

fn double_option<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

impl Settings {
    /// First start: the OS language, every notification category on.
    pub fn first_start(locale: &str) -> Settings {
        Settings {
            locale: locale.to_string(),
            second_locale: i18n::default_second_locale(locale).to_string(),
            font_scale: FontScale::Normal,
            high_contrast: false,
            home_area: None,
            notifications: NOTIFICATION_CATEGORIES
                .iter()
                .map(|c| (c.to_string(), true))
                .collect(),
            easy_return_locale: return_locale_for(locale).to_string(),
            quiet_hours: None,
            start_at_login: false,
            inbox_cap: crate::inbox::DEFAULT_CAP,
            waste_reminders: WasteReminders::default(),
            furigana: None,
        }
    }
}

/// Reads the settings, writing first-start defaults (with `system_locale`) when there are none yet.
pub fn load(conn: &Connection, system_locale: &str) -> Result<Settings> {
    let row = conn
        .query_row(
            "SELECT locale, second_locale, font_scale, high_contrast, home_area, notifications, locale_before_easy,
                 quiet_hours, start_at_login, inbox_cap, waste_reminders, furigana
             FROM resident.settings WHERE id = 1",
            [],
            |r| {
                Ok(Stored {
                    locale: r.get(0)?,
                    second_locale: r.get(1)?,
                    font_scale: r.get(2)?,
                    high_contrast: r.get(3)?,
                    home_area: r.get(4)?,
                    notifications: r.get(5)?,
                    before_easy: r.get(6)?,
                    quiet_hours: r.get(7)?,
                    start_at_login: r.get(8)?,
                    inbox_cap: r.get(9)?,
                    waste_reminders: r.get(10)?,
                    furigana: r.get(11)?,
                })
            },
        )
        .optional()?;
    let Some(row) = row else {
        let settings = Settings::first_start(system_locale);
        save(conn, &settings)?;
        return Ok(settings);
    };
    let easy_return_locale = row
        .before_easy
        .filter(|t| i18n::is_supported(t) && t != i18n::EASY_JAPANESE)
        .unwrap_or_else(|| return_locale_for(&row.locale).to_string());
    let mut notifications: BTreeMap<String, bool> =
        serde_json::from_str(&row.notifications).map_err(Error::internal)?;
    // A category added in a later version starts switched on.
    for c in NOTIFICATION_CATEGORIES {
        notifications.entry(c.to_string()).or_insert(true);
    }
    Ok(Settings {
        locale: row.locale,
        second_locale: row.second_locale,
        font_scale: FontScale::parse(&row.font_scale)?,
        high_contrast: row.high_contrast,
        home_area: row.home_area,
        notifications,
        easy_return_locale,
        quiet_hours: row.quiet_hours.and_then(|q| serde_json::from_str(&q).ok()),
        start_at_login: row.start_at_login,
        inbox_cap: row.inbox_cap,
        waste_reminders: row
            .waste_reminders
            .and_then(|w| serde_json::from_str(&w).ok())
            .unwrap_or_default(),
        furigana: row.furigana,
    })
}

/// The settings row as stored.
struct Stored {
    locale: String,
    second_locale: String,
    font_scale: String,
    high_contrast: bool,
    home_area: Option<String>,
    notifications: String,
    before_easy: Option<String>,
    quiet_hours: Option<String>,
    start_at_login: bool,
    inbox_cap: u32,
    waste_reminders: Option<String>,
    furigana: Option<bool>,
}

/// Where やさしい日本語's "back" leads when nothing was chosen before it: the current locale, or Japanese.
fn return_locale_for(locale: &str) -> &str {
    if locale == i18n::EASY_JAPANESE {
        i18n::DEFAULT_LOCALE
    } else {
        locale
    }
}

fn save(conn: &Connection, s: &Settings) -> Result<()> {
    conn.execute(
        "INSERT INTO resident.settings (id, locale, second_locale, font_scale, high_contrast, home_area, notifications,
             locale_before_easy, quiet_hours, start_at_login, inbox_cap, waste_reminders, furigana)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (id) DO UPDATE SET locale = ?1, second_locale = ?2, font_scale = ?3,
             high_contrast = ?4, home_area = ?5, notifications = ?6, locale_before_easy = ?7, quiet_hours = ?8,
             start_at_login = ?9, inbox_cap = ?10, waste_reminders = ?11, furigana = ?12",
        params![
            s.locale,
            s.second_locale,
            s.font_scale.as_str(),
            s.high_contrast,
            s.home_area,
            serde_json::to_string(&s.notifications).map_err(Error::internal)?,
            s.easy_return_locale,
            s.quiet_hours
                .as_ref()
                .map(|q| serde_json::to_string(q).map_err(Error::internal))
                .transpose()?,
            s.start_at_login,
            s.inbox_cap,
            serde_json::to_string(&s.waste_reminders).map_err(Error::internal)?,
            s.furigana,
        ],
    )?;
    Ok(())
}

/// Applies a patch after checking every field; nothing is written if any field is wrong.
pub fn update(conn: &Connection, system_locale: &str, patch: SettingsPatch) -> Result<Settings> {
    let mut s = load(conn, system_locale)?;
    if let Some(locale) = patch.locale {
        let locale = i18n::Localizer::require_supported(&locale)?;
        // やさしい日本語 remembers where the resident came from, so one button brings them back.
        if locale == i18n::EASY_JAPANESE && s.locale != i18n::EASY_JAPANESE {
            s.easy_return_locale = s.locale.clone();
        }
        // Someone who switches language keeps their own second-language choice unless it was the default.
        if s.second_locale == i18n::default_second_locale(&s.locale) {
            s.second_locale = i18n::default_second_locale(locale).to_string();
        }
        s.locale = locale.to_string();
    }
    if let Some(second) = patch.second_locale {
        s.second_locale = i18n::Localizer::require_supported(&second)?.to_string();
    }
    if let Some(scale) = patch.font_scale {
        s.font_scale = scale;
    }
    if let Some(contrast) = patch.high_contrast {
        s.high_contrast = contrast;
    }
    if let Some(area) = patch.home_area {
        if let Some(id) = &area {
            let known: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM area WHERE id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if !known {
                return Err(Error::InvalidInput {
                    detail: format!("home_area: {id}"),
                });
            }
        }
        s.home_area = area;
    }
    if let Some(changes) = patch.notifications {
        for (category, on) in changes {
            if !NOTIFICATION_CATEGORIES.contains(&category.as_str()) {
                return Err(Error::InvalidInput {
                    detail: format!("notifications: {category}"),
                });
            }
            s.notifications.insert(category, on);
        }
    }
    if let Some(quiet) = patch.quiet_hours {
        if let Some(q) = &quiet {
            for (field, time) in [("start", &q.start), ("end", &q.end)] {
                if QuietHours::parse_time(time).is_none() {
                    return Err(Error::InvalidInput {
                        detail: format!("quiet_hours.{field}: {time} (HH:MM)"),
                    });
                }
            }
        }
        s.quiet_hours = quiet;
    }
    if let Some(on) = patch.start_at_login {
        s.start_at_login = on;
    }
    if let Some(reminders) = patch.waste_reminders {
        reminders
            .check()
            .map_err(|detail| Error::InvalidInput { detail })?;
        s.waste_reminders = reminders;
    }
    if let Some(furigana) = patch.furigana {
        s.furigana = furigana;
    }
    if let Some(cap) = patch.inbox_cap {
        if !(50..=100_000).contains(&cap) {
            return Err(Error::InvalidInput {
                detail: format!("inbox_cap: {cap} (50–100000)"),
            });
        }
        s.inbox_cap = cap;
    }
    save(conn, &s)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(dir.path()).unwrap().conn;
        conn.execute(
            "INSERT INTO area (id, position, name, lat, lon) VALUES ('mamada', 0, '{\"ja\":\"間々田地区\"}', 36.25, 139.8)",
            [],
        )
        .unwrap();
        (dir, conn)
    }

    #[test]
    fn first_start_uses_the_system_locale_and_easy_japanese_as_second_language() {
        let (_d, conn) = db();
        let s = load(&conn, "vi").unwrap();
        assert_eq!(s.locale, "vi");
        assert_eq!(s.second_locale, "ja-easy");
        assert_eq!(s.font_scale, FontScale::Normal);
        assert!(s.notifications.values().all(|on| *on));
        assert_eq!(s.notifications.len(), NOTIFICATION_CATEGORIES.len());
        // The stored value wins over a later, different system locale.
        assert_eq!(load(&conn, "ko").unwrap().locale, "vi");
    }

    #[test]
    fn patch_updates_only_the_given_fields_and_persists() {
        let (_d, conn) = db();
        load(&conn, "ja").unwrap();
        let patch: SettingsPatch = serde_json::from_str(
            r#"{"font_scale":"xlarge","home_area":"mamada","notifications":{"events":false}}"#,
        )
        .unwrap();
        let s = update(&conn, "ja", patch).unwrap();
        assert_eq!(s.font_scale, FontScale::Xlarge);
        assert_eq!(s.home_area.as_deref(), Some("mamada"));
        assert!(!s.notifications["events"] && s.notifications["disaster"]);
        assert_eq!(load(&conn, "ja").unwrap(), s);
        let cleared = update(
            &conn,
            "ja",
            serde_json::from_str(r#"{"home_area":null}"#).unwrap(),
        )
        .unwrap();
        assert_eq!(cleared.home_area, None);
        assert_eq!(cleared.font_scale, FontScale::Xlarge);
    }

    #[test]
    fn switching_language_moves_a_default_second_language_along() {
        let (_d, conn) = db();
        load(&conn, "ja").unwrap();
        let s = update(
            &conn,
            "ja",
            SettingsPatch {
                locale: Some("pt-BR".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(
            (s.locale.as_str(), s.second_locale.as_str()),
            ("pt-BR", "ja-easy")
        );
        let s = update(
            &conn,
            "ja",
            SettingsPatch {
                second_locale: Some("en".into()),
                ..Default::default()
            },
        )
        .unwrap();
        let s2 = update(
            &conn,
            "ja",
            SettingsPatch {
                locale: Some("es".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(s.second_locale, "en");
        assert_eq!(s2.second_locale, "en", "a chosen second language is kept");
    }

    #[test]
    fn easy_japanese_remembers_the_language_to_return_to() {
        let (_d, conn) = db();
        assert_eq!(load(&conn, "vi").unwrap().easy_return_locale, "vi");
        let patch = |locale: &str| SettingsPatch {
            locale: Some(locale.into()),
            ..Default::default()
        };
        update(&conn, "vi", patch("pt-BR")).unwrap();
        let s = update(&conn, "vi", patch("ja-easy")).unwrap();
        assert_eq!(
            (s.locale.as_str(), s.easy_return_locale.as_str()),
            ("ja-easy", "pt-BR")
        );
        // Choosing やさしい日本語 again does not overwrite the way back with itself.
        let s = update(&conn, "vi", patch("ja-easy")).unwrap();
        assert_eq!(s.easy_return_locale, "pt-BR");
        assert_eq!(
            load(&conn, "vi").unwrap().easy_return_locale,
            "pt-BR",
            "kept across restarts"
        );
    }

    #[test]
    fn bad_patches_change_nothing() {
        let (_d, conn) = db();
        let before = load(&conn, "ja").unwrap();
        for patch in [
            r#"{"locale":"xx"}"#,
            r#"{"home_area":"atlantis"}"#,
            r#"{"font_scale":"xlarge","notifications":{"spam":true}}"#,
        ] {
            assert!(
                update(&conn, "ja", serde_json::from_str(patch).unwrap()).is_err(),
                "{patch}"
            );
        }
        assert!(serde_json::from_str::<SettingsPatch>(r#"{"colour":"red"}"#).is_err());
        assert_eq!(load(&conn, "ja").unwrap(), before);
    }
}
