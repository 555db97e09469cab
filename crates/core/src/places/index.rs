//! The nearest places to a point, from an in-memory grid built once per bundle.
//!
//! Each kind of place (and, for shelters, each hazard) has its own grid of cells about as many as it has
//! places / [`PER_CELL`], so a query never looks at another kind and a hazard filter never scans shelters that
//! do not qualify. A query walks rings of cells outwards from the point and stops when the next ring cannot
//! hold anything nearer than the k-th place found: that bound is a true lower bound of the great-circle
//! distance (see [`Grid::ring_lower_bound_m`]), so the answer is exactly what a scan of every place gives.
//! Shelters opened by messages are few, so "open only" looks at them directly.

use std::collections::{BTreeSet, HashMap};

use machi_bundle::content::{Hazard, LatLon, Place, PlaceKind};

use super::geo::distance_m;

/// Places per cell the grid aims for: a few cells hold the k nearest, and each holds little to skip.
const PER_CELL: f64 = 4.0;
/// The sphere of [`distance_m`] (the IUGG mean radius), in metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// Metres in one degree of latitude on that sphere.
const METRES_PER_DEGREE: f64 = EARTH_RADIUS_M * std::f64::consts::PI / 180.0;

/// What a place must be, besides its kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NearFilter {
    /// Only shelters designated for this hazard.
    pub hazard: Option<Hazard>,
    /// Only shelters that a message has opened.
    pub open_only: bool,
    /// Only shelters for at least this many people (a shelter without a figure does not qualify).
    pub min_capacity: Option<u32>,
}

impl NearFilter {
    fn accepts(&self, place: &Place, open: &BTreeSet<String>) -> bool {
        self.hazard.is_none_or(|h| place.hazards.contains(&h))
            && (!self.open_only || open.contains(&place.id))
            && self
                .min_capacity
                .is_none_or(|min| place.capacity.is_some_and(|c| c >= min))
    }
}

/// Which grid: a kind, and for shelters optionally one hazard.
type GridKey = (PlaceKind, Option<Hazard>);

/// The places of one bundle, indexed for nearest-place queries.
#[derive(Debug)]
pub struct PlaceIndex {
    places: Vec<Place>,
    by_id: HashMap<String, u32>,
    /// One grid per kind (`None`) and per shelter hazard.
    grids: HashMap<GridKey, Grid>,
}

impl PlaceIndex {
    /// Indexes `places` (the bundle's `places.json`, in its order; ties in distance keep that order).
    pub fn new(places: Vec<Place>) -> PlaceIndex {
        let mut groups: HashMap<GridKey, Vec<(u32, LatLon)>> = HashMap::new();
        for (i, p) in (0u32..).zip(&places) {
            groups
                .entry((p.kind, None))
                .or_default()
                .push((i, p.location));
            for h in &p.hazards {
                groups
                    .entry((p.kind, Some(*h)))
                    .or_default()
                    .push((i, p.location));
            }
        }
        let grids = groups
            .into_iter()
            .map(|(key, points)| (key, Grid::new(&points)))
            .collect();
        let by_id = (0u32..)
            .zip(&places)
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        PlaceIndex {
            places,
            by_id,
            grids,
        }
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    pub fn get(&self, id: &str) -> Option<&Place> {
        self.by_id.get(id).map(|&i| &self.places[i as usize])
    }

    /// The `limit` places of `kind` nearest to `from` that pass `filter`, nearest first, with their distance
    /// in metres. `open` is the set of open shelter ids ([`super::open_shelters`]).
    pub fn nearest_places(
        &self,
        from: LatLon,
        kind: PlaceKind,
        filter: &NearFilter,
        open: &BTreeSet<String>,
        limit: usize,
    ) -> Vec<(&Place, f64)> {
        if limit == 0
            || !(-90.0..=90.0).contains(&from.lat)
            || !(-180.0..=180.0).contains(&from.lon)
        {
            // NaN fails the range checks too.
            return Vec::new();
        }
        let mut best = Best::new(limit);
        if filter.open_only {
            // Few shelters are open at a time: measure each rather than walk the grid past all the closed ones.
            for id in open {
                let Some(&i) = self.by_id.get(id) else {
                    continue;
                };
                let p = &self.places[i as usize];
                if p.kind == kind && filter.accepts(p, open) {
                    best.offer(distance_m(from, p.location), i);
                }
            }
        } else if let Some(grid) = self.grids.get(&(kind, filter.hazard)) {
            grid.search(from, &mut best, |i| {
                let p = &self.places[i as usize];
                filter.accepts(p, open).then_some(p.location)
            });
        }
        best.found
            .into_iter()
            .map(|(d, i)| (&self.places[i as usize], d))
            .collect()
    }
}

/// The k best so far, nearest first; equal distances keep index order.
struct Best {
    limit: usize,
    found: Vec<(f64, u32)>,
}

impl Best {
    fn new(limit: usize) -> Best {
        Best {
            limit,
            found: Vec::with_capacity(limit.min(64) + 1),
        }
    }

