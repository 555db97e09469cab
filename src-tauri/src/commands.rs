//! The one Tauri command: it hands an operation name and its JSON arguments to machi-core's dispatcher, which
//! knows every operation (`machi_core::api`). The window can call Machi's operations and nothing else.

use machi_core::{ApiError, Machi};
use serde_json::Value;
use tauri::State;

#[tauri::command]
pub async fn call(
    machi: State<'_, Machi>,
    name: String,
    args: Option<Value>,
) -> Result<Value, ApiError> {
    machi_core::api::call(&machi, &name, args.unwrap_or(Value::Null)).await
}
