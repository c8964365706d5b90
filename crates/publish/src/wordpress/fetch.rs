//! Reading WordPress's REST API from the host: one GET with retries, and every page of a
//! collection with a bounded number of requests in flight.
//!
//! `ureq` (blocking, rustls) rather than an async client: the publish step is a batch job
//! with a handful of requests in flight, which scoped threads do plainly, and it keeps an
//! async runtime out of the command. Host only: the wasm app fetches with the browser.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::de::DeserializeOwned;

use super::WordPressError;
use crate::wordpress_api::decode_answer;

/// How the API is read: requests in flight, retries and their back-off, the time one request
/// may take, and the credentials (from the environment only; never printed).
#[derive(Clone)]
pub struct Client {
    agent: ureq::Agent,
    /// `Authorization` header's value, when an application password is set.
    authorization: Option<String>,
    /// Requests in flight at most.
    pub in_flight: usize,
    /// Tries of one request before giving up (429, 5xx, and failures to connect).
    pub attempts: u32,
    /// The first retry's wait; each later one waits twice as long.
    pub back_off: Duration,
    /// The longest wait before a retry, whatever `Retry-After` asks for.
    pub max_wait: Duration,
    timeout: Duration,
    /// Requests sent, retries included, by this client and its clones.
    sent: Arc<AtomicUsize>,
}

/// The largest answer read: a page of 100 posts with long bodies is a few MB.
const MAX_ANSWER_BYTES: u64 = 64 * 1024 * 1024;

impl Client {
    /// A client whose requests each take at most `timeout`; `credentials` is
    /// `user:application-password` for Basic authentication.
    pub fn new(timeout: Duration, credentials: Option<&str>) -> Self {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            // Statuses are ours to interpret: 429 and 5xx are retried, others are reported.
            .http_status_as_error(false)
            .user_agent("blog-reader-publish")
            .build();
        Client {
            agent: config.new_agent(),
            authorization: credentials.map(|c| format!("Basic {}", base64(c.as_bytes()))),
            in_flight: 4,
            attempts: 4,
            back_off: Duration::from_millis(500),
            max_wait: Duration::from_secs(10),
            timeout,
            sent: Arc::default(),
        }
    }

    /// How many requests this client has sent, retries included.
    pub fn requests(&self) -> usize {
        self.sent.load(Ordering::Relaxed)
    }

    /// One answer, decoded, with its `X-WP-TotalPages` when it sent a readable one; retried with back-off on 429, 5xx and
    /// failures to connect, `attempts` tries in all.
    pub fn get<T: DeserializeOwned>(&self, url: &str) -> Result<(T, Option<u32>), WordPressError> {
        let fail = |problem: String| WordPressError { url: url.to_owned(), problem };
        let mut attempt = 1;
        loop {
            let (problem, retry_after) = match self.try_once(url) {
                Try::Answer(value, pages) => return Ok((value, pages)),
                Try::Failed(problem) => return Err(fail(problem)),
                Try::Again { problem, retry_after } => (problem, retry_after),
            };
            if attempt >= self.attempts {
                return Err(fail(format!("{problem} {attempt} times; gave up")));
            }
            let wait = retry_after
                .map(Duration::from_secs)
                .unwrap_or(self.back_off * 2u32.pow(attempt - 1))
                .min(self.max_wait);
            std::thread::sleep(wait);
            attempt += 1;
        }
    }

    /// One request, and what its answer means.
    fn try_once<T: DeserializeOwned>(&self, url: &str) -> Try<T> {
        self.sent.fetch_add(1, Ordering::Relaxed);
        let mut request = self.agent.get(url).header("Accept", "application/json");
        if let Some(value) = &self.authorization {
            request = request.header("Authorization", value);
        }
        let mut response = match request.call() {
            Ok(response) => response,
            Err(ureq::Error::Timeout(_)) => {
                let seconds = self.timeout.as_secs_f64();
                return Try::again(format!("did not answer within {seconds} s,"), None);
            }
            Err(err) => return Try::again(format!("could not be reached ({err}),"), None),
        };
        let status = response.status().as_u16();
        let header = |name: &str| {
            response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
        };
        if status == 429 || status >= 500 {
            let retry_after = header("retry-after").and_then(|s| s.trim().parse::<u64>().ok());
            return Try::again(format!("answered HTTP {status} {}", reason(status)), retry_after);
        }
        let pages = header("x-wp-totalpages").and_then(|p| p.trim().parse::<u32>().ok());
        let kind = header("content-type").unwrap_or_default();
        let body = match response.body_mut().with_config().limit(MAX_ANSWER_BYTES).read_to_string()
        {
            Ok(body) => body,
            Err(err) => return Try::Failed(format!("its answer could not be read: {err}")),
        };
        if status != 200 {
            let code = wordpress_code(&body);
            return Try::Failed(format!("answered HTTP {status} {}{code}", reason(status)));
        }
        if !kind.contains("json") {
            let kind = if kind.is_empty() { "no Content-Type" } else { kind.as_str() };
            return Try::Failed(format!(
                "answered {kind} instead of JSON: is the REST API at this address?"
            ));
        }
        let value: T = match decode_answer(&body) {
            Ok(value) => value,
            Err(err) => return Try::Failed(format!("answered malformed JSON: {err}")),
        };
        Try::Answer(value, pages)
    }