    /// The distance a new place must beat, once `limit` are found.
    fn worst(&self) -> Option<f64> {
        (self.found.len() == self.limit).then(|| self.found[self.limit - 1].0)
    }

    fn offer(&mut self, d: f64, i: u32) {
        if self.found.len() == self.limit && (d, i) >= self.found[self.limit - 1] {
            return;
        }
        let at = self.found.partition_point(|&(fd, fi)| (fd, fi) < (d, i));
        self.found.insert(at, (d, i));
        self.found.truncate(self.limit);
    }
}

/// Points in cells of equal size in degrees, stored cell by cell (row-major): cell `c` holds
/// `members[starts[c]..starts[c + 1]]`.
#[derive(Debug)]
struct Grid {
    lat0: f64,
    lon0: f64,
    dlat: f64,
    dlon: f64,
    rows: i64,
    cols: i64,
    starts: Vec<u32>,
    members: Vec<u32>,
    /// cos of the largest |latitude| of any member: east–west distances shrink towards the poles.
    cos_max_lat: f64,
}

impl Grid {
    fn new(points: &[(u32, LatLon)]) -> Grid {
        let (mut s, mut n, mut w, mut e) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (_, p) in points {
            (s, n) = (s.min(p.lat), n.max(p.lat));
            (w, e) = (w.min(p.lon), e.max(p.lon));
        }
        let cos_mid = ((s + n) / 2.0).to_radians().cos().max(0.01);
        // Square cells in metres, about PER_CELL places each over the points' extent.
        let height = ((n - s) * METRES_PER_DEGREE).max(10.0);
        let width = ((e - w) * METRES_PER_DEGREE * cos_mid).max(10.0);
        let wanted = (points.len() as f64 / PER_CELL).max(1.0);
        let side = (height * width / wanted).sqrt().max(10.0);
        let dlat = side / METRES_PER_DEGREE;
        let dlon = side / (METRES_PER_DEGREE * cos_mid);
        let rows = ((n - s) / dlat).floor() as i64 + 1;
        let cols = ((e - w) / dlon).floor() as i64 + 1;
        let mut grid = Grid {
            lat0: s,
            lon0: w,
            dlat,
            dlon,
            rows,
            cols,
            starts: Vec::new(),
            members: Vec::new(),
            cos_max_lat: s.abs().max(n.abs()).to_radians().cos().max(0.0),
        };
        let cell_of: Vec<usize> = points
            .iter()
            .map(|(_, p)| {
                let (i, j) = grid.cell(*p);
                (i.clamp(0, rows - 1) * cols + j.clamp(0, cols - 1)) as usize
            })
            .collect();
        let mut starts = vec![0u32; (rows * cols) as usize + 1];
        for &c in &cell_of {
            starts[c + 1] += 1;
        }
        for c in 1..starts.len() {
            starts[c] += starts[c - 1];
        }
        let mut next = starts.clone();
        let mut members = vec![0u32; points.len()];
        for ((i, _), &c) in points.iter().zip(&cell_of) {
            members[next[c] as usize] = *i;
            next[c] += 1;
        }
        grid.starts = starts;
        grid.members = members;
        grid
    }

    /// Row and column of a point, unclamped (a point outside the grid gets indices outside it).
    fn cell(&self, p: LatLon) -> (i64, i64) {
        (
            ((p.lat - self.lat0) / self.dlat).floor() as i64,
            ((p.lon - self.lon0) / self.dlon).floor() as i64,
        )
    }

