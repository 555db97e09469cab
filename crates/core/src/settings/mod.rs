//! The resident's settings: language, second language for content, font size, contrast, home area and which
//! notices may notify them. They live only on the device.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n;

/// The notice categories a resident can mute or follow: the ones the city's notices are filed under.
pub const NOTIFICATION_CATEGORIES: &[&str] = &machi_bundle::notices::CATEGORIES;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub locale: String,
    pub second_locale: String,
    pub font_scale: FontScale,
    pub high_contrast: bool,
    pub home_area: Option<String>,
    pub notifications: BTreeMap<String, bool>,
}

/// A change to some settings; absent fields stay as they are. `home_area: null` clears the home area.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsPatch {
    pub locale: Option<String>,
    pub second_locale: Option<String>,
    pub font_scale: Option<FontScale>,
    pub high_contrast: Option<bool>,
    #[serde(default, deserialize_with = "double_option")]
    pub home_area: Option<Option<String>>,
    pub notifications: Option<BTreeMap<String, bool>>,
}

fn double_option<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
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
        }
    }
}

/// Reads the settings, writing first-start defaults (with `system_locale`) when there are none yet.
pub fn load(conn: &Connection, system_locale: &str) -> Result<Settings> {
    let row = conn
        .query_row(
            "SELECT locale, second_locale, font_scale, high_contrast, home_area, notifications FROM settings WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, bool>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                ))
            },
        )
        .optional()?;
    let Some((locale, second_locale, font_scale, high_contrast, home_area, notifications)) = row
    else {
        let settings = Settings::first_start(system_locale);
        save(conn, &settings)?;
        return Ok(settings);
    };
    let mut notifications: BTreeMap<String, bool> =
        serde_json::from_str(&notifications).map_err(Error::internal)?;
    // A category added in a later version starts switched on.
    for c in NOTIFICATION_CATEGORIES {
        notifications.entry(c.to_string()).or_insert(true);
    }
    Ok(Settings {
        locale,
        second_locale,
        font_scale: FontScale::parse(&font_scale)?,
        high_contrast,
        home_area,
        notifications,
    })
}

fn save(conn: &Connection, s: &Settings) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (id, locale, second_locale, font_scale, high_contrast, home_area, notifications)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET locale = ?1, second_locale = ?2, font_scale = ?3,
             high_contrast = ?4, home_area = ?5, notifications = ?6",
        params![
            s.locale,
            s.second_locale,
            s.font_scale.as_str(),
            s.high_contrast,
            s.home_area,
            serde_json::to_string(&s.notifications).map_err(Error::internal)?,
        ],
    )?;
    Ok(())
}

/// Applies a patch after checking every field; nothing is written if any field is wrong.
pub fn update(conn: &Connection, system_locale: &str, patch: SettingsPatch) -> Result<Settings> {
    let mut s = load(conn, system_locale)?;
    if let Some(locale) = patch.locale {
        let locale = i18n::Localizer::require_supported(&locale)?;
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
    save(conn, &s)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(dir.path()).unwrap();
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