    /// Every item of a collection: the first page, then (its `X-WP-TotalPages` known) the
    /// others, `in_flight` at a time, kept in page order. Any page failing fails the whole,
    /// and so does a first page without the header: publishing only the first hundred posts
    /// would replace the whole site with part of it.
    pub fn every_page<T: DeserializeOwned + Send>(
        &self,
        page_url: impl Fn(u32) -> String + Sync,
    ) -> Result<Vec<T>, WordPressError> {
        let first_url = page_url(1);
        let (first, pages): (Vec<T>, _) = self.get(&first_url)?;
        let Some(total_pages) = pages else {
            return Err(WordPressError {
                url: first_url,
                problem: "sent no X-WP-TotalPages header, so how many pages follow is unknown \
                          (does a proxy or plugin remove it?)"
                    .into(),
            });
        };
        let rest: Vec<String> = (2..=total_pages).map(&page_url).collect();
        let mut all = first;
        for items in self.get_each::<Vec<T>>(&rest)? {
            all.extend(items);
        }
        Ok(all)
    }

    /// The answers to `urls`, in their order, `in_flight` at a time. The first of them to
    /// fail (in the list's order) fails the whole, and nothing more is asked once one has.
    pub fn get_each<T: DeserializeOwned + Send>(
        &self,
        urls: &[String],
    ) -> Result<Vec<T>, WordPressError> {
        let answers: Vec<Mutex<Option<T>>> = urls.iter().map(|_| Mutex::new(None)).collect();
        let next = AtomicUsize::new(0);
        let failed = AtomicBool::new(false);
        let first_error: Mutex<Option<(usize, WordPressError)>> = Mutex::new(None);
        std::thread::scope(|scope| {
            for _ in 0..self.in_flight.clamp(1, urls.len().max(1)) {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    // After a failure the build fails anyway: ask for nothing more.
                    if i >= urls.len() || failed.load(Ordering::Relaxed) {
                        break;
                    }
                    match self.get::<T>(&urls[i]) {
                        Ok((answer, _)) => *answers[i].lock().unwrap() = Some(answer),
                        Err(err) => {
                            failed.store(true, Ordering::Relaxed);
                            let mut slot = first_error.lock().unwrap();
                            if slot.as_ref().is_none_or(|(j, _)| i < *j) {
                                *slot = Some((i, err));
                            }
                        }
                    }
                });
            }
        });
        if let Some((_, err)) = first_error.into_inner().unwrap() {
            return Err(err);
        }
        Ok(answers.into_iter().filter_map(|a| a.into_inner().unwrap()).collect())
    }
}

/// What one request came to.
enum Try<T> {
    /// The answer, and its `X-WP-TotalPages`.
    Answer(T, Option<u32>),
    /// Worth asking again (429, 5xx, no answer): what happened, and the wait WordPress asked
    /// for, in seconds.
    Again { problem: String, retry_after: Option<u64> },
    /// Asking again would not help.
    Failed(String),
}

impl<T> Try<T> {
    fn again(problem: String, retry_after: Option<u64>) -> Self {
        Try::Again { problem, retry_after }
    }
}

/// The reason phrase of the statuses a WordPress site is likely to answer with.
fn reason(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// WordPress's error code (`{"code": "rest_forbidden", ...}`), when the answer has one.
fn wordpress_code(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("code")?.as_str().map(|c| format!(" ({c})")))
        .unwrap_or_default()
}

/// Standard base64, for the Basic authentication header.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_as_basic_authentication_needs_it() {
        assert_eq!(super::base64(b"editor:abcd efgh"), "ZWRpdG9yOmFiY2QgZWZnaA==");
        assert_eq!(super::base64(b"a"), "YQ==");
        assert_eq!(super::base64(b"ab"), "YWI=");
        assert_eq!(super::base64(b"abc"), "YWJj");
    }
}
