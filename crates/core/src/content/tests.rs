use super::*;
use crate::testkit;

fn open() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let conn = crate::store::open(dir.path()).unwrap().conn;
    (dir, conn)
}

fn notice_count(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM message", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn applying_a_bundle_fills_every_table_and_records_it() {
    let (_d, mut conn) = open();
    let b = testkit::bundle(testkit::CITY, 10, 25, "A");
    apply(
        &mut conn,
        &b.manifest,
        &b.manifest_bytes,
        &b.files,
        BundleSource::Feed,
    )
    .unwrap();
    let held = held(&conn).unwrap().unwrap();
    assert_eq!(
        (held.version, held.source, held.city_code.as_str()),
        (10, BundleSource::Feed, testkit::CITY)
    );
    assert_eq!(notice_count(&conn), 25);
    let areas = areas(&conn, &["ne", "ja-easy", "ja"]).unwrap();
    // Each name says which language of the chain it came in, so the screen can mark it.
    assert_eq!(
        areas
            .iter()
            .map(|a| (a.name.text.as_str(), a.name.locale.as_str()))
            .collect::<Vec<_>>(),
        vec![("ままだ", "ja-easy"), ("小山地区", "ja")]
    );
    // city.json, places.json and two message chunks (24 messages a chunk).
    assert_eq!(held_hashes(&conn).unwrap().len(), 4);
}

#[test]
fn unchanged_files_are_kept_from_the_database() {
    let (_d, mut conn) = open();
    let a = testkit::bundle(testkit::CITY, 10, 5, "A");
    apply(
        &mut conn,
        &a.manifest,
        &a.manifest_bytes,
        &a.files,
        BundleSource::Feed,
    )
    .unwrap();
    let mut b = testkit::bundle(testkit::CITY, 11, 7, "A");
    // Same city.json and places.json bytes: only the message chunk needs to be supplied.
    b.files
        .retain(|name, _| name.starts_with(machi_bundle::content::MESSAGES_PREFIX));
    apply(
        &mut conn,
        &b.manifest,
        &b.manifest_bytes,
        &b.files,
        BundleSource::Feed,
    )
    .unwrap();
    assert_eq!(notice_count(&conn), 7);
    assert_eq!(held(&conn).unwrap().unwrap().version, 11);
}

#[test]
fn a_bad_file_rolls_back_everything() {
    let (_d, mut conn) = open();
    let a = testkit::bundle(testkit::CITY, 10, 5, "A");
    apply(
        &mut conn,
        &a.manifest,
        &a.manifest_bytes,
        &a.files,
        BundleSource::Feed,
    )
    .unwrap();

    // A dataset that is not what it claims to be, and a file missing from the supply.
    let mut broken = testkit::bundle(testkit::CITY, 11, 9, "B");
    broken.files.insert(
        "messages/2026-11-1.json".into(),
        b"{\"messages\": 7}".to_vec(),
    );
    let broken = testkit::from_files(testkit::CITY, 11, broken.files);
    let err = apply(
        &mut conn,
        &broken.manifest,
        &broken.manifest_bytes,
        &broken.files,
        BundleSource::Feed,
    )
    .unwrap_err();
    assert_eq!(err.code(), "sync.invalid_content");
    assert!(err.to_string().contains("messages/2026-11-1.json"), "{err}");

    let mut missing = testkit::bundle(testkit::CITY, 12, 9, "C");
    missing.files.remove(machi_bundle::content::CITY_DATASET);
    let err = apply(
        &mut conn,
        &missing.manifest,
        &missing.manifest_bytes,
        &missing.files,
        BundleSource::Feed,
    )
    .unwrap_err();
    assert_eq!(err.code(), "sync.invalid_content");

    let mut tampered = testkit::bundle(testkit::CITY, 13, 9, "D");
    tampered
        .files
        .get_mut(machi_bundle::content::CITY_DATASET)
        .unwrap()[3] ^= 1;
    let err = apply(
        &mut conn,
        &tampered.manifest,
        &tampered.manifest_bytes,
        &tampered.files,
        BundleSource::Feed,
    )
    .unwrap_err();
    assert_eq!(err.code(), "sync.hash_mismatch");

    assert_eq!(held(&conn).unwrap().unwrap().version, 10);
    assert_eq!(notice_count(&conn), 5);
    assert!(areas(&conn, &["ja"]).unwrap()[0].name.text.ends_with('A'));
}

#[test]
fn the_embedded_bundle_builds_and_applies() {
    let bundle = embedded::bundle().unwrap();
    assert_eq!(bundle.manifest.city_code, embedded::CITY_CODE);
    let (_d, mut conn) = open();
    apply(
        &mut conn,
        &bundle.manifest,
        &bundle.manifest_bytes,
        &bundle.files,
        BundleSource::Embedded,
    )
    .unwrap();
    let city = city(&conn).unwrap();
    assert_eq!(city.code, "092088");
    assert_eq!(city.name["ja"], "小山市");
    assert!(
        !areas(&conn, &["ja"]).unwrap().is_empty(),
        "Oyama has areas"
    );
    let places: i64 = conn
        .query_row(
            "SELECT count(*) FROM place WHERE kind = 'shelter'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(places >= 10, "Oyama's shelters are embedded ({places})");
}

#[test]
fn a_dataset_listing_an_id_twice_is_refused_whole() {
    let (_d, mut conn) = open();
    let a = testkit::bundle(testkit::CITY, 10, 5, "A");
    apply(
        &mut conn,
        &a.manifest,
        &a.manifest_bytes,
        &a.files,
        BundleSource::Feed,
    )
    .unwrap();
    let mut b = testkit::bundle(testkit::CITY, 11, 5, "B");
    let mut places: PlacesContent =
        serde_json::from_slice(&b.files[machi_bundle::content::PLACES_DATASET]).unwrap();
    places.places.push(places.places[0].clone());
    b.files.insert(
        machi_bundle::content::PLACES_DATASET.into(),
        serde_json::to_vec(&places).unwrap(),
    );
    let b = testkit::from_files(testkit::CITY, 11, b.files);
    let err = apply(
        &mut conn,
        &b.manifest,
        &b.manifest_bytes,
        &b.files,
        BundleSource::Feed,
    )
    .unwrap_err();
    assert_eq!(err.code(), "sync.invalid_content");
    assert!(err.to_string().contains("duplicate id shelter-1"), "{err}");
    assert_eq!(held(&conn).unwrap().unwrap().version, 10);
}
