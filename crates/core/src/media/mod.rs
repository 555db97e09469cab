//! Images from the bundle: thumbnails made with the `image` crate, kept in a bounded cache that forgets the
//! least recently used first. Originals stay in `content_file` (they are part of the offline bundle).

use std::io::Cursor;

use rusqlite::{params, Connection, OptionalExtension};

use crate::content;
use crate::error::{Error, Missing, Result};

/// Default upper bound of all cached thumbnails together.
pub const DEFAULT_CACHE_BYTES: u64 = 16 * 1024 * 1024;
/// Sizes outside this range are refused rather than silently clamped.
const MAX_PX: u32 = 2048;

/// A PNG at most `max_px` wide and high, from the cache or made now (and cached, evicting by last use).
pub fn thumbnail(
    conn: &Connection,
    media_name: &str,
    max_px: u32,
    cache_bytes: u64,
) -> Result<Vec<u8>> {
    if !(16..=MAX_PX).contains(&max_px) {
        return Err(Error::InvalidInput {
            detail: format!("max_px: {max_px}"),
        });
    }
    let (sha256, original) = content::file(conn, media_name)?.ok_or_else(|| Error::NotFound {
        what: Missing::CityData,
        id: media_name.to_string(),
    })?;
    let now = chrono::Utc::now().timestamp_millis();
    let cached: Option<Vec<u8>> = conn
        .query_row(
            "SELECT png FROM media_thumb WHERE sha256 = ?1 AND max_px = ?2",
            params![sha256, max_px],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(png) = cached {
        conn.execute(
            "UPDATE media_thumb SET last_used = ?3 WHERE sha256 = ?1 AND max_px = ?2",
            params![sha256, max_px, now],
        )?;
        return Ok(png);
    }
    let image = image::load_from_memory(&original).map_err(|e| Error::SyncInvalidContent {
        file: media_name.to_string(),
        detail: e.to_string(),
    })?;
    let thumb = image.thumbnail(max_px, max_px);
    let mut png = Vec::new();
    thumb
        .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(Error::internal)?;
    conn.execute(
        "INSERT OR REPLACE INTO media_thumb (sha256, max_px, png, last_used) VALUES (?1, ?2, ?3, ?4)",
        params![sha256, max_px, png, now],
    )?;
    evict(conn, cache_bytes)?;
    Ok(png)
}

/// Drops the least recently used thumbnails until the cache fits in `cache_bytes`.
fn evict(conn: &Connection, cache_bytes: u64) -> Result<()> {
    let total: i64 = conn.query_row(
        "SELECT coalesce(sum(length(png)), 0) FROM media_thumb",
        [],
        |r| r.get(0),
    )?;
    let mut excess = total - cache_bytes as i64;
    if excess <= 0 {
        return Ok(());
    }
    let mut stmt = conn
        .prepare("SELECT sha256, max_px, length(png) FROM media_thumb ORDER BY last_used, rowid")?;
    let victims: Vec<(String, i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (sha, px, len) in victims {
        if excess <= 0 {
            break;
        }
        conn.execute(
            "DELETE FROM media_thumb WHERE sha256 = ?1 AND max_px = ?2",
            params![sha, px],
        )?;
        excess -= len;
    }
    Ok(())
}

/// Bytes the thumbnail cache holds now.
pub fn cache_size(conn: &Connection) -> Result<u64> {
    let total: i64 = conn.query_row(
        "SELECT coalesce(sum(length(png)), 0) FROM media_thumb",
        [],
        |r| r.get(0),
    )?;
    Ok(total as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32, seed: u8) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([(x as u8) ^ seed, (y as u8).wrapping_mul(3), seed])
        });
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    fn db_with(images: &[(&str, Vec<u8>)]) -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::store::open(dir.path()).unwrap().conn;
        for (name, bytes) in images {
            conn.execute(
                "INSERT INTO content_file (name, sha256, size, body) VALUES (?1, ?2, ?3, ?4)",
                params![name, content::sha256_hex(bytes), bytes.len() as i64, bytes],
            )
            .unwrap();
        }
        (dir, conn)
    }

    #[test]
    fn thumbnails_fit_the_box_keep_aspect_and_are_cached() {
        let (_d, conn) = db_with(&[("media/wide.png", png(400, 100, 1))]);
        let thumb = thumbnail(&conn, "media/wide.png", 64, DEFAULT_CACHE_BYTES).unwrap();
        let decoded = image::load_from_memory(&thumb).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (64, 16));
        assert!(cache_size(&conn).unwrap() > 0);
        assert_eq!(
            thumbnail(&conn, "media/wide.png", 64, DEFAULT_CACHE_BYTES).unwrap(),
            thumb
        );
    }

    #[test]
    fn the_cache_stays_bounded_and_forgets_the_least_recently_used() {
        let images: Vec<(String, Vec<u8>)> = (0..6)
            .map(|i| (format!("media/{i}.png"), png(256, 256, i * 40)))
            .collect();
        let refs: Vec<(&str, Vec<u8>)> = images
            .iter()
            .map(|(n, b)| (n.as_str(), b.clone()))
            .collect();
        let (_d, conn) = db_with(&refs);
        let one = thumbnail(&conn, "media/0.png", 128, u64::MAX)
            .unwrap()
            .len() as u64;
        let cap = one * 3 + one / 2;
        for i in 1..6 {
            std::thread::sleep(std::time::Duration::from_millis(2));
            thumbnail(&conn, &format!("media/{i}.png"), 128, cap).unwrap();
        }
        assert!(
            cache_size(&conn).unwrap() <= cap,
            "cache {} > cap {cap}",
            cache_size(&conn).unwrap()
        );
        let oldest_kept: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM media_thumb WHERE sha256 = ?1)",
                [content::sha256_hex(&images[0].1)],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            !oldest_kept,
            "the least recently used thumbnail is evicted first"
        );
    }

    #[test]
    fn a_broken_image_or_unknown_name_is_a_clear_error() {
        let (_d, conn) = db_with(&[("media/broken.png", b"\x89PNG not really".to_vec())]);
        let err = thumbnail(&conn, "media/broken.png", 64, DEFAULT_CACHE_BYTES).unwrap_err();
        assert_eq!(err.code(), "sync.invalid_content");
        assert_eq!(
            thumbnail(&conn, "media/none.png", 64, DEFAULT_CACHE_BYTES)
                .unwrap_err()
                .code(),
            "not_found"
        );
        assert_eq!(
            thumbnail(&conn, "media/broken.png", 0, DEFAULT_CACHE_BYTES)
                .unwrap_err()
                .code(),
            "invalid_input"
        );
    }
}
