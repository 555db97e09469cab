//! Test bundles made in code: a tiny city, N notices, signed with a fresh key and served from a real HTTP
//! server on loopback that can be told to misbehave.

use std::collections::{BTreeMap, HashMap};
use std::io::Cursor;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::Response;
use machi_bundle::content::*;
use machi_bundle::manifest::{trusted_comment, MANIFEST_NAME, SIGNATURE_NAME};
use machi_bundle::{FileEntry, Manifest};

use crate::content::sha256_hex;

pub const CITY: &str = "092088";

pub struct SigningKey {
    pub public: minisign::PublicKey,
    secret: minisign::SecretKey,
}

impl SigningKey {
    pub fn generate() -> SigningKey {
        let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
        SigningKey {
            public: kp.pk,
            secret: kp.sk,
        }
    }
    pub fn public_base64(&self) -> String {
        self.public.to_base64()
    }
    pub fn sign(&self, data: &[u8], comment: &str) -> Vec<u8> {
        minisign::sign(
            Some(&self.public),
            &self.secret,
            Cursor::new(data),
            Some(comment),
            Some("test"),
        )
        .unwrap()
        .to_string()
        .into_bytes()
    }
}

pub struct TestBundle {
    pub manifest: Manifest,
    pub manifest_bytes: Vec<u8>,
    /// by logical name
    pub files: BTreeMap<String, Vec<u8>>,
}

fn localized(pairs: &[(&str, &str)]) -> Localized {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A city notice `i` in the shape the publisher writes: the whole city, one of four categories, in November 2026.
pub fn message(i: usize, marker: &str) -> Message {
    Message {
        id: format!("n{i:05}"),
        sender: CITY.into(),
        sent: format!("2026-11-{:02}T09:{:02}:00+09:00", 1 + i % 28, i % 60),
        status: MessageStatus::Actual,
        msg_type: MsgType::Alert,
        references: vec![],
        category: ["disaster", "bus", "events", "city"][i % 4].into(),
        cap_categories: vec![],
        event: Localized::new(),
        urgency: Urgency::Unknown,
        severity: Severity::Minor,
        certainty: Certainty::Unknown,
        effective: None,
        onset: None,
        expires: None,
        headline: localized(&[
            ("ja", &format!("お知らせ {i} {marker}")),
            ("en", &format!("Notice {i}")),
        ]),
        description: localized(&[("ja", &"小山市からのお知らせです。".repeat(4))]),
        instruction: Localized::new(),
        web: None,
        area: MessageArea::default(),
        opens_shelters: vec![],
        origin: MessageOrigin::Notice,
    }
}

/// A bundle of a small city whose area names and notices carry `marker`, so tests can tell bundles apart.
pub fn bundle(city_code: &str, version: u64, notices: usize, marker: &str) -> TestBundle {
    let city = CityContent {
        code: city_code.into(),
        prefecture: "09".into(),
        name: localized(&[("ja", "小山市"), ("en", "Oyama City")]),
        timezone: "Asia/Tokyo".into(),
        default_locale: "ja".into(),
        centre: LatLon {
            lat: 36.3147,
            lon: 139.8003,
        },
        bounds: None,
        sync_interval_minutes: 60,
        missed_searches: None,
        areas: vec![
            Area {
                id: "mamada".into(),
                name: localized(&[("ja", &format!("間々田{marker}")), ("ja-easy", "ままだ")]),
                centre: LatLon {
                    lat: 36.255,
                    lon: 139.81,
                },
                waste_area: None,
            },
            Area {
                id: "oyama".into(),
                name: localized(&[("ja", "小山地区"), ("en", "Oyama")]),
                centre: LatLon {
                    lat: 36.31,
                    lon: 139.80,
                },
                waste_area: None,
            },
        ],
        event_keys: Vec::new(),
    };
    let messages: Vec<Message> = (0..notices).map(|i| message(i, marker)).collect();
    let places = PlacesContent {
        places: vec![Place {
            id: "shelter-1".into(),
            kind: PlaceKind::Shelter,
            name: localized(&[("ja", "小山市立小山第一小学校")]),
            kana: None,
            address: localized(&[("ja", "栃木県小山市中央町")]),
            location: LatLon {
                lat: 36.313,
                lon: 139.801,
            },
            phone: None,
            hours: None,
            detail: None,
            ssid: None,
            capacity: Some(500),
            hazards: vec![Hazard::Earthquake, Hazard::Flood],
            evacuation_centre: true,
            image: None,
        }],
    };
    let mut files = BTreeMap::new();
    files.insert(CITY_DATASET.to_string(), serde_json::to_vec(&city).unwrap());
    for (name, chunk) in machi_bundle::messages::chunks(&messages) {
        files.insert(name, serde_json::to_vec(&chunk).unwrap());
    }
    files.insert(
        PLACES_DATASET.to_string(),
        serde_json::to_vec(&places).unwrap(),
    );
    from_files(city_code, version, files)
}

pub fn from_files(city_code: &str, version: u64, files: BTreeMap<String, Vec<u8>>) -> TestBundle {
    let manifest = Manifest {
        format: 1,
        city_code: city_code.into(),
        bundle_version: version,
        generated_at: "2026-11-23T00:00:00Z".into(),
        files: files
            .iter()
            .map(|(name, bytes)| {
                let sha = sha256_hex(bytes);
                FileEntry {
                    name: name.clone(),
                    path: format!("c/{sha}.json"),
                    size: bytes.len() as u64,
                    sha256: sha,
                }
            })
            .collect(),
        // A test bundle lists its few message chunks in the manifest itself (format 1 style); the publisher's
        // index pages are tested through the real binaries.
        indexes: vec![],
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).unwrap();
    TestBundle {
        manifest,
        manifest_bytes,
        files,
    }
}

/// Writes a bundle folder as the publisher does: content files by hash, the manifest and its signature.
pub fn write(dir: &Path, bundle: &TestBundle, key: &SigningKey) {
    std::fs::create_dir_all(dir.join("c")).unwrap();
    for entry in &bundle.manifest.files {
        std::fs::write(dir.join(&entry.path), &bundle.files[&entry.name]).unwrap();
    }
    std::fs::write(dir.join(MANIFEST_NAME), &bundle.manifest_bytes).unwrap();
    let comment = trusted_comment(&bundle.manifest.city_code, bundle.manifest.bundle_version);
    std::fs::write(
        dir.join(SIGNATURE_NAME),
        key.sign(&bundle.manifest_bytes, &comment),
    )
    .unwrap();
}

/// How the test server misbehaves for one path.
#[derive(Clone, Debug)]
pub enum Fault {
    Status(u16),
    /// Sends the headers with the full Content-Length, then only this many bytes, then closes.
    Truncate(usize),
    /// Sends this many bytes, then stalls for the given time.
    Stall(usize, Duration),
    /// Replaces the body.
    Body(Vec<u8>),
}

/// (path, body) of each POST taken.
type PostLog = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

#[derive(Clone)]
struct ServerState {
    root: PathBuf,
    faults: Arc<Mutex<HashMap<String, Fault>>>,
    requests: Arc<Mutex<Vec<(String, u64)>>>,
    posts: PostLog,
}

/// A static HTTP server on 127.0.0.1 with ETags and injectable faults.
pub struct FeedServer {
    pub addr: SocketAddr,
    faults: Arc<Mutex<HashMap<String, Fault>>>,
    requests: Arc<Mutex<Vec<(String, u64)>>>,
    posts: PostLog,
    _runtime_task: tokio::task::JoinHandle<()>,
}

impl FeedServer {
    pub async fn start(root: &Path) -> FeedServer {
        let state = ServerState {
            root: root.to_path_buf(),
            faults: Arc::default(),
            requests: Arc::default(),
            posts: Arc::default(),
        };
        let app = axum::Router::new()
            .fallback(serve)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        FeedServer {
            addr,
            faults: state.faults,
            requests: state.requests,
            posts: state.posts,
            _runtime_task: task,
        }
    }
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }
    pub fn fault(&self, path: &str, fault: Fault) {
        self.faults.lock().unwrap().insert(path.to_string(), fault);
    }
    pub fn clear_fault(&self, path: &str) {
        self.faults.lock().unwrap().remove(path);
    }
    /// (path, bytes sent in the body) of every request so far; clears the log.
    pub fn take_requests(&self) -> Vec<(String, u64)> {
        std::mem::take(&mut self.requests.lock().unwrap())
    }
    /// (path, body) of every POST taken so far (answered 204, or the path's `Fault::Status`); clears the log.
    pub fn take_posts(&self) -> Vec<(String, Vec<u8>)> {
        std::mem::take(&mut self.posts.lock().unwrap())
    }
}

