//! The API by name, for transports that carry a name and JSON arguments (`machi web`). The Tauri shell calls
//! the typed methods of [`Machi`] directly; both end in the same code.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Error;
use crate::{ApiError, Machi, SettingsPatch};

/// The operations a front end may call by name.
pub const OPERATIONS: &[&str] = &[
    "app_info",
    "get_settings",
    "update_settings",
    "list_locales",
    "list_areas",
    "sync_now",
    "sync_status",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UpdateSettingsArgs {
    patch: SettingsPatch,
}

fn args<T: DeserializeOwned>(machi: &Machi, value: Value) -> Result<T, ApiError> {
    serde_json::from_value(value).map_err(|e| {
        machi.explain(&Error::InvalidInput {
            detail: e.to_string(),
        })
    })
}

fn json<T: Serialize>(value: T) -> Result<Value, ApiError> {
    Ok(serde_json::to_value(value).expect("API values serialise"))
}

/// Calls operation `name` with its JSON arguments (`{}` or `null` when it takes none).
pub async fn call(machi: &Machi, name: &str, arguments: Value) -> Result<Value, ApiError> {
    match name {
        "app_info" => json(machi.app_info()?),
        "get_settings" => json(machi.settings()?),
        "update_settings" => {
            json(machi.update_settings(args::<UpdateSettingsArgs>(machi, arguments)?.patch)?)
        }
        "list_locales" => json(machi.locales()),
        "list_areas" => json(machi.areas()?),
        "sync_now" => json(machi.sync_now().await?),
        "sync_status" => json(machi.sync_status()?),
        other => Err(machi.explain(&Error::NotFound {
            what: other.to_string(),
        })),
    }
}