    /// Offers every member that `accept` lets through (it returns the member's position) to `best`, ring by
    /// ring outwards from `from`, until no unvisited cell can hold a nearer member.
    fn search(&self, from: LatLon, best: &mut Best, accept: impl Fn(u32) -> Option<LatLon>) {
        let (qi, qj) = self.cell(from);
        // Rings closer than this miss the grid entirely; after `last` every cell has been visited.
        let gap = |q: i64, len: i64| (-q).max(q - (len - 1)).max(0);
        let first = gap(qi, self.rows).max(gap(qj, self.cols));
        let last = [qi, self.rows - 1 - qi, qj, self.cols - 1 - qj]
            .into_iter()
            .map(i64::abs)
            .max()
            .unwrap_or(0)
            .max(first);
        for r in first..=last {
            if best
                .worst()
                .is_some_and(|w| self.ring_lower_bound_m(from, qi, qj, r) > w)
            {
                break;
            }
            self.visit_ring(qi, qj, r, |i| {
                if let Some(p) = accept(i) {
                    best.offer(distance_m(from, p), i);
                }
            });
        }
    }

    /// The members of the cells `r` steps away (Chebyshev distance) from cell `(qi, qj)`.
    fn visit_ring(&self, qi: i64, qj: i64, r: i64, mut f: impl FnMut(u32)) {
        let mut cell = |i: i64, j: i64| {
            let c = (i * self.cols + j) as usize;
            for &m in &self.members[self.starts[c] as usize..self.starts[c + 1] as usize] {
                f(m);
            }
        };
        let (j_lo, j_hi) = ((qj - r).max(0), (qj + r).min(self.cols - 1));
        let edge_rows = if r == 0 {
            vec![qi]
        } else {
            vec![qi - r, qi + r]
        };
        for i in edge_rows.into_iter().filter(|i| (0..self.rows).contains(i)) {
            for j in j_lo..=j_hi {
                cell(i, j);
            }
        }
        if r > 0 {
            let (i_lo, i_hi) = ((qi - r + 1).max(0), (qi + r - 1).min(self.rows - 1));
            for j in [qj - r, qj + r]
                .into_iter()
                .filter(|j| (0..self.cols).contains(j))
            {
                for i in i_lo..=i_hi {
                    cell(i, j);
                }
            }
        }
    }

    /// No member of ring `r` is nearer than this. A member of the ring lies `r` rows or `r` columns from the
    /// query's cell, so it differs from the query by at least the gap to that row in latitude or to that
    /// column in longitude. By the haversine formula `hav d = hav Δφ + cos φ₁ cos φ₂ hav Δλ`, a latitude gap
    /// alone gives `d ≥ R·Δφ`, and a longitude gap alone `d ≥ 2R·asin(√(cos φ₁ cos φ₂)·sin(Δλ/2))`, where the
    /// member's cos φ₂ is at least the grid's smallest.
    fn ring_lower_bound_m(&self, from: LatLon, qi: i64, qj: i64, r: i64) -> f64 {
        if r == 0 {
            return 0.0;
        }
        let lat_gap = (self.lat0 + (qi + r) as f64 * self.dlat - from.lat)
            .min(from.lat - (self.lat0 + (qi - r + 1) as f64 * self.dlat))
            .max(0.0);
        let lon_gap = (self.lon0 + (qj + r) as f64 * self.dlon - from.lon)
            .min(from.lon - (self.lon0 + (qj - r + 1) as f64 * self.dlon))
            .clamp(0.0, 180.0);
        let by_lat = lat_gap.to_radians() * EARTH_RADIUS_M;
        let cos_product = (from.lat.to_radians().cos() * self.cos_max_lat).max(0.0);
        let by_lon = 2.0
            * EARTH_RADIUS_M
            * (cos_product.sqrt() * (lon_gap.to_radians() / 2.0).sin())
                .min(1.0)
                .asin();
        // A hair less, so that rounding can only make the search look one ring further.
        by_lat.min(by_lon) * (1.0 - 1e-9)
    }
}