async fn serve(
    State(state): State<ServerState>,
    method: axum::http::Method,
    uri: Uri,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let path = uri.path().trim_start_matches('/').to_string();
    let fault = state.faults.lock().unwrap().get(&path).cloned();
    if method == axum::http::Method::POST {
        let code = match fault {
            Some(Fault::Status(code)) => code,
            _ => {
                state.posts.lock().unwrap().push((path, body.to_vec()));
                204
            }
        };
        return Response::builder()
            .status(code)
            .body(Body::empty())
            .unwrap();
    }
    let log = |n: u64| state.requests.lock().unwrap().push((path.clone(), n));
    if let Some(Fault::Status(code)) = fault {
        log(0);
        return Response::builder()
            .status(code)
            .body(Body::empty())
            .unwrap();
    }
    let Ok(mut bytes) = std::fs::read(state.root.join(&path)) else {
        log(0);
        return Response::builder().status(404).body(Body::empty()).unwrap();
    };
    if let Some(Fault::Body(b)) = &fault {
        bytes = b.clone();
    }
    let etag = format!("\"{}\"", &sha256_hex(&bytes)[..16]);
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        == Some(etag.as_str())
    {
        log(0);
        return Response::builder()
            .status(StatusCode::NOT_MODIFIED)
            .header(header::ETAG, etag)
            .body(Body::empty())
            .unwrap();
    }
    let len = bytes.len();
    let body = match fault {
        Some(Fault::Truncate(n)) => {
            log(n as u64);
            let part = bytes[..n.min(len)].to_vec();
            let stream = futures_util::stream::iter(vec![
                Ok::<_, std::io::Error>(part),
                Err(std::io::Error::other("cut")),
            ]);
            Body::from_stream(stream)
        }
        Some(Fault::Stall(n, wait)) => {
            log(n as u64);
            let part = bytes[..n.min(len)].to_vec();
            let rest = bytes[n.min(len)..].to_vec();
            let stream = futures_util::stream::unfold(0u8, move |step| {
                let (part, rest) = (part.clone(), rest.clone());
                async move {
                    match step {
                        0 => Some((Ok::<_, std::io::Error>(part), 1)),
                        1 => {
                            tokio::time::sleep(wait).await;
                            Some((Ok(rest), 2))
                        }
                        _ => None,
                    }
                }
            });
            Body::from_stream(stream)
        }
        _ => {
            log(len as u64);
            Body::from(bytes)
        }
    };
    Response::builder()
        .header(header::ETAG, etag)
        .header(header::CONTENT_LENGTH, len)
        .body(body)
        .unwrap()
}
